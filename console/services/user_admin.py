"""The administrator's account screen (issue 11 item 1): find, add, edit, unlock, revoke.

Also each unit's focal officers, for the administrator to see. Each function is one
transaction that checks the admin role itself (``require_admin``) and
writes its audit entry (who, what, the values before and after; never a password). Passwords
an administrator types follow the strength rule (console/accounts.py); generated ones are
returned to be shown once. Reset, deactivate and reactivate are in console/services/users.py.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from console.accounts import check_password_strength, generate_password
from console.db import Database
from console.models import FocalPoint, Role, Unit, User, UserRole
from console.services.audit import record
from console.services.auth import AuthenticatedUser, revoke_tokens
from console.services.users import (
    UserError,
    UserSummary,
    create_user,
    require_admin,
    summary,
    user_named,
)
from console.timeutil import now_local


def search_users(
    db: Database,
    admin: AuthenticatedUser,
    *,
    text: str = "",
    unit_code: str | None = None,
    role: Role | str | None = None,
    active: bool | None = None,
    locked: bool | None = None,
    now: datetime | None = None,
) -> list[UserSummary]:
    """Accounts whose user name or full name contains ``text`` (any case), of a unit, with a
    role, active or not, locked now or not; by user name."""
    now = now or now_local()
    with db.session() as s:
        require_admin(s, admin, "xem danh sách tài khoản")
        query = select(User, Unit).join(Unit, User.unit_id == Unit.id).order_by(User.username)
        if unit_code:
            query = query.where(Unit.code == unit_code)
        if role:
            query = query.where(User.roles.any(UserRole.role == Role(role)))
        if active is not None:
            query = query.where(User.active.is_(active))
        is_locked = and_(User.locked_until.is_not(None), User.locked_until > now)
        if locked is True:
            query = query.where(is_locked)
        elif locked is False:
            query = query.where(~is_locked)
        rows = [summary(user, unit) for user, unit in s.execute(query)]
    if text.strip():  # here, not in SQL: SQLite's lower() leaves "Á", "Đ" as they are
        needle = unicodedata.normalize("NFC", text.strip()).casefold()
        rows = [r for r in rows if needle in r.username or needle in r.full_name.casefold()]
    return rows


def _typed_password(password: str, username: str) -> str:
    try:
        check_password_strength(password, username)
    except ValueError as exc:
        raise UserError.from_error(exc) from exc
    return password


def add_user(
    db: Database,
    admin: AuthenticatedUser,
    *,
    username: str,
    full_name: str,
    unit_code: str,
    roles: Iterable[Role | str],
    password: str | None = None,
    now: datetime | None = None,
) -> str:
    """Create an active account; the password (typed, under the strength rule, or generated)
    is returned to be handed over once, and must be changed at the first sign-in."""
    name = username.strip().lower()
    secret = _typed_password(password, name) if password else generate_password()
    with db.session() as s:
        require_admin(s, admin, "thêm tài khoản")
        user = create_user(
            s, username=name, full_name=full_name, unit_code=unit_code, roles=roles, password=secret
        )
        user.must_change_password = True
        record(
            s,
            admin,
            "user.create",
            f"user:{user.username}",
            at=now,
            new={"full_name": user.full_name, "unit": unit_code, "roles": user.role_set},
        )
    return secret


def _last_admin(s: Session, user: User) -> bool:
    """Is ``user`` the only active administrator (taking it away would leave none)?"""
    others = s.scalar(
        select(func.count())
        .select_from(User)
        .where(
            User.id != user.id, User.active.is_(True), User.roles.any(UserRole.role == Role.ADMIN)
        )
    )
    return not others


def update_user(
    db: Database,
    admin: AuthenticatedUser,
    username: str,
    *,
    full_name: str | None = None,
    unit_code: str | None = None,
    roles: Iterable[Role | str] | None = None,
    now: datetime | None = None,
) -> bool:
    """Change an account's full name, unit and roles (None: unchanged); False if nothing
    changed. An administrator cannot take the role away from themselves, nor from the last
    active administrator."""
    with db.session() as s:
        require_admin(s, admin, "sửa tài khoản")
        user = user_named(s, username)
        unit = s.get(Unit, user.unit_id)
        assert unit is not None
        old: dict[str, object] = {
            "full_name": user.full_name,
            "unit": unit.code,
            "roles": user.role_set,
        }
        new = dict(old)
        name = user.full_name
        if full_name is not None:
            if not full_name.strip():
                raise UserError("Họ và tên không được để trống")
            name = new["full_name"] = full_name.strip()
        if unit_code is not None and unit_code != unit.code:
            target = s.scalar(select(Unit).where(Unit.code == unit_code))
            if target is None:
                raise UserError("Không có đơn vị mã '{code}'", code=unit_code)
            if not target.active:
                raise UserError("Đơn vị {unit} đã ngừng hoạt động", unit=target.name)
            new["unit"] = target.code
            user.unit_id = target.id
        if roles is not None:
            try:
                role_set = frozenset(Role(r) for r in roles)
            except ValueError as exc:
                raise UserError("Vai trò không hợp lệ ({error})", error=str(exc)) from exc
            if not role_set:
                raise UserError("Người dùng phải có ít nhất một vai trò")
            if Role.ADMIN in user.role_set and Role.ADMIN not in role_set:
                if admin.id == user.id:
                    raise UserError("Không thể tự bỏ vai trò quản trị của chính mình")
                if user.active and _last_admin(s, user):
                    raise UserError("Không thể bỏ vai trò quản trị của quản trị viên cuối cùng")
            new["roles"] = role_set
            if role_set != user.role_set:
                user.roles = [UserRole(role=r) for r in sorted(role_set)]
        user.full_name = name
        changed = {k: v for k, v in new.items() if v != old[k]}
        if changed:
            record(
                s,
                admin,
                "user.update",
                f"user:{user.username}",
                at=now,
                old={k: old[k] for k in changed},
                new=changed,
            )
    return bool(changed)


def unlock_user(
    db: Database, admin: AuthenticatedUser, username: str, *, now: datetime | None = None
) -> bool:
    """Lift a lock of wrong passwords (the counter restarts); False if it was not locked."""
    now = now or now_local()
    with db.session() as s:
        require_admin(s, admin, "mở khóa tài khoản")
        user = user_named(s, username)
        was = user.locked_until if user.locked_until and user.locked_until > now else None
        user.locked_until = None
        user.failed_logins = 0
        if was is not None:
            record(
                s,
                admin,
                "user.unlock",
                f"user:{user.username}",
                old={"locked_until": was},
                new={"locked_until": None},
                at=now,
            )
    return was is not None


def revoke_remembered(
    db: Database, admin: AuthenticatedUser, username: str, *, now: datetime | None = None
) -> int:
    """Revoke every remembered sign-in of the account (each workstation asks the password
    again); how many were live."""
    now = now or now_local()
    with db.session() as s:
        require_admin(s, admin, "thu hồi đăng nhập đã ghi nhớ")
        user = user_named(s, username)
        count = revoke_tokens(s, user.id, now)
        record(
            s,
            admin,
            "user.revoke_remembered",
            f"user:{user.username}",
            new={"revoked": count},
            at=now,
        )
    return count


@dataclass(frozen=True, slots=True)
class FocalUnit:
    """A unit's people who receive and handle reports: its active officers and leaders (an
    agency may have several), and the focal leader and officer it named (Thái Nguyên Điều
    14.1; table unit_focal_points, named in console/services/focal_points.py)."""

    unit_code: str
    unit_name: str
    officers: list[str]
    leaders: list[str]
    focal_leader: str = ""
    focal_officer: str = ""
    leader_names: tuple[str, ...] = ()  # user names, in the order of ``leaders``
    officer_names: tuple[str, ...] = ()


def focal_officers(db: Database, admin: AuthenticatedUser) -> list[FocalUnit]:
    """Every active unit that has officers or leaders, in unit order."""
    with db.session() as s:
        require_admin(s, admin, "xem cán bộ đầu mối")
        units = list(s.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.id)))
        people: dict[int, dict[Role, list[str]]] = {}
        logins: dict[int, dict[Role, list[str]]] = {}
        names: dict[int, str] = {}
        for user in s.scalars(select(User).where(User.active.is_(True)).order_by(User.full_name)):
            names[user.id] = user.full_name
            for role in user.role_set & {Role.OFFICER, Role.LEADER}:
                people.setdefault(user.unit_id, {}).setdefault(role, []).append(
                    f"{user.full_name} ({user.username})"
                )
                logins.setdefault(user.unit_id, {}).setdefault(role, []).append(user.username)
        named = {f.unit_id: f for f in s.scalars(select(FocalPoint))}
    out = []
    for unit in units:
        roles = people.get(unit.id)
        if not roles:
            continue
        focal = named.get(unit.id)
        out.append(
            FocalUnit(
                unit.code,
                unit.name,
                roles.get(Role.OFFICER, []),
                roles.get(Role.LEADER, []),
                names.get(focal.leader_id, "") if focal and focal.leader_id else "",
                names.get(focal.officer_id, "") if focal and focal.officer_id else "",
                tuple(logins[unit.id].get(Role.LEADER, [])),
                tuple(logins[unit.id].get(Role.OFFICER, [])),
            )
        )
    return out
