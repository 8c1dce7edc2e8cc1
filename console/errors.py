"""Errors whose message is for the operator, and errors about a data file.

``MessageError`` carries its Vietnamese message as a template and the values separately, so that
``str(exc)`` is the Vietnamese text (the CLI, the logs) while the interface can look the template
up in its catalogue (context "Messages", see scripts/translate_ts.py) and format the English:

    raise WorkflowError("Không có đơn vị mã '{code}'", code=code)

The template is formatted with ``str.format`` only when values are given, so a message without
values may hold braces. A value that is a label of a core table is a ``Label``: Vietnamese in
``str(exc)``, looked up by its code in the view's translated table; a fixed phrase of the core
(a field's name) is a ``phrase(...)``, looked up by its text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Label:
    """A value that is itself a label: ``kind`` ("action", "status", "stage") and ``code`` name
    it in the label tables; ``text`` is the Vietnamese label."""

    kind: str
    code: str
    text: str

    def __str__(self) -> str:
        return self.text

    def __format__(self, spec: str) -> str:
        return format(self.text, spec)


def phrase(text: str | Label) -> Label:
    """A fixed Vietnamese phrase given as a message's value (a field's name, what must be
    entered): Vietnamese in ``str(exc)``, looked up by its text in the "Messages" catalogue by
    the view. scripts/core_messages.py collects the literals given to ``phrase`` and to the
    label arguments of the input checks (``check_line(value, "Tiêu đề", ...)``)."""
    return text if isinstance(text, Label) else Label("phrase", text, text)


def _restore(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(state)
    return exc


class MessageError(Exception):
    """An error with a message for the operator: ``template`` (Vietnamese, the catalogue's key)
    and ``params`` (the values of its ``{name}`` fields)."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(str(self))

    def __str__(self) -> str:
        if "template" not in self.__dict__:  # a subclass that set its message another way
            return super().__str__()
        return self.template.format(**self.params) if self.params else self.template

    @classmethod
    def from_error(cls, exc: BaseException) -> MessageError:
        """``exc``'s message as a ``cls``: its template and values when it has them."""
        if isinstance(exc, MessageError):
            return cls(exc.template, **exc.params)
        return cls(str(exc))

    def __reduce__(self) -> tuple[Any, ...]:  # picklable whatever a subclass's constructor
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class InvalidValueError(MessageError, ValueError):
    """A value the core refuses (a password too short, a date too early); the services raise
    it again as their own error with ``from_error``."""


class LocatedError(ValueError):
    """``"<file name>: <dotted key>: <problem>"``: what is wrong, and exactly where."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        super().__init__(f"{file}: {key}: {problem}")
        self.file, self.key, self.problem = file, key, problem

    def __reduce__(self) -> tuple[Any, ...]:  # picklable across processes
        return (type(self), (self.file, self.key, self.problem))


class StorageError(MessageError, ValueError):
    """The database refused a value or an action. The operator reads a Vietnamese message; the
    driver's own text (English, with the SQL statement and its values) goes to the log only."""


def storage_error(exc: BaseException) -> StorageError:
    """``exc``, a database driver's error, as the message an operator may read; its detail is
    logged here (the one place that sees it)."""
    from sqlalchemy import exc as sa_exc

    logging.getLogger("console.db").warning("database error: %s", exc, exc_info=exc)
    if isinstance(exc, sa_exc.DataError | UnicodeError):
        return StorageError(
            "Cơ sở dữ liệu không nhận dữ liệu này (quá dài hoặc có ký tự "
            "không hợp lệ); chưa có gì được ghi"
        )
    if isinstance(exc, sa_exc.IntegrityError):
        return StorageError("Dữ liệu trùng hoặc không khớp với dữ liệu đã có; chưa có gì được ghi")
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError):
        return StorageError(
            "Mất kết nối tới cơ sở dữ liệu hoặc cơ sở dữ liệu đang bận; chưa "
            "có gì được ghi, hãy thử lại"
        )
    return StorageError("Lỗi cơ sở dữ liệu; chưa có gì được ghi (chi tiết đã ghi vào nhật ký)")
