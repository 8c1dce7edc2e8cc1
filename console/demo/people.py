"""Demo accounts: every role of DESIGN §1, in the units that act in the demo reports."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from console.accounts import generate_password, hash_password
from console.models import Role
from console.profiles import Profile
from console.services.users import create_user


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    full_name: str
    unit_code: str
    roles: tuple[Role, ...]
    user_id: int


def handling_units(profile: Profile) -> list[str]:
    """Units that receive reports in the demo: categories' defaults, and teams' children."""
    codes: list[str] = []
    for cat in profile.categories:
        if cat.default_unit not in codes:
            codes.append(cat.default_unit)
    if profile.workflow.get("district_team"):
        for code in list(codes):
            for child in profile.children(code):
                if child.code not in codes:
                    codes.append(child.code)
    return codes


_IOC_STAFF = (
    ("dieuhanh1", "Nguyễn Thị Mai Anh", (Role.OPERATOR,)),
    ("dieuhanh2", "Trần Văn Hùng", (Role.OPERATOR,)),
    ("truongca", "Lê Thị Hồng Nhung", (Role.SUPERVISOR, Role.OPERATOR)),
    ("quantri", "Phạm Đức Thắng", (Role.ADMIN,)),
)


def create_demo_accounts(
    session: Session, profile: Profile, *, password: str | None = None
) -> list[DemoAccount]:
    """Create the demo users; each gets a fresh password unless ``password`` is given."""
    ioc = next(u for u in profile.units if u.kind == "ioc")
    office = next((u for u in profile.units if u.kind == "office"), ioc)
    plan: list[tuple[str, str, str, tuple[Role, ...]]] = [
        (name, full, ioc.code, roles) for name, full, roles in _IOC_STAFF
    ]
    plan.append(("vanphong", "Hoàng Minh Tuấn", office.code, (Role.OFFICE,)))
    for i, code in enumerate(handling_units(profile), start=1):
        unit = profile.unit(code)
        slug = code.replace("_", "-")
        if unit.kind == "team":
            plan.append((f"to.{slug}", f"Tổ xử lý {i:02d} — {unit.short_name}", code, (Role.TEAM,)))
            continue
        plan.append((f"cb.{slug}", f"Cán bộ đầu mối {unit.short_name}", code, (Role.OFFICER,)))
        plan.append((f"ld.{slug}", f"Lãnh đạo {unit.short_name}", code, (Role.LEADER,)))
    # One shared password is hashed once (Argon2 costs ~0.2 s a hash on purpose).
    shared_hash = hash_password(password) if password else None
    accounts = []
    for username, full_name, unit_code, roles in plan:
        secret = password or generate_password()
        user = create_user(
            session,
            username=username,
            full_name=full_name,
            unit_code=unit_code,
            roles=roles,
            password=secret,
            password_hash=shared_hash,
        )
        accounts.append(DemoAccount(username, secret, full_name, unit_code, roles, user.id))
    return accounts
