"""What a queue row's deadline looks like: its SLA state, the remaining text, the colours, and
the delegate that draws the coloured badge in the "Thời hạn" column.

The state is read cheaply from the stored due/warn times; the remaining time is exact working
time (office hours, holidays) from the province's DeadlineEngine, built once and reused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from console.models import ReportStatus
from console.profiles import Profile
from console.services.queues import CLOCKED, QueueRow
from console.sla import DeadlineEngine, Remaining, SlaState
from console.views.label_text import remaining_text, sla_text

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
SlaRole = Qt.ItemDataRole.UserRole.value + 3  # the row's SlaState (its str value through Qt)

# state -> (badge fill, badge text, row tint or None)
SLA_COLOURS: dict[SlaState, tuple[QColor, QColor, QColor | None]] = {
    SlaState.OVERDUE: (QColor("#c62828"), QColor("#ffffff"), QColor("#fdecea")),
    SlaState.DUE_SOON: (QColor("#f9a825"), QColor("#212121"), QColor("#fff6db")),
    SlaState.ON_TIME: (QColor("#2e7d32"), QColor("#ffffff"), None),
    SlaState.PAUSED: (QColor("#78909c"), QColor("#ffffff"), None),
}
LATE_TEXT = QColor("#b71c1c")  # a finished report that was late somewhere: "trễ hạn"


def sla_state(row: QueueRow, now: datetime) -> SlaState:
    """On time / due soon / overdue from the stored times; paused while waiting for the
    citizen; none when no clock runs."""
    if row.status is ReportStatus.NEEDS_INFO and row.due_at is not None:
        return SlaState.PAUSED
    if row.due_at is None or row.status not in CLOCKED:
        return SlaState.NONE
    if now > row.due_at:
        return SlaState.OVERDUE
    if row.warn_at is not None and now >= row.warn_at:
        return SlaState.DUE_SOON
    return SlaState.ON_TIME


class RemainingTime:
    """``remaining(row, now) -> Remaining | None``: exact time left on the row's current
    clock, in the clock's own unit (working or wall-clock hours)."""

    def __init__(self, engine_factory: Callable[[], DeadlineEngine], profile: Profile) -> None:
        self._factory = engine_factory
        self._engine: DeadlineEngine | None = None
        self._codes = {c.name: c.code for c in profile.categories}

    def __call__(self, row: QueueRow, now: datetime) -> Remaining | None:
        if row.due_at is None:
            return None
        if self._engine is None:
            self._engine = self._factory()
        engine = self._engine
        clock = None
        if row.stage:
            clock = engine.clock(row.stage, category=self._codes.get(row.category),
                                 emergency=row.emergency)
        if clock is None:  # no clock known for the stage: wall-clock time to the due time
            hours = (row.due_at - now).total_seconds() / 3600
            return Remaining(hours, False, engine.calendar.daily_hours)
        return engine.remaining(clock, row.due_at, now)


def badge_text(state: SlaState, left: Remaining | None, late: bool) -> str:
    """What the "Thời hạn" cell says."""
    if state is SlaState.PAUSED:
        return sla_text(SlaState.PAUSED)
    if state is SlaState.NONE:
        return sla_text(SlaState.OVERDUE).lower() if late else ""
    return remaining_text(left, short=True)


class SlaBadgeDelegate(QStyledItemDelegate):
    """A rounded badge coloured by the row's SLA state, with the remaining time in it.

    Badges repeat a lot ("Tạm dừng", "quá hạn 4 giờ"): each is drawn once into a pixmap and
    reused, so a screen of rows costs a few pixmap copies, not a few dozen text layouts.
    """

    PAD_X, PAD_Y, CACHE = 8, 3, 512

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._badges: dict[tuple[Any, ...], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        state = index.data(SlaRole)
        text = index.data(_DISPLAY)
        if state not in SLA_COLOURS or not text:
            super().paint(painter, option, index)
            return
        widget = option.widget
        if isinstance(widget, QWidget):  # selection / alternate / tinted background, no text
            tint = index.data(_BACKGROUND)
            if tint is not None:
                option.backgroundBrush = tint
            widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option,
                                         painter, widget)
        font = index.data(_FONT) or option.font
        ratio = painter.device().devicePixelRatioF()
        key = (state, text, font.bold(), option.rect.width(), option.rect.height(), ratio)
        badge = self._badges.get(key)
        if badge is None:
            if len(self._badges) >= self.CACHE:
                self._badges.clear()
            badge = self._badges[key] = self._draw(SlaState(state), text, font, option, ratio)
        y = option.rect.top() + (option.rect.height() - badge.height() / ratio) / 2 + 1
        painter.drawPixmap(QPointF(option.rect.left() + 4, y), badge)

    def _draw(self, state: SlaState, text: str, font: QFont, option: QStyleOptionViewItem,
              ratio: float) -> QPixmap:
        metrics = QFontMetrics(font)
        height = min(option.rect.height() - 2, metrics.height() + 2 * self.PAD_Y)
        width = min(option.rect.width() - 6,
                    metrics.horizontalAdvance(text) + 2 * self.PAD_X + 2)
        pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        fill, ink, _ = SLA_COLOURS[state]
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        rect = QRectF(0, 0, width, height)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(ink)
        shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                 int(width) - 2 * self.PAD_X)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
        painter.end()
        return pixmap

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 20, max(size.height(), option.fontMetrics.height() + 8))
