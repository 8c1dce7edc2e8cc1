"""Who may read the supervision dashboard, and whose figures it shows (DESIGN §1, §9).

The IOC's supervisor and the People's Committee office read the province's figures; a unit's
leader reads the figures of the reports their own unit held; operators and officers work from
their queues and have no dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from console.models import Role, UnitKind
from console.services.auth import AuthenticatedUser
from console.services.queue_drill import Outcome
from console.services.queues import Queue, QueueFilter
from console.statistics import Period
from console.workflow import WorkflowError

PROVINCE_ROLES = frozenset({Role.SUPERVISOR, Role.OFFICE})


@dataclass(frozen=True)
class DashboardScope:
    unit_code: str | None  # None: the whole province
    unit_name: str | None = None


def dashboard_scope(actor: AuthenticatedUser) -> DashboardScope | None:
    """The figures ``actor`` may read, or None: no dashboard."""
    if actor.roles & PROVINCE_ROLES or (
        Role.LEADER in actor.roles and actor.unit_kind in (UnitKind.IOC, UnitKind.OFFICE)
    ):
        return DashboardScope(None)
    if Role.LEADER in actor.roles and actor.unit_code:
        return DashboardScope(actor.unit_code, actor.unit_name)
    return None


def require_scope(actor: AuthenticatedUser) -> DashboardScope:
    scope = dashboard_scope(actor)
    if scope is None:
        raise WorkflowError("Bạn không có quyền xem bảng thống kê")
    return scope


def figures_unit(actor: AuthenticatedUser, unit_code: str | None) -> str | None:
    """The unit whose figures ``actor`` may read when asking for ``unit_code`` (None: the
    province's): the province's readers any, a unit's leader only their own."""
    scope = require_scope(actor)
    if scope.unit_code is not None and unit_code != scope.unit_code:
        raise WorkflowError("Bạn chỉ xem được bảng thống kê của đơn vị mình")
    return unit_code


def cell_filter(
    period: Period,
    scope_unit: str | None,
    *,
    outcome: str | None = None,
    unit: str | None = None,
    category: str | None = None,
    channel: str | None = None,
    area: str | None = None,
    rating: str | None = None,
) -> QueueFilter | None:
    """The queue of one dashboard number: the period's cohort (reports received in it), the
    row's unit (a unit's row counts the reports it held), category, channel or area, and the
    figure (``Outcome``); ``scope_unit`` is the dashboard's own unit, for a leader. None: the
    number has no queue (another unit's row on a unit's dashboard counts reports both held,
    and the reports another unit holds are not this unit's to list)."""
    if unit and scope_unit and unit != scope_unit:
        return None
    start, end = period.bounds()
    held = unit or scope_unit
    return QueueFilter(
        Queue.ALL,
        category=category,
        channel=channel,
        received_from=start,
        received_to=end,
        held_by=held,
        area=area,
        outcome=None if outcome in (None, Outcome.RECEIVED) else outcome,
        rating=rating,
    )


def trend_filter(
    period: Period, scope_unit: str | None, first: date, *, days: int = 1, resolved: bool
) -> QueueFilter:
    """A trend bar (a day, or ``days`` from ``first``): the reports received then, or those
    resolved then (any cohort, as the trend counts them)."""
    start = datetime.combine(first, time())
    stop = start + timedelta(days=days)
    if resolved:
        return QueueFilter(Queue.ALL, held_by=scope_unit, resolved_from=start, resolved_to=stop)
    low, high = period.bounds()
    return QueueFilter(
        Queue.ALL, held_by=scope_unit, received_from=max(start, low), received_to=min(stop, high)
    )
