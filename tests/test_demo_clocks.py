"""The demo's stage clocks from carried working positions equal the services' own."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from console.profiles import list_profiles, load_profile
from console.services.stages import clocks_started, stages_to_start
from console.sla import DeadlineEngine
from console.worktime import WorkCalendar


def _times(n: int) -> list[datetime]:
    rng = random.Random(16)
    start = datetime(2025, 12, 20)  # across Tết and the year's end
    return [
        start + timedelta(minutes=rng.randrange(0, 120 * 24 * 60), microseconds=rng.choice((0, 7)))
        for _ in range(n)
    ]


def test_a_carried_position_adds_working_hours_as_the_calendar_does() -> None:
    cal = WorkCalendar.for_profile("thai-nguyen")
    rng = random.Random(6)
    for t in _times(2000):
        here = cal.position(t)
        for _ in range(4):  # a trail of steps, each from the last one's position
            hours = round(rng.expovariate(1 / 6), 2) + 0.05
            expected = cal.add_working_hours(t, hours)
            here += round(hours * 3_600_000_000)
            t = cal.instant(here)
            assert t == expected
            assert cal.position(t) == here


def test_working_spans_give_due_and_warn() -> None:
    for key in list_profiles():
        profile = load_profile(key)
        engine = DeadlineEngine(profile, WorkCalendar.for_profile(profile))
        events = ("received", "routed", "forwarded", "accepted", "result", "approved")
        for category in [c.code for c in profile.categories][:3]:
            for emergency in (False, True):
                clocks = clocks_started(engine, events, category=category, emergency=emergency)
                for at in _times(50):
                    started = stages_to_start(
                        engine, events, at, category=category, emergency=emergency
                    )
                    assert [s for s, _due, _warn in started] == [s for s, _c in clocks]
                    for (_stage, due, warn), (_s, clock) in zip(started, clocks, strict=True):
                        spans = engine.working_spans(clock)
                        if spans is None:
                            continue
                        here = engine.calendar.position(at)
                        assert due == (engine.calendar.instant(here + spans[0]) if spans[0] else at)
                        assert warn == (
                            engine.calendar.instant(here + spans[1]) if spans[1] else at
                        )
