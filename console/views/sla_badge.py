"""What a queue row's deadline looks like: the colours and words of its SLA state, and the
delegate that draws the coloured badge in the "Thời hạn" column.

The state and the time left come worked out with the row (console/services/queue_sla.py):
this module only maps them to a colour and a text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from console.sla import Remaining, SlaState
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

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
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
            widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
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

    def _draw(
        self, state: SlaState, text: str, font: QFont, option: QStyleOptionViewItem, ratio: float
    ) -> QPixmap:
        metrics = QFontMetrics(font)
        height = min(option.rect.height() - 2, metrics.height() + 2 * self.PAD_Y)
        width = min(option.rect.width() - 6, metrics.horizontalAdvance(text) + 2 * self.PAD_X + 2)
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
        shown = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, int(width) - 2 * self.PAD_X
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
        painter.end()
        return pixmap

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 20, max(size.height(), option.fontMetrics.height() + 8))
