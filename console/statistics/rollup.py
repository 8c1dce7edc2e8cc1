"""Keep the statistics' roll-up exact: what each report adds, and the sums per day.

An action on a report (any commit that changes the report, its history, its clocks or its
extensions) recomputes that report's facts in the same transaction and moves ``stat_daily`` by
the difference between what the report added before and what it adds now
(``install`` hooks every session). The sums are upserted in key order, so that two consoles
adding to the same day never deadlock. ``rebuild`` recounts everything from the raw tables (a
new database, a demo made by bulk insert, a calendar change in the past).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, event, func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from console.models import (
    CalendarOverride,
    Extension,
    HistoryEntry,
    Meta,
    Report,
    ReportDeadline,
    StatDaily,
    StatReport,
    Unit,
    UnitKind,
)
from console.models.stats import SUM_FIELDS
from console.statistics.facts import Facts, facts_between, facts_of
from console.worktime import WorkCalendar

BUILT_KEY = "stats_rollup"  # meta: "built" once the roll-up holds every report
BATCH = 5_000
SD = StatDaily.__table__
SR = StatReport.__table__
_N = len(SUM_FIELDS)
_IX = {name: i for i, name in enumerate(SUM_FIELDS)}
_ON_TIME, _LATE, _HOURS_N, _HOURS_US = (_IX[n] for n in ("on_time", "late", "hours_n", "hours_us"))
_HELD_US, _BOUNCES, _CHARGED = _IX["held_us"], _IX["bounces"], _IX["charged"]
_ANSWERED, _RESOLVED, _RECEIVED = _IX["answered"], _IX["resolved"], _IX["received"]

Key = tuple[int, date, str, str]  # (scope, day, kind, key)
Sums = dict[Key, list[int]]


def _vector(f: Facts, late: bool) -> list[int]:
    v = [*f.static, 0, 0, 0, 0, 0, 0, 0]
    v[_ON_TIME] = int(f.finished and not late)
    v[_LATE] = int(late)
    if f.handling_us is not None:
        v[_HOURS_N], v[_HOURS_US] = 1, f.handling_us
    return v


def _add(sums: Sums, key: Key, vec: list[int], sign: int) -> None:
    acc = sums.get(key)
    if acc is None:
        acc = sums[key] = [0] * _N
    for i, x in enumerate(vec):
        if x:
            acc[i] += sign * x


def _one(index: int, value: int = 1) -> list[int]:
    v = [0] * _N
    v[index] = value
    return v


def contribute(sums: Sums, f: Facts, sign: int = 1) -> None:
    """Add (sign 1) or take away (sign -1) what report ``f`` counts for, in every scope: the
    province (0) and each unit that held it (the unit's figures are those of its reports)."""
    scopes = [0, *(u.unit_id for u in f.units if u.held)]
    rating = f.rating or ""
    for scope in scopes:
        vec = _vector(f, f.late if scope == 0 else f.missed_by(scope))
        for kind, key in report_keys(f.category, f.channel, f.area):
            _add(sums, (scope, f.day, kind, key), vec, sign)
        if f.published:
            _add(sums, (scope, f.day, "r", rating), _one(_ANSWERED), sign)
        for u in f.units:
            unit_key = (scope, f.day, "u", str(u.unit_id))
            if u.held:
                unit_vec = _vector(f, u.missed)
                unit_vec[_HELD_US], unit_vec[_BOUNCES] = u.held_us, u.bounces
                unit_vec[_CHARGED] = int(u.missed)
                _add(sums, unit_key, unit_vec, sign)
                if f.published:
                    _add(sums, (scope, f.day, "q", f"{u.unit_id}:{rating}"), _one(_ANSWERED), sign)
            elif u.missed:
                _add(sums, unit_key, _one(_CHARGED), sign)
        for s in f.stages:
            if scope == 0 or s.charged == scope:
                vec_s = _one(_RECEIVED, s.clocks)
                vec_s[_ON_TIME], vec_s[_LATE] = s.in_time, s.missed
                _add(sums, (scope, f.day, "s", s.stage), vec_s, sign)
        if f.resolved_day is not None:
            _add(sums, (scope, f.resolved_day, "v", ""), _one(_RESOLVED), sign)


def report_keys(
    category: int | None, channel: int | None, area: str | None
) -> tuple[tuple[str, str], ...]:
    """The breakdown rows (kind, key) a report counts in, besides its units'."""
    return (
        ("t", ""),
        ("c", "" if category is None else str(category)),
        ("h", "" if channel is None else str(channel)),
        ("a", area or ""),
    )


def units_text(f: Facts) -> str:
    """stat_reports.units: the units that held the report, ",3,7," (a LIKE finds one)."""
    return "," + "".join(f"{u.unit_id}," for u in f.units if u.held)


def held_units(text: str) -> list[str]:
    return [u for u in text.strip(",").split(",") if u]


def held_by_scope(scope: int) -> ColumnElement[bool]:
    """stat_reports rows of the reports unit ``scope`` held."""
    return SR.c.units.like(f"%,{scope},%")


def apply(session: Session, sums: Sums) -> None:
    """Upsert the differences in key order (no deadlock between consoles on PostgreSQL)."""
    rows = [
        {
            "scope": k[0],
            "day": k[1],
            "kind": k[2],
            "key": k[3],
            **dict(zip(SUM_FIELDS, v, strict=True)),
        }
        for k, v in sorted(sums.items())
        if any(v)
    ]
    if not rows:
        return
    session.execute(_upsert(session.get_bind().dialect.name), rows)


_UPSERTS: dict[str, Any] = {}


def _upsert(dialect: str) -> Any:
    """The upsert statement, built once per dialect (building it is most of a small apply)."""
    stmt = _UPSERTS.get(dialect)
    if stmt is None:
        ins = (sqlite_insert if dialect == "sqlite" else pg_insert)(SD)
        stmt = _UPSERTS[dialect] = ins.on_conflict_do_update(
            index_elements=["scope", "day", "kind", "key"],
            set_={name: SD.c[name] + ins.excluded[name] for name in SUM_FIELDS},
        )
    return stmt


# Working positions are counted from here: a running hold's start is stored as one, and a read
# sums "now" minus them in SQL. A change of the calendar before a start moves its position:
# the hook recounts those reports (crossing()).
EPOCH = datetime(2020, 1, 1)


def position(calendar: WorkCalendar, at: datetime) -> int:
    return calendar.working_us_between(EPOCH, at)


def _stored(f: Facts, calendar: WorkCalendar) -> dict[str, Any]:
    return {
        "report_id": f.report_id,
        "day": f.day,
        "facts": f.dumps(),
        "units": units_text(f),
        "category_id": f.category,
        "channel_id": f.channel,
        "area": f.area,
        "hold_unit_id": f.hold[0] if f.hold else None,
        "hold_since": f.hold[1] if f.hold else None,
        "hold_pos": position(calendar, f.hold[1]) if f.hold else None,
        "overdue_from": f.overdue_from,
        "running": f.running_json(),
        "handling_us": f.handling_us,
    }


ROW = (SR.c.report_id, SR.c.day, SR.c.hold_unit_id, SR.c.hold_since, SR.c.running, SR.c.facts)


def load_facts(session: Session, ids: Iterable[int]) -> dict[int, Facts]:
    ids = list(ids)
    out: dict[int, Facts] = {}
    for i in range(0, len(ids), 900):
        for row in session.execute(select(*ROW).where(SR.c.report_id.in_(ids[i : i + 900]))):
            out[row[0]] = Facts.loads(*row)
    return out


def refresh(
    session: Session,
    ids: Iterable[int],
    calendar: WorkCalendar,
    ioc_id: int | None,
    *,
    rewrite: bool = False,
) -> None:
    """Bring the roll-up up to date for the reports ``ids`` (inside the caller's transaction).
    ``rewrite``: store their rows even where the facts did not change (a calendar change
    moves a running hold's stored working position, which the facts do not hold)."""
    ids = sorted(set(ids))
    if not ids:
        return
    old = load_facts(session, ids)
    new = facts_of(session, ids, calendar=calendar, ioc_id=ioc_id)
    sums: Sums = {}
    for rid in ids:
        before, after = old.get(rid), new.get(rid)
        if before == after:
            continue
        if before is not None:
            contribute(sums, before, -1)
        if after is not None:
            contribute(sums, after, 1)
    apply(session, sums)
    changed = [rid for rid in ids if rewrite or old.get(rid) != new.get(rid)]
    if changed:
        session.execute(delete(SR).where(SR.c.report_id.in_(changed)))
        rows = [_stored(new[rid], calendar) for rid in changed if rid in new]
        if rows:
            session.execute(insert(SR), rows)


def rebuild(
    session: Session,
    calendar: WorkCalendar,
    ioc_id: int | None,
    progress: Callable[[int], object] | None = None,
) -> int:
    """Recount the whole roll-up from the raw tables; returns the number of reports."""
    started = session.scalar(select(func.max(Report.updated_at)))
    session.execute(delete(SD))
    session.execute(delete(SR))
    sums: Sums = defaultdict(lambda: [0] * _N)
    done = 0
    lo = session.scalar(select(func.min(Report.id)))
    hi_all = session.scalar(select(func.max(Report.id)))
    while lo is not None and hi_all is not None and lo <= hi_all:
        hi = lo + BATCH - 1
        batch = facts_between(session, lo, hi, calendar=calendar, ioc_id=ioc_id)
        for f in batch.values():
            contribute(sums, f)
        if batch:
            session.execute(insert(SR), [_stored(f, calendar) for f in batch.values()])
        done += len(batch)
        if progress is not None:
            progress(len(batch))
        lo = hi + 1
    apply(session, sums)
    mark_built(session)
    if started is not None:
        # Actions that other consoles committed while the batches were read (their hooks
        # skipped an unbuilt roll-up): count those reports again.
        late = list(session.scalars(select(Report.id).where(Report.updated_at >= started)))
        for i in range(0, len(late), BATCH):
            refresh(session, late[i : i + BATCH], calendar, ioc_id)
    return done


def mark_built(session: Session) -> None:
    row = session.get(Meta, BUILT_KEY)
    if row is None:
        session.add(Meta(key=BUILT_KEY, value="built"))
    else:
        row.value = "built"
    session.flush()


def mark_unbuilt(session: Session) -> None:
    """Reports were written around the hooks (a bulk load): recount before the next figures."""
    session.execute(delete(Meta.__table__).where(Meta.__table__.c.key == BUILT_KEY))


def is_built(session: Session) -> bool:
    return session.scalar(select(Meta.value).where(Meta.key == BUILT_KEY)) == "built"


def ioc_unit(session: Session) -> int | None:
    return session.scalar(
        select(Unit.id).where(Unit.kind == UnitKind.IOC).order_by(Unit.id).limit(1)
    )


# -- keeping it up to date on every commit ------------------------------------------------

_WATCHED = (Report, HistoryEntry, ReportDeadline, Extension)
_TOUCHED = "stat_touched"
_DAYS = "stat_calendar_days"  # days whose working hours an administrator changed
_CALENDAR = "stat_calendar"  # session.info: a function giving the working calendar


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    touched = session.info.get(_TOUCHED)
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, _WATCHED):
            if touched is None:
                touched = session.info[_TOUCHED] = []
            touched.append(obj)
        elif isinstance(obj, CalendarOverride):
            session.info.setdefault(_DAYS, set()).add(obj.day)


