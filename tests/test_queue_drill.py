"""The dashboard's drill-down: a queue opened from a number lists the reports the number counted
(SQLite + PostgreSQL), and who has a dashboard of what."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime

import pytest
from sqlalchemy import select

from console.db import Database
from console.demo import generate_demo
from console.models import User
from console.profiles import load_profile
from console.services.auth import AuthenticatedUser
from console.services.console_api import ConsoleApi
from console.services.dashboard import cell_filter, trend_filter
from console.services.queue_drill import Outcome
from console.services.queues import Queue, QueueFilter
from console.statistics import Counts, parse_period
from console.workflow import WorkflowError

NOW = datetime(2026, 11, 24, 10)
OUTCOMES = [o.value for o in Outcome]


def api_for(db: Database, username: str) -> ConsoleApi:
    with db.session() as s:
        actor = AuthenticatedUser.from_user(s.scalar(select(User).where(User.username == username)))
    return ConsoleApi(db, load_profile("thai-nguyen"), actor, clock=lambda: NOW)


@pytest.fixture
def demo_db(any_db: Database) -> Database:
    generate_demo(
        any_db, load_profile("thai-nguyen"), reports=220, now=NOW, password="mat-khau-demo"
    )
    return any_db


def test_outcome_names_are_count_fields() -> None:
    names = {f.name for f in fields(Counts)}
    assert set(OUTCOMES) <= names


def test_every_number_opens_a_queue_of_the_same_count(demo_db: Database) -> None:
    api = api_for(demo_db, "truongca")
    assert api.dashboard_scope() is not None and api.dashboard_scope().unit_code is None
    period = parse_period("2026")
    fig = api.dashboard(period)
    assert fig.totals.received > 100 and fig.totals.late > 0 and fig.totals.open > 0

    def check(expected: int, f: QueueFilter | None, what: str) -> None:
        assert f is not None
        assert api.count(f) == expected, what

    for name in OUTCOMES:
        check(getattr(fig.totals, name), cell_filter(period, None, outcome=name), name)
    for row in fig.by_unit:
        for name in ("received", "late", "on_time", "open", "answered", "overdue_open"):
            check(
                getattr(row.counts, name),
                cell_filter(period, None, unit=row.key, outcome=name),
                f"{row.key} {name}",
            )
    for row in fig.by_category:
        if row.key:
            check(
                row.counts.late,
                cell_filter(period, None, category=row.key, outcome="late"),
                row.key,
            )
    for row in fig.by_channel:
        check(row.counts.received, cell_filter(period, None, channel=row.key), row.key)
    for row in fig.by_area:
        if row.key:
            check(
                row.counts.on_time,
                cell_filter(period, None, area=row.key, outcome="on_time"),
                row.key,
            )
    for rating in fig.ratings:
        check(rating.count, cell_filter(period, None, rating=rating.code), rating.code)
    for point in [p for p in fig.trend if p.received or p.resolved][:5]:
        check(point.received, trend_filter(period, None, point.day, resolved=False), "trend")
        check(point.resolved, trend_filter(period, None, point.day, resolved=True), "trend")


def test_a_leader_sees_the_figures_and_queues_of_their_unit(demo_db: Database) -> None:
    leader = api_for(demo_db, "ld.so-gtvt")
    scope = leader.dashboard_scope()
    assert scope is not None and scope.unit_code == "so_gtvt"
    period = parse_period("2026")
    fig = leader.dashboard(period)
    assert fig.unit_code == "so_gtvt"
    province = api_for(demo_db, "vanphong").dashboard(period)
    gtvt = next(r for r in province.by_unit if r.key == "so_gtvt")
    assert fig.totals.received == gtvt.counts.received
    # the unit's queue from its dashboard lists every report it held, even those gone on
    for name in ("received", "late", "on_time", "open", "answered"):
        f = cell_filter(period, "so_gtvt", outcome=name)
        assert leader.count(f) == getattr(fig.totals, name), name
    other = next(r.key for r in fig.by_unit if r.key != "so_gtvt")
    assert cell_filter(period, "so_gtvt", unit=other) is None
    # another unit's held reports: only those now at this unit, as in any of its queues
    assert leader.count(QueueFilter(Queue.ALL, held_by="so_tnmt")) <= leader.count(
        QueueFilter(Queue.ALL)
    )


def test_officers_and_operators_have_no_dashboard(demo_db: Database) -> None:
    for username in ("cb.so-gtvt", "dieuhanh1"):
        api = api_for(demo_db, username)
        assert api.dashboard_scope() is None
        with pytest.raises(WorkflowError):
            api.dashboard(parse_period("2026-11"))


def test_the_figures_door_applies_the_dashboard_rule(demo_db: Database) -> None:
    """ConsoleApi.figures is the same door as the dashboard: no figures for an officer, and a
    unit's leader reads only their own unit's."""
    period = parse_period("2026")
    with pytest.raises(WorkflowError):
        api_for(demo_db, "cb.so-gtvt").figures(period)
    leader = api_for(demo_db, "ld.so-gtvt")
    with pytest.raises(WorkflowError):
        leader.figures(period)  # the province's
    with pytest.raises(WorkflowError):
        leader.figures(period, "so_tnmt")
    assert leader.figures(period, "so_gtvt").unit_code == "so_gtvt"
    assert api_for(demo_db, "vanphong").figures(period, "so_tnmt").unit_code == "so_tnmt"
