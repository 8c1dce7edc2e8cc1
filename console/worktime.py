"""Working time: office hours on working days, Vietnam's public holidays, deadline arithmetic.

Pure logic (stdlib + ``holidays``), the single place where "N working hours from now" is
computed, so every screen, report and statistic finds the same deadline to the microsecond.

Rules (DESIGN.md section 3):

* Local time is Asia/Ho_Chi_Minh (UTC+7, no DST). A naive datetime is local time; an aware one
  is converted to local time, and the answer is aware in Asia/Ho_Chi_Minh.
* Office hours are the same on every working day: half-open periods ``[start, end)``.
* Whether a date is a working day is decided by the first rule that applies:

  1. the calendar's ``days_off`` -> day off (it wins even over ``extra_working_days``);
  2. the calendar's ``extra_working_days`` -> working day (in ``for_profile`` these are the
     administrator's overrides, so they also cancel a public holiday of the ``holidays`` package);
  3. a public holiday of the ``holidays`` package (``for_profile`` only) -> day off;
  4. a make-up working Saturday/Sunday of the package (``weekend_workdays``) -> working day;
  5. Saturday and Sunday -> day off; any other day -> working day.

* ``add_working_hours`` returns the earliest instant at which the given working time has been
  done: a start outside office hours counts from the next period's start, and a deadline that
  lands exactly on a period's end stays there (Mon 13:30 + 4 h = Mon 17:30). With ``hours == 0``
  (or less than half a microsecond) the start is returned unchanged (only converted to local
  time when aware). Negative hours raise ``ValueError``: deadlines only go forward.
* One working day is the daily office hours (8 h by default).

Implementation: time is counted in integer microseconds. Each calendar keeps, for a contiguous
range of years filled lazily as dates are reached, the number of working days before every date
(a per-date cache) and the midnight of every working day, so both directions (instant -> working
position, working position -> instant) are a few list look-ups, whatever the duration.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from functools import cache
from types import MappingProxyType
from typing import NamedTuple, Protocol
from zoneinfo import ZoneInfo

import holidays

from console.errors import InvalidValueError

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
DEFAULT_OFFICE_HOURS: tuple[tuple[time, time], ...] = (
    (time(7, 30), time(11, 30)),
    (time(13, 30), time(17, 30)),
)
#: Years for which ``holidays`` knows Vietnam's lunar calendar; ``for_profile`` calendars
#: refuse dates outside them rather than silently forgetting Tết.
HOLIDAY_YEARS = range(2000, 2101)
#: Display name of an extra day off given without a name.
DAY_OFF_NAME = "Ngày nghỉ"

_US_PER_SECOND = 1_000_000
_US_PER_HOUR = 3600 * _US_PER_SECOND
_ALL_YEARS = range(1, 10000)
_INF = math.inf


class HasOfficeHours(Protocol):
    @property
    def office_hours(self) -> Sequence[tuple[time, time]]: ...


class _YearHolidays(NamedTuple):
    names: Mapping[date, str]  # public holidays (days off) of the year, with their names
    weekend_workdays: frozenset[date]  # make-up working Saturdays/Sundays the year announced


@cache
def vietnam_holidays(year: int) -> _YearHolidays:
    """Vietnam's public holidays of ``year`` (Vietnamese names) and its make-up working days."""
    lib = holidays.country_holidays("VN", years=year, language="vi")
    names = {day: name for day, name in lib.items() if day.year == year}
    return _YearHolidays(MappingProxyType(names), frozenset(lib.weekend_workdays))


class _Period(NamedTuple):
    """An office period, in microseconds since midnight and of working time done that day."""

    start: int
    end: int
    before: int  # working time of the day done before the period starts
    done: int  # working time of the day done at the period's end


class _Tables(NamedTuple):
    """Snapshot of the per-date cache for the loaded years (replaced whole, never mutated)."""

    first_ord: int  # proleptic ordinal of the first loaded date
    ranks: list[int]  # ranks[i] = working days before date first_ord + i (len = days + 1)
    first_rank: int  # rank of the first loaded working day
    midnights: list[datetime]  # midnight of each loaded working day, by rank - first_rank
    years: range


_EMPTY = _Tables(0, [0], 0, [], range(0))


