"""Start the desktop app: language, database, profile, first-start demo, login, main window.

``ConsoleApp`` runs the sequence without nested event loops, so tests can drive it step by step:
an empty database gets demo data (in the background, with a progress dialog) and its accounts are
shown once; a login remembered on this computer skips the dialog; logging out forgets it and asks
again; closing the main window or the login dialog quits.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from console.db import Database, DatabaseError
from console.profiles import Profile, ProfileError
from console.remember import KeyringStore, SecretStore
from console.services.auth import AuthenticatedUser, AuthError, forget_login, sign_out
from console.services.provision import ProfileMismatchError, choose_profile
from console.services.queries import is_empty
from console.settings import load_settings
from console.timeutil import now_local
from console.views.i18n import install_translator
from console.views.login_dialog import LoginDialog, try_remembered_login
from console.views.messages import error_text
from console.views.operations import run_in_background

if TYPE_CHECKING:  # imported when needed: the login window comes up before them (≤ 1.5 s)
    from console.demo import DemoResult
    from console.views.main_window import MainWindow

FIRST_START_REPORTS = 400
EXIT_STARTUP_ERROR = 2


translate = QCoreApplication.translate  # lupdate reads translate("App", "…") calls


def accounts_text(result: DemoResult) -> str:
    lines = [
        f"{a.username}\t{a.password}\t{', '.join(r.value for r in a.roles)}\t{a.unit_code}"
        for a in result.accounts
    ]
    return "\n".join(lines)


def start_first_run_demo(
    db: Database,
    profile: Profile,
    on_done: Callable[[QMessageBox | None], None],
    parent: QObject,
) -> QProgressDialog:
    """Make demo data in the background on an empty database; show the accounts once.

    ``on_done`` gets the accounts box (open, window-modal) or None if the demo failed.
    """
    from console.demo import generate_demo

    dialog = QProgressDialog(translate("App", "Cơ sở dữ liệu mới: đang tạo dữ liệu mẫu…"), "", 0, 0)
    dialog.setObjectName("firstRunProgress")
    dialog.setCancelButton(None)
    dialog.setWindowTitle(translate("App", "Lần chạy đầu tiên"))
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    dialog.show()

    def done(result: DemoResult) -> None:
        dialog.close()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("App", "Dữ liệu mẫu"),
            translate(
                "App",
                "Đã tạo {0} phản ánh mẫu và {1} tài khoản. Mật khẩu chỉ hiện "
                "một lần — mở phần chi tiết bên dưới và ghi lại trước khi đóng.",
            ).format(result.reports, len(result.accounts)),
        )
        box.setDetailedText(accounts_text(result))
        box.setObjectName("demoAccountsBox")
        box.open()
        print("Tài khoản mẫu (tên, mật khẩu, vai trò, đơn vị):\n" + accounts_text(result))
        on_done(box)

    def failed(exc: BaseException) -> None:
        dialog.close()
        QMessageBox.critical(
            None,
            translate("App", "Lỗi"),
            translate("App", "Không tạo được dữ liệu mẫu: {0}").format(exc),
        )
        on_done(None)

    run_in_background(
        lambda: generate_demo(db, profile, reports=FIRST_START_REPORTS),
        done,
        failed,
        parent=parent,
    )
    return dialog


def open_main_window(
    db: Database,
    profile: Profile,
    actor: AuthenticatedUser,
    clock: Callable[[], datetime] = now_local,
    **kwargs: int,
) -> MainWindow:
    from console.services.console_api import ConsoleApi
    from console.views.main_window import MainWindow

    return MainWindow(ConsoleApi(db, profile, actor, clock), **kwargs)


class ConsoleApp(QObject):
    """The sequence of the app's top-level windows; ``finished`` when the person quits."""

    finished = Signal()

    def __init__(
        self,
        db: Database,
        profile: Profile,
        *,
        store: SecretStore | None = None,
        clock: Callable[[], datetime] = now_local,
    ) -> None:
        super().__init__()
        self.db = db
        self.profile = profile
        self.store: SecretStore = store or KeyringStore()
        self.clock = clock
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.accounts_box: QMessageBox | None = None
        self._logging_out = False

    def start(self) -> None:
        if is_empty(self.db):
            start_first_run_demo(self.db, self.profile, self._demo_done, parent=self)
        else:
            self.sign_in()

    def _demo_done(self, box: QMessageBox | None) -> None:
        self.accounts_box = box
        if box is None:
            self.sign_in()
        else:
            box.finished.connect(lambda _r: self.sign_in())

    def sign_in(self) -> None:
        actor = try_remembered_login(self.db, self.store)
        if actor is not None:
            self.open_window(actor)
            return
        self.login = LoginDialog(self.db, self.profile, store=self.store)
        self.login.accepted.connect(self._logged_in)
        self.login.reconnect_requested.connect(self._reconnect)
        self.login.rejected.connect(self.finished)
        self.login.show()

    def _reconnect(self) -> None:
        """Open the database the connection dialog chose; the old one stays on a failure."""
        from console.views.admin.connection import startup_url

        try:
            db = Database(startup_url(load_settings(), self.login), bounded=True)
        except SystemExit:
            return
        except DatabaseError as exc:
            QMessageBox.warning(self.login, translate("App", "Lỗi"), error_text(exc))
            return
        try:
            profile = choose_profile(db)
        except (ProfileError, ProfileMismatchError) as exc:
            db.close()
            QMessageBox.warning(self.login, translate("App", "Lỗi"), error_text(exc))
            return
        if self.login is not None:
            self.login.rejected.disconnect(self.finished)
            self.login.close()
            self.login.deleteLater()
            self.login = None
        self.db.close()
        self.db, self.profile = db, profile
        self.start()

    def _logged_in(self) -> None:
        assert self.login is not None and self.login.actor is not None
        notice = self.login.notice
        self.open_window(self.login.actor)
        self.login.deleteLater()
        self.login = None
        if notice and self.window is not None:
            self.window.statusBar().showMessage(notice, 20_000)

    def open_window(self, actor: AuthenticatedUser) -> None:
        self.window = open_main_window(self.db, self.profile, actor, self.clock)
        self.window.logout_requested.connect(self._logout)
        self.window.closed.connect(self._window_closed)
        self.window.show()

    def _logout(self) -> None:
        try:
            forget_login(self.db, store=self.store)
        except AuthError as exc:
            print(f"Cảnh báo: {exc}", file=sys.stderr)
        self._signed_out(quit_app=False)
        self._logging_out = True
        if self.window is not None:
            self.window.close()

    def _signed_out(self, *, quit_app: bool) -> None:
        """The audit trail's sign-out; a database that does not answer only loses the entry."""
        if self.window is None:
            return
        try:
            sign_out(self.db, self.window.api.actor, quit_app=quit_app)
        except Exception as exc:  # closing must not fail on the trail
            print(f"Cảnh báo: {exc}", file=sys.stderr)

    def _window_closed(self) -> None:
        if not self._logging_out:
            self._signed_out(quit_app=True)
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
        if self._logging_out:
            self._logging_out = False
            self.sign_in()
        else:
            self.finished.emit()


