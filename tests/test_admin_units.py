"""The administrator's units (issue 11 item 2): tree, add, rename, move, deactivate, and the
default unit per category and area; refused to anyone else in the service, audited."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from console.db import Database
from console.models import AuditEntry
from console.services.admin_units import (
    UnitAdmin,
    UnitAdminError,
    UnitHoldsReportsError,
    suggest_unit,
)
from console.services.console_api import ConsoleApi
from console.services.users import PermissionDeniedError
from tests.admin_helpers import admin_province, lai_chau_draft

MONDAY = datetime(2026, 3, 9, 8, 0)


def _audit(db: Database, action: str) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_the_tree_of_dak_lak_has_its_district_teams_under_the_ioc(sqlite_db: Database) -> None:
    p = admin_province(sqlite_db, "dak-lak", MONDAY)
    tree = UnitAdmin(sqlite_db, p.profile, p.actors["quantri"]).tree()
    seen: set[str] = set()
    for node in tree:  # parents come before their children
        assert node.parent is None or node.parent in seen
        seen.add(node.code)
    teams = [n for n in tree if n.kind == "team"]
    assert len(teams) >= 3
    assert {n.kind_label for n in teams} == {"Tổ xử lý cấp huyện"}
    assert tree[0].kind == "ioc" and tree[0].users == 2  # quantri and truc


def test_add_rename_move_each_with_its_audit_entry(sqlite_db: Database) -> None:
    p = admin_province(sqlite_db, "lai-chau", MONDAY)
    units = UnitAdmin(sqlite_db, p.profile, p.actors["quantri"])
    units.add(
        code="phong_gd",
        name="Phòng Giáo dục và Đào tạo",
        short_name="Phòng GD&ĐT",
        kind="agency",
        parent="ioc",
    )
    units.rename(
        "phong_gd", name="Phòng Giáo dục và Đào tạo thành phố", short_name="Phòng GD&ĐT TP"
    )
    units.move("phong_gd", "vp_hdnd_ubnd")
    node = next(n for n in units.tree() if n.code == "phong_gd")
    assert (node.name, node.short_name, node.parent) == (
        "Phòng Giáo dục và Đào tạo thành phố",
        "Phòng GD&ĐT TP",
        "vp_hdnd_ubnd",
    )
    # the forms offer it at once
    api = ConsoleApi(sqlite_db, p.profile, p.actors["truc"], p.clock)
    assert any(c.code == "phong_gd" and c.parent == "vp_hdnd_ubnd" for c in api.units())
    (rename,) = _audit(sqlite_db, "unit.rename")
    assert rename.actor_name == "quantri" and rename.target == "unit:phong_gd"
    assert rename.old_value["name"] == "Phòng Giáo dục và Đào tạo"
    (move,) = _audit(sqlite_db, "unit.move")
    assert (move.old_value, move.new_value) == ("ioc", "vp_hdnd_ubnd")
    with pytest.raises(UnitAdminError, match="đã có"):
        units.add(code="phong_gd", name="Trùng", short_name="Trùng", kind="agency", parent="ioc")
    with pytest.raises(UnitAdminError, match="chính nó"):
        units.move("vp_hdnd_ubnd", "phong_gd")  # under its own child: a loop
    with pytest.raises(UnitAdminError, match="Tổ xử lý"):
        units.add(code="to_x", name="Tổ", short_name="Tổ", kind="team", parent="ioc")


def test_a_unit_holding_open_reports_is_not_deactivated_and_the_reports_are_named(
    any_db: Database,
) -> None:
    p = admin_province(any_db, "lai-chau", MONDAY)
    op = p.actors["truc"]
    units = UnitAdmin(any_db, p.profile, p.actors["quantri"])
    held = []
    for _ in range(2):
        r = p.service.submit(op, lai_chau_draft("atgt_antt"))
        r = p.service.forward(op, r.report_id, r.version, "cong_an_tp")
        held.append(p.report(r.report_id).code)
    with pytest.raises(UnitHoldsReportsError) as refused:
        units.deactivate("cong_an_tp")
    assert refused.value.reports == held
    message = str(refused.value)
    assert "Công an" in message and "còn 2 phản ánh" in message
    assert all(code in message for code in held)
    assert next(n for n in units.tree() if n.code == "cong_an_tp").active
    assert _audit(any_db, "unit.deactivate") == []

    units.deactivate("phong_tu_phap")  # holds nothing
    assert not next(n for n in units.tree() if n.code == "phong_tu_phap").active
    api = ConsoleApi(any_db, p.profile, op, p.clock)
    assert "phong_tu_phap" not in {c.code for c in api.units()}
    assert len(_audit(any_db, "unit.deactivate")) == 1
    units.reactivate("phong_tu_phap")
    assert "phong_tu_phap" in {c.code for c in api.units()}


def test_non_admins_are_refused_by_the_service_and_nothing_changes(sqlite_db: Database) -> None:
    p = admin_province(sqlite_db, "lai-chau", MONDAY)
    units = UnitAdmin(sqlite_db, p.profile, p.actors["truc"])  # operator and supervisor
    actions = [
        lambda: units.add(
            code="phong_gd", name="Phòng GD", short_name="GD", kind="agency", parent="ioc"
        ),
        lambda: units.rename("cong_an_tp", name="Đổi", short_name="Đổi"),
        lambda: units.move("p_doan_ket", "vp_hdnd_ubnd"),
        lambda: units.deactivate("phong_tu_phap"),
        lambda: units.set_area_default("trat_tu_do_thi", "Phường Đoàn Kết", "p_doan_ket"),
    ]
    for action in actions:
        with pytest.raises(PermissionDeniedError, match="Chỉ quản trị viên"):
            action()
    tree = {n.code: n for n in units.tree()}
    assert "phong_gd" not in tree and tree["phong_tu_phap"].active
    assert tree["cong_an_tp"].name != "Đổi"
    with sqlite_db.session() as s:
        assert (
            s.scalars(select(AuditEntry).where(AuditEntry.action.startswith("unit."))).all() == []
        )


def test_default_unit_per_category_and_area(sqlite_db: Database) -> None:
    """Lai Châu Điều 7.4.i: urban order goes to "Chủ tịch UBND phường xã" of the place; the
    profile's default is Tân Phong, the administrator names Đoàn Kết for its own ward."""
    p = admin_province(sqlite_db, "lai-chau", MONDAY)
    units = UnitAdmin(sqlite_db, p.profile, p.actors["quantri"])
    api = ConsoleApi(sqlite_db, p.profile, p.actors["truc"], p.clock)
    assert api.suggest_unit("trat_tu_do_thi", "Phường Đoàn Kết") == "p_tan_phong"
    units.set_area_default("trat_tu_do_thi", "Phường Đoàn Kết", "p_doan_ket")
    assert api.suggest_unit("trat_tu_do_thi", "Phường Đoàn Kết") == "p_doan_ket"
    assert api.suggest_unit("trat_tu_do_thi", "Phường Tân Phong") == "p_tan_phong"
    (row,) = units.area_defaults()
    assert (row.category, row.area, row.unit) == ("trat_tu_do_thi", "Phường Đoàn Kết", "p_doan_ket")
    assert "Phường Đoàn Kết" in units.areas()
    units.set_area_default("trat_tu_do_thi", "Phường Đoàn Kết", None)
    with sqlite_db.session() as s:
        assert suggest_unit(s, "trat_tu_do_thi", "Phường Đoàn Kết") == "p_tan_phong"
    assert [e.new_value for e in _audit(sqlite_db, "unit.default")] == ["p_doan_ket", None]


def test_dak_lak_routes_by_area_to_the_district_team(sqlite_db: Database) -> None:
    p = admin_province(sqlite_db, "dak-lak", MONDAY)
    api = ConsoleApi(sqlite_db, p.profile, p.actors["truc"], p.clock)
    team = next(u for u in p.profile.units if u.kind == "team" and u.area)
    category = next(
        c.code
        for c in p.profile.categories
        if p.profile.unit(c.default_unit).kind in ("team", "district")
    )
    assert api.suggest_unit(category, team.area) == team.code
