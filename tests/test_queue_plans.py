"""A queue page is one statement, and PostgreSQL plans it with the indexes (issue 15 item 6).

On a generated province of 20,000 reports (the demo generator, then ANALYZE), each kind of
page is read through ``queue_page`` with the statements captured; each must be a single
statement whose ``EXPLAIN ANALYZE`` has no sequential scan of ``reports`` and sorts no more
than a page's worth of rows (or a small unit's queue): a plan regression fails here, not in a
province's morning. Times are never asserted (bench/bench_queue.py measures them).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from console.db import Database
from console.demo import generate_demo
from console.models import Category, Report
from console.profiles import load_profile
from console.services.auth import AuthenticatedUser, authenticate
from console.services.queues import (
    Queue,
    QueueFilter,
    QueueRow,
    Sort,
    queue_count,
    queue_page,
)

NOW = datetime(2026, 11, 24, 10, 0)
REPORTS = 20_000
PASSWORD = "mat-khau-ke-hoach"


@pytest.fixture(scope="module")
def big_db(pg_admin_url: str) -> Iterator[Database]:
    name = f"console_test_plans_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    db = Database(make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False))
    try:
        generate_demo(db, load_profile("thai-nguyen"), reports=REPORTS, now=NOW, password=PASSWORD)
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))  # a loaded province has its statistics
        yield db
    finally:
        db.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


class Captured:
    """The statements an engine runs while ``read`` runs."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.statements: list[tuple[str, Any]] = []

    def __call__(
        self, _conn: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool
    ) -> None:
        self.statements.append((statement, params))

    def run(self, read: Callable[[Session], list[QueueRow]]) -> list[QueueRow]:
        self.statements.clear()
        event.listen(self.db.engine, "before_cursor_execute", self)
        try:
            with self.db.session() as s:
                return read(s)
        finally:
            event.remove(self.db.engine, "before_cursor_execute", self)


def plan_of(db: Database, statement: str, params: Any) -> dict[str, Any]:
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + statement, params)
        plan = cur.fetchone()[0][0]["Plan"]
        raw.rollback()
        return plan
    finally:
        raw.close()


def nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from nodes(child)


def plan_problems(plan: dict[str, Any], most_sorted: int) -> list[str]:
    """What a page's plan must not do: read ``reports`` whole, or sort more rows than
    ``most_sorted`` (what a top-N sort is fed: each row counted once per loop)."""
    problems = []
    for node in nodes(plan):
        if node["Node Type"] == "Seq Scan" and node.get("Relation Name") == "reports":
            problems.append("Seq Scan on reports")
        if node["Node Type"] in ("Sort", "Incremental Sort"):
            fed = sum(c["Actual Rows"] * c["Actual Loops"] for c in node.get("Plans", []))
            if fed > most_sorted:
                problems.append(f"{node['Node Type']} of {fed} rows")
    return problems


def _actor(db: Database, username: str) -> AuthenticatedUser:
    return authenticate(db, username, PASSWORD)


def test_every_page_is_one_statement_planned_on_the_indexes(big_db: Database) -> None:
    op, officer = _actor(big_db, "dieuhanh1"), _actor(big_db, "cb.so-gtvt")
    with big_db.session() as s:
        road = s.scalar(select(Category.code).order_by(Category.id).limit(1))
        a_code = s.scalar(select(Report.code).order_by(Report.id.desc()).limit(1))
    cap = Captured(big_db)
    first = cap.run(lambda s: queue_page(s, op, QueueFilter(Queue.ALL), now=NOW))
    assert len(first) == 200
    # Pages read in index order: at most two walks' worth of rows meet a sort (the union's).
    walked: dict[str, tuple[AuthenticatedUser, QueueFilter, dict[str, Any]]] = {
        "all by deadline": (op, QueueFilter(Queue.ALL), {}),
        "next page by keyset": (op, QueueFilter(Queue.ALL), {"after": first[-1].key(Sort.DUE)}),
        "all newest first": (op, QueueFilter(Queue.ALL), {"sort": Sort.NEWEST}),
        "all oldest first": (op, QueueFilter(Queue.ALL), {"sort": Sort.OLDEST}),
        "jump with an offset": (op, QueueFilter(Queue.ALL), {"offset": 300}),
        "awaiting approval": (op, QueueFilter(Queue.AWAITING_APPROVAL), {}),
        "emergencies": (op, QueueFilter(Queue.ALL, emergency=True), {}),
        "a report code": (op, QueueFilter(Queue.ALL, text=a_code), {}),
    }
    # Pages whose rows PostgreSQL finds through an index in another order (several states,
    # "IS NULL" which it does not take as an equality, a unit and its children) and sorts
    # top-N: the queue's own rows, index-only, never the table's.
    sorted_queue: dict[str, tuple[AuthenticatedUser, QueueFilter, dict[str, Any]]] = {
        "new": (op, QueueFilter(Queue.NEW), {}),
        "overdue": (op, QueueFilter(Queue.OVERDUE), {}),
        "due soon": (op, QueueFilter(Queue.DUE_SOON), {}),
        "a category": (op, QueueFilter(Queue.ALL, category=road), {}),
        "officer's unit queue": (officer, QueueFilter(Queue.UNIT), {}),
        "officer's everything": (officer, QueueFilter(Queue.ALL), {}),
    }
    found: dict[str, list[str]] = {}
    for label, (actor, f, kwargs) in (walked | sorted_queue).items():
        rows = cap.run(lambda s, a=actor, f=f, k=kwargs: queue_page(s, a, f, now=NOW, **k))
        assert rows, label
        assert len(cap.statements) == 1, (label, [st[:60] for st, _p in cap.statements])
        if label in walked:
            most = 2 * 200
        else:
            with big_db.session() as s:
                most = queue_count(s, actor, f, now=NOW)
            assert most < REPORTS // 4, label  # so that a sort of the table would show
        found[label] = plan_problems(plan_of(big_db, *cap.statements[0]), most_sorted=most)
    assert found == {label: [] for label in walked | sorted_queue}


def test_the_plan_check_catches_a_sort_of_the_whole_queue(big_db: Database) -> None:
    """The check is not blind: deadline order by one ORDER BY (the plan the two walks
    replace) sorts every report, and a filter on an unindexed column reads the table."""
    whole = plan_of(
        big_db, "SELECT id FROM reports ORDER BY due_at IS NULL, due_at, id LIMIT 200", {}
    )
    assert any(p.startswith("Sort of") for p in plan_problems(whole, REPORTS // 20))
    scan = plan_of(big_db, "SELECT id FROM reports WHERE title = 'không có' LIMIT 200", {})
    assert plan_problems(scan, REPORTS // 20) == ["Seq Scan on reports"]


def test_a_page_is_one_statement_on_sqlite_too(sqlite_db: Database) -> None:
    profile = load_profile("thai-nguyen")
    generate_demo(sqlite_db, profile, reports=300, now=NOW, password=PASSWORD)
    op, officer = _actor(sqlite_db, "dieuhanh1"), _actor(sqlite_db, "cb.so-gtvt")
    cap = Captured(sqlite_db)
    for actor, f, kwargs in (
        (op, QueueFilter(Queue.ALL), {"offset": 250}),
        (officer, QueueFilter(Queue.UNIT), {}),
        (officer, QueueFilter(Queue.ALL), {"sort": Sort.NEWEST}),
    ):
        rows = cap.run(lambda s, a=actor, f=f, k=kwargs: queue_page(s, a, f, now=NOW, **k))
        assert rows
        assert len(cap.statements) == 1, [st[:60] for st, _p in cap.statements]