def _report_id(obj: Any) -> int | None:
    if isinstance(obj, Report):
        return obj.id
    rid = getattr(obj, "report_id", None)
    if rid is None and getattr(obj, "report", None) is not None:
        rid = obj.report.id
    return rid


def _before_commit(session: Session) -> None:
    if not session.info.get(_TOUCHED) and not session.info.get(_DAYS):
        return
    session.flush()
    touched = session.info.pop(_TOUCHED, [])
    days = session.info.pop(_DAYS, set())
    ids = {rid for rid in map(_report_id, touched) if rid is not None}
    if not is_built(session):
        return
    if days:
        ids |= crossing(session, min(days))
        # Every running clock's due time may have moved (the calendar service moves them with
        # bulk updates, which pass by these hooks): recount when each report becomes overdue.
        ids |= set(
            session.scalars(
                select(ReportDeadline.report_id)
                .where(ReportDeadline.completed_at.is_(None))
                .distinct()
            )
        )
    if not ids:
        return
    calendar = calendar_for(session)
    if calendar is None:
        return
    ids_sorted = sorted(ids)
    ioc_id = ioc_unit(session)
    for i in range(0, len(ids_sorted), BATCH):
        refresh(session, ids_sorted[i : i + BATCH], calendar, ioc_id, rewrite=bool(days))


