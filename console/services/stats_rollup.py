"""The statistics' roll-up, kept by every commit: which calendar it counts working hours on.

console/statistics/rollup.py does the counting; it needs each database's working calendar
(its profile's office hours and holidays, plus the administrator's days), which lives here in
the services. A service that knows its profile registers it for its database; otherwise the
profile the database was provisioned with (meta) is loaded once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from console.db import Database
from console.models import CalendarOverride
from console.profiles import Profile, ProfileError, load_profile
from console.services.calendar import calendar_from_session
from console.services.provision import database_profile
from console.statistics import rollup
from console.worktime import WorkCalendar

ROLLUP_LOCK = 0x10C5_7A75  # PostgreSQL advisory lock: one roll-up count at a time
_profiles: dict[str, Profile] = {}  # database URL -> its profile
_calendars: dict[tuple[str, tuple[Any, ...]], WorkCalendar] = {}


def register(db: Database, profile: Profile) -> None:
    _profiles[str(db.engine.url)] = profile


def _profile(session: Session) -> Profile | None:
    url = str(session.get_bind().engine.url)
    profile = _profiles.get(url)
    if profile is None:
        key = database_profile(session)
        if key is None:
            return None
        try:
            profile = _profiles[url] = load_profile(key)
        except ProfileError:
            return None
    return profile


def calendar_source(session: Session) -> WorkCalendar | None:
    profile = _profile(session)
    if profile is None:
        return None
    days = tuple(
        session.execute(
            select(CalendarOverride.day, CalendarOverride.kind).order_by(CalendarOverride.day)
        ).all()
    )
    key = (profile.key, days)
    calendar = _calendars.get(key)
    if calendar is None:
        if len(_calendars) > 32:
            _calendars.clear()
        calendar = _calendars[key] = calendar_from_session(session, profile)
    return calendar


def ensure_built(
    db: Database, profile: Profile, progress: Callable[[int], object] | None = None
) -> int | None:
    """Build the roll-up if it is not (a database made before it, or a bulk demo); returns the
    number of reports counted, or None when it was already built."""
    register(db, profile)
    with db.session() as s:
        if rollup.is_built(s):
            return None
    with db.session() as s:
        if not db.is_sqlite:  # one console counts; the others wait for it, then find it built
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ROLLUP_LOCK})
            if rollup.is_built(s):
                return None
        counted = rollup.rebuild(s, calendar_from_session(s, profile), rollup.ioc_unit(s), progress)
    _tidy(db)
    return counted


def rebuild(db: Database, profile: Profile, progress: Callable[[int], object] | None = None) -> int:
    register(db, profile)
    with db.session() as s:
        counted = rollup.rebuild(s, calendar_from_session(s, profile), rollup.ioc_unit(s), progress)
    _tidy(db)
    return counted


def _tidy(db: Database) -> None:
    """After a whole recount on PostgreSQL: fresh planner statistics and visibility map, so the
    reads use the covering indexes at once (autovacuum would, later). Without them the first
    reads at 1,000,000 reports estimated 13 rows for 37,767, sorted them on disk, and fetched
    every covering index entry's row from the heap."""
    if db.is_sqlite:
        return
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in ("stat_reports", "stat_daily"):
            conn.exec_driver_sql(f"VACUUM ANALYZE {table}")


rollup.install(calendar_source)
