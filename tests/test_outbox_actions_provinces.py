"""Issue 15 item 1, "Done means": each action type queued across a real cut and replayed exactly
once — the actions of the other provinces' texts (tests/test_outbox_actions.py does Thái
Nguyên's): Đắk Lắk's district team delegating and a unit returning to it, the field check
(Đắk Lắk, Tiền Giang), the hotline's answer and redirection (Tiền Giang), the cause reported to
the city (Lai Châu), a leader's directive, the reporter told of a harmful report, a duplicate
linked. Each is typed while the TCP proxy in front of PostgreSQL is cut (``across_cut``): it
waits, a replay still cut sends nothing, the replay once mended lands it with one history row;
then its effect is checked (the state, the unit, the note or data stored)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select

from console.db import Database
from console.models import HistoryEntry, Report, ReportStatus, Restriction, Role
from console.profiles import load_profile
from console.services.action_base import ActionResult
from console.services.hotline import AnswerOnLine, RedirectCall, take_call
from console.services.outbox import OutboxEntry
from console.services.outbox_actions import ActionEntry
from tests.pg_proxy import LinkProxy
from tests.scenario_helpers import draft, make_province
from tests.test_harm_letters import EMAIL, _harm_draft
from tests.test_outbox_actions import MON, across_cut, api_of, db, lost_ack, proxy, rows
from tests.test_scenario_provinces import _draft

__all__ = ["db", "proxy"]  # the fixtures of tests/test_outbox_actions.py, used by name


def _last(db: Database, report_id: int, action: str) -> tuple[str, dict[str, Any], int | None]:
    """The note, data (less the client key) and unit of the action's last history row."""
    with db.session() as s:
        row = s.scalars(
            select(HistoryEntry)
            .where(HistoryEntry.report_id == report_id, HistoryEntry.action == action)
            .order_by(HistoryEntry.id.desc())
        ).first()
        assert row is not None
        data = {k: v for k, v in (row.data or {}).items() if k != "client_key"}
        return row.note, data, row.unit_id


def test_dak_lak_delegation_field_check_return_to_team_and_notice_across_a_cut(
    proxy: LinkProxy, db: Database
) -> None:
    p = make_province(db, load_profile("dak-lak"), MON)
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    team = api_of(p, "to.bmt", "to_bmt", Role.TEAM)
    tan_loi = api_of(p, "cb.tanloi", "p_tan_loi", Role.OFFICER)
    thang_loi = api_of(p, "cb.thangloi", "p_thang_loi", Role.OFFICER)

    r = op.submit(_draft("app", "an_toan_giao_thong"))
    r = op.act("forward", r.report_id, r.version, unit="to_bmt")
    p.clock.now = datetime(2026, 3, 2, 10, 0)
    # Bước 3.1.b: the city's team hands it to a ward, typed while the link is cut
    r = across_cut(proxy, team, "delegate", r, unit="p_tan_loi")
    assert r.status is ReportStatus.FORWARDED
    assert p.report(r.report_id).current_unit_id == tan_loi.actor.unit_id
    assert _last(db, r.report_id, "delegate")[1] == {"unit": "p_tan_loi"}
    # Bước 3.2: the ward goes to the site (3 working days to return from the delegation)
    p.clock.now = datetime(2026, 3, 2, 15, 0)
    r = across_cut(proxy, tan_loi, "record_field_check", r, note="Đèn thuộc Điện lực quản lý.")
    assert _last(db, r.report_id, "record_field_check")[:2] == (
        "Đèn thuộc Điện lực quản lý.",
        {"return_due": "2026-03-05T10:00:00"},
    )
    # … and returns it to the team on working day 2, on time thanks to the check
    p.clock.now = datetime(2026, 3, 3, 14, 0)
    r = across_cut(proxy, tan_loi, "return_to_team", r, note="Không thuộc thẩm quyền phường.")
    assert r.status is ReportStatus.FORWARDED
    report = p.report(r.report_id)
    assert report.current_unit_id == team.actor.unit_id and not report.late
    note, data, unit = _last(db, r.report_id, "return_to_team")
    assert note == "Không thuộc thẩm quyền phường."
    assert data == {"from": "p_tan_loi", "team": "to_bmt"} and unit == team.actor.unit_id
    # the team sends it on to the right ward, again across a cut
    r = across_cut(proxy, team, "delegate", r, unit="p_thang_loi", note="Giao phường Thắng Lợi.")
    assert p.report(r.report_id).current_unit_id == thang_loi.actor.unit_id
    assert _last(db, r.report_id, "delegate")[0] == "Giao phường Thắng Lợi."
    r = across_cut(proxy, thang_loi, "accept", r)
    assert r.status is ReportStatus.IN_PROGRESS

    # Bước 2.3: the IOC tells the reporter of a report harmful to a reputation, by phone
    h = op.submit(_harm_draft(area="Phường Tân Lợi"))
    h = op.act(
        "restrict", h.report_id, h.version, restriction=Restriction.REPUTATIONAL, note="Nêu tên"
    )
    h = across_cut(proxy, op, "notify_reporter", h, means="phone")
    assert _last(db, h.report_id, "notify_reporter")[:2] == (
        "Đã báo người phản ánh qua điện thoại: phản ánh đã được tiếp nhận, đang xử lý",
        {"means": "phone", "about": "received"},
    )


