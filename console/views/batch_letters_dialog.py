"""Batch printing: every reply letter answered in a period, in one PDF, made off the UI thread
with a progress bar and a cancel button, then saved or printed."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.letters.batch import Batch
from console.services.console_api import ConsoleApi
from console.views.letter_preview import print_pdf
from console.views.messages import error_text
from console.views.operations import Report, run_in_background
from console.views.typed import py_date


class Cancelled(Exception):
    """The operator stopped the batch."""


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class BatchLettersDialog(QDialog):
    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.batch: Batch | None = None
        self._cancel = threading.Event()
        self.setWindowTitle(self.tr("In hàng loạt văn bản trả lời"))
        today = api.clock().date()
        self.first = QDateEdit(_qdate(today.replace(day=1)), self)
        self.last = QDateEdit(_qdate(today), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.public = QCheckBox(
            self.tr("Bản công khai (ẩn thông tin người phản ánh đề nghị giữ bí mật)"), self
        )
        form = QFormLayout()
        form.addRow(self.tr("Trả lời &từ ngày"), self.first)
        form.addRow(self.tr("&đến ngày"), self.last)
        form.addRow("", self.public)

        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("batchStatus")
        self.status.setWordWrap(True)
        self.make_button = QPushButton(self.tr("&Tạo văn bản"), self)
        self.make_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Dừng"), self)
        self.cancel_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("&Lưu PDF…"), self)
        self.print_button = QPushButton(self.tr("&In…"), self)
        for b in (self.save_button, self.print_button):
            b.setEnabled(False)
        row = QHBoxLayout()
        for b in (self.make_button, self.cancel_button, self.save_button, self.print_button):
            row.addWidget(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.make_button.clicked.connect(self.make)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.save_button.clicked.connect(self.save_dialog)
        self.print_button.clicked.connect(self.print_dialog)

    def _period(self) -> tuple[date, date]:
        return py_date(self.first.date()), py_date(self.last.date())

    def make(self) -> None:
        first, last = self._period()
        public = self.public.isChecked()
        self._cancel.clear()
        self.batch = None
        self._busy(True)
        self.status.setText(self.tr("Đang tạo văn bản…"))

        api, cancel = self.api, self._cancel

        def job(report: Report) -> Batch:  # worker thread
            def step(done: int, total: int) -> None:
                if cancel.is_set():
                    raise Cancelled
                report(done, total)

            return api.letters_pdf(first, last, public=public, progress=step)

        run_in_background(job, self._made, self._failed, parent=self, progress=self._advanced)

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _made(self, batch: Batch) -> None:
        self.batch = batch
        self._busy(False)
        skipped = (
            self.tr(" Bỏ qua {0} phản ánh (không có văn bản công khai).").format(len(batch.skipped))
            if batch.skipped
            else ""
        )
        self.status.setText(self.tr("Đã tạo {0} văn bản trả lời.").format(batch.letters) + skipped)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(self.tr("Đã dừng.") if isinstance(exc, Cancelled) else error_text(exc))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.make_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        for b in (self.save_button, self.print_button):
            b.setEnabled(not busy and self.batch is not None)

    def save_to(self, path: str) -> None:
        assert self.batch is not None
        with open(path, "wb") as f:
            f.write(self.batch.pdf)
        self.status.setText(self.tr("Đã lưu {0}").format(path))

    def save_dialog(self) -> None:
        first, last = self._period()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu văn bản trả lời"),
            f"van-ban-tra-loi-{first:%Y%m%d}-{last:%Y%m%d}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.save_to(path)

    def print_dialog(self) -> None:
        assert self.batch is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            pages = print_pdf(self.batch.pdf, printer)
            self.status.setText(self.tr("Đã gửi {0} trang tới máy in.").format(pages))