def crossing(session: Session, day: date) -> set[int]:
    """The reports whose spans may cross ``day`` (a day an administrator made a day off or a
    working day): received by its end, and acted on from it on. A day still to come crosses
    none: every stored span ends in the past; a running hold is counted when read."""
    if day > date.today():
        return set()
    end = datetime.combine(day + timedelta(days=1), time())
    started = datetime.combine(day, time())
    return set(
        session.scalars(
            select(HistoryEntry.report_id)
            .join(Report, Report.id == HistoryEntry.report_id)
            .where(HistoryEntry.at >= started, Report.received_at < end)
            .distinct()
        )
    )


def _after_rollback(session: Session) -> None:
    session.info.pop(_TOUCHED, None)
    session.info.pop(_DAYS, None)


_calendar_source: Callable[[Session], WorkCalendar | None] | None = None


def calendar_for(session: Session) -> WorkCalendar | None:
    return None if _calendar_source is None else _calendar_source(session)


def install(calendar_source: Callable[[Session], WorkCalendar | None]) -> None:
    """Hook every session (once): ``calendar_source`` gives the working calendar of the
    session's database (its profile and the administrator's days)."""
    global _calendar_source
    _calendar_source = calendar_source
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "before_commit", _before_commit)
        event.listen(Session, "after_rollback", _after_rollback)
