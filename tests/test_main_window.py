"""The first window opens on a database, shows the reports, database and profile."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from console.db import Database
from console.demo import generate_demo
from console.profiles import load_profile
from console.views.app import open_main_window
from console.views.main_window import MainWindow
from console.views.report_table_model import ReportTableModel


def test_window_shows_rows(qtbot, sqlite_db: Database) -> None:
    profile = load_profile("thai-nguyen")
    generate_demo(
        sqlite_db, profile, reports=120, now=datetime(2026, 11, 24, 10), password="mat-khau-demo"
    )
    window = MainWindow(sqlite_db, profile)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 120, timeout=5000)
    assert "Thái Nguyên" in window.windowTitle()
    assert sqlite_db.display_url in window.db_label.text()
    assert "thai-nguyen" in window.profile_label.text()
    assert "120 phản ánh" in window.count_label.text()
    first = window.model.index(0, 0).data()
    assert first.startswith("TN-")
    titles = {window.model.index(r, 2).data() for r in range(window.model.rowCount())}
    assert all(titles)
    # F5 reloads
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "cập nhật" in window.count_label.text(), timeout=5000)


def test_first_start_on_an_empty_database_makes_demo_data(qtbot, sqlite_url: str) -> None:
    window = open_main_window(sqlite_url, "tien-giang")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=60000)
    box = window.findChild(object, "demoAccountsBox")
    assert box is not None and "dieuhanh1" in box.detailedText()
    assert window.model.index(0, 0).data().startswith("TG-")


def test_model_is_consistent(qtmodeltester) -> None:
    model = ReportTableModel()
    qtmodeltester.check(model)
