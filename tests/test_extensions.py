"""Extensions are asked for by the unit and decided by its leader (issue 17 item 10), and in
Đắk Lắk the handling deadline runs until the team has verified the result (Bước 3.1.d, 3.2).

Office hours 07:30–11:30, 13:30–17:30; 2–20 March 2026 has no holiday.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from console.db import Database
from console.models import Extension, ExtensionStatus, HistoryEntry, Role
from console.profiles import load_profile
from console.services.action_base import ActionResult
from console.services.auth import AuthenticatedUser
from console.workflow import WorkflowError
from tests.scenario_helpers import Province, draft, make_province
from tests.test_scenario_provinces import _draft

MON = datetime(2026, 3, 2, 9, 0)


def _extension(db: Database, report_id: int) -> Extension:
    with db.session() as s:
        ext = s.scalars(
            select(Extension).where(Extension.report_id == report_id).order_by(Extension.id.desc())
        ).first()
        assert ext is not None
        s.expunge(ext)
        return ext


def _in_progress(
    db: Database,
) -> tuple[Province, AuthenticatedUser, AuthenticatedUser, ActionResult]:
    """Thái Nguyên: forwarded to Sở GTVT Mon 09:00 (handle due Thu 09:00) and accepted;
    the province, the unit's officer and leader, the report."""
    p = make_province(db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    officer = p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    leader = p.add("ld.gtvt", "so_gtvt", Role.LEADER)
    r = p.service.submit(op, draft(category="giao_thong"))
    r = p.service.forward(op, r.report_id, r.version, "so_gtvt")
    return p, officer, leader, p.service.accept(officer, r.report_id, r.version)


def test_thai_nguyen_dieu8_buoc3_extension_is_decided_by_the_leader(sqlite_db: Database):
    p, officer, leader, r = _in_progress(sqlite_db)
    svc = p.service
    p.clock.now = datetime(2026, 3, 4, 9, 0)  # Wed, inside the 3 days: the notice is in time
    committed = datetime(2026, 3, 10, 17, 0)
    with pytest.raises(WorkflowError, match="sau thời hạn hiện tại"):
        svc.request_extension(
            officer, r.report_id, r.version, datetime(2026, 3, 5, 8, 0), "Chờ nhà thầu."
        )
    r = svc.request_extension(
        officer, r.report_id, r.version, committed, "Chờ nhà thầu bố trí máy rải nhựa."
    )
    dl = p.deadlines(r.report_id)
    assert dl["handle"].due_at == datetime(2026, 3, 5, 9, 0)  # a request moves nothing
    assert dl["notify_progress"].completed_at == p.clock.now and not dl["notify_progress"].missed
    assert _extension(sqlite_db, r.report_id).status is ExtensionStatus.REQUESTED
    with pytest.raises(WorkflowError, match="đang chờ"):
        svc.request_extension(officer, r.report_id, r.version, committed, "Lần hai.")
    with pytest.raises(WorkflowError, match="Vai trò"):  # the officer cannot grant it
        svc.approve_extension(officer, r.report_id, r.version)
    p.clock.now = datetime(2026, 3, 4, 10, 0)
    r = svc.approve_extension(leader, r.report_id, r.version, "Đồng ý.")
    dl = p.deadlines(r.report_id)
    assert dl["handle"].due_at == committed
    assert dl["handle"].original_due_at == datetime(2026, 3, 5, 9, 0)
    ext = _extension(sqlite_db, r.report_id)
    assert ext.status is ExtensionStatus.APPROVED and ext.decided_by_id == leader.id
    assert ext.decided_at == datetime(2026, 3, 4, 10, 0) and ext.requested_by_id == officer.id
    report = p.report(r.report_id)
    assert report.stage == "handle" and report.due_at == committed
    with pytest.raises(WorkflowError, match="Không có đề nghị"):
        svc.approve_extension(leader, r.report_id, r.version)
    p.clock.now = datetime(2026, 3, 9, 9, 0)  # past the first deadline, inside the new one
    r = svc.submit_result(officer, r.report_id, r.version, "Đã thảm lại mặt đường.")
    assert not p.report(r.report_id).late


def test_a_leader_does_not_approve_their_own_request(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    leader = p.add("ld.gtvt", "so_gtvt", Role.LEADER)
    deputy = p.add("pld.gtvt", "so_gtvt", Role.LEADER)
    svc = p.service
    r = svc.submit(op, draft(category="giao_thong"))
    r = svc.forward(op, r.report_id, r.version, "so_gtvt")
    r = svc.accept(leader, r.report_id, r.version)
    r = svc.request_extension(
        leader, r.report_id, r.version, datetime(2026, 3, 10, 17, 0), "Chờ vật tư."
    )
    with pytest.raises(WorkflowError, match="không tự quyết định"):
        svc.approve_extension(leader, r.report_id, r.version)
    with pytest.raises(WorkflowError, match="lý do không duyệt"):
        svc.refuse_extension(deputy, r.report_id, r.version, " ")
    r = svc.refuse_extension(deputy, r.report_id, r.version, "Đủ vật tư, làm trong hạn.")
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 5, 9, 0)
    ext = _extension(sqlite_db, r.report_id)
    assert ext.status is ExtensionStatus.REFUSED and ext.decided_by_id == deputy.id
    with sqlite_db.session() as s:
        last = s.scalars(
            select(HistoryEntry)
            .where(HistoryEntry.report_id == r.report_id)
            .order_by(HistoryEntry.id.desc())
        ).first()
        assert last.action == "refuse_extension" and last.note == "Đủ vật tư, làm trong hạn."
    # refused: the unit may ask again
    svc.request_extension(
        leader, r.report_id, r.version, datetime(2026, 3, 9, 17, 0), "Mưa lớn kéo dài."
    )


def test_tien_giang_dieu9_1b_a_late_request_is_late_even_when_approved(sqlite_db: Database):
    p = make_province(sqlite_db, load_profile("tien-giang"), MON)
    op = p.add("tongdai1", "ioc", Role.OPERATOR)
    health = p.add("cb.soyt", "so_yt", Role.OFFICER)
    head = p.add("ld.soyt", "so_yt", Role.LEADER)
    svc = p.service
    r = svc.submit(op, _draft("web", "an_toan_thuc_pham"))
    r = svc.forward(op, r.report_id, r.version, "so_yt")  # notice due Thu 5/3 09:00
    r = svc.accept(health, r.report_id, r.version)
    p.clock.now = datetime(2026, 3, 6, 9, 0)
    r = svc.request_extension(
        health, r.report_id, r.version, datetime(2026, 3, 16, 17, 0), "Chờ kết quả xét nghiệm mẫu."
    )
    assert p.deadlines(r.report_id)["notify_progress"].missed
    r = svc.approve_extension(head, r.report_id, r.version)
    assert p.report(r.report_id).late  # "Nếu quá thời gian … cập nhật trạng thái trễ hạn"


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "tien-do.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 64)
    return path


def test_dak_lak_buoc3_2_request_carries_photos_and_handling_runs_until_the_team_verifies(
    sqlite_db: Database, tmp_path: Path
) -> None:
    p = make_province(sqlite_db, load_profile("dak-lak"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    team = p.add("to.bmt", "to_bmt", Role.TEAM)
    officer = p.add("cb.tanloi", "p_tan_loi", Role.OFFICER)
    leader = p.add("ld.tanloi", "p_tan_loi", Role.LEADER)
    svc = p.service
    r = svc.submit(op, _draft("app", "an_toan_giao_thong"))
    r = svc.forward(op, r.report_id, r.version, "to_bmt")
    # Routed Mon 09:00: 7 working days "xử lý và phản hồi kết quả" → Wed 11/3 09:00.
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 11, 9, 0)
    r = svc.delegate(team, r.report_id, r.version, "p_tan_loi")
    r = svc.accept(officer, r.report_id, r.version)
    p.clock.now = datetime(2026, 3, 9, 9, 0)
    with pytest.raises(WorkflowError, match="hình ảnh minh chứng"):
        svc.request_extension(
            officer, r.report_id, r.version, datetime(2026, 3, 18, 17, 0), "Đang thay cáp."
        )
    r = svc.request_extension(
        officer,
        r.report_id,
        r.version,
        datetime(2026, 3, 18, 17, 0),
        "Đã đào rãnh, đang thay cáp ngầm.",
        attachments=[_photo(tmp_path)],
    )
    r = svc.approve_extension(leader, r.report_id, r.version)
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 18, 17, 0)

    p.clock.now = datetime(2026, 3, 16, 9, 0)
    r = svc.submit_result(officer, r.report_id, r.version, "Đã thay cáp, đèn sáng lại.")
    # Bước 3.1.d: the result waits for the unit's leader, then the team; the district's
    # deadline keeps running and the queue shows it.
    report = p.report(r.report_id)
    assert report.stage == "handle" and report.due_at == datetime(2026, 3, 18, 17, 0)
    assert p.deadlines(r.report_id)["handle"].completed_at is None
    r = svc.return_for_rework(leader, r.report_id, r.version, "Bổ sung ảnh sau khi xử lý.")
    r = svc.submit_result(officer, r.report_id, r.version, "Đã thay cáp; ảnh kèm theo.")
    r = svc.approve(leader, r.report_id, r.version)
    report = p.report(r.report_id)
    assert report.current_unit_id == team.unit_id
    assert report.stage == "handle" and report.due_at == datetime(2026, 3, 18, 17, 0)
    p.clock.now = datetime(2026, 3, 19, 9, 0)  # the team verifies after the committed date
    r = svc.approve(team, r.report_id, r.version, "Tổ đã kiểm tra.")
    dl = p.deadlines(r.report_id)
    assert dl["handle"].completed_at == datetime(2026, 3, 19, 9, 0) and dl["handle"].missed
    assert p.report(r.report_id).late and p.report(r.report_id).stage == "publish"


def test_thai_nguyen_handling_stops_at_the_result_its_approval_has_its_own_clock(
    sqlite_db: Database,
) -> None:
    """Điều 9.2: ½ working day to approve; Bước 3's 3 days end with the result."""
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    officer = p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    r = p.service.submit(op, draft(category="giao_thong"))
    r = p.service.forward(op, r.report_id, r.version, "so_gtvt")
    r = p.service.accept(officer, r.report_id, r.version)
    p.clock.now = datetime(2026, 3, 3, 9, 0)
    r = p.service.submit_result(officer, r.report_id, r.version, "Đã vá ổ gà.")
    report = p.report(r.report_id)
    assert p.deadlines(r.report_id)["handle"].completed_at == datetime(2026, 3, 3, 9, 0)
    # ½ day = 4 working hours from Tue 09:00: 2 h 30 until 11:30, 1 h 30 from 13:30 → 15:00.
    assert report.stage == "approve" and report.due_at == datetime(2026, 3, 3, 15, 0)


def test_a_request_still_waiting_lapses_with_the_result(sqlite_db: Database) -> None:
    """The result answers the question the request asked: it no longer waits for the leader,
    and after a return for rework the unit may ask again."""
    p, officer, leader, r = _in_progress(sqlite_db)
    svc = p.service
    p.clock.now = datetime(2026, 3, 4, 9, 0)
    r = svc.request_extension(
        officer,
        r.report_id,
        r.version,
        datetime(2026, 3, 10, 17, 0),
        "Chờ nhà thầu bố trí máy rải nhựa.",
    )
    p.clock.now = datetime(2026, 3, 4, 15, 0)
    r = svc.submit_result(officer, r.report_id, r.version, "Đã thảm lại mặt đường.")
    ext = _extension(sqlite_db, r.report_id)
    assert ext.status is ExtensionStatus.WITHDRAWN and ext.decided_at == p.clock.now
    r = svc.return_for_rework(leader, r.report_id, r.version, "Bổ sung ảnh sau khi thảm.")
    with pytest.raises(WorkflowError, match="Không có đề nghị"):
        svc.approve_extension(leader, r.report_id, r.version)
    r = svc.request_extension(
        officer,
        r.report_id,
        r.version,
        datetime(2026, 3, 11, 17, 0),
        "Chờ thời tiết khô ráo để thảm lại.",
    )
    assert _extension(sqlite_db, r.report_id).status is ExtensionStatus.REQUESTED
