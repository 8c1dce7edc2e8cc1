"""GeoReport v2 files in the console (issue 12 item 3): export a period's reports for the
national portal or another system, import an offline app's file of requests with a progress
bar and a summary of what was taken and refused and why. The work is ConsoleApi's."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.services.console_api import ConsoleApi
from console.views.messages import error_text
from console.views.operations import run_in_background
from console.views.typed import py_date


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class Open311Dialog(QDialog):
    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.setWindowTitle(self.tr("Tệp Open311 (GeoReport v2)"))
        self.resize(560, 480)
        today = api.clock().date()
        self.first = QDateEdit(_qdate(today.replace(day=1)), self)
        self.last = QDateEdit(_qdate(today), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.format = QComboBox(self)
        self.format.addItem("JSON", "json")
        self.format.addItem("XML", "xml")
        self.export_button = QPushButton(self.tr("&Xuất tệp…"), self)
        out = QGroupBox(self.tr("Xuất phản ánh tiếp nhận trong kỳ"), self)
        form = QFormLayout(out)
        form.addRow(self.tr("&Từ ngày"), self.first)
        form.addRow(self.tr("Đế&n ngày"), self.last)
        form.addRow(self.tr("Định &dạng"), self.format)
        form.addRow("", self.export_button)

        self.channel = QComboBox(self)
        for choice in api.channels():
            self.channel.addItem(choice.name, choice.code)
        app = self.channel.findData("app")
        self.channel.setCurrentIndex(max(app, 0))
        self.import_button = QPushButton(self.tr("&Chọn tệp JSON và nhập…"), self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("open311Summary")
        self.summary.setReadOnly(True)
        inp = QGroupBox(self.tr("Nhập yêu cầu từ ứng dụng (mỗi yêu cầu một lần)"), self)
        form = QFormLayout(inp)
        form.addRow(self.tr("&Kênh tiếp nhận"), self.channel)
        form.addRow("", self.import_button)
        form.addRow(self.progress)
        form.addRow(self.summary)

        self.status = QLabel(self)
        self.status.setObjectName("open311Status")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(out)
        layout.addWidget(inp)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.export_button.clicked.connect(self.export_dialog)
        self.import_button.clicked.connect(self.import_dialog)

    # -- export -----------------------------------------------------------------------------

    def export_dialog(self) -> None:
        first, last = py_date(self.first.date()), py_date(self.last.date())
        fmt = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu tệp GeoReport"),
            f"georeport-{first:%Y%m%d}-{last:%Y%m%d}.{fmt}",
            self.tr("GeoReport (*.json *.xml)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        first, last = py_date(self.first.date()), py_date(self.last.date())
        fmt = self.format.currentData()
        self.export_button.setEnabled(False)

        def made(data: bytes) -> None:
            self.export_button.setEnabled(True)
            try:
                with open(path, "wb") as f:
                    f.write(data)
            except OSError as exc:
                self.status.setText(
                    self.tr("Không ghi được tệp {0}: {1}").format(path, exc.strerror or exc)
                )
                return
            self.status.setText(self.tr("Đã ghi {0} ({1} byte)").format(path, len(data)))

        run_in_background(
            lambda: self.api.open311_export(first, last, fmt), made, self._failed, parent=self
        )

    # -- import -----------------------------------------------------------------------------

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp GeoReport JSON"), "", self.tr("GeoReport JSON (*.json)")
        )
        if path:
            self.import_from(path)

    def import_from(self, path: str) -> None:
        channel = self.channel.currentData()
        self.import_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.summary.clear()
        self.status.setText(self.tr("Đang nhập {0}…").format(path))

        run_in_background(
            lambda report: self.api.open311_import(path, channel, report),
            self._imported,
            self._failed,
            parent=self,
            progress=self._advanced,
        )

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _imported(self, summary: Any) -> None:
        self.import_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(
            self.tr("{0} yêu cầu: nhận {1}, đã có từ trước {2}, từ chối {3}").format(
                summary.total, len(summary.taken), len(summary.already), len(summary.refused)
            )
        )
        lines = [self.tr("Nhận: {0}").format(", ".join(summary.taken))] if summary.taken else []
        for n, own, why in summary.refused:
            lines.append(
                self.tr("Từ chối yêu cầu thứ {0} {1}: {2}").format(
                    n, f"({own})" if own else "", why
                )
            )
        self.summary.setPlainText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(error_text(exc))
