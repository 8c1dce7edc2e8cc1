"""Đắk Lắk Bước 3.2 (issue 17 item 4): "Trường hợp phản ánh, kiến nghị được gửi đến không thuộc
thẩm quyền giải quyết của Cơ quan xử lý, trong vòng 01 ngày làm việc (hoặc tối đa 03 ngày làm
việc đối với trường hợp có kiểm tra thực tế); cơ quan xử lý phải chuyển trả lại cho Tổ xử lý
phản ánh, kiến nghị để chuyển tiếp đến cơ quan xử lý khác phù hợp." — and, beyond 7 working
days, the progress "kèm theo hình ảnh minh chứng và cam kết thời hạn xử lý dứt điểm".

Office hours 07:30–11:30, 13:30–17:30 (8 working hours a day); 2–13 March 2026 has no holiday.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from console.db import Database
from console.models import HistoryEntry, ReportStatus, Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter
from console.workflow import WorkflowError
from tests.scenario_helpers import Province, make_province
from tests.test_scenario_provinces import _draft

MON = datetime(2026, 3, 2, 9, 0)


def _delegated(db: Database) -> tuple[Province, int, int]:
    """Routed to the Buôn Ma Thuột team Mon 09:00, delegated to Phường Tân Lợi Mon 10:00."""
    p = make_province(db, load_profile("dak-lak"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    team = p.add("to.bmt", "to_bmt", Role.TEAM)
    p.add("cb.tanloi", "p_tan_loi", Role.OFFICER)
    p.add("cb.thangloi", "p_thang_loi", Role.OFFICER)
    r = p.service.submit(op, _draft("app", "an_toan_giao_thong"))
    r = p.service.forward(op, r.report_id, r.version, "to_bmt")
    p.clock.now = datetime(2026, 3, 2, 10, 0)
    r = p.service.delegate(team, r.report_id, r.version, "p_tan_loi")
    return p, r.report_id, r.version


def test_dak_lak_buoc3_2_unit_returns_to_the_team_which_reassigns(sqlite_db: Database) -> None:
    p, rid, v = _delegated(sqlite_db)
    officer, team = p.actors["cb.tanloi"], p.actors["to.bmt"]
    api = ConsoleApi(sqlite_db, p.profile, officer, clock=p.clock)
    # The unit's choices: back to the team that sent it, never straight to the IOC.
    assert set(api.detail(rid).actions) == {"accept", "return_to_team", "record_field_check"}
    with pytest.raises(WorkflowError, match="trả lại cho Tổ"):
        p.service.return_to_ioc(officer, rid, v, "Không thuộc thẩm quyền.")
    # Delegated Mon 10:00: "trong vòng 01 ngày làm việc" → Tue 10:00.
    assert p.deadlines(rid)["return"].due_at == datetime(2026, 3, 3, 10, 0)
    p.clock.now = datetime(2026, 3, 3, 9, 0)  # Tue 09:00: inside the window
    r = p.service.return_to_team(officer, rid, v, "Tuyến đường do phường Thắng Lợi quản lý.")
    report = p.report(rid)
    assert r.status is ReportStatus.FORWARDED and report.current_unit_id == team.unit_id
    assert report.assignee_id is None and not report.late
    dl = p.deadlines(rid)
    assert dl["return"].completed_at == datetime(2026, 3, 3, 9, 0) and not dl["return"].missed
    # The district's 7 working days from Mon 09:00 run on → Wed 11/3 09:00, on the team.
    assert dl["handle"].completed_at is None
    assert dl["handle"].due_at == datetime(2026, 3, 11, 9, 0)
    assert report.stage == "handle" and report.due_at == datetime(2026, 3, 11, 9, 0)
    with sqlite_db.session() as s:
        last = s.query(HistoryEntry).filter_by(report_id=rid).order_by(HistoryEntry.id.desc())[0]
        assert last.action == "return_to_team" and last.unit_id == team.unit_id
        assert last.data == {"from": "p_tan_loi", "team": "to_bmt"}

    # The team sees it in its own queue and may send it on, or back to the IOC (III.2.b).
    team_api = ConsoleApi(sqlite_db, p.profile, team, clock=p.clock)
    assert rid in [row.id for row in team_api.page(QueueFilter(queue=Queue.UNIT))]
    assert {"delegate", "return_to_ioc"} <= set(team_api.detail(rid).actions)
    # "chuyển tiếp đến cơ quan xử lý khác": the unit that returned it is not offered again.
    choices = [c.code for c in team_api.routing_choices("delegate", rid)]
    assert "p_thang_loi" in choices and "p_tan_loi" not in choices
    with pytest.raises(WorkflowError, match="đã trả lại"):
        p.service.delegate(team, rid, r.version, "p_tan_loi")
    p.clock.now = datetime(2026, 3, 3, 10, 0)
    r = p.service.delegate(team, rid, r.version, "p_thang_loi")
    # The new unit's own window: Tue 10:00 + 1 working day → Wed 10:00.
    assert p.deadlines(rid)["return"].due_at == datetime(2026, 3, 4, 10, 0)
    assert p.report(rid).current_unit_id == p.actors["cb.thangloi"].unit_id
    r = p.service.accept(p.actors["cb.thangloi"], rid, r.version)
    assert r.status is ReportStatus.IN_PROGRESS and not p.report(rid).late


def test_dak_lak_buoc3_2_return_to_the_team_after_a_field_check_has_three_days(
    sqlite_db: Database,
) -> None:
    p, rid, v = _delegated(sqlite_db)
    officer = p.actors["cb.tanloi"]
    r = p.service.record_field_check(officer, rid, v, "Đã đến hiện trường.")
    # Both windows from the delegation Mon 10:00: 1 day → Tue 10:00, 3 days → Thu 10:00.
    p.clock.now = datetime(2026, 3, 4, 16, 0)  # Wed 16:00: past 1 day, inside 3
    p.service.return_to_team(officer, rid, r.version, "Không thuộc thẩm quyền phường.")
    dl = p.deadlines(rid)
    assert not dl["return"].missed and not dl["return_field_check"].missed
    assert not p.report(rid).late


def test_dak_lak_a_unit_the_ioc_sent_to_directly_returns_to_the_ioc(sqlite_db: Database):
    """A department the IOC forwarded to itself has no team above it: back to the IOC."""
    p = make_province(sqlite_db, load_profile("dak-lak"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    so = p.add("cb.sogtvt", "so_gtvt", Role.OFFICER)
    r = p.service.submit(op, _draft("app", "an_toan_giao_thong"))
    r = p.service.forward(op, r.report_id, r.version, "so_gtvt")
    with pytest.raises(WorkflowError, match="trả lại IOC"):
        p.service.return_to_team(so, r.report_id, r.version, "Không thuộc thẩm quyền.")
    r = p.service.return_to_ioc(so, r.report_id, r.version, "Không thuộc thẩm quyền.")
    assert r.status is ReportStatus.RETURNED


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "tien-do.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 64)
    return path


def test_dak_lak_buoc3_2_progress_notice_is_the_request_with_photos_and_a_date(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """A plain progress note is not Bước 3.2's notice: that one carries photos and a committed
    date (the extension request, console.services.extension_actions)."""
    p, rid, v = _delegated(sqlite_db)
    officer = p.actors["cb.tanloi"]
    r = p.service.accept(officer, rid, v)
    # Routed Mon 09:00: the notice is due with the 7 working days → Wed 11/3 09:00.
    assert p.deadlines(rid)["notify_progress"].due_at == datetime(2026, 3, 11, 9, 0)
    p.clock.now = datetime(2026, 3, 5, 9, 0)
    r = p.service.post_progress(
        officer, rid, r.version, "Đang chờ Điện lực cắt điện.", notify_citizen=True
    )
    assert p.deadlines(rid)["notify_progress"].completed_at is None  # no photos, no date
    p.clock.now = datetime(2026, 3, 10, 9, 0)  # day 6: inside the 7 days
    p.service.request_extension(
        officer,
        rid,
        r.version,
        datetime(2026, 3, 20, 17, 0),
        "Đã đào rãnh, đang thay cáp ngầm.",
        attachments=[_photo(tmp_path)],
    )
    notice = p.deadlines(rid)["notify_progress"]
    assert notice.completed_at == datetime(2026, 3, 10, 9, 0) and not notice.missed
    assert not p.report(rid).late
