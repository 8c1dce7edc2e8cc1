"""The figures of a period for the dashboard, the report documents and the ``stats`` command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from console.db import Database
from console.profiles import Profile
from console.services.calendar import calendar_from_session
from console.statistics import Figures, Period, compute_figures
from console.timeutil import now_local


class StatisticsService:
    def __init__(self, db: Database, profile: Profile,
                 clock: Callable[[], datetime] = now_local) -> None:
        self.db = db
        self.profile = profile
        self.clock = clock

    def figures(self, period: Period, unit_code: str | None = None) -> Figures:
        """Every figure of ``period`` (one unit's reports with ``unit_code``), read in one
        transaction so that the counts agree with each other."""
        with self.db.session() as s:
            calendar = calendar_from_session(s, self.profile)
            return compute_figures(s, self.profile, period, unit_code=unit_code,
                                   now=self.clock(), calendar=calendar)
