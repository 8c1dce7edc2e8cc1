"""Accounts: create users, reset passwords, deactivate and reactivate, list (DESIGN §7).

The administrator's actions check the admin role here, in the service (never only in a UI), and
each runs in one transaction with its audit entry. Users are deactivated, never deleted: the
history keeps the name. The account screen's other actions: console/services/user_admin.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.accounts import check_password_strength, generate_password, hash_password
from console.db import Database
from console.errors import MessageError
from console.models import Role, Unit, User, UserRole
from console.services.audit import record
from console.services.auth import AuthenticatedUser, normalise_username, revoke_tokens
from console.timeutil import now_local

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")


class UserError(MessageError, ValueError):
    """Bad input for an account; the message is for the operator."""


class UserNotFoundError(UserError):
    def __init__(self, username: str) -> None:
        super().__init__("Không có người dùng '{username}'", username=username)


class PermissionDeniedError(UserError):
    """The acting user may not do this (not an administrator)."""


class SelfDeactivationError(UserError):
    def __init__(self) -> None:
        super().__init__("Không thể tự vô hiệu hóa tài khoản của chính mình")


def create_user(
    session: Session,
    *,
    username: str,
    full_name: str,
    unit_code: str,
    roles: Iterable[Role | str],
    password: str | None = None,
    password_hash: str | None = None,
) -> User:
    """Add an active user; give ``password`` (hashed here) or an Argon2 ``password_hash``."""
    username = username.strip().lower()
    if not USERNAME_RE.match(username):
        raise UserError(
            "Tên đăng nhập '{username}' không hợp lệ: 3–64 ký tự a-z, 0-9, dấu chấm, gạch",
            username=username,
        )
    if not full_name.strip():
        raise UserError("Họ và tên không được để trống")
    try:
        role_set = sorted({Role(r) for r in roles})
    except ValueError as exc:
        known = ", ".join(r.value for r in Role)
        raise UserError(
            "Vai trò không hợp lệ ({error}); các vai trò: {known}", error=str(exc), known=known
        ) from exc
    if not role_set:
        raise UserError("Người dùng phải có ít nhất một vai trò")
    unit = session.scalar(select(Unit).where(Unit.code == unit_code))
    if unit is None:
        raise UserError("Không có đơn vị mã '{code}'", code=unit_code)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise UserError("Tên đăng nhập '{username}' đã tồn tại", username=username)
    if password_hash is None:
        try:
            password_hash = hash_password(password or "")
        except ValueError as exc:
            raise UserError.from_error(exc) from exc
    user = User(
        username=username,
        full_name=full_name.strip(),
        unit_id=unit.id,
        password_hash=password_hash,
        created_at=now_local(),
        roles=[UserRole(role=r) for r in role_set],
    )
    session.add(user)
    session.flush()
    return user


@dataclass(frozen=True, slots=True)
class UserSummary:
    """One account as an administrator's list shows it."""

    id: int
    username: str
    full_name: str
    unit_id: int
    unit_code: str
    unit_name: str
    roles: frozenset[Role]
    active: bool
    must_change_password: bool
    failed_logins: int
    locked_until: datetime | None
    created_at: datetime

    def is_locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or now_local())


def require_admin(session: Session, actor: AuthenticatedUser, action: str) -> None:
    """PermissionDeniedError unless ``actor`` is an administrator now (not only at login)."""
    allowed = Role.ADMIN in actor.roles
    if allowed and actor.id is not None:
        current = session.get(User, actor.id)
        allowed = current is not None and current.active and Role.ADMIN in current.role_set
    if not allowed:
        raise PermissionDeniedError("Chỉ quản trị viên mới được {action}", action=action)


def summary(user: User, unit: Unit) -> UserSummary:
    return UserSummary(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        unit_id=unit.id,
        unit_code=unit.code,
        unit_name=unit.name,
        roles=user.role_set,
        active=user.active,
        must_change_password=user.must_change_password,
        failed_logins=user.failed_logins,
        locked_until=user.locked_until,
        created_at=user.created_at,
    )


def user_named(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == normalise_username(username)))
    if user is None:
        raise UserNotFoundError(username.strip())
    return user


def reset_password(
    db: Database,
    admin: AuthenticatedUser,
    username: str,
    new_password: str | None = None,
    *,
    now: datetime | None = None,
) -> str:
    """Set a new password (generated if none is given) that the user must change at next login.

    Also unlocks the account and revokes its "remember me" tokens. Returns the password, for the
    administrator to hand over once. A typed password must pass the strength rule.
    """
    now = now or now_local()
    with db.session() as s:
        require_admin(s, admin, "đặt lại mật khẩu")
        user = user_named(s, username)
        password = new_password if new_password is not None else generate_password()
        try:
            if new_password is not None:
                check_password_strength(password, user.username)
            user.password_hash = hash_password(password)
        except ValueError as exc:
            raise UserError.from_error(exc) from exc
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        revoked = revoke_tokens(s, user.id, now)
        record(
            s,
            admin,
            "user.password_reset",
            f"user:{user.username}",
            at=now,
            new={"typed": new_password is not None, "remembered_revoked": revoked},
        )
    return password


def deactivate_user(
    db: Database, admin: AuthenticatedUser, username: str, *, now: datetime | None = None
) -> bool:
    """Deactivate an account (never delete it) and revoke its tokens; False if already inactive."""
    now = now or now_local()
    with db.session() as s:
        require_admin(s, admin, "vô hiệu hóa tài khoản")
        user = user_named(s, username)
        if admin.id is not None and user.id == admin.id:
            raise SelfDeactivationError()
        changed = user.active
        if (
            changed
            and Role.ADMIN in user.role_set
            and not s.scalar(
                select(User.id)
                .where(
                    User.id != user.id,
                    User.active.is_(True),
                    User.roles.any(UserRole.role == Role.ADMIN),
                )
                .limit(1)
            )
        ):
            raise UserError("Không thể vô hiệu hóa quản trị viên cuối cùng")
        user.active = False
        revoked = revoke_tokens(s, user.id, now)
        if changed:
            record(
                s,
                admin,
                "user.deactivate",
                f"user:{user.username}",
                at=now,
                old={"active": True},
                new={"active": False, "remembered_revoked": revoked},
            )
    return changed


def reactivate_user(
    db: Database, admin: AuthenticatedUser, username: str, *, now: datetime | None = None
) -> bool:
    """Let a deactivated account log in again (any lock lifted); False if it was active."""
    with db.session() as s:
        require_admin(s, admin, "kích hoạt lại tài khoản")
        user = user_named(s, username)
        changed = not user.active
        user.active = True
        user.failed_logins = 0
        user.locked_until = None
        if changed:
            record(
                s,
                admin,
                "user.reactivate",
                f"user:{user.username}",
                at=now,
                old={"active": False},
                new={"active": True},
            )
    return changed


def list_users(db: Database, *, include_inactive: bool = True) -> list[UserSummary]:
    """Every account, by user name, with its unit, roles and state."""
    with db.session() as s:
        query = select(User, Unit).join(Unit, User.unit_id == Unit.id).order_by(User.username)
        if not include_inactive:
            query = query.where(User.active.is_(True))
        return [summary(user, unit) for user, unit in s.execute(query)]
