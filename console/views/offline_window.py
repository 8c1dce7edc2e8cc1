"""The limited mode's window (issue 15 item 2): signed in offline, the hotline takes calls into
the outbox and does nothing else, and the window says so in a banner nobody can miss.

It tries the server every ``RETRY_MS`` (off the UI thread) through ``recheck``
(OfflineVerifiers.recheck): when the server answers and the account is unchanged,
``back_online`` carries the person as the server knows them (the app opens the full window,
whose outbox sends what waits); when the account was deactivated or its password changed, the
window says so and signs out (``logout_requested``), the queued reports staying for an
administrator. A server still silent changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QFileSystemWatcher, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.services.account_check import SessionEndedError
from console.services.offline_api import OfflineApi
from console.services.outbox import is_unreachable
from console.timeutil import now_local
from console.views.messages import error_text
from console.views.operations import run_in_background

RETRY_MS = 15_000
BANNER_STYLE = (
    "QLabel#offlineBanner { background: #b45309; color: white; font-weight: bold; padding: 10px; }"
)


class OfflineWindow(QMainWindow):
    back_online = Signal(object)  # AuthenticatedUser: the account as the server has it now
    logout_requested = Signal()
    closed = Signal()

    def __init__(
        self, api: OfflineApi, recheck: Callable[[], object], *, interval_ms: int = RETRY_MS
    ) -> None:
        super().__init__()
        self.api = api
        self.recheck = recheck
        self.intake: QWidget | None = None
        self.ended_box: QMessageBox | None = None
        self._asking = False
        self.setObjectName("offlineWindow")
        self.setWindowTitle(
            self.tr("Bàn điều hành phản ánh hiện trường — {0} — NGOẠI TUYẾN").format(
                api.profile.province
            )
        )
        self.resize(900, 420)

        self.banner = QLabel(
            self.tr(
                "CHẾ ĐỘ NGOẠI TUYẾN — máy chủ không trả lời. Chỉ tiếp nhận phản ánh: phản ánh nằm "
                "trong hàng chờ của máy này và được gửi khi máy chủ trả lời lại, sau khi tài khoản "
                "được kiểm tra. Hàng đợi, tra cứu và các thao tác khác cần máy chủ."
            )
        )
        self.banner.setObjectName("offlineBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        who = api.actor
        self.who = QLabel(
            self.tr("{0} ({1}) — đăng nhập ngoại tuyến trên máy này").format(
                who.full_name, who.username
            )
        )
        self.intake_button = QPushButton(self.tr("Tiếp nhận phản ánh…"))
        self.intake_button.setObjectName("offlineIntake")
        self.intake_button.clicked.connect(self.open_intake)
        logout = QPushButton(self.tr("Đăng xuất"))
        logout.clicked.connect(self.logout_requested)
        self.waiting = QLabel()
        self.waiting.setObjectName("offlineWaiting")
        self.server = QLabel(self.tr("Đang chờ máy chủ {0}…").format(api.database_shown))

        buttons = QHBoxLayout()
        buttons.addWidget(self.intake_button)
        buttons.addStretch(1)
        buttons.addWidget(logout)
        body = QVBoxLayout()
        body.addWidget(self.banner)
        body.addWidget(self.who)
        body.addLayout(buttons)
        body.addWidget(self.waiting)
        body.addStretch(1)
        body.addWidget(self.server)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Ngoại tuyến"))

        outbox = api.outbox()
        self._watcher = QFileSystemWatcher([str(outbox.root)], self)
        self._watcher.directoryChanged.connect(lambda _p: self.show_waiting())
        self.show_waiting()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.try_server)
        self._timer.start()

    def show_waiting(self) -> None:
        count = len(self.api.outbox().pending(self.api.actor.username))
        self.waiting.setText(self.tr("Chờ gửi: {0}").format(count))

    def open_intake(self) -> None:
        from console.views.intake_dialog import IntakeDialog

        if self.intake is None:
            self.intake = IntakeDialog(self.api, self)
            self.intake.queued.connect(self.show_waiting)
            self.intake.finished.connect(self._intake_gone)
        self.intake.show()
        self.intake.raise_()

    def _intake_gone(self) -> None:
        if self.intake is not None:
            self.intake.deleteLater()
        self.intake = None

    # -- the server ----------------------------------------------------------------------------
    def try_server(self) -> None:
        if self._asking:
            return
        self._asking = True
        run_in_background(self.recheck, self._answered, self._failed, parent=self)

    def _answered(self, actor: object) -> None:  # the AuthenticatedUser recheck gave
        self._asking = False
        self._timer.stop()
        self.back_online.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self._asking = False
        if isinstance(exc, SessionEndedError):
            self._timer.stop()
            self.ended_box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Phiên làm việc đã kết thúc"),
                self.tr(
                    "Máy chủ đã trả lời: tài khoản {0} đã bị vô hiệu hóa hoặc đã đổi mật "
                    "khẩu. Phiên ngoại tuyến kết thúc; các phản ánh đã nhận vẫn nằm trong "
                    "hàng chờ, chờ quản trị viên quyết định."
                ).format(self.api.actor.username),
            )
            self.ended_box.setObjectName("offlineEndedBox")
            self.ended_box.open()
            self.logout_requested.emit()
            return
        when = now_local().strftime("%H:%M")
        if is_unreachable(exc):
            self.server.setText(self.tr("Máy chủ chưa trả lời (thử lúc {0}).").format(when))
        else:
            self.server.setText(error_text(exc))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        if self.intake is not None and not self.intake.close():
            event.ignore()
            return
        event.accept()
        self.closed.emit()
