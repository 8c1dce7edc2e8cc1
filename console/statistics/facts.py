"""What one report adds to the figures, worked out from its own rows only.

The roll-up (console/statistics/rollup.py) keeps, per report, these facts and, per day, their
sums; an action on a report recomputes the report's facts, and the sums move by the difference.
Everything here is a function of the report's rows (the report, its history, its stage clocks,
its extensions) and the calendar, never of "now": what depends on now (open and overdue now,
the hours of a hold still running) is added when the figures are read (figures_rollup.py).
Definitions of every figure: docs/statistics.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from console.statistics.holdings import ENDS
from console.statistics.sql import (
    CLOSED,
    CONDITIONAL,
    DL,
    EXT,
    FACT_ACTIONS,
    IOC_STAGES,
    NOT_OPEN,
    RETURNS,
    H,
    R,
)
from console.worktime import WorkCalendar

# The report's own counts that do not depend on "now", in this order (tally.BASE_FIELDS
# without overdue_open, which is read live).
STATIC_FIELDS = (
    "received",
    "rejected",
    "redirected",
    "answered_directly",
    "forwarded",
    "returned",
    "resolved",
    "answered",
    "open",
    "extensions",
    "reopened",
    "rated",
)
_REJECTED, _REDIRECTED, _DIRECT = CLOSED[:3]


class UnitPart(NamedTuple):
    """One unit's part in a report: it held it (or was only charged a missed clock)."""

    unit_id: int
    held: bool
    held_us: int  # working microseconds of its holds that have ended
    bounces: int  # holds that ended by returning the report to the IOC
    missed: bool  # a missed stage clock is charged to it


class StagePart(NamedTuple):
    stage: str
    charged: int | None  # the unit the clock is charged to (the IOC for its own stages)
    clocks: int
    in_time: int
    missed: int


