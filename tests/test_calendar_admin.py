"""The administrator's working calendar (issue 11 item 4): the year view, a change's preview,
the change in one transaction with its audit entry, refused to non-admins; the CLI."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from console.cli import main
from console.db import Database
from console.demo import generate_demo
from console.models import AuditEntry, OverrideKind, Report, User
from console.profiles import Profile, load_profile
from console.services.auth import AuthenticatedUser
from console.services.calendar import CalendarError
from console.services.calendar_admin import (
    DAY_OFF,
    HOLIDAY,
    MAKE_UP,
    WORKING_DAY,
    calendar_year,
    change_day,
    preview_day,
)
from console.services.users import PermissionDeniedError

NOW = datetime(2026, 11, 20, 10, 0)  # a Friday
MONDAY = date(2026, 11, 23)
SATURDAY = date(2026, 11, 21)


@pytest.fixture
def province(any_db: Database) -> tuple[Database, Profile]:
    profile = load_profile("thai-nguyen")
    generate_demo(any_db, profile, reports=120, now=NOW, password="mat-khau-demo")
    return any_db, profile


def who(db: Database, username: str) -> AuthenticatedUser:
    with db.session() as s:
        return AuthenticatedUser.from_user(s.scalar(select(User).where(User.username == username)))


def dues(db: Database) -> dict[int, datetime | None]:
    with db.session() as s:
        return {rid: due for rid, due in s.execute(select(Report.id, Report.due_at))}


def test_the_year_shows_holidays_national_make_up_days_and_the_administrators(province) -> None:
    db, profile = province
    admin = who(db, "quantri")
    change_day(db, profile, admin, MONDAY, OverrideKind.DAY_OFF, "Quyết định 12/QĐ-UBND")
    view = calendar_year(db, profile, 2026)
    kinds = {d.day: (d.kind, d.name, d.by) for d in view.days}
    assert kinds[date(2026, 9, 2)][0] == HOLIDAY  # Quốc khánh
    assert kinds[date(2026, 1, 1)][0] == HOLIDAY
    assert kinds[MONDAY] == (DAY_OFF, "Quyết định 12/QĐ-UBND", "quantri")
    assert all(d.day.year == 2026 for d in view.days)
    assert {d.kind for d in view.days} <= {HOLIDAY, MAKE_UP, DAY_OFF, WORKING_DAY}
    assert 240 < view.working_days < 252


def test_a_day_off_is_previewed_then_moves_open_deadlines_in_one_transaction(province) -> None:
    db, profile = province
    admin = who(db, "quantri")
    before = dues(db)
    preview = preview_day(db, profile, admin, MONDAY, OverrideKind.DAY_OFF)
    assert dues(db) == before  # a preview changes nothing
    assert preview.deadlines > 0 and 0 < preview.reports <= preview.deadlines
    assert timedelta(0) < preview.least <= preview.most <= timedelta(days=4)
    steps: list[tuple[int, int]] = []
    done = change_day(
        db,
        profile,
        admin,
        MONDAY,
        OverrideKind.DAY_OFF,
        "Nghỉ bù",
        progress=lambda d, t: steps.append((d, t)),
    )
    assert done == preview
    assert steps[0] == (0, done.deadlines) and steps[-1] == (done.deadlines, done.deadlines)
    after = dues(db)
    moved = [rid for rid in before if after[rid] != before[rid]]
    assert len(moved) == done.reports
    assert all(after[r] > before[r] for r in moved)
    with db.session() as s:
        entry = s.scalars(select(AuditEntry)).one()
        assert (entry.action, entry.target, entry.old_value) == (
            "calendar.day_off",
            "day:2026-11-23",
            None,
        )
        assert entry.new_value == {
            "kind": "day_off",
            "note": "Nghỉ bù",
            "deadlines_moved": done.deadlines,
            "reports": done.reports,
        }
    # removed again: every deadline back where it was
    back = change_day(db, profile, admin, MONDAY, None)
    assert back.deadlines == done.deadlines and back.most < timedelta(0)
    assert dues(db) == before


def test_a_make_up_saturday_brings_deadlines_earlier(province) -> None:
    db, profile = province
    before = dues(db)
    done = change_day(
        db,
        profile,
        who(db, "quantri"),
        SATURDAY,
        OverrideKind.WORKING_DAY,
        "Làm bù theo Quyết định 15/QĐ-UBND",
    )
    assert done.deadlines > 0 and done.most < timedelta(0)
    after = dues(db)
    assert all(after[r] <= before[r] for r in before if before[r] is not None)


def test_changes_that_make_no_sense_are_refused_and_leave_nothing(province) -> None:
    db, profile = province
    admin = who(db, "quantri")
    with pytest.raises(CalendarError, match="đã là ngày nghỉ"):
        change_day(db, profile, admin, SATURDAY, OverrideKind.DAY_OFF, "x")
    with pytest.raises(CalendarError, match="đã là ngày nghỉ"):
        change_day(db, profile, admin, date(2026, 9, 2), OverrideKind.DAY_OFF, "x")
    with pytest.raises(CalendarError, match="đã là ngày làm việc"):
        change_day(db, profile, admin, MONDAY, OverrideKind.WORKING_DAY, "x")
    with pytest.raises(CalendarError, match="lý do"):
        change_day(db, profile, admin, MONDAY, OverrideKind.DAY_OFF, "  ")
    with pytest.raises(CalendarError, match="không có điều chỉnh"):
        change_day(db, profile, admin, MONDAY, None)
    with db.session() as s:
        assert s.scalars(select(AuditEntry)).all() == []


def test_a_non_administrator_can_neither_preview_nor_change(province) -> None:
    db, profile = province
    before = dues(db)
    for name in ("dieuhanh1", "truongca"):
        actor = who(db, name)
        with pytest.raises(PermissionDeniedError):
            preview_day(db, profile, actor, MONDAY, OverrideKind.DAY_OFF)
        with pytest.raises(PermissionDeniedError):
            change_day(db, profile, actor, MONDAY, OverrideKind.DAY_OFF, "x")
    assert dues(db) == before


def test_cli_calendar_off_work_remove_list_and_bad_dates(province, capsys) -> None:
    db, _profile = province
    url = db.url
    assert main(["calendar", "off", "2026-11-23", "--reason", "Nghỉ bù", "--db", url]) == 0
    assert main(["calendar", "work", "21/11/2026", "--reason", "Làm bù", "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("23/11/2026: ngày nghỉ. Đã tính lại ")
    assert "21/11/2026: ngày làm việc." in out
    assert main(["calendar", "list", "--year", "2026", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "2026-11-23  nghỉ (quản trị)      Nghỉ bù\n" in out
    assert "2026-09-02  ngày lễ" in out and out.rstrip().endswith("ngày làm việc.")
    assert main(["calendar", "remove", "2026-11-23", "--db", url]) == 0
    for bad in (
        ["calendar", "off", "2026-02-30", "--reason", "x"],
        ["calendar", "remove", "hôm nay"],
        ["calendar", "remove", "2026-11-24"],
    ):
        capsys.readouterr()
        assert main([*bad, "--db", url]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("Lỗi: ")
    with db.session() as s:
        assert [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))] == [
            "calendar.day_off",
            "calendar.working_day",
            "calendar.remove",
        ]


def test_cli_audit_lists_and_exports_a_period(province, capsys, tmp_path) -> None:
    db, profile = province
    change_day(
        db,
        profile,
        who(db, "quantri"),
        MONDAY,
        OverrideKind.DAY_OFF,
        "Nghỉ bù",
        at=datetime(2026, 11, 20, 9, 0),
    )
    url = db.url
    assert main(["audit", "--from", "2026-11-20", "--to", "2026-11-20", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2026-11-20 09:00:00  quantri") and "Thêm ngày nghỉ" in out[0]
    assert "day:2026-11-23" in out[0] and out[-1] == "Tổng: 1 dòng"
    assert (
        main(
            [
                "audit",
                "--from",
                "2026-11-21",
                "--to",
                "2026-11-30",
                "--user",
                "quantri",
                "--db",
                url,
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == "Tổng: 0 dòng"
    csv_path = tmp_path / "audit.csv"
    assert (
        main(
            [
                "audit",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--csv",
                str(csv_path),
                "--db",
                url,
            ]
        )
        == 0
    )
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Thời điểm,") and "calendar.day_off" in text
    assert main(["audit", "--from", "30/11/2026", "--to", "2026-11-01", "--db", url]) == 2
    assert capsys.readouterr().err.startswith("Lỗi: --to")
