"""Read-only queries the screens need. Views call these; they never build SQL themselves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session, aliased

from console.db import Database
from console.models import Category, Report, ReportStatus, Unit, User


@dataclass(frozen=True, slots=True)
class ReportRow:
    id: int
    code: str
    received_at: datetime
    title: str
    category: str
    unit: str
    status: ReportStatus
    due_at: datetime | None
    emergency: bool
    late: bool


def recent_reports(session: Session, *, limit: int = 500) -> list[ReportRow]:
    """The newest reports first (the plain list of the first window)."""
    unit = aliased(Unit)
    stmt = (
        select(
            Report.id,
            Report.code,
            Report.received_at,
            Report.title,
            func.coalesce(Category.name, ""),
            func.coalesce(unit.short_name, ""),
            Report.status,
            Report.due_at,
            Report.emergency,
            Report.late,
        )
        .outerjoin(Category, Category.id == Report.category_id)
        .outerjoin(unit, unit.id == Report.current_unit_id)
        .order_by(Report.received_at.desc(), Report.id.desc())
        .limit(limit)
    )
    return [ReportRow(*row) for row in session.execute(stmt)]


def queue_page(
    session: Session,
    *,
    statuses: Sequence[ReportStatus],
    unit_id: int | None = None,
    after: tuple[datetime, int] | None = None,
    limit: int = 200,
) -> list[ReportRow]:
    """One page of a work queue ordered by deadline, keyset-paginated on (due_at, id).

    Reports without a deadline are not in deadline queues. ``after`` is the last row's
    (due_at, id) of the previous page.
    """
    unit = aliased(Unit)
    stmt = (
        select(
            Report.id,
            Report.code,
            Report.received_at,
            Report.title,
            func.coalesce(Category.name, ""),
            func.coalesce(unit.short_name, ""),
            Report.status,
            Report.due_at,
            Report.emergency,
            Report.late,
        )
        .outerjoin(Category, Category.id == Report.category_id)
        .outerjoin(unit, unit.id == Report.current_unit_id)
        .where(Report.status.in_(statuses), Report.due_at.is_not(None))
        .order_by(Report.due_at, Report.id)
        .limit(limit)
    )
    if unit_id is not None:
        stmt = stmt.where(Report.current_unit_id == unit_id)
    if after is not None:
        stmt = stmt.where(tuple_(Report.due_at, Report.id) > tuple_(*after))
    return [ReportRow(*row) for row in session.execute(stmt)]


def count_reports(session: Session) -> int:
    return session.scalar(select(func.count(Report.id))) or 0


def count_by_status(session: Session) -> dict[ReportStatus, int]:
    stmt = select(Report.status, func.count(Report.id)).group_by(Report.status)
    return {status: n for status, n in session.execute(stmt)}


@dataclass(frozen=True)
class Overview:
    rows: list[ReportRow]
    total: int


def load_overview(db: Database, *, limit: int = 500) -> Overview:
    """What the first window shows, read in one short transaction."""
    with db.session() as session:
        return Overview(rows=recent_reports(session, limit=limit), total=count_reports(session))


def is_empty(db: Database) -> bool:
    with db.session() as session:
        return count_reports(session) == 0 and session.scalar(select(func.count(User.id))) == 0
