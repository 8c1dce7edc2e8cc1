"""Run work off the UI thread and hear back on it: the one helper every view uses."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the UI thread, never swallowed
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    parent: QObject,
) -> _Signals:
    """Run ``fn`` in the thread pool; the callbacks run on the UI thread (queued signals)."""
    signals = _Signals(parent)  # parented: lives as long as the caller, delivered on its thread
    signals.succeeded.connect(on_success)
    signals.failed.connect(on_error)
    # One job, one answer: then the relay goes (a dialog open all day makes thousands).
    signals.succeeded.connect(signals.deleteLater)
    signals.failed.connect(signals.deleteLater)
    QThreadPool.globalInstance().start(_Job(fn, signals))
    return signals
