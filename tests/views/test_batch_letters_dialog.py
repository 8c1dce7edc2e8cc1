"""Batch printing: a period's letters made off the UI thread with progress, then saved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from console.db import Database
from console.demo import generate_demo
from console.profiles import load_profile
from console.services.auth import authenticate
from console.services.console_api import ConsoleApi
from console.views.batch_letters_dialog import BatchLettersDialog

NOW = datetime(2026, 11, 20, 10, 0)


def _api(db: Database) -> ConsoleApi:
    profile = load_profile("tien-giang")
    generate_demo(db, profile, reports=150, now=NOW, password="mat-khau-demo")
    return ConsoleApi(
        db, profile, authenticate(db, "dieuhanh1", "mat-khau-demo"), clock=lambda: NOW
    )


def test_make_and_save_a_period(qtbot, sqlite_db: Database, tmp_path: Path) -> None:
    dialog = BatchLettersDialog(_api(sqlite_db))
    qtbot.addWidget(dialog)
    dialog.first.setDate(QDate(2026, 1, 1))
    dialog.last.setDate(QDate(2026, 11, 20))
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=60000)
    assert dialog.batch is not None and dialog.batch.letters > 5
    assert dialog.progress.isHidden()
    assert f"Đã tạo {dialog.batch.letters} văn bản" in dialog.status.text()
    out = tmp_path / "lo.pdf"
    dialog.save_to(str(out))
    assert len(PdfReader(out).pages) >= dialog.batch.letters


def test_an_empty_period_says_so(qtbot, sqlite_db: Database) -> None:
    dialog = BatchLettersDialog(_api(sqlite_db))
    qtbot.addWidget(dialog)
    dialog.first.setDate(QDate(2020, 1, 1))
    dialog.last.setDate(QDate(2020, 1, 31))
    dialog.make()
    qtbot.waitUntil(lambda: "Không có phản ánh" in dialog.status.text(), timeout=20000)
    assert not dialog.save_button.isEnabled() and dialog.make_button.isEnabled()


def test_cancel_stops_the_batch(qtbot, sqlite_db: Database) -> None:
    dialog = BatchLettersDialog(_api(sqlite_db))
    qtbot.addWidget(dialog)
    dialog.first.setDate(QDate(2026, 1, 1))
    dialog.last.setDate(QDate(2026, 11, 20))
    dialog.make()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # before letter one ends
    qtbot.waitUntil(lambda: dialog.make_button.isEnabled(), timeout=60000)
    assert dialog.status.text() == "Đã dừng." and dialog.batch is None
