"""File → Kết nối máy chủ (and the sign-in dialog's button): the embedded SQLite file or the
province's PostgreSQL server, its password in the OS keyring, a connection test that names each
failure, and an administrator's schema upgrade (issue 11 item 5).

The choice is saved in the settings (console/services/connection.py), never the password; it is
used from the next sign-in (``ConsoleApp`` reopens the database) or start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.services.connection import (
    EMBEDDED,
    NO_KEYRING,
    SERVER,
    CheckResult,
    ServerConfig,
    ServerPasswords,
    apply_choice,
    check_server,
    migrate_server,
    server_config,
    uses_server,
)
from console.settings import Settings, load_settings, save_settings
from console.views.admin.units import message_label, show_message
from console.views.messages import error_text, message_text
from console.views.operations import run_in_background
from console.views.typed import named

translate = QCoreApplication.translate


class ConnectionDialog(QDialog):
    """``accepted`` once the choice is saved; ``password`` holds the typed server password for
    this session (where no keyring keeps it)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        passwords: ServerPasswords | None = None,
        admin_name: str = "",
        result: CheckResult | None = None,
    ) -> None:
        super().__init__(parent)
        self.passwords = passwords or ServerPasswords()
        self.settings = load_settings()
        self.password = ""
        self.last: CheckResult | None = None
        self.busy = False
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Kết nối máy chủ"))
        self.setMinimumWidth(620)

        self.embedded = named(
            QRadioButton(self.tr("Tệp dữ liệu trên máy này (SQLite)")), "useEmbedded"
        )
        self.server = named(
            QRadioButton(self.tr("Máy chủ cơ sở dữ liệu của tỉnh (PostgreSQL)")), "useServer"
        )
        group = QButtonGroup(self)
        group.addButton(self.embedded)
        group.addButton(self.server)
        (self.server if uses_server(self.settings) else self.embedded).setChecked(True)
        self.server.toggled.connect(self._target_changed)

        config = server_config(self.settings) or ServerConfig("", 5432, "ioc_console", "ioc")
        self.host = named(QLineEdit(config.host), "serverHost")
        self.host.setPlaceholderText("csdl.ioc.tinh.gov.vn")
        self.port = named(QSpinBox(minimum=1, maximum=65535, value=config.port), "serverPort")
        self.database = named(QLineEdit(config.database), "serverDatabase")
        self.user = named(QLineEdit(config.user), "serverUser")
        self.password_edit = named(QLineEdit(), "serverPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        stored = self.passwords.get(config) if config.host else None
        if stored:
            self.password_edit.setText(stored)
        self.keyring_note = named(QLabel(), "keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: #666;")
        self.keyring_note.setText(
            self.tr(
                "Mật khẩu được lưu trong kho khóa bảo mật của hệ điều hành, không lưu trong "
                "tệp cấu hình."
            )
            if self.passwords.available()
            else message_text(NO_KEYRING)
        )
        form = QFormLayout()
        form.addRow(self.tr("Địa chỉ máy chủ:"), self.host)
        form.addRow(self.tr("Cổng:"), self.port)
        form.addRow(self.tr("Cơ sở dữ liệu:"), self.database)
        form.addRow(self.tr("Người dùng:"), self.user)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        form.addRow("", self.keyring_note)
        self.server_box = QGroupBox(self.tr("Máy chủ"))
        self.server_box.setLayout(form)

        self.test_button = named(QPushButton(self.tr("Kiểm tra kết nối")), "testConnection")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(lambda _c=False: self.test())
        self.result_label = message_label("connectionResult")

        self.migrate_box = QGroupBox(self.tr("Nâng cấp cấu trúc dữ liệu (quản trị viên)"))
        self.admin_name = named(QLineEdit(admin_name), "adminName")
        self.admin_password = named(QLineEdit(), "adminPassword")
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.migrate_button = named(QPushButton(self.tr("Nâng cấp")), "migrateButton")
        self.migrate_button.setAutoDefault(False)
        self.migrate_button.clicked.connect(lambda _c=False: self.migrate())
        mform = QFormLayout(self.migrate_box)
        mform.addRow(self.tr("Tài khoản quản trị:"), self.admin_name)
        mform.addRow(self.tr("Mật khẩu quản trị:"), self.admin_password)
        mform.addRow("", self.migrate_button)
        self.migrate_box.hide()

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Lưu và dùng kết nối này"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveConnection")
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # From the sign-in dialog the app reopens at once; from the open window, at next start.
        note = QLabel(
            self.tr(
                "Lưu từ màn hình đăng nhập: dùng ngay. Lưu khi đang làm việc: "
                "dùng từ lần mở ứng dụng sau."
            )
        )
        note.setStyleSheet("color: #666;")

        v = QVBoxLayout(self)
        v.addWidget(self.embedded)
        v.addWidget(self.server)
        v.addWidget(self.server_box)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        v.addLayout(row)
        v.addWidget(self.result_label)
        v.addWidget(self.migrate_box)
        v.addWidget(note)
        v.addWidget(buttons)
        self._target_changed()
        if result is not None:
            self._tested(result)

    def _target_changed(self) -> None:
        on = self.server.isChecked()
        self.server_box.setEnabled(on)
        self.test_button.setEnabled(on)

    def config(self) -> ServerConfig:
        return ServerConfig(
            self.host.text(), self.port.value(), self.database.text(), self.user.text()
        )

    # -- test and upgrade -----------------------------------------------------------------
    def _start(self, job: object, text: str) -> None:
        self.busy = True
        self.setEnabled(False)
        show_message(self.result_label, text, error=False)
        run_in_background(job, self._tested, self._failed, parent=self)  # type: ignore[arg-type]

    def test(self) -> None:
        if self.busy:
            return
        try:
            config = self.config().checked()
        except Exception as exc:
            show_message(self.result_label, error_text(exc), error=True)
            return
        password = self.password_edit.text()
        self._start(lambda: check_server(config, password), self.tr("Đang kiểm tra kết nối…"))

    def migrate(self) -> None:
        if self.busy:
            return
        config, password = self.config(), self.password_edit.text()
        admin, secret = self.admin_name.text(), self.admin_password.text()
        self._start(
            lambda: migrate_server(config, password, admin, secret),
            self.tr("Đang nâng cấp cấu trúc dữ liệu…"),
        )

    def _tested(self, result: CheckResult) -> None:
        self.busy = False
        self.setEnabled(True)
        self.last = result
        show_message(self.result_label, result.message, error=not result.ok)
        self.migrate_box.setVisible(result.can_migrate)
        self.admin_password.clear()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.setEnabled(True)
        show_message(self.result_label, error_text(exc), error=True)

    # -- save -------------------------------------------------------------------------------
    def save(self) -> None:
        target = SERVER if self.server.isChecked() else EMBEDDED
        try:
            config = self.config().checked() if target == SERVER or self.host.text() else None
            settings = apply_choice(load_settings(), target, config)
            if config is not None and self.password_edit.text():
                self.passwords.save(config, self.password_edit.text())
            save_settings(settings)
        except Exception as exc:
            show_message(self.result_label, error_text(exc), error=True)
            return
        self.settings = settings
        self.password = self.password_edit.text()
        self.accept()


