"""The audit trail (issue 11 item 6): entries commit with their change, are never editable,
and only an administrator reads them."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from console.db import Database
from console.models import AuditEntry
from console.services.audit import audit_entries, read_entries, record, to_csv
from console.services.auth import AuthenticatedUser, system_actor
from console.services.users import PermissionDeniedError
from tests.account_helpers import BASE_USERS, seed_users


def _actor(db: Database, username: str) -> AuthenticatedUser:
    from console.models import User

    with db.session() as s:
        return AuthenticatedUser.from_user(s.scalar(select(User).where(User.username == username)))


@pytest.fixture
def people(any_db: Database) -> Database:
    with any_db.session() as s:
        seed_users(s, BASE_USERS)
    return any_db


def test_an_entry_keeps_who_when_what_and_the_values_before_and_after(people: Database) -> None:
    admin = _actor(people, "quantri")
    at = datetime(2026, 9, 3, 8, 30)
    with people.session() as s:
        record(
            s,
            admin,
            "user.update",
            "user:canbo.gtvt",
            old={"roles": frozenset({"officer"}), "day": date(2026, 9, 2)},
            new={"roles": ["leader", "officer"]},
            at=at,
        )
    rows = audit_entries(people, admin)
    assert len(rows) == 1
    row = rows[0]
    assert (row.at, row.actor_name, row.action, row.target) == (
        at,
        "quantri",
        "user.update",
        "user:canbo.gtvt",
    )
    assert row.old == {"roles": ["officer"], "day": "2026-09-02"}
    assert row.new == {"roles": ["leader", "officer"]}
    assert row.label == "Sửa tài khoản"


def test_an_entry_rolls_back_with_its_change(people: Database) -> None:
    with pytest.raises(RuntimeError), people.session() as s:
        record(s, system_actor(), "calendar.day_off", "day:2026-09-04")
        raise RuntimeError("the change failed")
    with people.session() as s:
        assert read_entries(s) == []


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"]
)
def test_the_trail_cannot_be_edited(people: Database, statement: str) -> None:
    with people.session() as s:
        record(s, system_actor(), "calendar.day_off", "day:2026-09-04")
    with pytest.raises(DBAPIError, match="insert-only"), people.session() as s:
        s.execute(text(statement))
    with people.session() as s:
        assert [e.action for e in s.scalars(select(AuditEntry))] == ["calendar.day_off"]


def test_filters_by_days_user_and_action(people: Database) -> None:
    admin = _actor(people, "quantri")
    with people.session() as s:
        record(s, admin, "login", at=datetime(2026, 9, 1, 7, 0))
        record(s, None, "login.failed", actor_name="dieuhanh1", at=datetime(2026, 9, 2, 23, 59))
        record(s, admin, "user.deactivate", "user:dieuhanh1", at=datetime(2026, 9, 3, 0, 0))
    days = audit_entries(people, admin, first=date(2026, 9, 2), last=date(2026, 9, 2))
    assert [r.action for r in days] == ["login.failed"]
    mai = audit_entries(people, admin, user="DieuHanh1")  # as actor and as target
    assert [r.action for r in mai] == ["user.deactivate", "login.failed"]
    logins = audit_entries(people, admin, action="login.")
    assert [r.action for r in logins] == ["login.failed"]
    assert [r.action for r in audit_entries(people, admin, action="login")] == ["login"]


def test_only_an_administrator_reads_the_trail(people: Database) -> None:
    with pytest.raises(PermissionDeniedError, match="Chỉ quản trị viên"):
        audit_entries(people, _actor(people, "dieuhanh1"))


def test_csv_export_has_a_header_and_json_values(people: Database) -> None:
    admin = _actor(people, "quantri")
    with people.session() as s:
        record(
            s,
            admin,
            "user.update",
            "user:canbo.gtvt",
            old={"full_name": "Lê Văn Bình"},
            new={"full_name": "Lê Văn Bính"},
            at=datetime(2026, 9, 3, 8, 30),
        )
    rows = list(csv.reader(io.StringIO(to_csv(audit_entries(people, admin)))))
    assert rows[0][0] == "Thời điểm"
    assert rows[1] == [
        "2026-09-03 08:30:00",
        "quantri",
        "user.update",
        "Sửa tài khoản",
        "user:canbo.gtvt",
        '{"full_name": "Lê Văn Bình"}',
        '{"full_name": "Lê Văn Bính"}',
    ]


# -- sign-ins and sign-outs ------------------------------------------------------------------


def _actions(db: Database) -> list[tuple[str, str, str]]:
    with db.session() as s:
        return [
            (e.actor_name, e.action, e.target)
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def test_every_sign_in_success_failure_lockout_and_sign_out_is_recorded(people: Database) -> None:
    from console.services.auth import AuthError, authenticate, sign_out
    from tests.account_helpers import PASSWORD

    at = datetime(2026, 9, 3, 8, 0)
    actor = authenticate(people, "DieuHanh1", PASSWORD, now=at)
    sign_out(people, actor, now=at)
    with pytest.raises(AuthError):
        authenticate(people, "khongco", "x", now=at)
    for _ in range(5):
        with pytest.raises(AuthError):
            authenticate(people, "canbo.gtvt", "sai", now=at)
    with pytest.raises(AuthError, match="bị khóa"):
        authenticate(people, "canbo.gtvt", PASSWORD, now=at)
    assert _actions(people) == [
        ("dieuhanh1", "login", "user:dieuhanh1"),
        ("dieuhanh1", "logout", "user:dieuhanh1"),
        ("khongco", "login.failed", "user:khongco"),
        *[("canbo.gtvt", "login.failed", "user:canbo.gtvt")] * 5,
        ("canbo.gtvt", "login.locked", "user:canbo.gtvt"),
        ("canbo.gtvt", "login.failed", "user:canbo.gtvt"),  # refused while locked
    ]
    with people.session() as s:
        locked = s.scalars(select(AuditEntry).where(AuditEntry.action == "login.locked")).one()
        assert locked.new_value == {"until": "2026-09-03T08:15:00"}
        assert all(PASSWORD not in str(e.new_value) for e in s.scalars(select(AuditEntry)))


def test_an_own_password_change_is_recorded_without_the_password(people: Database) -> None:
    from console.services.auth import change_password
    from tests.account_helpers import PASSWORD

    uid = _actor(people, "dieuhanh1").id
    change_password(people, uid, PASSWORD, "Mật-khẩu-mới-2026")
    assert _actions(people) == [("dieuhanh1", "password.change", "user:dieuhanh1")]
    with people.session() as s:
        assert "Mật-khẩu-mới" not in str(s.scalars(select(AuditEntry.new_value)).one())