class WorkCalendar:
    """Office hours + days off; converts between instants and working time."""

    def __init__(
        self,
        office_hours: Iterable[tuple[time, time]] = DEFAULT_OFFICE_HOURS,
        days_off: Iterable[date] | Mapping[date, str] = (),
        extra_working_days: Iterable[date] = (),
    ) -> None:
        """``days_off`` may also map each date to the name shown by ``holidays_between``."""
        self._office_hours = _validate_office_hours(office_hours)
        periods = []
        before = 0
        for start, end in self._office_hours:
            s, e = _time_us(start), _time_us(end)
            periods.append(_Period(s, e, before, before + e - s))
            before += e - s
        self._periods = tuple(periods)
        self._daily_us = before
        if isinstance(days_off, Mapping):
            off = {_check_date(d, "days_off"): str(n) for d, n in days_off.items()}
        else:
            off = {_check_date(d, "days_off"): "" for d in days_off}
        self._days_off = off
        self._extra = frozenset(_check_date(d, "extra_working_days") for d in extra_working_days)
        self._library: Callable[[int], _YearHolidays] | None = None
        self._supported = _ALL_YEARS
        self._year_cache: dict[int, tuple[list[bool], dict[date, str]]] = {}
        self._tables = _EMPTY
        self._anchor_ord = 0
        self._lock = threading.Lock()

    @classmethod
    def for_profile(
        cls,
        profile: HasOfficeHours | str,
        days_off: Iterable[date] | Mapping[date, str] = (),
        extra_working_days: Iterable[date] = (),
    ) -> WorkCalendar:
        """The profile's office hours, Vietnam's public holidays and the administrator's
        overrides (see the module's precedence rules). ``profile`` is a profile object or key."""
        if isinstance(profile, str):
            from console.profiles import load_profile

            profile = load_profile(profile)
        calendar = cls(profile.office_hours, days_off, extra_working_days)
        calendar._library = vietnam_holidays
        calendar._supported = HOLIDAY_YEARS
        return calendar

    # -- queries -------------------------------------------------------------------------

    @property
    def office_hours(self) -> tuple[tuple[time, time], ...]:
        return self._office_hours

    @property
    def daily_hours(self) -> float:
        return self._daily_us / _US_PER_HOUR

    def is_working_day(self, d: date) -> bool:
        if isinstance(d, datetime):
            d = _local(d).date()
        tables = self._tables
        i = d.toordinal() - tables.first_ord
        if not 0 <= i < len(tables.ranks) - 1:
            tables = self._cover(d.year, d.year)
            i = d.toordinal() - tables.first_ord
        return tables.ranks[i + 1] != tables.ranks[i]

    def is_working_time(self, dt: datetime) -> bool:
        """True inside ``[period start, period end)`` of a working day."""
        dt = _local(dt)
        if not self.is_working_day(dt.date()):
            return False
        tod = _time_us(dt)
        return any(p.start <= tod < p.end for p in self._periods)

    def holidays_between(self, start: date, end: date) -> list[tuple[date, str]]:
        """Days off (not plain weekends) from ``start`` to ``end`` inclusive, with their names,
        sorted; a holiday falling on a weekend is listed too. Empty when ``end < start``."""
        start, end = (_local(x).date() if isinstance(x, datetime) else x for x in (start, end))
        if end < start:
            return []
        self._cover(start.year, end.year)
        return sorted(
            (d, name)
            for year in range(start.year, end.year + 1)
            for d, name in self._year_cache[year][1].items()
            if start <= d <= end
        )

    # -- arithmetic ----------------------------------------------------------------------

    def add_working_hours(self, start: datetime, hours: float) -> datetime:
        """The earliest instant at which ``hours`` working hours have been done from ``start``."""
        if not 0 <= hours < _INF:
            raise ValueError(_bad_amount("hours", hours))
        return self._add(start, round(hours * _US_PER_HOUR))

    def add_working_hours_pair(
        self, start: datetime, first: float, second: float
    ) -> tuple[datetime, datetime]:
        """``(add_working_hours(start, first), add_working_hours(start, second))`` from one
        position of ``start`` (a stage's due and due-soon times: 1,000,000 of them at a time)."""
        for hours in (first, second):
            if not 0 <= hours < _INF:
                raise ValueError(_bad_amount("hours", hours))
        tz = start.tzinfo
        naive = start if tz is None else start.astimezone(LOCAL_TZ).replace(tzinfo=None)
        us1, us2 = round(first * _US_PER_HOUR), round(second * _US_PER_HOUR)
        here = self._position(naive) if us1 or us2 else 0
        one = naive if us1 == 0 else self._instant(here + us1)
        two = naive if us2 == 0 else self._instant(here + us2)
        if tz is not None:
            one, two = one.replace(tzinfo=LOCAL_TZ), two.replace(tzinfo=LOCAL_TZ)
        return one, two

    def add_working_days(self, start: datetime, days: float) -> datetime:
        """``add_working_hours(start, days * daily_hours)``, computed in exact microseconds."""
        if not 0 <= days < _INF:
            raise ValueError(_bad_amount("days", days))
        return self._add(start, round(days * self._daily_us))

    def working_hours_between(self, start: datetime, end: datetime) -> float:
        """Working hours from ``start`` to ``end``; negative when ``end`` is before ``start``."""
        return self.working_us_between(start, end) / _US_PER_HOUR

    def working_us_between(self, start: datetime, end: datetime) -> int:
        """Working microseconds from ``start`` to ``end``, exact: sums of them (the statistics'
        roll-up) add up to the same total however they are grouped."""
        if start.tzinfo is not None:
            start = start.astimezone(LOCAL_TZ).replace(tzinfo=None)
        if end.tzinfo is not None:
            end = end.astimezone(LOCAL_TZ).replace(tzinfo=None)
        return self._position(end) - self._position(start)

    def position(self, dt: datetime) -> int:
        """The working position of the naive local ``dt``: working microseconds since an
        anchor of this calendar's own. ``instant(position(t) + us)`` is
        ``add_working_hours(t, us / 3600e6)`` for ``us > 0``, and a chain of such steps can
        carry the position instead of finding it again (the demo's million reports)."""
        return self._position(dt)

    def instant(self, position: int) -> datetime:
        """The earliest naive local instant at ``position``; ``position(instant(p)) == p``."""
        return self._instant(position)

    def _add(self, start: datetime, us: int) -> datetime:
        tz = start.tzinfo
        if tz is not None:
            start = start.astimezone(LOCAL_TZ).replace(tzinfo=None)
        result = start if us == 0 else self._instant(self._position(start) + us)
        return result if tz is None else result.replace(tzinfo=LOCAL_TZ)

    def _position(self, dt: datetime) -> int:
        """Working microseconds done from the anchor date up to the naive local ``dt``."""
        tables = self._tables
        i = dt.toordinal() - tables.first_ord
        ranks = tables.ranks
        if not 0 <= i < len(ranks) - 1:
            tables = self._cover(dt.year, dt.year)
            i = dt.toordinal() - tables.first_ord
            ranks = tables.ranks
        rank = ranks[i]
        position = rank * self._daily_us
        if ranks[i + 1] == rank:  # not a working day
            return position
        tod = (dt.hour * 3600 + dt.minute * 60 + dt.second) * _US_PER_SECOND + dt.microsecond
        for start, end, before, _ in self._periods:
            if tod < end:
                return position + before + (tod - start if tod > start else 0)
        return position + self._daily_us

    def _instant(self, position: int) -> datetime:
        """The earliest naive local instant whose working position is ``position``."""
        rank, rest = divmod(position, self._daily_us)
        if rest == 0:  # exactly the end of the previous working day's last period
            rank -= 1
            rest = self._daily_us
        tables = self._tables
        k = rank - tables.first_rank
        if not 0 <= k < len(tables.midnights):
            tables = self._cover_rank(rank)
            k = rank - tables.first_rank
        for start, _, before, done in self._periods:
            if rest <= done:
                # timedelta(days, seconds, microseconds): positional is the fast constructor
                return tables.midnights[k] + timedelta(0, 0, start + rest - before)
        raise AssertionError("unreachable: rest <= daily working time")

    # -- lazily filled per-date cache ----------------------------------------------------

    def _cover(self, first: int, last: int) -> _Tables:
        """Make sure years ``first..last`` are loaded; return the current tables."""
        tables = self._tables
        if first in tables.years and last in tables.years:
            return tables
        with self._lock:
            years = self._tables.years
            if years:
                first, last = min(first, years.start), max(last, years.stop - 1)
            for year in (first, last):
                if year not in self._supported:
                    # A date typed or imported wrong (1900) must reach the operator readable.
                    raise InvalidValueError(
                        "Năm {year} nằm ngoài các năm lịch làm việc tính được ({first}–{last})",
                        year=str(year),
                        first=str(self._supported.start),
                        last=str(self._supported.stop - 1),
                    )
            if self._tables.years != range(first, last + 1):
                self._tables = self._build(first, last)
            return self._tables

    def _cover_rank(self, rank: int) -> _Tables:
        """Load years until the working day of ``rank`` (relative to the anchor) is known."""
        tables = self._tables
        while not 0 <= rank - tables.first_rank < len(tables.midnights):
            years = tables.years
            if rank < tables.first_rank:
                tables = self._cover(years.start - 1, years.start - 1)
            else:  # ~250 working days a year: jump close to the target in one rebuild
                missing = rank - tables.first_rank - len(tables.midnights)
                last = years.stop + missing // 366  # at most 366 working days a year
                tables = self._cover(last, last)
        return tables

    def _build(self, first: int, last: int) -> _Tables:
        if not self._anchor_ord:
            self._anchor_ord = date(first, 1, 1).toordinal()
        flags: list[bool] = []
        for year in range(first, last + 1):
            flags += self._year(year)[0]
        first_ord = date(first, 1, 1).toordinal()
        ranks = [0] * (len(flags) + 1)
        working: list[int] = []
        for i, is_working in enumerate(flags):
            ranks[i + 1] = ranks[i] + is_working
            if is_working:
                working.append(first_ord + i)
        shift = ranks[self._anchor_ord - first_ord]
        ranks = [r - shift for r in ranks]
        midnights = [datetime.fromordinal(o) for o in working]
        return _Tables(first_ord, ranks, -shift, midnights, range(first, last + 1))

    def _year(self, year: int) -> tuple[list[bool], dict[date, str]]:
        """Working-day flags of every date of ``year`` and its days off with their names."""
        if year in self._year_cache:
            return self._year_cache[year]
        lib_names: Mapping[date, str] = {}
        lib_workdays: set[date] = set()
        if self._library is not None:
            lib_names = self._library(year).names
            for y in (year - 1, year, year + 1):  # a make-up day may sit in the next year
                lib_workdays |= self._library(y).weekend_workdays
        flags: list[bool] = []
        names: dict[date, str] = {}
        ordinals = range(date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal() + 1)
        for day in map(date.fromordinal, ordinals):
            if day in self._days_off:
                names[day] = self._days_off[day] or lib_names.get(day) or DAY_OFF_NAME
                flags.append(False)
            elif day in self._extra:
                flags.append(True)
            elif day in lib_names:
                names[day] = lib_names[day]
                flags.append(False)
            else:
                flags.append(day.weekday() < 5 or day in lib_workdays)
        self._year_cache[year] = (flags, names)
        return flags, names

    def __repr__(self) -> str:
        hours = ", ".join(f"{s:%H:%M}–{e:%H:%M}" for s, e in self._office_hours)
        source = "Vietnam public holidays + " if self._library else ""
        return (
            f"<WorkCalendar {hours}; {source}{len(self._days_off)} days off, "
            f"{len(self._extra)} extra working days>"
        )


