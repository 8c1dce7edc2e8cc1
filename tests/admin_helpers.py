"""A provisioned province with an administrator and an operator, for the admin-screen tests."""

from __future__ import annotations

from datetime import datetime

from console.db import Database
from console.intake import ReportDraft
from console.models import Role
from console.profiles import load_profile
from tests.scenario_helpers import Province, make_province


def admin_province(db: Database, key: str, now: datetime) -> Province:
    """``key``'s province with "quantri" (admin), "truc" (IOC operator and supervisor)."""
    p = make_province(db, load_profile(key), now)
    p.add("quantri", "ioc", Role.ADMIN)
    p.add("truc", "ioc", Role.OPERATOR, Role.SUPERVISOR)
    return p


def lai_chau_draft(category: str, **kw: object) -> ReportDraft:
    base = dict(
        channel="app",
        title="Lấn chiếm vỉa hè đường Trần Phú",
        description="Nhiều hộ kinh doanh bày hàng ra hết vỉa hè, người đi bộ phải "
        "xuống lòng đường.",
        place="Đường Trần Phú, phường Tân Phong",
        reporter_name="Lò Thị Hoa",
        reporter_phone="0912000222",
        category=category,
        reporter_address="Tổ 5, phường Tân Phong",
    )
    base.update(kw)
    return ReportDraft(**base)  # type: ignore[arg-type]
