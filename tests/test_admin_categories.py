"""The administrator's categories (issue 11 item 3): add, rename, deactivate, default unit, and
Lai Châu's per-category clocks (Điều 7.4) with their article; a clock change applies to reports
received afterwards."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from console.db import Database
from console.models import AuditEntry
from console.services.admin_categories import CategoryAdmin, CategoryAdminError
from console.services.console_api import ConsoleApi
from console.services.users import PermissionDeniedError
from tests.admin_helpers import admin_province, lai_chau_draft

MONDAY = datetime(2026, 3, 9, 8, 0)


def test_lai_chau_clocks_are_shown_with_their_article(sqlite_db: Database) -> None:
    p = admin_province(sqlite_db, "lai-chau", MONDAY)
    cats = {
        c.code: c for c in CategoryAdmin(sqlite_db, p.profile, p.actors["quantri"]).categories()
    }
    atgt = cats["atgt_antt"].clock
    assert (atgt.kind, atgt.amount, atgt.own, atgt.article) == ("hours", 2, True, "Điều 7.4.b")
    attitude = cats["thai_do_phuc_vu"].clock
    assert (attitude.kind, attitude.amount, attitude.article) == ("working_hours", 8, "Điều 7.4.a")
    forest = cats["quan_ly_bao_ve_rung"].clock  # no line of its own: the general 4 hours
    assert (forest.kind, forest.amount, forest.own, forest.article) == (
        "hours",
        4,
        False,
        "Điều 7.4.k",
    )


def test_lai_chau_dieu_7_4_a_clock_change_applies_to_reports_received_afterwards(
    any_db: Database,
) -> None:
    """Điều 7.4.b gives traffic 2 hours; the province changes it to 3 hours at 09:00. A report
    received at 08:30 keeps 2 hours even when forwarded after the change; one received at 09:30
    gets 3 hours."""
    p = admin_province(any_db, "lai-chau", MONDAY)
    op = p.actors["truc"]
    svc, clock = p.service, p.clock
    clock.now = datetime(2026, 3, 9, 8, 30)
    before = svc.submit(op, lai_chau_draft("atgt_antt"))
    early = svc.submit(op, lai_chau_draft("atgt_antt", reporter_phone="0912000333"))
    early = svc.forward(op, early.report_id, early.version, "cong_an_tp")
    assert p.deadlines(early.report_id)["handle"].due_at == datetime(2026, 3, 9, 10, 30)

    clock.now = datetime(2026, 3, 9, 9, 0)
    cats = CategoryAdmin(any_db, p.profile, p.actors["quantri"], clock)
    assert cats.set_clock(
        "atgt_antt", "hours", 3, "Quyết định 120/QĐ-UBND ngày 05/3/2026"
    ) == datetime(2026, 3, 9, 9, 0)

    clock.now = datetime(2026, 3, 9, 9, 30)
    after = svc.submit(op, lai_chau_draft("atgt_antt", reporter_phone="0912000444"))
    before = svc.forward(op, before.report_id, before.version, "cong_an_tp")
    after = svc.forward(op, after.report_id, after.version, "cong_an_tp")
    assert p.deadlines(before.report_id)["handle"].due_at == datetime(2026, 3, 9, 11, 30)  # 2 h
    assert p.deadlines(after.report_id)["handle"].due_at == datetime(2026, 3, 9, 12, 30)  # 3 h
    assert p.deadlines(early.report_id)["handle"].due_at == datetime(2026, 3, 9, 10, 30)
    # The routing dialog's preview follows the same rule.
    api = ConsoleApi(any_db, p.profile, op, clock)
    third = svc.submit(op, lai_chau_draft("atgt_antt", reporter_phone="0912000555"))
    assert api.forward_due(third.report_id) == datetime(2026, 3, 9, 12, 30)

    row = next(c for c in cats.categories() if c.code == "atgt_antt")
    assert (row.clock.amount, row.clock.article, row.clock.since) == (
        3,
        "Quyết định 120/QĐ-UBND ngày 05/3/2026",
        datetime(2026, 3, 9, 9, 0),
    )
    with any_db.session() as s:
        (entry,) = s.scalars(select(AuditEntry).where(AuditEntry.action == "category.clock"))
    assert entry.old_value == ["hours", 2, "Điều 7.4.b"]
    assert entry.new_value == ["hours", 3, "Quyết định 120/QĐ-UBND ngày 05/3/2026"]


def test_a_calendar_change_keeps_each_report_on_its_own_clock(sqlite_db: Database) -> None:
    """Recomputing deadlines (a day off) must not hand an earlier report the newer clock."""
    from console.models import OverrideKind
    from console.services.calendar import set_override

    p = admin_province(sqlite_db, "lai-chau", MONDAY)
    op = p.actors["truc"]
    p.clock.now = datetime(2026, 3, 9, 8, 30)
    r = p.service.submit(op, lai_chau_draft("thai_do_phuc_vu"))  # Điều 7.4.a: 8 working hours
    p.clock.now = datetime(2026, 3, 9, 9, 0)
    CategoryAdmin(sqlite_db, p.profile, p.actors["quantri"], p.clock).set_clock(
        "thai_do_phuc_vu", "working_hours", 16, "Quyết định thử nghiệm"
    )
    r = p.service.forward(op, r.report_id, r.version, "phong_noi_vu")
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 10, 9, 0)
    set_override(
        sqlite_db, p.profile, datetime(2026, 3, 10).date(), OverrideKind.DAY_OFF, note="Nghỉ bù"
    )
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 11, 9, 0)  # still 8 h


def test_add_rename_default_unit_and_deactivate(sqlite_db: Database) -> None:
    p = admin_province(sqlite_db, "lai-chau", MONDAY)
    cats = CategoryAdmin(sqlite_db, p.profile, p.actors["quantri"], p.clock)
    api = ConsoleApi(sqlite_db, p.profile, p.actors["truc"], p.clock)
    cats.add(
        code="giao_duc",
        name="Giáo dục",
        topic="khac",
        default_unit="phong_noi_vu",
        clock_kind="working_hours",
        clock_amount=8,
        article="Công văn 55/UBND",
    )
    cats.rename("giao_duc", "Giáo dục, đào tạo")
    cats.set_default_unit("giao_duc", "phong_vhtt")
    row = next(c for c in cats.categories() if c.code == "giao_duc")
    assert (row.name, row.default_unit, row.clock.kind, row.clock.amount) == (
        "Giáo dục, đào tạo",
        "phong_vhtt",
        "working_hours",
        8,
    )
    assert api.suggest_unit("giao_duc") == "phong_vhtt"
    assert "giao_duc" in {c.code for c in api.categories()}
    # a report of the new category is received and forwarded on its own clock
    r = p.service.submit(p.actors["truc"], lai_chau_draft("giao_duc"))
    r = p.service.forward(p.actors["truc"], r.report_id, r.version, "phong_vhtt")
    # 8 working hours from Monday 08:00: 3.5 h in the morning, 4 h after noon, 0.5 h on Tuesday
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 10, 8, 0)
    cats.set_active("giao_duc", False)
    assert "giao_duc" not in {c.code for c in api.categories()}
    assert p.report(r.report_id).category_id is not None  # the report keeps it
    with sqlite_db.session() as s:
        actions = list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.action.startswith("category."))
                .order_by(AuditEntry.id)
            )
        )
    assert actions == [
        "category.add",
        "category.rename",
        "category.default_unit",
        "category.deactivate",
    ]
    with pytest.raises(CategoryAdminError, match="căn cứ"):
        cats.set_clock("giao_duc", "hours", 2, "  ")
    with pytest.raises(CategoryAdminError, match="số dương"):
        cats.set_clock("giao_duc", "hours", 0, "Điều 7.4")


def test_a_province_without_category_clocks_refuses_one(sqlite_db: Database) -> None:
    p = admin_province(sqlite_db, "thai-nguyen", MONDAY)
    cats = CategoryAdmin(sqlite_db, p.profile, p.actors["quantri"], p.clock)
    assert not cats.clocks_editable
    code = p.profile.categories[0].code
    with pytest.raises(CategoryAdminError, match="thời hạn xử lý chung"):
        cats.set_clock(code, "hours", 2, "Điều 8")
    general = next(c for c in cats.categories() if c.code == code).clock
    assert (general.kind, general.amount, general.own) == ("working_days", 3, False)


def test_non_admins_are_refused_by_the_category_service(sqlite_db: Database) -> None:
    p = admin_province(sqlite_db, "lai-chau", MONDAY)
    cats = CategoryAdmin(sqlite_db, p.profile, p.actors["truc"], p.clock)
    for action in (
        lambda: cats.add(
            code="giao_duc", name="Giáo dục", topic="khac", default_unit="phong_noi_vu"
        ),
        lambda: cats.rename("atgt_antt", "Đổi"),
        lambda: cats.set_default_unit("atgt_antt", "phong_noi_vu"),
        lambda: cats.set_active("atgt_antt", False),
        lambda: cats.set_clock("atgt_antt", "hours", 5, "Điều 7.4.b"),
    ):
        with pytest.raises(PermissionDeniedError, match="Chỉ quản trị viên"):
            action()
    row = next(c for c in cats.categories() if c.code == "atgt_antt")
    assert (row.name, row.default_unit, row.active, row.clock.amount) == (
        "An toàn giao thông, an ninh trật tự",
        "cong_an_tp",
        True,
        2,
    )