def test_tien_giang_hotline_answer_redirect_field_check_and_notice_across_a_cut(
    proxy: LinkProxy, db: Database
) -> None:
    p = make_province(db, load_profile("tien-giang"), MON)
    op = api_of(p, "tongdai1", "ioc", Role.OPERATOR)
    health = api_of(p, "cb.soyt", "so_yt", Role.OFFICER)

    # Điều 9.2.a: answered on the line
    q = op.submit(_draft("hotline", None, title="Hỏi giờ làm việc bộ phận một cửa"))
    q = across_cut(proxy, op, "answer_directly", q, text="Bộ phận một cửa làm việc 7h–17h.")
    assert q.status is ReportStatus.ANSWERED_DIRECTLY
    assert _last(db, q.report_id, "answer_directly")[0] == "Bộ phận một cửa làm việc 7h–17h."
    assert p.report(q.report_id).closed_at == MON
    # Điều 6.5: a 113 matter, the caller guided to the right number
    e = op.submit(_draft("hotline", None, title="Đánh nhau trước quán nhậu"))
    e = across_cut(proxy, op, "redirect", e, target="113")
    assert e.status is ReportStatus.REDIRECTED
    note, data, _ = _last(db, e.report_id, "redirect")
    assert data == {"target": "113"} and "gọi ngay số 113" in note

    # Điều 9.1.d: the department goes to the site before deciding whether it is its own
    r = op.submit(_draft("web", "an_toan_thuc_pham"))
    p.clock.now = datetime(2026, 3, 2, 10, 0)
    r = op.act("forward", r.report_id, r.version, unit="so_yt")
    p.clock.now = datetime(2026, 3, 3, 9, 0)
    r = across_cut(proxy, health, "record_field_check", r, note="Đã kiểm tra cơ sở.")
    assert r.status is ReportStatus.FORWARDED
    assert p.deadlines(r.report_id)["return_field_check"].due_at == datetime(2026, 3, 5, 10, 0)
    assert _last(db, r.report_id, "record_field_check")[0] == "Đã kiểm tra cơ sở."

    # Điều 4.6: the reporter of a report harmful to a reputation told by e-mail
    h = op.submit(_harm_draft())
    h = op.act(
        "restrict", h.report_id, h.version, restriction=Restriction.REPUTATIONAL, note="Nêu tên"
    )
    h = across_cut(proxy, op, "notify_reporter", h, means="email", note="Đã gửi tới hộp thư.")
    note, data, _ = _last(db, h.report_id, "notify_reporter")
    assert data == {"means": "email", "about": "received"}
    assert note.endswith(". Đã gửi tới hộp thư.") and EMAIL not in note


