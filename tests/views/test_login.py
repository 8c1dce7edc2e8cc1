"""The login dialog: messages from the service, lockout, remember me, password change."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import OperationalError

from console.db import Database
from console.models import Role
from console.profiles import load_profile
from console.remember import UNAVAILABLE_MESSAGE, KeyringStore
from console.services.auth import BAD_CREDENTIALS, system_actor
from console.services.users import deactivate_user, reset_password
from console.settings import load_settings
from console.views import login_dialog
from console.views.login_dialog import LoginDialog, try_remembered_login
from tests.keyring_memory import MemoryKeyring, installed
from tests.scenario_helpers import make_province

PASSWORD = "mat-khau-thu"


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.toml"
    monkeypatch.setenv("CONSOLE_SETTINGS", str(path))
    return path


@pytest.fixture
def province(sqlite_db: Database):
    p = make_province(sqlite_db, load_profile("thai-nguyen"), datetime(2026, 11, 24, 9))
    p.add("dieuhanh", "ioc", Role.OPERATOR)
    return p


def dialog_for(qtbot, db: Database) -> LoginDialog:
    dialog = LoginDialog(db, load_profile("thai-nguyen"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter signs in
    qtbot.waitUntil(
        lambda: (
            not dialog.busy
            and (dialog.error.isVisible() or dialog.result() or dialog.pages.currentIndex() == 1)
        ),
        timeout=10000,
    )


def test_shows_database_and_profile_and_hides_the_password(qtbot, province) -> None:
    dialog = dialog_for(qtbot, province.db)
    assert province.db.display_url in dialog.db_label.text()
    assert "Tỉnh Thái Nguyên" in dialog.profile_label.text()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password


def test_wrong_password_says_so_and_clears_it(qtbot, province) -> None:
    dialog = dialog_for(qtbot, province.db)
    attempt(qtbot, dialog, "dieuhanh", "sai-mat-khau")
    assert dialog.error.text() == BAD_CREDENTIALS
    assert dialog.password.text() == ""
    assert dialog.actor is None and dialog.isVisible()


def test_empty_fields_are_asked_for_without_a_query(qtbot, province) -> None:
    dialog = dialog_for(qtbot, province.db)
    dialog.login_button.click()
    assert "Hãy nhập" in dialog.error.text()
    assert not dialog.busy


def test_five_failures_lock_the_account(qtbot, province) -> None:
    dialog = dialog_for(qtbot, province.db)
    for _ in range(4):
        attempt(qtbot, dialog, "dieuhanh", "sai-mat-khau")
        assert dialog.error.text() == BAD_CREDENTIALS
    attempt(qtbot, dialog, "dieuhanh", "sai-mat-khau")
    assert dialog.error.text().startswith("Tài khoản bị khóa đến ")
    # even the right password is refused while locked
    attempt(qtbot, dialog, "dieuhanh", PASSWORD)
    assert "bị khóa" in dialog.error.text() and dialog.actor is None


def test_deactivated_account(qtbot, province) -> None:
    deactivate_user(province.db, system_actor(), "dieuhanh")
    dialog = dialog_for(qtbot, province.db)
    attempt(qtbot, dialog, "dieuhanh", PASSWORD)
    assert "vô hiệu hóa" in dialog.error.text()


def test_success_accepts_with_the_actor_and_remembers_the_name(qtbot, province) -> None:
    dialog = dialog_for(qtbot, province.db)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        attempt(qtbot, dialog, "DieuHanh", PASSWORD)
    assert dialog.actor is not None and dialog.actor.username == "dieuhanh"
    assert load_settings().last_username == "dieuhanh"
    again = dialog_for(qtbot, province.db)
    assert again.username.text() == "dieuhanh"


def test_remember_me_is_unavailable_without_a_keyring(qtbot, province) -> None:
    with installed(fail.Keyring()):
        dialog = dialog_for(qtbot, province.db)
        assert not dialog.remember.isEnabled()
        assert dialog.remember.toolTip() == UNAVAILABLE_MESSAGE
        assert dialog.remember_reason.isVisible()
        assert dialog.remember_reason.text() == UNAVAILABLE_MESSAGE
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            attempt(qtbot, dialog, "dieuhanh", PASSWORD)
        assert dialog.notice == ""
        assert try_remembered_login(province.db, KeyringStore()) is None


def test_remember_me_with_a_keyring_skips_the_next_login(qtbot, province) -> None:
    with installed(MemoryKeyring()) as ring:
        dialog = dialog_for(qtbot, province.db)
        assert dialog.remember.isEnabled() and not dialog.remember_reason.isVisible()
        dialog.remember.setChecked(True)
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            attempt(qtbot, dialog, "dieuhanh", PASSWORD)
        assert dialog.notice == ""
        assert any(
            account == "dieuhanh@" + province.db.display_url for _service, account in ring.secrets
        )
        assert PASSWORD not in ring.secrets.values()
        actor = try_remembered_login(province.db, KeyringStore())
        assert actor is not None and actor.username == "dieuhanh"
        # signing in again without the box ticked forgets this computer's login
        dialog = dialog_for(qtbot, province.db)
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            attempt(qtbot, dialog, "dieuhanh", PASSWORD)
        assert try_remembered_login(province.db, KeyringStore()) is None


def test_a_locked_keyring_still_logs_in_and_says_why(qtbot, province) -> None:
    with installed(MemoryKeyring(refuse_writes=True)):
        dialog = dialog_for(qtbot, province.db)
        dialog.remember.setChecked(True)
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            attempt(qtbot, dialog, "dieuhanh", PASSWORD)
        assert dialog.actor is not None
        assert "kho khóa" in dialog.notice


def test_temporary_password_must_be_changed(qtbot, province) -> None:
    reset_password(province.db, system_actor(), "dieuhanh", "tam-thoi-2026")
    dialog = dialog_for(qtbot, province.db)
    attempt(qtbot, dialog, "dieuhanh", "tam-thoi-2026")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    assert dialog.result() == 0
    dialog.new_password.setText("mat-khau-moi-2026")
    dialog.confirm_password.setText("khac-hoan-toan")
    dialog.change_button.click()
    assert "không khớp" in dialog.change_error.text()
    dialog.new_password.setText("tam-thoi-2026")
    dialog.confirm_password.setText("tam-thoi-2026")
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.change_error.isVisible() and not dialog.busy, timeout=10000)
    assert "khác mật khẩu cũ" in dialog.change_error.text()
    dialog.new_password.setText("mat-khau-moi-2026")
    dialog.confirm_password.setText("mat-khau-moi-2026")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.change_button.click()
    assert dialog.actor is not None and not dialog.actor.must_change_password
    again = dialog_for(qtbot, province.db)
    with qtbot.waitSignal(again.accepted, timeout=10000):
        attempt(qtbot, again, "dieuhanh", "mat-khau-moi-2026")


def test_a_database_lost_during_login_is_explained(qtbot, province, monkeypatch) -> None:
    def down(*_args, **_kwargs):
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(login_dialog, "authenticate", down)
    dialog = dialog_for(qtbot, province.db)
    attempt(qtbot, dialog, "dieuhanh", PASSWORD)
    assert dialog.error.text().startswith("Không kết nối được cơ sở dữ liệu")
    assert "connection refused" in dialog.error.text()


def test_an_unreachable_database_stops_the_app_with_a_message(qtbot, monkeypatch) -> None:
    from console.views import app as app_module

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text, *a: shown.append(text))
    )
    code = app_module.run_app("postgresql+psycopg://nobody@127.0.0.1:1/khong_co", "thai-nguyen")
    assert code == 2
    assert len(shown) == 1 and shown[0].startswith("Không kết nối được cơ sở dữ liệu")
    assert "127.0.0.1:1" in shown[0]
