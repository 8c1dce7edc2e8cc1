"""The dashboard's tables: the agency ranking and the accountability across transfers.

One read-only model serves both: a column names its header, how a row shows in it, and the
figure (a queue_drill.Outcome, or "satisfied") a click on its cell opens, if any.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from console.views.dashboard_tiles import number, percent
from console.views.typed import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
_LINK = QColor("#1f4e79")


@dataclass(frozen=True)
class Column:
    header: str  # translated in context "Tables"
    show: Callable[[Any], str]
    drill: str | None = None  # the figure a click opens, for the row's unit


def _hours(h: float | None) -> str:
    return "—" if h is None else f"{h:.1f}".replace(".", ",")


RANKING = (
    Column(QT_TRANSLATE_NOOP("Tables", "Hạng"), lambda r: str(r.rank)),
    Column(QT_TRANSLATE_NOOP("Tables", "Đơn vị"), lambda r: r.unit_name, "received"),
    Column(QT_TRANSLATE_NOOP("Tables", "Phản ánh"), lambda r: number(r.received), "received"),
    Column(QT_TRANSLATE_NOOP("Tables", "Đã kết thúc"), lambda r: number(r.closed)),
    Column(QT_TRANSLATE_NOOP("Tables", "Đúng hạn"), lambda r: percent(r.on_time_rate), "on_time"),
    Column(
        QT_TRANSLATE_NOOP("Tables", "Hài lòng"), lambda r: percent(r.satisfaction_rate), "satisfied"
    ),
    Column(QT_TRANSLATE_NOOP("Tables", "Điểm"), lambda r: f"{r.score * 100:.1f}".replace(".", ",")),
)
HOLDINGS = (
    Column(QT_TRANSLATE_NOOP("Tables", "Đơn vị"), lambda r: r.unit_name, "received"),
    Column(QT_TRANSLATE_NOOP("Tables", "Phản ánh đã giữ"), lambda r: number(r.reports), "received"),
    Column(
        QT_TRANSLATE_NOOP("Tables", "Giờ làm việc giữ (TB)"), lambda r: _hours(r.hours_held_mean)
    ),
    Column(QT_TRANSLATE_NOOP("Tables", "Lần trả lại"), lambda r: number(r.bounces)),
    Column(
        QT_TRANSLATE_NOOP("Tables", "Trễ hạn do đơn vị"), lambda r: number(r.late_charged), "late"
    ),
)


class FiguresTable(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self._name_column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.drill:
            return _LINK
        if role == Qt.ItemDataRole.ToolTipRole and column.drill:
            return QCoreApplication.translate("Tables", "Nhấn để xem các phản ánh")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate("Tables", self.columns[section].header)
        return section + 1 if orientation == Qt.Orientation.Vertical else None

    def _name_column(self) -> int:
        return next(
            i
            for i, c in enumerate(self.columns)
            if c.header == QT_TRANSLATE_NOOP("Tables", "Đơn vị")
        )

    def drill(self, index: Index) -> tuple[str, str] | None:
        """(unit code, figure) of a clickable cell."""
        if not index.isValid():
            return None
        figure = self.columns[index.column()].drill
        return (self.rows[index.row()].unit_code, figure) if figure else None
