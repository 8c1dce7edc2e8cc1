"""Thái Nguyên: a report walked through the whole regulation, every deadline checked."""

from __future__ import annotations

from datetime import datetime

import pytest

from console.db import Database
from console.models import Publication, ReportStatus, Role
from console.profiles import load_profile
from console.services.reports import ConflictError
from console.workflow import WorkflowError
from tests.scenario_helpers import draft, make_province

MON = datetime(2026, 3, 2, 9, 0)


def test_full_life_with_supplement_rework_and_reopen(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    officer = p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    leader = p.add("ld.gtvt", "so_gtvt", Role.LEADER)
    svc = p.service

    r = svc.submit(op, draft(reporter_name=""))
    report = p.report(r.report_id)
    assert report.code == "TN-2026-000001" and report.reporter_phone == "0912345678"
    dl = p.deadlines(r.report_id)
    assert dl["check"].due_at == datetime(2026, 3, 2, 15, 0)  # Điều 6.2: ½ working day
    assert dl["route"].due_at == datetime(2026, 3, 3, 9, 0)  # Điều 7.1: 1 working day
    assert report.stage == "check" and report.due_at == datetime(2026, 3, 2, 15, 0)

    # Incomplete (no name, no category): received, but cannot be forwarded.
    p.clock.now = datetime(2026, 3, 2, 9, 30)
    with pytest.raises(WorkflowError, match="Họ tên"):
        svc.forward(op, r.report_id, r.version, "so_gtvt")
    assert p.report(r.report_id).version == r.version  # refused: nothing written

    # Điều 7.2b: ask the citizen; the route clock stops for the two days she takes.
    p.clock.now = datetime(2026, 3, 2, 10, 0)
    r = svc.request_info(op, r.report_id, r.version, "Đề nghị bà cho biết họ tên đầy đủ.")
    assert r.status is ReportStatus.NEEDS_INFO
    p.clock.now = datetime(2026, 3, 4, 10, 0)
    r = svc.supplement(
        op,
        r.report_id,
        r.version,
        "Bà Hường bổ sung họ tên qua điện thoại",
        reporter_name="Đặng Thị Hường",
    )
    # 7 working hours were left at the pause: Wed 10:00 + 7 h = Thu 09:00
    assert p.deadlines(r.report_id)["route"].due_at == datetime(2026, 3, 5, 9, 0)

    p.clock.now = datetime(2026, 3, 4, 11, 0)
    r = svc.classify(op, r.report_id, r.version, "giao_thong")
    p.clock.now = datetime(2026, 3, 4, 14, 0)
    r = svc.forward(op, r.report_id, r.version, "so_gtvt")
    dl = p.deadlines(r.report_id)
    assert dl["route"].completed_at == p.clock.now and not p.report(r.report_id).late
    # Điều 8 bước 3: 3 working days from forwarding; bước 2: return "ngay" (1 clock hour)
    assert dl["handle"].due_at == datetime(2026, 3, 9, 14, 0)
    assert dl["return"].due_at == datetime(2026, 3, 4, 15, 0)
    # The return clock binds only if the unit returns it: the handling deadline heads the report.
    report = p.report(r.report_id)
    assert report.stage == "handle" and report.due_at == datetime(2026, 3, 9, 14, 0)

    # Only the unit's own people act on it; the operator cannot accept.
    with pytest.raises(WorkflowError):
        svc.accept(op, r.report_id, r.version)
    p.clock.now = datetime(2026, 3, 4, 14, 30)
    r = svc.accept(officer, r.report_id, r.version)
    report = p.report(r.report_id)
    assert report.stage == "handle" and report.due_at == datetime(2026, 3, 9, 14, 0)

    p.clock.now = datetime(2026, 3, 5, 9, 0)
    r = svc.post_progress(officer, r.report_id, r.version, "Đã cử cán bộ kiểm tra hiện trường.")
    p.clock.now = datetime(2026, 3, 6, 10, 0)
    r = svc.submit_result(officer, r.report_id, r.version, "Đã vá ổ gà bằng bê tông nhựa.")
    assert r.status is ReportStatus.PENDING_APPROVAL
    assert p.deadlines(r.report_id)["approve"].due_at == datetime(2026, 3, 6, 16, 0)  # Điều 9.2

    # Điều 9.1: the leader returns it for rework; the handling deadline runs on.
    with pytest.raises(WorkflowError, match="Vai trò"):
        svc.approve(officer, r.report_id, r.version)
    p.clock.now = datetime(2026, 3, 6, 11, 0)
    r = svc.return_for_rework(leader, r.report_id, r.version, "Bổ sung ảnh sau khi vá.")
    assert r.status is ReportStatus.IN_PROGRESS
    assert p.report(r.report_id).due_at == datetime(2026, 3, 9, 14, 0)
    p.clock.now = datetime(2026, 3, 6, 15, 0)
    r = svc.submit_result(
        officer,
        r.report_id,
        r.version,
        "Ngày 06/3/2026 đơn vị đã vá ổ gà bằng bê tông nhựa, có ảnh kèm theo.",
    )
    assert p.deadlines(r.report_id)["approve"].due_at == datetime(2026, 3, 9, 9, 0)
    p.clock.now = datetime(2026, 3, 9, 8, 0)
    r = svc.approve(leader, r.report_id, r.version)
    assert r.status is ReportStatus.APPROVED
    # Điều 10.1: publish within 4 working hours of the result reaching the IOC
    assert p.deadlines(r.report_id)["publish"].due_at == datetime(2026, 3, 9, 14, 0)

    p.clock.now = datetime(2026, 3, 9, 10, 0)
    r = svc.publish(op, r.report_id, r.version, Publication.PUBLIC)
    report = p.report(r.report_id)
    assert report.status is ReportStatus.PUBLISHED and report.due_at is None
    assert not report.late

    p.clock.now = datetime(2026, 3, 10, 10, 0)
    r = svc.rate(op, r.report_id, r.version, "khong_hai_long", "Mặt đường vẫn lồi lõm.")
    from console.services.detail import report_detail

    d = report_detail(sqlite_db, p.profile, op, r.report_id, now=p.clock.now)
    assert [(label, text) for _at, label, text in d.feedback] == [
        ("Không hài lòng", "Mặt đường vẫn lồi lõm.")
    ]
    assert d.publication_limit == "public"
    r = svc.reopen(op, r.report_id, r.version, "Người dân chưa hài lòng, đề nghị kiểm tra lại.")
    report = p.report(r.report_id)
    assert report.status is ReportStatus.REOPENED and report.current_unit_id == officer.unit_id
    # handling again for 3 working days from the reopening
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 13, 10, 0)
    r = svc.accept(officer, r.report_id, r.version)
    assert r.status is ReportStatus.IN_PROGRESS and r.version == 15


