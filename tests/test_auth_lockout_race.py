"""DESIGN §7's 5-try limit cannot be outrun: attempts sent in parallel for one account are
counted and checked one at a time under the account's row lock, so at most 5 passwords are ever
checked and the right password sent after them does not sign in."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

import pytest
from sqlalchemy import select

from console.db import Database
from console.models import AuditEntry, User
from console.services.auth import (
    AccountLockedError,
    AuthenticatedUser,
    AuthError,
    authenticate,
    change_password,
)
from tests.account_helpers import BASE_USERS, PASSWORD, seed_users

T = datetime(2026, 3, 5, 14, 20)


def _attempts(db: Database, passwords: list[str]) -> list[AuthenticatedUser | AuthError]:
    """Every password sent at once for ``dieuhanh1`` from its own thread (workstation)."""

    def attempt(password: str) -> AuthenticatedUser | AuthError:
        try:
            return authenticate(db, "dieuhanh1", password, now=T)
        except AuthError as exc:
            return exc

    with ThreadPoolExecutor(max_workers=len(passwords)) as pool:
        return list(pool.map(attempt, passwords))


def _audit(db: Database) -> list[tuple[str, dict | None]]:
    with db.session() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.new_value)
            .where(AuditEntry.target == "user:dieuhanh1")
            .order_by(AuditEntry.id)
        )
        return [(a, v) for a, v in rows]


def _checked(entries: list[tuple[str, dict | None]]) -> int:
    """How many wrong passwords were checked: each one's failure names the password."""
    return sum(
        1 for a, v in entries if a == "login.failed" and (v or {}).get("reason") == "password"
    )


@pytest.fixture
def pg_users(pg_db: Database) -> Database:
    with pg_db.session() as s:
        seed_users(s, BASE_USERS)
    return pg_db


def test_thirty_wrong_passwords_at_once_check_at_most_five(pg_users: Database) -> None:
    results = _attempts(pg_users, [f"sai-{i}" for i in range(30)])
    assert all(isinstance(r, AuthError) for r in results)
    entries = _audit(pg_users)
    assert _checked(entries) == 5
    assert sum(isinstance(r, AccountLockedError) for r in results) == 26  # the 5th and the rest
    assert [a for a, _ in entries].count("login.locked") == 1
    with pg_users.session() as s:
        user = s.scalar(select(User).where(User.username == "dieuhanh1"))
        assert user is not None and user.failed_logins == 5
        assert user.locked_until == datetime(2026, 3, 5, 14, 35)
    # The right password afterwards is refused, and not checked.
    with pytest.raises(AccountLockedError):
        authenticate(pg_users, "dieuhanh1", PASSWORD, now=T)
    assert _checked(_audit(pg_users)) == 5


def test_a_right_password_among_them_never_signs_in_once_locked(pg_users: Database) -> None:
    passwords = [f"sai-{i}" for i in range(29)] + [PASSWORD]
    random.Random(16).shuffle(passwords)
    results = _attempts(pg_users, passwords)
    entries = _audit(pg_users)
    actions = [a for a, _ in entries]
    signed_in = [r for r in results if isinstance(r, AuthenticatedUser)]
    if signed_in:  # checked before the 5th failure: it resets the count, as a success does
        assert actions.index("login") < actions.index("login.locked")
        assert _checked(entries[: actions.index("login")]) < 5
        assert _checked(entries) <= 9
    else:
        assert _checked(entries) == 5
    # Once locked, nothing signs in and nothing more is checked.
    after_lock = entries[actions.index("login.locked") :]
    assert "login" not in [a for a, _ in after_lock]
    assert _checked(after_lock) == 0


def test_wrong_current_passwords_at_once_lock_after_five(pg_users: Database) -> None:
    with pg_users.session() as s:
        user_id = s.scalar(select(User.id).where(User.username == "dieuhanh1"))
    assert user_id is not None

    def attempt(i: int) -> AuthError | None:
        try:
            change_password(pg_users, user_id, f"sai-{i}", "Mật-khẩu-mới-2026!", now=T)
        except AuthError as exc:
            return exc
        return None

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(attempt, range(20)))
    refusals = [a for a, v in _audit(pg_users) if a == "password.change"]
    assert len(refusals) == 5  # five checked; the others found the account locked
    assert sum(isinstance(r, AccountLockedError) for r in results) == 16


def test_parallel_attempts_on_sqlite_also_check_at_most_five(sqlite_db: Database) -> None:
    with sqlite_db.session() as s:
        seed_users(s, BASE_USERS)
    results = _attempts(sqlite_db, [f"sai-{i}" for i in range(12)])
    assert all(isinstance(r, AuthError) for r in results)
    assert _checked(_audit(sqlite_db)) == 5
