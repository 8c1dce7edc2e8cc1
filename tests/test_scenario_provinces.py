"""Đắk Lắk, Lai Châu and Tiền Giang: a report walked through each regulation with its branches,
every deadline checked against the article it comes from."""

from __future__ import annotations

from datetime import datetime

import pytest

from console.db import Database
from console.intake import ReportDraft
from console.models import Publication, ReportStatus, Role
from console.profiles import load_profile
from console.workflow import WorkflowError
from tests.scenario_helpers import make_province

S = ReportStatus


def _draft(channel: str, category: str | None, **kw: object) -> ReportDraft:
    base = dict(
        channel=channel,
        title="Đèn tín hiệu giao thông hỏng ở ngã tư",
        description="Đèn tín hiệu hỏng từ sáng, xe cộ đi lại lộn xộn, rất nguy hiểm.",
        place="Ngã tư Lê Duẩn - Nguyễn Tất Thành",
        reporter_name="Y Khoa Byă",
        reporter_phone="0905123456",
        category=category,
        # Đắk Lắk Bước 1.1.c, Tiền Giang Điều 5.1.c ask for the reporter's address
        reporter_address="Buôn Ko Tam, xã Ea Tu",
    )
    base.update(kw)
    return ReportDraft(**base)  # type: ignore[arg-type]


def test_dak_lak_team_delegates_verifies_and_a_return_is_rerouted(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("dak-lak"), datetime(2026, 3, 2, 9, 0))
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    team = p.add("to.bmt", "to_bmt", Role.TEAM)
    officer = p.add("cb.tanloi", "p_tan_loi", Role.OFFICER)
    leader = p.add("ld.tanloi", "p_tan_loi", Role.LEADER)
    svc, clock = p.service, p.clock

    r = svc.submit(op, _draft("hotline", "an_toan_giao_thong"))
    # Bước 2.3: classify and send to the district team within 4 working hours
    assert p.deadlines(r.report_id)["route"].due_at == datetime(2026, 3, 2, 15, 0)
    clock.now = datetime(2026, 3, 2, 10, 0)
    r = svc.forward(op, r.report_id, r.version, "to_bmt")
    # Bước 3.2: 7 working days to handle and answer, from the team's receipt
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 11, 10, 0)

    # The team finds it is not the city's: back to the IOC, which sends it again.
    clock.now = datetime(2026, 3, 2, 11, 0)
    r = svc.return_to_ioc(team, r.report_id, r.version, "Không thuộc địa bàn thành phố.")
    assert r.status is S.RETURNED
    clock.now = datetime(2026, 3, 2, 14, 0)
    r = svc.forward(op, r.report_id, r.version, "to_bmt", note="Đã xác minh lại địa bàn")
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 11, 14, 0)
    with pytest.raises(WorkflowError, match="trực thuộc"):
        svc.delegate(team, r.report_id, r.version, "so_gtvt")
    clock.now = datetime(2026, 3, 2, 15, 0)
    r = svc.delegate(team, r.report_id, r.version, "p_tan_loi")
    # Bước 3.2: a unit returns a report outside its remit within 1 working day
    assert p.deadlines(r.report_id)["return"].due_at == datetime(2026, 3, 3, 15, 0)
    report = p.report(r.report_id)
    assert report.stage == "handle" and report.due_at == datetime(2026, 3, 11, 14, 0)

    clock.now = datetime(2026, 3, 3, 8, 0)
    r = svc.accept(officer, r.report_id, r.version)
    clock.now = datetime(2026, 3, 5, 9, 0)
    r = svc.submit_result(officer, r.report_id, r.version, "Đã phối hợp Điện lực sửa đèn.")
    r = svc.approve(leader, r.report_id, r.version)
    # The unit's leader approved: the team verifies before the IOC answers.
    report = p.report(r.report_id)
    assert report.status is S.PENDING_APPROVAL and report.current_unit_id == team.unit_id
    with pytest.raises(WorkflowError):
        svc.publish(op, r.report_id, r.version, Publication.PUBLIC)
    clock.now = datetime(2026, 3, 5, 10, 0)
    r = svc.approve(team, r.report_id, r.version, "Tổ đã kiểm tra kết quả.")
    assert r.status is S.APPROVED
    # Bước 4.2: the answer within 4 working hours of the result
    assert p.deadlines(r.report_id)["publish"].due_at == datetime(2026, 3, 5, 16, 0)
    clock.now = datetime(2026, 3, 5, 11, 0)
    r = svc.publish(op, r.report_id, r.version, Publication.PUBLIC)
    r = svc.rate(op, r.report_id, r.version, "khong_hai_long", "Đèn lại hỏng.")
    r = svc.reopen(op, r.report_id, r.version, "Người dân báo đèn lại hỏng.")
    assert p.report(r.report_id).current_unit_id == officer.unit_id
    assert not p.report(r.report_id).late


