"""The dashboard's drill-down filters of a queue: the reports behind one figure.

Each condition is the statistics' own definition (console/statistics/sql.py, docs in
docs/statistics.md), so a queue opened from a number counts the same reports the number
counted. They apply only when a drill-down filter is set: the everyday queues keep their plans.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, or_, select

from console.models import Report, Unit, UnitKind
from console.statistics import sql

R = sql.R


class Outcome(StrEnum):
    """A figure of console.statistics.Counts that a queue can be narrowed to (same names)."""

    RECEIVED = "received"
    REJECTED = "rejected"
    REDIRECTED = "redirected"
    ANSWERED_DIRECTLY = "answered_directly"
    FORWARDED = "forwarded"
    RETURNED = "returned"
    RESOLVED = "resolved"
    ANSWERED = "answered"
    ON_TIME = "on_time"
    LATE = "late"
    OPEN = "open"
    OVERDUE_OPEN = "overdue_open"
    REOPENED = "reopened"
    RATED = "rated"


NO_RATING = "none"  # the ratings table's "Chưa đánh giá" row
# QueueFilter fields of a drill-down, cleared (a queue picked in the navigation drops them).
DRILL_OFF: dict[str, Any] = {
    "held_by": None,
    "area": None,
    "outcome": None,
    "rating": None,
    "resolved_from": None,
    "resolved_to": None,
}


def unit_id_of(code: str) -> Any:
    return select(Unit.id).where(Unit.code == code).scalar_subquery()


def _ioc_id() -> Any:
    return select(Unit.id).where(Unit.kind == UnitKind.IOC).limit(1).scalar_subquery()


def _ever(*actions: str) -> ColumnElement[bool]:
    h = sql.H.alias("drill_h")
    return exists().where(h.c.report_id == Report.id, h.c.action.in_(actions))


def _late(held_by: str | None) -> ColumnElement[bool]:
    """Late: the report's flag; for one unit, a missed stage charged to it."""
    if held_by is None:
        return Report.late.is_(True)
    dl = sql.DL.alias("drill_dl")
    charged = case((dl.c.stage.in_(sql.IOC_STAGES), _ioc_id()), else_=dl.c.unit_id)
    return exists().where(
        dl.c.report_id == Report.id, dl.c.missed.is_(True), charged == unit_id_of(held_by)
    )


def _overdue_now(now: datetime) -> ColumnElement[bool]:
    dl = sql.DL.alias("drill_due")
    return exists().where(
        dl.c.report_id == Report.id,
        dl.c.completed_at.is_(None),
        dl.c.due_at < now,
        dl.c.stage.not_in(sql.CONDITIONAL),
    )


def outcome_where(
    outcome: Outcome, held_by: str | None, now: datetime
) -> list[ColumnElement[bool]]:
    status = Report.status
    finished = or_(Report.resolved_at.is_not(None), status.in_(sql.CLOSED))
    is_open = status.not_in(sql.NOT_OPEN)
    match outcome:
        case Outcome.REJECTED | Outcome.REDIRECTED | Outcome.ANSWERED_DIRECTLY:
            return [status == outcome.value]
        case Outcome.FORWARDED:
            return [_ever("forward")]
        case Outcome.RETURNED:
            return [_ever(*sql.RETURNS)]
        case Outcome.REOPENED:
            return [_ever("reopen")]
        case Outcome.RESOLVED:
            return [Report.resolved_at.is_not(None)]
        case Outcome.ANSWERED:
            return [Report.published_at.is_not(None)]
        case Outcome.ON_TIME:
            return [and_(finished, ~_late(held_by))]
        case Outcome.LATE:
            return [_late(held_by)]
        case Outcome.OPEN:
            return [is_open]
        case Outcome.OVERDUE_OPEN:
            return [is_open, Report.paused_at.is_(None), _overdue_now(now)]
        case Outcome.RATED:
            return [Report.rating.is_not(None)]
    return []


def drill_where(
    *,
    held_by: str | None,
    area: str | None,
    outcome: str | None,
    rating: str | None,
    resolved_from: datetime | None,
    resolved_to: datetime | None,
    now: datetime,
) -> list[ColumnElement[bool]]:
    """The WHERE of the drill-down filters that are set (empty when none is)."""
    where: list[ColumnElement[bool]] = []
    if held_by:
        where.append(sql.held_by(Report.id, unit_id_of(held_by)))
    if area:
        where.append(Report.area == area)
    if outcome:
        where += outcome_where(Outcome(outcome), held_by or None, now)
    if rating:  # the ratings count answered reports; "none": answered and not rated
        where.append(Report.published_at.is_not(None))
        where.append(Report.rating.is_(None) if rating == NO_RATING else Report.rating == rating)
    if resolved_from:
        where.append(Report.resolved_at >= resolved_from)
    if resolved_to:
        where.append(Report.resolved_at < resolved_to)
    return where
