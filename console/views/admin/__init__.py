"""The administrator's screens (issue 11): the "Quản trị" menu of the main window.

One module per screen; ``SCREENS`` lists them in menu order. A screen is a QWidget class (a
QDialog or a QMainWindow, shown non-modal, one instance per window) built as
``Screen(api: ConsoleApi, parent: QWidget)``, with a classmethod ``menu_text()`` giving its
translated menu entry. A listed module that does not exist yet is left out of the menu.

The menu is added only when ``api.admin.allowed()`` says the person is an administrator: the
view never tests role names. Hiding is a courtesy; every action is refused in the service.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from console.services.console_api import ConsoleApi


class ScreenClass(Protocol):
    """What a screen's class offers the menu (see the module's docstring)."""

    def __call__(self, api: ConsoleApi, parent: QWidget) -> QWidget: ...

    def menu_text(self) -> str: ...


@dataclass(frozen=True)
class AdminScreen:
    key: str  # the action's object name is f"admin_{key}Action"
    module: str
    cls: str

    def available(self) -> bool:
        return importlib.util.find_spec(self.module) is not None

    def load(self) -> ScreenClass:
        return getattr(importlib.import_module(self.module), self.cls)


SCREENS: tuple[AdminScreen, ...] = (
    AdminScreen("users", "console.views.admin.users", "UsersScreen"),
    AdminScreen("units", "console.views.admin.units", "UnitsScreen"),
    AdminScreen("categories", "console.views.admin.categories", "CategoriesScreen"),
    AdminScreen("calendar", "console.views.admin.calendar", "CalendarScreen"),
    AdminScreen("audit", "console.views.admin.audit", "AuditScreen"),
    AdminScreen("api_keys", "console.views.admin.api_keys", "ApiKeysScreen"),
    AdminScreen("held_outbox", "console.views.admin.held_outbox", "HeldOutboxScreen"),
)


class AdminMenu(QMenu):
    """The "Quản trị" menu: one entry per available screen; opens each screen once."""

    def __init__(self, api: ConsoleApi, window: QMainWindow) -> None:
        super().__init__(self.tr("&Quản trị"), window)
        self.setObjectName("adminMenu")
        self.api = api
        self.window_ = window
        self.open_screens: dict[str, QWidget] = {}
        self.screen_actions: dict[str, QAction] = {}
        for screen in SCREENS:
            if not screen.available():
                continue
            cls = screen.load()
            action = QAction(cls.menu_text(), self)
            action.setObjectName(f"admin_{screen.key}Action")
            action.triggered.connect(lambda _c=False, s=screen: self.open(s.key))
            self.addAction(action)
            self.screen_actions[screen.key] = action

    def open(self, key: str) -> QWidget:
        """Show the screen ``key`` (made on first use) and bring it to the front."""
        widget = self.open_screens.get(key)
        if widget is None:
            screen = next(s for s in SCREENS if s.key == key)
            widget = screen.load()(self.api, self.window_)
            self.open_screens[key] = widget
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget
