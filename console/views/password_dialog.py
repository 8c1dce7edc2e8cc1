"""Tệp → Đổi mật khẩu…: a signed-in person changes their own password (issue 11 item 1).

The service checks the current password (a wrong one counts as a failed sign-in), the strength
rule and that the new one differs, and writes the audit entry; the dialog only asks twice.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.services.console_api import ConsoleApi
from console.views.messages import error_text


class PasswordDialog(QDialog):
    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Đổi mật khẩu"))
        self.old = QLineEdit(self)
        self.new = QLineEdit(self)
        self.again = QLineEdit(self)
        for name, edit in (
            ("oldPassword", self.old),
            ("newPassword", self.new),
            ("againPassword", self.again),
        ):
            edit.setObjectName(name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.setPlaceholderText(self.tr("ít nhất 10 ký tự, có chữ cái và chữ số hoặc ký hiệu"))
        form = QFormLayout()
        form.addRow(self.tr("Mật khẩu hiện tại:"), self.old)
        form.addRow(self.tr("Mật khẩu mới:"), self.new)
        form.addRow(self.tr("Nhập lại mật khẩu mới:"), self.again)
        note = QLabel(
            self.tr("Sau khi đổi, các đăng nhập đã ghi nhớ của bạn trên mọi máy bị thu hồi."), self
        )
        note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("passwordMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> bool:
        if self.new.text() != self.again.text():
            self.message.setText(self.tr("Hai lần nhập mật khẩu mới không khớp"))
            return False
        try:
            self.api.change_own_password(self.old.text(), self.new.text())
        except Exception as exc:  # the service's refusal, shown as it is
            self.message.setText(error_text(exc))
            return False
        self.accept()
        return True
