"""Quản trị → Đơn vị: the tree of units (departments, districts, wards, district teams), add,
rename, move, deactivate, and the default unit per category and area (issue 11 item 2).

Everything it shows and changes goes through ``ConsoleApi.admin.units()``; a refusal from the
service (a unit that still holds open reports, a loop in the tree) is shown as it comes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.services.admin_units import UnitAdmin, UnitNode
from console.services.console_api import ConsoleApi
from console.views.messages import error_text
from console.views.typed import named

KINDS = ("agency", "district", "commune", "team", "office")


def message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, error: bool) -> None:
    label.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
    label.setText(text)
    label.setVisible(bool(text))


def run_shown(label: QLabel, action: Callable[[], object], done: str) -> bool:
    """Run one service action; show its refusal as it is, or ``done``, in ``label``."""
    try:
        action()
    except Exception as exc:  # the service's refusal, shown as it is
        show_message(label, error_text(exc), error=True)
        return False
    show_message(label, done, error=False)
    return True


class UnitForm(QDialog):
    """Add a unit (code, names, kind, parent, area), rename one, or move one (parent only)."""

    def __init__(
        self,
        nodes: list[UnitNode],
        mode: str,
        node: UnitNode | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"unitForm_{mode}")
        titles = {
            "add": self.tr("Thêm đơn vị"),
            "rename": self.tr("Đổi tên đơn vị"),
            "move": self.tr("Chuyển đơn vị sang đơn vị cấp trên khác"),
        }
        self.setWindowTitle(titles[mode])
        form = QFormLayout()
        self.code = named(QLineEdit(), "unitCode")
        self.name = named(QLineEdit(node.name if node else ""), "unitName")
        self.short_name = named(QLineEdit(node.short_name if node else ""), "unitShortName")
        self.kind = named(QComboBox(), "unitKind")
        names = kind_names()
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        self.parent_unit = named(QComboBox(), "unitParent")
        for n in nodes:
            if n.active and (node is None or n.code != node.code):
                self.parent_unit.addItem(f"{n.name} ({n.code})", n.code)
        if node and node.parent:
            self.parent_unit.setCurrentIndex(max(0, self.parent_unit.findData(node.parent)))
        self.area = named(QLineEdit(node.area or "" if node else ""), "unitArea")
        if mode == "add":
            form.addRow(self.tr("Mã đơn vị:"), self.code)
            form.addRow(self.tr("Tên đơn vị:"), self.name)
            form.addRow(self.tr("Tên viết tắt:"), self.short_name)
            form.addRow(self.tr("Loại:"), self.kind)
            form.addRow(self.tr("Đơn vị cấp trên:"), self.parent_unit)
            form.addRow(self.tr("Địa bàn phụ trách:"), self.area)
        elif mode == "rename":
            form.addRow(self.tr("Tên đơn vị:"), self.name)
            form.addRow(self.tr("Tên viết tắt:"), self.short_name)
            form.addRow(self.tr("Địa bàn phụ trách:"), self.area)
        else:
            form.addRow(self.tr("Đơn vị:"), QLabel(node.name if node else ""))
            form.addRow(self.tr("Đơn vị cấp trên mới:"), self.parent_unit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addWidget(buttons)


def kind_names() -> dict[str, str]:
    """Each unit kind's name in the interface language."""
    t = QCoreApplication.translate
    return {
        "ioc": t("UnitKind", "Trung tâm IOC"),
        "office": t("UnitKind", "Văn phòng UBND"),
        "team": t("UnitKind", "Tổ xử lý cấp huyện"),
        "agency": t("UnitKind", "Sở, ban, ngành"),
        "district": t("UnitKind", "UBND cấp huyện"),
        "commune": t("UnitKind", "UBND cấp xã"),
    }


