"""The grouped SQL behind the figures: one SELECT per breakdown, the same on SQLite and PostgreSQL.

Per-report facts that live in other tables (was it ever forwarded, returned, reopened; is a
binding stage open past due; how many extensions) are folded first into small per-report
subqueries over the cohort, then every breakdown is one GROUP BY over the cohort joined to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Subquery

from console.models import Extension, HistoryEntry, Report, ReportDeadline, ReportStatus
from console.sla import CONDITIONAL_DUTIES

R = Report.__table__
H = HistoryEntry.__table__
DL = ReportDeadline.__table__
EXT = Extension.__table__

# Stages that bind only when their condition happened: never "overdue now" (console.sla).
CONDITIONAL = tuple(sorted(CONDITIONAL_DUTIES))
CLOSED = (ReportStatus.REJECTED.value, ReportStatus.REDIRECTED.value,
          ReportStatus.ANSWERED_DIRECTLY.value, ReportStatus.CLOSED.value)
# The IOC's own duties: charged to the IOC whichever unit held the report when they ran
# (the publish clock starts at a unit's approval, while that unit is still the holder).
IOC_STAGES = ("check", "route", "publish")
# Open = still being worked on: neither ended nor answered and waiting for the citizen.
NOT_OPEN = (*CLOSED, ReportStatus.PUBLISHED.value)

COUNT_FIELDS = ("received", "rejected", "redirected", "answered_directly", "forwarded",
                "returned", "resolved", "answered", "on_time", "late", "open", "overdue_open",
                "extensions", "reopened", "rated")


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


def _flag(cond: ColumnElement[bool]) -> ColumnElement[int]:
    return func.max(case((cond, 1), else_=0))


def _sum(cond: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def history_facts(scope: Scope) -> Subquery:
    """Per cohort report: ever forwarded, returned by a unit, reopened; the first forwarding."""
    return (
        select(H.c.report_id,
               _flag(H.c.action == "forward").label("forwarded"),
               _flag(H.c.action == "return_to_ioc").label("returned"),
               _flag(H.c.action == "reopen").label("reopened"),
               func.min(case((H.c.action == "forward", H.c.at))).label("first_forward"))
        .join(R, R.c.id == H.c.report_id)
        .where(*scope.where(), H.c.action.in_(("forward", "return_to_ioc", "reopen")))
        .group_by(H.c.report_id)
        .subquery("hf")
    )


def deadline_facts(scope: Scope) -> Subquery:
    """Per cohort report: a binding stage open past due now (paused reports stand still)."""
    overdue = and_(DL.c.completed_at.is_(None), DL.c.due_at < scope.now,
                   DL.c.stage.not_in(CONDITIONAL))
    return (
        select(DL.c.report_id, _flag(overdue).label("overdue"))
        .join(R, R.c.id == DL.c.report_id)
        .where(*scope.where(), DL.c.completed_at.is_(None))
        .group_by(DL.c.report_id)
        .subquery("df")
    )


def extension_facts(scope: Scope) -> Subquery:
    return (
        select(EXT.c.report_id, func.count().label("n"))
        .join(R, R.c.id == EXT.c.report_id)
        .where(*scope.where())
        .group_by(EXT.c.report_id)
        .subquery("xf")
    )


def missed_by_unit(scope: Scope) -> Subquery:
    """(report, unit) pairs where a stage the unit held missed its duty."""
    return (
        select(DL.c.report_id, charged_unit(DL, scope).label("unit_id"))
        .join(R, R.c.id == DL.c.report_id)
        .where(*scope.where(), DL.c.missed.is_(True))
        .distinct()
        .subquery("mf")
    )


def count_columns(late: ColumnElement[bool], hf: Subquery, df: Subquery,
                  xf: Subquery) -> list[ColumnElement[Any]]:
    """The Counts columns (COUNT_FIELDS order) over a cohort joined to the fact subqueries."""
    status = R.c.status
    finished = or_(R.c.resolved_at.is_not(None), status.in_(CLOSED))
    is_open = status.not_in(NOT_OPEN)
    return [
        func.count(R.c.id),
        _sum(status == ReportStatus.REJECTED.value),
        _sum(status == ReportStatus.REDIRECTED.value),
        _sum(status == ReportStatus.ANSWERED_DIRECTLY.value),
        _sum(hf.c.forwarded == 1),
        _sum(hf.c.returned == 1),
        _sum(R.c.resolved_at.is_not(None)),
        _sum(R.c.published_at.is_not(None)),
        _sum(and_(finished, ~late)),
        _sum(late),
        _sum(is_open),
        _sum(and_(is_open, df.c.overdue == 1, R.c.paused_at.is_(None))),
        func.coalesce(func.sum(xf.c.n), 0),
        _sum(hf.c.reopened == 1),
        _sum(R.c.rating.is_not(None)),
    ]


def grouped(scope: Scope, key: ColumnElement[Any] | None, *, late: ColumnElement[bool],
            join_held: bool = False) -> Select[Any]:
    """One row of counts per ``key`` (None: one row for the whole cohort).

    ``join_held``: one row per (report, unit that held it), the key being that unit; ``late``
    may then refer to the ``mf`` subquery joined on the held unit."""
    hf, df, xf = history_facts(scope), deadline_facts(scope), extension_facts(scope)
    cols = count_columns(late, hf, df, xf)
    group = key if key is not None else literal("")
    q = select(group.label("key"), *cols).select_from(R)
    q = (q.outerjoin(hf, hf.c.report_id == R.c.id).outerjoin(df, df.c.report_id == R.c.id)
         .outerjoin(xf, xf.c.report_id == R.c.id))
    q = q.where(*scope.where())
    return q.group_by(group) if key is not None else q


def held_pairs(scope: Scope) -> Subquery:
    """Distinct (report, unit) for every unit that held a cohort report."""
    return (
        select(H.c.report_id, H.c.unit_id)
        .join(R, R.c.id == H.c.report_id)
        .where(*scope.where(), H.c.unit_id.is_not(None))
        .distinct()
        .subquery("hp")
    )


def by_held_unit(scope: Scope) -> Select[Any]:
    """Counts per unit over the reports each unit held; late = a missed stage charged to it."""
    hp, mf = held_pairs(scope), missed_by_unit(scope)
    hf, df, xf = history_facts(scope), deadline_facts(scope), extension_facts(scope)
    late = mf.c.report_id.is_not(None)
    q = (select(hp.c.unit_id.label("key"), *count_columns(late, hf, df, xf))
         .select_from(hp)
         .join(R, R.c.id == hp.c.report_id)
         .outerjoin(mf, and_(mf.c.report_id == hp.c.report_id, mf.c.unit_id == hp.c.unit_id))
         .outerjoin(hf, hf.c.report_id == R.c.id).outerjoin(df, df.c.report_id == R.c.id)
         .outerjoin(xf, xf.c.report_id == R.c.id))
    return q.group_by(hp.c.unit_id)


def unit_late(scope: Scope) -> ColumnElement[bool]:
    """Late for one unit's figures: a stage charged to it missed its duty."""
    dl = DL.alias("charged")
    return exists().where(dl.c.report_id == R.c.id, charged_unit(dl, scope) == scope.unit_id,
                          dl.c.missed.is_(True))


