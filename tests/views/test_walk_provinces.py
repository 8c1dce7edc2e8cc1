"""A report's whole life through the screens on Đắk Lắk, Lai Châu and Tiền Giang (Thái Nguyên's
walk, with rework and the supplement branch, is in test_detail_pane.py): every step clicked in
the detail pane and its dialogs, the database checked after each one, and the buttons of the
wrong people absent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton

from console.db import Database
from console.models import ReportStatus as S
from console.models import Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from tests.scenario_helpers import draft, make_province
from tests.views.pane_helpers import click_action, confirm, open_pane, show, tick, type_text

MON = datetime(2026, 3, 2, 9, 0)


@dataclass(frozen=True)
class Plan:
    profile: str
    channel: str
    category: str
    router_role: Role  # who forwards at the IOC
    first_unit: str  # where the IOC sends it
    handler: str  # the unit that handles it (a team's unit in Đắk Lắk)
    rating: str | None  # the dissatisfied rating, None when the profile has none


PLANS = [
    Plan(
        "dak-lak",
        "hotline",
        "an_toan_giao_thong",
        Role.OPERATOR,
        "to_bmt",
        "p_tan_loi",
        "khong_hai_long",
    ),
    Plan("lai-chau", "app", "atgt_antt", Role.SUPERVISOR, "cong_an_tp", "cong_an_tp", None),
    Plan(
        "tien-giang",
        "hotline",
        "an_toan_thuc_pham",
        Role.OPERATOR,
        "so_yt",
        "so_yt",
        "khong_hai_long",
    ),
]


@pytest.mark.parametrize("plan", PLANS, ids=[p.profile for p in PLANS])
def test_report_life_through_the_screens(qtbot, sqlite_db: Database, plan: Plan) -> None:
    p = make_province(sqlite_db, load_profile(plan.profile), MON)

    def api(name: str, unit: str, *roles: Role) -> ConsoleApi:
        return ConsoleApi(sqlite_db, p.profile, p.add(name, unit, *roles), p.clock)

    op = api("dieuhanh1", "ioc", plan.router_role, Role.OPERATOR)
    officer = api("canbo1", plan.handler, Role.OFFICER)
    leader = api("lanhdao1", plan.handler, Role.LEADER)
    approval = p.profile.workflow["approval"]
    # Đắk Lắk Bước 1.1.c, Tiền Giang Điều 5.1.c ask for the reporter's address too
    r = op.submit(draft(channel=plan.channel, category=None, reporter_address="Số 1 Lê Duẩn"))
    rid = r.report_id
    pane = open_pane(qtbot, op, rid)
    assert "accept" not in pane.action_buttons and "approve" not in pane.action_buttons

    p.clock.now = datetime(2026, 3, 2, 9, 30)
    dialog = click_action(qtbot, pane, "classify")
    dialog.category.setCurrentIndex(dialog.category.findData(plan.category))
    confirm(qtbot, pane, dialog)
    assert op.detail(rid).category_code == plan.category

    p.clock.now = datetime(2026, 3, 2, 10, 0)
    dialog = click_action(qtbot, pane, "forward")
    assert dialog.select(plan.first_unit)
    assert dialog.due.text().startswith("Hạn xử lý: ")
    confirm(qtbot, pane, dialog)
    d = op.detail(rid)
    assert d.status is S.FORWARDED and d.unit_code == plan.first_unit

    if plan.first_unit != plan.handler:  # Đắk Lắk: the district team gives it to its unit
        team = api("totruong", plan.first_unit, Role.TEAM)
        team_pane = open_pane(qtbot, team, rid)
        dialog = click_action(qtbot, team_pane, "delegate")
        assert dialog.select(plan.handler)
        confirm(qtbot, team_pane, dialog)
        assert op.detail(rid).unit_code == plan.handler

    unit = open_pane(qtbot, officer, rid)
    # Đắk Lắk Bước 3.2, Tiền Giang Điều 9.1.d: a field check extends the return window.
    field_check = {"record_field_check"} if "return_field_check" in p.profile.clocks else set()
    # Đắk Lắk Bước 3.2: a unit the team gave it to returns it to the team, not to the IOC.
    back = "return_to_team" if plan.first_unit != plan.handler else "return_to_ioc"
    assert set(unit.action_buttons) == {"accept", back} | field_check
    p.clock.now = datetime(2026, 3, 2, 14, 0)
    confirm(qtbot, unit, click_action(qtbot, unit, "accept"))
    assert officer.detail(rid).status is S.IN_PROGRESS
    p.clock.now = datetime(2026, 3, 3, 9, 0)
    dialog = click_action(qtbot, unit, "post_progress")
    type_text(dialog.note, "Đã cử cán bộ kiểm tra hiện trường.")
    confirm(qtbot, unit, dialog)
    p.clock.now = datetime(2026, 3, 3, 15, 0)
    dialog = click_action(qtbot, unit, "submit_result")
    type_text(dialog.text, "Đơn vị đã xử lý xong, có biên bản kèm theo.")
    confirm(qtbot, unit, dialog)

    if approval:  # the leader sends it back once, then approves
        assert officer.detail(rid).status is S.PENDING_APPROVAL
        lead = open_pane(qtbot, leader, rid)
        dialog = click_action(qtbot, lead, "return_for_rework")
        type_text(dialog.reason, "Bổ sung ảnh hiện trường sau khi xử lý.")
        confirm(qtbot, lead, dialog, dialog.action_buttons["return_for_rework"])
        show(qtbot, unit, rid)
        dialog = click_action(qtbot, unit, "submit_result")
        type_text(dialog.text, " Ảnh kèm theo.")
        confirm(qtbot, unit, dialog)
        show(qtbot, lead, rid)
        dialog = click_action(qtbot, lead, "approve")
        if plan.first_unit == plan.handler:
            confirm(qtbot, lead, dialog, dialog.action_buttons["approve"])
        else:  # the result goes up to the team: the unit's pane can no longer show it
            with qtbot.waitSignals([lead.changed, lead.failed], timeout=10000):
                qtbot.mouseClick(dialog.action_buttons["approve"], Qt.MouseButton.LeftButton)
        if plan.first_unit != plan.handler:  # the team verifies its unit's result
            assert op.detail(rid).status is S.PENDING_APPROVAL
            team_pane = open_pane(qtbot, team, rid)
            dialog = click_action(qtbot, team_pane, "approve")
            confirm(qtbot, team_pane, dialog, dialog.action_buttons["approve"])
    assert op.detail(rid).status is S.APPROVED
    assert "publish" not in unit.action_buttons

    p.clock.now = datetime(2026, 3, 4, 9, 0)
    show(qtbot, pane, rid)
    dialog = click_action(qtbot, pane, "publish")
    qtbot.waitUntil(lambda: len(dialog.preview.pages) >= 1, timeout=20000)
    confirm(qtbot, pane, dialog)
    assert op.detail(rid).status is S.PUBLISHED

    p.clock.now = datetime(2026, 3, 5, 9, 0)
    if plan.rating:
        dialog = click_action(qtbot, pane, "rate")
        tick(qtbot, dialog.findChild(QRadioButton, f"rating_{plan.rating}"))
        assert dialog.reopens()
        type_text(dialog.note, "Vẫn chưa khắc phục triệt để.")
        confirm(qtbot, pane, dialog)
    else:  # Lai Châu has no rating labels: the citizen's feedback, then reopening
        assert "rate" not in pane.action_buttons
        dialog = click_action(qtbot, pane, "add_feedback")
        type_text(dialog.note, "Vẫn chưa khắc phục triệt để.")
        confirm(qtbot, pane, dialog)
        dialog = click_action(qtbot, pane, "reopen")
        type_text(dialog.note, "Người dân phản hồi chưa khắc phục.")
        confirm(qtbot, pane, dialog)
    d = op.detail(rid)
    assert d.status is S.REOPENED and d.unit_code == plan.handler
    show(qtbot, unit, rid)
    confirm(qtbot, unit, click_action(qtbot, unit, "accept"))
    assert officer.detail(rid).status is S.IN_PROGRESS
