"""Each unit's focal points (Thái Nguyên Điều 14.1): "phân công 01 lãnh đạo và 01 công chức,
viên chức làm đầu mối tiếp nhận và xử lý ý kiến phản ánh hiện trường".

The routing dialog shows them beside each unit; the administrator (or the unit's own leader)
names them here. The administration screens call ``FocalPointService.set``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.db import Database
from console.errors import InvalidValueError, Label, phrase
from console.models import FocalPoint, Role, Unit, User
from console.services.auth import AuthenticatedUser
from console.timeutil import now_local


@dataclass(frozen=True)
class FocalPoints:
    """The names (and usernames) of a unit's focal leader and officer; "" when not named."""

    leader: str = ""
    officer: str = ""
    leader_username: str = ""
    officer_username: str = ""

    def __bool__(self) -> bool:
        return bool(self.leader or self.officer)


def focal_points(session: Session) -> dict[str, FocalPoints]:
    """Unit code -> its focal points, for every unit that named any."""
    users = {u.id: u for u in session.scalars(select(User))}
    units = {u.id: u.code for u in session.scalars(select(Unit))}
    out = {}
    for fp in session.scalars(select(FocalPoint)):
        leader = users.get(fp.leader_id) if fp.leader_id else None
        officer = users.get(fp.officer_id) if fp.officer_id else None
        out[units[fp.unit_id]] = FocalPoints(
            leader.full_name if leader else "",
            officer.full_name if officer else "",
            leader.username if leader else "",
            officer.username if officer else "",
        )
    return out


def _member(
    session: Session, unit: Unit, username: str | None, role: Role, what: Label
) -> User | None:
    """The active user ``username`` of ``unit`` with ``role``; None for "not named"."""
    if not username:
        return None
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        raise InvalidValueError("Không có tài khoản đang hoạt động tên '{name}'", name=username)
    if user.unit_id != unit.id:
        raise InvalidValueError(
            "{who} không thuộc {unit}", who=user.full_name, unit=unit.short_name
        )
    if role not in user.role_set:
        raise InvalidValueError(
            "{who} không có vai trò {what} của đơn vị", who=user.full_name, what=what
        )
    return user


class FocalPointService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = now_local) -> None:
        self.db = db
        self.clock = clock

    def get(self) -> dict[str, FocalPoints]:
        with self.db.session() as s:
            return focal_points(s)

    def set(
        self, actor: AuthenticatedUser, unit_code: str, *, leader: str | None, officer: str | None
    ) -> FocalPoints:
        """Name the unit's focal leader (a leader of the unit) and officer (an officer of the
        unit); None or "" leaves that place unnamed. An administrator, or a leader of the
        unit itself ("Các cơ quan xử lý phân công"), may do it."""
        with self.db.session() as s:
            unit = s.scalar(select(Unit).where(Unit.code == unit_code))
            if unit is None:
                raise InvalidValueError("Không có đơn vị mã '{code}'", code=unit_code)
            own_leader = Role.LEADER in actor.roles and actor.unit_id == unit.id
            if not (actor.is_admin or actor.is_system or own_leader):
                raise InvalidValueError(
                    "Chỉ quản trị viên hoặc lãnh đạo đơn vị được phân công đầu mối của đơn vị"
                )
            lead = _member(s, unit, leader, Role.LEADER, phrase("lãnh đạo"))
            off = _member(s, unit, officer, Role.OFFICER, phrase("cán bộ xử lý"))
            row = s.get(FocalPoint, unit.id) or FocalPoint(unit_id=unit.id)
            row.leader_id = lead.id if lead else None
            row.officer_id = off.id if off else None
            row.set_by_id, row.set_at = actor.id, self.clock()
            s.add(row)
            s.flush()
            return focal_points(s).get(unit.code, FocalPoints())
