"""Quản trị → Lịch làm việc: the year with the public holidays, the national make-up days and
the administrator's days off and working days; a change is previewed (how many open deadlines
move, by how much), then applied in one transaction with a progress bar (issue 11 item 4).

Everything goes through ``ConsoleApi.admin``; the change runs off the UI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.models import OverrideKind
from console.services.calendar_admin import (
    DAY_OFF,
    HOLIDAY,
    MAKE_UP,
    WORKING_DAY,
    CalendarYear,
    DayChange,
)
from console.services.console_api import ConsoleApi
from console.views.messages import error_text
from console.views.operations import run_in_background
from console.views.typed import py_date

COLOURS = {HOLIDAY: "#f8c9c4", DAY_OFF: "#ffd591", WORKING_DAY: "#b7e4c7", MAKE_UP: "#cfe3ff"}


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _hours(seconds: float) -> str:
    return f"{seconds / 3600:+.1f}".replace(".", ",")


class CalendarScreen(QDialog):
    changed = Signal(object)  # the DayChange made

    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.admin = api.admin
        self.view: CalendarYear | None = None
        self.pending: tuple[date, OverrideKind | None, str] | None = None
        self.setObjectName("calendarScreen")
        self.setWindowTitle(self.tr("Quản trị — Lịch làm việc"))
        self.resize(1366, 740)
        today = api.clock().date()

        self.year = QSpinBox(self)
        self.year.setObjectName("calendarYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.valueChanged.connect(self.reload)
        self.summary = QLabel(self)
        self.summary.setObjectName("calendarSummary")
        legend = QHBoxLayout()
        legend.addWidget(QLabel(self.tr("Năm:")))
        legend.addWidget(self.year)
        legend.addWidget(self.summary, 1)
        for kind, text in (
            (HOLIDAY, self.tr("Ngày lễ, Tết")),
            (MAKE_UP, self.tr("Làm bù theo lịch nhà nước")),
            (DAY_OFF, self.tr("Ngày nghỉ do quản trị đặt")),
            (WORKING_DAY, self.tr("Ngày làm việc do quản trị đặt")),
        ):
            swatch = QLabel(text)
            swatch.setStyleSheet(f"background: {COLOURS[kind]}; padding: 2px 6px;")
            legend.addWidget(swatch)

        grid = QGridLayout()
        grid.setSpacing(4)
        self.months: list[QCalendarWidget] = []
        for m in range(12):
            cal = QCalendarWidget(self)
            cal.setObjectName(f"month{m + 1}")
            cal.setNavigationBarVisible(False)
            cal.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            cal.setHorizontalHeaderFormat(
                QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames
            )
            cal.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            cal.clicked.connect(self.pick)
            # Each month would show its own "selected" day: the chosen one is in the editor.
            cal.setStyleSheet(
                "QAbstractItemView { selection-background-color: palette(base);"
                " selection-color: palette(text); }"
            )
            title = QLabel(self.tr("Tháng {0}").format(m + 1), self)
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(title)
            cell.addWidget(cal)
            grid.addLayout(cell, m // 4, m % 4)
            self.months.append(cal)

        self.days = QTableWidget(0, 3, self)
        self.days.setObjectName("calendarDays")
        self.days.setHorizontalHeaderLabels(
            [self.tr("Ngày"), self.tr("Loại"), self.tr("Tên / lý do")]
        )
        self.days.verticalHeader().hide()
        self.days.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.days.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.days.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.days.itemSelectionChanged.connect(self._day_selected)

        side = QVBoxLayout()
        side.addWidget(self.days, 1)
        side.addWidget(self._editor())
        body = QHBoxLayout()
        body.addLayout(grid, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(legend)
        layout.addLayout(body, 1)
        self.reload()

    @classmethod
    def menu_text(cls) -> str:
        return QCoreApplication.translate("CalendarScreen", "Lịch làm việc…")

    def _editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("Thay đổi một ngày"), self)
        self.day = QDateEdit(_qdate(self.api.clock().date()), box)
        self.day.setObjectName("changeDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.off = QRadioButton(self.tr("Ngày nghỉ"), box)
        self.off.setObjectName("kindOff")
        self.off.setChecked(True)
        self.work = QRadioButton(self.tr("Ngày làm việc (làm bù)"), box)
        self.work.setObjectName("kindWork")
        self.remove = QRadioButton(self.tr("Bỏ điều chỉnh của ngày này"), box)
        self.remove.setObjectName("kindRemove")
        kinds = QHBoxLayout()
        for b in (self.off, self.work, self.remove):
            kinds.addWidget(b)
        self.reason = QLineEdit(box)
        self.reason.setObjectName("changeReason")
        self.reason.setPlaceholderText(self.tr("Căn cứ, ví dụ: Quyết định số …/QĐ-UBND"))
        self.preview_button = QPushButton(self.tr("Xem trước"), box)
        self.preview_button.setObjectName("previewButton")
        self.apply_button = QPushButton(self.tr("Áp dụng và tính lại hạn xử lý"), box)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        self.apply_button.clicked.connect(self.apply)
        for w in (self.off, self.work, self.remove):
            w.toggled.connect(self._input_changed)
        self.day.dateChanged.connect(self._input_changed)
        self.reason.textChanged.connect(self._input_changed)
        self.outcome = QLabel(box)
        self.outcome.setObjectName("changeOutcome")
        self.outcome.setWordWrap(True)
        self.progress = QProgressBar(box)
        self.progress.setObjectName("changeProgress")
        self.progress.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.apply_button)
        form = QFormLayout(box)
        form.addRow(self.tr("Ngày:"), self.day)
        form.addRow(self.tr("Thành:"), kinds)
        form.addRow(self.tr("Lý do:"), self.reason)
        form.addRow(buttons)
        form.addRow(self.outcome)
        form.addRow(self.progress)
        return box

    # -- reading ------------------------------------------------------------------------------
    def kind_text(self, kind: str) -> str:
        return {
            HOLIDAY: self.tr("Ngày lễ"),
            MAKE_UP: self.tr("Làm bù (nhà nước)"),
            DAY_OFF: self.tr("Ngày nghỉ"),
            WORKING_DAY: self.tr("Ngày làm việc"),
        }[kind]

    def reload(self) -> None:
        year = self.year.value()
        try:
            self.view = self.admin.calendar_year(year)
        except Exception as exc:
            self._say(error_text(exc), error=True)
            return
        plain = QTextCharFormat()
        for m, cal in enumerate(self.months, start=1):
            first = QDate(year, m, 1)
            cal.setDateRange(first, first.addMonths(1).addDays(-1))
            cal.setCurrentPage(year, m)
            cal.setDateTextFormat(QDate(), plain)  # clears every date's format
        self.days.setRowCount(len(self.view.days))
        for i, d in enumerate(self.view.days):
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(COLOURS[d.kind]))
            fmt.setToolTip(f"{self.kind_text(d.kind)}: {d.name}")
            self.months[d.day.month - 1].setDateTextFormat(_qdate(d.day), fmt)
            name = f"{d.name} — {d.by}" if d.by else d.name
            cells = (d.day.strftime("%d/%m/%Y"), self.kind_text(d.kind), name)
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QColor(COLOURS[d.kind]))
                item.setData(Qt.ItemDataRole.UserRole, d.day)
                self.days.setItem(i, j, item)
        self.days.resizeColumnToContents(0)
        self.days.resizeColumnToContents(1)
        self.summary.setText(
            self.tr("{0} ngày làm việc trong năm {1}").format(self.view.working_days, year)
        )

    def pick(self, qdate: QDate) -> None:
        self.day.setDate(qdate)

    def _day_selected(self) -> None:
        items = self.days.selectedItems()
        if items:
            self.pick(_qdate(items[0].data(Qt.ItemDataRole.UserRole)))

    # -- changing -----------------------------------------------------------------------------
    def _input(self) -> tuple[date, OverrideKind | None, str]:
        kind = (
            OverrideKind.DAY_OFF
            if self.off.isChecked()
            else OverrideKind.WORKING_DAY
            if self.work.isChecked()
            else None
        )
        return py_date(self.day.date()), kind, self.reason.text()

    def _input_changed(self) -> None:
        self.pending = None
        self.apply_button.setEnabled(False)

    def _say(self, text: str, *, error: bool) -> None:
        self.outcome.setStyleSheet("color: #b00020;" if error else "")
        self.outcome.setText(text)

    def describe(self, change: DayChange, *, done: bool) -> str:
        if not change.deadlines:
            return self.tr("Không có hạn xử lý nào đang mở bị ảnh hưởng.")
        template = (
            self.tr("Đã dời {0} hạn xử lý của {1} phản ánh đang mở, từ {2} đến {3} giờ.")
            if done
            else self.tr("Sẽ dời {0} hạn xử lý của {1} phản ánh đang mở, từ {2} đến {3} giờ.")
        )
        return template.format(
            change.deadlines,
            change.reports,
            _hours(change.least.total_seconds()),
            _hours(change.most.total_seconds()),
        )

    def preview(self) -> DayChange | None:
        day, kind, reason = self._input()
        try:
            change = self.admin.preview_day(day, kind)
            if kind is not None and not reason.strip():
                self._say(
                    self.describe(change, done=False)
                    + " "
                    + self.tr("Hãy ghi lý do trước khi áp dụng."),
                    error=True,
                )
                return change
        except Exception as exc:
            self._say(error_text(exc), error=True)
            return None
        self.pending = (day, kind, reason)
        self.apply_button.setEnabled(True)
        self._say(self.describe(change, done=False), error=False)
        return change

    def apply(self) -> None:
        if self.pending is None:
            return
        day, kind, reason = self.pending
        self.pending = None
        self._busy(True)

        run_in_background(
            lambda report: self.admin.change_day(day, kind, reason, progress=report),
            self._applied,
            self._failed,
            parent=self,
            progress=self._advanced,
        )

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _applied(self, change: DayChange) -> None:
        self._busy(False)
        self._say(self.describe(change, done=True), error=False)
        self.reload()
        self.changed.emit(change)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._say(error_text(exc), error=True)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.preview_button.setEnabled(not busy)
        self.apply_button.setEnabled(False)