def test_lai_chau_cause_reported_directive_and_redirect_across_a_cut(
    proxy: LinkProxy, db: Database
) -> None:
    p = make_province(db, load_profile("lai-chau"), MON)
    op = api_of(p, "app1", "ioc", Role.OPERATOR)
    head = api_of(p, "truongioc", "ioc", Role.SUPERVISOR)
    officer = api_of(p, "cb.qldt", "phong_qldt", Role.OFFICER)

    r = op.submit(
        draft(
            title="Mái che lấn chiếm vỉa hè",
            place="Đường Trần Hưng Đạo, Phường Tân Phong",
            category="trat_tu_do_thi",
        )
    )
    r = head.act("forward", r.report_id, r.version, unit="phong_qldt")
    r = officer.act("accept", r.report_id, r.version)
    # Điều 7.5: the unit reports the cause and an expected date (a datetime kept in the outbox)
    p.clock.now = datetime(2026, 3, 2, 10, 0)
    cause = "Chủ hộ xin 2 ngày để tự tháo dỡ mái che lấn chiếm."
    expected = datetime(2026, 3, 4, 17, 0)
    r = across_cut(proxy, officer, "report_cause", r, committed=expected, note=cause)
    assert r.status is ReportStatus.IN_PROGRESS
    note, data, _ = _last(db, r.report_id, "report_cause")
    assert cause in note and data["expected"] == "2026-03-04T17:00:00"
    # a report, not a request: the 2-hour deadline of Điều 7.4.i stays
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 2, 11, 0)
    # Điều 6.2: the head's directive
    directive = "Phối hợp Công an phường cưỡng chế nếu quá hạn."
    r = across_cut(proxy, head, "direct", r, note=directive)
    assert r.status is ReportStatus.IN_PROGRESS
    assert _last(db, r.report_id, "direct")[0] == directive

    # Điều 6.3: complaints are not taken, the reporter is guided elsewhere
    c = op.submit(draft(channel="app", category=None, title="Khiếu nại quyết định thu hồi đất"))
    c = across_cut(proxy, op, "redirect", c, target="khieu_nai")
    assert c.status is ReportStatus.REDIRECTED
    assert _last(db, c.report_id, "redirect")[1] == {"target": "khieu_nai"}


def test_thai_nguyen_duplicate_linked_and_leaders_directive_across_a_cut(
    proxy: LinkProxy, db: Database
) -> None:
    p = make_province(db, load_profile("thai-nguyen"), MON)
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    leader = api_of(p, "ld.gtvt", "so_gtvt", Role.LEADER)
    main = op.submit(draft(category="giao_thong"))
    dup = op.submit(draft(category="giao_thong", reporter_phone="0987000111"))
    # typed as the dialog sends it (console/views/intake_related.py): the main report's code
    dup = across_cut(proxy, op, "link", dup, main_code=main.code.lower())
    assert p.report(dup.report_id).duplicate_of_id == main.report_id
    assert _last(db, dup.report_id, "link")[1] == {"main": main.code}

    r = op.act("forward", main.report_id, main.version, unit="so_gtvt")
    r = across_cut(proxy, leader, "direct", r, note="Ưu tiên vá trước mùa mưa.")
    assert r.status is ReportStatus.FORWARDED
    assert _last(db, r.report_id, "direct")[0] == "Ưu tiên vá trước mùa mưa."


