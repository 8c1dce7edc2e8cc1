"""Issue 14: the hotline's use case is one service call (ConsoleApi.take_call) that the intake
dialog, the CLI and any other caller share: receive the report, then answer on the line
(Tiền Giang Điều 9.2.a) or point the caller to the right number (Điều 6.5); into the outbox
when the database does not answer (DESIGN §6), sent once when it is back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.db import Database
from console.intake import IntakeError
from console.models import HistoryEntry, Report, ReportStatus, Role
from console.profiles import load_profile
from console.services.action_base import ActionResult
from console.services.console_api import ConsoleApi
from console.services.hotline import AnswerOnLine, RedirectCall, take_call
from console.services.outbox import Outbox, OutboxEntry
from console.services.outbox_actions import ActionEntry
from tests.outbox_helpers import unreachable
from tests.scenario_helpers import draft, make_province

NOW = datetime(2026, 3, 2, 9, 0)
ANSWER = "Bộ phận một cửa làm việc từ 7 giờ 30, thứ Hai đến thứ Sáu."


def _api(db: Database, key: str = "tien-giang") -> ConsoleApi:
    p = make_province(db, load_profile(key), NOW)
    return ConsoleApi(db, p.profile, p.add("tongdai1", "ioc", Role.OPERATOR), p.clock)


def _reports(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Report)) or 0


def _status(db: Database, report_id: int) -> ReportStatus:
    with db.session() as s:
        report = s.get(Report, report_id)
        assert report is not None
        return report.status


def test_dieu_9_2_a_answered_on_the_line_in_one_call(sqlite_db: Database) -> None:
    api = _api(sqlite_db)
    out = api.take_call(
        draft(channel="hotline", title="Hỏi giờ làm việc một cửa"), AnswerOnLine(ANSWER)
    )
    assert out.report is not None and out.final is not None and not out.queued
    assert _status(sqlite_db, out.report.report_id) is ReportStatus.ANSWERED_DIRECTLY
    # what the action changed, as the window's one refresh signal carries it
    assert out.final.changes.report_ids == out.final.changes.here == {out.report.report_id}
    with sqlite_db.session() as s:
        note = s.scalar(
            select(HistoryEntry.note).where(
                HistoryEntry.report_id == out.report.report_id,
                HistoryEntry.action == "answer_directly",
            )
        )
    assert note == ANSWER


def test_dieu_6_5_redirected_to_113(sqlite_db: Database) -> None:
    api = _api(sqlite_db)
    out = api.take_call(
        draft(channel="hotline", title="Nhóm thanh niên gây rối trước nhà"), RedirectCall("113")
    )
    assert out.final is not None
    assert _status(sqlite_db, out.final.report_id) is ReportStatus.REDIRECTED


def test_a_refused_step_keeps_the_report_and_is_retried_alone(sqlite_db: Database) -> None:
    api = _api(sqlite_db)
    call = draft(channel="hotline", title="Hỏi giờ làm việc một cửa")
    out = api.take_call(call, AnswerOnLine("  "))  # no answer typed
    assert out.report is not None and out.step_not_recorded
    assert "Cần nhập nội dung giải đáp" in str(out.step_error)
    assert _status(sqlite_db, out.report.report_id) is ReportStatus.RECEIVED
    again = api.take_call(call, AnswerOnLine(ANSWER), saved=out.report)
    assert again.final is not None and again.report == out.report
    assert _reports(sqlite_db) == 1  # the retry did not submit a second report
    assert _status(sqlite_db, out.report.report_id) is ReportStatus.ANSWERED_DIRECTLY


def test_dieu_4_1_thai_nguyen_has_no_answer_on_the_line(sqlite_db: Database) -> None:
    api = _api(sqlite_db, "thai-nguyen")
    out = api.take_call(draft(), AnswerOnLine(ANSWER))
    assert out.report is not None and out.step_not_recorded  # received; the step refused
    assert _status(sqlite_db, out.report.report_id) is ReportStatus.RECEIVED


def test_the_database_down_queues_the_report_which_lands_once(
    pg_db: Database, tmp_path: Path
) -> None:
    api = _api(pg_db)
    outbox = Outbox(tmp_path / "outbox", clock=api.clock)
    call = draft(
        channel="hotline",
        title="Cây xanh đổ chắn ngang đường Ấp Bắc",
        client_key="0b9f6a52-5d3e-4a43-9d1c-1c1c6b7f0a11",
    )
    with unreachable(pg_db):
        out = api.take_call(call, AnswerOnLine(ANSWER), outbox=outbox)
        assert out.queued and out.final is None and out.step_queued
        entry, answer = outbox.pending()  # the report, then the answer given on the line
        assert isinstance(entry, OutboxEntry) and isinstance(answer, ActionEntry)
        assert (entry.key, entry.draft.title, entry.typed_at) == (call.client_key, call.title, NOW)
        assert (answer.action, answer.after, answer.text) == ("answer_directly", entry.key, ANSWER)
        # a refusal of the services is an answer, not an outage: raised, nothing queued
        with pytest.raises(IntakeError):
            api.take_call(draft(reporter_phone="123"), outbox=outbox)
    assert len(outbox.pending()) == 2 and _reports(pg_db) == 0
    outbox.replay(api, api.actor)
    outbox.replay(api, api.actor)
    assert outbox.pending() == [] and _reports(pg_db) == 1
    # the answer typed on the line waited behind its report and landed once, in order
    with pg_db.session() as s:
        assert s.scalar(select(Report.status)) is ReportStatus.ANSWERED_DIRECTLY
        actions = s.scalars(select(HistoryEntry.action).order_by(HistoryEntry.id)).all()
    assert actions == ["submit", "answer_directly"]


def test_the_answer_lost_after_the_report_landed_waits_alone(
    pg_db: Database, tmp_path: Path
) -> None:
    api = _api(pg_db)
    outbox = Outbox(tmp_path / "outbox", clock=api.clock)

    def act_then_cut(action: str, rid: int, version: int, **params: object) -> ActionResult:
        with unreachable(pg_db):
            return api.act(action, rid, version, **params)

    out = take_call(
        api.submit, act_then_cut, lambda: outbox, api.actor, draft(), AnswerOnLine(ANSWER), at=NOW
    )
    assert out.report is not None and out.final is None and out.step_queued
    assert not out.step_not_recorded
    (answer,) = outbox.pending()
    assert isinstance(answer, ActionEntry)
    assert (answer.report_id, answer.code, answer.version) == (
        out.report.report_id,
        out.report.code,
        out.report.version,
    )
    (sent,) = outbox.replay(api, api.actor)
    assert sent.result is not None and sent.result.status is ReportStatus.ANSWERED_DIRECTLY
