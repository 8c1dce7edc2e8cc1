"""File → Kết nối máy chủ and the sign-in dialog's button (issue 11 item 5), against the real
PostgreSQL: a closed port and a missing database are named, a good server is saved with its
password in the keyring and not in the settings file."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from console.db import Database
from console.profiles import load_profile
from console.services.connection import ServerPasswords, server_config, uses_server
from console.settings import load_settings
from console.views.admin.connection import ConnectionDialog
from console.views.login_dialog import LoginDialog
from tests.keyring_memory import MemoryKeyring


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.toml"
    monkeypatch.setenv("CONSOLE_SETTINGS", str(path))
    return path


def _fill(dialog: ConnectionDialog, url: str, **kw: object) -> None:
    u = make_url(url)
    dialog.server.setChecked(True)
    dialog.host.setText(str(kw.get("host", u.host)))
    dialog.port.setValue(int(kw.get("port", u.port or 5432)))  # type: ignore[arg-type]
    dialog.database.setText(str(kw.get("database", u.database)))
    dialog.user.setText(u.username or "postgres")
    dialog.password_edit.setText("mat-khau-may-chu")


def _test(qtbot, dialog: ConnectionDialog) -> str:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.last is not None, timeout=20_000)
    return dialog.result_label.text()


def test_the_dialog_names_each_failure_and_saves_a_good_server(
    qtbot, pg_url: str, settings_file: Path
) -> None:
    Database(pg_url).close()
    store = ServerPasswords(MemoryKeyring())
    dialog = ConnectionDialog(passwords=store)
    qtbot.addWidget(dialog)
    assert dialog.embedded.isChecked() and not dialog.server_box.isEnabled()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    _fill(dialog, pg_url, port=closed)
    assert "Không kết nối được máy chủ" in _test(qtbot, dialog)
    dialog.last = None
    _fill(dialog, pg_url, database="khong_co_csdl")
    assert "không có cơ sở dữ liệu 'khong_co_csdl'" in _test(qtbot, dialog)
    dialog.last = None
    _fill(dialog, pg_url)
    assert "cấu trúc dữ liệu đúng phiên bản" in _test(qtbot, dialog)
    assert not dialog.migrate_box.isVisible()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ConnectionDialog.DialogCode.Accepted
    settings = load_settings()
    assert uses_server(settings)
    config = server_config(settings)
    assert config is not None and config.database == make_url(pg_url).database
    assert store.get(config) == "mat-khau-may-chu"
    assert "mat-khau-may-chu" not in settings_file.read_text(encoding="utf-8")

    # and back to the embedded file with one click, the server kept for later
    again = ConnectionDialog(passwords=store)
    qtbot.addWidget(again)
    assert again.server.isChecked() and again.password_edit.text() == "mat-khau-may-chu"
    again.embedded.setChecked(True)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert not uses_server(load_settings()) and server_config(load_settings()) == config


def test_without_a_keyring_the_dialog_says_the_password_is_asked_each_start(qtbot) -> None:
    from keyring.backends import fail

    dialog = ConnectionDialog(passwords=ServerPasswords(fail.Keyring()))
    qtbot.addWidget(dialog)
    assert "mỗi lần khởi động" in dialog.keyring_note.text()


def test_the_sign_in_dialog_opens_the_connection_dialog(qtbot, sqlite_db: Database) -> None:
    login = LoginDialog(sqlite_db, load_profile("thai-nguyen"))
    qtbot.addWidget(login)
    dialog = login.open_connection()
    assert isinstance(dialog, ConnectionDialog)
    with qtbot.waitSignal(login.reconnect_requested, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # embedded: saved
