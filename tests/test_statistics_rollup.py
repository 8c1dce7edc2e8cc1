"""The statistics' roll-up stays exactly a recount (issue 13), on SQLite and PostgreSQL.

Every commit that touches a report moves the roll-up by what the report adds now minus what it
added before. These tests drive the hand-made year of test_statistics.py and more actions
through the services, then compare the roll-up with a recount from the raw tables
(tests/rollup_check.py); random action sequences are compared in test_workflow_machine.py.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from console.db import Database
from console.models import OverrideKind, StatDaily
from console.profiles import load_profile
from console.services.calendar import set_override
from console.services.statistics import StatisticsService
from console.statistics import parse_period
from console.statistics.rollup import is_built
from tests.rollup_check import assert_rollup_exact
from tests.test_statistics import NOW, at, build_year

PERIODS = [
    parse_period(p)
    for p in ("2026", "2026-Q1", "2026-03", "2026-W11", "2026-03-06..2026-03-11", "2025-12")
]
UNITS = [None, "so_gtvt", "so_tnmt", "so_xd", "ioc"]


def _daily(db: Database) -> list[tuple]:
    """The non-zero sums (a key whose reports moved elsewhere keeps a row of zeros)."""
    with db.session() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(StatDaily.__table__).order_by(
                    StatDaily.scope, StatDaily.day, StatDaily.kind, StatDaily.key
                )
            )
            if any(r[4:])
        ]


def test_the_year_kept_by_each_commit_is_a_recount(any_db: Database) -> None:
    p = build_year(any_db)
    assert_rollup_exact(any_db, p.profile, NOW, PERIODS, UNITS)
    # More actions after the figures were first read: a late result, a rating, a reopening.
    op, svc = p.actors["op"], p.service
    at(p, "14/09/2026 08:00")
    r = svc.submit(op, _draft())
    r = svc.forward(op, r.report_id, r.version, "so_gtvt")
    at(p, "15/09/2026 08:00")
    r = svc.return_to_ioc(p.actors["cb.so_gtvt"], r.report_id, r.version, "Không thuộc Sở.")
    p.clock.now = NOW
    assert_rollup_exact(any_db, p.profile, NOW, [parse_period("2026-09"), *PERIODS], UNITS)


def test_a_rebuild_gives_the_same_sums(any_db: Database) -> None:
    p = build_year(any_db)
    kept = _daily(any_db)
    assert kept  # the year is in it
    assert StatisticsService(any_db, p.profile, p.clock).rebuild() == 10
    assert _daily(any_db) == kept


def test_the_figures_come_from_the_rollup_and_agree_with_the_recount(any_db: Database) -> None:
    p = build_year(any_db)
    svc = StatisticsService(any_db, p.profile, p.clock)
    for period in PERIODS:
        for unit in UNITS:
            assert svc.figures(period, unit) == svc.recount(period, unit)
    quick = svc.figures(PERIODS[0], detail=False)
    full = svc.figures(PERIODS[0])
    assert quick.totals.handling_hours_mean == full.totals.handling_hours_mean == 20.79
    assert quick.totals.handling_hours_median is None
    assert full.totals.handling_hours_median == 23.5


def test_a_bulk_demo_is_counted_on_first_use(sqlite_db: Database) -> None:
    from console.demo import generate_demo

    profile = load_profile("dak-lak")
    generate_demo(
        sqlite_db, profile, reports=120, now=datetime(2026, 11, 20, 10, 0), with_accounts=False
    )
    with sqlite_db.session() as s:
        assert not is_built(s)  # the bulk insert passed by the hooks
    svc = StatisticsService(sqlite_db, profile, lambda: datetime(2026, 11, 20, 10, 0))
    f = svc.figures(parse_period("2026"))
    assert f.totals.received == 120
    with sqlite_db.session() as s:
        assert is_built(s)
    assert_rollup_exact(
        sqlite_db,
        profile,
        datetime(2026, 11, 20, 10, 0),
        [parse_period("2026"), parse_period("2026-Q4")],
        [None, "so_gtvt"],
    )


def test_a_day_off_in_the_past_recounts_the_hours_it_crosses(sqlite_db: Database) -> None:
    """Declaring Mon 09/03/2026 a day off after the fact shortens every span across it."""
    p = build_year(sqlite_db)
    before = StatisticsService(sqlite_db, p.profile, p.clock).figures(PERIODS[0])
    set_override(sqlite_db, p.profile, date(2026, 3, 9), OverrideKind.DAY_OFF, note="Nghỉ bù (thử)")
    after = StatisticsService(sqlite_db, p.profile, p.clock).figures(PERIODS[0])
    assert after.totals.handling_hours_mean != before.totals.handling_hours_mean
    assert_rollup_exact(sqlite_db, p.profile, NOW, PERIODS, UNITS)


def _draft():  # the scenario helper's own type
    from tests.scenario_helpers import draft

    return draft(category="giao_thong", area="Phường Hoàng Văn Thụ")


def test_dak_lak_a_return_to_the_team_is_a_return_and_a_bounce(any_db: Database) -> None:
    """Bước 3.2: a unit hands the report back to the district team that sent it; the figures
    count it as returned and charge the bounce to the unit, as a return to the IOC would be."""
    from tests.test_dak_lak_return_to_team import _delegated

    p, rid, v = _delegated(any_db)
    p.clock.now = datetime(2026, 3, 3, 9, 0)
    p.service.return_to_team(p.actors["cb.tanloi"], rid, v, "Không thuộc phường Tân Lợi.")
    svc = StatisticsService(any_db, p.profile, p.clock)
    f = svc.figures(parse_period("2026-03"))
    assert f.totals.returned == 1
    bounced = {h.unit_code: h.bounces for h in f.holdings}
    assert bounced["p_tan_loi"] == 1 and bounced["to_bmt"] == 0
    assert f == svc.recount(parse_period("2026-03"))


def test_a_published_answer_ends_the_hold(any_db: Database) -> None:
    """Once the answer is out, the report waits for the citizen, not for a unit: no one's
    working time held grows with it. The services name a unit only when a report moves; the
    demo once named the acting unit on every step, and there the IOC held every published
    report until it was closed (tests/test_demo.py guards the demo)."""
    p = build_year(any_db)
    svc = StatisticsService(any_db, p.profile, p.clock)
    march = parse_period("2026-03")
    now = {h.unit_code: h.hours_held_mean for h in svc.figures(march).holdings}
    p.clock.now = datetime(2026, 10, 15, 10, 0)  # a month later, nothing done meanwhile
    later = {h.unit_code: h.hours_held_mean for h in svc.figures(march).holdings}
    # so_gtvt still holds R9 (open, overdue): its hours grow; the IOC's do not.
    assert later["ioc"] == now["ioc"]
    assert later["so_gtvt"] > now["so_gtvt"]
    assert svc.figures(march) == svc.recount(march)


def test_a_day_off_before_a_running_hold_moves_its_stored_position(sqlite_db: Database) -> None:
    """R9 has been held by so_gtvt since Mon 02/03 and still is. Declaring Fri 27/02 a day off
    after the fact moves the working position of every later instant, the hold's start among
    them: the stored position must move too, or the hours it has been held come out 8 h long."""
    p = build_year(sqlite_db)
    StatisticsService(sqlite_db, p.profile, p.clock).figures(PERIODS[0])
    set_override(
        sqlite_db, p.profile, date(2026, 2, 27), OverrideKind.DAY_OFF, note="Nghỉ bù (thử)"
    )
    assert_rollup_exact(sqlite_db, p.profile, NOW, PERIODS, UNITS)
