"""A plain table model over a list of report rows (the first window's list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from console.models import STATUS_LABELS
from console.services.queries import ReportRow

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportTableModel", text)


COLUMNS = ("Mã", "Tiếp nhận", "Tiêu đề", "Lĩnh vực", "Đơn vị", "Trạng thái", "Hạn xử lý")


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReportRow] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._red = QBrush(QColor("#b00020"))

    def set_rows(self, rows: list[ReportRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ReportRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            match col:
                case 0:
                    return r.code
                case 1:
                    return r.received_at.strftime("%d/%m/%Y %H:%M")
                case 2:
                    return r.title
                case 3:
                    return r.category
                case 4:
                    return r.unit
                case 5:
                    return STATUS_LABELS[r.status]
                case 6:
                    return r.due_at.strftime("%d/%m/%Y %H:%M") if r.due_at else ""
        if role == _FOREGROUND and (r.emergency or (col == 6 and r.late)):
            return self._red
        if role == _FONT and r.emergency:
            return self._bold
        if role == _TOOLTIP and col == 2:
            return r.title
        return None
