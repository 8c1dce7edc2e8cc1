"""Which units a report may be sent to: one list for the routing dialog and the services.

``routing_choices(action, report)`` owns the list (issue 14: the dialog hid the office while
the service refused only the IOC). The list follows the regulations:

- ``forward`` by the IOC: every active unit but the IOC itself. The province office is a
  target only where it sorts reports for the units (Lai Châu Điều 7.4.k: "Văn phòng HĐND và
  UBND Thành phố tiếp nhận, phân loại chuyển về các đơn vị xử lý", profile flag
  ``office_sorts``); elsewhere the office receives a report by escalation, and a report
  forwarded to it would wait for an acceptance no office role can give.
- ``forward`` by the office (sorting, a mistaken report it re-routes, an escalation it
  resolves): the units that handle reports, neither the IOC nor the office.
- ``delegate`` by a Đắk Lắk district team (Bước 3.1.b): the team's own units, less those that
  returned this report as not their remit since the IOC sent it (Bước 3.2: the team sends it
  on "đến cơ quan xử lý khác phù hợp").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import Consultation, HistoryEntry, Report, Unit, UnitKind
from console.profiles import Profile
from console.services.auth import AuthenticatedUser
from console.services.focal_points import FocalPoints, focal_points
from console.workflow import WorkflowError

ROUTING_ACTIONS = ("forward", "delegate")


@dataclass(frozen=True)
class RoutingChoice:
    """A unit the report may go to, with its focal points (Thái Nguyên Điều 14.1)."""

    code: str
    name: str
    parent: str | None
    kind: str
    focal: FocalPoints = field(default_factory=FocalPoints)


def returned_by(session: Session, report_id: int) -> set[str]:
    """Codes of the units that returned the report to their team since the IOC last sent it."""
    rows = session.execute(
        select(HistoryEntry.action, HistoryEntry.data)
        .where(
            HistoryEntry.report_id == report_id,
            HistoryEntry.action.in_(("forward", "return_to_team")),
        )
        .order_by(HistoryEntry.at, HistoryEntry.id)
    ).all()
    out: set[str] = set()
    for action, data in rows:
        if action == "forward":
            out.clear()
        elif data and data.get("from"):
            out.add(data["from"])
    return out


def sending_team(session: Session, profile: Profile, report: Report) -> Unit | None:
    """The Đắk Lắk district team that delegated the report to the unit holding it (None when
    the IOC sent it there itself, or the profile has no teams)."""
    if not profile.workflow.get("district_team") or report.current_unit_id is None:
        return None
    unit = session.get(Unit, report.current_unit_id)
    team = session.get(Unit, unit.parent_id) if unit and unit.parent_id else None
    if team is None or team.kind is not UnitKind.TEAM:
        return None
    last = session.scalar(
        select(HistoryEntry.action)
        .where(
            HistoryEntry.report_id == report.id, HistoryEntry.action.in_(("forward", "delegate"))
        )
        .order_by(HistoryEntry.at.desc(), HistoryEntry.id.desc())
        .limit(1)
    )
    return team if last == "delegate" else None


def open_consultations(session: Session, report_id: int) -> list[RoutingChoice]:
    """The units asked for their opinion that have not answered yet (TN Điều 7.2)."""
    rows = session.execute(
        select(Unit.code, Unit.name, Unit.kind)
        .join(Consultation, Consultation.unit_id == Unit.id)
        .where(Consultation.report_id == report_id, Consultation.answered_at.is_(None))
        .order_by(Consultation.id)
    ).all()
    return [RoutingChoice(code, name, None, kind.value) for code, name, kind in rows]


def offered(session: Session, profile: Profile, report: Report, legal: list[str]) -> list[str]:
    """The table's actions less those the report's path rules out: the return that does not
    go to whoever sent the report (team or IOC), a consultation answer when none waits."""
    out = list(legal)
    if {"return_to_ioc", "return_to_team"} & set(out):
        drop = "return_to_ioc" if sending_team(session, profile, report) else "return_to_team"
        out = [a for a in out if a != drop]
    if "answer_consultation" in out and not open_consultations(session, report.id):
        out.remove("answer_consultation")
    return out


def _eligible(
    session: Session, profile: Profile, actor: AuthenticatedUser, action: str, report: Report
) -> list[Unit]:
    units = list(session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.id)))
    if action == "delegate":
        gone = returned_by(session, report.id)
        return [
            u
            for u in units
            if u.parent_id is not None
            and u.parent_id == report.current_unit_id
            and u.code not in gone
        ]
    if action != "forward":
        raise WorkflowError("Thao tác {action!r} không chuyển phản ánh đến đơn vị", action=action)
    office_ok = actor.unit_kind is not UnitKind.OFFICE and bool(
        profile.workflow.get("office_sorts")
    )
    return [
        u
        for u in units
        if u.kind is not UnitKind.IOC and (u.kind is not UnitKind.OFFICE or office_ok)
    ]


def routing_choices(
    session: Session, profile: Profile, actor: AuthenticatedUser, action: str, report: Report
) -> list[RoutingChoice]:
    """The units ``actor`` may send ``report`` to by ``action`` (forward or delegate)."""
    units = _eligible(session, profile, actor, action, report)
    codes = {u.id: u.code for u in session.scalars(select(Unit))}
    focal = focal_points(session)
    return [
        RoutingChoice(
            u.code,
            u.name,
            codes.get(u.parent_id) if u.parent_id else None,
            u.kind.value,
            focal.get(u.code, FocalPoints()),
        )
        for u in units
    ]


def routing_target(
    session: Session,
    profile: Profile,
    actor: AuthenticatedUser,
    action: str,
    report: Report,
    code: str,
) -> Unit:
    """The unit ``code`` if it is one of the choices, else the refusal (what the dialog
    offers is exactly what the service accepts)."""
    unit = session.scalar(select(Unit).where(Unit.code == code, Unit.active.is_(True)))
    if unit is None:
        raise WorkflowError("Không có đơn vị mã '{code}'", code=code)
    if unit in _eligible(session, profile, actor, action, report):
        return unit
    if unit.kind is UnitKind.IOC:
        raise WorkflowError("Không thể chuyển phản ánh cho chính IOC")
    if action == "delegate":
        if unit.parent_id == report.current_unit_id:
            raise WorkflowError(
                "{unit} đã trả lại phản ánh này vì không thuộc thẩm quyền: "
                "giao cho đơn vị khác phù hợp",
                unit=unit.short_name,
            )
        raise WorkflowError("Tổ chỉ giao được cho đơn vị trực thuộc của tổ")
    if unit.kind is UnitKind.OFFICE:
        raise WorkflowError(
            "Văn phòng UBND không nhận phản ánh chuyển xử lý theo quy định "
            "của tỉnh này (chỉ nhận báo cáo UBND)"
        )
    raise WorkflowError("Không thể chuyển phản ánh cho {unit}", unit=unit.short_name)
