"""Lai Châu (issue 17 item 5, routing part).

- Điều 7.4.k "Những kiến nghị khác": "Văn phòng HĐND và UBND Thành phố tiếp nhận, phân loại
  chuyển về các đơn vị xử lý, trong thời hạn không quá 04 giờ từ khi nhận thông tin phản ánh
  các cơ quan, đơn vị chịu trách nhiệm xử lý cử công chức tiếp cận hiện trường".
- Điều 7.2: "Trưởng bộ phận điều hành IOC phân loại thông tin, giao đơn vị có thẩm quyền giải
  quyết, đồng thời báo cáo lãnh đạo UBND thành phố".
- Điều 7.5: "Trường hợp chưa thể giải quyết thì phòng ban, đơn vị liên quan báo cáo UBND Thành
  phố Lai Châu, nguyên nhân và dự kiến thời gian giải quyết".

Điều 7.4's "04 giờ" are clock hours (the profile's ``hours``), counted from the moment the
handling unit receives the report.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from console.db import Database
from console.intake import ReportDraft
from console.models import HistoryEntry, ReportStatus, Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter
from console.workflow import WorkflowError
from tests.scenario_helpers import Province, make_province

MON = datetime(2026, 3, 2, 9, 0)  # Monday


def _other(**kw: object) -> ReportDraft:
    base = dict(
        channel="app",
        title="Đề nghị lắp thêm ghế đá ở công viên",
        description="Công viên trung tâm thiếu ghế ngồi cho người cao tuổi buổi chiều.",
        place="Công viên trung tâm, Phường Tân Phong",
        category="kien_nghi_khac",
    )
    base.update(kw)
    return ReportDraft(**base)  # type: ignore[arg-type]


def _lai_chau(db: Database) -> Province:
    p = make_province(db, load_profile("lai-chau"), MON)
    p.add("app1", "ioc", Role.OPERATOR)
    p.add("truongioc", "ioc", Role.SUPERVISOR)
    p.add("vanphong", "vp_hdnd_ubnd", Role.OFFICE)
    p.add("cb.qldt", "phong_qldt", Role.OFFICER)
    return p


def test_lai_chau_dieu7_4k_office_sorts_and_forwards_with_the_four_hour_clock(
    sqlite_db: Database,
) -> None:
    p = _lai_chau(sqlite_db)
    head, office, officer = (p.actors[k] for k in ("truongioc", "vanphong", "cb.qldt"))
    r = p.service.submit(p.actors["app1"], _other())
    head_api = ConsoleApi(sqlite_db, p.profile, head, clock=p.clock)
    # The head of the IOC may send "Những kiến nghị khác" to the office (suggested for it).
    assert "vp_hdnd_ubnd" in [c.code for c in head_api.routing_choices("forward", r.report_id)]
    assert head_api.suggest_unit("kien_nghi_khac") == "vp_hdnd_ubnd"
    r = p.service.forward(head, r.report_id, r.version, "vp_hdnd_ubnd")
    assert r.status is ReportStatus.FORWARDED
    # The office is not the handler: no handling clock runs while it sorts.
    assert "handle" not in p.deadlines(r.report_id)
    assert p.report(r.report_id).due_at is None

    office_api = ConsoleApi(sqlite_db, p.profile, office, clock=p.clock)
    assert r.report_id in [row.id for row in office_api.page(QueueFilter(queue=Queue.UNIT))]
    assert "forward" in office_api.detail(r.report_id).actions
    choices = {c.code: c.kind for c in office_api.routing_choices("forward", r.report_id)}
    assert "phong_qldt" in choices and not {"ioc", "office"} & set(choices.values())
    with pytest.raises(WorkflowError, match="Văn phòng UBND không nhận"):
        p.service.forward(office, r.report_id, r.version, "vp_hdnd_ubnd")
    p.clock.now = datetime(2026, 3, 2, 10, 30)
    r = p.service.forward(
        office,
        r.report_id,
        r.version,
        "phong_qldt",
        note="Chuyển Phòng QLĐT: thuộc quản lý công viên",
    )
    # "không quá 04 giờ từ khi nhận": received by the unit Mon 10:30 → Mon 14:30.
    handle = p.deadlines(r.report_id)["handle"]
    assert handle.started_at == datetime(2026, 3, 2, 10, 30)
    assert handle.due_at == datetime(2026, 3, 2, 14, 30)
    assert p.report(r.report_id).current_unit_id == officer.unit_id
    p.clock.now = datetime(2026, 3, 2, 11, 0)
    r = p.service.accept(officer, r.report_id, r.version)
    p.clock.now = datetime(2026, 3, 2, 14, 0)
    r = p.service.submit_result(officer, r.report_id, r.version, "Đã lắp thêm 4 ghế đá.")
    assert r.status is ReportStatus.APPROVED and not p.report(r.report_id).late


def test_lai_chau_dieu7_2_the_heads_assignment_is_reported_to_the_citys_leaders(
    sqlite_db: Database,
) -> None:
    p = _lai_chau(sqlite_db)
    head = p.actors["truongioc"]
    r = p.service.submit(p.actors["app1"], _other(category="trat_tu_do_thi"))
    r = p.service.forward(head, r.report_id, r.version, "p_tan_phong")
    with sqlite_db.session() as s:
        row = s.query(HistoryEntry).filter_by(report_id=r.report_id, action="forward").one()
        assert row.data["notified"] == "Lãnh đạo UBND thành phố Lai Châu"
    detail = ConsoleApi(sqlite_db, p.profile, head, clock=p.clock).detail(r.report_id)
    shown = next(h for h in detail.history if h.action == "forward")
    assert shown.note == (
        "Chuyển UBND P. Tân Phong xử lý. Đã báo cáo Lãnh đạo UBND thành phố Lai Châu (Điều 7.2)"
    )


def test_lai_chau_office_forwarding_is_not_reported_again(sqlite_db: Database) -> None:
    """The notice is the IOC head's, on the assignment; the office's sorting adds none."""
    p = _lai_chau(sqlite_db)
    r = p.service.submit(p.actors["app1"], _other())
    r = p.service.forward(p.actors["truongioc"], r.report_id, r.version, "vp_hdnd_ubnd")
    r = p.service.forward(p.actors["vanphong"], r.report_id, r.version, "phong_qldt")
    with sqlite_db.session() as s:
        rows = (
            s.query(HistoryEntry)
            .filter_by(report_id=r.report_id, action="forward")
            .order_by(HistoryEntry.id)
            .all()
        )
        assert [bool(h.data.get("notified")) for h in rows] == [True, False]


def test_lai_chau_dieu7_5_unit_reports_the_cause_and_an_expected_date(sqlite_db: Database) -> None:
    p = _lai_chau(sqlite_db)
    head, officer = p.actors["truongioc"], p.actors["cb.qldt"]
    r = p.service.submit(p.actors["app1"], _other(category="trat_tu_do_thi"))
    r = p.service.forward(head, r.report_id, r.version, "phong_qldt")
    # Điều 7.4.i: 02 giờ from Mon 09:00 → Mon 11:00.
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 2, 11, 0)
    r = p.service.accept(officer, r.report_id, r.version)
    api = ConsoleApi(sqlite_db, p.profile, officer, clock=p.clock)
    assert "report_cause" in api.detail(r.report_id).actions
    p.clock.now = datetime(2026, 3, 2, 10, 0)
    with pytest.raises(WorkflowError, match="nguyên nhân"):
        p.service.report_cause(officer, r.report_id, r.version, datetime(2026, 3, 4, 17, 0), " ")
    with pytest.raises(WorkflowError, match="tương lai"):
        p.service.report_cause(
            officer, r.report_id, r.version, datetime(2026, 3, 2, 9, 0), "Chờ chủ hộ tự tháo dỡ."
        )
    r = p.service.report_cause(
        officer,
        r.report_id,
        r.version,
        datetime(2026, 3, 4, 17, 0),
        "Chủ hộ xin 2 ngày để tự tháo dỡ mái che lấn chiếm.",
    )
    assert r.status is ReportStatus.IN_PROGRESS
    # A report to the city, not a request: the 2-hour deadline of Điều 7.4.i stays.
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 2, 11, 0)
    detail = api.detail(r.report_id)
    last = detail.history[-1]
    assert last.label == "Báo cáo nguyên nhân, dự kiến thời gian"
    assert last.note.startswith("Báo cáo UBND Thành phố Lai Châu: Chưa thể giải quyết.")
    assert "17:00 04/03/2026" in detail.progress[-1][1]
    with sqlite_db.session() as s:
        row = s.query(HistoryEntry).filter_by(report_id=r.report_id, action="report_cause").one()
        assert row.data["expected"] == "2026-03-04T17:00:00"


def test_report_cause_is_lai_chau_only(sqlite_db: Database) -> None:
    from tests.scenario_helpers import draft

    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    officer = p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    r = p.service.submit(op, draft(category="giao_thong"))
    r = p.service.forward(op, r.report_id, r.version, "so_gtvt")
    r = p.service.accept(officer, r.report_id, r.version)
    with pytest.raises(WorkflowError, match="không có thao tác"):
        p.service.report_cause(
            officer, r.report_id, r.version, datetime(2026, 3, 9, 17, 0), "Chờ vật tư."
        )