def report_late() -> ColumnElement[bool]:
    return R.c.late.is_(True)


def stage_rows(scope: Scope) -> Select[Any]:
    """Per stage: clocks ended in time, duties missed, binding clocks open past due now."""
    in_time = and_(DL.c.completed_at.is_not(None), DL.c.missed.is_(False),
                   or_(DL.c.due_at.is_(None), DL.c.completed_at <= DL.c.due_at))
    overdue = and_(DL.c.completed_at.is_(None), DL.c.due_at < scope.now,
                   DL.c.stage.not_in(CONDITIONAL), R.c.paused_at.is_(None),
                   R.c.status.not_in(NOT_OPEN))
    q = (select(DL.c.stage, _sum(in_time), _sum(DL.c.missed.is_(True)), _sum(overdue))
         .join(R, R.c.id == DL.c.report_id).where(*scope.where()))
    if scope.unit_id is not None:
        q = q.where(charged_unit(DL, scope) == scope.unit_id)
    return q.group_by(DL.c.stage)


def rating_rows(scope: Scope) -> Select[Any]:
    """Answered cohort reports per rating (NULL: not rated)."""
    return (select(R.c.rating, func.count()).where(*scope.where(), R.c.published_at.is_not(None))
            .group_by(R.c.rating))


def rating_by_unit(scope: Scope) -> Select[Any]:
    """Per held unit: answered reports, and those rated with each code."""
    hp = held_pairs(scope)
    return (select(hp.c.unit_id, R.c.rating, func.count())
            .select_from(hp).join(R, R.c.id == hp.c.report_id)
            .where(R.c.published_at.is_not(None))
            .group_by(hp.c.unit_id, R.c.rating))


def day_of(session: Session, column: Any) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "sqlite":
        return func.date(column)
    return cast(column, Date)


def trend_rows(session: Session, scope: Scope) -> tuple[Select[Any], Select[Any]]:
    """(received per day of the cohort, resolved per day of the reports resolved in the period
    — the unit's reports only, with a unit)."""
    received = (select(day_of(session, R.c.received_at).label("d"), func.count())
                .where(*scope.where()).group_by("d"))
    cond = [R.c.resolved_at >= scope.start, R.c.resolved_at < scope.end]
    if scope.unit_id is not None:
        cond.append(held_by(R.c.id, scope.unit_id))
    resolved = (select(day_of(session, R.c.resolved_at).label("d"), func.count())
                .where(*cond).group_by("d"))
    return received, resolved


def handling_spans(scope: Scope) -> Select[Any]:
    """(first forwarding, the unit's result) of the resolved cohort reports."""
    hf = history_facts(scope)
    return (select(hf.c.first_forward, R.c.resolved_at).select_from(R)
            .join(hf, hf.c.report_id == R.c.id)
            .where(*scope.where(), R.c.resolved_at.is_not(None),
                   hf.c.first_forward.is_not(None)))


def hold_events(scope: Scope) -> Select[Any]:
    """The history entries that start or end a unit's hold, in order per report."""
    ends = (ReportStatus.APPROVED.value, *CLOSED)
    return (select(H.c.report_id, H.c.at, H.c.action, H.c.unit_id, H.c.to_status)
            .join(R, R.c.id == H.c.report_id)
            .where(*scope.where(), or_(H.c.unit_id.is_not(None), H.c.to_status.in_(ends)))
            .order_by(H.c.report_id, H.c.at, H.c.id))


def charged(scope: Scope) -> Select[Any]:
    """Reports with a missed stage per unit that held the stage's clock."""
    mf = missed_by_unit(scope)
    return (select(mf.c.unit_id, func.count()).where(mf.c.unit_id.is_not(None))
            .group_by(mf.c.unit_id))

