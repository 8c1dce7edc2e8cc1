"""The dashboard's period picker: week, month, quarter, year or a date range, and ◀ ▶."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from console.statistics import period as periods
from console.statistics.period import Period
from console.views.typed import py_date


class PeriodPicker(QWidget):
    changed = Signal(object)  # Period

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.setObjectName("periodKind")
        for code, text in (
            ("week", self.tr("Tuần")),
            ("month", self.tr("Tháng")),
            ("quarter", self.tr("Quý")),
            ("year", self.tr("Năm")),
            ("range", self.tr("Khoảng ngày")),
        ):
            self.kind.addItem(text, code)
        self.back = QToolButton(self)
        self.back.setText("◀")
        self.back.setToolTip(self.tr("Kỳ trước"))
        self.forward = QToolButton(self)
        self.forward.setText("▶")
        self.forward.setToolTip(self.tr("Kỳ sau"))
        self.label = QLabel(self)
        self.label.setObjectName("periodLabel")
        self.label.setMinimumWidth(230)
        self.first, self.last = QDateEdit(self), QDateEdit(self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._range_edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind, self.back, self.label, self.forward, self.first, self.last):
            layout.addWidget(w)
        self.period = periods.current("month", today)
        self.kind.setCurrentIndex(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.back.clicked.connect(lambda: self.set_period(periods.previous(self.period)))
        self.forward.clicked.connect(lambda: self.set_period(periods.next(self.period)))
        self._show()

    def set_period(self, period: Period) -> None:
        self.period = period
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.kind.blockSignals(False)
        self._show()
        self.changed.emit(period)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        if kind == "range":
            self.set_period(Period("range", self.period.start, self.period.end))
        else:
            self.set_period(periods.current(kind, self.period.start))

    def _range_edited(self) -> None:
        if self.period.kind != "range":
            return
        first, last = py_date(self.first.date()), py_date(self.last.date())
        if first <= last and (first, last) != (self.period.start, self.period.end):
            self.set_period(Period("range", first, last))

    def _show(self) -> None:
        self.label.setText(self.period.label)
        ranged = self.period.kind == "range"
        for edit, day in ((self.first, self.period.start), (self.last, self.period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
            edit.setVisible(ranged)
