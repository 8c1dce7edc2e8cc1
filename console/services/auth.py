"""Logging in (DESIGN §7): passwords, lockout, own password change and "remember me".

- A wrong user name and a wrong password get the same message; a failure of an existing user is
  counted. The 5th consecutive failure locks the account for 15 minutes (to the whole minute, so
  the time in the message is exact); during the lock even the right password is refused and
  nothing is counted; after it the counter starts again. A success resets it.
- "Remember me": a random token whose SHA-256 hash is in ``remember_tokens`` (30 days, revocable)
  and whose secret is in the OS keyring (console/remember.py). The password is never stored.

Each function is one transaction. Errors are ``AuthError`` (a ValueError) with a message for the
operator; a failed attempt is committed before its error is raised. Every sign-in (success,
failure, lockout, refusal), sign-out and own password change is written to the audit trail in
the same transaction (console/services/audit.py).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from console.accounts import (
    check_password_strength,
    hash_password,
    needs_rehash,
    rehash_password,
    spend_verify_time,
    verify_password,
)
from console.db import Database
from console.errors import MessageError
from console.models import RememberToken, Role, Unit, UnitKind, User
from console.remember import RememberStoreError, SecretStore
from console.services.audit import record
from console.timeutil import now_local

log = logging.getLogger(__name__)

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
REMEMBER_FOR = timedelta(days=30)

BAD_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng"


class AuthError(MessageError, ValueError):
    """A login or password action was refused; the message is for the operator."""


class InvalidCredentialsError(AuthError):
    def __init__(self) -> None:
        super().__init__(BAD_CREDENTIALS)


class AccountLockedError(AuthError):
    def __init__(self, until: datetime, now: datetime) -> None:
        self.until = until
        if until.date() == now.date():
            super().__init__(
                "Tài khoản bị khóa đến {until:%H:%M} do nhập sai mật khẩu {count} lần",
                until=until,
                count=MAX_FAILED_LOGINS,
            )
        else:
            super().__init__(
                "Tài khoản bị khóa đến {until:%H:%M ngày %d/%m/%Y} do nhập sai mật "
                "khẩu {count} lần",
                until=until,
                count=MAX_FAILED_LOGINS,
            )


class AccountDisabledError(AuthError):
    def __init__(self) -> None:
        super().__init__("Tài khoản đã bị vô hiệu hóa; hãy liên hệ quản trị viên")


class WrongPasswordError(AuthError):
    """The current password given to change it is wrong."""

    def __init__(self) -> None:
        super().__init__("Mật khẩu hiện tại không đúng")


class PasswordPolicyError(AuthError):
    """The new password is not acceptable (too short, same as the old one…)."""


class RememberUnavailableError(AuthError):
    """ "Remember me" cannot work on this computer (no OS keyring), or the keyring failed."""


@dataclass(frozen=True, slots=True)
class AuthenticatedUser:
    """Who is acting: a snapshot taken at login (or the machine's administrator on the CLI)."""

    id: int | None
    username: str
    full_name: str
    unit_id: int | None
    unit_code: str | None
    unit_name: str | None
    unit_kind: UnitKind | None
    roles: frozenset[Role]
    must_change_password: bool = False

    def has_role(self, role: Role) -> bool:
        return role in self.roles

    @property
    def is_admin(self) -> bool:
        return Role.ADMIN in self.roles

    @property
    def is_system(self) -> bool:
        """The CLI's actor: the administrator of the machine, not a user account."""
        return self.id is None

    @classmethod
    def from_user(cls, user: User, unit: Unit | None = None) -> AuthenticatedUser:
        unit = unit or user.unit
        return cls(
            id=user.id,
            username=user.username,
            full_name=user.full_name,
            unit_id=user.unit_id,
            unit_code=unit.code,
            unit_name=unit.name,
            unit_kind=unit.kind,
            roles=user.role_set,
            must_change_password=user.must_change_password,
        )


def system_actor() -> AuthenticatedUser:
    """The actor of CLI commands: whoever runs them on this machine, with the admin role."""
    try:
        os_user = getpass.getuser()
    except Exception:  # no login name in some containers / services
        os_user = "?"
    return AuthenticatedUser(
        id=None,
        username=f"system:{os_user}",
        full_name=f"Quản trị hệ thống (dòng lệnh, {os_user})",
        unit_id=None,
        unit_code=None,
        unit_name=None,
        unit_kind=None,
        roles=frozenset({Role.ADMIN}),
    )


def normalise_username(username: str) -> str:
    return username.strip().lower()


def _lock_end(now: datetime) -> datetime:
    """``now`` + 15 minutes, up to the next whole minute: the message's time is when it ends."""
    end = now.replace(microsecond=0) + LOCKOUT
    if end.second:
        end = end.replace(second=0) + timedelta(minutes=1)
    return end


def _locked(user: User, now: datetime) -> bool:
    return user.locked_until is not None and user.locked_until > now


def _lift_expired_lock(user: User, now: datetime, session: Session) -> None:
    if user.locked_until is not None and user.locked_until <= now:
        user.locked_until = None
        user.failed_logins = 0
        session.flush()


def _lock_account(session: Session, where: ColumnElement[bool]) -> User | None:
    """The account, its row locked until the transaction ends, read after the lock is taken.

    Attempts for one account from several workstations are checked one at a time: each sees the
    count and the lock its predecessors committed, so no more than 5 passwords are ever checked
    (issue 16). A no-op UPDATE as the transaction's first statement is the lock on both
    databases: PostgreSQL's row lock (READ COMMITTED: the next read sees the winner's commit) and
    SQLite's write lock (taken before any read, so no stale snapshot can be upgraded).
    """
    session.execute(
        update(User)
        .where(where)
        .values(failed_logins=User.failed_logins)
        .execution_options(synchronize_session=False)
    )
    return session.scalar(select(User).where(where))


def _count_failure(session: Session, user: User, now: datetime) -> AccountLockedError | None:
    """Count one failed attempt (the caller holds the account's row lock); lock at 5."""
    user.failed_logins = User.failed_logins + 1
    session.flush()
    session.refresh(user, ["failed_logins"])
    if user.failed_logins >= MAX_FAILED_LOGINS:
        user.locked_until = _lock_end(now)
        return AccountLockedError(user.locked_until, now)
    return None


def revoke_tokens(session: Session, user_id: int, now: datetime | None = None) -> int:
    """Revoke every live "remember me" token of a user; how many were revoked."""
    result = session.execute(
        update(RememberToken)
        .where(RememberToken.user_id == user_id, RememberToken.revoked_at.is_(None))
        .values(revoked_at=now or now_local())
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def authenticate(
    db: Database, username: str, password: str, *, now: datetime | None = None
) -> AuthenticatedUser:
    """The user with this name and password, or AuthError (the failure is recorded)."""
    now = now or now_local()
    name = normalise_username(username)
    error: AuthError | None = None
    result: AuthenticatedUser | None = None
    with db.session() as s:
        user = _lock_account(s, User.username == name)
        if user is None:
            spend_verify_time(password)
            error = InvalidCredentialsError()
            # The name as typed, cut short: a password typed in the name box stays unreadable.
            record(
                s,
                None,
                "login.failed",
                f"user:{name[:32]}",
                actor_name=name[:32],
                new={"reason": "unknown_user"},
                at=now,
            )
        elif _locked(user, now):
            assert user.locked_until is not None
            error = AccountLockedError(user.locked_until, now)
            record(s, user, "login.failed", f"user:{name}", new={"reason": "locked"}, at=now)
        else:
            error, result = _check_password(s, user, password, now)
    if error is not None:
        raise error  # after the commit: the counted failure and its entry stay
    assert result is not None
    return result


def _check_password(
    s: Session, user: User, password: str, now: datetime
) -> tuple[AuthError | None, AuthenticatedUser | None]:
    _lift_expired_lock(user, now, s)
    target = f"user:{user.username}"
    if not verify_password(user.password_hash, password):
        locked = _count_failure(s, user, now)
        record(
            s,
            user,
            "login.failed",
            target,
            new={"reason": "password", "failed_logins": user.failed_logins},
            at=now,
        )
        if locked is not None:
            record(s, user, "login.locked", target, new={"until": locked.until}, at=now)
        return locked or InvalidCredentialsError(), None
    if not user.active:
        record(s, user, "login.refused", target, new={"reason": "inactive"}, at=now)
        return AccountDisabledError(), None
    user.failed_logins = 0
    user.locked_until = None
    if needs_rehash(user.password_hash):
        user.password_hash = rehash_password(password)
    record(s, user, "login", target, at=now)
    return None, AuthenticatedUser.from_user(user)


def sign_out(
    db: Database, actor: AuthenticatedUser, *, quit_app: bool = False, now: datetime | None = None
) -> None:
    """Record the end of ``actor``'s session: "Đăng xuất", or the app closed (``quit_app``)."""
    if actor.id is None:
        return
    with db.session() as s:
        record(
            s,
            actor,
            "logout",
            f"user:{actor.username}",
            new={"how": "quit" if quit_app else "logout"},
            at=now or now_local(),
        )


def change_password(
    db: Database,
    user_id: int,
    old_password: str,
    new_password: str,
    *,
    now: datetime | None = None,
) -> None:
    """The user changes their own password (the old one proves it is them).

    Clears "must change password" and revokes the user's "remember me" tokens: call
    ``remember_login`` after this, not before.
    """
    now = now or now_local()
    try:
        check_password_strength(new_password)
    except ValueError as exc:
        raise PasswordPolicyError.from_error(exc) from exc
    if unicodedata.normalize("NFC", new_password) == unicodedata.normalize("NFC", old_password):
        raise PasswordPolicyError("Mật khẩu mới phải khác mật khẩu cũ")
    error: AuthError | None = None
    with db.session() as s:
        user = _lock_account(s, User.id == user_id)
        if user is None:
            raise AuthError("Không tìm thấy tài khoản")
        if not user.active:
            raise AccountDisabledError()
        if _locked(user, now):
            assert user.locked_until is not None
            raise AccountLockedError(user.locked_until, now)
        _lift_expired_lock(user, now, s)
        if not verify_password(user.password_hash, old_password):
            error = _count_failure(s, user, now) or WrongPasswordError()
            record(
                s,
                user,
                "password.change",
                f"user:{user.username}",
                new={"refused": "wrong_password"},
                at=now,
            )
            if isinstance(error, AccountLockedError):
                record(
                    s,
                    user,
                    "login.locked",
                    f"user:{user.username}",
                    new={"until": error.until},
                    at=now,
                )
        else:
            user.password_hash = hash_password(new_password)
            user.must_change_password = False
            user.failed_logins = 0
            user.locked_until = None
            revoked = revoke_tokens(s, user.id, now)
            record(
                s,
                user,
                "password.change",
                f"user:{user.username}",
                new={"remembered_revoked": revoked},
                at=now,
            )
    if error is not None:
        raise error


# --- remember me -------------------------------------------------------------------------------


def token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _revoke_secret(session: Session, secret: str, now: datetime) -> None:
    session.execute(
        update(RememberToken)
        .where(RememberToken.token_hash == token_hash(secret), RememberToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def remember_login(
    db: Database, user_id: int, *, store: SecretStore, now: datetime | None = None
) -> None:
    """Remember this user on this computer for 30 days (a token; the secret in the keyring).

    Raises RememberUnavailableError when the computer has no OS keyring: never a plain file.
    A previous remembered login for the same database on this computer is revoked.
    """
    if not store.available():
        raise RememberUnavailableError(store.unavailable_reason())
    now = now or now_local()
    secret = secrets.token_urlsafe(32)
    try:
        with db.session() as s:
            user = s.get(User, user_id)
            if user is None or not user.active:
                raise AuthError("Không thể ghi nhớ đăng nhập cho tài khoản này")
            previous = store.load(db.display_url)
            if previous is not None:
                _revoke_secret(s, previous.secret, now)
            s.add(
                RememberToken(
                    user_id=user.id,
                    token_hash=token_hash(secret),
                    created_at=now,
                    expires_at=now + REMEMBER_FOR,
                )
            )
            s.flush()
            # Inside the transaction: if the keyring refuses, the token row is rolled back.
            store.save(db.display_url, user.username, secret)
    except RememberStoreError as exc:
        raise RememberUnavailableError.from_error(exc) from exc


def login_with_remembered(
    db: Database, *, store: SecretStore, now: datetime | None = None
) -> AuthenticatedUser | None:
    """The user remembered on this computer for this database, or None (then ask the password).

    The keyring's secret must match an unrevoked, unexpired token of an active, unlocked user. A
    secret that can never work again (revoked, expired, unknown, deactivated user) is removed from
    the keyring; a temporarily locked user keeps it.
    """
    if not store.available():
        return None
    now = now or now_local()
    try:
        entry = store.load(db.display_url)
    except RememberStoreError as exc:
        log.warning("remembered login unreadable: %s", exc)
        return None
    if entry is None:
        return None
    stale = True
    result: AuthenticatedUser | None = None
    with db.session() as s:
        token = s.scalar(
            select(RememberToken).where(RememberToken.token_hash == token_hash(entry.secret))
        )
        user = s.get(User, token.user_id) if token is not None else None
        if (
            token is not None
            and user is not None
            and token.revoked_at is None
            and token.expires_at > now
            and user.active
            and user.username == entry.username
        ):
            stale = False
            if not _locked(user, now):
                result = AuthenticatedUser.from_user(user)
                record(s, user, "login.remembered", f"user:{user.username}", at=now)
    if stale:
        try:
            store.clear(db.display_url)
        except RememberStoreError as exc:
            log.warning("stale remembered login not removed: %s", exc)
    return result


def forget_login(db: Database, *, store: SecretStore, now: datetime | None = None) -> None:
    """Forget the remembered login of this computer for this database: revoke it, delete it."""
    if not store.available():
        return
    now = now or now_local()
    try:
        entry = store.load(db.display_url)
        try:
            if entry is not None:
                with db.session() as s:
                    _revoke_secret(s, entry.secret, now)
        finally:
            # Even if the database is unreachable, the secret leaves this computer.
            store.clear(db.display_url)
    except RememberStoreError as exc:
        raise RememberUnavailableError.from_error(exc) from exc