def test_dak_lak_emergency_is_handled_within_one_working_day(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("dak-lak"), datetime(2026, 3, 2, 16, 0))
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    r = p.service.submit(op, _draft("app", "an_toan_giao_thong", emergency=True))
    assert p.deadlines(r.report_id)["route"].due_at == datetime(2026, 3, 2, 17, 0)  # "ngay"
    r = p.service.forward(op, r.report_id, r.version, "to_bmt")
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 3, 16, 0)


def test_lai_chau_head_assigns_office_reclassifies_clock_hours(sqlite_db: Database) -> None:
    sat_night = datetime(2026, 3, 7, 22, 0)
    p = make_province(sqlite_db, load_profile("lai-chau"), sat_night)
    op = p.add("cctv1", "ioc", Role.OPERATOR)
    head = p.add("truongioc", "ioc", Role.SUPERVISOR)
    office = p.add("vanphong", "vp_hdnd_ubnd", Role.OFFICER, Role.OFFICE)
    police = p.add("cb.congan", "cong_an_tp", Role.OFFICER)
    urban = p.add("cb.qldt", "phong_qldt", Role.OFFICER)
    svc, clock = p.service, p.clock

    r = svc.submit(
        op, _draft("cctv", "atgt_antt", reporter_name="Lò Văn Pọm", reporter_phone="0912000111")
    )
    assert p.report(r.report_id).due_at is None  # Điều 7.2: no clock before assignment
    with pytest.raises(WorkflowError, match="Vai trò"):
        svc.forward(op, r.report_id, r.version, "cong_an_tp")  # Điều 7.2: the head assigns
    r = svc.forward(head, r.report_id, r.version, "cong_an_tp")
    # Điều 7.4.b: traffic and security within 2 hours, day and night
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 8, 0, 0)

    clock.now = datetime(2026, 3, 7, 22, 30)
    r = svc.return_to_ioc(police, r.report_id, r.version, "Thuộc trật tự đô thị.")
    # The office re-classifies and sends it on.
    r = svc.classify(office, r.report_id, r.version, "trat_tu_do_thi")
    r = svc.forward(office, r.report_id, r.version, "phong_qldt")
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 8, 0, 30)  # 7.4.i
    r = svc.accept(urban, r.report_id, r.version)
    clock.now = datetime(2026, 3, 7, 23, 50)
    r = svc.submit_result(urban, r.report_id, r.version, "Đã dọn dẹp, xử lý vi phạm.")
    assert r.status is S.APPROVED  # Lai Châu has no approval stage
    assert not p.report(r.report_id).late
    r = svc.publish(op, r.report_id, r.version, Publication.PUBLIC)
    with pytest.raises(WorkflowError, match="Mức đánh giá"):
        svc.rate(op, r.report_id, r.version, "hai_long")  # no rating labels (Điều 8)
    r = svc.add_feedback(op, r.report_id, r.version, "Người dân đề nghị kiểm tra thêm.")
    r = svc.reopen(op, r.report_id, r.version, "Tái diễn vi phạm.")
    assert p.report(r.report_id).status is S.REOPENED

    # Điều 7.4.a: service attitude within 8 working hours (Fri 15:00 → Mon 15:00)
    clock.now = datetime(2026, 3, 6, 15, 0)
    a = svc.submit(
        op,
        _draft(
            "app",
            "thai_do_phuc_vu",
            title="Cán bộ tiếp dân thiếu tôn trọng",
            description="Cán bộ một cửa phường quát nạt người dân khi hỏi thủ tục.",
        ),
    )
    a = svc.forward(head, a.report_id, a.version, "phong_noi_vu")
    assert p.deadlines(a.report_id)["handle"].due_at == datetime(2026, 3, 9, 15, 0)
    # Điều 6.3: complaints are not taken; the caller is guided to the right channel
    c = svc.submit(op, _draft("app", None, title="Khiếu nại quyết định thu hồi đất"))
    c = svc.redirect(op, c.report_id, c.version, "khieu_nai")
    assert c.status is S.REDIRECTED


