"""Sign in: user name and password (checked off the UI thread), "remember me" in the OS keyring,
and the forced password change of an account that still has its temporary password."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from console.db import Database, DatabaseError
from console.profiles import Profile
from console.remember import KeyringStore, SecretStore
from console.services.auth import (
    AuthenticatedUser,
    AuthError,
    authenticate,
    change_password,
    forget_login,
    login_with_remembered,
    remember_login,
)
from console.settings import load_settings, save_settings
from console.views.messages import error_text, message_text
from console.views.operations import run_in_background

log = logging.getLogger(__name__)


def try_remembered_login(db: Database, store: SecretStore) -> AuthenticatedUser | None:
    """The user remembered on this computer for ``db``, or None (then the dialog asks)."""
    try:
        return login_with_remembered(db, store=store)
    except (DBAPIError, DatabaseError, AuthError) as exc:
        log.warning("remembered login not usable: %s", exc)
        return None


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LoginDialog(QDialog):
    """``accepted`` with ``actor`` set; ``notice`` holds a message for the status bar (if any);
    ``reconnect_requested`` when the person saved another connection (the app reopens)."""

    reconnect_requested = Signal()

    def __init__(
        self,
        db: Database,
        profile: Profile,
        parent: QWidget | None = None,
        *,
        store: SecretStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.profile = profile
        self.store: SecretStore = store or KeyringStore()
        self.actor: AuthenticatedUser | None = None
        self.notice = ""
        self._password = ""  # the temporary password, kept only until it is changed
        self.busy = False
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Đăng nhập — Bàn điều hành phản ánh hiện trường"))
        self.setMinimumWidth(480)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._login_page())
        self.pages.addWidget(self._change_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self._header())
        layout.addWidget(self.pages)
        self.login_button.setDefault(True)  # once in the dialog: Enter signs in

        last = load_settings().last_username
        if last:
            self.username.setText(last)
            self.password.setFocus()
        else:
            self.username.setFocus()

    # -- building ----------------------------------------------------------------------------
    def _header(self) -> QWidget:
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 8)
        title = QLabel(self.tr("Bàn điều hành phản ánh hiện trường"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.profile_label = QLabel(
            self.tr("Hồ sơ quy định: {0} ({1})").format(self.profile.province, self.profile.key)
        )
        self.db_label = QLabel(self.tr("Cơ sở dữ liệu: {0}").format(self.db.display_url))
        self.db_label.setWordWrap(True)
        self.db_label.setStyleSheet("color: #555;")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (title, self.profile_label, self.db_label):
            v.addWidget(w)
        return box

    def _login_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        self.username = QLineEdit(page)
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.password = QLineEdit(page)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Tên đăng nhập:"), self.username)
        form.addRow(self.tr("&Mật khẩu:"), self.password)

        self.remember = QCheckBox(self.tr("&Ghi nhớ đăng nhập"), page)
        self.remember.setObjectName("remember")
        self.remember_reason = QLabel(page)
        self.remember_reason.setObjectName("rememberReason")
        self.remember_reason.setWordWrap(True)
        self.remember_reason.setStyleSheet("color: #666;")
        self.can_remember = self.store.available()
        if self.can_remember:
            self.remember.setToolTip(
                self.tr(
                    "Lưu một khóa bí mật trong kho khóa của hệ điều hành trong 30 ngày; "
                    "mật khẩu không được lưu"
                )
            )
            self.remember_reason.hide()
        else:
            reason = message_text(self.store.unavailable_reason())
            self.remember.setEnabled(False)
            self.remember.setToolTip(reason)
            self.remember_reason.setText(reason)
        form.addRow("", self.remember)
        form.addRow("", self.remember_reason)

        self.error = _error_label()
        self.error.setObjectName("loginError")
        self.error.hide()

        buttons = QDialogButtonBox(page)
        self.login_button = QPushButton(self.tr("Đăng nhập"))
        self.login_button.setObjectName("loginButton")
        buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        quit_button = buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setAutoDefault(False)
        # Issue 11 item 5: point this workstation at another database before signing in.
        self.connection_button = buttons.addButton(
            self.tr("Kết nối máy chủ…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.connection_button.setObjectName("connectionButton")
        self.connection_button.setAutoDefault(False)
        self.connection_button.clicked.connect(lambda _c=False: self.open_connection())
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)

        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(form)
        v.addWidget(self.error)
        v.addStretch(1)
        v.addWidget(buttons)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.remember)
        return page

    def _change_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Tài khoản đang dùng mật khẩu tạm thời do quản trị viên cấp. "
                "Hãy đặt mật khẩu mới trước khi làm việc."
            )
        )
        intro.setWordWrap(True)
        self.new_password = QLineEdit(page)
        self.new_password.setObjectName("newPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_password = QLineEdit(page)
        self.confirm_password.setObjectName("confirmPassword")
        self.confirm_password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Mật khẩu &mới:"), self.new_password)
        form.addRow(self.tr("&Nhập lại:"), self.confirm_password)
        self.change_error = _error_label()
        self.change_error.setObjectName("changeError")
        self.change_error.hide()
        buttons = QDialogButtonBox(page)
        self.change_button = QPushButton(self.tr("Đổi mật khẩu"))
        self.change_button.setObjectName("changeButton")
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._submit_change)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(intro)
        v.addLayout(form)
        v.addWidget(self.change_error)
        v.addStretch(1)
        v.addWidget(buttons)
        return page

    def open_connection(self) -> QDialog:
        from console.views.admin.connection import ConnectionDialog

        dialog = ConnectionDialog(self)
        dialog.accepted.connect(self.reconnect_requested)
        dialog.open()
        return dialog

    # -- state -------------------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.pages.setEnabled(not busy)
        if busy:
            self.login_button.setText(text or self.tr("Đang kiểm tra…"))
        else:
            self.login_button.setText(self.tr("Đăng nhập"))

    def _show_error(self, label: QLabel, message: str) -> None:
        label.setText(message)
        label.setVisible(bool(message))

    def _describe(self, exc: BaseException) -> str:
        if isinstance(exc, AuthError | DatabaseError):
            return error_text(exc)
        if isinstance(exc, DBAPIError):
            reason = " ".join(str(exc.orig).split())
            return self.tr("Không kết nối được cơ sở dữ liệu {0}: {1}").format(
                self.db.display_url, reason
            )
        return self.tr("Lỗi không mong đợi: {0}").format(exc)

    # -- sign in -----------------------------------------------------------------------------
    def _submit(self) -> None:
        if self.busy:
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self._show_error(self.error, self.tr("Hãy nhập tên đăng nhập và mật khẩu"))
            (self.username if not username else self.password).setFocus()
            return
        self._show_error(self.error, "")
        self._set_busy(True)
        run_in_background(
            lambda: self._sign_in(username, password),
            lambda actor: self._authenticated(actor, password),
            self._login_failed,
            parent=self,
        )

    def _sign_in(self, username: str, password: str) -> AuthenticatedUser:
        from console.services.offline_auth import keep_after_sign_in

        actor = authenticate(self.db, username, password)
        keep_after_sign_in(self.db, actor, password, self.profile.key)  # for an outage
        return actor

    def _login_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(self.error, self._describe(exc))
        self.password.clear()
        self.password.setFocus()

    def _authenticated(self, actor: AuthenticatedUser, password: str) -> None:
        if actor.must_change_password:
            self._set_busy(False)
            self.actor = actor
            self._password = password
            self.pages.setCurrentIndex(1)
            self.change_button.setDefault(True)
            self.new_password.setFocus()
            return
        self._finish(actor)

    # -- forced password change --------------------------------------------------------------
    def _submit_change(self) -> None:
        if self.busy or self.actor is None or self.actor.id is None:
            return
        new = self.new_password.text()
        if new != self.confirm_password.text():
            self._show_error(self.change_error, self.tr("Mật khẩu nhập lại không khớp"))
            self.confirm_password.clear()
            self.confirm_password.setFocus()
            return
        self._show_error(self.change_error, "")
        self.busy = True
        self.pages.setEnabled(False)
        user_id, old = self.actor.id, self._password
        run_in_background(
            lambda: change_password(self.db, user_id, old, new),
            lambda _none: self._password_changed(),
            self._change_failed,
            parent=self,
        )

    def _change_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.pages.setEnabled(True)
        self._show_error(self.change_error, self._describe(exc))
        self.new_password.setFocus()

    def _password_changed(self) -> None:
        self._password = ""
        assert self.actor is not None
        self._finish(dataclasses.replace(self.actor, must_change_password=False))

    # -- done --------------------------------------------------------------------------------
    def _finish(self, actor: AuthenticatedUser) -> None:
        """Remember (or forget) this computer's login off the UI thread, then accept."""
        self._set_busy(True, self.tr("Đang mở…"))
        remember = self.can_remember and self.remember.isChecked()
        db, store = self.db, self.store

        def job() -> AuthError | None:
            try:
                if remember and actor.id is not None:
                    remember_login(db, actor.id, store=store)
                else:
                    forget_login(db, store=store)
            except AuthError as exc:
                return exc  # put in the interface language on the UI thread
            return None

        def done(error: AuthError | None) -> None:
            self.notice = error_text(error) if error else ""
            self._accept_as(actor)

        def failed(exc: BaseException) -> None:
            self.notice = self._describe(exc)
            self._accept_as(actor)

        run_in_background(job, done, failed, parent=self)

    def _accept_as(self, actor: AuthenticatedUser) -> None:
        self.actor = actor
        settings = load_settings()
        if settings.last_username != actor.username:
            settings.last_username = actor.username
            try:
                save_settings(settings)
            except OSError as exc:
                log.warning("settings not saved: %s", exc)
        self.busy = False
        self.accept()
