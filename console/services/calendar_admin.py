"""The administrator's working calendar (issue 11 item 4): the year, a change's preview, the
change itself.

A day off or a make-up working day moves every open working-time deadline. ``preview_day``
computes those moves inside a transaction it rolls back; ``change_day`` makes the change and
writes the moves in one transaction, with its audit entry, reporting progress by batch. Both
refuse anyone who is not an administrator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.db import Database
from console.models import CalendarOverride, OverrideKind, User
from console.profiles import Profile
from console.services.audit import record
from console.services.auth import AuthenticatedUser
from console.services.calendar import (
    CalendarError,
    Move,
    apply_moves,
    calendar_from_session,
    deadline_moves,
)
from console.services.category_clocks import engine_from_session
from console.services.users import require_admin
from console.timeutil import now_local
from console.worktime import HOLIDAY_YEARS, WorkCalendar, vietnam_holidays

HOLIDAY, DAY_OFF, WORKING_DAY, MAKE_UP = "holiday", "day_off", "working_day", "make_up"


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """A day that is not an ordinary one: a public holiday, a national make-up working day, or
    an administrator's day off or working day (``note``, ``by``)."""

    day: date
    kind: str  # HOLIDAY, MAKE_UP (national), DAY_OFF, WORKING_DAY (the administrator's)
    name: str
    by: str = ""


@dataclass(frozen=True, slots=True)
class CalendarYear:
    year: int
    days: list[CalendarDay]
    working_days: int


@dataclass(frozen=True, slots=True)
class DayChange:
    """What a change does (preview) or did: how many open deadlines move, of how many reports,
    by how much (calendar time; negative: earlier)."""

    day: date
    kind: OverrideKind | None
    deadlines: int
    reports: int
    least: timedelta
    most: timedelta

    @classmethod
    def of(cls, day: date, kind: OverrideKind | None, moves: list[Move]) -> DayChange:
        shifts = [m.new_due - m.old_due for m in moves if m.old_due is not None]
        return cls(
            day,
            kind,
            len(moves),
            len({m.report_id for m in moves}),
            min(shifts, default=timedelta()),
            max(shifts, default=timedelta()),
        )


def _check_year(day: date) -> None:
    if day.year not in HOLIDAY_YEARS:
        raise CalendarError(
            "Năm {year} nằm ngoài lịch ngày lễ ({first}–{last})",
            year=day.year,
            first=HOLIDAY_YEARS.start,
            last=HOLIDAY_YEARS.stop - 1,
        )


def calendar_year(db: Database, profile: Profile, year: int) -> CalendarYear:
    """The year's holidays, national make-up days and the administrator's overrides."""
    _check_year(date(year, 1, 1))
    with db.session() as s:
        calendar = calendar_from_session(s, profile)
        rows = s.execute(
            select(CalendarOverride, User.username)
            .outerjoin(User, User.id == CalendarOverride.created_by_id)
            .where(CalendarOverride.day.between(date(year, 1, 1), date(year, 12, 31)))
        ).all()
    own = {o.day: (o, by or "") for o, by in rows}
    national = vietnam_holidays(year)
    days = [CalendarDay(d, HOLIDAY, name) for d, name in national.names.items() if d not in own]
    days += [
        CalendarDay(d, MAKE_UP, "Ngày làm bù (lịch nhà nước)")
        for d in national.weekend_workdays
        if d.year == year and d not in own
    ]
    days += [
        CalendarDay(d, DAY_OFF if o.kind is OverrideKind.DAY_OFF else WORKING_DAY, o.note, by)
        for d, (o, by) in own.items()
    ]
    first = date(year, 1, 1)
    working = sum(
        calendar.is_working_day(first + timedelta(days=i))
        for i in range((date(year + 1, 1, 1) - first).days)
    )
    return CalendarYear(year, sorted(days, key=lambda d: d.day), working)


def _change(
    s: Session,
    profile: Profile,
    actor: AuthenticatedUser,
    day: date,
    kind: OverrideKind | None,
    reason: str,
) -> tuple[dict[str, str] | None, list[Move]]:
    """Make the change in ``s`` and compute the moves; the override as it was before."""
    require_admin(s, actor, "thay đổi lịch làm việc")
    _check_year(day)
    row = s.scalar(select(CalendarOverride).where(CalendarOverride.day == day))
    before = None if row is None else {"kind": row.kind.value, "note": row.note}
    if kind is None:
        if row is None:
            raise CalendarError("Ngày {day:%d/%m/%Y} không có điều chỉnh nào để bỏ", day=day)
        s.delete(row)
    else:
        if not reason.strip():
            raise CalendarError("Hãy ghi lý do (căn cứ) của ngày {day:%d/%m/%Y}", day=day)
        if row is not None:
            s.delete(row)
            s.flush()
        base: WorkCalendar = calendar_from_session(s, profile)  # without this day's override
        if kind is OverrideKind.DAY_OFF and not base.is_working_day(day):
            raise CalendarError("Ngày {day:%d/%m/%Y} đã là ngày nghỉ", day=day)
        if kind is OverrideKind.WORKING_DAY and base.is_working_day(day):
            raise CalendarError("Ngày {day:%d/%m/%Y} đã là ngày làm việc", day=day)
        s.add(
            CalendarOverride(
                day=day,
                kind=kind,
                note=reason.strip(),
                created_by_id=actor.id,
                created_at=now_local(),
            )
        )
    s.flush()
    return before, deadline_moves(s.connection(), engine_from_session(s, profile))


def preview_day(
    db: Database,
    profile: Profile,
    actor: AuthenticatedUser,
    day: date,
    kind: OverrideKind | None,
    reason: str = "",
) -> DayChange:
    """What ``change_day`` would do, without doing it (the transaction is rolled back)."""
    with db.sessions() as s:
        try:
            _before, moves = _change(s, profile, actor, day, kind, reason or "?")
        finally:
            s.rollback()
    return DayChange.of(day, kind, moves)


def change_day(
    db: Database,
    profile: Profile,
    actor: AuthenticatedUser,
    day: date,
    kind: OverrideKind | None,
    reason: str = "",
    *,
    progress: Callable[[int, int], None] | None = None,
    at: datetime | None = None,
) -> DayChange:
    """Add a day off (``DAY_OFF``), a working day (``WORKING_DAY``), or remove the day's
    override (None), and move the open deadlines, in one transaction. ``progress(done, total)``
    follows the deadlines written."""
    with db.session() as s:
        before, moves = _change(s, profile, actor, day, kind, reason)
        total, done = len(moves), 0
        if progress:
            progress(0, total)

        def step(n: int) -> None:
            nonlocal done
            done += n
            if progress:
                progress(done, total)

        apply_moves(s.connection(), moves, step)
        result = DayChange.of(day, kind, moves)
        after = None if kind is None else {"kind": kind.value, "note": reason.strip()}
        action = {
            None: "calendar.remove",
            OverrideKind.DAY_OFF: "calendar.day_off",
            OverrideKind.WORKING_DAY: "calendar.working_day",
        }[kind]
        record(
            s,
            actor,
            action,
            f"day:{day.isoformat()}",
            old=before,
            new={**(after or {}), "deadlines_moved": result.deadlines, "reports": result.reports},
            at=at,
        )
    return result
