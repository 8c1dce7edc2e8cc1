"""Working-time calendar: checked against a slow minute-stepping reference, plus worked examples
and what the installed ``holidays`` package says about Vietnam's days off."""

from __future__ import annotations

import math
import sys
import types
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.worktime import DEFAULT_OFFICE_HOURS, LOCAL_TZ, WorkCalendar

FAST = settings(max_examples=250, deadline=None)

# -- the calendars under test and an obviously-correct reference for each ------------------

# Constructor calendar: Tết 2026 and other days off, make-up weekend days, one date in both
# lists (days_off wins), and unusual office hours (three periods, one of them 1 minute long).
OFF = {date(2026, 2, 16) + timedelta(days=i) for i in range(5)} | {
    date(2026, 4, 30),
    date(2026, 5, 1),
    date(2026, 8, 31),
    date(2026, 9, 2),
    date(2026, 6, 10),  # a Wednesday
    date(2026, 6, 13),  # a Saturday that is also in EXTRA: days_off wins
}
EXTRA = {date(2026, 2, 7), date(2026, 6, 13), date(2026, 6, 14), date(2026, 8, 22)}
ODD_HOURS = ((time(7, 0), time(7, 1)), (time(8, 0), time(11, 45)), (time(13, 0), time(17, 0)))


class StandInProfile:
    """What ``for_profile`` needs of a profile (keeps these tests off console.profiles)."""

    office_hours = DEFAULT_OFFICE_HOURS


ADMIN_OFF = {date(2026, 3, 10): "Nghỉ bầu cử bổ sung", date(2026, 10, 5): ""}
ADMIN_EXTRA = {date(2026, 3, 14), date(2026, 11, 24)}  # a Saturday; cancels a public holiday


def _lib_is_working_day(d: date) -> bool:
    lib = holidays.country_holidays("VN", years=range(d.year - 1, d.year + 2), language="vi")
    if d in ADMIN_OFF:
        return False
    if d in ADMIN_EXTRA:
        return True
    if d in lib:
        return False
    return d.weekday() < 5 or d in lib.weekend_workdays


class Reference:
    """Steps minute by minute. Office hours and starts are on whole minutes."""

    def __init__(self, office_hours, is_working_day) -> None:
        self.mask = [
            any(s.hour * 60 + s.minute <= m < e.hour * 60 + e.minute for s, e in office_hours)
            for m in range(1440)
        ]
        self.is_working_day = is_working_day
        self._days: dict[int, bool] = {}

    def _working(self, ordinal: int) -> bool:
        if ordinal not in self._days:
            self._days[ordinal] = self.is_working_day(date.fromordinal(ordinal))
        return self._days[ordinal]

    def add(self, start: datetime, minutes: int) -> datetime:
        if minutes == 0:
            return start
        day, minute = start.toordinal(), start.hour * 60 + start.minute
        working = self._working(day)
        while True:
            if working and self.mask[minute]:
                minutes -= 1
                if minutes == 0:
                    return datetime.fromordinal(day) + timedelta(minutes=minute + 1)
            minute += 1
            if minute == 1440:
                day, minute = day + 1, 0
                working = self._working(day)

    def between(self, start: datetime, end: datetime) -> int:
        if end < start:
            return -self.between(end, start)
        day, minute = start.toordinal(), start.hour * 60 + start.minute
        stop = (end.toordinal(), end.hour * 60 + end.minute)
        working, count = self._working(day), 0
        while (day, minute) < stop:
            count += working and self.mask[minute]
            minute += 1
            if minute == 1440:
                day, minute = day + 1, 0
                working = self._working(day)
        return count


CASES = {
    "constructor": (
        WorkCalendar(ODD_HOURS, days_off=OFF, extra_working_days=EXTRA),
        Reference(ODD_HOURS, lambda d: d not in OFF and (d.weekday() < 5 or d in EXTRA)),
    ),
    "for_profile": (
        WorkCalendar.for_profile(StandInProfile(), ADMIN_OFF, ADMIN_EXTRA),
        Reference(DEFAULT_OFFICE_HOURS, _lib_is_working_day),
    ),
}

