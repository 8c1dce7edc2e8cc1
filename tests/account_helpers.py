"""Accounts for the auth and user tests: two units and users sharing one password."""

from __future__ import annotations

from functools import cache

from sqlalchemy.orm import Session

from console.accounts import hash_password
from console.models import Role, Unit, UnitKind
from console.services.users import create_user

PASSWORD = "Mật-khẩu-đúng-2026"
BASE_USERS = [
    ("quantri", "Trần Văn Quản", "ioc", [Role.ADMIN]),
    ("dieuhanh1", "Nguyễn Thị Mai Anh", "ioc", [Role.OPERATOR, Role.SUPERVISOR]),
    ("canbo.gtvt", "Lê Văn Bình", "so-gtvt", [Role.OFFICER]),
]


@cache
def shared_hash() -> str:
    """One Argon2 hash for every test user (a hash costs ~0.1–0.2 s on purpose)."""
    return hash_password(PASSWORD)


def seed_users(s: Session, plan: list[tuple[str, str, str, list[Role]]]) -> dict[str, int]:
    """The IOC and a department, then ``plan``'s users; their ids by user name."""
    ioc = Unit(code="ioc", name="Trung tâm IOC tỉnh", short_name="IOC", kind=UnitKind.IOC)
    so = Unit(
        code="so-gtvt",
        name="Sở Giao thông vận tải",
        short_name="Sở GTVT",
        kind=UnitKind.AGENCY,
        parent=ioc,
    )
    s.add_all([ioc, so])
    s.flush()
    return {
        name: create_user(
            s,
            username=name,
            full_name=full,
            unit_code=unit,
            roles=roles,
            password_hash=shared_hash(),
        ).id
        for name, full, unit, roles in plan
    }
