"""Quản trị → Khóa API (issue 12 item 2): an administrator makes a key on the screen, the key
is shown once and lets an app in; revoked, it no longer does; anyone else gets the service's
refusal, on the screen and through the services."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from console.db import Database
from console.demo import generate_demo
from console.errors import MessageError
from console.profiles import Profile, load_profile
from console.services.api_keys import client_for, list_keys
from console.services.auth import authenticate
from console.services.console_api import ConsoleApi
from console.views.admin.api_keys import ApiKeysScreen

NOW = datetime(2026, 11, 24, 10)
PASSWORD = "mat-khau-demo"


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSOLE_SETTINGS", str(tmp_path / "settings.toml"))


@pytest.fixture
def demo(sqlite_db: Database) -> tuple[Database, Profile]:
    profile = load_profile("thai-nguyen")
    generate_demo(sqlite_db, profile, reports=5, now=NOW, password=PASSWORD)
    return sqlite_db, profile


def api_for(demo: tuple[Database, Profile], username: str) -> ConsoleApi:
    db, profile = demo
    return ConsoleApi(db, profile, authenticate(db, username, PASSWORD), lambda: NOW)


def test_a_key_made_on_the_screen_lets_the_app_in_until_revoked(qtbot, demo) -> None:
    db, _profile = demo
    screen = ApiKeysScreen(api_for(demo, "quantri"))
    qtbot.addWidget(screen)
    assert screen.table.rowCount() == 0
    screen.name.setText("c-thainguyen")
    screen.channel.setCurrentIndex(screen.channel.findData("app"))
    screen.add_button.click()
    key = screen.new_key.text()
    assert key.startswith("ioc_") and screen.table.rowCount() == 1
    assert screen.table.item(0, 0).text() == "c-thainguyen"
    assert key not in "".join(screen.table.item(0, j).text() for j in range(6))
    with db.session() as s:
        assert client_for(s, key).channel_code == "app"
    screen.revoke("c-thainguyen")
    assert screen.table.item(0, 5).text().startswith("Đã thu hồi")
    with db.session() as s:
        assert client_for(s, key) is None
    screen.name.setText("ứng dụng có dấu")  # refused with the service's message
    screen.add_button.click()
    assert "không hợp lệ" in screen.status.text() and screen.table.rowCount() == 1


def test_anyone_else_is_refused_by_the_service(qtbot, demo) -> None:
    db, _profile = demo
    operator = api_for(demo, "dieuhanh1")
    with pytest.raises(MessageError, match="Chỉ quản trị viên"):
        operator.admin.add_api_key("c-thainguyen", "app")
    with pytest.raises(MessageError, match="Chỉ quản trị viên"):
        list_keys(db, operator.actor)
    screen = ApiKeysScreen(operator)
    qtbot.addWidget(screen)
    assert "Chỉ quản trị viên" in screen.status.text()
    assert screen.table.rowCount() == 0
