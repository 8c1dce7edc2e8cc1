"""One list of routing targets (issue 14): ``routing_choices(action, report)`` in the services,
which the routing dialog shows and the forward / delegate actions check. The dialog used to
hide the province office while the service refused only the IOC; the service's list now
decides, and it follows the regulations: the office sorts reports only in Lai Châu (Điều
7.4.k); elsewhere it is reached by escalation, and a report forwarded to it would wait for an
acceptance that no office role can give.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from console.db import Database
from console.models import Report, ReportStatus, Role, Unit
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.detail import actions_for
from console.workflow import WorkflowError
from tests.scenario_helpers import draft, make_province
from tests.test_scenario_provinces import _draft

MON = datetime(2026, 3, 2, 9, 0)


def test_thai_nguyen_forward_targets_are_exactly_what_the_service_accepts(
    sqlite_db: Database,
) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    r = p.service.submit(op, draft(category="giao_thong"))
    api = ConsoleApi(sqlite_db, p.profile, op, clock=p.clock)
    choices = {c.code: c.kind for c in api.routing_choices("forward", r.report_id)}
    # Every unit but the IOC and the office (vp_ubnd): Điều 7.2.c reaches UBND by a report.
    expected = {u.code for u in p.profile.units if u.kind not in ("ioc", "office")}
    assert set(choices) == expected
    with pytest.raises(WorkflowError, match="Văn phòng UBND không nhận"):
        p.service.forward(op, r.report_id, r.version, "vp_ubnd")
    with pytest.raises(WorkflowError, match="chính IOC"):
        p.service.forward(op, r.report_id, r.version, "ioc")
    assert p.report(r.report_id).status is ReportStatus.RECEIVED  # refused: nothing written
    r = p.service.forward(op, r.report_id, r.version, "tp_thai_nguyen")  # one from the list
    assert r.status is ReportStatus.FORWARDED


def test_an_office_holding_a_forwarded_report_could_not_act_on_it(sqlite_db: Database):
    """Why the service now refuses what the dialog hid (Thái Nguyên): the office has no
    action on a report forwarded to it, so it would stay there."""
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    office = p.add("vanphong", "vp_ubnd", Role.OFFICE)
    r = p.service.submit(op, draft(category="giao_thong"))
    r = p.service.forward(op, r.report_id, r.version, "so_gtvt")
    with sqlite_db.session() as s:
        report = s.get(Report, r.report_id)
        vp = s.query(Unit).filter_by(code="vp_ubnd").one()
        report.current_unit_id = vp.id  # as a forward to the office would have left it
        assert set(actions_for(office, p.profile, report, vp)) <= {"direct"}


def test_lai_chau_office_is_a_target_for_the_ioc_not_for_itself(sqlite_db: Database):
    p = make_province(sqlite_db, load_profile("lai-chau"), MON)
    p.add("app1", "ioc", Role.OPERATOR)
    head = p.add("truongioc", "ioc", Role.SUPERVISOR)
    r = p.service.submit(p.actors["app1"], _draft("app", "kien_nghi_khac"))
    codes = [
        c.code
        for c in ConsoleApi(sqlite_db, p.profile, head, clock=p.clock).routing_choices(
            "forward", r.report_id
        )
    ]
    assert "vp_hdnd_ubnd" in codes and "ioc" not in codes


def test_dak_lak_delegate_targets_are_the_teams_own_units(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("dak-lak"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    team = p.add("to.bmt", "to_bmt", Role.TEAM)
    r = p.service.submit(op, _draft("app", "an_toan_giao_thong"))
    r = p.service.forward(op, r.report_id, r.version, "to_bmt")
    codes = {
        c.code
        for c in ConsoleApi(sqlite_db, p.profile, team, clock=p.clock).routing_choices(
            "delegate", r.report_id
        )
    }
    assert codes == {u.code for u in p.profile.children("to_bmt")}
    with pytest.raises(WorkflowError, match="trực thuộc"):
        p.service.delegate(team, r.report_id, r.version, "so_gtvt")
