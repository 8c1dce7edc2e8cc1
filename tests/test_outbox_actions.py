"""Issue 15 item 1: every action can wait in the outbox while the central PostgreSQL does not
answer, lands exactly once when it is back, and one whose report moved meanwhile goes to the
"Chưa gửi được" list with its text kept, for its author to re-apply, edit or discard.

The cut is real: the console reaches PostgreSQL through a TCP proxy that the test cuts (every
connection closed, new ones closed at once) and mends (tests/pg_proxy.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from console.db import Database
from console.models import (
    Attachment,
    AuditEntry,
    HistoryEntry,
    ProgressNote,
    Publication,
    ReportStatus,
    Role,
)
from console.profiles import load_profile
from console.services.action_base import ActionResult
from console.services.console_api import ConsoleApi
from console.services.outbox_actions import ActionEntry
from console.workflow import WorkflowError
from tests.pg_proxy import LinkProxy, link_proxy
from tests.scenario_helpers import Province, draft, make_province

MON = datetime(2026, 3, 2, 9, 0)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def proxy(pg_url: str) -> Iterator[LinkProxy]:
    with link_proxy(pg_url) as p:
        yield p


@pytest.fixture
def db(
    proxy: LinkProxy, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Database]:
    monkeypatch.setenv("CONSOLE_OUTBOX_DIR", str(tmp_path / "outboxes"))
    d = Database(proxy.url(pg_url))
    yield d
    d.close()


@pytest.fixture
def p(db: Database) -> Province:
    return make_province(db, load_profile("thai-nguyen"), MON)


def api_of(p: Province, username: str, unit: str, role: Role) -> ConsoleApi:
    return ConsoleApi(p.db, p.profile, p.add(username, unit, role), p.clock)


def rows(db: Database, report_id: int, action: str) -> int:
    with db.session() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(HistoryEntry)
                .where(HistoryEntry.report_id == report_id, HistoryEntry.action == action)
            )
            or 0
        )


def across_cut(
    proxy: LinkProxy, api: ConsoleApi, action: str, r: ActionResult, **params: Any
) -> ActionResult:
    """Type ``action`` while the link is cut: it waits; a replay still cut sends nothing; the
    replay once mended lands it, and exactly one history row is written."""
    before = rows(api.db, r.report_id, action)
    with proxy.down():
        entry = api.act_or_wait(action, r.report_id, r.version, code=r.code, **params)
        assert isinstance(entry, ActionEntry)
        assert (entry.action, entry.report_id, entry.code, entry.version) == (
            action,
            r.report_id,
            r.code,
            r.version,
        )
        assert entry.username == api.actor.username
        (tried,) = api.send_waiting()
        assert tried.unreachable and tried.result is None
    assert api.waiting() == [entry]
    (sent,) = api.send_waiting()
    assert sent.result is not None, sent.message
    assert api.waiting() == [] and api.send_waiting() == []
    assert rows(api.db, r.report_id, action) == before + 1
    return sent.result


def test_every_action_type_waits_across_a_cut_and_lands_once(
    proxy: LinkProxy, p: Province, tmp_path: Path
) -> None:
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    officer = api_of(p, "cb.gtvt", "so_gtvt", Role.OFFICER)
    leader = api_of(p, "ld.gtvt", "so_gtvt", Role.LEADER)
    photo = tmp_path / "hien-truong.png"
    photo.write_bytes(PNG)

    r = op.submit(draft(reporter_name=""))
    r = across_cut(proxy, op, "request_info", r, note="Đề nghị bà cho biết họ tên đầy đủ.")
    assert r.status is ReportStatus.NEEDS_INFO
    r = across_cut(
        proxy, op, "supplement", r, note="Bà Hường bổ sung họ tên", reporter_name="Đặng Thị Hường"
    )
    r = across_cut(proxy, op, "restrict", r, restriction="reputational", note="Nêu tên cá nhân")
    r = across_cut(proxy, op, "restrict", r, restriction="none", note="Đã xem lại")
    r = across_cut(proxy, op, "classify", r, category="giao_thong")
    r = across_cut(proxy, op, "forward", r, unit="so_gtvt", consult=("so_xd",))
    assert r.status is ReportStatus.FORWARDED
    r = across_cut(proxy, officer, "accept", r)
    r = across_cut(
        proxy,
        officer,
        "post_progress",
        r,
        note="Đã cử cán bộ kiểm tra hiện trường.",
        notify_citizen=True,
        attachments=[photo],
    )
    with p.db.session() as s:
        (note,) = s.scalars(select(ProgressNote.text)).all()
        (content,) = s.scalars(select(Attachment.content)).all()
    assert note == "Đã cử cán bộ kiểm tra hiện trường." and content == PNG
    committed = datetime(2026, 3, 20, 16, 0)  # a date parameter survives the outbox
    r = across_cut(
        proxy,
        officer,
        "request_extension",
        r,
        committed=committed,
        note="Chờ vật liệu, đề nghị gia hạn.",
        attachments=[photo],
    )
    r = across_cut(proxy, leader, "approve_extension", r)
    assert officer.pending_extension(r.report_id) is None
    assert p.deadlines(r.report_id)["handle"].due_at == committed
    r = across_cut(
        proxy, officer, "submit_result", r, text="Đã vá ổ gà.", attachments=[photo, photo]
    )
    r = across_cut(proxy, leader, "return_for_rework", r, note="Bổ sung ảnh sau khi vá.")
    r = officer.act("submit_result", r.report_id, r.version, text="Đã vá ổ gà, có ảnh.")
    r = across_cut(proxy, leader, "approve", r)
    assert r.status is ReportStatus.APPROVED
    r = across_cut(proxy, op, "publish", r, publication=Publication.PUBLIC)
    assert r.status is ReportStatus.PUBLISHED
    r = across_cut(proxy, op, "rate", r, rating="hai_long", note="Người dân hài lòng.")
    with p.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 4
    r = across_cut(proxy, op, "add_feedback", r, note="Người dân gọi lại cảm ơn.")
    r = across_cut(proxy, op, "reopen", r, note="Kiểm tra lại mặt đường.")
    assert r.status is ReportStatus.REOPENED

    other = op.submit(draft(category="giao_thong"))
    other = across_cut(proxy, op, "forward", other, unit="so_gtvt")
    other = across_cut(proxy, officer, "return_to_ioc", other, note="Không thuộc thẩm quyền.")
    assert other.status is ReportStatus.RETURNED
    third = op.submit(draft())
    third = across_cut(proxy, op, "reject", third, note="Nội dung không thuộc phạm vi.")
    assert third.status is ReportStatus.REJECTED


def test_a_refusal_is_shown_at_once_and_nothing_waits(p: Province) -> None:
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    r = op.submit(draft())
    with pytest.raises(WorkflowError):
        op.act_or_wait("accept", r.report_id, r.version, code=r.code)
    assert op.waiting() == []


def lost_ack(proxy: LinkProxy, api: ConsoleApi) -> ConsoleApi:
    """``api``'s person on a console whose actions commit, then lose the link before the
    answer comes back."""

    class LostAck(ConsoleApi):
        def act(self, action: str, report_id: int, version: int, **params: Any) -> ActionResult:
            super().act(action, report_id, version, **params)
            with proxy.down():
                return super().act(action, report_id, version, **params)

    return LostAck(api.db, api.profile, api.actor, api.clock)


def test_a_lost_acknowledgement_lands_once(proxy: LinkProxy, p: Province) -> None:
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    r = op.submit(draft())
    lost = lost_ack(proxy, op)
    entry = lost.act_or_wait("classify", r.report_id, r.version, code=r.code, category="moi_truong")
    assert isinstance(entry, ActionEntry)  # the console could not know it landed
    (sent,) = op.send_waiting()
    assert sent.result is not None and not sent.conflict
    assert sent.result.version == r.version + 1
    assert rows(p.db, r.report_id, "classify") == 1 and op.waiting() == []


def test_a_chain_typed_offline_lands_in_order(proxy: LinkProxy, p: Province) -> None:
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    officer = api_of(p, "cb.gtvt", "so_gtvt", Role.OFFICER)
    r = op.submit(draft(category="giao_thong"))
    r = op.act("forward", r.report_id, r.version, unit="so_gtvt")
    with proxy.down():
        first = officer.act_or_wait("accept", r.report_id, r.version, code=r.code)
    # the link is back, but the accept still waits: the note goes behind it, not before
    second = officer.act_or_wait(
        "post_progress", r.report_id, r.version, code=r.code, note="Đang thi công."
    )
    assert isinstance(first, ActionEntry) and isinstance(second, ActionEntry)
    assert second.after == first.key
    done = officer.send_waiting()
    assert [d.result.status for d in done if d.result] == [ReportStatus.IN_PROGRESS] * 2
    assert rows(p.db, r.report_id, "post_progress") == 1


def test_a_report_moved_meanwhile_goes_to_the_list_with_the_text_kept(
    proxy: LinkProxy, p: Province
) -> None:
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    op2 = api_of(p, "dieuhanh2", "ioc", Role.OPERATOR)
    r = op.submit(draft(category="giao_thong"))
    text = "Đề nghị xác minh thêm vị trí ổ gà."
    with proxy.down():
        entry = op.act_or_wait("request_info", r.report_id, r.version, code=r.code, note=text)
    p.clock.now = datetime(2026, 3, 2, 9, 30)
    moved = op2.act("forward", r.report_id, r.version, unit="so_gtvt")  # another operator
    p.clock.now = datetime(2026, 3, 2, 10, 0)
    for _ in range(2):  # never applied blindly, never dropped: it stays in the list
        (out,) = op.send_waiting() or [None]
        assert out is None or (out.conflict and out.result is None)
    assert rows(p.db, r.report_id, "request_info") == 0
    (kept,) = op.waiting()
    assert isinstance(kept, ActionEntry) and kept.id == entry.id
    assert kept.text == text and kept.conflict is not None
    assert "Cán bộ dieuhanh2" in kept.conflict.reason
    (change,) = kept.conflict.changes
    assert (change.who, change.at, change.action, change.status) == (
        "Cán bộ dieuhanh2",
        datetime(2026, 3, 2, 9, 30),
        "Chuyển xử lý",
        "Đã chuyển xử lý",
    )
    assert kept.conflict.version == moved.version

    # re-apply: against the report as it is now, through the same checks (refused again:
    # a forwarded report cannot be sent back to the citizen), still in the list
    again = op.reapply_waiting(kept.id)
    assert again.conflict and "Không thể" in again.message
    # edit, then discard: recorded in the audit trail, gone from the outbox
    edited = op.edit_waiting(kept.id, "Đã gọi lại cho người phản ánh.")
    assert edited.text == "Đã gọi lại cho người phản ánh." and edited.conflict is not None
    assert op.discard_waiting(kept.id) is True
    assert op.waiting() == []
    with p.db.session() as s:
        (audit,) = s.scalars(select(AuditEntry).where(AuditEntry.action == "outbox.discard"))
    assert audit.target == f"report:{r.code}" and audit.old_value["action"] == "request_info"


def test_re_apply_lands_an_edited_note_once_on_the_new_version(
    proxy: LinkProxy, p: Province
) -> None:
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    officer = api_of(p, "cb.gtvt", "so_gtvt", Role.OFFICER)
    colleague = api_of(p, "cb2.gtvt", "so_gtvt", Role.OFFICER)
    r = op.submit(draft(category="giao_thong"))
    r = op.act("forward", r.report_id, r.version, unit="so_gtvt")
    r = officer.act("accept", r.report_id, r.version)
    with proxy.down():
        officer.act_or_wait("post_progress", r.report_id, r.version, code=r.code, note="Bản cũ")
    colleague.act("post_progress", r.report_id, r.version, note="Đã khảo sát.")
    (out,) = officer.send_waiting()
    assert out.conflict
    officer.edit_waiting(out.entry.id, "Đã rải đá dăm tạm thời.")
    done = officer.reapply_waiting(out.entry.id)
    assert done.result is not None and done.result.version == r.version + 2
    assert officer.waiting() == []
    with p.db.session() as s:
        notes = s.scalars(select(ProgressNote.text).order_by(ProgressNote.id)).all()
    assert notes == ["Đã khảo sát.", "Đã rải đá dăm tạm thời."]
    with pytest.raises(WorkflowError):  # gone: nothing to send twice
        officer.reapply_waiting(out.entry.id)


def test_another_persons_entries_are_not_theirs_to_send_or_discard(
    proxy: LinkProxy, p: Province
) -> None:
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    op2 = api_of(p, "dieuhanh2", "ioc", Role.OPERATOR)
    r = op.submit(draft())
    with proxy.down():
        entry = op.act_or_wait(
            "classify", r.report_id, r.version, code=r.code, category="ha_tang_do_thi"
        )
    assert op2.send_waiting() == [] and op2.waiting() == []
    with pytest.raises(WorkflowError):
        op2.discard_waiting(entry.id)
    (sent,) = op.send_waiting()
    assert sent.result is not None


def test_sqlite_too(sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.outbox_helpers import unreachable

    monkeypatch.setenv("CONSOLE_OUTBOX_DIR", str(tmp_path / "outboxes"))
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    r = op.submit(draft())
    with unreachable(sqlite_db):
        entry = op.act_or_wait(
            "classify", r.report_id, r.version, code=r.code, category="ha_tang_do_thi"
        )
    assert isinstance(entry, ActionEntry)
    (sent,) = op.send_waiting()
    assert sent.result is not None and rows(sqlite_db, r.report_id, "classify") == 1


def test_an_action_now_does_not_wait_behind_one_in_the_list(proxy: LinkProxy, p: Province) -> None:
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    op2 = api_of(p, "dieuhanh2", "ioc", Role.OPERATOR)
    r = op.submit(draft())
    with proxy.down():
        op.act_or_wait("classify", r.report_id, r.version, code=r.code, category="giao_thong")
    r = op2.act("classify", r.report_id, r.version, category="moi_truong")
    (out,) = op.send_waiting()
    assert out.conflict
    done = op.act_or_wait(
        "restrict", r.report_id, r.version, code=r.code, restriction="reputational", note="Nêu tên"
    )
    assert isinstance(done, ActionResult)  # applied at once, not queued behind the conflict


def test_the_other_actions_of_the_province_wait_across_a_cut_and_land_once(
    proxy: LinkProxy, p: Province
) -> None:
    """The rest of Thái Nguyên's actions, each typed during a cut (the other provinces' own,
    such as Đắk Lắk's delegation or Tiền Giang's field check, go through the same act path)."""
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    unit = api_of(p, "cb.gtvt", "so_gtvt", Role.OFFICER)
    unit_leader = api_of(p, "ld.gtvt", "so_gtvt", Role.LEADER)

    supervisor = api_of(p, "gs.ioc", "ioc", Role.SUPERVISOR)
    r = op.submit(draft(category="giao_thong"))
    r = op.act("forward", r.report_id, r.version, unit="so_gtvt")
    r = across_cut(proxy, supervisor, "escalate", r, note="Vụ việc phức tạp, báo cáo UBND.")

    r = op.submit(draft(category="giao_thong"))
    r = across_cut(proxy, op, "forward", r, unit="so_gtvt", consult=("so_xd",))
    r = across_cut(proxy, unit, "accept", r)
    r = across_cut(  # the IOC records the consulted unit's opinion
        proxy, op, "answer_consultation", r, unit="so_xd", note="Sở Xây dựng đã góp ý."
    )
    r = unit.act(
        "request_extension",
        r.report_id,
        r.version,
        committed=datetime(2026, 3, 20, 16, 0),
        note="Chờ vật liệu.",
    )
    r = across_cut(proxy, unit_leader, "refuse_extension", r, note="Đủ vật tư, làm trong hạn.")
    r = unit.act("submit_result", r.report_id, r.version, text="Đã xử lý.")
    r = across_cut(proxy, unit_leader, "edit_and_approve", r, text="Đã xử lý xong, đã kiểm tra.")
    assert r.status is ReportStatus.APPROVED
    r = op.act("publish", r.report_id, r.version, publication=Publication.PUBLIC)
    r = across_cut(proxy, op, "close", r)


def test_a_discard_made_offline_reaches_the_audit_trail_once_the_server_answers(
    proxy: LinkProxy, p: Province
) -> None:
    op = api_of(p, "dieuhanh1", "ioc", Role.OPERATOR)
    r = op.submit(draft())
    with proxy.down():
        entry = op.act_or_wait("classify", r.report_id, r.version, code=r.code, category="khac")
        assert isinstance(entry, ActionEntry)
        assert op.discard_waiting(entry.id) is False  # only the folder's log has it
    assert op.waiting() == []

    def discards() -> list[AuditEntry]:
        with p.db.session() as s:
            return list(s.scalars(select(AuditEntry).where(AuditEntry.action == "outbox.discard")))

    assert discards() == []
    with proxy.down():
        assert op.send_waiting() == []  # still not answering: it waits
    assert discards() == []
    op.send_waiting()  # the author's next contact with the server
    (audit,) = discards()
    assert audit.target == f"report:{r.code}" and audit.actor_id == op.actor.id
    assert audit.old_value["recorded_later"] is True and audit.old_value["action"] == "classify"
    op.send_waiting()
    assert len(discards()) == 1  # once