SPECIAL_DAYS = [
    date(2026, 2, 12),
    date(2026, 2, 13),
    date(2026, 2, 14),
    date(2026, 2, 16),
    date(2026, 2, 7),
    date(2026, 3, 13),
    date(2026, 3, 14),
    date(2026, 4, 24),
    date(2026, 4, 29),
    date(2026, 6, 12),
    date(2026, 6, 13),
    date(2026, 8, 21),
    date(2026, 8, 22),
    date(2026, 8, 28),
    date(2026, 11, 23),
    date(2026, 12, 31),
]
BOUNDARIES = sorted(
    {t for pair in DEFAULT_OFFICE_HOURS + ODD_HOURS for t in pair}
    | {time(0, 0), time(23, 59), time(12, 0), time(7, 29), time(11, 29), time(17, 29)}
)

days = st.one_of(st.sampled_from(SPECIAL_DAYS), st.dates(date(2026, 1, 2), date(2026, 12, 28)))
times = st.one_of(
    st.sampled_from(BOUNDARIES),
    st.integers(0, 1439).map(lambda m: time(m // 60, m % 60)),
)
minute_starts = st.builds(datetime.combine, days, times)
durations = st.one_of(
    st.integers(0, 6000),  # whole minutes, up to 100 h
    st.integers(0, 25).map(lambda k: k * 240),  # whole half days: land on period ends
    st.sampled_from([1, 59, 60, 225, 226, 480, 481]),
)


@FAST
@given(st.sampled_from(sorted(CASES)), minute_starts, durations)
def test_add_working_hours_matches_minute_stepping(case, start, minutes):
    calendar, reference = CASES[case]
    assert calendar.add_working_hours(start, minutes / 60) == reference.add(start, minutes)


@FAST
@given(st.sampled_from(sorted(CASES)), minute_starts, durations, st.floats(0, 1))
def test_a_stage_s_due_and_due_soon_from_one_position(case, start, minutes, keep):
    """add_working_hours_pair (one position of the start, DeadlineEngine.due_and_warn) gives
    exactly what two add_working_hours calls give, naive or with the local zone."""
    calendar, _reference = CASES[case]
    hours = minutes / 60
    assert calendar.add_working_hours_pair(start, hours, hours * keep) == (
        calendar.add_working_hours(start, hours),
        calendar.add_working_hours(start, hours * keep),
    )
    aware = start.replace(tzinfo=LOCAL_TZ)
    assert calendar.add_working_hours_pair(aware, hours, hours * keep) == (
        calendar.add_working_hours(aware, hours),
        calendar.add_working_hours(aware, hours * keep),
    )


@st.composite
def minute_spans(draw):
    """(start, end) on whole minutes, either order; ends often on a period boundary."""
    start = draw(minute_starts)
    if draw(st.booleans()):
        return start, start + timedelta(minutes=draw(st.integers(-30_000, 30_000)))
    day = start.date() + timedelta(days=draw(st.integers(-20, 20)))
    return start, datetime.combine(day, draw(st.sampled_from(BOUNDARIES)))


@FAST
@given(st.sampled_from(sorted(CASES)), minute_spans())
def test_working_hours_between_matches_minute_stepping(case, span):
    calendar, reference = CASES[case]
    start, end = span
    assert calendar.working_hours_between(start, end) == reference.between(start, end) / 60


# -- properties ----------------------------------------------------------------------------

any_starts = st.datetimes(datetime(2025, 12, 1), datetime(2027, 1, 31))
calendars = st.sampled_from([CASES["constructor"][0], CASES["for_profile"][0]])


@st.composite
def office_starts(draw):
    """An instant inside office hours of a working day, to the microsecond."""
    calendar = draw(calendars)
    day = draw(days)
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    periods = calendar.office_hours
    start, end = periods[draw(st.integers(0, len(periods) - 1))]
    lo = datetime.combine(day, start)
    span = (datetime.combine(day, end) - lo) // timedelta(microseconds=1)
    return calendar, lo + timedelta(microseconds=draw(st.integers(0, span - 1)))


@FAST
@given(office_starts(), st.integers(0, 400 * 3600))
def test_round_trip_whole_seconds(calendar_start, seconds):
    calendar, start = calendar_start
    hours = seconds / 3600
    assert calendar.is_working_time(start)
    assert calendar.working_hours_between(start, calendar.add_working_hours(start, hours)) == hours


@FAST
@given(office_starts(), st.floats(0, 500, allow_nan=False))
def test_round_trip_fractional_hours(calendar_start, hours):
    calendar, start = calendar_start
    end = calendar.add_working_hours(start, hours)
    assert math.isclose(calendar.working_hours_between(start, end), hours, abs_tol=1e-9)


@FAST
@given(calendars, any_starts, any_starts, st.floats(0, 200, allow_nan=False))
def test_monotonic_in_start(calendar, a, b, hours):
    a, b = min(a, b), max(a, b)
    assert calendar.add_working_hours(a, hours) <= calendar.add_working_hours(b, hours)


@FAST
@given(calendars, any_starts, st.floats(0, 200), st.floats(0, 200))
def test_monotonic_in_hours_and_never_before_start(calendar, start, h1, h2):
    h1, h2 = min(h1, h2), max(h1, h2)
    first = calendar.add_working_hours(start, h1)
    assert start <= first <= calendar.add_working_hours(start, h2)
    if round(h1 * 3_600_000_000) > 0:  # at least one microsecond after rounding
        assert first > start


@FAST
@given(calendars, any_starts, st.integers(0, 20_000 * 60), st.integers(0, 20_000 * 60))
def test_additive_over_long_spans(calendar, start, m1, m2):
    """Durations of years reach years not yet loaded: splitting a span changes nothing."""
    via = calendar.add_working_hours(calendar.add_working_hours(start, m1 / 60), m2 / 60)
    assert via == calendar.add_working_hours(start, (m1 + m2) / 60)


@FAST
@given(calendars, any_starts, any_starts)
def test_between_is_antisymmetric_and_additive(calendar, a, b):
    middle = datetime(2026, 7, 1, 9, 0)
    ab = calendar.working_hours_between(a, b)
    assert ab == -calendar.working_hours_between(b, a)
    split = calendar.working_hours_between(a, middle) + calendar.working_hours_between(middle, b)
    assert math.isclose(ab, split, abs_tol=1e-9)


# -- worked examples -----------------------------------------------------------------------

PLAIN = WorkCalendar()
VN = WorkCalendar.for_profile(StandInProfile())


@pytest.mark.parametrize(
    ("start", "hours", "expected"),
    [
        (datetime(2026, 3, 2, 7, 30), 4, datetime(2026, 3, 2, 11, 30)),  # Monday
        (datetime(2026, 3, 2, 13, 30), 4, datetime(2026, 3, 2, 17, 30)),  # stays at 17:30
        (datetime(2026, 3, 2, 11, 0), 0.5, datetime(2026, 3, 2, 11, 30)),
        (datetime(2026, 3, 2, 11, 0), 0.75, datetime(2026, 3, 2, 13, 45)),  # over lunch
        (datetime(2026, 3, 2, 12, 0), 1, datetime(2026, 3, 2, 14, 30)),  # starts in lunch
        (datetime(2026, 3, 2, 5, 0), 1, datetime(2026, 3, 2, 8, 30)),  # before work
        (datetime(2026, 3, 2, 17, 30), 0.25, datetime(2026, 3, 3, 7, 45)),  # at closing time
        (datetime(2026, 3, 7, 22, 0), 1, datetime(2026, 3, 9, 8, 30)),  # Saturday night
        (datetime(2026, 3, 6, 17, 0), 1, datetime(2026, 3, 9, 8, 0)),  # Friday to Monday
        (datetime(2026, 3, 2, 8, 0), 1 / 60, datetime(2026, 3, 2, 8, 1)),
        (datetime(2026, 3, 2, 8, 0), 1 / 3600, datetime(2026, 3, 2, 8, 0, 1)),
        (datetime(2026, 3, 2, 8, 0), 1e-6 / 3600, datetime(2026, 3, 2, 8, 0, 0, 1)),
    ],
)
def test_add_working_hours_examples(start, hours, expected):
    assert PLAIN.add_working_hours(start, hours) == expected
    assert PLAIN.working_hours_between(start, expected) == pytest.approx(hours, abs=1e-12)


def test_add_working_days_examples():
    monday_10 = datetime(2026, 3, 2, 10, 0)
    assert PLAIN.daily_hours == 8.0
    assert PLAIN.add_working_days(monday_10, 3) == datetime(2026, 3, 5, 10, 0)  # Thursday
    assert PLAIN.add_working_days(monday_10, 0.5) == datetime(2026, 3, 2, 16, 0)  # 4 h
    assert PLAIN.add_working_days(monday_10, 1.5) == PLAIN.add_working_hours(monday_10, 12)
    friday_16 = datetime(2026, 3, 6, 16, 0)
    assert PLAIN.add_working_days(friday_16, 5) == datetime(2026, 3, 13, 16, 0)  # next Friday
    short = WorkCalendar([(time(8, 0), time(12, 0))])
    assert short.daily_hours == 4.0
    assert short.add_working_days(monday_10, 3) == datetime(2026, 3, 5, 10, 0)


def test_zero_hours_returns_start_unchanged():
    for start in (datetime(2026, 3, 7, 22, 0), datetime(2026, 3, 2, 12, 0), datetime(2026, 3, 2)):
        assert PLAIN.add_working_hours(start, 0) == start
        assert PLAIN.add_working_days(start, 0) == start
    # Below half a microsecond rounds to zero: also unchanged.
    assert PLAIN.add_working_hours(datetime(2026, 3, 7), 1e-12) == datetime(2026, 3, 7)


def test_across_tet_2026():
    for d in (date(2026, 2, 16) + timedelta(days=i) for i in range(5)):
        assert not VN.is_working_day(d)
    assert VN.is_working_day(date(2026, 2, 13)) and VN.is_working_day(date(2026, 2, 23))
    # Friday before Tết, 16:00, + 1 working day -> Monday after Tết, 16:00.
    assert VN.add_working_days(datetime(2026, 2, 13, 16), 1) == datetime(2026, 2, 23, 16)
    assert VN.add_working_hours(datetime(2026, 2, 13, 17, 0), 0.5) == datetime(2026, 2, 13, 17, 30)
    assert VN.add_working_hours(datetime(2026, 2, 13, 17, 30), 0.5) == datetime(2026, 2, 23, 8)
    assert VN.add_working_hours(datetime(2026, 2, 15, 23, 0), 1) == datetime(2026, 2, 23, 8, 30)
    assert VN.working_hours_between(datetime(2026, 2, 13, 16), datetime(2026, 2, 23, 16)) == 8


def test_make_up_saturday_and_compensatory_day_2026():
    assert VN.is_working_day(date(2026, 8, 22))  # Saturday, worked in exchange for 31/8
    assert not VN.is_working_day(date(2026, 8, 23))
    assert not VN.is_working_day(date(2026, 8, 31))  # Monday off ("thay cho ngày 22/08/2026")
    assert VN.is_working_time(datetime(2026, 8, 22, 9, 0))
    assert VN.add_working_hours(datetime(2026, 8, 21, 16, 0), 8) == datetime(2026, 8, 22, 16, 0)
    # Friday 28/8 afternoon -> 31/8, 1/9, 2/9 are off -> Thursday 3/9.
    assert VN.add_working_hours(datetime(2026, 8, 28, 17, 0), 1) == datetime(2026, 9, 3, 8, 0)
    assert PLAIN.is_working_day(date(2026, 8, 31)) and not PLAIN.is_working_day(date(2026, 8, 22))


def test_is_working_time_boundaries():
    monday = date(2026, 3, 2)
    at = lambda t: datetime.combine(monday, t)  # noqa: E731
    assert PLAIN.is_working_time(at(time(7, 30)))
    assert not PLAIN.is_working_time(at(time(7, 29, 59, 999_999)))
    assert PLAIN.is_working_time(at(time(11, 29, 59, 999_999)))
    assert not PLAIN.is_working_time(at(time(11, 30)))
    assert not PLAIN.is_working_time(at(time(17, 30)))
    assert not PLAIN.is_working_time(datetime(2026, 3, 7, 9, 0))  # Saturday
    assert not VN.is_working_time(datetime(2026, 9, 2, 9, 0))
    assert VN.is_working_time(datetime(2026, 9, 3, 9, 0))


# -- days off: precedence, names, the holidays package -------------------------------------


def test_days_off_win_over_extra_working_days():
    saturday, wednesday = date(2026, 6, 13), date(2026, 6, 10)
    calendar = WorkCalendar(days_off=[saturday, wednesday], extra_working_days=[saturday])
    assert not calendar.is_working_day(saturday)
    assert not calendar.is_working_day(wednesday)
    assert WorkCalendar(extra_working_days=[saturday]).is_working_day(saturday)
    assert calendar.holidays_between(date(2026, 6, 1), date(2026, 6, 30)) == [
        (wednesday, "Ngày nghỉ"),
        (saturday, "Ngày nghỉ"),
    ]


def test_administrator_overrides_in_for_profile():
    calendar = CASES["for_profile"][0]
    assert calendar.is_working_day(date(2026, 11, 24))  # public holiday cancelled by the admin
    assert calendar.is_working_day(date(2026, 3, 14))  # an extra working Saturday
    assert not calendar.is_working_day(date(2026, 3, 10))
    assert calendar.holidays_between(date(2026, 3, 1), date(2026, 3, 31)) == [
        (date(2026, 3, 10), "Nghỉ bầu cử bổ sung")
    ]
    assert calendar.holidays_between(date(2026, 10, 5), date(2026, 10, 5)) == [
        (date(2026, 10, 5), "Ngày nghỉ")
    ]
    assert calendar.holidays_between(date(2026, 11, 1), date(2026, 11, 30)) == []
    # An admin day off on a public holiday keeps the holiday's name when given without one.
    doubled = WorkCalendar.for_profile(StandInProfile(), days_off=[date(2026, 9, 2)])
    assert doubled.holidays_between(date(2026, 9, 2), date(2026, 9, 2)) == [
        (date(2026, 9, 2), "Quốc khánh")
    ]


def _holiday_dates(year: int, predicate) -> set[date]:
    listed = VN.holidays_between(date(year, 1, 1), date(year, 12, 31))
    return {d for d, name in listed if predicate(name)}


def _is_tet(name: str) -> bool:
    return "Tết" in name and "Dương lịch" not in name


def _range(first: date, last: date) -> set[date]:
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}


@pytest.mark.parametrize(
    ("year", "tet", "hung_kings"),
    [
        (2025, _range(date(2025, 1, 27), date(2025, 2, 1)), {date(2025, 4, 7)}),
        (
            2026,
            _range(date(2026, 2, 16), date(2026, 2, 20)),
            {date(2026, 4, 26), date(2026, 4, 27)},
        ),
        # 2027 is the package's rule-based projection (not yet announced).
        (2027, _range(date(2027, 2, 4), date(2027, 2, 10)), {date(2027, 4, 16)}),
    ],
)
def test_vietnam_public_holidays(year, tet, hung_kings):
    assert _holiday_dates(year, _is_tet) == tet
    assert _holiday_dates(year, lambda n: "Hùng Vương" in n) == hung_kings
    listed = dict(VN.holidays_between(date(year, 1, 1), date(year, 12, 31)))
    assert listed[date(year, 1, 1)] == "Tết Dương lịch"
    assert listed[date(year, 4, 30)] == "Ngày Chiến thắng"
    assert listed[date(year, 5, 1)] == "Ngày Quốc tế Lao động"
    assert listed[date(year, 9, 2)] == "Quốc khánh"
    assert "Tết Nguyên Đán" in listed.values()
    for d in listed:
        assert not VN.is_working_day(d)
    assert not any(d.weekday() >= 5 and d not in listed for d in listed)  # no plain weekends


def test_what_the_holidays_package_says_about_2025_to_2027():
    listed = dict(VN.holidays_between(date(2025, 1, 1), date(2027, 12, 31)))
    assert listed[date(2025, 5, 2)] == "Ngày nghỉ (thay cho ngày 26/04/2025)"
    assert VN.is_working_day(date(2025, 4, 26))  # the Saturday worked for it
    assert listed[date(2026, 4, 27)] == "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)"
    assert listed[date(2026, 8, 31)] == "Ngày nghỉ (thay cho ngày 22/08/2026)"
    assert listed[date(2026, 9, 1)] == "Quốc khánh"
    assert listed[date(2026, 11, 24)] == "Ngày Văn hóa Việt Nam"
    assert listed[date(2027, 5, 3)] == "Ngày Quốc tế Lao động (nghỉ bù)"
    assert VN.working_hours_between(datetime(2026, 1, 1), datetime(2027, 1, 1)) == 249 * 8


def test_make_up_saturdays_across_new_year():
    # 31/12/2018 off in exchange for Saturday 5/1/2019; 2/1/2015 for Saturday 27/12/2014.
    calendar = WorkCalendar.for_profile(StandInProfile())
    assert calendar.is_working_day(date(2019, 1, 5))
    assert not calendar.is_working_day(date(2018, 12, 31))
    assert calendar.is_working_day(date(2014, 12, 27))
    assert not calendar.is_working_day(date(2015, 1, 2))


def test_holidays_between_edges():
    assert VN.holidays_between(date(2026, 3, 1), date(2026, 3, 31)) == []
    assert VN.holidays_between(date(2026, 9, 2), date(2026, 9, 1)) == []
    assert VN.holidays_between(date(2026, 9, 2), date(2026, 9, 2)) == [
        (date(2026, 9, 2), "Quốc khánh")
    ]
    assert [d for d, _ in VN.holidays_between(date(2026, 12, 31), date(2027, 1, 1))] == [
        date(2027, 1, 1)
    ]


def test_years_are_filled_lazily_2000_to_2100():
    calendar = WorkCalendar.for_profile(StandInProfile())
    assert not calendar.is_working_day(date(2100, 9, 2))
    assert not calendar.is_working_day(date(2000, 1, 1))
    assert calendar.holidays_between(date(2000, 4, 30), date(2000, 4, 30))
    assert calendar.add_working_hours(datetime(2099, 12, 31, 17), 1).year == 2100
    with pytest.raises(ValueError, match="2101"):
        calendar.is_working_day(date(2101, 1, 2))
    with pytest.raises(ValueError, match=r"^Năm 2101 nằm ngoài các năm lịch làm việc"):
        calendar.add_working_hours(datetime(2100, 12, 31, 17), 8)
    # Without the holidays package any year works.
    assert PLAIN.add_working_hours(datetime(2300, 1, 1), 1) == datetime(2300, 1, 1, 8, 30)
    assert PLAIN.add_working_hours(datetime(1999, 12, 31, 17), 8) == datetime(2000, 1, 3, 17)


def test_lazy_filling_is_safe_across_threads():
    """Threads reaching new years (forwards and backwards) agree with a sequential run."""
    starts = [
        datetime(2050 + (-1) ** i * (i * 7 % 50), 1 + i % 12, 1 + i % 28, i % 24)
        for i in range(400)
    ]
    sequential = WorkCalendar.for_profile(StandInProfile())
    shared = WorkCalendar.for_profile(StandInProfile())
    chunks = [starts[i::4] for i in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda c: [shared.add_working_hours(s, 300.25) for s in c], chunks))
    assert got == [[sequential.add_working_hours(s, 300.25) for s in c] for c in chunks]


def test_for_profile_loads_a_profile_key_lazily(monkeypatch):
    loaded = []

    def load_profile(key):
        loaded.append(key)
        profile = StandInProfile()
        profile.office_hours = ((time(8, 0), time(12, 0)), (time(13, 0), time(17, 0)))
        return profile

    fake = types.ModuleType("console.profiles")
    fake.load_profile = load_profile
    monkeypatch.setitem(sys.modules, "console.profiles", fake)
    calendar = WorkCalendar.for_profile("dak-lak")
    assert loaded == ["dak-lak"]
    assert calendar.add_working_hours(datetime(2026, 2, 13, 16, 0), 2) == datetime(2026, 2, 23, 9)


# -- time zones ----------------------------------------------------------------------------


def test_naive_in_naive_out_aware_in_local_aware_out():
    naive = datetime(2026, 3, 2, 10, 0)
    assert PLAIN.add_working_hours(naive, 1).tzinfo is None
    utc = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội
    result = PLAIN.add_working_hours(utc, 1)
    assert result.tzinfo is LOCAL_TZ and str(result.tzinfo) == "Asia/Ho_Chi_Minh"
    assert result == datetime(2026, 3, 2, 11, 0, tzinfo=LOCAL_TZ)
    assert result.replace(tzinfo=None) == PLAIN.add_working_hours(naive, 1)
    paris = datetime(2026, 3, 2, 4, 0, tzinfo=ZoneInfo("Europe/Paris"))  # 10:00 in Hà Nội
    assert PLAIN.add_working_days(paris, 1) == datetime(2026, 3, 3, 10, 0, tzinfo=LOCAL_TZ)
    zero = PLAIN.add_working_hours(utc, 0)
    assert zero == utc and zero.tzinfo is LOCAL_TZ
    assert PLAIN.working_hours_between(utc, datetime(2026, 3, 2, 11, 0)) == 1.0
    assert PLAIN.is_working_time(datetime(2026, 3, 2, 0, 30, tzinfo=UTC))  # 07:30
    assert not PLAIN.is_working_time(datetime(2026, 3, 2, 0, 29, tzinfo=UTC))
    # 23:00 UTC on Friday is 06:00 on Saturday in Hà Nội.
    assert not PLAIN.is_working_day(datetime(2026, 3, 6, 23, 0, tzinfo=UTC))


