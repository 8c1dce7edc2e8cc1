"""The open window learns that its person's session ended on the server (issue 15 item 5).

An administrator deactivated the account while the console was open: every action is refused
by the services already (console/services/account_check.py); this asks the server every
``CHECK_MS`` (off the UI thread), so the window says why and signs out instead of leaving the
person facing refusals. A database that does not answer
says nothing here: the outbox and the live feed handle that.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from console.services.console_api import ConsoleApi
from console.views.operations import run_in_background

CHECK_MS = 30_000


class SessionWatch(QObject):
    ended = Signal()

    def __init__(
        self, api: ConsoleApi, parent: QObject | None = None, *, interval_ms: int = CHECK_MS
    ) -> None:
        super().__init__(parent)
        self.api = api
        self._asking = False
        self._done = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        if self._asking or self._done or self.api.actor.id is None:
            return
        self._asking = True
        run_in_background(self.api.account_ended, self._answered, self._unanswered, parent=self)

    def _answered(self, ended: bool) -> None:
        self._asking = False
        if ended and not self._done:
            self._done = True
            self._timer.stop()
            self.ended.emit()

    def _unanswered(self, _exc: BaseException) -> None:
        self._asking = False  # not reachable now: asked again at the next tick

    def stop(self) -> None:
        self._timer.stop()
