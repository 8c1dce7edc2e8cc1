"""Run work off the UI thread and hear back on it: the one helper every view uses.

Every job reports through one relay object that lives as long as the process: a worker thread
never holds a Python reference to a QObject that the UI thread may delete (deleting a per-job
relay while its worker still releases its reference crashes PySide at random). A caller that
goes away takes its pending callbacks with it.

A job without its own ``on_error`` gets the default: the message (``error_text``) in the
status bar of the caller's window, else in a warning box, and the traceback in the log. A job
may opt into progress: ``fn`` then receives a ``report(done, total)`` to call from the worker,
and ``progress(done, total)`` runs on the UI thread (throttled by Qt's queue, never blocking).
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

log = logging.getLogger(__name__)
Report = Callable[[int, int], None]


class _Relay(QObject):
    done = Signal(int, bool, object)  # job id, succeeded, the result or the exception
    step = Signal(int, int, int)  # job id, done, total


_lock = threading.Lock()
_ids = itertools.count(1)
_Callbacks = tuple[Callable[[Any], None], Callable[[BaseException], None], Report | None]
_pending: dict[int, _Callbacks] = {}
_by_owner: dict[int, set[int]] = {}  # id(parent) -> its pending jobs
_relay: _Relay | None = None


def _deliver(job: int, ok: bool, payload: Any) -> None:
    with _lock:
        callbacks = _pending.pop(job, None)
        for jobs in _by_owner.values():
            jobs.discard(job)
    if callbacks is not None:
        on_success, on_error, _progress = callbacks
        (on_success if ok else on_error)(payload)


def _step(job: int, done: int, total: int) -> None:
    with _lock:
        callbacks = _pending.get(job)
    if callbacks is not None and callbacks[2] is not None:
        callbacks[2](done, total)


def show_failure(parent: QObject, exc: BaseException) -> None:
    """The default ``on_error``: the message where the caller's window shows messages."""
    from console.views.messages import error_text

    log.error("background job failed: %s", getattr(exc, "__traceback_text__", exc))
    text = error_text(exc)
    window = parent.window() if isinstance(parent, QWidget) else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15_000)
    else:
        QMessageBox.warning(window, QCoreApplication.translate("App", "Lỗi"), text)


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
    fn: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    parent: QObject,
    progress: Report | None = None,
) -> int:
    """Run ``fn`` in the thread pool; the callbacks run on the UI thread, unless ``parent``
    has been destroyed by then. Call it on the UI thread. Without ``on_error``, a failure is
    shown by ``show_failure``. With ``progress``, ``fn(report)`` is called and each
    ``report(done, total)`` reaches ``progress`` on the UI thread."""
    global _relay
    if _relay is None:  # made on the UI thread: its queued signals arrive there
        _relay = _Relay()
        _relay.done.connect(_deliver)
        _relay.step.connect(_step)
    job, owner = next(_ids), id(parent)
    if on_error is None:

        def on_error(exc: BaseException, parent: QObject = parent) -> None:
            show_failure(parent, exc)

    if progress is not None:
        relay, work = _relay, fn

        def fn() -> Any:  # the worker's report touches only the immortal relay
            return work(lambda done, total: relay.step.emit(job, done, total))

    with _lock:
        _pending[job] = (on_success, on_error, progress)
        first = owner not in _by_owner
        _by_owner.setdefault(owner, set()).add(job)
    if first:
        parent.destroyed.connect(lambda *_: _forget(owner))
    QThreadPool.globalInstance().start(_Job(fn, job, _relay))
    return job
