"""Quản trị → Khóa API (Open311): the citizen apps' keys (issue 12 item 2).

Lists every key, active and revoked (a revoked key stays: the reports it posted keep their
origin); makes a key for an app on one intake channel, shown here once and never stored; revokes
one. Every action is the service's (console/services/api_keys.py), refused to non-admins there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.services.console_api import ConsoleApi
from console.views.messages import error_text


class ApiKeysScreen(QDialog):
    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.setObjectName("apiKeysScreen")
        self.setWindowTitle(self.tr("Quản trị — Khóa API cho ứng dụng công dân (Open311)"))
        self.resize(980, 520)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("apiKeysTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Ứng dụng"),
                self.tr("Kênh tiếp nhận"),
                self.tr("Đầu khóa"),
                self.tr("Tạo lúc"),
                self.tr("Người tạo"),
                self.tr("Trạng thái"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.revoke_button = QPushButton(self.tr("Thu hồi khóa đã chọn…"), self)
        self.revoke_button.setObjectName("apiKeyRevoke")
        self.revoke_button.clicked.connect(self.revoke_selected)

        self.name = QLineEdit(self)
        self.name.setObjectName("apiKeyName")
        self.name.setPlaceholderText(self.tr("ví dụ c-thainguyen"))
        self.channel = QComboBox(self)
        self.channel.setObjectName("apiKeyChannel")
        self.add_button = QPushButton(self.tr("Tạo khóa"), self)
        self.add_button.setObjectName("apiKeyAdd")
        self.add_button.clicked.connect(self.add)
        self.new_key = QLineEdit(self)
        self.new_key.setObjectName("apiKeyNew")
        self.new_key.setReadOnly(True)
        self.new_key.setPlaceholderText(self.tr("khóa mới hiện ở đây một lần duy nhất"))
        self.copy_button = QPushButton(self.tr("Sao chép"), self)
        self.copy_button.setObjectName("apiKeyCopy")
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.new_key.text())
        )
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(QLabel(self.tr("trên kênh"), self))
        row.addWidget(self.channel, 1)
        row.addWidget(self.add_button)
        form.addRow(self.tr("Ứng dụng mới"), row)
        shown = QHBoxLayout()
        shown.addWidget(self.new_key, 1)
        shown.addWidget(self.copy_button)
        form.addRow(self.tr("Khóa"), shown)
        self.status = QLabel(self)
        self.status.setObjectName("apiKeysStatus")
        self.status.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Cơ sở dữ liệu chỉ giữ mã băm SHA-256 và vài ký tự đầu của khóa: "
                "hãy sao chép khóa ngay khi tạo và gửi cho đơn vị quản lý ứng dụng."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revoke_button)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        self._load_channels()
        self.reload()

    @classmethod
    def menu_text(cls) -> str:
        return QCoreApplication.translate("ApiKeysScreen", "Khóa API (Open311)…")

    def _load_channels(self) -> None:
        try:
            choices = self.api.admin.channel_choices()
        except Exception as exc:  # the service's refusal, shown as it is
            self._error(exc)
            return
        for code, name in choices:
            self.channel.addItem(f"{name} ({code})", code)
        app = self.channel.findData("app")
        if app >= 0:
            self.channel.setCurrentIndex(app)

    def reload(self) -> None:
        try:
            self.keys = self.api.admin.api_keys()
        except Exception as exc:
            self.keys = []
            self._error(exc)
            return
        self.table.setRowCount(len(self.keys))
        for i, k in enumerate(self.keys):
            state = (
                self.tr("Đang dùng")
                if k.active
                else self.tr("Đã thu hồi {0}").format(
                    k.revoked_at.strftime("%d/%m/%Y %H:%M") if k.revoked_at else ""
                )
            )
            cells = (
                k.name,
                k.channel_name,
                k.prefix + "…",
                k.created_at.strftime("%d/%m/%Y %H:%M"),
                k.created_by,
                state,
            )
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def add(self) -> None:
        try:
            info, secret = self.api.admin.add_api_key(
                self.name.text(), self.channel.currentData() or "app"
            )
        except Exception as exc:
            self._error(exc)
            return
        self.new_key.setText(secret)
        self.name.clear()
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr(
                "Đã tạo khóa cho {0} trên kênh {1}. Khóa chỉ hiện một lần: sao chép ngay."
            ).format(info.name, info.channel_name)
        )
        self.reload()

    def revoke_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.keys):
            self.status.setText(self.tr("Chọn một khóa trong bảng trước."))
            return
        name = self.keys[row].name
        answer = QMessageBox.question(
            self,
            self.tr("Thu hồi khóa API"),
            self.tr(
                "Thu hồi khóa của {0}? Ứng dụng sẽ không gửi được phản ánh bằng khóa này nữa."
            ).format(name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.revoke(name)

    def revoke(self, name: str) -> None:
        try:
            changed = self.api.admin.revoke_api_key(name)
        except Exception as exc:
            self._error(exc)
            return
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Đã thu hồi khóa của {0}.").format(name)
            if changed
            else self.tr("Khóa của {0} đã bị thu hồi từ trước.").format(name)
        )
        self.reload()

    def _error(self, exc: BaseException) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(error_text(exc))
