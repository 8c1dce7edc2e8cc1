"""Quản trị → Nhật ký quản trị: the audit trail, filtered by days, person and action, and
exported as CSV (issue 11 item 6). Read-only: the app has no way to change an entry.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.services.audit import ACTION_LABELS, AuditRow
from console.services.console_api import ConsoleApi
from console.views.messages import error_text
from console.views.typed import py_date

GROUPS = ("login.", "user.", "password.", "calendar.", "unit.", "category.", "connection.")


def _value(v: object) -> str:
    return "" if v is None else json.dumps(v, ensure_ascii=False, sort_keys=True)


class AuditScreen(QDialog):
    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.rows: list[AuditRow] = []
        self.setObjectName("auditScreen")
        self.setWindowTitle(self.tr("Quản trị — Nhật ký quản trị"))
        self.resize(1280, 700)
        today = api.clock().date()
        self.first = QDateEdit(QDate(today.year, today.month, 1), self)
        self.first.setObjectName("auditFrom")
        self.last = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.last.setObjectName("auditTo")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.user = QLineEdit(self)
        self.user.setObjectName("auditUser")
        self.user.setPlaceholderText(self.tr("tên đăng nhập"))
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("Mọi thao tác"), "")
        group_names = {
            "login.": self.tr("Đăng nhập (mọi loại)"),
            "user.": self.tr("Tài khoản (mọi thao tác)"),
            "password.": self.tr("Đổi mật khẩu"),
            "calendar.": self.tr("Lịch làm việc (mọi thao tác)"),
            "unit.": self.tr("Đơn vị (mọi thao tác)"),
            "category.": self.tr("Lĩnh vực (mọi thao tác)"),
            "connection.": self.tr("Kết nối máy chủ (mọi thao tác)"),
        }
        for prefix in GROUPS:
            self.action.addItem(group_names[prefix], prefix)
        for code, label in ACTION_LABELS.items():
            self.action.addItem(f"    {label}", code)
        self.target = QLineEdit(self)
        self.target.setObjectName("auditTarget")
        self.target.setPlaceholderText(self.tr("đối tượng, ví dụ user:dieuhanh1"))
        self.show_button = QPushButton(self.tr("Xem"), self)
        self.show_button.setObjectName("auditShow")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("Xuất CSV…"), self)
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(self.export_dialog)
        filters = QHBoxLayout()
        for label, w in (
            (self.tr("Từ ngày"), self.first),
            (self.tr("đến"), self.last),
            (self.tr("Người dùng"), self.user),
            (self.tr("Thao tác"), self.action),
            (self.tr("Đối tượng"), self.target),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(w)
        filters.addWidget(self.show_button)
        filters.addWidget(self.export_button)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Thời điểm"),
                self.tr("Người thực hiện"),
                self.tr("Thao tác"),
                self.tr("Đối tượng"),
                self.tr("Giá trị cũ"),
                self.tr("Giá trị mới"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in (4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        note = QLabel(self.tr("Nhật ký chỉ được ghi thêm; không ai sửa hay xóa được một dòng."))
        note.setStyleSheet("color: palette(mid);")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(note)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.reload()

    @classmethod
    def menu_text(cls) -> str:
        return QCoreApplication.translate("AuditScreen", "Nhật ký quản trị…")

    def filters(self) -> dict[str, object]:
        return {
            "first": py_date(self.first.date()),
            "last": py_date(self.last.date()),
            "user": self.user.text().strip() or None,
            "action": self.action.currentData() or None,
            "text": self.target.text().strip() or None,
        }

    def reload(self) -> None:
        try:
            self.rows = self.api.admin.audit(**self.filters())
        except Exception as exc:  # the service's refusal, shown as it is
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(error_text(exc))
            return
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            cells = (
                r.at.strftime("%d/%m/%Y %H:%M:%S"),
                r.actor_name,
                r.label,
                r.target,
                _value(r.old),
                _value(r.new),
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if j >= 3 else "")
                if r.action in ("login.failed", "login.locked", "login.refused"):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, j, item)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("{0} dòng").format(len(self.rows)))

    def export(self, path: Path) -> int:
        """Write the rows shown as CSV (UTF-8 with BOM, for Excel); how many rows."""
        path.write_text(self.api.admin.audit_csv(self.rows), encoding="utf-8-sig")
        self.status.setText(self.tr("Đã xuất {0} dòng vào {1}").format(len(self.rows), path))
        return len(self.rows)

    def export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất nhật ký"), "nhat-ky-quan-tri.csv", "CSV (*.csv)"
        )
        if name:
            try:
                self.export(Path(name))
            except OSError as exc:
                self.status.setText(str(exc))
