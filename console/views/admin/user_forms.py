"""The account screen's forms: add or edit an account, set a password, show one once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.models import Role
from console.services.users import UserSummary
from console.views.i18n import role_label


class PasswordChoice(QWidget):
    """Generate a password (shown once afterwards) or type one, under the strength rule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.generate = QRadioButton(self.tr("Tạo mật khẩu ngẫu nhiên (hiện một lần)"), self)
        self.generate.setObjectName("passwordGenerate")
        self.typed = QRadioButton(self.tr("Nhập mật khẩu:"), self)
        self.typed.setObjectName("passwordTyped")
        self.password = QLineEdit(self)
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("ít nhất 10 ký tự, có chữ cái và chữ số hoặc ký hiệu")
        )
        self.generate.setChecked(True)
        self.password.setEnabled(False)
        self.typed.toggled.connect(self.password.setEnabled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.generate)
        layout.addWidget(self.typed)
        layout.addWidget(self.password)

    def value(self) -> str | None:
        """The typed password, or None for a generated one."""
        return self.password.text() if self.typed.isChecked() else None


class UserForm(QDialog):
    """Add an account (user name, password) or edit one (full name, unit, roles)."""

    def __init__(
        self,
        units: list[tuple[str, str]],
        user: UserSummary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userForm")
        self.setWindowTitle(
            self.tr("Sửa tài khoản {0}").format(user.username)
            if user
            else self.tr("Thêm tài khoản")
        )
        form = QFormLayout()
        self.username = QLineEdit(user.username if user else "", self)
        self.username.setObjectName("usernameEdit")
        self.username.setReadOnly(user is not None)
        self.full_name = QLineEdit(user.full_name if user else "", self)
        self.full_name.setObjectName("fullNameEdit")
        self.unit = QComboBox(self)
        self.unit.setObjectName("unitCombo")
        for code, name in units:
            self.unit.addItem(f"{name} ({code})", code)
        if user is not None:
            self.unit.setCurrentIndex(max(0, self.unit.findData(user.unit_code)))
        roles = QGridLayout()
        self.roles: dict[Role, QCheckBox] = {}
        for i, role in enumerate(Role):
            box = QCheckBox(role_label(role), self)
            box.setObjectName(f"role_{role.value}")
            box.setChecked(user is not None and role in user.roles)
            roles.addWidget(box, i // 3, i % 3)
            self.roles[role] = box
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Họ và tên:"), self.full_name)
        form.addRow(self.tr("Đơn vị:"), self.unit)
        form.addRow(self.tr("Vai trò:"), roles)
        self.password: PasswordChoice | None = None
        if user is None:
            self.password = PasswordChoice(self)
            form.addRow(self.tr("Mật khẩu:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def selected_roles(self) -> list[Role]:
        return [role for role, box in self.roles.items() if box.isChecked()]


class ResetForm(QDialog):
    """Reset an account's password: generated or typed; the user must change it."""

    def __init__(self, user: UserSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetForm")
        self.setWindowTitle(self.tr("Đặt lại mật khẩu cho {0}").format(user.username))
        note = QLabel(
            self.tr(
                "Tài khoản được mở khóa, các đăng nhập đã ghi nhớ bị thu hồi; "
                "người dùng phải đổi mật khẩu khi đăng nhập."
            ),
            self,
        )
        note.setWordWrap(True)
        self.password = PasswordChoice(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.password)
        layout.addWidget(buttons)


class OncePassword(QDialog):
    """A generated password, shown this once, selectable and copyable."""

    def __init__(self, username: str, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oncePassword")
        self.setWindowTitle(self.tr("Mật khẩu của {0}").format(username))
        note = QLabel(
            self.tr(
                "Mật khẩu chỉ hiện lần này: hãy trao cho người dùng. Họ phải "
                "đổi mật khẩu khi đăng nhập lần đầu."
            ),
            self,
        )
        note.setWordWrap(True)
        self.value = QLineEdit(password, self)
        self.value.setObjectName("oncePasswordValue")
        self.value.setReadOnly(True)
        font = self.value.font()
        font.setFamily("monospace")
        font.setPointSize(font.pointSize() + 4)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        copy = QPushButton(self.tr("Sao chép"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(password))
        close = QPushButton(self.tr("Đã ghi lại, đóng"), self)
        close.setObjectName("oncePasswordClose")
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.value)
        layout.addWidget(copy)
        layout.addWidget(close)
