"""The SQL behind the figures, the same on SQLite and PostgreSQL.

Each table is read once per call, over the cohort only: one compact row per report
(``report_rows``), the history entries that make holds and counted actions (``hold_events``),
the stage clocks that missed or run overdue (``deadline_flags``), plus the small grouped
per-stage and per-day counts. compute.py folds them into every breakdown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from console.models import Extension, HistoryEntry, Report, ReportDeadline, ReportStatus
from console.sla import CONDITIONAL_DUTIES

R = Report.__table__
H = HistoryEntry.__table__
DL = ReportDeadline.__table__
EXT = Extension.__table__

# Stages that bind only when their condition happened: never "overdue now" (console.sla).
CONDITIONAL = tuple(sorted(CONDITIONAL_DUTIES))
CLOSED = (
    ReportStatus.REJECTED.value,
    ReportStatus.REDIRECTED.value,
    ReportStatus.ANSWERED_DIRECTLY.value,
    ReportStatus.CLOSED.value,
)
# The IOC's own duties: charged to the IOC whichever unit held the report when they ran
# (the publish clock starts at a unit's approval, while that unit is still the holder).
IOC_STAGES = ("check", "route", "publish")
# Open = still being worked on: neither ended nor answered and waiting for the citizen.
NOT_OPEN = (*CLOSED, ReportStatus.PUBLISHED.value)

COUNT_FIELDS = (
    "received",
    "rejected",
    "redirected",
    "answered_directly",
    "forwarded",
    "returned",
    "resolved",
    "answered",
    "on_time",
    "late",
    "open",
    "overdue_open",
    "extensions",
    "reopened",
    "rated",
)


@dataclass(frozen=True)
class Scope:
    """The cohort: reports received in [start, end); with ``unit_id``, those the unit held."""

    start: datetime
    end: datetime
    now: datetime
    unit_id: int | None = None
    ioc_id: int | None = None

    def where(self) -> list[ColumnElement[bool]]:
        cond = [R.c.received_at >= self.start, R.c.received_at < self.end]
        if self.unit_id is not None:
            cond.append(held_by(R.c.id, self.unit_id))
        return cond


def held_by(report_id: Any, unit_id: Any) -> ColumnElement[bool]:
    """The unit held the report at some time: an action sent it there (forward, delegate,
    reopen, return to the IOC, submit at the IOC)."""
    held = H.alias("held")  # its own alias: the outer query may read the history too
    return exists().where(held.c.report_id == report_id, held.c.unit_id == unit_id)


def charged_unit(dl: Any, scope: Scope) -> ColumnElement[Any]:
    """The unit a stage clock is charged to: the IOC for its own stages, else the holder."""
    return case((dl.c.stage.in_(IOC_STAGES), literal(scope.ioc_id)), else_=dl.c.unit_id)


def _sum(cond: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def cohort_ids(scope: Scope) -> Select[Any]:
    return select(R.c.id).where(*scope.where())


def report_rows(session: Session, scope: Scope) -> Select[Any]:
    """One compact row per cohort report: its keys, state and extension count.

    The per-report facts are read once per call and aggregated in Python (compute.py), rather
    than re-derived by one GROUP BY per breakdown."""
    xf = (
        select(EXT.c.report_id, func.count().label("n"))
        .where(EXT.c.report_id.in_(cohort_ids(scope)))
        .group_by(EXT.c.report_id)
        .subquery("xf")
    )
    return (
        select(
            R.c.id,
            R.c.category_id,
            R.c.channel_id,
            R.c.area,
            type_coerce(R.c.status, String),
            R.c.resolved_at,
            R.c.published_at.is_not(None),
            R.c.paused_at.is_(None),
            R.c.late,
            R.c.rating,
            day_of(session, R.c.received_at),
            func.coalesce(xf.c.n, 0),
        )
        .select_from(R)
        .outerjoin(xf, xf.c.report_id == R.c.id)
        .where(*scope.where())
    )


# The history actions whose "ever happened" is a count (forwarded, returned, reopened).
# A unit hands a report back: to the IOC, or (Đắk Lắk Bước 3.2) to the district team.
RETURNS = ("return_to_ioc", "return_to_team")
FACT_ACTIONS = ("forward", *RETURNS, "reopen")


def hold_events(scope: Scope) -> Select[Any]:
    """The history entries that start or end a unit's hold, or are a counted action, in order
    per report. ``IN (cohort)`` lets SQLite walk the (report_id, at, id) index in order."""
    ends = (ReportStatus.APPROVED.value, *CLOSED)
    # to_status as plain text: no enum object per row (a quarter is ~260,000 rows)
    return (
        select(H.c.report_id, H.c.at, H.c.action, H.c.unit_id, type_coerce(H.c.to_status, String))
        .where(
            H.c.report_id.in_(cohort_ids(scope)),
            or_(H.c.unit_id.is_not(None), H.c.to_status.in_(ends), H.c.action.in_(FACT_ACTIONS)),
        )
        .order_by(H.c.report_id, H.c.at, H.c.id)
    )


def deadline_flags(scope: Scope) -> Select[Any]:
    """(report, charged unit, missed, binding clock open past due now) for the cohort's stage
    clocks that either missed their duty or run overdue: the rest count for nothing here."""
    overdue = and_(
        DL.c.completed_at.is_(None), DL.c.due_at < scope.now, DL.c.stage.not_in(CONDITIONAL)
    )
    return select(DL.c.report_id, charged_unit(DL, scope), DL.c.missed, overdue).where(
        DL.c.report_id.in_(cohort_ids(scope)), or_(DL.c.missed.is_(True), overdue)
    )


def stage_rows(scope: Scope) -> Select[Any]:
    """Per stage: clocks ended in time, duties missed, binding clocks open past due now."""
    in_time = and_(
        DL.c.completed_at.is_not(None),
        DL.c.missed.is_(False),
        or_(DL.c.due_at.is_(None), DL.c.completed_at <= DL.c.due_at),
    )
    overdue = and_(
        DL.c.completed_at.is_(None),
        DL.c.due_at < scope.now,
        DL.c.stage.not_in(CONDITIONAL),
        R.c.paused_at.is_(None),
        R.c.status.not_in(NOT_OPEN),
    )
    q = (
        select(DL.c.stage, _sum(in_time), _sum(DL.c.missed.is_(True)), _sum(overdue))
        .join(R, R.c.id == DL.c.report_id)
        .where(*scope.where())
    )
    if scope.unit_id is not None:
        q = q.where(charged_unit(DL, scope) == scope.unit_id)
    return q.group_by(DL.c.stage)


def day_of(session: Session, column: Any) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "sqlite":
        return func.date(column)
    return cast(column, Date)


def trend_rows(session: Session, scope: Scope) -> tuple[Select[Any], Select[Any]]:
    """(received per day of the cohort, resolved per day of the reports resolved in the period
    — the unit's reports only, with a unit)."""
    received = (
        select(day_of(session, R.c.received_at).label("d"), func.count())
        .where(*scope.where())
        .group_by("d")
    )
    cond = [R.c.resolved_at >= scope.start, R.c.resolved_at < scope.end]
    if scope.unit_id is not None:
        cond.append(held_by(R.c.id, scope.unit_id))
    resolved = (
        select(day_of(session, R.c.resolved_at).label("d"), func.count()).where(*cond).group_by("d")
    )
    return received, resolved
