"""Report-level lists for the report documents, one grouped SELECT each (no ORM objects):

- ``late_listing``: the reports a unit handled late or not at all in a period (Tiền Giang Điều
  17.4, "báo cáo giải trình … các trường hợp … trễ hạn hoặc không xử lý"): the stage clocks
  charged to the unit (console.statistics.sql.charged_unit) that were missed, or are open past
  due now, folded per report;
- ``private_listing``: the reports answered privately, not published, in a period (Đắk Lắk
  Bước 4.1: "tổng hợp, báo cáo UBND tỉnh định kỳ hàng tháng, không công khai").

The cohort is the figures' one: reports received in the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from console.errors import InvalidValueError
from console.models import Category, Publication, Restriction, Unit, UnitKind
from console.statistics import sql
from console.statistics.period import Period
from console.worktime import WorkCalendar

C = Category.__table__
U = Unit.__table__


@dataclass(frozen=True)
class LateRow:
    code: str
    title: str
    received_at: datetime
    due_at: datetime  # the first missed (or overdue) deadline charged to the unit
    done_at: datetime | None  # when its last such stage ended; None: not done yet
    hours_late: float  # working hours past due, to the end or to "now"
    clocks: int  # how many of the unit's stage clocks were missed


@dataclass(frozen=True)
class PrivateRow:
    code: str
    title: str
    received_at: datetime
    answered_at: datetime
    category: str
    unit: str
    reason: str


REASONS = {
    Restriction.STATE_SECRET.value: "Liên quan bí mật nhà nước",
    Restriction.REPUTATIONAL.value: "Ảnh hưởng uy tín của tổ chức, cá nhân",
}
CONFIDENTIAL = "Người phản ánh đề nghị giữ bí mật"


def unit_of(session: Session, code: str) -> tuple[int, str, str]:
    """(id, name, kind) of the unit with ``code``; a Vietnamese refusal when there is none."""
    row = session.execute(select(U.c.id, U.c.name, U.c.kind).where(U.c.code == code)).first()
    if row is None:
        raise InvalidValueError("Không có đơn vị mã '{code}'", code=code)
    return int(row[0]), str(row[1]), str(row[2])


def late_listing(
    session: Session, period: Period, unit_code: str, *, now: datetime, calendar: WorkCalendar
) -> list[LateRow]:
    unit_id, _name, _kind = unit_of(session, unit_code)
    ioc_id = session.scalar(select(U.c.id).where(U.c.kind == UnitKind.IOC.value))
    start, end = period.bounds()
    scope = sql.Scope(start, end, now, None, ioc_id)
    R, DL = sql.R, sql.DL
    overdue = and_(
        DL.c.completed_at.is_(None), DL.c.due_at < now, DL.c.stage.not_in(sql.CONDITIONAL)
    )
    q = (
        select(
            R.c.code,
            R.c.title,
            R.c.received_at,
            func.min(DL.c.due_at),
            func.max(DL.c.completed_at),
            func.max(case((DL.c.completed_at.is_(None), 1), else_=0)),
            func.count(),
        )
        .join(DL, DL.c.report_id == R.c.id)
        .where(
            *scope.where(),
            sql.charged_unit(DL, scope) == unit_id,
            or_(DL.c.missed.is_(True), overdue),
        )
        .group_by(R.c.id, R.c.code, R.c.title, R.c.received_at)
        .order_by(R.c.received_at, R.c.id)
    )
    out = []
    for code, title, received, due, done, still_open, clocks in session.execute(q):
        finished = None if still_open else done
        hours = calendar.working_hours_between(due, finished or now)
        out.append(
            LateRow(code, title, received, due, finished, round(max(hours, 0.0), 1), int(clocks))
        )
    return out


def private_listing(session: Session, period: Period) -> list[PrivateRow]:
    """Answered privately with the answer's date in the period (the month's list)."""
    start, end = period.bounds()
    R = sql.R
    q = (
        select(
            R.c.code,
            R.c.title,
            R.c.received_at,
            R.c.published_at,
            C.c.name,
            U.c.name,
            R.c.restriction,
            R.c.reporter_confidential,
        )
        .outerjoin(C, C.c.id == R.c.category_id)
        .outerjoin(U, U.c.id == R.c.current_unit_id)
        .where(
            R.c.publication == Publication.PRIVATE.value,
            R.c.published_at >= start,
            R.c.published_at < end,
        )
        .order_by(R.c.published_at, R.c.id)
    )
    out = []
    for code, title, received, answered, cat, unit, restriction, confidential in session.execute(q):
        reason = REASONS.get(
            str(restriction),
            CONFIDENTIAL if confidential else "Trả lời riêng theo đề xuất của cơ quan xử lý",
        )
        out.append(
            PrivateRow(
                code, title, received, answered, cat or "Chưa phân loại", unit or "–", reason
            )
        )
    return out
