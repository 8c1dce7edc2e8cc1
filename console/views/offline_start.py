"""Starting during an outage (issue 15 item 2): the central server does not answer and people
signed in on this workstation recently, so the app offers the offline sign-in instead of
stopping, then the limited mode's window (console/views/offline_window.py). When the server
answers and the account is unchanged, the full window opens for that person, and its outbox
sends what was taken meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.services.account_check import SessionEndedError
from console.services.offline_auth import (
    OfflineUser,
    OfflineVerifiers,
    default_path,
    is_server,
    shown_url,
)
from console.services.outbox import is_unreachable
from console.timeutil import now_local
from console.views.messages import error_text
from console.views.offline_window import BANNER_STYLE


def offline_possible(db_url: str, exc: BaseException) -> bool:
    """The server did not answer (not a refusal), and someone signed in here recently."""
    if not is_server(db_url):
        return False
    cause = exc.__cause__  # the driver's error the opening failed with, if any
    return (
        cause is not None
        and is_unreachable(cause)
        and bool(OfflineVerifiers(default_path(db_url)).known())
    )


class OfflineLoginDialog(QDialog):
    """User name and password, checked against this workstation's verifiers."""

    def __init__(
        self, verifiers: OfflineVerifiers, reason: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.verifiers = verifiers
        self.user: OfflineUser | None = None
        self.setObjectName("offlineLogin")
        self.setWindowTitle(self.tr("Đăng nhập ngoại tuyến"))
        banner = QLabel(
            self.tr(
                "Máy chủ không trả lời. Người đã đăng nhập trên máy này gần "
                "đây có thể đăng nhập ngoại tuyến: chỉ tiếp nhận phản ánh vào "
                "hàng chờ."
            )
        )
        banner.setObjectName("offlineBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(BANNER_STYLE)
        why = QLabel(reason)
        why.setWordWrap(True)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c")
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        body = QVBoxLayout(self)
        for widget in (banner, why):
            body.addWidget(widget)
        body.addLayout(form)
        body.addWidget(self.error)
        body.addWidget(buttons)
        self.resize(520, 0)

    def _submit(self) -> None:
        try:  # one Argon2 check, about as long as a sign-in on the server
            self.user = self.verifiers.sign_in(self.username.text(), self.password.text())
        except ValueError as exc:  # AuthError: the same words as on the server
            self.error.setText(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


def run_offline(
    app: QApplication,
    db_url: str,
    reason: str,
    *,
    open_db: Callable[[], Any],
    go_online: Callable[[Any], Any],
    default_profile: str,
) -> int:
    """The offline sign-in, then the limited mode until the server answers (``go_online``
    with the rechecked person: the app's full window) or the person signs out (the app
    ends). ``open_db`` opens the database (the composition root's, console/views/app.py)."""
    from console.profiles import load_profile
    from console.services.offline_api import OfflineApi
    from console.services.outbox import Outbox
    from console.services.outbox import default_dir as outbox_dir
    from console.views.offline_window import OfflineWindow

    verifiers = OfflineVerifiers(default_path(db_url))
    dialog = OfflineLoginDialog(verifiers, reason)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
        return 0
    user = dialog.user
    profile = load_profile(verifiers.profile_of(user.actor.username) or default_profile)
    api = OfflineApi(shown_url(db_url), profile, user.actor, Outbox(outbox_dir(db_url)))

    def recheck() -> object:
        db = open_db()
        try:
            return verifiers.recheck(db, user)
        except SessionEndedError:  # what they typed waits for an administrator's decision
            api.outbox().hold(
                user.actor.username,
                f"phiên ngoại tuyến kết thúc lúc {now_local():%H:%M %d/%m/%Y}: tài khoản bị "
                "vô hiệu hóa hoặc đã đổi mật khẩu",
            )
            raise
        finally:
            db.close()

    window = OfflineWindow(api, recheck)
    app.setQuitOnLastWindowClosed(False)
    held: list[Any] = []

    def back_online(actor: object) -> None:
        window.close()
        held.append(go_online(actor))  # the full window; the app quits when it ends

    def signed_out() -> None:
        window.close()
        box = window.ended_box
        if box is not None and box.isVisible():
            box.finished.connect(app.quit)
        else:
            app.quit()

    window.back_online.connect(back_online)
    window.logout_requested.connect(signed_out)
    window.show()
    try:
        return app.exec()
    finally:
        for controller in held:
            controller.db.close()
