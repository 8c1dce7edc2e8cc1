"""Live updates on the UI thread: the service's change feed, marshalled and debounced.

The feed calls back on its own thread. Like console/views/operations.py, every subscriber hears
through one relay object that lives as long as the process, so the feed's thread never holds a
reference to a QObject the UI thread may delete. A burst of changes (a colleague's batch, the
bulk demo) becomes one ``changed`` signal: it fires ``DEBOUNCE_MS`` after the last change, and
at most ``MAX_DELAY_MS`` after the first one while changes keep coming.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from console.services.live import Changes, LiveFeed, OnChange

DEBOUNCE_MS = 250
MAX_DELAY_MS = 1000

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

    changed = Signal(object)  # Changes merged over one burst; on the UI thread

    def __init__(
        self,
        watch: Watch,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        max_delay_ms: int = MAX_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        global _relay
        if _relay is None:  # made on the UI thread: its queued signals arrive there
            _relay = _Relay()
            _relay.arrived.connect(_deliver)
        self._pending = Changes()
        self._first = 0.0
        self._max_delay_s = max_delay_ms / 1000
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._emit)
        self._id = next(_ids)
        with _lock:
            _subscribers[self._id] = self
        relay, sid = _relay, self._id
        # Runs on the feed's thread: only an int and the immortal relay are touched there.
        self.feed = feed = watch(lambda changes: relay.arrived.emit(sid, changes))
        self.destroyed.connect(lambda *_: (_forget(sid), feed.stop()))

    def _arrived(self, changes: Changes) -> None:
        now = time.monotonic()
        if not self._pending:
            self._first = now
        self._pending |= changes
        if now - self._first >= self._max_delay_s:
            self._emit()  # a steady stream: refresh now and then, not never
        else:
            self._timer.start()  # (re)start: wait for the burst to end

    def here(self, changes: Changes) -> None:
        """This console's own action changed ``changes``: it joins the burst, so the feed's
        echo of the same commit and the action make one signal, not two refreshes."""
        self._arrived(changes)

    def _emit(self) -> None:
        self._timer.stop()
        changes, self._pending = self._pending, Changes()
        if changes:
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
