"""The routing paths on screen (issue 17 items 4, 5, 12): the routing dialog offers the
service's list with each unit's focal points (Thái Nguyên Điều 14.1); a Đắk Lắk unit returns
a report to its team (Bước 3.2); the IOC records a consulted unit's opinion (TN Điều 7.2); a
Lai Châu unit reports the cause and an expected date (Điều 7.5)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel

from console.db import Database
from console.models import Role
from console.services.console_api import ConsoleApi
from console.services.focal_points import FocalPointService
from console.views.routing_dialog import RoutingDialog, routing_data
from tests.scenario_helpers import draft
from tests.test_lai_chau_office_sorts import _lai_chau, _other
from tests.views.pane_helpers import click_action, confirm, history, open_pane, type_text, world


def test_thai_nguyen_dieu14_1_routing_dialog_shows_each_units_focal_points(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    w = world(sqlite_db)
    w.api("ld.xd", "so_xd", Role.LEADER)  # a leader who named no one yet elsewhere
    FocalPointService(sqlite_db, w.p.clock).set(
        w.leader.actor, "so_gtvt", leader="ld.gtvt", officer="cb.gtvt"
    )
    r = w.op.submit(draft(category="giao_thong"))
    detail = w.op.detail(r.report_id)
    data = routing_data("forward", w.op, detail)
    assert data.units == w.op.routing_choices("forward", r.report_id)
    assert "vp_ubnd" not in [u.code for u in data.units]  # the service's list, not the view's
    dialog = RoutingDialog(detail, data)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.unit_code() == "so_gtvt"
    index = dialog._find("so_gtvt")
    assert index.siblingAtColumn(1).data() == "Lãnh đạo: Cán bộ ld.gtvt · Cán bộ: Cán bộ cb.gtvt"
    assert not dialog.tree.isColumnHidden(1)
    assert "Đầu mối: Lãnh đạo: Cán bộ ld.gtvt" in dialog.chosen.text()
    path = Path(os.environ.get("H1_SHOTS", tmp_path)) / "routing-focal.png"
    assert dialog.grab().save(str(path))


def test_dak_lak_buoc3_2_unit_returns_to_its_team_from_the_pane(qtbot, sqlite_db: Database):
    w = world(sqlite_db, "dak-lak")
    team = w.api("to.bmt", "to_bmt", Role.TEAM)
    ward = w.api("cb.tanloi", "p_tan_loi", Role.OFFICER)
    r = w.op.submit(draft(category="an_toan_giao_thong", reporter_address="Phường Tân Lợi"))
    r = w.op.act("forward", r.report_id, r.version, unit="to_bmt")
    r = team.act("delegate", r.report_id, r.version, unit="p_tan_loi")
    pane = open_pane(qtbot, ward, r.report_id)
    assert "return_to_team" in pane.action_buttons and "return_to_ioc" not in pane.action_buttons
    dialog = click_action(qtbot, pane, "return_to_team")
    type_text(dialog.note, "Tuyến đường do phường Thắng Lợi quản lý.")
    # The report leaves the ward: the pane cannot reload it (it is the team's now).
    with qtbot.waitSignals([pane.changed, pane.failed], timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert team.detail(r.report_id).unit_code == "to_bmt"
    assert history(team, r.report_id)[-1] == "return_to_team"
    team_pane = open_pane(qtbot, team, r.report_id)
    dialog = click_action(qtbot, team_pane, "delegate")
    offered = {u.code for u in dialog.data.units}
    assert "p_tan_loi" not in offered and "p_thang_loi" in offered


def test_thai_nguyen_dieu7_2_ioc_records_the_consulted_units_opinion(
    qtbot, sqlite_db: Database
) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft(category="giao_thong"))
    r = w.op.act("forward", r.report_id, r.version, unit="so_gtvt", consult=("so_xd",))
    pane = open_pane(qtbot, w.op, r.report_id)
    dialog = click_action(qtbot, pane, "answer_consultation")
    assert dialog.unit.currentData() == "so_xd"
    due = dialog.findChild(QLabel, "consultDue")
    assert due is not None and due.text().endswith("10:00 02/03/2026")  # asked 09:00 + 60 min
    type_text(dialog.note, "Không thuộc dự án do Sở quản lý.")
    confirm(qtbot, pane, dialog)
    assert "answer_consultation" not in pane.action_buttons
    assert history(w.op, r.report_id)[-1] == "answer_consultation"


def test_lai_chau_dieu7_5_cause_dialog(qtbot, sqlite_db: Database) -> None:
    p = _lai_chau(sqlite_db)
    head, unit = (
        ConsoleApi(sqlite_db, p.profile, p.actors[k], p.clock) for k in ("truongioc", "cb.qldt")
    )
    r = ConsoleApi(sqlite_db, p.profile, p.actors["app1"], p.clock).submit(
        _other(category="trat_tu_do_thi")
    )
    r = head.act("forward", r.report_id, r.version, unit="phong_qldt")
    r = unit.act("accept", r.report_id, r.version)
    pane = open_pane(qtbot, unit, r.report_id)
    dialog = click_action(qtbot, pane, "report_cause")
    dialog.expected.setDateTime(QDateTime(2026, 3, 4, 17, 0, 0))
    type_text(dialog.note, "Chủ hộ xin 2 ngày để tự tháo dỡ.")
    confirm(qtbot, pane, dialog)
    detail = unit.detail(r.report_id)
    assert detail.history[-1].action == "report_cause"
    assert "17:00 04/03/2026" in detail.history[-1].note
    assert detail.history[-1].at == datetime(2026, 3, 2, 9, 0)
