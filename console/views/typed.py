"""Typed stand-ins for two PySide6 idioms that its stubs declare too narrowly or too loosely.

``QT_TRANSLATE_NOOP`` marks a source text for lupdate (which finds the calls by this name) and
returns the text itself; PySide6's stub declares ``object`` for its arguments and its result, so
every label table built with it would read as ``object``.

``py_date`` and ``py_datetime`` are ``QDate.toPython()`` and ``QDateTime.toPython()``, whose
stubs say ``object``.

``named(widget, name)`` sets the object name a style sheet or a test finds the widget by. PySide6
accepts every Qt property as a constructor keyword (``QLabel(objectName=…)``), but its stubs list
only the class's own properties, not the inherited ``objectName`` or ``visible``."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar, cast

from PySide6.QtCore import QDate, QDateTime, QObject

_O = TypeVar("_O", bound=QObject)


def _translate_noop(context: str, text: str) -> str:
    return text


QT_TRANSLATE_NOOP = _translate_noop


def named(obj: _O, name: str) -> _O:
    obj.setObjectName(name)
    return obj


def py_date(value: QDate) -> date:
    return cast(date, value.toPython())


def py_datetime(value: QDateTime) -> datetime:
    return cast(datetime, value.toPython())
