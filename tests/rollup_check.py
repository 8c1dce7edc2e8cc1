"""The statistics' roll-up against a full recount from the raw tables (issue 13).

``assert_rollup_exact`` recounts every report's facts and their sums in memory, compares them
with what the commits kept in ``stat_reports`` and ``stat_daily``, then compares the figures
read from the roll-up with those counted by compute.py from the raw tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select

from console.db import Database
from console.models import Report
from console.models.stats import SUM_FIELDS
from console.profiles import Profile
from console.services.calendar import calendar_from_session
from console.statistics import MIN_REPORTS, Period, compute_figures
from console.statistics.facts import facts_between
from console.statistics.figures_rollup import rollup_figures
from console.statistics.rollup import (
    SD,
    SR,
    Sums,
    _stored,
    contribute,
    ioc_unit,
    is_built,
    load_facts,
)


def assert_rollup_exact(
    db: Database,
    profile: Profile,
    now: datetime,
    periods: Iterable[Period],
    units: Iterable[str | None],
) -> None:
    with db.session() as s:
        assert is_built(s)
        calendar = calendar_from_session(s, profile)
        top = s.scalar(select(func.max(Report.id))) or 0
        recount = facts_between(s, 0, top, calendar=calendar, ioc_id=ioc_unit(s))
        assert load_facts(s, recount) == recount
        stored = {r["report_id"]: dict(r) for r in s.execute(select(SR)).mappings()}
        assert stored == {rid: _stored(f, calendar) for rid, f in recount.items()}
        sums: Sums = {}
        for f in recount.values():
            contribute(sums, f)
        expected = {k: tuple(v) for k, v in sums.items() if any(v)}
        kept = {
            (scope, day, kind, key): tuple(int(x) for x in values)
            for scope, day, kind, key, *values in s.execute(
                select(SD.c.scope, SD.c.day, SD.c.kind, SD.c.key, *(SD.c[n] for n in SUM_FIELDS))
            )
            if any(values)
        }
        assert kept == expected
        for period in periods:
            for unit in units:
                fast = rollup_figures(
                    s,
                    profile,
                    period,
                    unit_code=unit,
                    now=now,
                    calendar=calendar,
                    min_reports=MIN_REPORTS,
                )
                slow = compute_figures(
                    s, profile, period, unit_code=unit, now=now, calendar=calendar
                )
                assert fast == slow, (period.code, unit)
