"""Reporting periods: parsing, labels, bounds, and the picker's previous / next."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.errors import InvalidValueError
from console.statistics import period as P
from console.statistics.period import Period, current, parse_period, previous

DAYS = st.dates(min_value=date(1901, 1, 1), max_value=date(9997, 12, 31))
KINDS = st.sampled_from(("week", "month", "quarter", "year"))


def test_each_form_and_its_label() -> None:
    assert parse_period("2026-W10") == Period("week", date(2026, 3, 2), date(2026, 3, 8))
    assert parse_period("2026-W10").label == "Tuần 10/2026 (02/03–08/03/2026)"
    assert parse_period("2026-W01").label == "Tuần 1/2026 (29/12/2025–04/01/2026)"
    assert parse_period("2026-03").label == "Tháng 3/2026"
    assert parse_period("2026-Q1") == Period("quarter", date(2026, 1, 1), date(2026, 3, 31))
    assert parse_period("2026-q4").label == "Quý IV/2026"
    assert parse_period(" 2026 ").label == "Năm 2026"
    r = parse_period("2026-03-01..2026-03-31")
    assert r.kind == "range" and r.label == "Từ 01/03/2026 đến 31/03/2026"
    assert r.bounds() == (datetime(2026, 3, 1), datetime(2026, 4, 1))
    assert parse_period("2024-02").end == date(2024, 2, 29)
    assert parse_period("2026-W53" if date(2026, 12, 28).isocalendar()[1] == 53 else "2020-W53")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "26",
        "2026-13",
        "2026-00",
        "2026-Q5",
        "2026-Q0",
        "2026-W00",
        "2026-W54",
        "2025-W53",
        "2026-03-31..2026-03-01",
        "2026-02-30..2026-03-01",
        "tháng 3",
        "2026/03",
        "0999",
        "2026-03-01...2026-03-02",
        "2026-3-1..2026-3-2",
    ],
)
def test_bad_periods_are_refused_in_vietnamese(text: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        parse_period(text)
    assert "Kỳ" in str(caught.value) or "Năm" in str(caught.value)


@given(KINDS, DAYS)
def test_code_reads_back_and_the_period_holds_the_day(kind: str, day: date) -> None:
    p = current(kind, day)
    assert p.contains(day)
    assert parse_period(p.code) == p
    assert P.Period.from_dict(p.to_dict()) == p


@given(KINDS, DAYS)
def test_previous_and_next_tile_the_calendar(kind: str, day: date) -> None:
    p = current(kind, day)
    before, after = previous(p), P.next(p)
    assert before.end + timedelta(days=1) == p.start
    assert p.end + timedelta(days=1) == after.start
    assert P.next(before) == p and previous(after) == p


@given(DAYS, st.integers(min_value=0, max_value=400))
def test_ranges_read_back_and_step_by_their_length(start: date, length: int) -> None:
    end = min(start + timedelta(days=length), date(9998, 12, 31))
    p = parse_period(f"{start.isoformat()}..{end.isoformat()}")
    assert (p.start, p.end, p.kind) == (start, end, "range")
    assert parse_period(p.code) == p
    assert previous(p).days == p.days and previous(p).end == start - timedelta(days=1)
