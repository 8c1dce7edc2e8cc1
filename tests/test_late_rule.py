"""The "trễ hạn" flag: set only when a binding duty was missed (console.sla.missed_duty).

Each scenario is named after the article it reads; the deadlines are worked by hand in comments.
"""

from __future__ import annotations

from datetime import datetime

from console.db import Database
from console.intake import ReportDraft
from console.models import Role
from console.profiles import load_profile
from console.services.action_base import ActionResult
from console.services.auth import AuthenticatedUser
from console.sla import missed_duty
from tests.scenario_helpers import Province, draft, make_province

MON = datetime(2026, 3, 2, 9, 0)  # Monday; 2–13 March 2026 has no holiday


def _tg_draft(channel: str, **kw: object) -> ReportDraft:
    base = dict(
        channel=channel,
        title="Cơ sở bán thức ăn đường phố mất vệ sinh",
        description="Quán bán thức ăn để ruồi nhặng bu kín, nước thải chảy ra lòng đường.",
        place="Chợ Mỹ Tho, Phường 1, TP Mỹ Tho",
        reporter_name="Nguyễn Văn Tâm",
        reporter_phone="0905123456",
        category="an_toan_thuc_pham",
        reporter_address="Phường 1, TP Mỹ Tho",
    )  # Điều 5.1.c asks for the address
    base.update(kw)
    return ReportDraft(**base)  # type: ignore[arg-type]


def _forwarded(
    db: Database, key: str, unit: str, report: ReportDraft, at: datetime = MON
) -> tuple[Province, AuthenticatedUser, ActionResult]:
    """A province whose IOC received ``report`` on MON 09:00 and forwarded it to ``unit`` at
    ``at``; returns it, the unit's officer and the forwarded report."""
    p = make_province(db, load_profile(key), MON)
    op = p.add("ioc1", "ioc", Role.OPERATOR)
    officer = p.add(f"cb.{unit}", unit, Role.OFFICER)
    r = p.service.submit(op, report)
    p.clock.now = at
    return p, officer, p.service.forward(op, r.report_id, r.version, unit)


def test_thai_nguyen_dieu8_buoc2_accepted_after_an_hour_is_not_late(sqlite_db: Database) -> None:
    p, officer, r = _forwarded(
        sqlite_db,
        "thai-nguyen",
        "so_gtvt",
        draft(category="giao_thong"),
        at=datetime(2026, 3, 2, 10, 0),
    )
    leader = p.add("ld.gtvt", "so_gtvt", Role.LEADER)
    svc = p.service
    # Bước 2 "ngay" = 60 min: return due Mon 11:00; Bước 3: handle due Thu 10:00.
    assert p.deadlines(r.report_id)["return"].due_at == datetime(2026, 3, 2, 11, 0)
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 5, 10, 0)
    p.clock.now = datetime(2026, 3, 2, 13, 45)  # 3 h 45 min after forwarding: accepts
    r = svc.accept(officer, r.report_id, r.version)
    assert not p.report(r.report_id).late  # the return window bound nobody: it was accepted
    p.clock.now = datetime(2026, 3, 3, 9, 0)  # the next day, inside Bước 3's 3 working days
    r = svc.submit_result(officer, r.report_id, r.version, "Đã vá ổ gà, thông xe.")
    # Điều 9.2: ½ working day to approve: Tue 09:00 → Tue 15:00; approved at 10:00.
    p.clock.now = datetime(2026, 3, 3, 10, 0)
    r = svc.approve(leader, r.report_id, r.version)
    report = p.report(r.report_id)
    assert not report.late
    assert p.deadlines(r.report_id)["return"].completed_at == datetime(2026, 3, 2, 13, 45)


def test_thai_nguyen_dieu8_buoc2_returned_after_the_hour_is_late(sqlite_db: Database) -> None:
    p, officer, r = _forwarded(sqlite_db, "thai-nguyen", "so_gtvt", draft(category="giao_thong"))
    svc = p.service  # Mon 09:00: return due Mon 10:00
    p.clock.now = datetime(2026, 3, 2, 10, 30)
    r = svc.return_to_ioc(officer, r.report_id, r.version, "Không thuộc thẩm quyền của Sở.")
    assert p.report(r.report_id).late  # the condition happened and its "ngay" was missed


def test_thai_nguyen_dieu8_buoc2_returned_within_the_hour_is_on_time(sqlite_db: Database):
    p, officer, r = _forwarded(sqlite_db, "thai-nguyen", "so_gtvt", draft(category="giao_thong"))
    svc = p.service
    p.clock.now = datetime(2026, 3, 2, 9, 40)
    r = svc.return_to_ioc(officer, r.report_id, r.version, "Không thuộc thẩm quyền của Sở.")
    assert not p.report(r.report_id).late


