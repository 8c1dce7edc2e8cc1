"""The administrator's units (issue 11 item 2): the tree, add, rename, move, deactivate, and the
default handling unit of a category in an area.

Every action checks the admin role here, runs in one transaction and writes its audit entry in
that transaction. Units are deactivated, never deleted (reports and history name them); a unit
that still holds open reports is refused, with the list of those reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.db import Database
from console.errors import Label, MessageError, phrase
from console.models import (
    FINAL_STATUSES,
    AreaDefault,
    Category,
    Report,
    Unit,
    UnitKind,
    User,
)
from console.profiles import Profile
from console.services.audit import record
from console.services.auth import AuthenticatedUser
from console.services.users import require_admin
from console.timeutil import now_local

CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{1,39}$")
SHOWN_REPORTS = 20  # codes named in a refusal; the rest are counted

# Vietnamese names of the kinds, as the tree shows them.
KIND_LABELS = {
    UnitKind.IOC: "Trung tâm IOC",
    UnitKind.OFFICE: "Văn phòng UBND",
    UnitKind.TEAM: "Tổ xử lý cấp huyện",
    UnitKind.AGENCY: "Sở, ban, ngành",
    UnitKind.DISTRICT: "UBND cấp huyện",
    UnitKind.COMMUNE: "UBND cấp xã",
}


class UnitAdminError(MessageError, ValueError):
    """A unit change the administrator cannot make; the message says why."""


class UnitHoldsReportsError(UnitAdminError):
    """Deactivation refused: ``reports`` are the codes of the unit's open reports."""

    def __init__(self, name: str, reports: list[str]) -> None:
        shown = ", ".join(reports[:SHOWN_REPORTS])
        more = len(reports) - SHOWN_REPORTS
        if more > 0:
            shown += f" và {more} phản ánh khác"
        super().__init__(
            "Không thể ngừng hoạt động {name}: đơn vị còn {count} phản ánh chưa xử lý xong "
            "({reports}). Hãy chuyển các phản ánh này cho đơn vị khác trước.",
            name=name,
            count=len(reports),
            reports=shown,
        )
        self.reports = reports


@dataclass(frozen=True, slots=True)
class UnitNode:
    """One unit as the tree shows it; ``parent`` is the parent's code."""

    code: str
    name: str
    short_name: str
    kind: str
    kind_label: str
    parent: str | None
    area: str | None
    active: bool
    open_reports: int
    users: int


@dataclass(frozen=True, slots=True)
class AreaDefaultRow:
    category: str
    category_name: str
    area: str
    unit: str
    unit_name: str


def open_report_codes(session: Session, unit_id: int) -> list[str]:
    """The codes of the reports ``unit_id`` holds that are not finished, oldest first."""
    return list(
        session.scalars(
            select(Report.code)
            .where(Report.current_unit_id == unit_id, Report.status.not_in(list(FINAL_STATUSES)))
            .order_by(Report.received_at, Report.id)
        )
    )


def _unit(session: Session, code: str) -> Unit:
    unit = session.scalar(select(Unit).where(Unit.code == code.strip()))
    if unit is None:
        raise UnitAdminError("Không có đơn vị mã '{code}'", code=code)
    return unit


def _text(value: str, what: Label) -> str:
    text = " ".join(value.split())
    if not text:
        raise UnitAdminError("{what} không được để trống", what=what)
    return text


def _check_parent(unit: Unit | None, parent: Unit) -> None:
    """A parent must be active and must not be the unit itself nor one below it."""
    if not parent.active:
        raise UnitAdminError("Đơn vị cấp trên {name} đã ngừng hoạt động", name=parent.name)
    up: Unit | None = parent
    while up is not None and unit is not None:
        if up.id == unit.id:
            raise UnitAdminError(
                "Không thể chuyển {name} vào chính nó hoặc đơn vị trực thuộc của nó", name=unit.name
            )
        up = up.parent


