"""Issue 14 item 3: one refresh signal. An action here, a report landing from the outbox, the
intake's new report and a change at another console all reach the window as one ``Changes``
through ``window.live.changed``; each part decides from it. An action here and the live feed's
echo of the same commit are one refresh, not two."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from console.db import Database
from console.demo import generate_demo
from console.profiles import load_profile
from console.services.auth import authenticate
from console.services.live import Changes
from console.services.queues import Queue
from console.views.app import open_main_window
from console.views.main_window import MainWindow

NOW = datetime(2026, 11, 24, 10)
PASSWORD = "mat-khau-demo"
SETTLE_MS = 1500  # longer than the burst (1 s at most): every echo has arrived


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSOLE_SETTINGS", str(tmp_path / "settings.toml"))


def _window(qtbot, db: Database) -> MainWindow:
    profile = load_profile("thai-nguyen")
    generate_demo(db, profile, reports=60, now=NOW, password=PASSWORD)
    window = open_main_window(db, profile, authenticate(db, "dieuhanh1", PASSWORD), lambda: NOW)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.nav.counts_changed, timeout=10000):
        window.show()
    assert window.live.feed.ready.wait(15)
    qtbot.waitUntil(lambda: window.queue_view.model.rowCount() > 0, timeout=10000)
    return window


def test_an_action_here_and_its_echo_refresh_once(qtbot, pg_db: Database) -> None:
    window = _window(qtbot, pg_db)
    rid = window.queue_view.model.report_id(0)
    with qtbot.waitSignal(window.detail.loaded, timeout=10000):
        window.show_report(rid)
    refreshed, loads, signals = [], [], []
    real_refresh = window.queue_view.refresh
    window.queue_view.refresh = lambda: (refreshed.append(1), real_refresh())  # type: ignore[method-assign]
    window.detail.loaded.connect(lambda *_: loads.append(1))
    window.live.changed.connect(signals.append)
    window.detail.start("request_info")
    qtbot.waitUntil(lambda: window.detail.dialog is not None, timeout=10000)
    window.detail.dialog.note.setPlainText("Đề nghị cho biết số nhà cụ thể")
    with qtbot.waitSignal(window.nav.counts_changed, timeout=10000):
        window.detail.dialog.confirm()
    qtbot.wait(SETTLE_MS)
    assert len(signals) == 1  # the action and the NOTIFY echo: one burst
    assert rid in signals[0].report_ids and rid in signals[0].here
    assert refreshed == [1]  # the queue read once
    assert loads == [1]  # the pane's own reload; the echo does not read it again
    assert window.queue_view.model.rowCount() == window.nav.counts[Queue.NEW]


def test_each_part_decides_from_one_changes(qtbot, sqlite_db: Database) -> None:
    window = _window(qtbot, sqlite_db)
    rid = window.queue_view.model.report_id(0)
    with qtbot.waitSignal(window.detail.loaded, timeout=10000):
        window.show_report(rid)
    other = window.queue_view.model.report_id(1)
    assert other is not None
    # Another report changed elsewhere: counters read, the report on screen left alone.
    with (
        qtbot.assertNotEmitted(window.detail.loaded, wait=300),
        qtbot.waitSignal(window.nav.counts_changed, timeout=10000),
    ):
        window.live.changed.emit(Changes(frozenset({other})))
    # The report on screen changed here: the pane that acted has it already.
    with qtbot.assertNotEmitted(window.detail.loaded, wait=300):
        window.live.changed.emit(Changes.made_here(rid))
    # ... and elsewhere: read again.
    with qtbot.waitSignal(window.detail.loaded, timeout=10000):
        window.live.changed.emit(Changes(frozenset({rid})))