def ask_password(config: ServerConfig, parent: QWidget | None = None) -> str | None:
    """The server password typed at start (no keyring, or none kept yet); None: cancelled."""
    note = "" if ServerPasswords().available() else message_text(NO_KEYRING) + "\n\n"
    text, ok = QInputDialog.getText(
        parent,
        translate("ConnectionDialog", "Mật khẩu máy chủ"),
        note + translate("ConnectionDialog", "Mật khẩu của {0}:").format(config.label),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def startup_url(
    settings: Settings, parent: QWidget | None = None, passwords: ServerPasswords | None = None
) -> str | None:
    """The database URL the settings choose: None for the embedded default, the server's URL
    (password from the keyring, else asked) once a test says the console can work on it; the
    connection dialog opens when it cannot. Raises SystemExit(0) when the person gives up."""
    passwords = passwords or ServerPasswords()
    typed: str | None = None
    while uses_server(settings):
        config = server_config(settings)
        assert config is not None
        password = passwords.get(config) or typed or ask_password(config, parent)
        if password is None:
            raise SystemExit(0)
        result = check_server(config, password)
        if result.ok:
            return config.url(password)
        dialog = ConnectionDialog(parent, passwords=passwords, result=result)
        dialog.password_edit.setText(password)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise SystemExit(0)
        settings, typed = dialog.settings, dialog.password or None
    return settings.database_url or None