class UnitAdmin:
    """The unit actions of one administrator (``actor``), each in its own transaction."""

    def __init__(
        self,
        db: Database,
        profile: Profile,
        actor: AuthenticatedUser,
        clock: Callable[[], datetime] = now_local,
    ) -> None:
        self.db, self.profile, self.actor, self.clock = db, profile, actor, clock

    def tree(self) -> list[UnitNode]:
        """Every unit, parents before their children, with its open reports and users."""
        with self.db.session() as s:
            units = list(s.scalars(select(Unit).order_by(Unit.id)))
            reports = dict(
                s.execute(
                    select(Report.current_unit_id, func.count())
                    .where(Report.status.not_in(list(FINAL_STATUSES)))
                    .group_by(Report.current_unit_id)
                ).all()
            )
            users = dict(
                s.execute(
                    select(User.unit_id, func.count())
                    .where(User.active.is_(True))
                    .group_by(User.unit_id)
                ).all()
            )
        codes = {u.id: u.code for u in units}
        children: dict[int | None, list[Unit]] = {}
        for u in units:
            children.setdefault(u.parent_id, []).append(u)
        out: list[UnitNode] = []

        def walk(parent: int | None) -> None:
            for u in children.get(parent, []):
                out.append(
                    UnitNode(
                        u.code,
                        u.name,
                        u.short_name,
                        u.kind.value,
                        KIND_LABELS[u.kind],
                        codes.get(u.parent_id or 0),
                        u.area,
                        u.active,
                        reports.get(u.id, 0),
                        users.get(u.id, 0),
                    )
                )
                walk(u.id)

        walk(None)
        return out

    def add(
        self,
        *,
        code: str,
        name: str,
        short_name: str,
        kind: str,
        parent: str,
        area: str | None = None,
    ) -> None:
        code = code.strip().lower()
        if not CODE_RE.match(code):
            raise UnitAdminError(
                "Mã đơn vị '{code}' không hợp lệ: 2–40 ký tự a-z, 0-9, gạch dưới, gạch ngang",
                code=code,
            )
        try:
            unit_kind = UnitKind(kind)
        except ValueError as exc:
            raise UnitAdminError("Loại đơn vị không hợp lệ: '{kind}'", kind=kind) from exc
        if unit_kind is UnitKind.IOC:
            raise UnitAdminError("Mỗi tỉnh chỉ có một Trung tâm IOC")
        if unit_kind is UnitKind.TEAM and not self.profile.workflow["district_team"]:
            raise UnitAdminError("Quy chế của tỉnh không có Tổ xử lý cấp huyện")
        with self.db.session() as s:
            require_admin(s, self.actor, "thêm đơn vị")
            if s.scalar(select(Unit.id).where(Unit.code == code)) is not None:
                raise UnitAdminError("Mã đơn vị '{code}' đã có", code=code)
            up = _unit(s, parent)
            _check_parent(None, up)
            unit = Unit(
                code=code,
                name=_text(name, phrase("Tên đơn vị")),
                short_name=_text(short_name or name, phrase("Tên viết tắt")),
                kind=unit_kind,
                parent_id=up.id,
                area=(area or "").strip() or None,
                active=True,
            )
            s.add(unit)
            s.flush()
            record(
                s,
                self.actor,
                "unit.add",
                f"unit:{code}",
                new={
                    "name": unit.name,
                    "short_name": unit.short_name,
                    "kind": unit_kind,
                    "parent": up.code,
                    "area": unit.area,
                },
            )

    def rename(self, code: str, *, name: str, short_name: str) -> None:
        with self.db.session() as s:
            require_admin(s, self.actor, "đổi tên đơn vị")
            unit = _unit(s, code)
            old = {"name": unit.name, "short_name": unit.short_name}
            unit.name = _text(name, phrase("Tên đơn vị"))
            unit.short_name = _text(short_name, phrase("Tên viết tắt"))
            new = {"name": unit.name, "short_name": unit.short_name}
            if new != old:
                record(s, self.actor, "unit.rename", f"unit:{unit.code}", old=old, new=new)

    def set_area(self, code: str, area: str | None) -> None:
        """The administrative area the unit covers (routing by place)."""
        with self.db.session() as s:
            require_admin(s, self.actor, "sửa địa bàn của đơn vị")
            unit = _unit(s, code)
            old, unit.area = unit.area, (area or "").strip() or None
            if old != unit.area:
                record(s, self.actor, "unit.area", f"unit:{unit.code}", old=old, new=unit.area)

    def move(self, code: str, parent: str) -> None:
        with self.db.session() as s:
            require_admin(s, self.actor, "chuyển đơn vị")
            unit = _unit(s, code)
            if unit.kind is UnitKind.IOC:
                raise UnitAdminError("Trung tâm IOC là gốc của cây đơn vị, không chuyển được")
            up = _unit(s, parent)
            _check_parent(unit, up)
            old = unit.parent.code if unit.parent else None
            if old != up.code:
                unit.parent_id = up.id
                record(s, self.actor, "unit.move", f"unit:{unit.code}", old=old, new=up.code)

    def deactivate(self, code: str) -> None:
        """Refused while the unit holds open reports (named in the message), has active units
        under it, or is the IOC; its users keep their accounts (deactivate them apart)."""
        with self.db.session() as s:
            require_admin(s, self.actor, "ngừng hoạt động đơn vị")
            unit = _unit(s, code)
            if not unit.active:
                return
            if unit.kind is UnitKind.IOC:
                raise UnitAdminError("Không thể ngừng hoạt động Trung tâm IOC")
            held = open_report_codes(s, unit.id)
            if held:
                raise UnitHoldsReportsError(unit.name, held)
            below = [u.name for u in unit.children if u.active]
            if below:
                raise UnitAdminError(
                    "Không thể ngừng hoạt động {name}: còn đơn vị trực thuộc "
                    "đang hoạt động ({units})",
                    name=unit.name,
                    units=", ".join(below),
                )
            unit.active = False
            record(s, self.actor, "unit.deactivate", f"unit:{unit.code}", old=True, new=False)

    def reactivate(self, code: str) -> None:
        with self.db.session() as s:
            require_admin(s, self.actor, "kích hoạt lại đơn vị")
            unit = _unit(s, code)
            if unit.active:
                return
            if unit.parent is not None and not unit.parent.active:
                raise UnitAdminError(
                    "Đơn vị cấp trên {name} đã ngừng hoạt động", name=unit.parent.name
                )
            unit.active = True
            record(s, self.actor, "unit.reactivate", f"unit:{unit.code}", old=False, new=True)

    # -- the default unit per category and area -------------------------------------------
    def area_defaults(self) -> list[AreaDefaultRow]:
        with self.db.session() as s:
            rows = s.execute(
                select(Category.code, Category.name, AreaDefault.area, Unit.code, Unit.name)
                .join(Category, Category.id == AreaDefault.category_id)
                .join(Unit, Unit.id == AreaDefault.unit_id)
                .order_by(Category.sort_order, AreaDefault.area)
            ).all()
        return [AreaDefaultRow(*r) for r in rows]

    def areas(self) -> list[str]:
        """The areas the units cover (the choices of an area default)."""
        with self.db.session() as s:
            return sorted(set(s.scalars(select(Unit.area).where(Unit.area.is_not(None)))))

    def set_area_default(self, category: str, area: str, unit: str | None) -> None:
        """``unit`` handles ``category`` in ``area``; None removes the exception."""
        area = " ".join(area.split())
        if not area:
            raise UnitAdminError("Địa bàn không được để trống")
        with self.db.session() as s:
            require_admin(s, self.actor, "đặt đơn vị xử lý mặc định")
            cat = s.scalar(select(Category).where(Category.code == category))
            if cat is None:
                raise UnitAdminError("Không có lĩnh vực mã '{code}'", code=category)
            row = s.scalar(
                select(AreaDefault).where(
                    AreaDefault.category_id == cat.id, AreaDefault.area == area
                )
            )
            old = row.unit.code if row else None
            target = f"area_default:{cat.code}@{area}"
            if unit is None:
                if row is not None:
                    s.delete(row)
                    record(s, self.actor, "unit.default", target, old=old, new=None)
                return
            handler = _unit(s, unit)
            if not handler.active:
                raise UnitAdminError("Đơn vị {name} đã ngừng hoạt động", name=handler.name)
            if row is None:
                s.add(AreaDefault(category_id=cat.id, area=area, unit_id=handler.id))
            else:
                row.unit_id = handler.id
            if old != handler.code:
                record(s, self.actor, "unit.default", target, old=old, new=handler.code)


def suggest_unit(session: Session, category: str | None, area: str | None) -> str | None:
    """The unit a report of ``category`` in ``area`` goes to by default: the administrator's
    unit for that category and area, else the category's default unit, or the active
    district-level unit covering the area when that default is itself district-level."""
    if not category:
        return None
    cat = session.scalar(select(Category).where(Category.code == category))
    if cat is None:
        return None
    area = " ".join((area or "").split())
    if area:
        chosen = session.scalar(
            select(Unit.code)
            .join(AreaDefault, AreaDefault.unit_id == Unit.id)
            .where(
                AreaDefault.category_id == cat.id, AreaDefault.area == area, Unit.active.is_(True)
            )
        )
        if chosen:
            return chosen
    default = cat.default_unit
    if default is None:
        return None
    local_kinds = (UnitKind.DISTRICT, UnitKind.TEAM)
    if area and default.kind in local_kinds:
        local = session.scalar(
            select(Unit.code)
            .where(Unit.area == area, Unit.kind.in_(local_kinds), Unit.active.is_(True))
            .order_by(Unit.id)
        )
        if local:
            return local
    return default.code
