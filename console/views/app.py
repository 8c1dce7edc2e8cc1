"""Start the desktop app: open the database, fill a first-start demo, show the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from console.db import Database, DatabaseError
from console.demo import DemoResult, generate_demo
from console.profiles import Profile, ProfileError
from console.services.provision import ProfileMismatchError, choose_profile
from console.services.queries import is_empty
from console.views.main_window import MainWindow
from console.views.operations import run_in_background

FIRST_START_REPORTS = 400


def accounts_text(result: DemoResult) -> str:
    lines = [
        f"{a.username}\t{a.password}\t{', '.join(r.value for r in a.roles)}\t{a.unit_code}"
        for a in result.accounts
    ]
    return "\n".join(lines)


def start_first_run_demo(window: MainWindow) -> QProgressDialog:
    """Make demo data in the background on an empty database; show the accounts once."""
    dialog = QProgressDialog(
        window.tr("Cơ sở dữ liệu mới: đang tạo dữ liệu mẫu…"), "", 0, 0, window
    )
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowTitle(window.tr("Lần chạy đầu tiên"))
    dialog.setMinimumDuration(0)
    dialog.show()

    def done(result: DemoResult) -> None:
        dialog.close()
        window.refresh()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            window.tr("Dữ liệu mẫu"),
            window.tr(
                "Đã tạo {0} phản ánh mẫu và {1} tài khoản. Mật khẩu chỉ "
                'hiện một lần — bấm "Show Details" và ghi lại.'
            ).format(result.reports, len(result.accounts)),
            parent=window,
        )
        box.setDetailedText(accounts_text(result))
        box.setObjectName("demoAccountsBox")
        box.open()
        print("Tài khoản mẫu (tên, mật khẩu, vai trò, đơn vị):\n" + accounts_text(result))

    def failed(exc: BaseException) -> None:
        dialog.close()
        QMessageBox.critical(
            window, window.tr("Lỗi"), window.tr("Không tạo được dữ liệu mẫu: {0}").format(exc)
        )

    run_in_background(
        lambda: generate_demo(window.db, window.profile, reports=FIRST_START_REPORTS),
        done,
        failed,
        parent=window,
    )
    return dialog


def open_main_window(db_url: str | None, profile_key: str | None) -> MainWindow:
    db = Database(db_url)
    profile: Profile = choose_profile(db, profile_key)
    window = MainWindow(db, profile)
    if is_empty(db):
        start_first_run_demo(window)
    return window


def run_app(db_url: str | None = None, profile_key: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("ioc-console")
    app.setApplicationDisplayName("IOC — Phản ánh hiện trường")
    try:
        window = open_main_window(db_url, profile_key)
    except (DatabaseError, ProfileError, ProfileMismatchError) as exc:
        QMessageBox.critical(QWidget(), "Không khởi động được", str(exc))
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    window.show()
    return app.exec()
