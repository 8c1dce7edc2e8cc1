"""The outbox seen from the window: a replayer off the UI thread and the "Chờ gửi: N" label.

Reports and actions typed while the database was unreachable wait in the outbox
(console/services/outbox.py, outbox_actions.py); ``OutboxStatus`` sends them at start and every
``RETRY_MS``, one run at a time, in the thread pool, and says how many wait (``count_changed``),
how many landed (``landed``, for the queues and counters to refresh) and how many of this
person's the server would not take (``unsent``, the "Chưa gửi được" list,
console/views/outbox_list.py). A folder watcher notices an entry a dialog adds. Clicking the
label opens the list (``OutboxLabel.clicked``).
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from console.services.console_api import ConsoleApi
from console.services.live import Changes
from console.services.outbox import Outbox, Replayed
from console.views.messages import error_text
from console.views.operations import run_in_background

RETRY_MS = 15_000


class OutboxStatus(QObject):
    count_changed = Signal(int)  # entries waiting (every user's: one workstation, one outbox)
    landed = Signal(int)  # reports that reached the database in the last run
    changed = Signal(object)  # the same, as the window's one refresh signal takes it (Changes)
    unsent_found = Signal(int)  # a run put this person's entries in the "Chưa gửi được" list

    def __init__(
        self,
        api: ConsoleApi,
        outbox: Outbox | None = None,
        parent: QObject | None = None,
        *,
        interval_ms: int = RETRY_MS,
    ) -> None:
        super().__init__(parent)
        self.api = api
        self.outbox = outbox or api.outbox()
        self.count = 0
        self.refused: list[str] = []  # the server's answers to entries it would not take
        self.unsent = 0  # this person's entries in the "Chưa gửi được" list
        self.damaged = 0
        self.last_error = ""
        self._running = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.replay)
        self._timer.start()
        self._watcher = QFileSystemWatcher([str(self.outbox.root)], self)
        self._watcher.directoryChanged.connect(lambda _path: self.refresh())
        self.refresh()
        QTimer.singleShot(0, self.replay)  # at start: whatever waits from last time

    def refresh(self) -> None:
        entries = self.outbox.pending()
        self.refused = [e.refused for e in entries if e.refused]
        me = self.api.actor.username
        self.unsent = sum(1 for e in entries if e.refused and e.username == me)
        self.damaged = len(self.outbox.set_aside())  # unreadable entries, kept for IT staff
        self.count = len(entries)
        self.count_changed.emit(self.count)

    def replay(self) -> None:
        """Send what waits, unless a run is under way or nothing waits."""
        if self._running or not self.outbox.pending(self.api.actor.username):
            return
        self._running = True
        api = self.api
        run_in_background(
            lambda: self.outbox.replay(api, api.actor), self._replayed, self._failed, parent=self
        )

    def _replayed(self, done: list[Replayed]) -> None:
        self._running = False
        self.last_error = ""
        self.refresh()
        sent = sum(1 for d in done if d.result is not None)
        if conflicts := sum(1 for d in done if d.conflict):
            self.unsent_found.emit(conflicts)
        if sent:
            self.landed.emit(sent)
            self.changed.emit(
                Changes.made_here(*(d.result.report_id for d in done if d.result is not None))
            )

    def _failed(self, exc: BaseException) -> None:  # the outbox folder itself failed
        self._running = False
        self.last_error = error_text(exc)
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()


class OutboxLabel(QLabel):
    """ "Chờ gửi: N" in the status bar while anything waits (", chưa gửi được: M" when some of
    this person's were not taken); the refusals in its tooltip; a click opens the list."""

    clicked = Signal()

    def __init__(self, status: OutboxStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxLabel")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.status = status
        status.count_changed.connect(self._show)
        self._show(status.count)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def _show(self, count: int) -> None:
        text = self.tr("Chờ gửi: {0}").format(count)
        if self.status.unsent:
            text += self.tr(", chưa gửi được: {0}").format(self.status.unsent)
            self.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.setStyleSheet("")
        self.setText(text)
        tip = [
            self.tr(
                "Phản ánh và thao tác đã nhập khi mất kết nối máy chủ; tự gửi khi kết nối "
                "lại. Bấm để xem danh sách «Chưa gửi được» (Ctrl+Shift+G)."
            )
        ]
        tip += self.status.refused
        if self.status.damaged:
            tip.append(
                self.tr(
                    "{0} phản ánh chờ gửi không đọc được, đã để riêng ở {1} (xem reason.txt)"
                ).format(self.status.damaged, self.status.outbox.root / "damaged")
            )
        if self.status.outbox.key.in_file():  # say plainly what protects the entries
            tip.append(
                self.tr(
                    "Kho khóa bảo mật của hệ điều hành (keyring) không dùng được: "
                    "phản ánh chờ gửi được mã hóa bằng khóa lưu trong tệp {0}, nên "
                    "chỉ tài khoản máy tính này bảo vệ chúng."
                ).format(self.status.outbox.key.key_file)
            )
        if self.status.last_error:
            tip.append(self.status.last_error)
        self.setToolTip("\n".join(tip))
        self.setVisible(count > 0 or self.status.damaged > 0)
