"""Run work off the UI thread and hear back on it: the one helper every view uses.

Every job reports through one relay object that lives as long as the process: a worker thread
never holds a Python reference to a QObject that the UI thread may delete (deleting a per-job
relay while its worker still releases its reference crashes PySide at random). A caller that
goes away takes its pending callbacks with it.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(int, bool, object)  # job id, succeeded, the result or the exception


_lock = threading.Lock()
_ids = itertools.count(1)
_pending: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
_by_owner: dict[int, set[int]] = {}  # id(parent) -> its pending jobs
_relay: _Relay | None = None


def _deliver(job: int, ok: bool, payload: Any) -> None:
    with _lock:
        callbacks = _pending.pop(job, None)
        for jobs in _by_owner.values():
            jobs.discard(job)
    if callbacks is not None:
        callbacks[0 if ok else 1](payload)


def _forget(owner: int) -> None:
    with _lock:
        for job in _by_owner.pop(owner, set()):
            _pending.pop(job, None)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], job: int, relay: _Relay) -> None:
        super().__init__()
        self.fn, self.job, self.relay = fn, job, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the UI thread, never swallowed
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.done.emit(self.job, False, exc)
        else:
            self.relay.done.emit(self.job, True, result)


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    parent: QObject,
) -> int:
    """Run ``fn`` in the thread pool; the callbacks run on the UI thread, unless ``parent``
    has been destroyed by then. Call it on the UI thread."""
    global _relay
    if _relay is None:  # made on the UI thread: its queued signals arrive there
        _relay = _Relay()
        _relay.done.connect(_deliver)
    job, owner = next(_ids), id(parent)
    with _lock:
        _pending[job] = (on_success, on_error)
        first = owner not in _by_owner
        _by_owner.setdefault(owner, set()).add(job)
    if first:
        parent.destroyed.connect(lambda *_: _forget(owner))
    QThreadPool.globalInstance().start(_Job(fn, job, _relay))
    return job
