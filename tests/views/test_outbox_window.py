"""The main window reaches the "Chưa gửi được" list from the status bar's count and from
Tệp → Chưa gửi được… (Ctrl+Shift+G)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from console.db import Database
from console.views.main_window import MainWindow
from console.views.outbox_list import UnsentDialog
from tests.outbox_helpers import unreachable
from tests.scenario_helpers import draft
from tests.views.pane_helpers import TIMEOUT, world


@pytest.fixture(autouse=True)
def own_outbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSOLE_OUTBOX_DIR", str(tmp_path / "outboxes"))


def test_the_window_opens_the_list_from_the_count_and_from_the_menu(
    qtbot, sqlite_db: Database
) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft(category="giao_thong"))
    with unreachable(sqlite_db):
        w.op.act_or_wait("classify", r.report_id, r.version, code=r.code, category="moi_truong")
    window = MainWindow(w.op)
    qtbot.addWidget(window)
    window.show()
    assert window.unsent_action.shortcut().toString() == "Ctrl+Shift+G"
    assert window.unsent_action in window.menuBar().actions()[0].menu().actions()
    qtbot.waitUntil(lambda: window.outbox.count == 0, timeout=TIMEOUT)  # sent at start
    with unreachable(sqlite_db):
        w.op.act_or_wait("forward", r.report_id, r.version, code=r.code, unit="so_gtvt")
    window.outbox.refresh()
    qtbot.waitUntil(window.outbox_label.isVisible, timeout=TIMEOUT)
    qtbot.mouseClick(window.outbox_label, Qt.MouseButton.LeftButton)
    dialog = window.unsent_dialog
    assert isinstance(dialog, UnsentDialog) and dialog.isVisible()
    assert dialog.heading.text() == f"Chuyển xử lý — {r.code}"
    dialog.close()
    window.unsent_action.trigger()
    assert dialog.isVisible()
    window.close()
