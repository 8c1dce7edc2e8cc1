"""Quản trị → Lĩnh vực: add, rename, deactivate, the default handling unit, and the category's
own handling clock with the article it comes from (issue 11 item 3). A new clock applies to the
reports received after the change; the screen says so. Everything goes through
``ConsoleApi.admin.categories()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.services.admin_categories import CategoryAdmin, CategoryRow, ClockView
from console.services.console_api import ConsoleApi
from console.views.admin.units import message_label, run_shown
from console.views.typed import named


def clock_kinds() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "hours": t("CategoriesScreen", "giờ"),
        "working_hours": t("CategoriesScreen", "giờ làm việc"),
        "working_days": t("CategoriesScreen", "ngày làm việc"),
    }


def clock_text(clock: ClockView) -> str:
    amount = f"{clock.amount:g}"
    text = f"{amount} {clock_kinds().get(clock.kind, clock.kind)}"
    if not clock.own:
        text += " " + QCoreApplication.translate("CategoriesScreen", "(thời hạn chung)")
    return text


class CategoryForm(QDialog):
    """A new category: code, name, topic, default unit, and its clock where the regulation
    gives categories their own."""

    def __init__(
        self, api: ConsoleApi, admin: CategoryAdmin, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("categoryForm")
        self.setWindowTitle(self.tr("Thêm lĩnh vực"))
        self.code = named(QLineEdit(), "categoryCode")
        self.name = named(QLineEdit(), "categoryName")
        self.topic = named(QComboBox(), "categoryTopic")
        self.topic.addItems(list(admin.topics()))
        self.unit = named(QComboBox(), "categoryUnit")
        for u in api.units():
            self.unit.addItem(u.name, u.code)
        self.kind = named(QComboBox(), "categoryClockKind")
        self.kind.addItem(self.tr("Theo thời hạn xử lý chung"), None)
        for kind, text in clock_kinds().items():
            self.kind.addItem(text, kind)
        self.amount = named(
            QDoubleSpinBox(minimum=0, maximum=1000, decimals=1, value=4), "categoryClockAmount"
        )
        self.article = named(QLineEdit(), "categoryArticle")
        form = QFormLayout()
        form.addRow(self.tr("Mã lĩnh vực:"), self.code)
        form.addRow(self.tr("Tên lĩnh vực:"), self.name)
        form.addRow(self.tr("Chủ đề:"), self.topic)
        form.addRow(self.tr("Đơn vị xử lý mặc định:"), self.unit)
        if admin.clocks_editable:
            form.addRow(self.tr("Thời hạn xử lý:"), self.kind)
            form.addRow(self.tr("Độ dài:"), self.amount)
            form.addRow(self.tr("Căn cứ:"), self.article)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addWidget(buttons)


class CategoriesScreen(QDialog):
    COLUMNS = 8

    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.admin: CategoryAdmin = api.admin.categories()
        self.rows: list[CategoryRow] = []
        self.setObjectName("categoriesScreen")
        self.setWindowTitle(self.tr("Quản trị — Lĩnh vực"))
        self.resize(1200, 700)

        self.table = named(QTableWidget(0, self.COLUMNS), "categoryTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mã"),
                self.tr("Lĩnh vực"),
                self.tr("Đơn vị xử lý mặc định"),
                self.tr("Thời hạn xử lý"),
                self.tr("Căn cứ"),
                self.tr("Áp dụng từ"),
                self.tr("Đang xử lý"),
                self.tr("Trạng thái"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.message = message_label("categoriesMessage")
        v = QVBoxLayout(self)
        v.addWidget(self.table, 1)
        v.addWidget(self.message)
        v.addWidget(self._edit_box())
        self.reload()

    @classmethod
    def menu_text(cls) -> str:
        return QCoreApplication.translate("CategoriesScreen", "Lĩnh vực…")

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        b = named(QPushButton(text), name)
        b.setAutoDefault(False)
        b.clicked.connect(lambda _c=False: slot())
        return b

    def _edit_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lĩnh vực đang chọn"))
        self.name = named(QLineEdit(), "editName")
        self.unit = named(QComboBox(), "editUnit")
        for u in self.api.units():
            self.unit.addItem(u.name, u.code)
        self.kind = named(QComboBox(), "editClockKind")
        self.kind.addItem(self.tr("Theo thời hạn xử lý chung"), None)
        for kind, text in clock_kinds().items():
            self.kind.addItem(text, kind)
        self.amount = named(QDoubleSpinBox(minimum=0, maximum=1000, decimals=1), "editClockAmount")
        self.article = named(QLineEdit(), "editArticle")
        self.article.setPlaceholderText(self.tr("Điều khoản hoặc văn bản quy định thời hạn"))
        form = QFormLayout()
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self._button(self.tr("Đổi tên"), "renameCategory", self.rename))
        form.addRow(self.tr("Tên lĩnh vực:"), name_row)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit, 1)
        unit_row.addWidget(self._button(self.tr("Đặt đơn vị"), "setCategoryUnit", self.set_unit))
        form.addRow(self.tr("Đơn vị xử lý mặc định:"), unit_row)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.amount)
        clock_row.addWidget(self.kind)
        clock_row.addWidget(QLabel(self.tr("Căn cứ:")))
        clock_row.addWidget(self.article, 1)
        self.clock_button = self._button(
            self.tr("Áp dụng thời hạn mới"), "setCategoryClock", self.set_clock
        )
        clock_row.addWidget(self.clock_button)
        form.addRow(self.tr("Thời hạn xử lý:"), clock_row)
        self.clock_note = named(QLabel(), "clockNote")
        self.clock_note.setWordWrap(True)
        self.clock_note.setStyleSheet("color: #555;")
        if self.admin.clocks_editable:
            self.clock_note.setText(
                self.tr(
                    "Thời hạn mới áp dụng cho phản ánh tiếp nhận sau khi thay đổi; phản ánh đã "
                    "tiếp nhận trước đó giữ thời hạn cũ."
                )
            )
        else:
            for w in (self.kind, self.amount, self.article, self.clock_button):
                w.setEnabled(False)
            self.clock_note.setText(
                self.tr("Quy chế của tỉnh dùng một thời hạn xử lý chung cho mọi lĩnh vực.")
            )
        form.addRow("", self.clock_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("Thêm lĩnh vực…"), "addCategory", self.add))
        self.active_button = self._button(
            self.tr("Ngừng sử dụng"), "toggleCategory", self.toggle_active
        )
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        v = QVBoxLayout(box)
        v.addLayout(form)
        v.addLayout(buttons)
        return box

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        code = self.selected()
        self.rows = self.admin.categories()
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            since = (
                r.clock.since.strftime("%d/%m/%Y %H:%M") if r.clock.since else self.tr("quy chế")
            )
            state = self.tr("Đang dùng") if r.active else self.tr("Ngừng sử dụng")
            for j, text in enumerate(
                (
                    r.code,
                    r.name,
                    r.default_unit_name,
                    clock_text(r.clock),
                    r.clock.article,
                    since,
                    str(r.open_reports),
                    state,
                )
            ):
                self.table.setItem(i, j, QTableWidgetItem(text))
        if code:
            self.select(code)
        elif self.rows:
            self.table.selectRow(0)

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()].code if rows and rows[0].row() < len(self.rows) else None

    def select(self, code: str) -> None:
        for i, r in enumerate(self.rows):
            if r.code == code:
                self.table.selectRow(i)

    def _row(self) -> CategoryRow | None:
        code = self.selected()
        return next((r for r in self.rows if r.code == code), None)

    def _selection_changed(self) -> None:
        row = self._row()
        if row is None:
            return
        self.name.setText(row.name)
        self.unit.setCurrentIndex(max(0, self.unit.findData(row.default_unit)))
        self.kind.setCurrentIndex(
            max(0, self.kind.findData(row.clock.kind if row.clock.own else None))
        )
        self.amount.setValue(row.clock.amount)
        self.article.setText(row.clock.article)
        self.active_button.setText(self.tr("Ngừng sử dụng") if row.active else self.tr("Dùng lại"))

    # -- acting ---------------------------------------------------------------------------
    def _run(self, action: Callable[[], object], done: str) -> bool:
        if not run_shown(self.message, action, done):
            return False
        self.reload()
        return True

    def rename(self) -> None:
        row = self._row()
        if row:
            self._run(
                lambda: self.admin.rename(row.code, self.name.text()),
                self.tr("Đã đổi tên lĩnh vực"),
            )

    def set_unit(self) -> None:
        row = self._row()
        if row:
            self._run(
                lambda: self.admin.set_default_unit(row.code, self.unit.currentData()),
                self.tr("Đã đổi đơn vị xử lý mặc định của {0}").format(row.name),
            )

    def set_clock(self) -> None:
        row = self._row()
        if row is None:
            return
        kind = self.kind.currentData()
        self._run(
            lambda: self.admin.set_clock(
                row.code, kind, self.amount.value() if kind else None, self.article.text()
            ),
            self.tr("Thời hạn mới của {0} áp dụng cho phản ánh tiếp nhận từ bây giờ").format(
                row.name
            ),
        )

    def toggle_active(self) -> None:
        row = self._row()
        if row:
            self._run(
                lambda: self.admin.set_active(row.code, not row.active),
                self.tr("Đã cập nhật trạng thái lĩnh vực {0}").format(row.name),
            )

    def add(self) -> None:
        form = CategoryForm(self.api, self.admin, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.apply_add(form)

    def apply_add(self, form: CategoryForm) -> bool:
        kind = form.kind.currentData() if self.admin.clocks_editable else None
        return self._run(
            lambda: self.admin.add(
                code=form.code.text(),
                name=form.name.text(),
                topic=form.topic.currentText(),
                default_unit=form.unit.currentData(),
                clock_kind=kind,
                clock_amount=form.amount.value() if kind else None,
                article=form.article.text(),
            ),
            self.tr("Đã thêm lĩnh vực {0}").format(form.name.text()),
        )