def test_tien_giang_a_whole_call_typed_across_a_cut_lands_once_in_order(
    proxy: LinkProxy, db: Database
) -> None:
    """The hotline's call (ConsoleApi.take_call): the report and the redirection given on the
    line both typed while cut wait, the step behind its report; once mended, one report with
    one ``submit`` and one ``redirect`` row. Then a call whose report landed before the link
    went: the answer given on the line waits alone and lands once."""
    p = make_province(db, load_profile("tien-giang"), MON)
    op = api_of(p, "tongdai1", "ioc", Role.OPERATOR)
    call = _draft("hotline", None, title="Cháy nhà dân trong hẻm", client_key=str(uuid.uuid4()))
    with proxy.down():
        out = op.take_call(call, RedirectCall("114"))
        assert out.queued and out.step_queued
        report, step = op.waiting()
        assert isinstance(report, OutboxEntry) and isinstance(step, ActionEntry)
        assert (step.action, step.after, step.params) == ("redirect", report.key, {"target": "114"})
        (tried,) = op.send_waiting()
        assert tried.unreachable and tried.result is None
    sent = op.send_waiting()
    assert [s.result is not None for s in sent] == [True, True] and op.waiting() == []
    assert op.send_waiting() == []
    with db.session() as s:
        (rid,) = s.scalars(select(Report.id).where(Report.client_key == call.client_key)).all()
        actions = s.scalars(
            select(HistoryEntry.action)
            .where(HistoryEntry.report_id == rid)
            .order_by(HistoryEntry.id)
        ).all()
    assert actions == ["submit", "redirect"]
    assert p.report(rid).status is ReportStatus.REDIRECTED

    def act_then_cut(action: str, rid: int, version: int, **params: Any) -> ActionResult:
        with proxy.down():
            return op.act(action, rid, version, **params)

    answer = "Bộ phận một cửa làm việc 7h–17h."
    done = take_call(
        op.submit,
        act_then_cut,
        op.outbox,
        op.actor,
        _draft("hotline", None, title="Hỏi giờ làm việc một cửa"),
        AnswerOnLine(answer),
        at=p.clock(),
    )
    assert done.report is not None and done.final is None and done.step_queued
    (alone,) = op.waiting()
    assert isinstance(alone, ActionEntry) and alone.after is None
    assert (alone.report_id, alone.version) == (done.report.report_id, done.report.version)
    (landed,) = op.send_waiting()
    assert landed.result is not None
    assert landed.result.status is ReportStatus.ANSWERED_DIRECTLY
    assert rows(db, done.report.report_id, "answer_directly") == 1
    assert _last(db, done.report.report_id, "answer_directly")[0] == answer


def test_dak_lak_lost_acknowledgement_and_a_team_colleagues_delegation(
    proxy: LinkProxy, db: Database
) -> None:
    """A return to the team whose answer was lost: the replay is refused (the version moved;
    the report is the team's now) and is found landed by its key, once. A
    delegation typed offline while a colleague of the team delegated meanwhile goes to the list,
    its note kept, and is not applied."""
    p = make_province(db, load_profile("dak-lak"), MON)
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    team = api_of(p, "to.bmt", "to_bmt", Role.TEAM)
    colleague = api_of(p, "to2.bmt", "to_bmt", Role.TEAM)
    tan_loi = api_of(p, "cb.tanloi", "p_tan_loi", Role.OFFICER)
    r = op.submit(_draft("app", "an_toan_giao_thong"))
    r = op.act("forward", r.report_id, r.version, unit="to_bmt")
    r = team.act("delegate", r.report_id, r.version, unit="p_tan_loi")

    lost = lost_ack(proxy, tan_loi)
    entry = lost.act_or_wait(
        "return_to_team", r.report_id, r.version, code=r.code, note="Không thuộc thẩm quyền."
    )
    assert isinstance(entry, ActionEntry)
    (sent,) = tan_loi.send_waiting()
    assert sent.result is not None and not sent.conflict
    assert sent.result.version == r.version + 1
    assert rows(db, r.report_id, "return_to_team") == 1 and tan_loi.waiting() == []
    assert p.report(r.report_id).current_unit_id == team.actor.unit_id
    r = sent.result

    note = "Giao phường Tân Lợi kiểm tra lại."
    with proxy.down():
        team.act_or_wait(
            "delegate", r.report_id, r.version, code=r.code, unit="p_tan_loi", note=note
        )
    colleague.act("delegate", r.report_id, r.version, unit="p_thang_loi")
    (out,) = team.send_waiting()
    assert out.conflict and out.result is None
    (kept,) = team.waiting()
    assert isinstance(kept, ActionEntry) and kept.text == note and kept.conflict is not None
    assert rows(db, r.report_id, "delegate") == 2  # the first and the colleague's only
    assert p.report(r.report_id).current_unit_id != tan_loi.actor.unit_id
