"""Route a report: the unit suggested by category and place, a searchable unit tree with each
unit's focal points (Thái Nguyên Điều 14.1), units to consult and the handling deadline the unit
would get. A Đắk Lắk district team uses the same dialog to hand a report to one of its own
units (``delegate``). Which units are offered is the service's answer
(``ConsoleApi.routing_choices``), the list it checks the choice against."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from console.search import fold
from console.services.console_api import ConsoleApi
from console.services.detail import ReportDetail
from console.services.focal_points import FocalPoints
from console.services.routing import RoutingChoice
from console.views.note_dialogs import ActionDialog, fmt
from console.views.typed import QT_TRANSLATE_NOOP

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
FOLD_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_LABELS = {
    "agency": QT_TRANSLATE_NOOP("RoutingDialog", "Sở, ban, ngành"),
    "district": QT_TRANSLATE_NOOP("RoutingDialog", "UBND cấp huyện"),
    "team": QT_TRANSLATE_NOOP("RoutingDialog", "Tổ xử lý phản ánh, kiến nghị"),
    "commune": QT_TRANSLATE_NOOP("RoutingDialog", "UBND cấp xã"),
    "office": QT_TRANSLATE_NOOP("RoutingDialog", "Văn phòng UBND"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("RoutingDialog", KIND_LABELS.get(kind, kind))


def focal_text(focal: FocalPoints) -> str:
    """'Lãnh đạo: … · Cán bộ: …' (Điều 14.1's focal points), "" when none is named."""
    parts = []
    if focal.leader:
        parts.append(
            QCoreApplication.translate("RoutingDialog", "Lãnh đạo: {0}").format(focal.leader)
        )
    if focal.officer:
        parts.append(
            QCoreApplication.translate("RoutingDialog", "Cán bộ: {0}").format(focal.officer)
        )
    return " · ".join(parts)


@dataclass(frozen=True)
class RoutingData:
    mode: str  # "forward" | "delegate"
    units: list[RoutingChoice]  # the units that may receive it (the service's list)
    suggested: str | None
    due: datetime | None


def routing_data(action: str, api: ConsoleApi, detail: ReportDetail) -> RoutingData:
    """Everything the dialog shows, read off the UI thread."""
    units = api.routing_choices(action, detail.id)
    if action == "delegate":
        return RoutingData(action, units, None, None)
    suggested = api.suggest_unit(detail.category_code, detail.area)
    return RoutingData(action, units, suggested, api.forward_due(detail.id))


class FoldFilter(QSortFilterProxyModel):
    """Diacritic-insensitive filter over the unit names: "so giao" finds "Sở Giao thông…"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._needle = ""

    @property
    def needle(self) -> str:
        return self._needle

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = " ".join(fold(text).split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return self._needle in (index.data(FOLD_ROLE) or "")


def unit_model(units: list[RoutingChoice], parent: QObject | None = None) -> QStandardItemModel:
    """Units grouped by kind, each under its parent unit where it has one in the list; the
    unit's focal points in its tooltip and in the second column."""
    model = QStandardItemModel(parent)
    codes = {u.code for u in units}
    items: dict[str, QStandardItem] = {}
    focal: dict[str, QStandardItem] = {}
    for u in units:
        item = QStandardItem(u.name)
        item.setEditable(False)
        item.setData(u.code, CODE_ROLE)
        item.setData(fold(f"{u.name} {u.code}"), FOLD_ROLE)
        people = focal_text(u.focal)
        item.setToolTip(f"{u.code} — {kind_label(u.kind)}" + (f"\n{people}" if people else ""))
        items[u.code] = item
        focal[u.code] = QStandardItem(people)
        focal[u.code].setEditable(False)
        focal[u.code].setSelectable(False)
    groups: dict[str, QStandardItem] = {}
    for u in units:
        row = [items[u.code], focal[u.code]]
        if u.parent in codes:
            items[u.parent].appendRow(row)
            continue
        if u.kind not in groups:
            group = QStandardItem(kind_label(u.kind))
            group.setEditable(False)
            group.setSelectable(False)
            group.setData("", FOLD_ROLE)
            groups[u.kind] = group
            model.appendRow([group, QStandardItem()])  # two columns from the root
        groups[u.kind].appendRow(row)
    return model


class SearchEdit(QLineEdit):
    """The search box: Enter picks the first match (``picked``) instead of confirming the
    dialog. A subclass, not an event filter: no filter call can reach a half-destroyed dialog."""

    picked = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.picked.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RoutingDialog(ActionDialog):
    def __init__(
        self, detail: ReportDetail, data: RoutingData, parent: QWidget | None = None
    ) -> None:
        super().__init__(data.mode, detail, parent)
        self.data = data
        self.names = {u.code: u.name for u in data.units}
        self.focal = {u.code: focal_text(u.focal) for u in data.units}
        self.model = unit_model(data.units, self)
        self.proxy = FoldFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = SearchEdit(self)
        self.search.setObjectName("unitSearch")
        self.search.setPlaceholderText(self.tr("Tìm đơn vị (gõ không dấu cũng được)…"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeView(self)
        self.tree.setObjectName("unitTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.expandAll()
        self.tree.setMinimumSize(420, 340)
        if any(self.focal.values()):  # the focal points beside the names
            self.tree.resizeColumnToContents(0)
        else:
            self.tree.hideColumn(1)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("chosenUnit")
        self.chosen.setWordWrap(True)
        self.search.textChanged.connect(self._filter)
        self.search.picked.connect(self._pick_first)
        self.tree.selectionModel().currentChanged.connect(self._current)
        self.tree.doubleClicked.connect(self._double_clicked)

        heading = QLabel(
            self.tr("<b>{0}</b> — {1}<br>Lĩnh vực: {2} · Địa bàn: {3}").format(
                html.escape(detail.code),
                html.escape(detail.title),
                html.escape(detail.category or self.tr("chưa phân loại")),
                html.escape(detail.area or detail.place),
            )
        )
        heading.setWordWrap(True)
        self.layout_.addWidget(heading)
        if data.suggested and data.suggested in self.names:
            hint = QLabel(
                self.tr("Đề xuất theo lĩnh vực và địa bàn: <b>{0}</b>").format(
                    self.names[data.suggested]
                )
            )
            hint.setObjectName("suggestion")
            self.layout_.addWidget(hint)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        search_label = QLabel(self.tr("&Đơn vị xử lý *"))
        search_label.setBuddy(self.search)
        left.addWidget(search_label)
        left.addWidget(self.search)
        left.addWidget(self.tree)
        columns.addLayout(left, 3)
        self.consult = QListWidget(self)
        self.consult.setObjectName("consultList")
        if data.mode == "forward":
            right = QVBoxLayout()
            consult_label = QLabel(self.tr("Đơn vị &phối hợp, cho ý kiến"))
            consult_label.setBuddy(self.consult)
            for u in data.units:
                item = QListWidgetItem(u.name)
                item.setData(Qt.ItemDataRole.UserRole, u.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.consult.addItem(item)
            right.addWidget(consult_label)
            right.addWidget(self.consult)
            columns.addLayout(right, 2)
        else:
            self.consult.hide()
        self.layout_.addLayout(columns)
        form = QFormLayout()
        form.addRow(self.tr("Đơn vị được chọn:"), self.chosen)
        self.due = QLabel(self)
        self.due.setObjectName("dueLabel")
        if data.mode == "forward":
            self.due.setText(
                self.tr("Hạn xử lý: {0}").format(fmt(data.due))
                if data.due
                else self.tr("Hạn xử lý: chưa tính được (chưa phân loại lĩnh vực)")
            )
            self.due.setStyleSheet("font-weight: bold;")
            form.addRow("", self.due)
        self.note = QLineEdit(self)
        self.note.setObjectName("routingNote")
        form.addRow(self.tr("&Ghi chú"), self.note)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.resize(960, 620)
        if data.suggested:
            self.select(data.suggested)
        self._current()
        self.search.setFocus()

    # -- selection ---------------------------------------------------------------------------
    def _find(self, code: str, parent: QModelIndex | None = None) -> QModelIndex:
        parent = parent or QModelIndex()
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if index.data(CODE_ROLE) == code:
                return index
            found = self._find(code, index)
            if found.isValid():
                return found
        return QModelIndex()

    def _first_unit(self, parent: QModelIndex | None = None) -> QModelIndex:
        parent = parent or QModelIndex()
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if index.data(CODE_ROLE) and self.proxy.needle in (index.data(FOLD_ROLE) or ""):
                return index
            found = self._first_unit(index)
            if found.isValid():
                return found
        return QModelIndex()

    def select(self, code: str) -> bool:
        index = self._find(code)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return index.isValid()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.tree.currentIndex().isValid():  # laid out now: the choice in the middle
            self.tree.scrollTo(
                self.tree.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter
            )

    def unit_code(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(CODE_ROLE) if index.isValid() else None

    def consult_codes(self) -> tuple[str, ...]:
        chosen = self.unit_code()
        return tuple(
            self.consult.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.consult.count())
            if self.consult.item(i).checkState() == Qt.CheckState.Checked
            and self.consult.item(i).data(Qt.ItemDataRole.UserRole) != chosen
        )

    def _filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        self.tree.expandAll()
        if not self.unit_code():
            first = self._first_unit()
            if first.isValid():
                self.tree.setCurrentIndex(first)

    def _current(self, *_: object) -> None:
        code = self.unit_code()
        people = self.focal.get(code, "") if code else ""
        self.chosen.setText(
            f"<b>{html.escape(self.names[code])}</b>"
            + (self.tr("<br>Đầu mối: {0}").format(html.escape(people)) if people else "")
            if code
            else self.tr("(chưa chọn)")
        )
        for i in range(self.consult.count()):  # the handling unit is not also consulted
            item = self.consult.item(i)
            own = item.data(Qt.ItemDataRole.UserRole) == code
            flags = (
                item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                if own
                else (item.flags() | Qt.ItemFlag.ItemIsEnabled)
            )
            item.setFlags(flags)
            if own:
                item.setCheckState(Qt.CheckState.Unchecked)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.data(CODE_ROLE):  # a unit, not a group heading
            self.confirm()

    def _pick_first(self) -> None:
        first = self._first_unit()
        if first.isValid():
            self.tree.setCurrentIndex(first)
        self.tree.setFocus()

    # -- the action --------------------------------------------------------------------------
    def problem(self) -> str | None:
        return None if self.unit_code() else self.tr("Chọn đơn vị xử lý")

    def params(self) -> dict[str, Any]:
        out: dict[str, Any] = {"unit": self.unit_code(), "note": self.note.text().strip()}
        if self.data.mode == "forward":
            out["consult"] = self.consult_codes()
        return out
