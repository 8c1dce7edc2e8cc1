"""PostgreSQL's per-unit totals (migration 0023) stay exact through every way reports change:
the workflow's moves, a bulk COPY, a deadline update of every row, a delete, a TRUNCATE; and the
"Tất cả" counter read from them equals a real count for every kind of person."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from console.db import Database
from console.demo import generate_demo
from console.profiles import load_profile
from console.services.auth import authenticate
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter
from tests.scenario_helpers import make_province
from tests.test_queue_moves import Walk

NOW = datetime(2026, 11, 24, 9, 30)
PASSWORD = "mat-khau-demo"
pytestmark = pytest.mark.pg


def totals(db: Database) -> dict[int, int]:
    with db.engine.connect() as conn:
        kept = dict(conn.execute(text("SELECT unit_key, n FROM report_totals WHERE n <> 0")).all())
        real = dict(
            conn.execute(
                text("SELECT coalesce(current_unit_id, 0), count(*) FROM reports GROUP BY 1")
            ).all()
        )
    assert kept == real
    return kept


def test_the_totals_follow_the_workflow(pg_db: Database) -> None:
    profile = load_profile("thai-nguyen")
    walk = Walk(make_province(pg_db, profile, NOW), seed=23)
    done = {walk.step() for _ in range(150)}
    assert {"submit", "forward", "return_to_ioc"} <= done, done  # new, moved there and back
    totals(pg_db)
    for actor in walk.people.values():  # the IOC, units, a commune, the office
        api = ConsoleApi(pg_db, profile, actor, clock=walk.p.clock)
        if Queue.ALL in api.queues():
            assert api.counts(only=[Queue.ALL]) == {Queue.ALL: counted(api)}
            assert api.count(QueueFilter(Queue.ALL)) == counted(api)  # the screen's count too


def counted(api: ConsoleApi) -> int:
    """The reports ``api``'s person sees, counted: a filter that keeps them all (received
    since 2000) is not the unfiltered queue the totals answer."""
    return api.count(QueueFilter(Queue.ALL, received_from=datetime(2000, 1, 1)))


def test_bulk_statements_and_truncate(pg_db: Database) -> None:
    profile = load_profile("thai-nguyen")
    generate_demo(pg_db, profile, reports=200, now=NOW, password=PASSWORD)  # COPY
    assert sum(totals(pg_db).values()) == 200
    for name in ("dieuhanh1", "cb.so-gtvt", "ld.so-yt", "vanphong", "quantri"):
        api = ConsoleApi(pg_db, profile, authenticate(pg_db, name, PASSWORD), clock=lambda: NOW)
        assert api.counts(only=[Queue.ALL]) == {Queue.ALL: counted(api)}
    with pg_db.engine.begin() as conn:
        conn.execute(text("UPDATE reports SET due_at = due_at + interval '1 hour'"))  # no move
        conn.execute(
            text(
                "UPDATE reports SET current_unit_id = (SELECT min(id) FROM units) WHERE id % 3 = 0"
            )
        )
        conn.execute(text("DELETE FROM report_history WHERE report_id % 7 = 0"))
    totals(pg_db)
    with pg_db.engine.begin() as conn:
        conn.execute(text("TRUNCATE reports CASCADE"))
    assert totals(pg_db) == {}