def test_tien_giang_dieu9_1b_result_on_working_day_four_needs_no_notice(sqlite_db: Database):
    p, health, r = _forwarded(sqlite_db, "tien-giang", "so_yt", _tg_draft("web"))
    svc = p.service
    # Forwarded Mon 09:00: notice due Thu 09:00 (3 working days), result due Mon 9/3 09:00 (5).
    dl = p.deadlines(r.report_id)
    assert dl["notify_progress"].due_at == datetime(2026, 3, 5, 9, 0)
    assert dl["handle"].due_at == datetime(2026, 3, 9, 9, 0)
    p.clock.now = datetime(2026, 3, 2, 10, 0)
    r = svc.accept(health, r.report_id, r.version)
    p.clock.now = datetime(2026, 3, 5, 15, 0)  # working day 4, no notice given
    r = svc.submit_result(health, r.report_id, r.version, "Đã kiểm tra, xử phạt cơ sở.")
    assert not p.report(r.report_id).late


def test_tien_giang_dieu9_1b_expected_date_after_three_days_is_late(sqlite_db: Database):
    p, health, r = _forwarded(sqlite_db, "tien-giang", "so_yt", _tg_draft("web"))
    svc = p.service
    r = svc.accept(health, r.report_id, r.version)
    # The notice was due Thu 5/3 09:00; the expected date comes Fri 6/3 09:00: "trễ hạn".
    p.clock.now = datetime(2026, 3, 6, 9, 0)
    r = svc.request_extension(
        health,
        r.report_id,
        r.version,
        datetime(2026, 3, 16, 17, 0),
        "Cần phối hợp với UBND phường để khắc phục hiện trường.",
    )
    assert p.report(r.report_id).late


def test_tien_giang_dieu8_friday_night_zalo_routed_monday_morning(sqlite_db: Database) -> None:
    fri_night = datetime(2026, 3, 6, 20, 0)
    p = make_province(sqlite_db, load_profile("tien-giang"), fri_night)
    op = p.add("tongdai1", "ioc", Role.OPERATOR)
    svc = p.service
    r = svc.submit(op, _tg_draft("zalo"))
    dl = p.deadlines(r.report_id)
    assert "check" not in dl  # Điều 8.1–8.2 sets no clock for the check
    # Điều 9.1.a: 2 working hours from the next office period: Mon 07:30 → Mon 09:30.
    assert dl["route"].due_at == datetime(2026, 3, 9, 9, 30)
    p.clock.now = datetime(2026, 3, 9, 8, 0)
    r = svc.forward(op, r.report_id, r.version, "so_yt")
    assert not p.report(r.report_id).late


def test_missed_duty_rule() -> None:
    due, after = datetime(2026, 3, 2, 10), datetime(2026, 3, 2, 11)
    assert missed_duty("handle", due, after, "submit_result")
    assert not missed_duty("handle", due, due, "submit_result")  # exactly at the deadline
    assert not missed_duty("handle", None, after, "submit_result")
    # return: binds a unit that returns; a field check gives way to the 3-day window
    assert not missed_duty("return", due, after, "accept")
    assert missed_duty("return", due, after, "return_to_ioc")
    assert not missed_duty("return", due, after, "return_to_ioc", field_check=True)
    assert missed_duty("return_field_check", due, after, "return_to_ioc", field_check=True)
    # the progress notice: binds only when the unit says it needs more time
    assert not missed_duty("notify_progress", due, after, "submit_result")
    assert missed_duty("notify_progress", due, after, "request_extension")
    assert missed_duty("notify_progress", due, after, "post_progress")
    assert not missed_duty("notify_progress", due, after, "return_to_ioc")


def test_the_missed_stage_is_recorded_on_its_row(sqlite_db: Database) -> None:
    p, officer, r = _forwarded(sqlite_db, "thai-nguyen", "so_gtvt", draft(category="giao_thong"))
    svc = p.service
    p.clock.now = datetime(2026, 3, 2, 13, 0)
    r = svc.accept(officer, r.report_id, r.version)
    p.clock.now = datetime(2026, 3, 6, 9, 0)  # handle was due Thu 5/3 09:00
    r = svc.submit_result(officer, r.report_id, r.version, "Đã vá ổ gà.")
    dl = p.deadlines(r.report_id)
    assert dl["handle"].missed and not dl["return"].missed and not dl["route"].missed
    assert dl["handle"].unit_id == officer.unit_id  # charged to the unit that held it
    assert p.report(r.report_id).late
