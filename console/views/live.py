"""Live updates on the UI thread: the service's change feed, marshalled and throttled.

The feed calls back on its own thread. Like console/views/operations.py, every subscriber hears
through one relay object that lives as long as the process, so the feed's thread never holds a
reference to a QObject the UI thread may delete.

At most one ``changed`` signal in ``MIN_GAP_MS`` (issue 15 item 4: fifty consoles each
re-reading on every change outran the server): the first change after a quiet gap is signalled
``SETTLE_MS`` later (the rest of its burst joins it); what arrives within the gap after a signal
waits and comes in one signal at its end. A change that concerns nothing on this window
(``concerns``: another unit's report, no counter of this person's moved) is dropped. The gap is
half a second: a change waits for the end of the gap it arrives in, so the gap bounds the
latency as much as the refresh does (1 s kept the fifty-console p95 above a second even once a
refresh took 46 ms; docs/benchmarks.md).
This console's own action (``here``) does not wait for the gap: it is signalled as soon as
the feed's echo of its commit has said where the report moved (which counters it touched), or
after ``ECHO_WAIT_MS`` without it.
"""

from __future__ import annotations

import inspect
import itertools
import threading
import time
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from console.services.live import Changes, LiveFeed, Move, OnChange

MIN_GAP_MS = 500  # at most two refreshes a second
SETTLE_MS = 250  # the rest of a burst (and an own action's return) joins its first change
ECHO_WAIT_MS = 300  # an own action waits this long at most for its echo's move
RECENT_S = 2.0  # an echo heard before the action's own signal counts for this long

Watch = Callable[[OnChange], LiveFeed]


class _Relay(QObject):
    arrived = Signal(int, object)  # subscriber id, Changes


_lock = threading.Lock()
_ids = itertools.count(1)
_subscribers: dict[int, LiveUpdates] = {}
_relay: _Relay | None = None


def _deliver(subscriber: int, changes: Changes) -> None:
    with _lock:
        target = _subscribers.get(subscriber)
    if target is not None:
        target._arrived(changes)


class LiveUpdates(QObject):
    """Subscribes to ``watch`` (``ConsoleApi.watch``) until ``stop()`` or destruction."""

    changed = Signal(object)  # Changes merged since the last signal; on the UI thread

    def __init__(
        self,
        watch: Watch,
        parent: QObject | None = None,
        *,
        min_gap_ms: int = MIN_GAP_MS,
        settle_ms: int = SETTLE_MS,
        echo_wait_ms: int = ECHO_WAIT_MS,
        concerns: Callable[[Changes], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        global _relay
        if _relay is None:  # made on the UI thread: its queued signals arrive there
            _relay = _Relay()
            _relay.arrived.connect(_deliver)
        self._pending = Changes()
        self._urgent = False  # an own action waits in _pending
        self._last = -1e9  # monotonic time of the last signal
        self._due = 0.0  # when the timer fires
        self._recent: dict[int, tuple[float, Move]] = {}  # report id: its last move heard
        self.min_gap_s = min_gap_ms / 1000  # between two signals at least
        # Does a change concern this window (ConsoleApi.concerns)? One that does not is
        # dropped: no refresh, and the gap stays free for one that does. A window's method is
        # held weakly: a strong one would make a cycle that keeps the deleted window's Python
        # object alive until the next garbage collection.
        self._concerns: Callable[[], Callable[[Changes], bool] | None] = (
            weakref.WeakMethod(concerns) if inspect.ismethod(concerns) else lambda: concerns
        )
        self._settle_s = settle_ms / 1000
        self._echo_s = echo_wait_ms / 1000
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._emit)
        self._id = next(_ids)
        with _lock:
            _subscribers[self._id] = self
        relay, sid = _relay, self._id
        # Runs on the feed's thread: only an int and the immortal relay are touched there.
        self.feed = feed = watch(lambda changes: relay.arrived.emit(sid, changes))

        def forget(*_: object) -> None:
            _forget(sid)
            feed.stop()

        self.destroyed.connect(forget)

    def _arrived(self, changes: Changes) -> None:
        """From the feed: at the end of the second since the last signal."""
        now = time.monotonic()
        if len(self._recent) > 1000:  # a busy day without an action here
            self._recent = {i: r for i, r in self._recent.items() if now - r[0] < RECENT_S}
        for move in changes.moves:
            self._recent[move.report_id] = (now, move)  # an own action's echo: kept anyway
        concerns = self._concerns()
        if concerns is not None and not concerns(changes):
            return
        self._pending |= changes
        self._schedule(now)

    def here(self, changes: Changes) -> None:
        """This console's own action changed ``changes``: signalled at once, with where the
        reports moved as soon as the feed's echo says it (heard already, or within
        ECHO_WAIT_MS; without it the counters are all read again)."""
        now = time.monotonic()
        self._recent = {i: r for i, r in self._recent.items() if now - r[0] < RECENT_S}
        echoed = frozenset(self._recent[i][1] for i in changes.report_ids if i in self._recent)
        self._pending |= changes | Changes(moves=echoed)
        self._urgent = True
        self._schedule(now)

    def _schedule(self, now: float) -> None:
        if not self._pending:
            return
        if self._urgent:
            if self._pending.explained:
                self._emit()
                return
            due = now + self._echo_s
        else:
            due = max(now + self._settle_s, self._last + self.min_gap_s)
        if not self._timer.isActive() or due < self._due:
            self._due = due
            self._timer.start(max(0, round((due - now) * 1000)))

    def _emit(self) -> None:
        self._timer.stop()
        changes, self._pending, self._urgent = self._pending, Changes(), False
        if changes:
            self._last = time.monotonic()
            self.changed.emit(changes)

    def stop(self) -> None:
        """No more signals; the feed's thread ends on its own (never waited for here)."""
        _forget(self._id)
        self._timer.stop()
        self._pending = Changes()
        self.feed.stop()


def _forget(subscriber: int) -> None:
    with _lock:
        _subscribers.pop(subscriber, None)
