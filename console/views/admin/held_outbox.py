"""Quản trị → Mục chờ gửi của phiên đã kết thúc (issue 15 item 2).

What a person typed offline when the first answer of the server ended their session (account
deactivated or password changed) is held on this workstation. The administrator sends it in
the author's name once the account is active again, or discards it after confirming. Every
action is the service's (console/services/outbox_admin.py), refused to non-admins there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.services.console_api import ConsoleApi
from console.services.outbox import Entry
from console.services.outbox_actions import ActionEntry
from console.views.label_text import action_text
from console.views.messages import error_text
from console.views.outbox_list import confirm_discard


class HeldOutboxScreen(QDialog):
    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.entries: list[Entry] = []
        self.confirm: QMessageBox | None = None
        self.setObjectName("heldOutboxScreen")
        self.setWindowTitle(self.tr("Quản trị — Mục chờ gửi của phiên đã kết thúc"))
        self.resize(980, 480)
        note = QLabel(
            self.tr(
                "Những gì đã nhập ngoại tuyến trên máy này khi phiên của người nhập kết thúc "
                "(tài khoản bị vô hiệu hóa hoặc đổi mật khẩu). Chỉ gửi thay người nhập khi "
                "tài khoản đã hoạt động lại; hoặc bỏ (có ghi nhật ký)."
            ),
            self,
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("heldTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Người nhập"), self.tr("Nhập lúc"), self.tr("Nội dung"), self.tr("Lý do giữ")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.send_button = QPushButton(self.tr("Gửi thay người nhập"), self)
        self.send_button.setObjectName("heldSend")
        self.send_button.setToolTip(
            self.tr("Gửi mọi mục của người nhập đã chọn, theo thứ tự đã nhập, dưới tên họ")
        )
        self.send_button.clicked.connect(self.send_selected)
        self.discard_button = QPushButton(self.tr("Bỏ mục đã chọn…"), self)
        self.discard_button.setObjectName("heldDiscard")
        self.discard_button.clicked.connect(self.ask_discard)
        self.message = QLabel(self)
        self.message.setObjectName("heldMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.reload()

    @classmethod
    def menu_text(cls) -> str:
        return QCoreApplication.translate("HeldOutboxScreen", "Mục chờ gửi của phiên đã kết thúc…")

    def reload(self) -> None:
        try:
            self.entries = self.api.admin.held_outbox()
        except ValueError as exc:
            self.entries = []
            self.say(error_text(exc), error=True)
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            if isinstance(e, ActionEntry):
                what = f"{action_text(e.action)} — {e.code or self.tr('phản ánh đang chờ gửi')}"
            else:
                what = self.tr("Phản ánh mới — {0}").format(e.draft.title or "")
            cells = (e.username, f"{e.typed_at:%H:%M %d/%m/%Y}", what, e.held or "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                self.table.setItem(row, col, item)
        if self.entries:
            self.table.selectRow(0)
        for b in (self.send_button, self.discard_button):
            b.setEnabled(bool(self.entries))

    def selected(self) -> Entry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")

    def send_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            done = self.api.admin.release_held(entry.username)
        except ValueError as exc:
            self.say(error_text(exc), error=True)
            return
        sent = sum(1 for d in done if d.result is not None)
        self.say(
            self.tr(
                "Đã gửi {0} mục dưới tên {1}; mục chưa gửi được nằm trong danh sách của họ."
            ).format(sent, entry.username)
        )
        self.reload()

    def ask_discard(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        entry_id = entry.id
        self.confirm = confirm_discard(
            self,
            self.tr("Bỏ hẳn mục của {0} nhập lúc {1}? Nội dung sẽ không được gửi.").format(
                entry.username, f"{entry.typed_at:%H:%M %d/%m/%Y}"
            ),
            "heldDiscardConfirm",
            lambda: self._discard(entry_id),
        )

    def _discard(self, entry_id: str) -> None:
        try:
            self.api.admin.discard_held(entry_id)
        except ValueError as exc:
            self.say(error_text(exc), error=True)
            return
        self.say(self.tr("Đã bỏ mục chờ gửi (đã ghi nhật ký)."))
        self.reload()
