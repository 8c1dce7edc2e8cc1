"""Quản trị → Mục chờ gửi của phiên đã kết thúc: the administrator sees what an ended offline
session left on this workstation, sends it in the author's name, or discards it after asking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from console.db import Database
from console.models import Role
from console.views.admin.held_outbox import HeldOutboxScreen
from tests.outbox_helpers import unreachable
from tests.scenario_helpers import draft
from tests.views.pane_helpers import save_shot, shot_dir, world


@pytest.fixture(autouse=True)
def own_outbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSOLE_OUTBOX_DIR", str(tmp_path / "outboxes"))


def test_send_in_the_authors_name_or_discard(qtbot, sqlite_db: Database, tmp_path: Path) -> None:
    w = world(sqlite_db)
    admin = w.api("quantri", "ioc", Role.ADMIN)
    r = w.op.submit(draft())
    with unreachable(sqlite_db):
        w.op.outbox().put(draft(title="Cống thoát nước bị tắc"), w.op.actor)
        w.op.act_or_wait("classify", r.report_id, r.version, code=r.code, category="giao_thong")
    w.op.outbox().hold("dieuhanh1", "phiên ngoại tuyến kết thúc")
    admin.admin.set_active("dieuhanh1", False)

    screen = HeldOutboxScreen(admin)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.table.rowCount() == 2
    assert screen.table.item(0, 0).text() == "dieuhanh1"
    assert screen.table.item(0, 2).text() == "Phản ánh mới — Cống thoát nước bị tắc"
    assert screen.table.item(1, 2).text() == f"Phân loại — {r.code}"
    save_shot(screen, shot_dir(tmp_path) / "admin-held-outbox.png")
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    assert "chưa hoạt động lại" in screen.message.text() and screen.table.rowCount() == 2

    screen.table.selectRow(1)
    qtbot.mouseClick(screen.discard_button, Qt.MouseButton.LeftButton)
    assert screen.confirm is not None
    screen.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert screen.table.rowCount() == 1 and "Đã bỏ" in screen.message.text()

    admin.admin.set_active("dieuhanh1", True)
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    assert screen.message.text().startswith("Đã gửi 1 mục dưới tên dieuhanh1")
    assert screen.table.rowCount() == 0 and not screen.send_button.isEnabled()


def test_the_screen_is_in_the_administration_menu(qtbot, sqlite_db: Database) -> None:
    from console.views.main_window import MainWindow

    w = world(sqlite_db)
    admin = w.api("quantri", "ioc", Role.ADMIN)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert window.admin_menu is not None
    (action,) = [
        a for a in window.admin_menu.actions() if a.objectName() == "admin_held_outboxAction"
    ]
    assert action.text() == "Mục chờ gửi của phiên đã kết thúc…"
    action.trigger()
    screen = window.admin_menu.open_screens["held_outbox"]
    assert isinstance(screen, HeldOutboxScreen) and screen.isVisible()
    window.close()
