"""Thái Nguyên (issue 17 item 12).

- Điều 7.2.c: "Trường hợp cần thiết, IOC Thái Nguyên có thể lấy ý kiến của các cơ quan, đơn vị
  có liên quan. Các cơ quan, đơn vị được lấy ý kiến có trách nhiệm trả lời và gửi ngay ý kiến
  về IOC Thái Nguyên". "ngay" has no number: the profile's 60 minutes (emergency_minutes).
- Điều 14.1: "Các cơ quan xử lý phân công 01 lãnh đạo và 01 công chức, viên chức làm đầu mối
  tiếp nhận và xử lý ý kiến phản ánh hiện trường".
"""

from __future__ import annotations

from datetime import datetime

import pytest

from console.db import Database
from console.errors import InvalidValueError
from console.models import ReportDeadline, Role, Unit
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.focal_points import FocalPointService
from console.workflow import WorkflowError
from tests.scenario_helpers import draft, make_province

MON = datetime(2026, 3, 2, 9, 0)  # Monday; no holiday that week


def test_thai_nguyen_dieu7_2_consulted_units_answer_within_the_hour(sqlite_db: Database):
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    r = p.service.submit(op, draft(category="giao_thong"))
    p.clock.now = datetime(2026, 3, 2, 10, 0)
    r = p.service.forward(op, r.report_id, r.version, "so_gtvt", consult=("so_xd", "dien_luc"))
    with sqlite_db.session() as s:
        units = {u.id: u.code for u in s.query(Unit)}
        rows = [
            (units[d.unit_id], d.started_at, d.due_at)
            for d in s.query(ReportDeadline)
            .filter_by(report_id=r.report_id, stage="consult")
            .order_by(ReportDeadline.id)
        ]
    # Asked Mon 10:00, "gửi ngay" = 60 minutes → Mon 11:00, each consulted unit its own clock.
    assert rows == [
        ("so_xd", datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 2, 11, 0)),
        ("dien_luc", datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 2, 11, 0)),
    ]
    api = ConsoleApi(sqlite_db, p.profile, op, clock=p.clock)
    detail = api.detail(r.report_id)
    consult = [d for d in detail.deadlines if d.stage == "consult"]
    assert [d.label for d in consult] == ["Đơn vị được lấy ý kiến trả lời"] * 2
    assert all(d.due_at == datetime(2026, 3, 2, 11, 0) for d in consult)
    # The report's own deadline stays the handling unit's: Bước 3, 3 working days → Thu 10:00.
    assert p.report(r.report_id).stage == "handle"
    assert p.report(r.report_id).due_at == datetime(2026, 3, 5, 10, 0)
    assert "answer_consultation" in detail.actions
    assert [c.code for c in api.open_consultations(r.report_id)] == ["so_xd", "dien_luc"]

    p.clock.now = datetime(2026, 3, 2, 10, 40)
    r = p.service.answer_consultation(
        op, r.report_id, r.version, "so_xd", "Công trình không thuộc dự án do Sở quản lý."
    )
    with pytest.raises(WorkflowError, match="không có yêu cầu cho ý kiến"):
        p.service.answer_consultation(op, r.report_id, r.version, "so_xd", "Lần hai.")
    assert not p.report(r.report_id).late
    p.clock.now = datetime(2026, 3, 2, 13, 30)  # Điện lực answers after the hour: late
    r = p.service.answer_consultation(
        op, r.report_id, r.version, "dien_luc", "Cột điện đã được di dời, không ảnh hưởng."
    )
    with sqlite_db.session() as s:
        missed = {
            units[d.unit_id]: d.missed
            for d in s.query(ReportDeadline).filter_by(report_id=r.report_id, stage="consult")
        }
    assert missed == {"so_xd": False, "dien_luc": True}  # charged to the unit that was late
    assert p.report(r.report_id).late
    detail = api.detail(r.report_id)
    assert "answer_consultation" not in detail.actions
    assert detail.history[-1].label == "Ghi ý kiến đơn vị phối hợp"
    assert detail.history[-1].note == (
        "Ý kiến của Điện lực Thái Nguyên: Cột điện đã được di dời, không ảnh hưởng."
    )


def test_thai_nguyen_dieu14_1_focal_points_are_named_and_shown_beside_each_unit(
    sqlite_db: Database,
) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    leader = p.add("ld.gtvt", "so_gtvt", Role.LEADER)
    officer = p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    p.add("cb.xd", "so_xd", Role.OFFICER)
    admin = p.add("quantri", "ioc", Role.ADMIN)
    svc = FocalPointService(sqlite_db, p.clock)
    # The unit's own leader names them; an officer may not, nor a leader of another unit.
    with pytest.raises(InvalidValueError, match="Chỉ quản trị viên hoặc lãnh đạo"):
        svc.set(officer, "so_gtvt", leader="ld.gtvt", officer="cb.gtvt")
    with pytest.raises(InvalidValueError, match="không thuộc"):
        svc.set(leader, "so_gtvt", leader="ld.gtvt", officer="cb.xd")
    with pytest.raises(InvalidValueError, match="không có vai trò lãnh đạo"):
        svc.set(leader, "so_gtvt", leader="cb.gtvt", officer=None)
    named = svc.set(leader, "so_gtvt", leader="ld.gtvt", officer="cb.gtvt")
    assert (named.leader, named.officer) == ("Cán bộ ld.gtvt", "Cán bộ cb.gtvt")
    # An administrator may change them (the administration screens call this).
    svc.set(admin, "so_xd", leader=None, officer="cb.xd")
    r = p.service.submit(op, draft(category="giao_thong"))
    api = ConsoleApi(sqlite_db, p.profile, op, clock=p.clock)
    focal = {c.code: c.focal for c in api.routing_choices("forward", r.report_id)}
    assert (focal["so_gtvt"].leader, focal["so_gtvt"].officer) == (
        "Cán bộ ld.gtvt",
        "Cán bộ cb.gtvt",
    )
    assert (focal["so_xd"].leader, focal["so_xd"].officer) == ("", "Cán bộ cb.xd")
    assert not focal["so_tnmt"]
    cleared = ConsoleApi(sqlite_db, p.profile, leader, clock=p.clock).set_focal_points(
        "so_gtvt", leader="ld.gtvt", officer=""
    )
    assert not cleared.officer and api.focal_points()["so_gtvt"].leader == "Cán bộ ld.gtvt"
