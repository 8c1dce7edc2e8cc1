"""The core's error messages in the interface language.

A ``console.errors.MessageError`` carries its Vietnamese template and its values; the template is
looked up in the catalogue (context "Messages", filled by scripts/translate_ts.py) and formatted
with the values, a ``Label`` value through the view's translated label tables (a ``phrase``
through the catalogue itself). Any other error
is shown as it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import DBAPIError

from console.errors import Label, MessageError, storage_error
from console.models import ReportStatus
from console.views.label_text import action_text, stage_text, status_text

CONTEXT = "Messages"


def _value(value: Any) -> Any:
    if not isinstance(value, Label):
        return value
    if value.kind == "action":
        return action_text(value.code)
    if value.kind == "status":
        return status_text(ReportStatus(value.code))
    if value.kind == "stage":
        return stage_text(value.code)
    if value.kind == "phrase":  # a field's name, what must be entered: in the catalogue
        return QCoreApplication.translate(CONTEXT, value.text)
    return value.text


def message_text(text: str) -> str:
    """A fixed core message passed as text (``store.unavailable_reason()``), translated."""
    return QCoreApplication.translate(CONTEXT, text)


def error_text(exc: BaseException) -> str:
    """``exc``'s message for the operator, translated when it is a core template; a database
    driver's error becomes its Vietnamese message (its English text and SQL go to the log)."""
    if isinstance(exc, DBAPIError | UnicodeEncodeError):
        exc = storage_error(exc)
    if not isinstance(exc, MessageError) or "template" not in exc.__dict__:
        return str(exc)
    return template_text(exc.template, exc.params, str(exc))


def template_text(template: str, params: dict[str, Any], vietnamese: str) -> str:
    """A core template kept with its values (an outbox entry's refusal), translated and
    formatted; ``vietnamese`` (the message as the core said it) when there is no template or
    the translation is broken."""
    if not template:
        return vietnamese
    text = QCoreApplication.translate(CONTEXT, template)
    if not params:
        return text
    try:
        return text.format(**{k: _value(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):  # a broken translation: say it in Vietnamese
        return vietnamese
