"""The main window: the person's queues on the left, the open queue above the report's detail
(side by side on request), the actions of the person's roles in a toolbar and menus, and who,
where and when in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QMessageBox, QSplitter

from console.models import Role
from console.services.console_api import ConsoleApi
from console.services.live import Changes
from console.services.queues import Queue
from console.settings import load_settings, save_settings
from console.views.detail_pane import DetailPane
from console.views.i18n import LANGUAGES, role_label
from console.views.intake_dialog import IntakeDialog
from console.views.live import LiveUpdates
from console.views.navigation import REFRESH_MS, QueueNavigation
from console.views.queue_view import QueueView

JOBS_WAIT_MS = 10_000
NAV_WIDTH = 200
# px of the status bar for the person (name and roles) and the unit's (long) name, the full
# texts in tooltips: at 1366 px the bar also holds the profile, the database, the time of the
# last refresh and the outbox's counts
USER_WIDTH = 360
UNIT_WIDTH = 300
SELECT_DELAY_MS = 120  # arrowing through the queue loads only the row it stops on
MANY_IDS = 50  # more changed reports than this: refresh the open queue without looking


class MainWindow(QMainWindow):
    logout_requested = Signal()
    closed = Signal()

    def __init__(self, api: ConsoleApi, *, interval_ms: int = REFRESH_MS) -> None:
        super().__init__()
        self.api = api
        self.actor = api.actor
        self.can = api.capabilities()  # what the services let this person do
        self.current_report: int | None = None
        self._last_counts: dict[Queue, int] = {}
        self._queue_stale = False  # a live change touched the open queue's rows
        self.intake: IntakeDialog | None = None
        self.batch: QDialog | None = None
        self.open311: QDialog | None = None
        self.dashboard: QMainWindow | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            self.tr("Bàn điều hành phản ánh hiện trường — {0}").format(api.profile.province)
        )
        self.resize(1366, 768)

        self.nav = QueueNavigation(api, self, interval_ms=interval_ms)
        self.queue_view = QueueView(api, self)
        self.detail = DetailPane(api, self)
        # The queue above the report: at 1366 px both keep their full width (filters, actions).
        self.content = QSplitter(Qt.Orientation.Vertical)
        self.content.setObjectName("contentSplitter")
        self.content.setChildrenCollapsible(False)
        self.content.addWidget(self.queue_view)
        self.content.addWidget(self.detail)
        self.content.setStretchFactor(0, 2)
        self.content.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.nav.setMinimumWidth(NAV_WIDTH)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([NAV_WIDTH, 1366 - NAV_WIDTH])
        self.content.setSizes([290, 400])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_status_bar()
        self._connect()
        # Changes by anyone (another console, the CLI) within about a second, one refresh a
        # second at most; the navigation's slow timer stays for what moves with the clock (due
        # soon, overdue). One signal for every change, this console's own actions included
        # (at once, with the feed's echo of where the report moved): each part decides below.
        self.live = LiveUpdates(api.watch, self, concerns=self._concerns)
        self.live.changed.connect(self._changed)
        # Reports the intake queued while the database did not answer: sent when it is back
        # (console/views/outbox_status.py); "Chờ gửi: N" in the status bar meanwhile.
        from console.views.outbox_status import OutboxLabel, OutboxStatus

        self.outbox = OutboxStatus(api, parent=self)
        self.outbox_label = OutboxLabel(self.outbox)
        self.statusBar().addPermanentWidget(self.outbox_label)
        self.outbox.changed.connect(self.live.here)  # queues and counters
        # Actions typed while it does not answer wait there too; what it would not take is
        # in the "Chưa gửi được" list (console/views/outbox_list.py).
        self.unsent_dialog: QDialog | None = None
        self.outbox_label.clicked.connect(self.open_unsent)
        self.outbox.unsent_found.connect(self._unsent_found)
        self.detail.queued.connect(self._action_queued)
        # Deactivated while this window is open: say so and sign out (issue 15 item 5).
        from console.views.session_watch import SessionWatch

        self.session_watch = SessionWatch(api, self)
        self.session_watch.ended.connect(self._session_ended)
        self.ended_box: QMessageBox | None = None
        if self.nav.count():
            self.nav.setCurrentRow(0)
        self.nav.refresh()

    # -- building ----------------------------------------------------------------------------
    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | None = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.intake_action = self._action(
            self.tr("Tiếp nhận mới"), self.open_intake, key("Ctrl+N"), "intakeAction"
        )
        self.intake_action.setToolTip(self.tr("Ghi nhận một phản ánh mới (Ctrl+N)"))
        self.intake_action.setVisible(self.can.take_intake)
        self.intake_action.setEnabled(self.can.take_intake)
        self.batch_action = self._action(
            self.tr("In thư trả lời hàng loạt…"), self.open_batch_letters, None, "batchAction"
        )
        self.batch_action.setToolTip(
            self.tr("Mọi thư trả lời của một khoảng thời gian trong một tệp PDF, để in")
        )
        self.batch_action.setVisible(self.can.batch_print)
        self.batch_action.setEnabled(self.can.batch_print)
        self.open311_action = self._action(
            self.tr("Tệp Open311 (GeoReport)…"), self.open_open311, None, "open311Action"
        )
        self.open311_action.setToolTip(
            self.tr("Xuất phản ánh của một kỳ; nhập tệp yêu cầu của ứng dụng công dân")
        )
        self.open311_action.setVisible(self.can.open311_files)
        self.open311_action.setEnabled(self.can.open311_files)
        # The supervision dashboard: only for those the service gives one (leaders: their unit).
        self.dashboard_action = self._action(
            self.tr("Thống kê"), self.open_dashboard, key("Ctrl+D"), "dashboardAction"
        )
        self.dashboard_action.setToolTip(self.tr("Bảng thống kê của kỳ báo cáo (Ctrl+D)"))
        self.dashboard_action.setVisible(self.can.dashboard)
        self.dashboard_action.setEnabled(self.dashboard_action.isVisible())
        self.refresh_action = self._action(
            self.tr("Làm mới"), self.refresh, key(Qt.Key.Key_F5), "refreshAction"
        )
        self.refresh_action.setToolTip(
            self.tr("Tải lại hàng đợi, bộ đếm và phản ánh đang xem (F5)")
        )
        self.find_action = self._action(
            self.tr("Tìm"), self.focus_search, key("Ctrl+F"), "findAction"
        )
        self.find_action.setToolTip(self.tr("Tìm trong hàng đợi (Ctrl+F)"))
        self.logout_action = self._action(self.tr("Đăng xuất"), self.logout, None, "logoutAction")
        self.quit_action = self._action(self.tr("Thoát"), self.close, key("Ctrl+Q"), "quitAction")
        self.password_action = self._action(
            self.tr("Đổi mật khẩu…"), self.change_password, None, "passwordAction"
        )

        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        file_menu.addAction(self.intake_action)
        file_menu.addAction(self.batch_action)
        file_menu.addAction(self.open311_action)
        file_menu.addAction(
            self._action(
                self.tr("Kết nối máy chủ…"), self.open_connection, None, "connectionAction"
            )
        )
        self.unsent_action = self._action(
            self.tr("Chưa gửi được…"), self.open_unsent, key("Ctrl+Shift+G"), "unsentAction"
        )
        self.unsent_action.setToolTip(
            self.tr("Những gì đã nhập khi mất kết nối máy chủ (Ctrl+Shift+G)")
        )
        file_menu.addAction(self.unsent_action)
        file_menu.addSeparator()
        file_menu.addAction(self.password_action)
        file_menu.addAction(self.logout_action)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Xem"))
        view_menu.addAction(self.dashboard_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.find_action)
        self.side_by_side_action = QAction(self.tr("Chi tiết bên phải hàng đợi"), self)
        self.side_by_side_action.setCheckable(True)
        self.side_by_side_action.setToolTip(
            self.tr("Đặt phần chi tiết bên cạnh hàng đợi (màn hình rộng)")
        )
        self.side_by_side_action.toggled.connect(self._side_by_side)
        view_menu.addAction(self.side_by_side_action)
        language_menu = view_menu.addMenu(self.tr("Ngôn ngữ (áp dụng khi khởi động lại)"))
        self.language_group = QActionGroup(self)
        current = load_settings().language
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            language_menu.addAction(action)
            self.language_actions[code] = action

        # Administration (issue 11): only for whom the service says is an administrator.
        self.admin_menu: QMenu | None = None
        if self.can.administer:
            from console.views.admin import AdminMenu

            self.admin_menu = AdminMenu(self.api, self)
            self.menuBar().addMenu(self.admin_menu)

        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        help_menu.addAction(self._action(self.tr("Giới thiệu"), self._about, None, "aboutAction"))

        toolbar = self.addToolBar(self.tr("Thao tác"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.intake_action,
            self.dashboard_action,
            self.refresh_action,
            self.find_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.logout_action)

    def _build_status_bar(self) -> None:
        a = self.actor
        roles = ", ".join(role_label(r) for r in sorted(a.roles, key=list(Role).index))
        who = f"{a.full_name} — {roles}"
        self.user_label = QLabel(
            self.fontMetrics().elidedText(who, Qt.TextElideMode.ElideRight, USER_WIDTH)
        )
        self.user_label.setObjectName("userLabel")
        self.user_label.setToolTip(who)
        unit = a.unit_name or ""
        self.unit_label = QLabel(
            self.fontMetrics().elidedText(unit, Qt.TextElideMode.ElideMiddle, UNIT_WIDTH)
        )
        self.unit_label.setObjectName("unitLabel")
        self.unit_label.setToolTip(unit)
        self.db_label = QLabel(self.tr("CSDL: {0}").format(self.api.database_label))
        self.db_label.setObjectName("dbLabel")
        self.db_label.setToolTip(self.api.database_shown)
        profile = self.api.profile
        self.profile_label = QLabel(self.tr("Hồ sơ: {0}").format(profile.name))
        self.profile_label.setObjectName("profileLabel")
        self.profile_label.setToolTip(f"{profile.key} — {profile.regulation}")
        self.updated_label = QLabel(self.tr("Đang tải…"))
        self.updated_label.setObjectName("updatedLabel")
        for label in (
            self.user_label,
            self.unit_label,
            self.profile_label,
            self.db_label,
            self.updated_label,
        ):
            label.setContentsMargins(6, 0, 6, 0)
        bar = self.statusBar()
        bar.addWidget(self.user_label)
        bar.addWidget(self.unit_label)
        for label in (self.profile_label, self.db_label, self.updated_label):
            bar.addPermanentWidget(label)

    def _connect(self) -> None:
        self.nav.queue_selected.connect(self.queue_view.set_queue)
        self.nav.counts_changed.connect(self._counts_changed)
        self.nav.refresh_failed.connect(self._refresh_failed)
        self.queue_view.report_activated.connect(self.show_report)
        self.detail.changed.connect(lambda rid: self.live.here(Changes.made_here(rid)))
        # Selecting a row shows it too (activation is double-click / Enter).
        self._selected: int | None = None
        self._select_timer = QTimer(self)
        self._select_timer.setSingleShot(True)
        self._select_timer.setInterval(SELECT_DELAY_MS)
        self._select_timer.timeout.connect(self._show_selected)
        table = self.queue_view.table
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        # The window's Ctrl+F covers the queue view's own one (two would be ambiguous).
        for shortcut in self.queue_view.findChildren(QShortcut):
            if shortcut.key() == QKeySequence(QKeySequence.StandardKey.Find):
                shortcut.setEnabled(False)

    # -- behaviour ---------------------------------------------------------------------------
    def show_report(self, report_id: int) -> None:
        self.current_report = report_id
        self.detail.show_report(report_id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selected = self.queue_view.model.report_id(current.row())
            self._select_timer.start()

    def _show_selected(self) -> None:
        if self._selected is not None and self._selected != self.current_report:
            self.show_report(self._selected)

    def refresh(self) -> None:
        """F5: the queue, the counters and the report being read."""
        self.queue_view.refresh()
        self.nav.refresh()
        if self.current_report is not None:
            self.detail.show_report(self.current_report)

    def focus_search(self) -> None:
        box = self.queue_view.search
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def open_intake(self) -> None:
        if not self.can.take_intake:
            return
        if self.intake is not None and self.intake.isVisible():
            self.intake.raise_()
            self.intake.activateWindow()
            return
        self.intake = IntakeDialog(self.api, self)
        self.intake.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.intake.submitted.connect(self._submitted)
        self.intake.destroyed.connect(self._intake_gone)
        self.intake.show()

    def _intake_gone(self) -> None:
        self.intake = None

    def open_batch_letters(self) -> None:
        if not self.can.batch_print:
            return
        from console.views.batch_letters_dialog import BatchLettersDialog  # QtPrintSupport

        if self.batch is None:
            self.batch = BatchLettersDialog(self.api, self)
        self.batch.show()
        self.batch.raise_()

    def open_open311(self) -> None:
        if not self.can.open311_files:
            return
        from console.views.open311_dialog import Open311Dialog

        if self.open311 is None:
            self.open311 = Open311Dialog(self.api, self)
        self.open311.show()
        self.open311.raise_()

    def open_dashboard(self) -> None:
        if not self.dashboard_action.isEnabled():
            return
        from console.views.dashboard import DashboardWindow  # QtCharts: loaded when asked

        if self.dashboard is None:
            self.dashboard = DashboardWindow(self.api, self)
            self.dashboard.drill.connect(self.show_drill)
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()

    def open_unsent(self) -> None:
        """The "Chưa gửi được" list of this person's outbox entries."""
        from console.views.outbox_list import UnsentDialog

        if self.unsent_dialog is None:
            dialog = UnsentDialog(self.api, self)
            dialog.changed.connect(self.live.here)
            dialog.finished.connect(lambda _r: self.outbox.refresh())
            self.unsent_dialog = dialog
        else:
            self.unsent_dialog.reload()  # type: ignore[attr-defined]
        self.unsent_dialog.show()
        self.unsent_dialog.raise_()
        self.unsent_dialog.activateWindow()

    def _action_queued(self, text: str) -> None:
        self.outbox.refresh()
        self.statusBar().showMessage(text, 15_000)

    def _unsent_found(self, count: int) -> None:
        self.statusBar().showMessage(
            self.tr(
                "{0} thao tác không gửi được vì phản ánh đã thay đổi: xem «Chưa gửi được» "
                "(Ctrl+Shift+G)."
            ).format(count),
            30_000,
        )

    def show_drill(self, f: object, what: str) -> None:
        """The reports behind a dashboard number, in the queue view (no queue selected)."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.queue_view.show_filter(f)  # type: ignore[arg-type]
        self.statusBar().showMessage(self.tr("Thống kê: {0}").format(what))
        self.raise_()
        self.activateWindow()

    def _submitted(self, report_id: int) -> None:
        self.show_report(report_id)
        self.live.here(Changes.made_here(report_id))

    def _changed(self, changes: Changes) -> None:
        """Reports changed (here or elsewhere): the counters now; the open queue with them
        if it holds a changed report (checked without a query) or its counter moves; the
        report on screen if someone else changed it (an action here reloaded it already)."""
        ids = changes.report_ids
        model = self.queue_view.model
        if (
            changes.unknown
            or len(ids) > MANY_IDS
            or any(model.cached_row_of(i) is not None for i in ids)
        ):
            self._queue_stale = True
        if self.current_report is not None and changes.elsewhere(self.current_report):
            self.detail.changed_elsewhere()
        self.nav.refresh(changes)  # the counters it can have moved (the services tell which)

    def _concerns(self, changes: Changes) -> bool:
        """Does a change heard move this window's counters, its page or its report?"""
        model, current = self.queue_view.model, self.current_report
        return self.api.concerns(
            changes, lambda i: i == current or model.cached_row_of(i) is not None
        )

    def _counts_changed(self, counts: dict[Queue, int]) -> None:
        previous, self._last_counts = self._last_counts, counts
        stale, self._queue_stale = self._queue_stale, False
        queue = self.nav.current_queue()
        moved = bool(previous) and queue is not None and previous.get(queue) != counts.get(queue)
        if queue is not None and (stale or moved):
            self.queue_view.refresh()  # someone else changed the open queue: show it
        at = self.nav.updated_at
        self.updated_label.setText(
            self.tr("Cập nhật lúc {0}").format(at.strftime("%H:%M:%S") if at else "")
        )
        self.updated_label.setStyleSheet("")

    def _refresh_failed(self, message: str) -> None:
        self.updated_label.setText(self.tr("Không cập nhật được"))
        self.updated_label.setStyleSheet("color: #b00020;")
        self.updated_label.setToolTip(message)

    def set_language(self, code: str) -> None:
        settings = load_settings()
        if settings.language == code:
            return
        settings.language = code
        save_settings(settings)
        self.statusBar().showMessage(
            self.tr("Đã lưu ngôn ngữ {0}; khởi động lại ứng dụng để áp dụng").format(
                LANGUAGES[code]
            ),
            15_000,
        )

    def change_password(self) -> None:
        from console.views.password_dialog import PasswordDialog

        dialog = PasswordDialog(self.api, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Đã đổi mật khẩu"), 10_000)

    def logout(self) -> None:
        if self.close_dialogs():
            self.logout_requested.emit()

    def _session_ended(self) -> None:
        """The server ended this person's session: tell them, close what is open, sign out."""
        self.ended_box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Phiên làm việc đã kết thúc"),
            self.tr(
                "Tài khoản {0} đã bị vô hiệu hóa trên máy chủ: phiên làm việc kết thúc và "
                "ứng dụng đăng xuất. Hãy liên hệ quản trị viên."
            ).format(self.actor.username),
        )
        self.ended_box.setObjectName("sessionEndedBox")
        self.ended_box.open()  # no parent: it stays while the sign-in window comes back
        for dialog in self.findChildren(QDialog):
            dialog.reject()  # nothing in them can be saved under this account any more
        self.logout_requested.emit()

    def _side_by_side(self, on: bool) -> None:
        self.content.setOrientation(Qt.Orientation.Horizontal if on else Qt.Orientation.Vertical)

    def open_connection(self) -> QDialog:
        """File → Kết nối máy chủ (console/views/admin/connection.py); used from the next
        sign-in."""
        from console.views.admin.connection import ConnectionDialog

        admin = self.actor.username if self.api.capabilities().administer else ""
        dialog = ConnectionDialog(self, admin_name=admin)
        dialog.open()
        return dialog

    def _about(self) -> None:
        p = self.api.profile
        QMessageBox.about(
            self,
            self.tr("Giới thiệu"),
            self.tr("Bàn điều hành phản ánh hiện trường\nHồ sơ quy định: {0}\n{1}").format(
                p.province, p.regulation
            ),
        )

    # -- closing -----------------------------------------------------------------------------
    def close_dialogs(self) -> bool:
        """Close the open dialogs; False if one keeps itself open (unsaved edits kept)."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and not dialog.close():
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_dialogs():
            event.ignore()
            return
        self.nav.stop()
        self.live.stop()
        self.session_watch.stop()
        self._select_timer.stop()
        # Jobs report to widgets of this window: let them finish before it goes.
        QThreadPool.globalInstance().waitForDone(JOBS_WAIT_MS)
        event.accept()
        self.closed.emit()
