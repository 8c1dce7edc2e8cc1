"""The field check (issue 17 item 9): Đắk Lắk Bước 3.2 and Tiền Giang Điều 9.1.d give a unit
1 working day to return a report outside its remit, "hoặc tối đa 03 ngày làm việc đối với
trường hợp có kiểm tra thực tế". Both windows count from the forwarding to the unit.

Office hours 07:30–11:30, 13:30–17:30 (8 working hours a day); 2–13 March 2026 has no holiday.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from console.db import Database
from console.models import HistoryEntry, ReportStatus, Role
from console.profiles import load_profile
from console.workflow import WorkflowError
from tests.scenario_helpers import Province, draft, make_province
from tests.test_scenario_provinces import _draft

MON = datetime(2026, 3, 2, 9, 0)


def _dak_lak_at_unit(db: Database) -> tuple[Province, int, int]:
    """A Đắk Lắk report routed to the city team Mon 09:00 and delegated to Phường Tân Lợi
    Mon 10:00; (province, report id, version)."""
    p = make_province(db, load_profile("dak-lak"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    team = p.add("to.bmt", "to_bmt", Role.TEAM)
    p.add("cb.tanloi", "p_tan_loi", Role.OFFICER)
    r = p.service.submit(op, _draft("app", "an_toan_giao_thong"))
    r = p.service.forward(op, r.report_id, r.version, "to_bmt")
    p.clock.now = datetime(2026, 3, 2, 10, 0)
    r = p.service.delegate(team, r.report_id, r.version, "p_tan_loi")
    return p, r.report_id, r.version


def test_dak_lak_buoc3_2_field_check_gives_three_days_and_a_return_on_day_two_is_on_time(
    sqlite_db: Database,
) -> None:
    p, rid, v = _dak_lak_at_unit(sqlite_db)
    officer = p.actors["cb.tanloi"]
    # Delegated Mon 10:00: "01 ngày làm việc" → Tue 10:00.
    assert p.deadlines(rid)["return"].due_at == datetime(2026, 3, 3, 10, 0)
    assert "return_field_check" not in p.deadlines(rid)
    p.clock.now = datetime(2026, 3, 2, 15, 0)  # the officer went to the site Monday afternoon
    r = p.service.record_field_check(officer, rid, v, "Đã đến hiện trường: đèn thuộc Điện lực.")
    assert r.status is ReportStatus.FORWARDED and r.version == v + 1
    check = p.deadlines(rid)["return_field_check"]
    # "tối đa 03 ngày làm việc" from the same forwarding (Mon 10:00), not from the visit:
    # Mon 10:00 + 3 × 8 working hours → Thu 10:00.
    assert check.started_at == datetime(2026, 3, 2, 10, 0)
    assert check.due_at == datetime(2026, 3, 5, 10, 0)
    assert check.unit_id == officer.unit_id
    p.clock.now = datetime(2026, 3, 3, 14, 0)  # working day 2, after the 1-day window
    r = p.service.return_to_team(officer, rid, r.version, "Đèn tín hiệu do Điện lực quản lý.")
    dl = p.deadlines(rid)
    assert not dl["return"].missed and not dl["return_field_check"].missed
    assert not p.report(rid).late


def test_dak_lak_buoc3_2_return_on_day_two_without_a_field_check_is_late(
    sqlite_db: Database,
) -> None:
    p, rid, v = _dak_lak_at_unit(sqlite_db)
    p.clock.now = datetime(2026, 3, 3, 14, 0)  # the 1-day window closed Tue 10:00
    p.service.return_to_team(p.actors["cb.tanloi"], rid, v, "Đèn tín hiệu do Điện lực quản lý.")
    assert p.deadlines(rid)["return"].missed
    assert p.report(rid).late


def test_dak_lak_buoc3_2_a_return_after_the_three_days_is_late_even_with_the_check(
    sqlite_db: Database,
) -> None:
    p, rid, v = _dak_lak_at_unit(sqlite_db)
    officer = p.actors["cb.tanloi"]
    r = p.service.record_field_check(officer, rid, v, "Đã đến hiện trường.")
    p.clock.now = datetime(2026, 3, 5, 11, 0)  # the 3-day window closed Thu 10:00
    p.service.return_to_team(officer, rid, r.version, "Không thuộc thẩm quyền.")
    dl = p.deadlines(rid)
    assert dl["return_field_check"].missed and not dl["return"].missed
    assert p.report(rid).late


def test_dak_lak_buoc3_2_accepting_after_a_field_check_binds_nothing(sqlite_db: Database):
    p, rid, v = _dak_lak_at_unit(sqlite_db)
    officer = p.actors["cb.tanloi"]
    r = p.service.record_field_check(officer, rid, v, "Đã đến hiện trường.")
    with pytest.raises(WorkflowError, match="đã ghi nhận kiểm tra thực tế"):
        p.service.record_field_check(officer, rid, r.version, "Lần nữa.")
    p.clock.now = datetime(2026, 3, 6, 9, 0)  # past both return windows: it keeps the report
    r = p.service.accept(officer, rid, r.version)
    dl = p.deadlines(rid)
    assert dl["return_field_check"].completed_at == datetime(2026, 3, 6, 9, 0)
    assert not p.report(rid).late
    with pytest.raises(WorkflowError, match="Không thể"):
        p.service.record_field_check(officer, rid, r.version, "Sau khi nhận.")


def test_dak_lak_field_check_is_one_history_row_and_only_the_units_own(sqlite_db: Database):
    p, rid, v = _dak_lak_at_unit(sqlite_db)
    stranger = p.add("cb.thangloi", "p_thang_loi", Role.OFFICER)
    with pytest.raises(WorkflowError, match="không thuộc đơn vị"):
        p.service.record_field_check(stranger, rid, v, "Đã đến hiện trường.")
    with pytest.raises(WorkflowError, match="thay đổi"):
        p.service.record_field_check(p.actors["cb.tanloi"], rid, v - 1, "Cũ.")
    with pytest.raises(WorkflowError, match="nội dung kiểm tra thực tế"):
        p.service.record_field_check(p.actors["cb.tanloi"], rid, v, "  ")
    p.service.record_field_check(p.actors["cb.tanloi"], rid, v, "Đã đến hiện trường.")
    with sqlite_db.session() as s:
        rows = [
            h
            for h in s.query(HistoryEntry).filter_by(report_id=rid)
            if h.action == "record_field_check"
        ]
        assert len(rows) == 1 and rows[0].note == "Đã đến hiện trường."
        assert rows[0].data == {"return_due": "2026-03-05T10:00:00"}


def test_tien_giang_dieu9_1d_field_check_window_counts_from_forwarding(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("tien-giang"), MON)
    op = p.add("tongdai1", "ioc", Role.OPERATOR)
    health = p.add("cb.soyt", "so_yt", Role.OFFICER)
    r = p.service.submit(op, _draft("web", "an_toan_thuc_pham"))
    p.clock.now = datetime(2026, 3, 2, 10, 0)
    r = p.service.forward(op, r.report_id, r.version, "so_yt")
    p.clock.now = datetime(2026, 3, 3, 9, 0)  # the visit, on working day 2
    r = p.service.record_field_check(health, r.report_id, r.version, "Đã kiểm tra cơ sở.")
    # Forwarded Mon 10:00: 3 working days → Thu 10:00 (the visit does not restart it).
    assert p.deadlines(r.report_id)["return_field_check"].due_at == datetime(2026, 3, 5, 10, 0)
    p.clock.now = datetime(2026, 3, 4, 16, 0)
    r = p.service.return_to_ioc(health, r.report_id, r.version, "Thuộc thẩm quyền UBND huyện.")
    assert not p.report(r.report_id).late


def test_thai_nguyen_has_no_field_check(sqlite_db: Database) -> None:
    """Thái Nguyên Điều 8 Bước 2: "chuyển trả lại ngay", with no longer window for a visit."""
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    officer = p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    r = p.service.submit(op, draft(category="giao_thong"))
    r = p.service.forward(op, r.report_id, r.version, "so_gtvt")
    with pytest.raises(WorkflowError, match="không có thao tác"):
        p.service.record_field_check(officer, r.report_id, r.version, "Đã đến hiện trường.")
    assert "return_field_check" not in p.deadlines(r.report_id)
