"""The figures of a period for the dashboard, the report documents and the ``stats`` command.

They are read from the roll-up (console/statistics/rollup.py), built on first use and kept
by every commit; ``recount`` counts the raw tables instead, for checking it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from console.db import Database
from console.profiles import Profile
from console.services import stats_rollup
from console.services.calendar import calendar_from_session
from console.statistics import MIN_REPORTS, Figures, Period, compute_figures
from console.statistics.figures_rollup import rollup_figures
from console.timeutil import now_local


def figures_in(
    session: Session,
    profile: Profile,
    period: Period,
    unit_code: str | None,
    now: datetime,
    *,
    detail: bool = True,
) -> Figures:
    """The figures from the roll-up, inside the caller's transaction (it must be built)."""
    return rollup_figures(
        session,
        profile,
        period,
        unit_code=unit_code,
        now=now,
        calendar=calendar_from_session(session, profile),
        min_reports=MIN_REPORTS,
        detail=detail,
    )


class StatisticsService:
    def __init__(
        self, db: Database, profile: Profile, clock: Callable[[], datetime] = now_local
    ) -> None:
        self.db = db
        self.profile = profile
        self.clock = clock

    def figures(
        self, period: Period, unit_code: str | None = None, *, detail: bool = True
    ) -> Figures:
        """Every figure of ``period`` (one unit's reports with ``unit_code``), read in one
        transaction so that the counts agree with each other. ``detail=False`` leaves out the
        handling-time median and 90th percentile (the dashboard does not show them)."""
        stats_rollup.ensure_built(self.db, self.profile)
        with self.db.session() as s:
            return figures_in(s, self.profile, period, unit_code, self.clock(), detail=detail)

    def recount(self, period: Period, unit_code: str | None = None) -> Figures:
        """The same figures counted from the raw tables (slow; the roll-up's reference)."""
        with self.db.session() as s:
            return compute_figures(
                s,
                self.profile,
                period,
                unit_code=unit_code,
                now=self.clock(),
                calendar=calendar_from_session(s, self.profile),
            )

    def rebuild(self, progress: Callable[[int], object] | None = None) -> int:
        """Recount the roll-up from the raw tables; returns the number of reports."""
        return stats_rollup.rebuild(self.db, self.profile, progress)