def test_stale_version_is_refused_and_names_who_changed_it(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    other = p.add("dieuhanh2", "ioc", Role.OPERATOR)
    r = p.service.submit(op, draft())
    p.service.classify(other, r.report_id, r.version, "giao_thong")
    with pytest.raises(ConflictError, match="Cán bộ dieuhanh2 thay đổi lúc 09:00"):
        p.service.classify(op, r.report_id, r.version, "moi_truong")
    assert p.report(r.report_id).category_id is not None
    assert p.report(r.report_id).version == r.version + 1


def test_confidential_reporter_cannot_be_published_publicly(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    officer = p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    leader = p.add("ld.gtvt", "so_gtvt", Role.LEADER)
    svc = p.service
    r = svc.submit(op, draft(confidential=True, category="giao_thong"))
    r = svc.forward(op, r.report_id, r.version, "so_gtvt")
    r = svc.accept(officer, r.report_id, r.version)
    r = svc.submit_result(officer, r.report_id, r.version, "Đã xử lý xong.")
    r = svc.approve(leader, r.report_id, r.version)
    with pytest.raises(WorkflowError, match="Gửi riêng"):
        svc.publish(op, r.report_id, r.version, Publication.PUBLIC)  # Điều 10.3
    r = svc.publish(op, r.report_id, r.version, Publication.PRIVATE)
    assert r.status is ReportStatus.PUBLISHED


def test_detail_masks_the_reporter_and_lists_only_legal_actions(sqlite_db: Database) -> None:
    from console.services.detail import MASK, report_detail

    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    officer = p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    stranger = p.add("cb.yt", "so_yt", Role.OFFICER)
    profile = p.profile
    r = p.service.submit(op, draft(category="giao_thong"))
    d = report_detail(sqlite_db, profile, op, r.report_id, now=MON)
    assert d.reporter.name == "Đặng Thị Hường" and d.reporter_visible
    assert set(d.actions) >= {"forward", "classify", "reject", "request_info"}
    assert "accept" not in d.actions and "answer_directly" not in d.actions
    assert d.sla_left.describe() == "còn 4 giờ làm việc"  # Điều 6.2: half a working day to check
    with pytest.raises(WorkflowError, match="không thuộc đơn vị"):
        report_detail(sqlite_db, profile, officer, r.report_id, now=MON)
    r = p.service.forward(op, r.report_id, r.version, "so_gtvt")
    d = report_detail(sqlite_db, profile, officer, r.report_id, now=MON)
    assert d.reporter.phone == "0912345678"
    assert set(d.actions) == {"accept", "return_to_ioc"}
    with pytest.raises(WorkflowError):
        report_detail(sqlite_db, profile, stranger, r.report_id, now=MON)
    office = p.add("vanphong", "vp_ubnd", Role.OFFICE)
    d = report_detail(sqlite_db, profile, office, r.report_id, now=MON)
    assert d.reporter.name == MASK and d.reporter.phone == MASK
    assert [h.action for h in d.history] == ["submit", "forward"]


def test_duplicate_is_offered_linked_and_answered_with_the_main_report(sqlite_db: Database):
    from sqlalchemy import select

    from console.models import HistoryEntry
    from console.services.duplicates import possible_duplicates
    from console.services.queues import Queue, QueueFilter, queue_count

    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    officer = p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    leader = p.add("ld.gtvt", "so_gtvt", Role.LEADER)
    svc = p.service
    main = svc.submit(op, draft(category="giao_thong"))
    p.clock.now = datetime(2026, 3, 2, 11, 0)
    dup = svc.submit(
        op,
        draft(
            category="giao_thong",
            title="Đường Lương Ngọc Quyến có ổ gà",
            reporter_name="Ngô Văn Lâm",
            reporter_phone="0987000111",
        ),
    )
    other = svc.submit(
        op,
        draft(
            category="giao_thong",
            place="Đường Bắc Kạn, phường Hoàng Văn Thụ",
            title="Đèn đường hỏng",
        ),
    )
    with sqlite_db.session() as s:
        offered = possible_duplicates(s, dup.report_id)
        assert [c.id for c in offered] == [main.report_id]
        assert other.report_id not in [c.id for c in possible_duplicates(s, main.report_id)]
    dup = svc.link(op, dup.report_id, dup.version, main.code)
    with sqlite_db.session() as s:
        assert queue_count(s, op, QueueFilter(Queue.NEW), now=p.clock.now) == 2
    with pytest.raises(WorkflowError, match="phản ánh chính"):
        svc.link(op, other.report_id, other.version, dup.code)
    r = svc.forward(op, main.report_id, main.version, "so_gtvt")
    r = svc.accept(officer, r.report_id, r.version)
    r = svc.submit_result(officer, r.report_id, r.version, "Đã vá ổ gà.")
    r = svc.approve(leader, r.report_id, r.version)
    svc.publish(op, r.report_id, r.version, Publication.PUBLIC)
    linked = p.report(dup.report_id)
    assert linked.status is ReportStatus.PUBLISHED and linked.version == dup.version + 1
    with sqlite_db.session() as s:
        rows = s.scalars(
            select(HistoryEntry)
            .where(HistoryEntry.report_id == dup.report_id)
            .order_by(HistoryEntry.id)
        ).all()
        assert [h.action for h in rows] == ["submit", "link", "publish"]
        assert main.code in rows[-1].note


def test_return_clock_heads_the_report_only_while_nothing_else_runs():
    from console.models import Report, ReportDeadline
    from console.services.stages import refresh_current

    start = datetime(2026, 3, 4, 14, 0)
    rows = [
        ReportDeadline(stage="return", started_at=start, due_at=datetime(2026, 3, 4, 15, 0)),
        ReportDeadline(
            stage="notify_progress", started_at=start, due_at=datetime(2026, 3, 4, 14, 30)
        ),
    ]
    report = Report(deadlines=rows)
    refresh_current(report)
    assert report.stage == "return"  # the reminder never heads; the return clock does, alone
    handle = ReportDeadline(stage="handle", started_at=start, due_at=datetime(2026, 3, 9, 14, 0))
    report.deadlines.append(handle)
    refresh_current(report)
    assert (report.stage, report.due_at) == ("handle", datetime(2026, 3, 9, 14, 0))
