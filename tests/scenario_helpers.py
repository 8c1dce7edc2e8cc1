"""A small province for scenario tests: provisioned profile, one user per role, a set clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from console.accounts import hash_password
from console.db import Database
from console.intake import ReportDraft
from console.models import Report, ReportDeadline, Role, User
from console.profiles import Profile
from console.services.auth import AuthenticatedUser
from console.services.provision import provision
from console.services.reports import ReportService
from console.services.users import create_user

SHARED_HASH = hash_password("mat-khau-thu")


@dataclass
class SetClock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Province:
    db: Database
    profile: Profile
    clock: SetClock
    service: ReportService
    actors: dict[str, AuthenticatedUser] = field(default_factory=dict)

    def add(self, username: str, unit: str, *roles: Role) -> AuthenticatedUser:
        with self.db.session() as s:
            user = create_user(
                s,
                username=username,
                full_name=f"Cán bộ {username}",
                unit_code=unit,
                roles=roles,
                password_hash=SHARED_HASH,
            )
            s.flush()
            actor = AuthenticatedUser.from_user(user)
        self.actors[username] = actor
        return actor

    def report(self, report_id: int) -> Report:
        with self.db.session() as s:
            report = s.get(Report, report_id)
            assert report is not None
            s.expunge(report)
            return report

    def deadlines(self, report_id: int) -> dict[str, ReportDeadline]:
        """The latest row of each stage."""
        with self.db.session() as s:
            rows = s.scalars(
                select(ReportDeadline)
                .where(ReportDeadline.report_id == report_id)
                .order_by(ReportDeadline.id)
            ).all()
            return {r.stage: r for r in rows}

    def user_count(self) -> int:
        with self.db.session() as s:
            return len(s.scalars(select(User)).all())


def make_province(db: Database, profile: Profile, now: datetime) -> Province:
    provision(db, profile)
    clock = SetClock(now)
    return Province(db, profile, clock, ReportService(db, profile, clock=clock))


def draft(**kw: object) -> ReportDraft:
    """A complete Thái Nguyên pothole report; keyword arguments change any field."""
    base = dict(
        channel="app",
        title="Ổ gà lớn trên đường Lương Ngọc Quyến",
        description="Ổ gà sâu khoảng 20 cm giữa đường, nhiều xe máy bị ngã vào ban đêm.",
        place="Số 45 đường Lương Ngọc Quyến, Phường Hoàng Văn Thụ",
        reporter_name="Đặng Thị Hường",
        reporter_honorific="Bà",
        reporter_phone="0912 345 678",
        occurred_at=datetime(2026, 3, 1, 20, 0),
    )
    base.update(kw)
    return ReportDraft(**base)  # type: ignore[arg-type]