class UnitsScreen(QDialog):
    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.units: UnitAdmin = api.admin.units()
        self.nodes: list[UnitNode] = []
        self.setObjectName("unitsScreen")
        self.setWindowTitle(self.tr("Quản trị — Đơn vị"))
        self.resize(1100, 700)

        self.tree = named(QTreeWidget(), "unitTree")
        self.tree.setHeaderLabels(
            [
                self.tr("Đơn vị"),
                self.tr("Mã"),
                self.tr("Loại"),
                self.tr("Địa bàn"),
                self.tr("Phản ánh đang xử lý"),
                self.tr("Người dùng"),
                self.tr("Trạng thái"),
            ]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())

        row = QHBoxLayout()
        self.add_button = self._button(self.tr("Thêm đơn vị…"), "addUnit", self.add_unit)
        self.rename_button = self._button(self.tr("Đổi tên…"), "renameUnit", self.rename_unit)
        self.move_button = self._button(self.tr("Chuyển…"), "moveUnit", self.move_unit)
        self.deactivate_button = self._button(
            self.tr("Ngừng hoạt động"), "deactivateUnit", self.deactivate
        )
        self.reactivate_button = self._button(
            self.tr("Hoạt động lại"), "reactivateUnit", self.reactivate
        )
        for b in (
            self.add_button,
            self.rename_button,
            self.move_button,
            self.deactivate_button,
            self.reactivate_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        self.message = message_label("unitsMessage")

        v = QVBoxLayout(self)
        v.addWidget(self.tree, 3)
        v.addLayout(row)
        v.addWidget(self.message)
        v.addWidget(self._defaults_box(), 2)
        self.reload()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        b = named(QPushButton(text), name)
        b.setAutoDefault(False)
        b.clicked.connect(lambda _c=False: slot())
        return b

    @classmethod
    def menu_text(cls) -> str:
        return QCoreApplication.translate("UnitsScreen", "Đơn vị…")

    # -- the default unit per category and area ------------------------------------------
    def _defaults_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Đơn vị xử lý mặc định theo lĩnh vực và địa bàn"))
        note = QLabel(
            self.tr(
                "Khi phản ánh thuộc lĩnh vực và địa bàn dưới đây, bàn phân loại "
                "gợi ý đơn vị đã chọn thay cho đơn vị mặc định của lĩnh vực."
            )
        )
        note.setWordWrap(True)
        self.defaults = named(QTableWidget(0, 3), "areaDefaults")
        self.defaults.setHorizontalHeaderLabels(
            [self.tr("Lĩnh vực"), self.tr("Địa bàn"), self.tr("Đơn vị xử lý")]
        )
        self.defaults.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.defaults.verticalHeader().hide()
        self.defaults.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.default_category = named(QComboBox(), "defaultCategory")
        self.default_area = named(QComboBox(), "defaultArea")
        self.default_area.setEditable(True)
        self.default_unit = named(QComboBox(), "defaultUnit")
        set_button = self._button(self.tr("Đặt"), "setAreaDefault", self.set_area_default)
        clear_button = self._button(self.tr("Bỏ"), "clearAreaDefault", self.clear_area_default)
        h = QHBoxLayout()
        for w in (self.default_category, self.default_area, self.default_unit):
            h.addWidget(w, 1)
        h.addWidget(set_button)
        h.addWidget(clear_button)
        v = QVBoxLayout(box)
        v.addWidget(note)
        v.addWidget(self.defaults)
        v.addLayout(h)
        return box

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.selected()
        self.nodes = self.units.tree()
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        names = kind_names()
        for n in self.nodes:
            parent = items.get(n.parent or "")
            state = self.tr("Đang hoạt động") if n.active else self.tr("Ngừng hoạt động")
            item = QTreeWidgetItem(
                [
                    n.name,
                    n.code,
                    names[n.kind],
                    n.area or "",
                    str(n.open_reports),
                    str(n.users),
                    state,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, n.code)
            if not n.active:
                for col in range(7):
                    item.setForeground(col, Qt.GlobalColor.gray)
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[n.code] = item
        self.tree.expandAll()
        for col in range(1, 7):
            self.tree.resizeColumnToContents(col)
        if current in items:
            self.tree.setCurrentItem(items[current])
        self._reload_defaults()
        self._selection_changed()

    def _reload_defaults(self) -> None:
        rows = self.units.area_defaults()
        self.defaults.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, text in enumerate((r.category_name, r.area, r.unit_name)):
                self.defaults.setItem(i, j, QTableWidgetItem(text))
        if self.default_category.count() == 0:
            for c in self.api.categories():
                self.default_category.addItem(c.name, c.code)
            self.default_area.addItems(self.units.areas())
        self.default_unit.clear()
        for n in self.nodes:
            if n.active:
                self.default_unit.addItem(f"{n.name} ({n.code})", n.code)

    def selected(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def select(self, code: str) -> None:
        for item in self.tree.findItems(
            code, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 1
        ):
            self.tree.setCurrentItem(item)

    def _node(self) -> UnitNode | None:
        code = self.selected()
        return next((n for n in self.nodes if n.code == code), None)

    def _selection_changed(self) -> None:
        node = self._node()
        for b in (self.rename_button, self.move_button):
            b.setEnabled(node is not None)
        self.deactivate_button.setEnabled(node is not None and node.active)
        self.reactivate_button.setEnabled(node is not None and not node.active)

    # -- acting ---------------------------------------------------------------------------
    def _run(self, action: Callable[[], object], done: str) -> bool:
        if not run_shown(self.message, action, done):
            return False
        self.reload()
        return True

    def add_unit(self) -> None:
        form = UnitForm(self.nodes, "add", parent=self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.apply_add(form)

    def apply_add(self, form: UnitForm) -> bool:
        return self._run(
            lambda: self.units.add(
                code=form.code.text(),
                name=form.name.text(),
                short_name=form.short_name.text(),
                kind=form.kind.currentData(),
                parent=form.parent_unit.currentData(),
                area=form.area.text(),
            ),
            self.tr("Đã thêm đơn vị {0}").format(form.name.text()),
        )

    def rename_unit(self) -> None:
        node = self._node()
        if node is None:
            return
        form = UnitForm(self.nodes, "rename", node, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.apply_rename(node, form)

    def apply_rename(self, node: UnitNode, form: UnitForm) -> bool:
        def change() -> None:
            self.units.rename(node.code, name=form.name.text(), short_name=form.short_name.text())
            self.units.set_area(node.code, form.area.text())

        return self._run(change, self.tr("Đã đổi tên đơn vị {0}").format(form.name.text()))

    def move_unit(self) -> None:
        node = self._node()
        if node is None:
            return
        form = UnitForm(self.nodes, "move", node, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.apply_move(node, form)

    def apply_move(self, node: UnitNode, form: UnitForm) -> bool:
        return self._run(
            lambda: self.units.move(node.code, form.parent_unit.currentData()),
            self.tr("Đã chuyển đơn vị {0}").format(node.name),
        )

    def deactivate(self) -> None:
        node = self._node()
        if node is not None:
            self._run(
                lambda: self.units.deactivate(node.code),
                self.tr("Đơn vị {0} đã ngừng hoạt động").format(node.name),
            )

    def reactivate(self) -> None:
        node = self._node()
        if node is not None:
            self._run(
                lambda: self.units.reactivate(node.code),
                self.tr("Đơn vị {0} hoạt động trở lại").format(node.name),
            )

    def set_area_default(self) -> None:
        self._run(
            lambda: self.units.set_area_default(
                self.default_category.currentData(),
                self.default_area.currentText(),
                self.default_unit.currentData(),
            ),
            self.tr("Đã đặt đơn vị xử lý mặc định"),
        )

    def clear_area_default(self) -> None:
        self._run(
            lambda: self.units.set_area_default(
                self.default_category.currentData(), self.default_area.currentText(), None
            ),
            self.tr("Đã bỏ đơn vị xử lý mặc định"),
        )
