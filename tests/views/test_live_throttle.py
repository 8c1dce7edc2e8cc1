"""Issue 15 item 4: the window refreshes at most twice a second, and re-counts only the counters
a change can have moved; its own action still shows at once. On the real PostgreSQL, whose feed
says where each report moved (migration 0020)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from console.db import Database
from console.demo import generate_demo
from console.profiles import load_profile
from console.services.auth import authenticate
from console.services.console_api import ConsoleApi
from console.services.live import Changes
from console.services.queues import Queue, QueueFilter
from console.views.app import open_main_window
from console.views.main_window import MainWindow
from tests.scenario_helpers import draft

NOW = datetime(2026, 11, 24, 10)
PASSWORD = "mat-khau-demo"
GAP_S = 5.0  # the window's "second", long here so that a slow machine still acts within it


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSOLE_SETTINGS", str(tmp_path / "settings.toml"))


def _window(qtbot, db: Database, username: str = "dieuhanh1") -> MainWindow:
    profile = load_profile("thai-nguyen")
    generate_demo(db, profile, reports=40, now=NOW, password=PASSWORD)
    window = open_main_window(db, profile, authenticate(db, username, PASSWORD), lambda: NOW)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.nav.counts_changed, timeout=10000):
        window.show()
    assert window.live.feed.ready.wait(15)
    qtbot.waitUntil(lambda: window.queue_view.model.rowCount() > 0, timeout=10000)
    return window


def _other(db: Database) -> ConsoleApi:
    """Another console: its own database object, connections and operator."""
    return ConsoleApi(db, load_profile("thai-nguyen"), authenticate(db, "dieuhanh2", PASSWORD))


def _recorded(window: MainWindow) -> list[set[Queue]]:
    """The counters each of the window's live refreshes reads, in order."""
    counted: list[set[Queue]] = []
    real = window.api.counts_after

    def counts_after(changes: Changes) -> dict[Queue, int]:
        result = real(changes)
        counted.append(set(result))
        return result

    window.api.counts_after = counts_after  # type: ignore[method-assign]
    return counted


@pytest.mark.pg
def test_two_changes_inside_a_second_refresh_once_with_the_right_counts(
    qtbot, pg_db: Database, pg_url: str
) -> None:
    window = _window(qtbot, pg_db)
    window.live.min_gap_s = GAP_S
    signals: list[Changes] = []
    window.live.changed.connect(signals.append)
    counted = _recorded(window)
    other_db = Database(pg_url)
    try:
        other = _other(other_db)
        with qtbot.waitSignal(window.nav.counts_changed, timeout=15000):
            first = other.submit(draft(category="giao_thong"))  # a second begins
        assert signals and first.report_id in signals[-1].report_ids
        before = len(signals)
        # Two changes inside the second: one report forwarded, one more received.
        row = other.page(QueueFilter(Queue.NEW), limit=1)[0]
        forwarded = other.act("forward", row.id, row.version, unit="so_gtvt").report_id
        received = other.submit(draft(category="moi_truong")).report_id
        with qtbot.waitSignal(window.nav.counts_changed, timeout=int(GAP_S * 1000) + 15000):
            pass
        qtbot.wait(300)  # nothing else follows
        assert len(signals) == before + 1  # one refresh for both
        assert {forwarded, received} <= signals[-1].report_ids
        assert window.nav.counts == window.api.counts()  # the right counts, all of them
        # ... of which it read those the two can have moved only (received, forwarded: not
        # the queues of approval, publication, returns, escalation, progress…)
        assert {Queue.NEW, Queue.ALL} <= counted[-1]
        assert counted[-1] <= {Queue.NEW, Queue.MINE, Queue.DUE_SOON, Queue.OVERDUE, Queue.ALL}
        n = window.nav.counts[Queue.NEW]
        assert window.nav.item_for(Queue.NEW).text().endswith(f"({n})")
    finally:
        other_db.close()


@pytest.mark.pg
def test_an_action_here_shows_at_once_inside_the_second(
    qtbot, pg_db: Database, pg_url: str
) -> None:
    window = _window(qtbot, pg_db)
    window.live.min_gap_s = 60.0  # after a refresh, others' changes wait a minute
    other_db = Database(pg_url)
    try:
        with qtbot.waitSignal(window.nav.counts_changed, timeout=15000):
            _other(other_db).submit(draft())  # the refresh: a "second" begins
    finally:
        other_db.close()
    rid = window.queue_view.model.report_id(0)
    with qtbot.waitSignal(window.detail.loaded, timeout=10000):
        window.show_report(rid)
    new_before = window.nav.counts[Queue.NEW]
    window.detail.start("request_info")
    qtbot.waitUntil(lambda: window.detail.dialog is not None, timeout=10000)
    window.detail.dialog.note.setPlainText("Đề nghị cho biết số nhà cụ thể")
    with qtbot.waitSignal(window.nav.counts_changed, timeout=15000):  # not a minute later
        window.detail.dialog.confirm()
    assert window.nav.counts[Queue.NEW] == new_before - 1
    assert window.nav.counts == window.api.counts()


@pytest.mark.pg
def test_another_units_changes_make_no_refresh(qtbot, pg_db: Database, pg_url: str) -> None:
    """An officer of Sở GTVT hears every change of the province; a report received or sent to
    Sở Y tế moves nothing on their window and makes no refresh, one sent to them does."""
    window = _window(qtbot, pg_db, "cb.so-gtvt")
    window.live.min_gap_s = 0.0  # each change that concerns the window: a refresh of its own
    signals: list[Changes] = []
    window.live.changed.connect(signals.append)
    other_db = Database(pg_url)
    try:
        other = _other(other_db)
        before = window.nav.counts
        received = other.submit(draft(category="moi_truong"))
        other.act("forward", received.report_id, received.version, unit="so_yt")
        qtbot.wait(1500)  # heard (a bare LISTEN hears it in milliseconds), and dropped
        assert signals == []
        ours = other.submit(draft(category="giao_thong"))
        with qtbot.waitSignal(window.nav.counts_changed, timeout=15000):
            other.act("forward", ours.report_id, ours.version, unit="so_gtvt")
        assert ours.report_id in signals[-1].report_ids
        assert window.nav.counts[Queue.UNIT] == before[Queue.UNIT] + 1
        assert window.nav.counts == window.api.counts()
    finally:
        other_db.close()
