"""Issue 15 item 1, the screen: an action typed in the detail pane while the server does not
answer waits in the outbox (the pane and the status bar say so); when another operator moved
the report meanwhile, the replay puts it in the "Chưa gửi được" list, which shows what changed
and the typed text, and Gửi lại / Sửa / Bỏ work from there."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QStatusBar
from sqlalchemy import select

from console.db import Database
from console.models import AuditEntry, HistoryEntry
from console.services.action_base import ActionResult
from console.services.outbox import Replayed
from console.services.outbox_actions import ActionEntry
from console.views.outbox_list import UnsentDialog
from console.views.outbox_status import OutboxLabel, OutboxStatus
from tests.outbox_helpers import unreachable
from tests.scenario_helpers import draft
from tests.views.pane_helpers import (
    TIMEOUT,
    World,
    click_action,
    open_pane,
    save_shot,
    shot_dir,
    type_text,
    world,
)

TEXT = "Đề nghị bà cho biết số nhà chính xác để cử người kiểm tra."


@pytest.fixture(autouse=True)
def own_outbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSOLE_OUTBOX_DIR", str(tmp_path / "outboxes"))


def actions(db: Database, report_id: int) -> list[str]:
    with db.session() as s:
        return list(
            s.scalars(
                select(HistoryEntry.action)
                .where(HistoryEntry.report_id == report_id)
                .order_by(HistoryEntry.id)
            )
        )


def test_a_conflict_end_to_end_from_the_pane_to_the_list(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft(category="giao_thong"))
    pane = open_pane(qtbot, w.op, r.report_id)
    status = OutboxStatus(w.op, interval_ms=3_600_000)
    bar = QStatusBar()
    qtbot.addWidget(bar)
    label = OutboxLabel(status)
    bar.addPermanentWidget(label)
    bar.show()
    assert label.isHidden()

    # the link goes: the action waits in the outbox instead of an error
    dialog = click_action(qtbot, pane, "request_info")
    type_text(dialog.note, TEXT)
    with unreachable(sqlite_db):
        with qtbot.waitSignal(pane.queued, timeout=TIMEOUT) as sig:
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: pane.dialog is None, timeout=TIMEOUT)
    assert "hàng chờ" in sig.args[0] and pane.banner.text() == sig.args[0]
    status.refresh()
    assert label.isVisible() and label.text() == "Chờ gửi: 1"

    # meanwhile another operator forwards the report; the replay does not apply ours blindly
    w.p.clock.now = datetime(2026, 3, 2, 9, 40)
    w.op2.act("forward", r.report_id, r.version, unit="so_gtvt")
    with qtbot.waitSignal(status.unsent_found, timeout=TIMEOUT) as found:
        status.replay()
    qtbot.waitUntil(lambda: not status._running, timeout=TIMEOUT)
    assert found.args == [1]
    assert label.text() == "Chờ gửi: 1, chưa gửi được: 1"
    assert actions(sqlite_db, r.report_id) == ["submit", "forward"]

    # the list: what changed, the typed text, the three buttons
    unsent = UnsentDialog(w.op)
    qtbot.addWidget(unsent)
    unsent.show()
    assert unsent.list.count() == 1
    assert unsent.heading.text() == f"Đề nghị bổ sung — {r.code}"
    assert "Chưa gửi được: Phản ánh vừa được Cán bộ dieuhanh2 thay đổi" in unsent.state.text()
    changes = unsent.what_changed.text()
    assert "09:40 02/03/2026" in changes and "Cán bộ dieuhanh2" in changes
    assert "Chuyển xử lý" in changes and "Trạng thái hiện nay: <b>Đã chuyển xử lý</b>" in changes
    assert unsent.text.toPlainText() == TEXT and not unsent.text.isReadOnly()
    save_shot(unsent, shot_dir(tmp_path) / "unsent-list.png")

    # Sửa keeps the new text; Gửi lại sends it against the report as it is now: refused
    # there (a forwarded report cannot be sent back to the citizen), still in the list
    unsent.text.setPlainText("Đã gọi lại cho bà Hường.")
    assert unsent.edit_button.isEnabled()
    qtbot.mouseClick(unsent.edit_button, Qt.MouseButton.LeftButton)
    (entry,) = w.op.waiting()
    assert isinstance(entry, ActionEntry) and entry.text == "Đã gọi lại cho bà Hường."
    qtbot.mouseClick(unsent.resend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Vẫn chưa gửi được" in unsent.message.text(), timeout=TIMEOUT)
    assert unsent.list.count() == 1 and unsent.text.toPlainText() == "Đã gọi lại cho bà Hường."

    # Bỏ asks first; "Không bỏ" keeps it, "Bỏ" drops it and records it
    qtbot.mouseClick(unsent.discard_button, Qt.MouseButton.LeftButton)
    assert unsent.confirm is not None and unsent.confirm.isVisible()
    unsent.confirm.button(QMessageBox.StandardButton.No).click()
    assert unsent.list.count() == 1
    qtbot.mouseClick(unsent.discard_button, Qt.MouseButton.LeftButton)
    assert unsent.confirm is not None
    with qtbot.waitSignal(unsent.emptied, timeout=TIMEOUT):
        unsent.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert "Đã bỏ mục chờ gửi" in unsent.message.text() and unsent.empty.isVisible()
    assert w.op.waiting() == [] and actions(sqlite_db, r.report_id) == ["submit", "forward"]
    with sqlite_db.session() as s:
        assert s.scalar(select(AuditEntry.target).where(AuditEntry.action == "outbox.discard"))
    status.refresh()
    assert label.isHidden()


def forward_met_a_classify(db: Database) -> tuple[World, ActionResult, Replayed]:
    """A forward typed while the server did not answer; another operator classified the
    report meanwhile: the replay puts the forward in the list."""
    w = world(db)
    r = w.op.submit(draft(category="giao_thong"))
    with unreachable(db):
        w.op.act_or_wait("forward", r.report_id, r.version, code=r.code, unit="so_gtvt")
    w.op2.act("classify", r.report_id, r.version, category="moi_truong")
    (out,) = w.op.send_waiting()
    assert out.conflict
    return w, r, out


def test_gui_lai_lands_an_action_on_the_new_version(qtbot, sqlite_db: Database) -> None:
    w, r, _out = forward_met_a_classify(sqlite_db)
    unsent = UnsentDialog(w.op)
    qtbot.addWidget(unsent)
    unsent.show()
    assert unsent.text.isReadOnly()  # a forward carries no typed text here
    with qtbot.waitSignal(unsent.changed, timeout=TIMEOUT):
        qtbot.mouseClick(unsent.resend_button, Qt.MouseButton.LeftButton)
    assert unsent.message.text() == f"Đã gửi: {r.code}."
    assert actions(sqlite_db, r.report_id) == ["submit", "classify", "forward"]
    assert unsent.list.count() == 0


def test_linking_a_duplicate_at_intake_waits_when_the_server_does_not_answer(
    qtbot, sqlite_db: Database
) -> None:
    from tests.views.test_intake_dialog import province, saved_beside_a_duplicate

    _, api = province(sqlite_db)
    main, dialog, new_id = saved_beside_a_duplicate(qtbot, api)
    with unreachable(sqlite_db):
        qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "hàng chờ" in dialog.done_panel.dup_note.text(), timeout=TIMEOUT)
    assert main.code in dialog.done_panel.dup_note.text()
    (sent,) = api.send_waiting()
    assert sent.result is not None
    assert actions(sqlite_db, new_id) == ["submit", "link"]


def test_a_held_entry_is_shown_but_not_the_authors_to_send(qtbot, sqlite_db: Database) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft())
    with unreachable(sqlite_db):
        w.op.act_or_wait("reject", r.report_id, r.version, code=r.code, note="Trùng lặp")
    w.op.outbox().hold("dieuhanh1", "phiên ngoại tuyến kết thúc")
    unsent = UnsentDialog(w.op)
    qtbot.addWidget(unsent)
    unsent.show()
    assert "Chờ quản trị viên quyết định: phiên ngoại tuyến kết thúc" in unsent.state.text()
    assert not unsent.resend_button.isEnabled() and not unsent.discard_button.isEnabled()
    assert unsent.text.isReadOnly()


def test_the_list_speaks_english_in_the_english_interface(
    qtbot, english, sqlite_db: Database
) -> None:
    """The refusal, who changed the report, the action and the states: in English, from what
    the outbox kept (the template and its values, the labels), not the Vietnamese stored."""
    w, _r, out = forward_met_a_classify(sqlite_db)
    assert out.message.startswith("Phản ánh vừa được Cán bộ dieuhanh2 thay đổi")  # as stored
    unsent = UnsentDialog(w.op)
    qtbot.addWidget(unsent)
    unsent.show()
    state, changes = unsent.state.text(), unsent.what_changed.text()
    assert "Not sent: The report was just changed by Cán bộ dieuhanh2 at 09:00 on" in state
    assert "Phản ánh" not in state
    assert "(Classify) → New" in changes and "State now: <b>New</b>" in changes, changes
