"""Issue 15 item 2: the hotline signs in offline with a verifier kept on the workstation."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from console.db import Database
from console.models import Role
from console.profiles import load_profile
from console.services.account_check import SessionEndedError
from console.services.auth import (
    AccountLockedError,
    InvalidCredentialsError,
    authenticate,
    change_password,
    system_actor,
)
from console.services.offline_auth import KEEP_FOR, OfflineVerifiers
from console.services.users import deactivate_user
from tests.scenario_helpers import make_province

NOW = datetime(2026, 3, 2, 8, 0)
PASSWORD = "mat-khau-thu"  # scenario_helpers' shared password


def signed_in_here(db: Database, tmp_path: Path) -> OfflineVerifiers:
    make_province(db, load_profile("thai-nguyen"), NOW).add("dieuhanh1", "ioc", Role.OPERATOR)
    verifiers = OfflineVerifiers(tmp_path / "offline.json")
    actor = authenticate(db, "dieuhanh1", PASSWORD, now=NOW)
    verifiers.keep(db, actor, PASSWORD, now=NOW)  # what the sign-in window does online
    return verifiers


def test_offline_sign_in_with_a_known_verifier_never_keeps_the_password(
    pg_db: Database, tmp_path: Path
) -> None:
    verifiers = signed_in_here(pg_db, tmp_path)
    user = verifiers.sign_in("DieuHanh1 ", PASSWORD, now=NOW + timedelta(days=3))
    assert user.actor.username == "dieuhanh1" and user.actor.roles == {Role.OPERATOR}
    assert user.actor.unit_code == "ioc"
    kept = (tmp_path / "offline.json").read_text("utf-8")
    assert PASSWORD not in kept and "$argon2id$" in kept
    assert (tmp_path / "offline.json").stat().st_mode & 0o077 == 0  # the user's alone
    assert verifiers.recheck(pg_db, user, now=NOW).username == "dieuhanh1"  # still valid


def test_offline_sign_in_is_refused_to_an_unknown_user_and_an_old_verifier(
    pg_db: Database, tmp_path: Path
) -> None:
    verifiers = signed_in_here(pg_db, tmp_path)
    with pytest.raises(InvalidCredentialsError):  # never signed in here
        verifiers.sign_in("dieuhanh2", PASSWORD, now=NOW)
    with pytest.raises(InvalidCredentialsError):  # not "recently"
        verifiers.sign_in("dieuhanh1", PASSWORD, now=NOW + KEEP_FOR + timedelta(minutes=1))


def test_five_wrong_passwords_lock_the_offline_sign_in(pg_db: Database, tmp_path: Path) -> None:
    verifiers = signed_in_here(pg_db, tmp_path)
    at = NOW + timedelta(hours=1)
    for _ in range(4):
        with pytest.raises(InvalidCredentialsError):
            verifiers.sign_in("dieuhanh1", "sai-mat-khau", now=at)
    with pytest.raises(AccountLockedError) as locked:
        verifiers.sign_in("dieuhanh1", "sai-mat-khau", now=at)
    assert locked.value.until == datetime(2026, 3, 2, 9, 15)
    with pytest.raises(AccountLockedError):  # the right password, during the lock
        OfflineVerifiers(tmp_path / "offline.json").sign_in(
            "dieuhanh1", PASSWORD, now=at + timedelta(minutes=10)
        )
    user = verifiers.sign_in("dieuhanh1", PASSWORD, now=at + timedelta(minutes=16))
    assert user.actor.username == "dieuhanh1"


def test_the_first_contact_ends_a_session_whose_account_changed(
    pg_db: Database, tmp_path: Path
) -> None:
    verifiers = signed_in_here(pg_db, tmp_path)
    user = verifiers.sign_in("dieuhanh1", PASSWORD, now=NOW)
    change_password(pg_db, user.actor.id or 0, PASSWORD, "mat-khau-moi-2026", now=NOW)
    with pytest.raises(SessionEndedError):
        verifiers.recheck(pg_db, user, now=NOW)
    assert verifiers.known() == []  # forgotten: the old password no longer opens anything

    verifiers.keep(
        pg_db,
        authenticate(pg_db, "dieuhanh1", "mat-khau-moi-2026", now=NOW),
        "mat-khau-moi-2026",
        now=NOW,
    )
    user = verifiers.sign_in("dieuhanh1", "mat-khau-moi-2026", now=NOW)
    deactivate_user(pg_db, system_actor(), "dieuhanh1")
    with pytest.raises(SessionEndedError):
        verifiers.recheck(pg_db, user, now=NOW)
    with pytest.raises(InvalidCredentialsError):
        verifiers.sign_in("dieuhanh1", "mat-khau-moi-2026", now=NOW)