@dataclass(frozen=True)
class Facts:
    report_id: int
    day: date  # received
    resolved_day: date | None
    category: int | None
    channel: int | None
    area: str | None
    rating: str | None
    published: bool
    static: tuple[int, ...]  # STATIC_FIELDS
    finished: bool
    late: bool  # the report's "trễ hạn" flag
    handling_us: int | None  # first forwarding -> result, in working microseconds
    units: tuple[UnitPart, ...] = ()
    stages: tuple[StagePart, ...] = ()
    hold: tuple[int, datetime] | None = None  # the hold still running: (unit, since)
    # Open and not paused: its binding clocks still running, (stage, charged unit, due).
    running: tuple[tuple[str, int | None, datetime], ...] = ()

    @property
    def overdue_from(self) -> datetime | None:
        """From when the report counts as open past a deadline ("quá hạn")."""
        return min(due for _s, _c, due in self.running) if self.running else None

    def running_json(self) -> str | None:
        if not self.running:
            return None
        return json.dumps(
            [[s, c, due.isoformat()] for s, c, due in self.running], separators=(",", ":")
        )

    def missed_by(self, unit_id: int) -> bool:
        return any(u.unit_id == unit_id and u.missed for u in self.units)

    def dumps(self) -> str:
        """The stored form (stat_reports.facts) without the columns kept beside it."""
        return json.dumps(
            [
                self.resolved_day.isoformat() if self.resolved_day else None,
                self.category,
                self.channel,
                self.area,
                self.rating,
                int(self.published),
                list(self.static),
                int(self.finished),
                int(self.late),
                self.handling_us,
                [list(u) for u in self.units],
                [list(s) for s in self.stages],
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def loads(
        cls,
        report_id: int,
        day: date | str,
        hold_unit: int | None,
        hold_since: datetime | None,
        running: str | None,
        text: str,
    ) -> Facts:
        """From the stored columns, in rollup.ROW order (rollup.load_facts)."""
        (
            resolved,
            cat,
            chan,
            area,
            rating,
            published,
            static,
            finished,
            late,
            hours,
            units,
            stages,
        ) = json.loads(text)
        return cls(
            report_id,
            _as_date(day),
            date.fromisoformat(resolved) if resolved else None,
            cat,
            chan,
            area,
            rating,
            bool(published),
            tuple(static),
            bool(finished),
            bool(late),
            hours,
            tuple(UnitPart(u[0], bool(u[1]), u[2], u[3], bool(u[4])) for u in units),
            tuple(StagePart(*s) for s in stages),
            (hold_unit, hold_since) if hold_unit is not None and hold_since else None,
            parse_running(running),
        )


def parse_running(text: str | None) -> tuple[tuple[str, int | None, datetime], ...]:
    if not text:
        return ()
    return tuple((s, c, datetime.fromisoformat(due)) for s, c, due in json.loads(text))


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass
class _Walk:
    """One report's holds and counted actions, from its history in order."""

    held: dict[int, int] = field(default_factory=dict)
    bounces: dict[int, int] = field(default_factory=dict)
    actions: set[str] = field(default_factory=set)
    first_forward: datetime | None = None
    current: tuple[int, datetime] | None = None

    def step(
        self, at: datetime, action: str, unit_id: int | None, status: str, calendar: WorkCalendar
    ) -> None:
        """The same rule as holdings.walk_history, for one report."""
        if action in FACT_ACTIONS:
            self.actions.add(action)
            if action == "forward" and self.first_forward is None:
                self.first_forward = at
        if unit_id is not None and (self.current is None or self.current[0] != unit_id):
            if self.current is not None:
                self._close(at, action in RETURNS, calendar)
            self.current = (unit_id, at)
            if status in ENDS:  # sent and ended at once (answered at the hotline)
                self._close(at, False, calendar)
        elif self.current is not None and status in ENDS:
            self._close(at, False, calendar)

    def _close(self, at: datetime, bounced: bool, calendar: WorkCalendar) -> None:
        assert self.current is not None
        uid, start = self.current
        self.current = None
        self.held[uid] = self.held.get(uid, 0) + calendar.working_us_between(start, at)
        if bounced:
            self.bounces[uid] = self.bounces.get(uid, 0) + 1


def facts_where(
    session: Session,
    report_cond: ColumnElement[bool],
    history_cond: ColumnElement[bool],
    clock_cond: ColumnElement[bool],
    extension_cond: ColumnElement[bool],
    *,
    calendar: WorkCalendar,
    ioc_id: int | None,
) -> dict[int, Facts]:
    """The facts of the reports the conditions select (by id: a list or a range)."""
    walks: dict[int, _Walk] = {}
    ends = tuple(ENDS)
    for rid, at, action, unit_id, status in session.execute(
        select(H.c.report_id, H.c.at, H.c.action, H.c.unit_id, type_coerce(H.c.to_status, String))
        .where(
            history_cond,
            or_(H.c.unit_id.is_not(None), H.c.to_status.in_(ends), H.c.action.in_(FACT_ACTIONS)),
        )
        .order_by(H.c.report_id, H.c.at, H.c.id)
    ):
        walk = walks.get(rid)
        if walk is None:
            walk = walks[rid] = _Walk()
        walk.step(at, action, unit_id, status, calendar)
    stages: dict[int, dict[tuple[str, int | None], list[int]]] = {}
    running: dict[int, list[tuple[str, int | None, datetime]]] = {}
    for rid, stage, unit_id, completed, due, missed in session.execute(
        select(
            DL.c.report_id, DL.c.stage, DL.c.unit_id, DL.c.completed_at, DL.c.due_at, DL.c.missed
        ).where(clock_cond)
    ):
        charged = ioc_id if stage in IOC_STAGES else unit_id
        if completed is None and due is not None and stage not in CONDITIONAL:
            running.setdefault(rid, []).append((stage, charged, due))
        acc = stages.setdefault(rid, {}).setdefault((stage, charged), [0, 0, 0])
        acc[0] += 1
        if missed:
            acc[2] += 1
        elif completed is not None and (due is None or completed <= due):
            acc[1] += 1
    extensions: dict[int, int] = dict(
        session.execute(
            select(EXT.c.report_id, func.count()).where(extension_cond).group_by(EXT.c.report_id)
        ).all()
    )
    out: dict[int, Facts] = {}
    for (
        rid,
        cat,
        chan,
        area,
        status,
        resolved_at,
        published_at,
        late,
        rating,
        received_at,
        paused_at,
    ) in session.execute(
        select(
            R.c.id,
            R.c.category_id,
            R.c.channel_id,
            R.c.area,
            type_coerce(R.c.status, String),
            R.c.resolved_at,
            R.c.published_at,
            R.c.late,
            R.c.rating,
            R.c.received_at,
            R.c.paused_at,
        ).where(report_cond)
    ):
        f = _facts(
            rid,
            cat,
            chan,
            area,
            status,
            resolved_at,
            published_at is not None,
            bool(late),
            rating,
            received_at,
            int(extensions.get(rid, 0)),
            walks.get(rid) or _Walk(),
            stages.get(rid, {}),
            calendar,
        )
        if paused_at is None and status not in NOT_OPEN and rid in running:
            f = replace(f, running=tuple(sorted(running[rid], key=_clock_key)))
        out[rid] = f
    return out


def _clock_key(clock: tuple[str, int | None, datetime]) -> tuple[datetime, str, int]:
    stage, charged, due = clock
    return due, stage, -1 if charged is None else charged


def _facts(
    rid: int,
    cat: int | None,
    chan: int | None,
    area: str | None,
    status: str,
    resolved_at: datetime | None,
    published: bool,
    late: bool,
    rating: str | None,
    received_at: datetime,
    n_ext: int,
    walk: _Walk,
    stages: dict[tuple[str, int | None], list[int]],
    calendar: WorkCalendar,
) -> Facts:
    acts = walk.actions
    static = (
        1,
        int(status == _REJECTED),
        int(status == _REDIRECTED),
        int(status == _DIRECT),
        int("forward" in acts),
        int(not acts.isdisjoint(RETURNS)),
        int(resolved_at is not None),
        int(published),
        int(status not in NOT_OPEN),
        n_ext,
        int("reopen" in acts),
        int(rating is not None),
    )
    hours = (
        calendar.working_us_between(walk.first_forward, resolved_at)
        if resolved_at is not None and walk.first_forward is not None
        else None
    )
    held = set(walk.held) | ({walk.current[0]} if walk.current else set())
    missed = {charged for (_s, charged), acc in stages.items() if acc[2] and charged is not None}
    units = tuple(
        UnitPart(uid, uid in held, walk.held.get(uid, 0), walk.bounces.get(uid, 0), uid in missed)
        for uid in sorted(held | missed)
    )
    return Facts(
        report_id=rid,
        day=received_at.date(),
        resolved_day=resolved_at.date() if resolved_at is not None else None,
        category=cat,
        channel=chan,
        area=area,
        rating=rating,
        published=published,
        static=static,
        finished=resolved_at is not None or status in CLOSED,
        late=late,
        handling_us=hours,
        units=units,
        stages=tuple(
            StagePart(stage, charged, *acc)
            for (stage, charged), acc in sorted(stages.items(), key=_stage_key)
        ),
        hold=walk.current,
    )


def _stage_key(item: tuple[tuple[str, int | None], list[int]]) -> tuple[str, int]:
    (stage, charged), _acc = item
    return stage, -1 if charged is None else charged


def facts_of(
    session: Session, ids: Iterable[int], *, calendar: WorkCalendar, ioc_id: int | None
) -> dict[int, Facts]:
    ids = sorted(set(ids))
    if not ids:
        return {}
    return facts_where(
        session,
        R.c.id.in_(ids),
        H.c.report_id.in_(ids),
        DL.c.report_id.in_(ids),
        EXT.c.report_id.in_(ids),
        calendar=calendar,
        ioc_id=ioc_id,
    )


def facts_between(
    session: Session, lo: int, hi: int, *, calendar: WorkCalendar, ioc_id: int | None
) -> dict[int, Facts]:
    """The facts of reports with ids in [lo, hi] (a rebuild's batch)."""
    return facts_where(
        session,
        R.c.id.between(lo, hi),
        H.c.report_id.between(lo, hi),
        DL.c.report_id.between(lo, hi),
        EXT.c.report_id.between(lo, hi),
        calendar=calendar,
        ioc_id=ioc_id,
    )
