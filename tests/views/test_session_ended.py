"""Issue 15 item 5: the open window of a person deactivated meanwhile is told and signs out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from console.db import Database
from console.services.auth import system_actor
from console.services.users import deactivate_user
from tests.views.test_main_window import demo as demo  # the fixture
from tests.views.test_main_window import window_for


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.toml"
    monkeypatch.setenv("CONSOLE_SETTINGS", str(path))
    return path


def test_a_deactivated_persons_window_says_so_and_signs_out(qtbot, demo) -> None:
    db: Database = demo[0]
    window = window_for(qtbot, demo, "dieuhanh1")
    window.session_watch.check()  # still active: nothing happens
    qtbot.waitUntil(lambda: not window.session_watch._asking, timeout=10000)
    assert window.ended_box is None

    deactivate_user(db, system_actor(), "dieuhanh1")
    with qtbot.waitSignal(window.logout_requested, timeout=10000):
        window.session_watch.check()  # what its timer does every 30 s
    box = window.ended_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "dieuhanh1" in box.text() and "vô hiệu hóa" in box.text()
    box.close()