# -- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("office_hours", "message"),
    [
        ([], "empty"),
        ([(time(9, 0), time(9, 0))], r"period 1 \(09:00–09:00\): start must be before end"),
        ([(time(12, 0), time(8, 0))], r"period 1 \(12:00–08:00\)"),
        (
            [(time(13, 0), time(17, 0)), (time(8, 0), time(12, 0))],
            r"period 2 \(08:00–12:00\).*sorted",
        ),
        ([(time(8, 0), time(12, 0)), (time(11, 0), time(17, 0))], r"period 2 \(11:00–17:00\)"),
        ([(time(8, 0), "12:00")], "period 1"),
        ([(time(8, 0),)], "period 1"),
        ([(time(8, 0, tzinfo=UTC), time(12, 0))], "naive"),
    ],
)
def test_office_hours_are_validated(office_hours, message):
    with pytest.raises(ValueError, match=message):
        WorkCalendar(office_hours)


def test_touching_periods_are_accepted():
    calendar = WorkCalendar([(time(8, 0), time(12, 0)), (time(12, 0), time(16, 0))])
    assert calendar.daily_hours == 8.0
    assert calendar.add_working_hours(datetime(2026, 3, 2, 8), 4) == datetime(2026, 3, 2, 12)


@pytest.mark.parametrize("amount", [-1, -1e-9, math.nan, math.inf])
def test_negative_or_non_finite_amounts_are_refused(amount):
    with pytest.raises(ValueError, match="deadlines only go forward"):
        PLAIN.add_working_hours(datetime(2026, 3, 2, 10), amount)
    with pytest.raises(ValueError, match="deadlines only go forward"):
        PLAIN.add_working_days(datetime(2026, 3, 2, 10), amount)


def test_bad_dates_are_refused():
    with pytest.raises(TypeError, match="days_off"):
        WorkCalendar(days_off=[datetime(2026, 9, 2)])
    with pytest.raises(TypeError, match="extra_working_days"):
        WorkCalendar(extra_working_days=["2026-08-22"])
    with pytest.raises(TypeError, match="datetime"):
        PLAIN.is_working_time(date(2026, 3, 2))
