"""The main window: queues and counters by role, row → detail, F5, live counters, and the app's
sequence (first start, remembered login, log out)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from console.db import Database
from console.demo import generate_demo
from console.profiles import Profile, load_profile
from console.remember import KeyringStore
from console.services.auth import authenticate, login_with_remembered, remember_login
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter
from console.settings import load_settings
from console.views.app import ConsoleApp, open_main_window
from console.views.i18n import queue_label
from console.views.login_dialog import LoginDialog
from console.views.main_window import MainWindow
from tests.keyring_memory import MemoryKeyring, installed
from tests.scenario_helpers import draft

NOW = datetime(2026, 11, 24, 10)
PASSWORD = "mat-khau-demo"


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.toml"
    monkeypatch.setenv("CONSOLE_SETTINGS", str(path))
    return path


@pytest.fixture
def demo(sqlite_db: Database) -> tuple[Database, Profile]:
    profile = load_profile("thai-nguyen")
    generate_demo(sqlite_db, profile, reports=150, now=NOW, password=PASSWORD)
    return sqlite_db, profile


def window_for(qtbot, demo, username: str, **kwargs: int) -> MainWindow:
    db, profile = demo
    actor = authenticate(db, username, PASSWORD)
    window = open_main_window(db, profile, actor, lambda: NOW, **kwargs)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.nav.counts_changed, timeout=10000):
        window.show()
    return window


def shown_counts(window: MainWindow) -> dict[Queue, str]:
    return {q: window.nav.item_for(q).text() for q in window.nav.queues()}


def rows_loaded(window: MainWindow) -> bool:
    return window.queue_view.model.rowCount() > 0


def test_operator_window(qtbot, demo) -> None:
    window = window_for(qtbot, demo, "dieuhanh1")
    api = window.api
    assert window.windowTitle() == "Bàn điều hành phản ánh hiện trường — Tỉnh Thái Nguyên"
    assert window.nav.queues() == api.queues()
    assert window.nav.queues()[0] is Queue.NEW
    counts = api.counts()
    assert window.nav.counts == counts
    for queue, text in shown_counts(window).items():
        assert text == f"{queue_label(queue)} ({counts[queue]})"
    assert counts[Queue.ALL] == 150
    overdue = window.nav.item_for(Queue.OVERDUE)
    assert counts[Queue.OVERDUE] > 0 and overdue.foreground().color().name() == "#b00020"
    assert window.intake_action.isVisible() and window.intake_action.isEnabled()
    # the status bar: who, where, which database and profile, when
    assert window.user_label.text().startswith(api.actor.full_name + " — ")
    assert "Tổng đài viên" in window.user_label.text()
    assert window.unit_label.toolTip() == api.actor.unit_name
    assert window.db_label.toolTip() == api.db.display_url
    assert "Thái Nguyên" in window.profile_label.text()
    assert window.updated_label.text() == "Cập nhật lúc 10:00:00"
    # ... all of it legible on a 1366 x 768 screen, with the outbox's counts showing
    window.outbox_label.setText("Chờ gửi: 12, chưa gửi được: 3")
    window.outbox_label.show()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    labels = [window.user_label, window.unit_label, window.profile_label, window.db_label]
    for label in [*labels, window.updated_label, window.outbox_label]:
        qtbot.waitUntil(lambda label=label: label.width() >= label.sizeHint().width())
    assert window.db_label.text() == f"CSDL: {Path(api.db.url.split('///')[-1]).name}"
    # the first queue is open
    qtbot.waitUntil(lambda: rows_loaded(window), timeout=10000)
    assert window.queue_view.model.rowCount() == counts[Queue.NEW]


def test_officer_has_no_intake_and_its_own_queues(qtbot, demo) -> None:
    window = window_for(qtbot, demo, "cb.so-gtvt")
    assert not window.intake_action.isVisible() and not window.intake_action.isEnabled()
    assert window.nav.queues() == window.api.queues()
    assert window.nav.queues()[0] is Queue.UNIT and Queue.NEW not in window.nav.queues()
    assert "Cán bộ đầu mối" in window.user_label.text()
    assert window.unit_label.toolTip() == "Sở Giao thông vận tải tỉnh Thái Nguyên"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.intake is None
    assert not window.batch_action.isVisible()


def test_choosing_a_queue_shows_it(qtbot, demo) -> None:
    window = window_for(qtbot, demo, "dieuhanh1")
    with qtbot.waitSignal(window.queue_view.count_changed, timeout=10000) as blocker:
        window.nav.select_queue(Queue.OVERDUE)
    assert blocker.args == [window.api.count(QueueFilter(queue=Queue.OVERDUE))]


def test_selecting_or_activating_a_row_shows_the_detail(qtbot, demo) -> None:
    window = window_for(qtbot, demo, "dieuhanh1")
    qtbot.waitUntil(lambda: rows_loaded(window), timeout=10000)
    model = window.queue_view.model
    with qtbot.waitSignal(window.detail.loaded, timeout=10000) as blocker:
        window.queue_view.table.selectRow(1)
    assert blocker.args == [model.report_id(1)]
    assert window.detail.detail.code == model.row_data(1).code
    # Enter on a row activates it
    window.queue_view.table.setFocus()
    window.queue_view.table.selectRow(0)
    with qtbot.waitSignal(window.detail.loaded, timeout=10000) as blocker:
        qtbot.keyClick(window.queue_view.table, Qt.Key.Key_Return)
    assert blocker.args == [model.report_id(0)]


def test_f5_refreshes_counters_queue_and_detail(qtbot, demo) -> None:
    window = window_for(qtbot, demo, "dieuhanh1")
    qtbot.waitUntil(lambda: rows_loaded(window), timeout=10000)
    rid = window.queue_view.model.report_id(0)
    with qtbot.waitSignal(window.detail.loaded, timeout=10000):
        window.show_report(rid)
    with qtbot.waitSignals(
        [window.nav.counts_changed, window.queue_view.count_changed, window.detail.loaded],
        timeout=10000,
    ):
        qtbot.keyClick(window, Qt.Key.Key_F5)


def test_ctrl_f_goes_to_the_search_box(qtbot, demo) -> None:
    window = window_for(qtbot, demo, "dieuhanh1")
    qtbot.waitUntil(window.isActiveWindow)
    window.queue_view.table.setFocus()
    qtbot.waitUntil(window.queue_view.table.hasFocus)
    qtbot.keyClick(window.queue_view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.queue_view.search.hasFocus()
    window.detail.setFocus()
    window.find_action.trigger()
    assert window.queue_view.search.hasFocus()


def test_counters_follow_an_action_in_the_detail_pane(qtbot, demo) -> None:
    window = window_for(qtbot, demo, "dieuhanh1")
    qtbot.waitUntil(lambda: rows_loaded(window), timeout=10000)
    before = dict(window.nav.counts)
    rid = window.queue_view.model.report_id(0)
    with qtbot.waitSignal(window.detail.loaded, timeout=10000):
        window.show_report(rid)
    window.detail.start("request_info")
    qtbot.waitUntil(lambda: window.detail.dialog is not None, timeout=10000)
    dialog = window.detail.dialog
    dialog.note.setPlainText("Đề nghị cho biết số nhà cụ thể")
    with qtbot.waitSignals(
        [window.detail.changed, window.nav.counts_changed, window.queue_view.count_changed],
        timeout=10000,
    ):
        dialog.confirm()
    assert window.nav.counts[Queue.NEW] == before[Queue.NEW] - 1
    assert window.nav.counts[Queue.NEEDS_INFO] == before[Queue.NEEDS_INFO] + 1
    assert window.nav.item_for(Queue.NEW).text().endswith(f"({before[Queue.NEW] - 1})")


def test_the_timer_picks_up_changes_made_elsewhere(qtbot, demo) -> None:
    window = window_for(qtbot, demo, "dieuhanh1", interval_ms=100)
    qtbot.waitUntil(lambda: rows_loaded(window), timeout=10000)
    before = window.nav.counts[Queue.NEW]
    db, profile = demo
    other = ConsoleApi(db, profile, authenticate(db, "dieuhanh2", PASSWORD), lambda: NOW)
    row = other.page(QueueFilter(queue=Queue.NEW), limit=1)[0]
    other.act("reject", row.id, row.version, note="Không thuộc phạm vi tiếp nhận")
    qtbot.waitUntil(lambda: window.nav.counts[Queue.NEW] == before - 1, timeout=10000)
    # the open queue follows its counter
    qtbot.waitUntil(lambda: window.queue_view.model.rowCount() == before - 1, timeout=10000)
    window.close()
    assert not window.nav.timer.isActive()


@pytest.fixture
def any_demo(any_db: Database) -> tuple[Database, Profile]:
    profile = load_profile("thai-nguyen")
    generate_demo(any_db, profile, reports=150, now=NOW, password=PASSWORD)
    return any_db, profile


def test_a_report_submitted_at_another_console_shows_without_f5(qtbot, any_demo) -> None:
    # The 30 s timer cannot be what refreshes here: the live feed (NOTIFY / data_version) is.
    window = window_for(qtbot, any_demo, "dieuhanh1")
    assert window.nav.timer.interval() == 30_000
    assert window.live.feed.ready.wait(15)  # listening before the other console commits
    qtbot.waitUntil(lambda: rows_loaded(window), timeout=10000)
    before = window.nav.counts[Queue.NEW]
    db, profile = any_demo
    other_db = Database(db.url)  # another console: its own engine and connections
    try:
        actor = authenticate(other_db, "dieuhanh2", PASSWORD)
        ConsoleApi(other_db, profile, actor, lambda: NOW).submit(draft())
    finally:
        other_db.close()
    qtbot.waitUntil(lambda: window.nav.counts[Queue.NEW] == before + 1, timeout=15000)
    assert window.nav.item_for(Queue.NEW).text().endswith(f"({before + 1})")
    # the open queue follows
    qtbot.waitUntil(lambda: window.queue_view.model.rowCount() == before + 1, timeout=15000)
    window.close()
    qtbot.waitUntil(lambda: not window.live.feed.running, timeout=15000)


def test_intake_opens_for_the_operator(qtbot, demo) -> None:
    window = window_for(qtbot, demo, "dieuhanh1")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.intake is not None and window.intake.isVisible())
    first = window.intake
    window.intake_action.trigger()
    assert window.intake is first  # one intake form at a time: it comes to the front
    with qtbot.waitSignal(window.detail.loaded, timeout=10000):
        window.intake.submitted.emit(window.api.page(QueueFilter(queue=Queue.NEW))[0].id)
    window.intake.close()
    qtbot.waitUntil(lambda: window.intake is None)
    window.batch_action.trigger()
    assert window.batch is not None and window.batch.isVisible()
    window.batch.close()


def test_language_choice_is_saved_for_the_next_start(qtbot, demo) -> None:
    window = window_for(qtbot, demo, "dieuhanh1")
    window.language_actions["en"].trigger()
    assert load_settings().language == "en"
    assert "khởi động lại" in window.statusBar().currentMessage()


# -- the app's sequence ------------------------------------------------------------------------


def top_level(kind: type, name: str | None = None):
    for w in QApplication.topLevelWidgets():
        if isinstance(w, kind) and w.isVisible() and (name is None or w.objectName() == name):
            return w
    return None


def test_remembered_login_skips_the_dialog_and_logout_forgets_it(qtbot, demo) -> None:
    db, profile = demo
    with installed(MemoryKeyring()):
        actor = authenticate(db, "dieuhanh1", PASSWORD)
        remember_login(db, actor.id, store=KeyringStore())
        app = ConsoleApp(db, profile, clock=lambda: NOW)
        app.start()
        assert app.login is None and app.window is not None
        window = app.window
        qtbot.addWidget(window)
        assert window.api.actor.username == "dieuhanh1"
        window.logout_action.trigger()
        qtbot.waitUntil(lambda: app.login is not None and app.login.isVisible())
        qtbot.addWidget(app.login)
        assert login_with_remembered(db, store=KeyringStore()) is None
        with qtbot.waitSignal(app.finished):
            app.login.reject()


def test_login_then_main_window_then_quit(qtbot, demo) -> None:
    db, profile = demo
    with installed(MemoryKeyring()):
        app = ConsoleApp(db, profile, clock=lambda: NOW)
        app.start()
        dialog = app.login
        assert isinstance(dialog, LoginDialog) and dialog.isVisible()
        qtbot.addWidget(dialog)
        dialog.username.setText("cb.so-gtvt")
        dialog.password.setText(PASSWORD)
        dialog.login_button.click()
        qtbot.waitUntil(lambda: app.window is not None, timeout=10000)
        window = app.window
        qtbot.addWidget(window)
        assert window.api.actor.username == "cb.so-gtvt"
        with qtbot.waitSignal(app.finished):
            window.quit_action.trigger()


def test_first_start_on_an_empty_database_makes_demo_data(
    qtbot, sqlite_db: Database, monkeypatch
) -> None:
    monkeypatch.setattr("console.views.app.FIRST_START_REPORTS", 30)
    app = ConsoleApp(sqlite_db, load_profile("tien-giang"))
    app.start()
    assert top_level(object, "firstRunProgress") is not None
    qtbot.waitUntil(lambda: app.accounts_box is not None, timeout=60000)
    box = app.accounts_box
    assert "dieuhanh1" in box.detailedText() and "30 phản ánh" in box.text()
    assert app.login is None  # the accounts first, read once
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: app.login is not None and app.login.isVisible())
    qtbot.addWidget(app.login)
    assert "Tiền Giang" in app.login.profile_label.text()
    app.login.reject()


def test_the_report_on_screen_follows_a_change_made_at_another_console(qtbot, any_demo) -> None:
    window = window_for(qtbot, any_demo, "dieuhanh1")
    assert window.live.feed.ready.wait(15)
    qtbot.waitUntil(lambda: rows_loaded(window), timeout=10000)
    db, profile = any_demo
    row = window.queue_view.model.row_data(0)
    assert row is not None
    with qtbot.waitSignal(window.detail.loaded, timeout=10000):
        window.show_report(row.id)
    assert not window.detail.banner.isVisible()
    other_db = Database(db.url)
    try:
        other = ConsoleApi(
            other_db, profile, authenticate(other_db, "dieuhanh2", PASSWORD), lambda: NOW
        )
        other.act("reject", row.id, row.version, note="Không thuộc phạm vi tiếp nhận")
        who = other.actor.full_name
    finally:
        other_db.close()
    qtbot.waitUntil(lambda: window.detail.banner.isVisible(), timeout=15000)
    assert window.detail.banner.text() == f"{who} vừa cập nhật phản ánh này lúc 10:00: Không xử lý."
    assert window.detail.detail is not None and window.detail.detail.version == row.version + 1
    assert "action_reject" not in {b.objectName() for b in window.detail.action_buttons.values()}
    window.close()
    qtbot.waitUntil(lambda: not window.live.feed.running, timeout=15000)