def startup_error(text: str) -> int:
    """A clear message box (and stderr) for what stops the app before it can start."""
    print(f"Lỗi: {text}", file=sys.stderr)
    QMessageBox.critical(None, translate("App", "Không khởi động được"), text)
    return EXIT_STARTUP_ERROR


def run_app(db_url: str | None = None, profile_key: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("ioc-console")
    settings = load_settings()
    translators = install_translator(app, settings.language)
    try:
        app.setApplicationDisplayName(translate("App", "IOC — Phản ánh hiện trường"))
        if not db_url:
            from console.views.admin.connection import startup_url

            try:  # the embedded file, or the server the settings name (issue 11 item 5)
                db_url = startup_url(settings)
            except SystemExit:
                return 0
        return _run(app, db_url, profile_key)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _run(app: QApplication, db_url: str | None, profile_key: str | None) -> int:
    try:
        db = Database(db_url, bounded=True)  # every wait ends (console/pg_wait.py)
    except DatabaseError as exc:
        from console.views.offline_start import offline_possible

        if db_url and offline_possible(db_url, exc):  # the hotline signs in offline
            return _run_offline(app, db_url, error_text(exc))
        return startup_error(error_text(exc))
    try:
        profile = choose_profile(db, profile_key)
    except (ProfileError, ProfileMismatchError) as exc:
        db.close()
        return startup_error(error_text(exc))
    app.setQuitOnLastWindowClosed(False)  # between two windows (login → main) none is shown
    controller = ConsoleApp(db, profile)
    controller.finished.connect(app.quit)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.db.close()  # the database it reopened, if the connection changed


def _run_offline(app: QApplication, db_url: str, reason: str) -> int:
    """The server did not answer at start (issue 15 item 2): the offline sign-in and the
    limited mode (console/views/offline_start.py); when the server answers, the full window."""
    from console.services.provision import DEFAULT_PROFILE
    from console.views.offline_start import run_offline

    def open_db() -> Database:
        return Database(db_url, bounded=True)

    def go_online(actor: AuthenticatedUser) -> ConsoleApp:
        db = open_db()
        controller = ConsoleApp(db, choose_profile(db))
        controller.finished.connect(app.quit)
        controller.open_window(actor)
        return controller

    return run_offline(
        app, db_url, reason, open_db=open_db, go_online=go_online, default_profile=DEFAULT_PROFILE
    )
