"""Which reports a person may reach: one rule for every door (issue 16 item 2).

The IOC and the province's office see every report (they triage and route them; the machine's
administrator on the command line and an administrator's account too). Anyone else sees the
reports their unit holds now, and those held by a unit directly under it (a district team's
units, a district's communes): the same reach as the workflow's "any" scope. Reporter details
(name, phone, e-mail, address) follow the narrower rule of DESIGN §7: the IOC and the unit that
holds the report (or its parent), never the office by its position alone.

Every door that takes a report's id, code, phone number or a period applies it here: the
detail, find, the queues and search, caller history, duplicates, attachments, the letters
single and in batch. A report outside the rule is "not found" where its existence alone would
tell something (a code typed, a phone number); where the id came from a screen, the refusal says
the report is not the unit's.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, false, or_, select
from sqlalchemy.orm import Session

from console.models import Report, Unit, UnitKind
from console.services.auth import AuthenticatedUser
from console.workflow import WorkflowError

NOT_YOURS = "Phản ánh này không thuộc đơn vị của bạn"


def sees_all(actor: AuthenticatedUser) -> bool:
    return actor.unit_kind in (UnitKind.IOC, UnitKind.OFFICE) or actor.is_admin or actor.is_system


def sees_every_reporter(actor: AuthenticatedUser) -> bool:
    return actor.unit_kind is UnitKind.IOC or actor.is_system


def own_units(session: Session, actor: AuthenticatedUser) -> list[int]:
    """The actor's unit and the units directly under it."""
    if actor.unit_id is None:
        return []
    children = session.scalars(select(Unit.id).where(Unit.parent_id == actor.unit_id))
    return [actor.unit_id, *children]


def _held_by(session: Session, actor: AuthenticatedUser) -> ColumnElement[bool]:
    units = own_units(session, actor)
    return Report.current_unit_id.in_(units) if units else false()


def visible_where(session: Session, actor: AuthenticatedUser) -> ColumnElement[bool] | None:
    """The WHERE clause of the reports ``actor`` may reach; None: every report."""
    return None if sees_all(actor) else _held_by(session, actor)


def visible_where_in_sql(actor: AuthenticatedUser) -> ColumnElement[bool] | None:
    """The same rule as ``visible_where`` with the actor's units found by the statement itself
    (a subquery, not a list read first): a queue page stays one round trip (issue 15 item 6)."""
    units = own_units_in_sql(actor)
    if units is None:
        return None
    return false() if actor.unit_id is None else Report.current_unit_id.in_(units)


def own_units_in_sql(actor: AuthenticatedUser) -> Select[int] | None:
    """``own_units`` as a subquery; None: the actor sees every report."""
    if sees_all(actor):
        return None
    return select(Unit.id).where(or_(Unit.id == actor.unit_id, Unit.parent_id == actor.unit_id))


def reporter_visible_where(
    session: Session, actor: AuthenticatedUser
) -> ColumnElement[bool] | None:
    """The WHERE clause of the reports whose reporter ``actor`` may know; None: every one."""
    return None if sees_every_reporter(actor) else _held_by(session, actor)


def holds(actor: AuthenticatedUser, unit: Unit | None) -> bool:
    """The actor's unit holds a report held by ``unit`` (it is that unit or its parent)."""
    if unit is None or actor.unit_id is None:
        return False
    return actor.unit_id in (unit.id, unit.parent_id)


def may_see(actor: AuthenticatedUser, unit: Unit | None) -> bool:
    """``actor`` may reach a report held now by ``unit``."""
    return sees_all(actor) or holds(actor, unit)


def may_see_reporter(actor: AuthenticatedUser, unit: Unit | None) -> bool:
    """``actor`` may know the reporter of a report held now by ``unit`` (DESIGN §7)."""
    return sees_every_reporter(actor) or holds(actor, unit)


def _unit_of(session: Session, report: Report) -> Unit | None:
    return session.get(Unit, report.current_unit_id) if report.current_unit_id else None


def visible_report(
    session: Session, actor: AuthenticatedUser, report_id: int, *, reporter: bool = False
) -> Report:
    """The report, when ``actor`` may reach it (``reporter``: and know who reported it); else
    WorkflowError, "not found" for an id that does not exist."""
    report = session.get(Report, report_id)
    if report is None:
        raise WorkflowError("Không tìm thấy phản ánh #{report_id}", report_id=report_id)
    unit = _unit_of(session, report)
    allowed = may_see_reporter(actor, unit) if reporter else may_see(actor, unit)
    if not allowed:
        raise WorkflowError(NOT_YOURS)
    return report


def find_visible(session: Session, actor: AuthenticatedUser, code: str) -> int:
    """The id of the report with ``code`` when ``actor`` may reach it; a report of another unit
    is "not found", as one that does not exist (its existence is not the unit's to know)."""
    stmt = select(Report.id).where(Report.code == code.strip().upper())
    scope = visible_where(session, actor)
    rid = session.scalar(stmt if scope is None else stmt.where(scope))
    if rid is None:
        raise WorkflowError("Không tìm thấy phản ánh mã {code!r}", code=code)
    return rid
