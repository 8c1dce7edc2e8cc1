"""The work queue as a lazy table: a window of cached pages around what is on screen.

Only ``rowCount`` comes from a count; rows are fetched 200 at a time when the view asks for
them (``console.views.queue_pages``: keyset when scrolling on, an anchor or an offset for a
jump, the next page read ahead in the background). At most ``MAX_PAGES`` pages are kept, so
memory stays flat however far the operator scrolls. Sorting is done by the database.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPixmap

from console.models import ReportStatus
from console.services.console_api import ConsoleApi
from console.services.queues import QueueFilter, QueueRow, Sort
from console.sla import SlaState
from console.views.label_text import remaining_text, status_text
from console.views.queue_pages import PAGE, Page, PageWindow
from console.views.sla_badge import LATE_TEXT, SLA_COLOURS, SlaRole, badge_text
from console.views.typed import QT_TRANSLATE_NOOP

MAX_COUNTS = 32

ReportIdRole = Qt.ItemDataRole.UserRole.value + 1
VersionRole = Qt.ItemDataRole.UserRole.value + 2
__all__ = ["PAGE", "QueueModel", "ReportIdRole", "SlaRole", "VersionRole"]

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value

(COL_CODE, COL_RECEIVED, COL_TITLE, COL_CATEGORY, COL_UNIT, COL_CHANNEL, COL_STATUS, COL_DUE) = (
    range(8)
)
COLUMNS = (
    QT_TRANSLATE_NOOP("QueueModel", "Mã"),
    QT_TRANSLATE_NOOP("QueueModel", "Tiếp nhận"),
    QT_TRANSLATE_NOOP("QueueModel", "Tiêu đề"),
    QT_TRANSLATE_NOOP("QueueModel", "Lĩnh vực"),
    QT_TRANSLATE_NOOP("QueueModel", "Đơn vị"),
    QT_TRANSLATE_NOOP("QueueModel", "Kênh"),
    QT_TRANSLATE_NOOP("QueueModel", "Trạng thái"),
    QT_TRANSLATE_NOOP("QueueModel", "Thời hạn"),
)

_ROLES = frozenset(
    {
        _DISPLAY,
        _DECORATION,
        _TOOLTIP,
        _FONT,
        _BACKGROUND,
        _FOREGROUND,
        ReportIdRole,
        VersionRole,
        SlaRole,
    }
)

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("QueueModel", text)


class QueueModel(QAbstractTableModel):
    """``fetch_failed(str)``: a page could not be read (the message, for the status bar)."""

    def __init__(self, api: ConsoleApi, parent: Any = None) -> None:
        super().__init__(parent)
        self.api = api
        self._filter = QueueFilter()
        self._sort = Sort.DUE
        self._count = 0
        self._counts: OrderedDict[QueueFilter, int] = OrderedDict()
        self._provisional = False
        self.pages = PageWindow(api, self)
        self.fetch_failed = self.pages.failed
        self._now = api.clock()
        self._ticked = False  # the clock moved on since the rows were read: ask the services
        self._bold = QFont()
        self._bold.setBold(True)
        self._late = QBrush(LATE_TEXT)
        self._tints = {s: QBrush(tint) for s, (_f, _i, tint) in SLA_COLOURS.items() if tint}
        self._inks = {s: QBrush(fill) for s, (fill, _i, _t) in SLA_COLOURS.items()}
        self._marker: QPixmap | None = None  # made on first use (needs the GUI application)
        self._emergency_tip = QCoreApplication.translate("QueueModel", "Khẩn cấp")
        self._due_tip = QCoreApplication.translate("QueueModel", "Hạn: {0}")
        self._status = {s: status_text(s) for s in ReportStatus}
        self._headers = [_tr(c) for c in COLUMNS]

    # -- what is shown --------------------------------------------------------------------
    @property
    def queue_filter(self) -> QueueFilter:
        return self._filter

    @property
    def sort_order(self) -> Sort:
        return self._sort

    def set_filter(
        self,
        f: QueueFilter,
        sort: Sort = Sort.DUE,
        *,
        count: int | None = None,
        first_page: list[QueueRow] | None = None,
        provisional: bool = False,
    ) -> None:
        """Show ``f`` sorted by ``sort``. ``count`` and ``first_page`` may come prefetched
        (from a background job); otherwise they are read now. A ``provisional`` count is the
        first page's length, while the real one is read: ``set_count`` follows."""
        if count is None:
            count = self._counts.get(f)
        if count is None:
            count = self.api.count(f)
        if not provisional:
            self._remember_count(f, count)
        self._provisional = provisional
        self.beginResetModel()
        self._filter, self._sort, self._count = f, sort, count
        self.pages.reset(f, sort, count, first_page)
        self._now = self.api.clock()
        self._ticked = False
        self.endResetModel()

    def provisional(self, f: QueueFilter, sort: Sort) -> bool:
        """Showing ``f`` in ``sort`` order with the first page's length for a count."""
        return self._provisional and (f, sort) == (self._filter, self._sort)

    def set_count(self, count: int) -> None:
        """The real count of what is shown: rows past the first page appear (or go)."""
        self._provisional = False
        self._remember_count(self._filter, count)
        old = self._count
        if count > old:
            self.beginInsertRows(QModelIndex(), old, count - 1)
            self._count = count
            self.pages.grow(count)
            self.endInsertRows()
        elif count < old:  # changed meanwhile: the first page held more than there are now
            self.beginRemoveRows(QModelIndex(), count, old - 1)
            self._count = count
            self.pages.grow(count)
            self.endRemoveRows()

    def invalidate(self) -> None:
        """Something changed: forget counts and pages, read the count again."""
        self.forget_counts()
        self.set_filter(self._filter, self._sort)

    def refresh_clock(self) -> None:
        """Time moved on: the deadline column of what is cached, as the services say now."""
        self._now = self.api.clock()
        self._ticked = True
        for page in self.pages.values():
            page.sla = [None] * len(page.rows)
        if self._count:
            self.dataChanged.emit(self.index(0, COL_DUE), self.index(self._count - 1, COL_DUE))

    def cached_count(self, f: QueueFilter) -> int | None:
        return self._counts.get(f)

    def forget_counts(self) -> None:
        self._counts.clear()

    def _remember_count(self, f: QueueFilter, count: int) -> None:
        self._counts[f] = count
        self._counts.move_to_end(f)
        while len(self._counts) > MAX_COUNTS:
            self._counts.popitem(last=False)

    # -- the page cache -------------------------------------------------------------------
    @property
    def cached_pages(self) -> int:
        return len(self.pages)

    def read_ahead(self, first_row: int, last_row: int) -> None:
        """The view shows rows ``first_row``..``last_row``: read on beyond them in time."""
        self.pages.read_ahead(first_row, last_row)

    def _row(self, row: int) -> tuple[Page, int] | None:
        if not 0 <= row < self._count:
            return None
        number, at = divmod(row, PAGE)
        page = self.pages.get(number)
        if page is None or at >= len(page.rows):
            return None
        return page, at

    def row_data(self, row: int) -> QueueRow | None:
        found = self._row(row)
        return found[0].rows[found[1]] if found else None

    def report_id(self, row: int) -> int | None:
        r = self.row_data(row)
        return r.id if r else None

    def cached_row_of(self, report_id: int) -> int | None:
        """The row of a report among the cached pages (no fetch), or None."""
        for number, page in self.pages.items():
            for at, r in enumerate(page.rows):
                if r.id == report_id:
                    return number * PAGE + at
        return None

    def _sla(self, page: Page, at: int) -> tuple[SlaState, str, str]:
        """(state, badge text, tooltip) of a row, worked out once per page and clock tick."""
        cell = page.sla[at]
        if cell is None:
            r = page.rows[at]
            state, left = self.api.row_sla(r, self._now) if self._ticked else (r.sla, r.left)
            tip = remaining_text(left)
            if r.due_at is not None:
                due = self._due_tip.format(r.due_at.strftime("%d/%m/%Y %H:%M"))
                tip = f"{tip}\n{due}" if tip else due
            cell = page.sla[at] = (state, badge_text(state, left, r.late), tip)
        return cell

    # -- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called ~1,500 times a screen: unknown roles leave first, roles compare as ints.
        if role not in _ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < self._count:
            return None
        number, at = divmod(row, PAGE)
        page = self.pages.get(number)
        if page is None or at >= len(page.rows):
            return None
        col = index.column()
        if role == _DISPLAY:
            if col == COL_DUE:
                return (page.sla[at] or self._sla(page, at))[1]
            return (page.text[at] or self._text(page, at))[col]
        r = page.rows[at]
        if role == _FONT:
            return self._bold if r.emergency else None
        if role == _BACKGROUND:
            return self._tints.get((page.sla[at] or self._sla(page, at))[0])
        if role == _FOREGROUND:
            if col != COL_DUE:
                return None
            state = (page.sla[at] or self._sla(page, at))[0]
            if state is SlaState.NONE:
                return self._late if r.late else None
            return self._inks.get(state)
        if role == _DECORATION:
            return self._emergency_marker() if r.emergency and col == COL_CODE else None
        if role == _TOOLTIP:
            if col == COL_CODE and r.emergency:
                return self._emergency_tip
            if col == COL_TITLE:
                return r.title
            if col == COL_DUE:
                return self._sla(page, at)[2] or None
            return r.channel if col == COL_CHANNEL else None
        if role == ReportIdRole:
            return r.id
        if role == VersionRole:
            return r.version
        return self._sla(page, at)[0]  # SlaRole

    def _emergency_marker(self) -> QPixmap:
        if self._marker is None:
            self._marker = QPixmap(10, 10)
            self._marker.fill(QColor("#d32f2f"))
        return self._marker

    def _text(self, page: Page, at: int) -> tuple[str, ...]:
        r = page.rows[at]
        text = page.text[at] = (
            r.code,
            r.received_at.strftime("%d/%m/%Y %H:%M"),
            r.title,
            r.category,
            r.unit,
            r.channel,
            self._status[r.status],
        )
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Server-side: the deadline column sorts by due time, the received column by date."""
        if column == COL_DUE:
            new = Sort.DUE
        elif column == COL_RECEIVED:
            new = Sort.OLDEST if order == Qt.SortOrder.AscendingOrder else Sort.NEWEST
        else:
            return
        if new is not self._sort:
            self.set_filter(self._filter, new)
