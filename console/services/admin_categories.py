"""The administrator's categories (issue 11 item 3): add, rename, deactivate, default handling
unit, and the category's own handling clock where the regulation gives one (Lai Châu Điều 7.4:
2 h, 4 h, 8 working hours), with the article the value comes from.

A clock change applies to reports received after it: it is kept in ``category_clocks`` with the
moment it takes effect, and the deadline engine gives each report the clock in force when it was
received (console/services/category_clocks.py). Each action checks the admin role here, runs in
one transaction and writes its audit entry there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.db import Database
from console.errors import MessageError
from console.models import FINAL_STATUSES, Category, CategoryClock, Report, Unit
from console.profiles import TOPICS, Clock, Profile
from console.services.admin_units import CODE_RE
from console.services.audit import record
from console.services.auth import AuthenticatedUser
from console.services.category_clocks import db_clock
from console.services.users import require_admin
from console.timeutil import now_local

# The clocks a category may have (a category's own handling clock is a length of time).
CLOCK_KINDS = ("working_hours", "working_days", "hours")
# Before any report: the clock a category had until the administrator first changed it.
SINCE_ALWAYS = datetime(2000, 1, 1)


class CategoryAdminError(MessageError, ValueError):
    """A category change the administrator cannot make; the message says why."""


@dataclass(frozen=True, slots=True)
class ClockView:
    """A category's handling clock; ``own`` False: the regulation's general handling clock."""

    kind: str
    amount: float
    own: bool
    article: str
    since: datetime | None  # when the administrator set it (None: from the regulation)


@dataclass(frozen=True, slots=True)
class CategoryRow:
    code: str
    name: str
    topic: str
    default_unit: str | None
    default_unit_name: str
    clock: ClockView
    emergency: bool
    active: bool
    open_reports: int


def per_category_clocks(profile: Profile) -> bool:
    """Does the regulation give categories clocks of their own (Lai Châu Điều 7.4)?"""
    return any(c.handle is not None for c in profile.categories)


def _profile_clock(profile: Profile, code: str) -> Clock | None:
    try:
        return profile.category(code).handle
    except KeyError:
        return None


def _category(session: Session, code: str) -> Category:
    cat = session.scalar(select(Category).where(Category.code == code.strip()))
    if cat is None:
        raise CategoryAdminError("Không có lĩnh vực mã '{code}'", code=code)
    return cat


def _unit(session: Session, code: str) -> Unit:
    unit = session.scalar(select(Unit).where(Unit.code == code.strip()))
    if unit is None:
        raise CategoryAdminError("Không có đơn vị mã '{code}'", code=code)
    if not unit.active:
        raise CategoryAdminError("Đơn vị {name} đã ngừng hoạt động", name=unit.name)
    return unit


def _name(value: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise CategoryAdminError("Tên lĩnh vực không được để trống")
    return text


def _check_clock(kind: str | None, amount: float | None) -> float | None:
    if kind is None:
        return None
    if kind not in CLOCK_KINDS:
        raise CategoryAdminError("Loại thời hạn không hợp lệ: '{kind}'", kind=kind)
    if amount is None or not amount > 0 or amount > 1000:
        raise CategoryAdminError("Thời hạn phải là một số dương (được {amount})", amount=amount)
    return float(amount)


class CategoryAdmin:
    """The category actions of one administrator (``actor``), each in its own transaction."""

    def __init__(
        self,
        db: Database,
        profile: Profile,
        actor: AuthenticatedUser,
        clock: Callable[[], datetime] = now_local,
    ) -> None:
        self.db, self.profile, self.actor, self.clock = db, profile, actor, clock

    @property
    def clocks_editable(self) -> bool:
        return per_category_clocks(self.profile)

    def general_clock(self) -> Clock:
        return self.profile.clocks["handle"]

    def _current_clock(self, session: Session, cat: Category) -> ClockView:
        last = session.scalar(
            select(CategoryClock)
            .where(CategoryClock.category_id == cat.id)
            .order_by(CategoryClock.effective_from.desc(), CategoryClock.id.desc())
            .limit(1)
        )
        if last is not None:
            own = db_clock(self.profile, last.clock_kind, last.clock_amount)
            since = None if last.effective_from == SINCE_ALWAYS else last.effective_from
            article = last.article
        else:
            own, since = _profile_clock(self.profile, cat.code), None
            article = own.article if own else ""
        if own is None:
            general = self.general_clock()
            return ClockView(general.kind, general.amount, False, general.article, since)
        return ClockView(own.kind, own.amount, True, article, since)

    def categories(self) -> list[CategoryRow]:
        """Every category (inactive ones too), in the profile's order then by addition."""
        with self.db.session() as s:
            open_counts = dict(
                s.execute(
                    select(Report.category_id, func.count())
                    .where(Report.status.not_in(list(FINAL_STATUSES)))
                    .group_by(Report.category_id)
                ).all()
            )
            cats = list(s.scalars(select(Category).order_by(Category.sort_order, Category.id)))
            return [
                CategoryRow(
                    c.code,
                    c.name,
                    c.topic,
                    c.default_unit.code if c.default_unit else None,
                    c.default_unit.name if c.default_unit else "",
                    self._current_clock(s, c),
                    c.emergency,
                    c.active,
                    open_counts.get(c.id, 0),
                )
                for c in cats
            ]

    def topics(self) -> tuple[str, ...]:
        return TOPICS

    def add(
        self,
        *,
        code: str,
        name: str,
        topic: str,
        default_unit: str,
        clock_kind: str | None = None,
        clock_amount: float | None = None,
        article: str = "",
    ) -> None:
        """A new category; without a clock it takes the regulation's general one."""
        code = code.strip().lower()
        if not CODE_RE.match(code):
            raise CategoryAdminError(
                "Mã lĩnh vực '{code}' không hợp lệ: 2–40 ký tự a-z, 0-9, gạch dưới, gạch ngang",
                code=code,
            )
        if topic not in TOPICS:
            raise CategoryAdminError("Chủ đề không hợp lệ: '{topic}'", topic=topic)
        if clock_kind is not None and not self.clocks_editable:
            raise CategoryAdminError(
                "Quy chế của tỉnh không đặt thời hạn xử lý riêng cho từng "
                "lĩnh vực: lĩnh vực mới dùng thời hạn xử lý chung"
            )
        amount = _check_clock(clock_kind, clock_amount)
        if clock_kind is not None and not article.strip():
            raise CategoryAdminError("Hãy ghi căn cứ (điều khoản, văn bản) của thời hạn")
        with self.db.session() as s:
            require_admin(s, self.actor, "thêm lĩnh vực")
            if s.scalar(select(Category.id).where(Category.code == code)) is not None:
                raise CategoryAdminError("Mã lĩnh vực '{code}' đã có", code=code)
            unit = _unit(s, default_unit)
            last = s.scalar(select(func.max(Category.sort_order))) or 0
            cat = Category(
                code=code,
                name=_name(name),
                topic=topic,
                default_unit_id=unit.id,
                clock_kind=clock_kind,
                clock_amount=amount,
                emergency=False,
                active=True,
                sort_order=last + 1,
            )
            s.add(cat)
            s.flush()
            # Its first clock counts from the start: no report of it was received before.
            s.add(
                CategoryClock(
                    category_id=cat.id,
                    effective_from=SINCE_ALWAYS,
                    clock_kind=clock_kind,
                    clock_amount=amount,
                    article=article.strip(),
                    changed_by_id=self.actor.id,
                    changed_at=self.clock(),
                )
            )
            record(
                s,
                self.actor,
                "category.add",
                f"category:{code}",
                new={
                    "name": cat.name,
                    "topic": topic,
                    "default_unit": unit.code,
                    "clock": [clock_kind, amount, article.strip()] if clock_kind else None,
                },
            )

    def rename(self, code: str, name: str) -> None:
        with self.db.session() as s:
            require_admin(s, self.actor, "đổi tên lĩnh vực")
            cat = _category(s, code)
            old, cat.name = cat.name, _name(name)
            if old != cat.name:
                record(
                    s, self.actor, "category.rename", f"category:{cat.code}", old=old, new=cat.name
                )

    def set_default_unit(self, code: str, unit: str) -> None:
        """The unit reports of this category go to by default (from the next routing on)."""
        with self.db.session() as s:
            require_admin(s, self.actor, "đổi đơn vị xử lý mặc định")
            cat = _category(s, code)
            handler = _unit(s, unit)
            old = cat.default_unit.code if cat.default_unit else None
            if old != handler.code:
                cat.default_unit_id = handler.id
                record(
                    s,
                    self.actor,
                    "category.default_unit",
                    f"category:{cat.code}",
                    old=old,
                    new=handler.code,
                )

    def set_active(self, code: str, active: bool) -> None:
        """A deactivated category is no longer offered for new reports; the reports that have
        it keep it."""
        with self.db.session() as s:
            require_admin(s, self.actor, "ngừng hoặc dùng lại lĩnh vực")
            cat = _category(s, code)
            if cat.active != active:
                cat.active = active
                record(
                    s,
                    self.actor,
                    "category.reactivate" if active else "category.deactivate",
                    f"category:{cat.code}",
                    old=not active,
                    new=active,
                )

    def set_clock(
        self, code: str, kind: str | None, amount: float | None, article: str
    ) -> datetime:
        """The category's handling clock for reports received from now on (``kind`` None: the
        general one); reports received before keep theirs. Returns the moment it applies from."""
        if not self.clocks_editable:
            raise CategoryAdminError(
                "Quy chế của tỉnh không đặt thời hạn xử lý riêng cho từng "
                "lĩnh vực: mọi lĩnh vực dùng thời hạn xử lý chung"
            )
        amount = _check_clock(kind, amount)
        if not article.strip():
            raise CategoryAdminError("Hãy ghi căn cứ (điều khoản, văn bản) của thời hạn mới")
        at = self.clock()
        with self.db.session() as s:
            require_admin(s, self.actor, "đổi thời hạn xử lý của lĩnh vực")
            cat = _category(s, code)
            before = self._current_clock(s, cat)
            has_history = (
                s.scalar(
                    select(CategoryClock.id).where(CategoryClock.category_id == cat.id).limit(1)
                )
                is not None
            )
            if not has_history:  # keep the regulation's clock for the reports received so far
                own = _profile_clock(self.profile, cat.code)
                s.add(
                    CategoryClock(
                        category_id=cat.id,
                        effective_from=SINCE_ALWAYS,
                        clock_kind=own.kind if own else None,
                        clock_amount=own.amount if own else None,
                        article=before.article,
                        changed_by_id=None,
                        changed_at=at,
                    )
                )
            s.add(
                CategoryClock(
                    category_id=cat.id,
                    effective_from=at,
                    clock_kind=kind,
                    clock_amount=amount,
                    article=article.strip(),
                    changed_by_id=self.actor.id,
                    changed_at=at,
                )
            )
            cat.clock_kind, cat.clock_amount = kind, amount
            old = [before.kind, before.amount, before.article] if before.own else None
            record(
                s,
                self.actor,
                "category.clock",
                f"category:{cat.code}",
                old=old,
                new=[kind, amount, article.strip()] if kind else None,
                at=at,
            )
        return at
