"""Reporting periods: a week, month, quarter, year or a date range, and their Vietnamese labels.

The regulations name their periods (Thái Nguyên Điều 13.5 monthly and quarterly, Đắk Lắk weekly,
Tiền Giang Điều 12.1 monthly, quarterly, yearly and ad hoc); a week is an ISO week (Monday to
Sunday), as the administrative week is. ``code`` is the text ``parse_period`` reads back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from console.errors import InvalidValueError

KINDS = ("week", "month", "quarter", "year", "range")
ROMAN = ("I", "II", "III", "IV")
FIRST_YEAR, LAST_YEAR = 1900, 9998  # the end's next day must still be a date

_YEAR = re.compile(r"(\d{4})")
_QUARTER = re.compile(r"(\d{4})-[Qq]([1-4])")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_WEEK = re.compile(r"(\d{4})-[Ww](\d{1,2})")
_RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})")

FORMS = "2026 | 2026-Q1 | 2026-03 | 2026-W10 | 2026-03-01..2026-03-31"


@dataclass(frozen=True)
class Period:
    kind: str  # one of KINDS
    start: date
    end: date  # inclusive

    @property
    def label(self) -> str:
        s, e = self.start, self.end
        match self.kind:
            case "week":
                year, week, _ = s.isocalendar()
                first = f"{s:%d/%m}" if s.year == e.year else f"{s:%d/%m/%Y}"
                return f"Tuần {week}/{year} ({first}–{e:%d/%m/%Y})"
            case "month":
                return f"Tháng {s.month}/{s.year}"
            case "quarter":
                return f"Quý {ROMAN[(s.month - 1) // 3]}/{s.year}"
            case "year":
                return f"Năm {s.year}"
        return f"Từ {s:%d/%m/%Y} đến {e:%d/%m/%Y}"

    @property
    def code(self) -> str:
        """The period as ``parse_period`` reads it: 2026-W10, 2026-03, 2026-Q1, 2026, a..b."""
        s = self.start
        match self.kind:
            case "week":
                year, week, _ = s.isocalendar()
                return f"{year}-W{week:02d}"
            case "month":
                return f"{s.year}-{s.month:02d}"
            case "quarter":
                return f"{s.year}-Q{(s.month - 1) // 3 + 1}"
            case "year":
                return f"{s.year}"
        return f"{s.isoformat()}..{self.end.isoformat()}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def bounds(self) -> tuple[datetime, datetime]:
        """(first instant, first instant after the period), local naive times."""
        return (
            datetime.combine(self.start, time()),
            datetime.combine(self.end + timedelta(days=1), time()),
        )

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def to_dict(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "label": self.label,
            "code": self.code,
        }

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Period:
        return cls(data["kind"], date.fromisoformat(data["from"]), date.fromisoformat(data["to"]))


def _year(text: str) -> int:
    year = int(text)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidValueError(
            "Năm {year} nằm ngoài khoảng {first}–{last}",
            year=year,
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    return year


def year(y: int) -> Period:
    return Period("year", date(y, 1, 1), date(y, 12, 31))


def quarter(y: int, q: int) -> Period:
    first = date(y, 3 * q - 2, 1)
    return Period("quarter", first, _month_end(date(y, 3 * q, 1)))


def month(y: int, m: int) -> Period:
    first = date(y, m, 1)
    return Period("month", first, _month_end(first))


def week(y: int, w: int) -> Period:
    first = date.fromisocalendar(y, w, 1)
    return Period("week", first, first + timedelta(days=6))


def _month_end(first: date) -> date:
    nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def parse_period(text: str) -> Period:
    """2026 | 2026-Q1 | 2026-03 | 2026-W10 (ISO week) | 2026-03-01..2026-03-31."""
    t = (text or "").strip()
    if m := _YEAR.fullmatch(t):
        return year(_year(m[1]))
    if m := _QUARTER.fullmatch(t):
        return quarter(_year(m[1]), int(m[2]))
    if m := _MONTH.fullmatch(t):
        if not 1 <= int(m[2]) <= 12:
            raise InvalidValueError("Kỳ “{text}”: tháng phải từ 1 đến 12", text=t)
        return month(_year(m[1]), int(m[2]))
    if m := _WEEK.fullmatch(t):
        y, w = _year(m[1]), int(m[2])
        weeks = date(y, 12, 28).isocalendar()[1]  # 28 December is always in the last week
        if not 1 <= w <= weeks:
            raise InvalidValueError(
                "Kỳ “{text}”: năm {year} có các tuần từ 1 đến {weeks}", text=t, year=y, weeks=weeks
            )
        return week(y, w)
    if m := _RANGE.fullmatch(t):
        try:
            start, end = date.fromisoformat(m[1]), date.fromisoformat(m[2])
        except ValueError:
            raise InvalidValueError("Kỳ “{text}”: ngày không hợp lệ", text=t) from None
        _year(str(start.year)), _year(str(end.year))
        if start > end:
            raise InvalidValueError("Kỳ “{text}”: ngày đầu sau ngày cuối", text=t)
        return Period("range", start, end)
    raise InvalidValueError("Kỳ báo cáo “{text}” không hợp lệ (viết {forms})", text=t, forms=FORMS)


def current(kind: str, today: date) -> Period:
    """The period of ``kind`` that holds ``today`` ("range" and "adhoc": today alone)."""
    match kind:
        case "week":
            y, w, _ = today.isocalendar()
            return week(y, w)
        case "month":
            return month(today.year, today.month)
        case "quarter":
            return quarter(today.year, (today.month - 1) // 3 + 1)
        case "year":
            return year(today.year)
        case "range" | "adhoc":
            return Period("range", today, today)
    raise InvalidValueError("Loại kỳ báo cáo không hợp lệ: {kind}", kind=kind)


def previous(p: Period) -> Period:
    """The period just before ``p``, of the same kind (a range: as many days before)."""
    if p.kind == "range":
        return Period("range", p.start - timedelta(days=p.days), p.start - timedelta(days=1))
    return current(p.kind, p.start - timedelta(days=1))


def next(p: Period) -> Period:  # shadows the builtin here only: call it period.next
    """The period just after ``p``, of the same kind."""
    if p.kind == "range":
        return Period("range", p.end + timedelta(days=1), p.end + timedelta(days=p.days))
    return current(p.kind, p.end + timedelta(days=1))
