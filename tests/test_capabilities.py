"""Issue 14: what a person may do comes from the services (ConsoleApi.capabilities), decided
by the rules the services enforce, and the screens show that and only that.

Tiền Giang Điều 9.2.a (the operator answers on the line) and Điều 6.5 (points a caller to the
right number); Thái Nguyên Điều 4.1 (no hotline: neither); the dashboard for the IOC's
supervisor, the province office and a unit's leader (DESIGN §1); administration only for an
active administrator."""

from __future__ import annotations

from datetime import datetime

import pytest

from console.db import Database
from console.models import Role
from console.profiles import load_profile
from console.services.capabilities import Capabilities
from console.services.console_api import ConsoleApi
from console.services.users import deactivate_user
from tests.scenario_helpers import Province, make_province

MON = datetime(2026, 3, 2, 8, 0)


def _can(p: Province, username: str) -> Capabilities:
    return ConsoleApi(p.db, p.profile, p.actors[username], p.clock).capabilities()


def test_dieu_9_tien_giang_operator_takes_calls_answers_and_redirects(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("tien-giang"), MON)
    p.add("tongdai1", "ioc", Role.OPERATOR)
    can = _can(p, "tongdai1")
    assert can.take_intake and can.answer_on_the_line and can.redirect_calls
    assert can.batch_print and can.open311_files
    assert not can.dashboard and not can.administer


def test_dieu_4_thai_nguyen_has_no_hotline_steps(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    p.add("dieuhanh1", "ioc", Role.OPERATOR)
    p.add("truongca", "ioc", Role.SUPERVISOR)
    operator, supervisor = _can(p, "dieuhanh1"), _can(p, "truongca")
    assert operator.take_intake and not operator.answer_on_the_line
    assert not operator.redirect_calls and not operator.dashboard
    assert supervisor.take_intake and supervisor.dashboard


@pytest.mark.parametrize(
    ("unit", "roles", "dashboard"),
    [
        ("so_gtvt", (Role.OFFICER,), False),
        ("so_gtvt", (Role.LEADER,), True),  # the unit's own figures
        ("vp_ubnd", (Role.OFFICE,), True),  # the province's
    ],
)
def test_units_neither_take_intake_nor_print_the_ioc_letters(
    sqlite_db: Database, unit: str, roles: tuple[Role, ...], dashboard: bool
) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    p.add("canbo", unit, *roles)
    can = _can(p, "canbo")
    assert not (can.take_intake or can.answer_on_the_line or can.redirect_calls)
    assert not (can.batch_print or can.open311_files or can.administer)
    assert can.dashboard is dashboard


def test_administration_only_while_the_account_is_an_active_administrator(
    sqlite_db: Database,
) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    p.add("quantri", "ioc", Role.ADMIN)
    p.add("quantri2", "ioc", Role.ADMIN)
    assert _can(p, "quantri2").administer
    assert not _can(p, "quantri").take_intake  # an administrator is not an operator
    deactivate_user(sqlite_db, p.actors["quantri"], "quantri2", now=MON)
    assert not _can(p, "quantri2").administer  # the signed-in session loses the menu's rights
