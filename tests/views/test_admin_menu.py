"""The "Quản trị" menu (issue 11): shown to whom the service calls an administrator, to nobody
else; an administrator who lost the role since signing in no longer gets it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from console.db import Database
from console.demo import generate_demo
from console.models import Role, User, UserRole
from console.profiles import Profile, load_profile
from console.services.auth import authenticate
from console.views.app import open_main_window
from console.views.main_window import MainWindow

NOW = datetime(2026, 11, 24, 10)
PASSWORD = "mat-khau-demo"


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSOLE_SETTINGS", str(tmp_path / "settings.toml"))


@pytest.fixture
def demo(sqlite_db: Database) -> tuple[Database, Profile]:
    profile = load_profile("thai-nguyen")
    generate_demo(sqlite_db, profile, reports=10, now=NOW, password=PASSWORD)
    return sqlite_db, profile


def window_for(qtbot, demo, username: str) -> MainWindow:
    db, profile = demo
    window = open_main_window(db, profile, authenticate(db, username, PASSWORD), lambda: NOW)
    qtbot.addWidget(window)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_an_administrator_gets_the_menu_with_its_screens(qtbot, demo) -> None:
    window = window_for(qtbot, demo, "quantri")
    assert "&Quản trị" in menu_titles(window)
    assert window.admin_menu is not None
    actions = {a.objectName(): a for a in window.admin_menu.actions()}
    assert {"admin_usersAction", "admin_calendarAction", "admin_auditAction"} <= set(actions)
    assert actions["admin_usersAction"].text() == "Tài khoản và cán bộ đầu mối…"
    actions["admin_calendarAction"].trigger()
    screen = window.admin_menu.open_screens["calendar"]
    assert screen.isVisible() and screen.objectName() == "calendarScreen"
    assert window.admin_menu.open("calendar") is screen  # one per window


@pytest.mark.parametrize("username", ["dieuhanh1", "truongca", "vanphong"])
def test_nobody_else_sees_it(qtbot, demo, username: str) -> None:
    window = window_for(qtbot, demo, username)
    assert window.admin_menu is None
    assert "&Quản trị" not in menu_titles(window)


def test_a_role_taken_away_after_sign_in_hides_it(qtbot, demo) -> None:
    db, _profile = demo
    actor = authenticate(db, "quantri", PASSWORD)
    with db.session() as s:
        user = s.get(User, actor.id)
        user.roles = [UserRole(role=Role.SUPERVISOR)]
    window = open_main_window(db, demo[1], actor, lambda: NOW)
    qtbot.addWidget(window)
    assert window.admin_menu is None
