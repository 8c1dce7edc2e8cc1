"""Every text that enters the core passes here first: a report's fields, notes, results and
answers, names, search filters, files' names, whether typed, imported or given on the command
line.

A text is refused, with a Vietnamese message naming the field, when it holds a character that
has no business in it: a control character (NUL, which PostgreSQL refuses and SQLite's string
functions stop at; ESC, which starts a terminal escape sequence; the C1 controls), a lone UTF-16
surrogate (no database can store it), or a bidirectional override or isolate (U+202A–202E,
U+2066–2069), which can make a text read differently from what it holds. Newlines and tabs are
kept where a text may have lines, and folded into spaces where it may not. Everything else is
normalised to NFC, trimmed (runs of spaces made one) and held to the length of its column, so
the database never sees a value it would refuse. Pure logic, no database.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import datetime, timedelta
from typing import Any

from console.errors import MessageError, phrase

# The columns' lengths (console/models): a longer text is refused here, not by the driver.
MAX_TITLE = 200
MAX_PLACE = 255  # place, reporter's address, a file's name
MAX_NAME = 120  # a person's name, an e-mail address, an area
MAX_CODE = 64  # a code chosen from a list (channel, category, unit)
MAX_SEARCH = 200
# Descriptions, notes, results and answers (Text columns): ten thousand characters is some four
# printed pages, more than any report or answer needs; a megabyte pasted by mistake is refused.
MAX_TEXT = 10_000

# An occurrence may be reported a little "in the future": an app's clock or time zone can be off
# by hours. Older than ten years is a typing mistake (1900, 0026), not a report.
FUTURE_TOLERANCE = timedelta(days=1)
OLDEST = timedelta(days=3653)

_BIDI = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
_KEPT = frozenset("\n\r\t")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")


class IntakeError(MessageError, ValueError):
    """Input that cannot be taken as it is; the message is for the operator, ``field`` names
    the draft field at fault when there is one (the form puts the cursor there)."""

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


def refused_char(text: str) -> tuple[str, str] | None:
    """(kind, "U+XXXX") of the first character no stored text may hold, or None."""
    for ch in text:
        cp = ord(ch)
        if cp < 0x20 or 0x7F <= cp <= 0x9F:
            if ch not in _KEPT:
                return "control", f"U+{cp:04X}"
        elif 0xD800 <= cp <= 0xDFFF:
            return "surrogate", f"U+{cp:04X}"
        elif cp in _BIDI:
            return "bidi", f"U+{cp:04X}"
    return None


def check_text(
    value: str | None,
    label: str,
    *,
    limit: int = MAX_TEXT,
    multiline: bool = True,
    field: str | None = None,
) -> str:
    """``value`` cleaned (NFC, trimmed, spaces collapsed; one line unless ``multiline``), or
    IntakeError naming ``label`` (the field's name as the form shows it)."""
    text = value or ""
    if not isinstance(text, str):
        raise IntakeError("“{label}” phải là văn bản", field, label=phrase(label))
    bad = refused_char(text)
    if bad is not None:
        kind, char = bad
        if kind == "control":
            raise IntakeError(
                "“{label}” chứa ký tự điều khiển {char}, không được phép (mã "
                "điều khiển hoặc chuỗi thoát của màn hình dòng lệnh)",
                field,
                label=phrase(label),
                char=char,
            )
        if kind == "surrogate":
            raise IntakeError(
                "“{label}” chứa ký tự hỏng {char} (nửa cặp UTF-16), không lưu được",
                field,
                label=phrase(label),
                char=char,
            )
        raise IntakeError(
            "“{label}” chứa ký tự đảo chiều văn bản {char}, không được phép: "
            "ký tự này làm văn bản hiển thị khác với nội dung thật",
            field,
            label=phrase(label),
            char=char,
        )
    text = unicodedata.normalize("NFC", text)
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    text = "\n".join(lines) if multiline else " ".join(line for line in lines if line)
    if len(text) > limit:
        raise IntakeError(
            "“{label}” dài quá {limit} ký tự (đang có {count})",
            field,
            label=phrase(label),
            limit=limit,
            count=len(text),
        )
    return text


def check_line(value: str | None, label: str, *, limit: int, field: str | None = None) -> str:
    """A one-line text (a name, a place, a code): newlines and tabs become spaces."""
    return check_text(value, label, limit=limit, multiline=False, field=field)


def check_email(
    value: str | None,
    label: str = "Thư điện tử người phản ánh",
    *,
    field: str | None = "reporter_email",
) -> str:
    """An e-mail address of the usual shape (name@domain.tld), or "" when none is given."""
    text = check_line(value, label, limit=MAX_NAME, field=field)
    if text and not _EMAIL.fullmatch(text):
        raise IntakeError(
            "“{label}” không phải địa chỉ thư điện tử (dạng ten@mien.vn): {value!r}",
            field,
            label=phrase(label),
            value=text,
        )
    return text


def _coordinate(value: Any, bound: float) -> float | None:
    """``value`` as a finite number within ±``bound``; None when none is given; raises
    ValueError (the caller says which coordinate) otherwise."""
    if value is None:
        return None
    number = float(value)  # TypeError / ValueError for what is not a number
    if not math.isfinite(number) or not -bound <= number <= bound:
        raise ValueError(value)
    return number


def check_position(latitude: Any, longitude: Any) -> tuple[float | None, float | None]:
    """(latitude, longitude) as finite numbers in range, both or neither."""
    try:
        lat = _coordinate(latitude, 90)
    except (TypeError, ValueError):
        raise IntakeError(
            "Vĩ độ phải là một số từ -90 đến 90 (nhận được {value})",
            "latitude",
            value=str(latitude)[:40],
        ) from None
    try:
        lon = _coordinate(longitude, 180)
    except (TypeError, ValueError):
        raise IntakeError(
            "Kinh độ phải là một số từ -180 đến 180 (nhận được {value})",
            "longitude",
            value=str(longitude)[:40],
        ) from None
    if (lat is None) != (lon is None):
        raise IntakeError(
            "Cần cả vĩ độ và kinh độ, hoặc bỏ trống cả hai",
            "latitude" if lat is None else "longitude",
        )
    return lat, lon


def _naive(at: datetime) -> datetime:
    """A time as the console's naive local time (an app may send one with its offset)."""
    return at.astimezone().replace(tzinfo=None) if at.tzinfo is not None else at


def check_moment(
    value: datetime | None, label: str, *, now: datetime, field: str | None = None
) -> datetime | None:
    """A past moment (a report's occurrence or receipt): not later than now (give or take
    FUTURE_TOLERANCE), not older than OLDEST."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise IntakeError("“{label}” phải là ngày giờ", field, label=phrase(label))
    at, today = _naive(value), _naive(now)
    if at > today + FUTURE_TOLERANCE:
        raise IntakeError(
            "“{label}” ở tương lai ({value:%d/%m/%Y %H:%M}): không được sau thời điểm hiện tại",
            field,
            label=phrase(label),
            value=at,
        )
    floor = today - OLDEST
    if at < floor:
        raise IntakeError(
            "“{label}” quá xa ({value:%d/%m/%Y}): không được trước {floor:%d/%m/%Y}",
            field,
            label=phrase(label),
            value=at,
            floor=floor,
        )
    return value
