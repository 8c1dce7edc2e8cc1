"""The forms of two actions around routing: the IOC records a consulted unit's opinion (Thái
Nguyên Điều 7.2), and a Lai Châu unit that cannot resolve a report reports the cause and the
date it expects (Điều 7.5)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QFormLayout, QLabel, QPlainTextEdit, QWidget

from console.services.detail import ReportDetail
from console.services.routing import RoutingChoice
from console.views.note_dialogs import ActionDialog, fmt
from console.views.typed import py_datetime


def _qdt(at: datetime) -> QDateTime:
    return QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0)


class ConsultationAnswerDialog(ActionDialog):
    """Which consulted unit answered, and its opinion ("gửi ngay ý kiến về IOC")."""

    def __init__(
        self, detail: ReportDetail, waiting: list[RoutingChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__("answer_consultation", detail, parent)
        due = {d.stage: d for d in detail.deadlines if d.completed_at is None}
        self.unit = QComboBox(self)
        self.unit.setObjectName("consultedUnit")
        for u in waiting:
            self.unit.addItem(u.name, u.code)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(420, 90)
        form = QFormLayout()
        form.addRow(self.tr("Đơn vị trả lời *"), self.unit)
        form.addRow(self.tr("Ý kiến của đơn vị *"), self.note)
        if "consult" in due and due["consult"].due_at:
            hint = QLabel(self.tr("Hạn trả lời ý kiến: {0}").format(fmt(due["consult"].due_at)))
            hint.setObjectName("consultDue")
            self.layout_.addWidget(hint)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.note.setFocus()

    def problem(self) -> str | None:
        if self.unit.currentData() is None:
            return self.tr("Không có đơn vị nào đang chờ trả lời ý kiến")
        if not self.note.toPlainText().strip():
            return self.tr("Cần nhập ý kiến của đơn vị")
        return None

    def params(self) -> dict[str, Any]:
        return {"unit": self.unit.currentData(), "note": self.note.toPlainText().strip()}


class CauseDialog(ActionDialog):
    """Lai Châu Điều 7.5: the cause and the expected date, reported to the city; the deadline
    does not move (it is a report, not a request)."""

    def __init__(self, detail: ReportDetail, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__("report_cause", detail, parent)
        self.now = now
        note = QLabel(
            self.tr(
                "Báo cáo UBND thành phố nguyên nhân chưa giải quyết được và thời "
                "gian dự kiến giải quyết; thời hạn xử lý không thay đổi."
            )
        )
        note.setObjectName("causeNote")
        note.setWordWrap(True)
        self.expected = QDateTimeEdit(self)
        self.expected.setObjectName("expectedEdit")
        self.expected.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.expected.setCalendarPopup(True)
        self.expected.setDateTime(_qdt((now + timedelta(days=1)).replace(hour=17, minute=0)))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(420, 90)
        form = QFormLayout()
        form.addRow(self.tr("Nguyên nhân *"), self.note)
        form.addRow(self.tr("Dự kiến giải quyết xong trước *"), self.expected)
        self.layout_.addWidget(note)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.note.setFocus()

    def expected_at(self) -> datetime:
        return py_datetime(self.expected.dateTime()).replace(second=0, microsecond=0)

    def problem(self) -> str | None:
        if not self.note.toPlainText().strip():
            return self.tr("Cần nhập nguyên nhân chưa giải quyết được")
        if self.expected_at() <= self.now:
            return self.tr("Thời gian dự kiến giải quyết phải ở tương lai (sau {0})").format(
                fmt(self.now)
            )
        return None

    def params(self) -> dict[str, Any]:
        return {"committed": self.expected_at(), "note": self.note.toPlainText().strip()}
