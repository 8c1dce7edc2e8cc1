"""The province's working calendar: national holidays plus the administrator's overrides.

Changing the calendar moves every open deadline that counts working time; that happens here,
in the same transaction as the change, in one batch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import BindParameter, Connection, bindparam, select, update
from sqlalchemy.orm import Session

from console.db import Database
from console.errors import MessageError
from console.models import CalendarOverride, Category, OverrideKind, Report, ReportDeadline
from console.profiles import Profile
from console.services.category_clocks import engine_from_session
from console.sla import DeadlineEngine
from console.timeutil import now_local
from console.worktime import WorkCalendar

BATCH = 5_000  # rows per executemany: the progress bar's step


class CalendarError(MessageError, ValueError):
    """A calendar change that cannot be made; the message is for the operator."""


def calendar_from_session(session: Session, profile: Profile) -> WorkCalendar:
    overrides = list(session.scalars(select(CalendarOverride)))
    return WorkCalendar.for_profile(
        profile,
        days_off={
            o.day: o.note or "Ngày nghỉ" for o in overrides if o.kind is OverrideKind.DAY_OFF
        },
        extra_working_days=[o.day for o in overrides if o.kind is OverrideKind.WORKING_DAY],
    )


def load_calendar(db: Database, profile: Profile) -> WorkCalendar:
    with db.session() as session:
        return calendar_from_session(session, profile)


def load_engine(db: Database, profile: Profile) -> DeadlineEngine:
    with db.session() as session:
        return engine_from_session(session, profile)


def set_override(
    db: Database,
    profile: Profile,
    day: date,
    kind: OverrideKind | None,
    *,
    note: str = "",
    actor_id: int | None = None,
) -> int:
    """Add, change (``kind``) or remove (``kind=None``) a day's override; returns how many
    open deadlines moved."""
    with db.session() as session:
        row = session.scalar(select(CalendarOverride).where(CalendarOverride.day == day))
        if kind is None:
            if row is None:
                raise CalendarError("Ngày {day:%d/%m/%Y} không có điều chỉnh nào để bỏ", day=day)
            session.delete(row)
        elif row is None:
            session.add(
                CalendarOverride(
                    day=day,
                    kind=kind,
                    note=note.strip(),
                    created_by_id=actor_id,
                    created_at=now_local(),
                )
            )
        else:
            row.kind, row.note = kind, note.strip()
        session.flush()
        engine = engine_from_session(session, profile)
        return recompute_open_deadlines(session.connection(), engine)


@dataclass(frozen=True, slots=True)
class Move:
    """One open stage deadline that a calendar change moves."""

    deadline_id: int
    report_id: int
    stage: str
    old_due: datetime | None
    new_due: datetime
    new_warn: datetime | None
    current: bool  # the report's current stage: its denormalised due_at follows


def deadline_moves(conn: Connection, engine: DeadlineEngine) -> list[Move]:
    """Every open stage deadline whose due time ``engine`` computes differently now, from its
    start, clock and pause credit. Extended deadlines keep their committed date."""
    dl, rp, cat = ReportDeadline.__table__, Report.__table__, Category.__table__
    rows = conn.execute(
        select(
            dl.c.id,
            dl.c.report_id,
            dl.c.stage,
            dl.c.started_at,
            dl.c.due_at,
            dl.c.paused_seconds,
            rp.c.emergency,
            rp.c.stage,
            cat.c.code,
            rp.c.received_at,
        )
        .join(rp, rp.c.id == dl.c.report_id)
        .outerjoin(cat, cat.c.id == rp.c.category_id)
        .where(dl.c.completed_at.is_(None), dl.c.original_due_at.is_(None))
    ).all()
    moves: list[Move] = []
    for did, rid, stage, started, due, credit, emergency, current, category, received in rows:
        times = engine.stage_times(
            stage,
            started,
            category=category,
            emergency=emergency,
            credit_seconds=credit or 0,
            received_at=received,
        )
        if times is None or times[0] == due:
            continue
        moves.append(Move(did, rid, stage, due, times[0], times[1], stage == current))
    return moves


def apply_moves(
    conn: Connection, moves: list[Move], progress: Callable[[int], None] | None = None
) -> int:
    """Write ``moves`` (stage deadlines, and reports' ``due_at`` for current stages) in
    batches; ``progress`` gets the number of deadlines written after each batch."""
    dl, rp = ReportDeadline.__table__, Report.__table__
    changed = [{"b_id": m.deadline_id, "b_due": m.new_due, "b_warn": m.new_warn} for m in moves]
    report_due = [
        {"b_id": m.report_id, "b_due": m.new_due, "b_warn": m.new_warn} for m in moves if m.current
    ]
    moves_stmt = update(dl).where(dl.c.id == bindparam("b_id"))
    follows = update(rp).where(rp.c.id == bindparam("b_id"))
    values: dict[str, BindParameter[datetime]] = {
        "due_at": bindparam("b_due"),
        "warn_at": bindparam("b_warn"),
    }
    for start in range(0, len(report_due), BATCH):
        conn.execute(follows.values(**values), report_due[start : start + BATCH])
    for start in range(0, len(changed), BATCH):
        conn.execute(moves_stmt.values(**values), changed[start : start + BATCH])
        if progress:
            progress(min(BATCH, len(changed) - start))
    return len(changed)


def recompute_open_deadlines(
    conn: Connection, engine: DeadlineEngine, progress: Callable[[int], None] | None = None
) -> int:
    """Recompute every open stage deadline (``deadline_moves``) and write the changes.

    Reports' denormalised ``due_at`` follows their current stage. Returns the number of stage
    deadlines that changed.
    """
    return apply_moves(conn, deadline_moves(conn, engine), progress)
