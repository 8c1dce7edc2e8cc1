"""Quản trị → Tài khoản: find, add, edit, reset, unlock, deactivate, revoke (issue 11 item 1),
and each unit's focal officers.

Everything goes through ``ConsoleApi.admin``; the services refuse a non-administrator and say
why a change cannot be made (the last administrator, a weak password), shown as it comes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.models import Role
from console.services.console_api import ConsoleApi
from console.services.user_admin import FocalUnit
from console.services.users import UserSummary
from console.views.admin.user_forms import OncePassword, ResetForm, UserForm
from console.views.i18n import role_label
from console.views.messages import error_text

ALL = ""


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    return table


class UsersScreen(QDialog):
    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.admin = api.admin
        self.rows: list[UserSummary] = []
        self.once: OncePassword | None = None
        self._last_result: object = None
        self.setObjectName("usersScreen")
        self.setWindowTitle(self.tr("Quản trị — Tài khoản"))
        self.resize(1280, 700)
        self.units = self.admin.unit_choices()

        self.search = QLineEdit(self)
        self.search.setObjectName("userSearch")
        self.search.setPlaceholderText(self.tr("Tìm theo tên đăng nhập hoặc họ tên"))
        self.search.setClearButtonEnabled(True)
        self.unit_filter = QComboBox(self)
        self.unit_filter.setObjectName("unitFilter")
        self.unit_filter.addItem(self.tr("Mọi đơn vị"), ALL)
        for code, name in self.units:
            self.unit_filter.addItem(name, code)
        self.role_filter = QComboBox(self)
        self.role_filter.setObjectName("roleFilter")
        self.role_filter.addItem(self.tr("Mọi vai trò"), ALL)
        for role in Role:
            self.role_filter.addItem(role_label(role), role.value)
        self.active_filter = QComboBox(self)
        self.active_filter.setObjectName("activeFilter")
        for text, value in (
            (self.tr("Mọi trạng thái"), None),
            (self.tr("Đang hoạt động"), True),
            (self.tr("Đã vô hiệu"), False),
        ):
            self.active_filter.addItem(text, value)
        self.locked_filter = QCheckBox(self.tr("Chỉ tài khoản đang bị khóa"), self)
        self.locked_filter.setObjectName("lockedFilter")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for w in (self.unit_filter, self.role_filter, self.active_filter):
            filters.addWidget(w, 1)
        filters.addWidget(self.locked_filter)
        self.search.textChanged.connect(self.reload)
        for combo in (self.unit_filter, self.role_filter, self.active_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.locked_filter.toggled.connect(self.reload)

        self.table = _table(
            "usersTable",
            [
                self.tr("Tên đăng nhập"),
                self.tr("Họ và tên"),
                self.tr("Đơn vị"),
                self.tr("Vai trò"),
                self.tr("Trạng thái"),
            ],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_account())

        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Thêm…"), "addUser", self.add_account)
        self.edit_button = self._button(self.tr("Sửa…"), "editUser", self.edit_account)
        self.reset_button = self._button(
            self.tr("Đặt lại mật khẩu…"), "resetUser", self.reset_account
        )
        self.unlock_button = self._button(self.tr("Mở khóa"), "unlockUser", self.unlock)
        self.active_button = self._button(self.tr("Vô hiệu hóa"), "activeUser", self.toggle_active)
        self.revoke_button = self._button(
            self.tr("Thu hồi đăng nhập đã ghi nhớ"), "revokeUser", self.revoke
        )
        for b in (
            self.add_button,
            self.edit_button,
            self.reset_button,
            self.unlock_button,
            self.active_button,
            self.revoke_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.count = QLabel(self)
        self.count.setObjectName("userCount")
        buttons.addWidget(self.count)
        self.message = QLabel(self)
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        accounts = QWidget(self)
        v = QVBoxLayout(accounts)
        v.addLayout(filters)
        v.addWidget(self.table, 1)
        v.addLayout(buttons)
        self.focal = _table(
            "focalTable",
            [
                self.tr("Đơn vị"),
                self.tr("Cán bộ xử lý (đầu mối)"),
                self.tr("Lãnh đạo"),
                self.tr("Đầu mối được phân công"),
            ],
        )
        self.focal.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.focal.setWordWrap(True)
        self.focal.itemSelectionChanged.connect(self._focal_selected)
        self.focal_units: list[FocalUnit] = []
        self.focal_leader = QComboBox(self)
        self.focal_leader.setObjectName("focalLeader")
        self.focal_officer = QComboBox(self)
        self.focal_officer.setObjectName("focalOfficer")
        self.focal_button = self._button(self.tr("Phân công đầu mối"), "setFocal", self.set_focal)
        assign = QHBoxLayout()
        assign.addWidget(QLabel(self.tr("Lãnh đạo đầu mối:"), self))
        assign.addWidget(self.focal_leader, 1)
        assign.addWidget(QLabel(self.tr("Cán bộ đầu mối:"), self))
        assign.addWidget(self.focal_officer, 1)
        assign.addWidget(self.focal_button)
        focal_page = QWidget(self)
        fv = QVBoxLayout(focal_page)
        fv.addWidget(self.focal, 1)
        fv.addLayout(assign)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(accounts, self.tr("Tài khoản"))
        self.tabs.addTab(focal_page, self.tr("Cán bộ đầu mối theo đơn vị"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)  # under both tabs
        self.reload()
        self.reload_focal()

    @classmethod
    def menu_text(cls) -> str:
        return QCoreApplication.translate("UsersScreen", "Tài khoản và cán bộ đầu mối…")

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- reading ------------------------------------------------------------------------------
    def filters(self) -> dict[str, object]:
        return {
            "text": self.search.text(),
            "unit_code": self.unit_filter.currentData() or None,
            "role": self.role_filter.currentData() or None,
            "active": self.active_filter.currentData(),
            "locked": True if self.locked_filter.isChecked() else None,
        }

    def reload(self) -> None:
        current = self.selected()
        try:
            self.rows = self.admin.users(**self.filters())
        except Exception as exc:  # the service's refusal, shown as it is
            self._say(error_text(exc), error=True)
            return
        now = self.api.clock()
        self.table.setRowCount(len(self.rows))
        for i, u in enumerate(self.rows):
            roles = ", ".join(role_label(r) for r in sorted(u.roles, key=list(Role).index))
            state = [self.tr("Đang hoạt động") if u.active else self.tr("Đã vô hiệu")]
            if u.is_locked(now):
                assert u.locked_until is not None
                state.append(self.tr("khóa đến {0}").format(u.locked_until.strftime("%H:%M")))
            if u.must_change_password:
                state.append(self.tr("phải đổi mật khẩu"))
            cells = (u.username, u.full_name, u.unit_name, roles, ", ".join(state))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not u.active:
                    item.setForeground(Qt.GlobalColor.gray)
                elif u.is_locked(now) and j == 4:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(i, j, item)
        self.count.setText(self.tr("{0} tài khoản").format(len(self.rows)))
        if current is not None:
            self.select(current.username)
        self._selection_changed()

    def reload_focal(self) -> None:
        try:
            units = self.admin.focal_officers()
        except Exception as exc:
            self._say(error_text(exc), error=True)
            return
        self.focal_units = units
        self.focal.setRowCount(len(units))
        for i, u in enumerate(units):
            named = [x for x in (u.focal_leader, u.focal_officer) if x]
            cells = (u.unit_name, "\n".join(u.officers), "\n".join(u.leaders), "\n".join(named))
            for j, text in enumerate(cells):
                self.focal.setItem(i, j, QTableWidgetItem(text))
        self.focal.resizeRowsToContents()
        self._focal_selected()

    def _focal_selected(self) -> None:
        rows = self.focal.selectionModel().selectedRows()
        unit = self.focal_units[rows[0].row()] if rows else None
        for combo, logins in (
            (self.focal_leader, unit.leader_names if unit else ()),
            (self.focal_officer, unit.officer_names if unit else ()),
        ):
            combo.clear()
            combo.addItem(self.tr("(chưa phân công)"), "")
            for login in logins:
                combo.addItem(login, login)
        if unit is not None:
            for combo, named in (
                (self.focal_leader, unit.focal_leader),
                (self.focal_officer, unit.focal_officer),
            ):
                at = next(
                    (
                        i
                        for i in range(combo.count())
                        if named and named in self._full_name(unit, combo.itemData(i))
                    ),
                    0,
                )
                combo.setCurrentIndex(at)
        self.focal_button.setEnabled(unit is not None)

    @staticmethod
    def _full_name(unit: FocalUnit, login: str) -> str:
        return next(
            (
                text
                for text in (*unit.leaders, *unit.officers)
                if login and text.endswith(f"({login})")
            ),
            "",
        )

    def set_focal(self) -> bool:
        """Name the selected unit's focal leader and officer (ConsoleApi.set_focal_points)."""
        rows = self.focal.selectionModel().selectedRows()
        if not rows:
            return False
        unit = self.focal_units[rows[0].row()]
        return self._run(
            lambda: self.api.set_focal_points(
                unit.unit_code,
                leader=self.focal_leader.currentData() or None,
                officer=self.focal_officer.currentData() or None,
            ),
            lambda _f: self.tr("Đã phân công đầu mối của {0}").format(unit.unit_name),
        )

    def selected(self) -> UserSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select(self, username: str) -> None:
        for i, u in enumerate(self.rows):
            if u.username == username:
                self.table.selectRow(i)
                return

    def _selection_changed(self) -> None:
        user = self.selected()
        for b in (self.edit_button, self.reset_button, self.revoke_button, self.active_button):
            b.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and user.is_locked(self.api.clock()))
        self.active_button.setText(
            self.tr("Kích hoạt lại")
            if user is not None and not user.active
            else self.tr("Vô hiệu hóa")
        )

    # -- acting -------------------------------------------------------------------------------
    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)

    def _run(self, action: Callable[[], object], done: Callable[[object], str]) -> bool:
        try:
            result = action()
        except Exception as exc:  # the service's refusal, shown as it is
            self._say(error_text(exc), error=True)
            return False
        self._last_result = result
        self._say(done(result), error=False)
        self.reload()
        self.reload_focal()
        return True

    def _show_once(self, username: str, password: str) -> None:
        self.once = OncePassword(username, password, self)
        self.once.open()

    def add_account(self) -> None:
        form = UserForm(self.units, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.apply_add(form)

    def apply_add(self, form: UserForm) -> bool:
        assert form.password is not None
        typed = form.password.value()
        name = form.username.text().strip().lower()
        ok = self._run(
            lambda: self.admin.add_user(
                username=name,
                full_name=form.full_name.text(),
                unit_code=form.unit.currentData(),
                roles=form.selected_roles(),
                password=typed,
            ),
            lambda _p: self.tr("Đã thêm tài khoản {0}").format(name),
        )
        if ok:
            self.select(name)
            if typed is None:
                self._show_once(name, str(self._last_result))
        return ok

    def edit_account(self) -> None:
        user = self.selected()
        if user is None:
            return
        form = UserForm(self.units, user, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.apply_edit(user, form)

    def apply_edit(self, user: UserSummary, form: UserForm) -> bool:
        return self._run(
            lambda: self.admin.update_user(
                user.username,
                full_name=form.full_name.text(),
                unit_code=form.unit.currentData(),
                roles=form.selected_roles(),
            ),
            lambda changed: (
                self.tr("Đã sửa tài khoản {0}") if changed else self.tr("{0}: không có gì thay đổi")
            ).format(user.username),
        )

    def reset_account(self) -> None:
        user = self.selected()
        if user is None:
            return
        form = ResetForm(user, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.apply_reset(user, form)

    def apply_reset(self, user: UserSummary, form: ResetForm) -> bool:
        typed = form.password.value()
        ok = self._run(
            lambda: self.admin.reset_password(user.username, typed),
            lambda _p: self.tr("Đã đặt lại mật khẩu cho {0}").format(user.username),
        )
        if ok and typed is None:
            self._show_once(user.username, str(self._last_result))
        return ok

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(
                lambda: self.admin.unlock(user.username),
                lambda _c: self.tr("Đã mở khóa {0}").format(user.username),
            )

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active:
            self._run(
                lambda: self.admin.set_active(user.username, False),
                lambda _c: self.tr("Đã vô hiệu hóa {0}").format(user.username),
            )
        else:
            self._run(
                lambda: self.admin.set_active(user.username, True),
                lambda _c: self.tr("Đã kích hoạt lại {0}").format(user.username),
            )

    def revoke(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(
                lambda: self.admin.revoke_remembered(user.username),
                lambda n: self.tr("Đã thu hồi {0} đăng nhập đã ghi nhớ của {1}").format(
                    n, user.username
                ),
            )
