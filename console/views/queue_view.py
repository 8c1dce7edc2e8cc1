"""The work queue screen: a filter bar, a search box and the lazy queue table.

A filter or queue change reads the count and the first page in the background and then hands
both to the model, so typing in the search box never freezes the window; scrolling fetches
further pages through the model's cache.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.services.console_api import Choice, ConsoleApi
from console.services.queue_drill import DRILL_OFF
from console.services.queues import SEARCH_COUNT_CAP, Queue, QueueFilter, QueueRow, Sort
from console.views.operations import run_in_background
from console.views.queue_model import (
    COL_CATEGORY,
    COL_CHANNEL,
    COL_CODE,
    COL_DUE,
    COL_RECEIVED,
    COL_STATUS,
    COL_TITLE,
    COL_UNIT,
    PAGE,
    QueueModel,
)
from console.views.sla_badge import SlaBadgeDelegate
from console.views.typed import py_date

SEARCH_DELAY_MS = 250
JUMP_SETTLE_MS = 150  # after a jump, read ahead once the screen has stayed put this long
CLOCK_TICK_MS = 60_000
NO_DATE = QDate(2000, 1, 1)  # the date edits' "not set" value (shown as their placeholder)
WIDTHS = {
    COL_CODE: 142,
    COL_RECEIVED: 130,
    COL_CATEGORY: 150,
    COL_UNIT: 140,
    COL_CHANNEL: 120,
    COL_STATUS: 125,
    COL_DUE: 190,
}
_INDICATOR = {
    Sort.DUE: (COL_DUE, Qt.SortOrder.AscendingOrder),
    Sort.NEWEST: (COL_RECEIVED, Qt.SortOrder.DescendingOrder),
    Sort.OLDEST: (COL_RECEIVED, Qt.SortOrder.AscendingOrder),
}
_VI = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def default_sort(queue: Queue) -> Sort:
    """Every queue opens deadline first (the most overdue on top; the services' indexes walk
    that order); the "Tiếp nhận" header switches to newest / oldest."""
    return Sort.DUE


def _day(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else py_date(value)


class QueueView(QWidget):
    report_activated = Signal(int)
    count_changed = Signal(int)
    rows_shown = Signal()  # a new queue's first rows are on screen (the count may follow)

    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self._filter = QueueFilter()
        self._sort = default_sort(self._filter.queue)
        self._generation = 0
        self._keep: int | None = None  # report id to select again after a refresh

        self.model = QueueModel(api, self)
        self.model.fetch_failed.connect(self._show_error)
        self._build_filters()
        self._build_table()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("queueCount")
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b71c1c")
        self.error_label.hide()

        bar = QHBoxLayout()
        for w in (
            self.category,
            self.unit,
            self.channel,
            self.date_from,
            self.date_to,
            self.clear_dates,
            self.emergency,
        ):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        status = QHBoxLayout()
        status.addWidget(self.count_label)
        status.addWidget(self.error_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(status)
        for a, b in (
            (self.category, self.unit),
            (self.unit, self.channel),
            (self.channel, self.date_from),
            (self.date_from, self.date_to),
            (self.date_to, self.emergency),
            (self.emergency, self.search),
            (self.search, self.table),
        ):
            QWidget.setTabOrder(a, b)

        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Find),
            self,
            self._focus_search,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_TICK_MS)
        self._clock.timeout.connect(self.model.refresh_clock)
        self._clock.start()
        run_in_background(
            lambda: (api.categories(), api.units(), api.channels()),
            self._lists_loaded,
            self._show_error,
            parent=self,
        )

    # -- building -------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.category = QComboBox(self)
        self.unit = QComboBox(self)
        self.channel = QComboBox(self)
        for combo, label, width in (
            (self.category, self.tr("Tất cả lĩnh vực"), 170),
            (self.unit, self.tr("Tất cả đơn vị"), 170),
            (self.channel, self.tr("Tất cả kênh"), 140),
        ):
            combo.addItem(label, None)
            combo.setMinimumWidth(width)
            combo.setMaximumWidth(260)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(self._filters_changed)
        self.date_from = self._date_edit(self.tr("Từ ngày"))
        self.date_to = self._date_edit(self.tr("Đến ngày"))
        self.clear_dates = QToolButton(self)
        self.clear_dates.setText("✕")
        self.clear_dates.setToolTip(self.tr("Bỏ chọn khoảng thời gian"))
        self.clear_dates.clicked.connect(self._clear_dates)
        self.emergency = QCheckBox(self.tr("Chỉ khẩn cấp"), self)
        self.emergency.toggled.connect(self._filters_changed)
        self.search = QLineEdit(self)
        self.search.setObjectName("queueSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Tìm mã, tiêu đề, nội dung, địa điểm, số điện thoại… (Ctrl+F)")
        )
        self.search.installEventFilter(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(self._debounce.start)

    def _date_edit(self, placeholder: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(placeholder)
        edit.setDate(NO_DATE)
        edit.setToolTip(self.tr("Khoảng thời gian tiếp nhận"))
        edit.dateChanged.connect(self._filters_changed)
        return edit

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()  # sizing a section per row stalls big tables
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(COL_DUE, SlaBadgeDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        for col, width in WIDTHS.items():
            self.table.setColumnWidth(col, width)
        self._show_sort()
        self.table.doubleClicked.connect(self._activate)
        # Read ahead once the screen has painted, never beside the read a jump needs now; after
        # a jump (the scroll bar dragged) only once the screen has stayed put a moment, so a
        # drag through a million rows does not queue a read for every place it passes.
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.timeout.connect(self._read_ahead)
        self._ahead_from = 0
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.table.installEventFilter(self)

    # -- what the operator does -----------------------------------------------------------
    def set_queue(self, queue: Queue) -> None:
        self._filter = replace(self._filter, queue=queue, **DRILL_OFF)  # drill-down left
        self._sort = default_sort(queue)
        self._show_sort()
        self._load()

    def show_filter(self, f: QueueFilter) -> None:
        """The reports behind a dashboard number: its filter whole, the bar's choices cleared."""
        bar = (self.category, self.unit, self.channel, self.date_from, self.date_to, self.search)
        for w in bar:
            w.blockSignals(True)
        for combo in bar[:3]:
            combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.search.clear()
        for w in bar:
            w.blockSignals(False)
        self._filter, self._sort = f, Sort.NEWEST
        self._show_sort()
        self._load()

    def refresh(self) -> None:
        """Read again (after an action); keeps the current report selected when it can."""
        self._keep = self.current_report_id()
        self.model.forget_counts()
        self._load()

    def current_report_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.report_id(index.row()) if index.isValid() else None

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _clear_dates(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self) -> None:
        self._debounce.stop()
        start, end = _day(self.date_from), _day(self.date_to)
        self._filter = replace(
            self._filter,
            category=self.category.currentData(),
            unit=self.unit.currentData(),
            channel=self.channel.currentData(),
            received_from=datetime.combine(start, time()) if start else None,
            received_to=datetime.combine(end + timedelta(days=1), time()) if end else None,
            emergency=True if self.emergency.isChecked() else None,
            text=self.search.text().strip(),
        )
        self._load()

    def _header_clicked(self, column: int) -> None:
        if self._filter.text:  # search results come newest first, whatever the header says
            self._show_sort()
            return
        if column == COL_DUE:
            new = Sort.DUE
        elif column == COL_RECEIVED:
            new = Sort.OLDEST if self._sort is Sort.NEWEST else Sort.NEWEST
        else:
            new = self._sort  # other columns do not sort (the database orders the queue)
        self._show_sort()
        if new is not self._sort:
            self._sort = new
            self._show_sort()
            self._load()

    def _show_sort(self) -> None:
        column, order = _INDICATOR[Sort.NEWEST if self._filter.text else self._sort]
        self.table.horizontalHeader().setSortIndicator(column, order)

    def _activate(self, index: QModelIndex) -> None:
        report_id = self.model.report_id(index.row()) if index.isValid() else None
        if report_id is not None:
            self.report_activated.emit(report_id)

    def _scrolled(self, value: int) -> None:
        moved, self._ahead_from = abs(value - self._ahead_from), value
        self._ahead.start(0 if moved <= PAGE else JUMP_SETTLE_MS)

    def _read_ahead(self) -> None:
        table = self.table
        first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
        if first >= 0:  # -1: nothing laid out yet
            self.model.read_ahead(first, last if last >= 0 else self.model.rowCount() - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate(self.table.currentIndex())
                return True
            if watched is self.search and key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self._filters_changed()
                return True
        return super().eventFilter(watched, event)

    # -- loading --------------------------------------------------------------------------
    def _load(self) -> None:
        """Count and first page in the background. For a new filter or search the page is
        read first and shown as soon as it comes, then the count (two queries side by side
        share the 2 cores, and the page would wait for the count); a refresh reads both side
        by side and shows them together, so the place it keeps is not shown at the top
        first. The newest request wins."""
        self._generation += 1
        generation, f, sort = self._generation, self._filter, self._sort
        known = self.model.cached_count(f)
        early = self._keep is None and known is None
        api = self.api
        self.count_label.setText(self.tr("Đang tải…"))
        results: dict[str, Any] = {} if known is None else {"count": known}

        def arrived(what: str) -> Callable[[Any], None]:
            def done(value: Any) -> None:
                if generation != self._generation:
                    return
                results[what] = value
                if len(results) == 2:
                    self._loaded(f, sort, results["count"], results["page"])
                elif what == "page" and early:
                    self._rows_first(f, sort, value)
                    read_count()

            return done

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show_error(exc)

        def read_count() -> None:
            run_in_background(lambda: api.count(f), arrived("count"), failed, parent=self)

        if known is None and not early:
            read_count()
        run_in_background(
            lambda: api.page(f, sort=sort, limit=PAGE), arrived("page"), failed, parent=self
        )

    def _rows_first(self, f: QueueFilter, sort: Sort, first: list[QueueRow]) -> None:
        """The first page came before the count: show it now, the count is on its way."""
        self.model.set_filter(f, sort, count=len(first), first_page=first, provisional=True)
        self.error_label.hide()
        self._show_sort()
        self.count_label.setText(self.tr("Đang đếm…"))
        self.table.scrollToTop()
        self.rows_shown.emit()

    def _loaded(self, f: QueueFilter, sort: Sort, count: int, first: list[QueueRow]) -> None:
        if self.model.provisional(f, sort):  # the rows are on screen: only the count is new
            self.model.set_count(count)
        else:
            old_row = self.table.currentIndex().row()
            self.model.set_filter(f, sort, count=count, first_page=first)
            self.error_label.hide()
            self._show_sort()
            self._restore(old_row)
            self.rows_shown.emit()
        self._keep = None
        if f.text and count > SEARCH_COUNT_CAP:  # the service stops counting matches there
            text = self.tr("Hơn {0} phản ánh").format(_VI.toString(SEARCH_COUNT_CAP))
        else:
            text = self.tr("{0} phản ánh").format(_VI.toString(count))
        self.count_label.setText(text)
        self.count_changed.emit(count)

    def _restore(self, old_row: int) -> None:
        """After a refresh: the same report (or row) again. After a new filter: the top."""
        keep, self._keep = self._keep, None
        count = self.model.rowCount()
        if keep is None or not count:
            self.table.scrollToTop()
            return
        row = min(max(old_row, 0), count - 1)
        if self.model.report_id(row) != keep:
            found = self.model.cached_row_of(keep)
            row = found if found is not None else row
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _lists_loaded(self, lists: tuple[list[Choice], list[Choice], list[Choice]]) -> None:
        categories, units, channels = lists
        parents = {u.code for u in units if u.parent is None}
        for combo, choices in (
            (self.category, categories),
            (self.unit, units),
            (self.channel, channels),
        ):
            combo.blockSignals(True)
            for c in choices:
                indent = "   " if combo is self.unit and c.parent in parents else ""
                combo.addItem(indent + c.name, c.code)
                combo.setItemData(combo.count() - 1, c.name, Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)

    def _show_error(self, exc: Any) -> None:
        self.error_label.setText(self.tr("Không đọc được dữ liệu: {0}").format(exc))
        self.error_label.show()
        if self.count_label.text() == self.tr("Đang tải…"):
            self.count_label.setText("")
