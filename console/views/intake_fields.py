"""Two fields of the intake form that plain Qt widgets do not cover: the area, completed without
diacritics ("my tho" finds "Thành phố Mỹ Tho"), and a date-time that Tab leaves."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateTimeEdit, QWidget

from console.search import fold
from console.services.console_api import ConsoleApi

FOLD_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def area_choices(api: ConsoleApi) -> list[tuple[str, str]]:
    """(shown, value) for the area combo: the areas of the active districts, communes and
    teams; a name two units share ("Phường 1") shows its parent's area too."""
    active = {u.code for u in api.units() if u.kind in ("district", "commune", "team")}
    units = [u for u in api.profile.units if u.code in active and u.area]
    parents = {u.code: u for u in api.profile.units}
    shared = Counter(u.area for u in units)
    out: dict[str, str] = {}
    for u in units:
        shown = u.area or ""
        parent = parents.get(u.parent or "")
        if shared[u.area] > 1 and parent is not None and parent.area:
            shown = f"{u.area} ({parent.area})"
        out.setdefault(shown, u.area or "")
    return list(out.items())


class _FoldingCompleter(QCompleter):
    """Completes "my tho" to "Thành phố Mỹ Tho": the typed text is folded like the items."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index) -> str:
        return index.data()


class AreaBox(QComboBox):
    """The area: one of the province's, completed without diacritics, or free text."""

    def __init__(self, parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, editable=True, **kwargs)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("Chọn hoặc gõ địa bàn"))

    def set_areas(self, areas: Iterable[tuple[str, str]]) -> None:
        """(shown, value) pairs from ``area_choices``, after an empty first item."""
        self.addItem("", None)
        for shown, value in areas:
            self.addItem(shown, value)
            self.setItemData(self.count() - 1, fold(shown), FOLD_ROLE)
        completer = _FoldingCompleter(self.model(), self)
        completer.setCompletionRole(FOLD_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setCurrentIndex(0)

    def value(self) -> str | None:
        """The chosen area's value ("Phường 1" for "Phường 1 (Thành phố Mỹ Tho)"), the typed
        text, or None."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        return self.itemData(index) if index > 0 else (text or None)


class DateTimeEdit(QDateTimeEdit):
    """Tab leaves the field (arrows move between day, month, year, hour, minute)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
