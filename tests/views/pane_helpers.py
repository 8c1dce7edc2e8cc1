"""A Thái Nguyên province with one person per role, and the moves a test makes on the detail
pane: open a report, click an action, type Vietnamese, confirm and wait for the reload."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from console.db import Database
from console.models import Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.views.detail_pane import DetailPane
from console.views.note_dialogs import ActionDialog
from tests.scenario_helpers import Province, make_province

MON = datetime(2026, 3, 2, 9, 0)
TIMEOUT = 10000


@dataclass
class World:
    p: Province
    op: ConsoleApi
    op2: ConsoleApi
    officer: ConsoleApi
    leader: ConsoleApi
    stranger: ConsoleApi
    office: ConsoleApi

    def api(self, username: str, unit: str, *roles: Role) -> ConsoleApi:
        return ConsoleApi(
            self.p.db, self.p.profile, self.p.add(username, unit, *roles), self.p.clock
        )


def world(db: Database, profile: str = "thai-nguyen", now: datetime = MON) -> World:
    p = make_province(db, load_profile(profile), now)

    def api(username: str, unit: str, *roles: Role) -> ConsoleApi:
        return ConsoleApi(db, p.profile, p.add(username, unit, *roles), p.clock)

    return World(
        p,
        api("dieuhanh1", "ioc", Role.OPERATOR),
        api("dieuhanh2", "ioc", Role.OPERATOR),
        api("cb.gtvt", "so_gtvt", Role.OFFICER),
        api("ld.gtvt", "so_gtvt", Role.LEADER),
        api("cb.yt", "so_yt", Role.OFFICER),
        api("vanphong", "vp_ubnd", Role.OFFICE),
    )


def open_pane(qtbot, api: ConsoleApi, report_id: int, *, fails: bool = False) -> DetailPane:
    pane = DetailPane(api)
    qtbot.addWidget(pane)
    pane.resize(1366, 768)
    pane.show()
    with qtbot.waitSignal(pane.failed if fails else pane.loaded, timeout=TIMEOUT):
        pane.show_report(report_id)
    return pane


def show(qtbot, pane: DetailPane, report_id: int) -> None:
    with qtbot.waitSignal(pane.loaded, timeout=TIMEOUT):
        pane.show_report(report_id)


def click_action(qtbot, pane: DetailPane, action: str) -> ActionDialog:
    """Click the action's button in the pane; the dialog it opens."""
    qtbot.mouseClick(pane.action_buttons[action], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.dialog is not None and pane.dialog.isVisible(), timeout=TIMEOUT)
    assert pane.dialog is not None and pane.dialog.action == action
    return pane.dialog


def tick(qtbot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator (its middle may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_text(widget: QWidget, text: str) -> None:
    """Type Vietnamese as a keyboard would (keyClicks aborts on non-ASCII: FIELD-NOTES)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def confirm(qtbot, pane: DetailPane, dialog: ActionDialog, button: QWidget | None = None) -> None:
    """Click OK (or ``button``) and wait until the action is committed and the pane reloaded."""
    with qtbot.waitSignals([pane.changed, pane.loaded], timeout=TIMEOUT):
        qtbot.mouseClick(button or dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.dialog is None, timeout=TIMEOUT)


def refused(qtbot, pane: DetailPane, dialog: ActionDialog, button: QWidget | None = None) -> str:
    """Click OK (or ``button``) and wait for the refusal shown in the dialog; its text."""
    qtbot.mouseClick(button or dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden() and not dialog.busy, timeout=TIMEOUT)
    return dialog.error_label.text()


def history(api: ConsoleApi, report_id: int) -> list[str]:
    return [h.action for h in api.detail(report_id).history]


def shot_dir(tmp_path: Path) -> Path:
    """docs/screenshots when CONSOLE_SCREENSHOTS is set (make the README's pictures), else a
    temporary folder: the screenshots are still made and checked on every run."""
    if os.environ.get("CONSOLE_SCREENSHOTS"):
        out = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
        out.mkdir(parents=True, exist_ok=True)
        return out
    return tmp_path


def save_shot(widget: QWidget, path: Path) -> None:
    QCoreApplication.processEvents()
    image = widget.grab()
    assert not image.isNull() and image.width() > 200
    assert image.save(str(path))