def _local(dt: datetime) -> datetime:
    """Naive local time of ``dt`` (naive datetimes already are)."""
    if not isinstance(dt, datetime):
        raise TypeError(f"expected a datetime, got {type(dt).__name__}: {dt!r}")
    if dt.tzinfo is None:
        return dt
    return dt.astimezone(LOCAL_TZ).replace(tzinfo=None)


def _time_us(t: time | datetime) -> int:
    return (t.hour * 3600 + t.minute * 60 + t.second) * _US_PER_SECOND + t.microsecond


def _check_date(d: object, what: str) -> date:
    if not isinstance(d, date) or isinstance(d, datetime):
        raise TypeError(f"{what}: expected dates, got {type(d).__name__}: {d!r}")
    return d


def _bad_amount(what: str, amount: object) -> str:
    return (
        f"working {what} must be a finite number >= 0, got {amount!r} (deadlines only go forward)"
    )


def _validate_office_hours(
    office_hours: Iterable[tuple[time, time]],
) -> tuple[tuple[time, time], ...]:
    periods = tuple(tuple(p) for p in office_hours)
    if not periods:
        raise ValueError("office_hours is empty: a working day needs at least one period")
    previous_end: time | None = None
    for number, period in enumerate(periods, 1):
        if len(period) != 2 or not all(isinstance(t, time) for t in period):
            raise ValueError(f"office period {number} {period!r} is not a (start, end) time pair")
        start, end = period
        label = f"office period {number} ({start:%H:%M}–{end:%H:%M})"
        if start.tzinfo is not None or end.tzinfo is not None:
            raise ValueError(f"{label}: times must be naive local times")
        if not start < end:
            raise ValueError(f"{label}: start must be before end")
        if previous_end is not None and start < previous_end:
            raise ValueError(
                f"{label}: overlaps or comes before the previous period, which ends at "
                f"{previous_end:%H:%M}; periods must be sorted and must not overlap"
            )
        previous_end = end
    return periods  # type: ignore[return-value]
