"""The queue list on the left: the person's queues with live counters, refreshed off the UI thread.

Counters come from the services whenever ``refresh()`` is called: after an action here, and on
a change anywhere (the main window's live updates, console/views/live.py), then only those the
change can have moved (``ConsoleApi.counts_after``), laid over the others. A 30 s QTimer reads
them all: due soon and overdue move with the clock without any commit to hear, and it covers a
live feed that is reconnecting. One query runs at a time; the refreshes asked for meanwhile
run right after, as one.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from console.services.console_api import ConsoleApi
from console.services.live import Changes
from console.services.queues import Queue
from console.views.i18n import queue_label
from console.views.messages import error_text
from console.views.operations import run_in_background

REFRESH_MS = 30_000  # the clock's share of the counters; commits arrive live
_QUEUE_ROLE = Qt.ItemDataRole.UserRole.value
_RED = QColor("#b00020")
_AMBER = QColor("#9a5b00")


class QueueNavigation(QListWidget):
    queue_selected = Signal(object)  # Queue
    counts_changed = Signal(object)  # dict[Queue, int]
    refresh_failed = Signal(str)

    def __init__(
        self, api: ConsoleApi, parent: QWidget | None = None, *, interval_ms: int = REFRESH_MS
    ) -> None:
        super().__init__(parent)
        self.api = api
        self.setObjectName("queueNavigation")
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.counts: dict[Queue, int] = {}
        self.updated_at: datetime | None = None
        self._running = False
        self._again = False
        self._next: Changes | None = None  # what the refresh asked meanwhile reads (None: all)
        self._stopped = False
        for queue in api.queues():
            item = QListWidgetItem(queue_label(queue))
            item.setData(_QUEUE_ROLE, queue.value)
            item.setSizeHint(QSize(0, 30))
            self.addItem(item)
        self.currentItemChanged.connect(self._current_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    # -- queues ------------------------------------------------------------------------------
    def queues(self) -> list[Queue]:
        return [Queue(self.item(i).data(_QUEUE_ROLE)) for i in range(self.count())]

    def item_for(self, queue: Queue) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(_QUEUE_ROLE) == queue.value:
                return self.item(i)
        return None

    def current_queue(self) -> Queue | None:
        item = self.currentItem()
        return Queue(item.data(_QUEUE_ROLE)) if item is not None else None

    def select_queue(self, queue: Queue) -> None:
        item = self.item_for(queue)
        if item is not None:
            self.setCurrentItem(item)

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.queue_selected.emit(Queue(current.data(_QUEUE_ROLE)))

    # -- counters ----------------------------------------------------------------------------
    def refresh(self, changes: Changes | None = None) -> None:
        """Ask for fresh counters (in the background): those ``changes`` can have moved, or
        every one (None); requests made while one runs are merged into one that runs after."""
        if self._stopped:
            return
        if self._running:
            if not self._again:
                self._next = changes
            elif changes is None or self._next is None:
                self._next = None
            else:
                self._next |= changes
            self._again = True
            return
        self._running = True
        api = self.api
        if changes is None:
            run_in_background(api.counts, self._loaded, self._failed, parent=self)
        else:
            job = lambda: api.counts_after(changes)  # noqa: E731
            run_in_background(job, self._loaded, self._failed, parent=self)

    def _loaded(self, counts: dict[Queue, int]) -> None:
        self._running = False
        self.updated_at = self.api.clock()
        counts = {**self.counts, **counts}  # the others did not move
        self.set_counts(counts)
        self.counts_changed.emit(counts)
        self._rerun()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.refresh_failed.emit(error_text(exc))
        self._rerun()

    def _rerun(self) -> None:
        if self._again and not self._stopped:
            self._again, changes, self._next = False, self._next, None
            self.refresh(changes)

    def set_counts(self, counts: dict[Queue, int]) -> None:
        self.counts = dict(counts)
        for i in range(self.count()):
            item = self.item(i)
            queue = Queue(item.data(_QUEUE_ROLE))
            n = counts.get(queue)
            number = f"{n:,}".replace(",", ".") if n is not None else ""
            item.setText(f"{queue_label(queue)} ({number})" if number else queue_label(queue))
            alert = bool(n) and queue in (Queue.OVERDUE, Queue.DUE_SOON)
            font = QFont(self.font())
            font.setBold(alert)
            item.setFont(font)
            if alert:
                item.setForeground(QBrush(_RED if queue is Queue.OVERDUE else _AMBER))
            else:
                item.setData(Qt.ItemDataRole.ForegroundRole, None)

    @property
    def busy(self) -> bool:
        return self._running

    def stop(self) -> None:
        """No more refreshes (the window is closing)."""
        self._stopped = True
        self.timer.stop()
