"""Live updates on the UI thread: a feed's calls from its own thread become one throttled signal."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from console.services.live import ANYTHING, Changes, LiveFeed, OnChange
from console.views.live import LiveUpdates


class FakeFeed(LiveFeed):
    """Delivers what a test pushes, from a thread of its own like a real feed."""

    def __init__(self, on_change: OnChange) -> None:
        super().__init__(on_change)
        self.stopped = False

    def push(self, batches: list[Changes]) -> None:
        def run() -> None:  # straight to the callback, even after stop: a late delivery
            for changes in batches:
                self.on_change(changes)

        thread = threading.Thread(target=run)
        thread.start()
        thread.join(10)

    def stop(self, wait: float = 0.0) -> None:
        self.stopped = True
        super().stop(wait)


def live_for(qtbot, **kwargs: int) -> tuple[LiveUpdates, list[FakeFeed]]:
    feeds: list[FakeFeed] = []

    def watch(on_change: OnChange) -> LiveFeed:
        feeds.append(FakeFeed(on_change))
        return feeds[-1]

    live = LiveUpdates(watch, **kwargs)
    return live, feeds


def test_a_burst_of_500_changes_is_one_signal_on_the_ui_thread(qtbot) -> None:
    # a long settle: the burst stays one even if the machine stalls the pushing thread
    live, (feed,) = live_for(qtbot, settle_ms=1000, min_gap_ms=60_000)
    seen: list[tuple[Changes, bool]] = []
    live.changed.connect(lambda c: seen.append((c, QThread.currentThread() is live.thread())))
    with qtbot.waitSignal(live.changed, timeout=15000):
        feed.push([Changes(frozenset({i})) for i in range(500)])
    qtbot.wait(1500)  # longer than the settle: a second signal would be here by now
    assert len(seen) == 1
    changes, on_ui_thread = seen[0]
    assert changes.report_ids == frozenset(range(500)) and not changes.unknown
    assert on_ui_thread
    live.stop()


def test_a_steady_stream_still_signals_now_and_then(qtbot) -> None:
    live, (feed,) = live_for(qtbot, settle_ms=200, min_gap_ms=0)
    with qtbot.waitSignal(live.changed, timeout=15000) as blocker:
        feed.push([ANYTHING])
    assert blocker.args == [ANYTHING]


def test_after_stop_nothing_arrives_and_the_feed_is_stopped(qtbot) -> None:
    live, (feed,) = live_for(qtbot, settle_ms=10)
    seen: list[Changes] = []
    live.changed.connect(seen.append)
    live.stop()
    assert feed.stopped
    feed.push([ANYTHING])  # a late call from the feed's thread after stop: dropped
    qtbot.wait(200)
    assert seen == []


def test_deleting_the_subscriber_stops_its_feed(qtbot) -> None:
    live, (feed,) = live_for(qtbot)
    with qtbot.waitSignal(live.destroyed, timeout=5000):
        live.deleteLater()
    assert feed.stopped
    feed.push([ANYTHING])  # arrives at the relay with no one to deliver to
    qtbot.wait(100)
