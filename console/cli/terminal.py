"""What the command line writes to a terminal, and how it reads argparse's complaints.

- A report's text (a title, a note, a name) comes from citizens and apps: an escape sequence in it
  (``ESC[2J``, a hyperlink, a title change) or a right-to-left override must not act on the
  administrator's terminal. ``SafeText`` wraps stdout/stderr while a command runs and shows every
  control character except newline and tab as "\ufffd".
- argparse's own errors (an unknown command, ``--reports abc``, a missing argument) become one
  Vietnamese "Lỗi:" line with exit code 2, as every other refusal of the command line.
"""

from __future__ import annotations

import argparse
import re
from typing import IO, Any, NoReturn

# C0 and C1 controls but newline and tab; DEL; the bidirectional overrides and isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with nothing a terminal would obey: each control character is "\ufffd"."""
    return _UNSAFE.sub("\ufffd", text)


class SafeText:
    """A text stream that writes ``printable`` text to the stream it wraps (binary output through
    ``.buffer`` is left alone: it is a file's bytes, e.g. a PDF sent to a pipe)."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str) -> Any:  # flush, buffer, isatty, encoding…
        return getattr(self._stream, name)


class UsageError(Exception):
    """argparse refused the command line; the message is already Vietnamese."""


_KINDS = {"int": "một số nguyên", "float": "một số"}
_RULES: list[tuple[re.Pattern[str], Any]] = [
    (
        re.compile(r"argument (COMMAND|ACTION): invalid choice: '(.*)' \(choose from (.*)\)"),
        lambda m: f"không có lệnh '{m[2]}'; các lệnh: {m[3].replace(chr(39), '')}",
    ),
    (
        re.compile(r"argument (\S+): invalid choice: '(.*)' \(choose from (.*)\)"),
        lambda m: f"{m[1]} không nhận '{m[2]}'; chọn một trong: {m[3].replace(chr(39), '')}",
    ),
    (
        re.compile(r"argument (\S+): invalid (\w+) value: '(.*)'"),
        lambda m: f"{m[1]} phải là {_KINDS.get(m[2], 'giá trị hợp lệ')}, không phải '{m[3]}'",
    ),
    (re.compile(r"argument (\S+): expected one argument"), lambda m: f"{m[1]} cần một giá trị"),
    (re.compile(r"the following arguments are required: (.*)"), lambda m: f"thiếu {m[1]}"),
    (re.compile(r"unrecognized arguments: (.*)"), lambda m: f"không hiểu {m[1]}"),
    (
        re.compile(r"ambiguous option: (\S+) could match (.*)"),
        lambda m: f"{m[1]} có thể là {m[2]}; hãy viết đủ",
    ),
    (
        re.compile(r"argument (\S+): not allowed with argument (\S+)"),
        lambda m: f"{m[1]} không dùng cùng {m[2]}",
    ),
]


def usage_message(prog: str, message: str) -> str:
    """argparse's ``message`` in Vietnamese, with where to find the command's help."""
    for pattern, say in _RULES:
        match = pattern.fullmatch(message)
        if match:
            text = say(match)
            break
    else:  # a message this table does not know: still one line, the command's help named
        text = f"dòng lệnh không đúng ({message})"
    return f"{printable(text)} (xem: {prog} --help)"


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are ``UsageError`` (sub-parsers are of the same class)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(usage_message(self.prog, message))
