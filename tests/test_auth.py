"""Logging in: same message for a wrong name or password, lockout, own password change, and
"remember me" through the OS keyring (an in-memory backend here) — never a plain file."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import keyring
import keyring.backend
import pytest
from argon2 import PasswordHasher
from keyring.backends import chainer, fail, null
from keyring_memory import MemoryKeyring, installed
from sqlalchemy import select, update

from console.accounts import needs_rehash
from console.db import Database
from console.models import Base, RememberToken, Role, UnitKind, User
from console.remember import SERVICE, UNAVAILABLE_MESSAGE, KeyringStore
from console.services.auth import (
    BAD_CREDENTIALS,
    REMEMBER_FOR,
    AccountDisabledError,
    AccountLockedError,
    AuthenticatedUser,
    InvalidCredentialsError,
    PasswordPolicyError,
    RememberUnavailableError,
    WrongPasswordError,
    _lock_end,
    authenticate,
    change_password,
    forget_login,
    login_with_remembered,
    remember_login,
)
from console.services.users import deactivate_user, reset_password
from tests.account_helpers import BASE_USERS, PASSWORD, seed_users

T = datetime(2026, 3, 5, 14, 20)


def seed(db: Database) -> dict[str, int]:
    """Two units and three users, all with PASSWORD; their ids by user name."""
    with db.session() as s:
        return seed_users(s, BASE_USERS)


def user_row(db: Database, username: str) -> User:
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username))
        assert user is not None
        s.expunge(user)
        return user


def update_user(db: Database, username: str, **values: object) -> None:
    with db.session() as s:
        s.execute(update(User).where(User.username == username).values(**values))


def tokens(db: Database) -> list[RememberToken]:
    with db.session() as s:
        return list(s.scalars(select(RememberToken).order_by(RememberToken.id)))


def database_text(db: Database) -> str:
    """Every value of every table, as one string (to search for what must not be stored)."""
    parts = []
    with db.session() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)):
                parts.extend(str(v) for v in row)
    return "\n".join(parts)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    with installed(backend):
        yield backend


# --- password login ----------------------------------------------------------------------------


def test_wrong_password_or_unknown_user_get_the_same_message(sqlite_db: Database) -> None:
    seed(sqlite_db)
    with pytest.raises(InvalidCredentialsError) as wrong:
        authenticate(sqlite_db, "dieuhanh1", "sai-mat-khau", now=T)
    with pytest.raises(InvalidCredentialsError) as unknown:
        authenticate(sqlite_db, "khong-co-ai", "sai-mat-khau", now=T)
    assert str(wrong.value) == str(unknown.value) == "Tên đăng nhập hoặc mật khẩu không đúng"
    assert str(wrong.value) == BAD_CREDENTIALS
    assert user_row(sqlite_db, "dieuhanh1").failed_logins == 1  # counted, and committed


def test_success_gives_a_snapshot_and_resets_the_counter(sqlite_db: Database) -> None:
    ids = seed(sqlite_db)
    with pytest.raises(InvalidCredentialsError):
        authenticate(sqlite_db, "canbo.gtvt", "sai-mat-khau", now=T)
    me = authenticate(sqlite_db, "  CanBo.GTVT ", PASSWORD, now=T)  # name: trimmed, any case
    assert me == AuthenticatedUser(
        id=ids["canbo.gtvt"],
        username="canbo.gtvt",
        full_name="Lê Văn Bình",
        unit_id=me.unit_id,
        unit_code="so-gtvt",
        unit_name="Sở Giao thông vận tải",
        unit_kind=UnitKind.AGENCY,
        roles=frozenset({Role.OFFICER}),
        must_change_password=False,
    )
    assert not me.is_admin and me.has_role(Role.OFFICER)
    with pytest.raises(AttributeError):
        me.username = "khac"  # type: ignore[misc]
    row = user_row(sqlite_db, "canbo.gtvt")
    assert row.failed_logins == 0 and row.locked_until is None


def test_lockout_at_the_fifth_failure_for_fifteen_minutes(any_db: Database) -> None:
    seed(any_db)
    for i in range(1, 5):
        with pytest.raises(InvalidCredentialsError):
            authenticate(any_db, "dieuhanh1", f"sai-lan-{i}", now=T + timedelta(minutes=i))
    with pytest.raises(AccountLockedError) as locked:
        authenticate(any_db, "dieuhanh1", "sai-lan-5", now=T)
    assert str(locked.value) == "Tài khoản bị khóa đến 14:35 do nhập sai mật khẩu 5 lần"
    assert locked.value.until == datetime(2026, 3, 5, 14, 35)
    row = user_row(any_db, "dieuhanh1")
    assert row.failed_logins == 5 and row.locked_until == datetime(2026, 3, 5, 14, 35)

    # The right password during the lock is refused, and nothing more is counted.
    with pytest.raises(AccountLockedError, match="khóa đến 14:35"):
        authenticate(any_db, "dieuhanh1", PASSWORD, now=T + timedelta(minutes=14, seconds=59))
    assert user_row(any_db, "dieuhanh1").failed_logins == 5

    # After 15 minutes the counter starts again: one more failure does not lock.
    after = T + timedelta(minutes=15)
    with pytest.raises(InvalidCredentialsError):
        authenticate(any_db, "dieuhanh1", "sai-lan-6", now=after)
    row = user_row(any_db, "dieuhanh1")
    assert row.failed_logins == 1 and row.locked_until is None
    assert authenticate(any_db, "dieuhanh1", PASSWORD, now=after).username == "dieuhanh1"
    assert user_row(any_db, "dieuhanh1").failed_logins == 0


def test_lock_ends_on_a_whole_minute_and_says_the_day_when_it_is_another() -> None:
    assert _lock_end(datetime(2026, 3, 5, 14, 20, 0)) == datetime(2026, 3, 5, 14, 35)
    assert _lock_end(datetime(2026, 3, 5, 14, 20, 1)) == datetime(2026, 3, 5, 14, 36)
    late = datetime(2026, 3, 5, 23, 50, 30)
    err = AccountLockedError(_lock_end(late), late)
    assert str(err) == "Tài khoản bị khóa đến 00:06 ngày 06/03/2026 do nhập sai mật khẩu 5 lần"


def test_deactivated_user_is_refused_with_its_own_message(sqlite_db: Database) -> None:
    seed(sqlite_db)
    update_user(sqlite_db, "canbo.gtvt", active=False)
    with pytest.raises(AccountDisabledError, match="vô hiệu hóa"):
        authenticate(sqlite_db, "canbo.gtvt", PASSWORD, now=T)
    with pytest.raises(InvalidCredentialsError):  # a wrong password learns nothing more
        authenticate(sqlite_db, "canbo.gtvt", "sai-mat-khau", now=T)


def test_an_old_hash_is_upgraded_at_login(sqlite_db: Database) -> None:
    seed(sqlite_db)
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(PASSWORD)
    update_user(sqlite_db, "canbo.gtvt", password_hash=weak)
    assert needs_rehash(weak)
    authenticate(sqlite_db, "canbo.gtvt", PASSWORD, now=T)
    upgraded = user_row(sqlite_db, "canbo.gtvt").password_hash
    assert upgraded != weak and not needs_rehash(upgraded)


def test_change_password(sqlite_db: Database) -> None:
    ids = seed(sqlite_db)
    uid = ids["dieuhanh1"]
    update_user(sqlite_db, "dieuhanh1", must_change_password=True)
    with pytest.raises(PasswordPolicyError, match="ít nhất 8 ký tự"):
        change_password(sqlite_db, uid, PASSWORD, "ngan")
    with pytest.raises(PasswordPolicyError, match="khác mật khẩu cũ"):
        change_password(sqlite_db, uid, PASSWORD, PASSWORD)
    with pytest.raises(WrongPasswordError, match="Mật khẩu hiện tại không đúng"):
        change_password(sqlite_db, uid, "sai-mat-khau", "mat-khau-moi-2026", now=T)
    assert user_row(sqlite_db, "dieuhanh1").failed_logins == 1  # a guess is a failed attempt

    new = unicodedata.normalize("NFC", "Đường Lê Lợi số 12")
    change_password(sqlite_db, uid, PASSWORD, new, now=T)
    row = user_row(sqlite_db, "dieuhanh1")
    assert not row.must_change_password and row.failed_logins == 0
    # Typed by another input method (decomposed marks), it is the same password.
    assert authenticate(sqlite_db, "dieuhanh1", unicodedata.normalize("NFD", new), now=T)
    with pytest.raises(InvalidCredentialsError):
        authenticate(sqlite_db, "dieuhanh1", PASSWORD, now=T)


# --- remember me -------------------------------------------------------------------------------


def test_remember_me_round_trip(sqlite_db: Database, memory_keyring: MemoryKeyring) -> None:
    ids = seed(sqlite_db)
    store = KeyringStore()
    assert store.available()
    remember_login(sqlite_db, ids["dieuhanh1"], store=store, now=T)

    url = sqlite_db.display_url
    assert set(memory_keyring.secrets) == {(SERVICE, url), (SERVICE, f"dieuhanh1@{url}")}
    assert memory_keyring.secrets[(SERVICE, url)] == "dieuhanh1"
    secret = memory_keyring.secrets[(SERVICE, f"dieuhanh1@{url}")]
    assert len(secret) >= 43  # token_urlsafe(32)
    [token] = tokens(sqlite_db)
    assert token.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert token.user_id == ids["dieuhanh1"] and token.revoked_at is None
    assert token.expires_at == T + timedelta(days=30) == T + REMEMBER_FOR
    assert secret not in database_text(sqlite_db)  # only the hash is in the database

    me = login_with_remembered(sqlite_db, store=store, now=T + timedelta(days=29))
    assert me is not None and me.username == "dieuhanh1" and me.unit_code == "ioc"
    assert me.roles == {Role.OPERATOR, Role.SUPERVISOR}

    forget_login(sqlite_db, store=store, now=T + timedelta(days=1))
    assert memory_keyring.secrets == {}
    assert tokens(sqlite_db)[0].revoked_at == T + timedelta(days=1)
    assert login_with_remembered(sqlite_db, store=store, now=T + timedelta(days=1)) is None


def test_remembering_again_revokes_the_previous_token(
    sqlite_db: Database, memory_keyring: MemoryKeyring
) -> None:
    ids = seed(sqlite_db)
    store = KeyringStore()
    remember_login(sqlite_db, ids["dieuhanh1"], store=store, now=T)
    remember_login(sqlite_db, ids["canbo.gtvt"], store=store, now=T)
    first, second = tokens(sqlite_db)
    assert first.revoked_at == T and second.revoked_at is None
    assert len(memory_keyring.secrets) == 2  # the pointer and the one live secret
    me = login_with_remembered(sqlite_db, store=store, now=T)
    assert me is not None and me.username == "canbo.gtvt"


def test_expired_revoked_or_deactivated_remembered_logins_are_refused(
    sqlite_db: Database, memory_keyring: MemoryKeyring
) -> None:
    ids = seed(sqlite_db)
    store = KeyringStore()
    admin = AuthenticatedUser(
        id=ids["quantri"],
        username="quantri",
        full_name="Trần Văn Quản",
        unit_id=None,
        unit_code="ioc",
        unit_name=None,
        unit_kind=UnitKind.IOC,
        roles=frozenset({Role.ADMIN}),
    )

    # Expired: refused, and the useless secret leaves the keyring.
    remember_login(sqlite_db, ids["dieuhanh1"], store=store, now=T)
    assert login_with_remembered(sqlite_db, store=store, now=T + REMEMBER_FOR) is None
    assert memory_keyring.secrets == {}

    # Locked for a while: refused, but the secret is kept for after the lock.
    remember_login(sqlite_db, ids["dieuhanh1"], store=store, now=T)
    update_user(sqlite_db, "dieuhanh1", locked_until=T + timedelta(minutes=15))
    assert login_with_remembered(sqlite_db, store=store, now=T) is None
    assert memory_keyring.secrets != {}
    assert login_with_remembered(sqlite_db, store=store, now=T + timedelta(minutes=15))

    # Revoked by a password reset.
    reset_password(sqlite_db, admin, "dieuhanh1", "mat-khau-tam-thoi", now=T)
    assert all(t.revoked_at == T for t in tokens(sqlite_db))
    assert login_with_remembered(sqlite_db, store=store, now=T) is None
    assert memory_keyring.secrets == {}

    # Deactivated (which revokes, too).
    remember_login(sqlite_db, ids["canbo.gtvt"], store=store, now=T)
    deactivate_user(sqlite_db, admin, "canbo.gtvt", now=T)
    assert tokens(sqlite_db)[-1].revoked_at == T
    assert login_with_remembered(sqlite_db, store=store, now=T) is None

    # A secret that matches no token at all (another installation's, a forged one).
    memory_keyring.set_password(SERVICE, sqlite_db.display_url, "quantri")
    memory_keyring.set_password(SERVICE, f"quantri@{sqlite_db.display_url}", "gia-mao")
    assert login_with_remembered(sqlite_db, store=store, now=T) is None
    assert memory_keyring.secrets == {}


def test_two_databases_do_not_share_a_remembered_login(
    sqlite_db: Database, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    ids = seed(sqlite_db)
    other = Database(f"sqlite:///{tmp_path / 'other' / 'console.sqlite3'}")
    try:
        seed(other)
        store = KeyringStore()
        remember_login(sqlite_db, ids["dieuhanh1"], store=store, now=T)
        assert login_with_remembered(other, store=store, now=T) is None
        assert login_with_remembered(sqlite_db, store=store, now=T) is not None
    finally:
        other.close()


def test_without_an_os_keyring_remember_me_is_unavailable(sqlite_db: Database) -> None:
    ids = seed(sqlite_db)
    with installed(fail.Keyring()):
        store = KeyringStore()
        assert not store.available()
        with pytest.raises(RememberUnavailableError) as err:
            remember_login(sqlite_db, ids["dieuhanh1"], store=store, now=T)
        assert str(err.value) == UNAVAILABLE_MESSAGE and "keyring" in str(err.value)
        assert login_with_remembered(sqlite_db, store=store, now=T) is None
        forget_login(sqlite_db, store=store)  # nothing to forget, no error
    assert tokens(sqlite_db) == []  # no token without a place for its secret
    assert not KeyringStore(null.Keyring()).available()


def test_an_empty_chainer_is_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring.backend, "_limit", lambda _backend: False)
    assert list(chainer.ChainerBackend.backends) == []
    assert not KeyringStore(chainer.ChainerBackend()).available()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()])
    assert KeyringStore(chainer.ChainerBackend()).available()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), null.Keyring()])
    assert not KeyringStore(chainer.ChainerBackend()).available()


def test_a_keyring_that_refuses_the_secret_leaves_no_token(sqlite_db: Database) -> None:
    ids = seed(sqlite_db)
    refusing = MemoryKeyring(refuse_writes=True)
    with pytest.raises(RememberUnavailableError, match="Không ghi được"):
        remember_login(sqlite_db, ids["dieuhanh1"], store=KeyringStore(refusing), now=T)
    assert tokens(sqlite_db) == [] and refusing.secrets == {}


def test_the_password_is_stored_nowhere(
    sqlite_db: Database, sqlite_url: str, memory_keyring: MemoryKeyring
) -> None:
    ids = seed(sqlite_db)
    new = "Bí-mật-không-lưu-2026"
    change_password(sqlite_db, ids["dieuhanh1"], PASSWORD, new, now=T)
    me = authenticate(sqlite_db, "dieuhanh1", new, now=T)
    assert me.id is not None
    remember_login(sqlite_db, me.id, store=KeyringStore(), now=T)

    for value in memory_keyring.secrets.values():
        assert new not in value and PASSWORD not in value
    stored = database_text(sqlite_db)
    assert new not in stored and PASSWORD not in stored
    raw = b"".join(p.read_bytes() for p in Path(sqlite_url[len("sqlite:///") :]).parent.iterdir())
    for secret in (new, PASSWORD):
        for form in ("NFC", "NFD"):
            assert unicodedata.normalize(form, secret).encode() not in raw