def test_tien_giang_hotline_answers_redirects_extends_and_escalates(sqlite_db: Database):
    fri = datetime(2026, 3, 6, 15, 0)
    p = make_province(sqlite_db, load_profile("tien-giang"), fri)
    op = p.add("tongdai1", "ioc", Role.OPERATOR)
    sup = p.add("truongca", "ioc", Role.SUPERVISOR, Role.OPERATOR)
    office = p.add("vanphong", "vp_ubnd", Role.OFFICE)
    health = p.add("cb.soyt", "so_yt", Role.OFFICER)
    health_head = p.add("ld.soyt", "so_yt", Role.LEADER)
    svc, clock = p.service, p.clock

    # Điều 9.2: answered on the line from the knowledge base
    q = svc.submit(op, _draft("hotline", None, title="Hỏi giờ làm việc bộ phận một cửa"))
    q = svc.answer_directly(op, q.report_id, q.version, "Bộ phận một cửa làm việc 7h–17h.")
    assert q.status is S.ANSWERED_DIRECTLY
    # Điều 5: 113 matters are redirected with the guidance read to the caller
    e = svc.submit(op, _draft("hotline", None, title="Đánh nhau trước quán nhậu"))
    e = svc.redirect(op, e.report_id, e.version, "113")
    assert e.status is S.REDIRECTED

    r = svc.submit(
        op, _draft("hotline", "an_toan_thuc_pham", title="Cơ sở bán thức ăn đường phố mất vệ sinh")
    )
    # Điều 9.1a: dispatched within 2 working hours (Fri 15:00 → Fri 17:00)
    assert p.deadlines(r.report_id)["route"].due_at == datetime(2026, 3, 6, 17, 0)
    clock.now = datetime(2026, 3, 6, 16, 0)
    r = svc.forward(op, r.report_id, r.version, "so_yt")
    # Điều 9.1b: forwarded Friday 16:00, handled by the following Friday 16:00
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 13, 16, 0)
    # Điều 9.1d: a report outside the agency's remit goes back within 1 working day
    assert p.deadlines(r.report_id)["return"].due_at == datetime(2026, 3, 9, 16, 0)
    clock.now = datetime(2026, 3, 9, 9, 0)
    r = svc.accept(health, r.report_id, r.version)
    clock.now = datetime(2026, 3, 11, 9, 0)
    committed = datetime(2026, 3, 18, 17, 0)
    r = svc.request_extension(
        health, r.report_id, r.version, committed, "Cần lấy mẫu xét nghiệm, chờ kết quả."
    )
    # Điều 9.1.b: the expected date is the agency's written word, signed by its head: the
    # deadline moves when the leader approves (not on the officer's request).
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 13, 16)
    r = svc.approve_extension(health_head, r.report_id, r.version)
    handle = p.deadlines(r.report_id)["handle"]
    assert handle.due_at == committed and handle.original_due_at == datetime(2026, 3, 13, 16)
    clock.now = datetime(2026, 3, 17, 10, 0)
    r = svc.submit_result(health, r.report_id, r.version, "Đã xử phạt và yêu cầu khắc phục.")
    assert not p.report(r.report_id).late  # on time against the committed date
    # Điều 10.1: the answer within 4 working hours of the result
    assert p.deadlines(r.report_id)["publish"].due_at == datetime(2026, 3, 17, 16, 0)
    assert r.status is S.APPROVED  # no leader approval stage in Tiền Giang's rules
    r = svc.publish(op, r.report_id, r.version, Publication.PUBLIC)
    r = svc.rate(op, r.report_id, r.version, "binh_thuong")
    r = svc.close(op, r.report_id, r.version)
    assert r.status is S.CLOSED

    # Unclear jurisdiction: the IOC reports to the province office, which assigns.
    x = svc.submit(op, _draft("web", "moi_truong", title="Khói từ lò gạch gây ô nhiễm"))
    x = svc.forward(op, x.report_id, x.version, "so_tnmt")
    x = svc.escalate(sup, x.report_id, x.version, "Sở TN&MT và UBND huyện chưa thống nhất.")
    assert x.status is S.ESCALATED and p.report(x.report_id).current_unit_id == office.unit_id
    x = svc.forward(office, x.report_id, x.version, "so_xd")
    assert x.status is S.FORWARDED
