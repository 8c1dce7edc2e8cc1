"""Live change feeds: NOTIFY from a trigger on PostgreSQL, PRAGMA data_version on SQLite."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import create_engine, text

from console.db import Database
from console.models import Role
from console.profiles import load_profile
from console.services import live
from console.services.live import (
    ANYTHING,
    Changes,
    LiveFeed,
    NullFeed,
    SqliteWatcher,
    data_version,
    parse_payload,
    watch,
)
from tests.scenario_helpers import Province, draft, make_province

NOW = datetime(2026, 11, 24, 9, 30)
WAIT_S = 15.0  # generous: a loaded 2-core machine; the arrival itself is what is tested


class Heard:
    """Collects what a feed delivers, from the feed's thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[float, Changes]] = []
        self._cond = threading.Condition()

    def __call__(self, changes: Changes) -> None:
        with self._cond:
            self.calls.append((time.monotonic(), changes))
            self._cond.notify_all()

    @property
    def merged(self) -> Changes:
        out = Changes()
        for _at, c in self.calls:
            out |= c
        return out

    def wait_for(self, predicate, timeout: float = WAIT_S) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: predicate(self.merged), timeout)

    def clear(self) -> None:
        with self._cond:
            self.calls.clear()


@pytest.fixture
def heard() -> Heard:
    return Heard()


def started(feed: LiveFeed) -> LiveFeed:
    assert feed.ready.wait(WAIT_S), "the feed never got ready"
    return feed


@pytest.fixture
def pg_province(pg_db: Database) -> Province:
    return make_province(pg_db, load_profile("thai-nguyen"), NOW)


@pytest.fixture
def pg_feed(pg_db: Database, heard: Heard) -> Iterator[LiveFeed]:
    feed = started(watch(pg_db, heard))
    yield feed
    feed.stop(wait=WAIT_S)


def test_changes_merge_and_parse() -> None:
    assert not Changes()
    assert Changes(frozenset({1})) | Changes(frozenset({2})) == Changes(frozenset({1, 2}))
    assert (Changes(frozenset({1})) | ANYTHING).unknown
    assert parse_payload("12,15,40") == Changes(frozenset({12, 15, 40}))
    assert parse_payload("*") == ANYTHING


# -- PostgreSQL ----------------------------------------------------------------------------------
@pytest.mark.pg
def test_a_change_by_another_connection_arrives(  # how fast: bench/bench_live.py
    pg_province: Province, pg_url: str, pg_feed: LiveFeed, heard: Heard
) -> None:
    p = pg_province
    operator = p.add("dieuhanh", "ioc", Role.OPERATOR)
    other = Database(pg_url)  # another console: its own engine and connections
    try:
        from console.services.reports import ReportService

        service = ReportService(other, p.profile, clock=p.clock)
        result = service.submit(operator, draft(category="giao_thong"))
        assert heard.wait_for(lambda c: result.report_id in c.report_ids)
        # an action on it (the services' UPDATE path) is heard too
        heard.clear()
        service.reject(
            operator, result.report_id, result.version, note="Không thuộc phạm vi tiếp nhận"
        )
        assert heard.wait_for(lambda c: result.report_id in c.report_ids)
    finally:
        other.close()


@pytest.mark.pg
def test_a_burst_in_one_transaction_comes_as_few_calls(
    pg_province: Province, pg_db: Database, pg_feed: LiveFeed, heard: Heard
) -> None:
    operator = pg_province.add("dieuhanh", "ioc", Role.OPERATOR)
    ids = {pg_province.service.submit(operator, draft()).report_id for _ in range(5)}
    assert heard.wait_for(lambda c: ids <= c.report_ids)
    heard.clear()
    with pg_db.engine.begin() as conn:  # 500 statements, 1 commit: 500 messages at once
        for _ in range(100):
            for rid in ids:
                conn.execute(text("UPDATE reports SET version = version WHERE id = :i"), {"i": rid})
        conn.execute(text("UPDATE reports SET version = version"))  # one statement, all rows
    assert heard.wait_for(lambda c: ids <= c.report_ids)
    assert len(heard.calls) <= 10  # coalesced, not 500 (and PostgreSQL drops repeated ones)
    heard.clear()
    with pg_db.engine.begin() as conn:  # a statement that changes no row says nothing
        conn.execute(text("UPDATE reports SET version = version WHERE false"))
    with pg_db.engine.connect() as conn:  # a rolled-back change is never announced
        conn.execute(text("UPDATE reports SET version = version"))
        conn.rollback()
        conn.execute(text("SELECT 1"))
    rid = min(ids)
    with pg_db.engine.begin() as conn:
        conn.execute(text("UPDATE reports SET version = version WHERE id = :i"), {"i": rid})
    assert heard.wait_for(lambda c: rid in c.report_ids)
    assert heard.merged.report_ids == {rid} and not heard.merged.unknown
    # ... with where it moved (migration 0020): here nowhere, its facts before and after alike
    (move,) = heard.merged.moves
    assert move.report_id == rid and move.before == move.after and not move.deadline_moved


@pytest.mark.pg
def test_the_listener_reconnects_after_the_server_drops_it(
    pg_province: Province,
    pg_db: Database,
    pg_admin_url: str,
    pg_feed: LiveFeed,
    heard: Heard,
    caplog: pytest.LogCaptureFixture,
) -> None:
    operator = pg_province.add("dieuhanh", "ioc", Role.OPERATOR)
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    database = pg_db.engine.url.database
    try:
        with (
            caplog.at_level(logging.WARNING, logger="console.services.live"),
            admin.connect() as conn,
        ):
            killed = (
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name = :app AND datname = :db"
                    ),
                    {"app": live.APPLICATION_NAME, "db": database},
                )
                .scalars()
                .all()
            )
            assert killed == [True]
            # back: it says so and reports "anything may have changed" (it heard nothing)
            assert heard.wait_for(lambda c: c.unknown)
            assert pg_feed.ready.wait(WAIT_S)
        assert "live updates stopped" in caplog.text
        heard.clear()
        rid = pg_province.service.submit(operator, draft()).report_id
        assert heard.wait_for(lambda c: rid in c.report_ids)
    finally:
        admin.dispose()


@pytest.mark.pg
def test_stop_ends_the_thread_and_its_connection(pg_db: Database, heard: Heard) -> None:
    feed = started(watch(pg_db, heard))
    feed.stop(wait=WAIT_S)
    assert not feed.running

    def listening() -> int:  # a closed backend leaves pg_stat_activity a moment later
        with pg_db.engine.connect() as conn:
            return conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = :app "
                    "AND datname = current_database()"
                ),
                {"app": live.APPLICATION_NAME},
            ).scalar_one()

    deadline = time.monotonic() + WAIT_S
    while listening() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert listening() == 0
    with pg_db.engine.begin() as conn:
        conn.execute(text("UPDATE reports SET version = version"))
    assert heard.calls == []


@pytest.mark.pg
def test_downgrade_removes_the_trigger_and_upgrade_puts_it_back(pg_db: Database) -> None:
    from alembic import command

    from console.db import alembic_config

    def triggers() -> set[str]:
        with pg_db.engine.connect() as conn:
            return set(
                conn.execute(
                    text(
                        "SELECT tgname FROM pg_trigger WHERE tgrelid = 'reports'::regclass "
                        "AND NOT tgisinternal"
                    )
                ).scalars()
            )

    names = {f"reports_notify_{e}" for e in ("insert", "update", "delete", "truncate")}
    assert names <= triggers()
    command.downgrade(alembic_config(pg_db.engine), "0005")
    assert not names & triggers()
    command.upgrade(alembic_config(pg_db.engine), "head")
    assert names <= triggers()


# -- SQLite --------------------------------------------------------------------------------------
def test_a_commit_from_another_database_object_is_seen(
    sqlite_db: Database, sqlite_url: str, heard: Heard
) -> None:
    feed = started(watch(sqlite_db, heard))
    try:
        assert isinstance(feed, SqliteWatcher) and feed.interval == live.POLL_S
        p = make_province(Database(sqlite_url), load_profile("thai-nguyen"), NOW)
        operator = p.add("dieuhanh", "ioc", Role.OPERATOR)
        heard.clear()
        p.service.submit(operator, draft())
        assert heard.wait_for(lambda c: c.unknown)  # SQLite cannot say which report
        p.db.close()
    finally:
        feed.stop(wait=WAIT_S)
    assert not feed.running


def test_an_idle_file_is_quiet(
    sqlite_db: Database, sqlite_url: str, heard: Heard, tmp_path
) -> None:  # a poll's cost: bench/bench_live.py
    path = str(tmp_path / "console.sqlite3")
    feed = started(SqliteWatcher(path, heard, interval=0.02).start())
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        before = data_version(conn)
        for _ in range(100):
            data_version(conn)
        assert data_version(conn) == before  # reading the version changes nothing
        conn.close()
        with sqlite_db.engine.begin() as c:
            c.execute(text("SELECT count(*) FROM reports"))  # reading changes nothing
        # a dozen polls later still nothing was heard
        deadline = time.monotonic() + 0.3
        while time.monotonic() < deadline:
            time.sleep(0.02)
        assert heard.calls == []
        with sqlite_db.engine.begin() as c:
            c.execute(text("CREATE TABLE scratch (x INTEGER)"))
        assert heard.wait_for(lambda c: c.unknown)
    finally:
        feed.stop(wait=WAIT_S)


def test_an_in_memory_database_has_nothing_to_watch(heard: Heard) -> None:
    db = Database("sqlite://")
    try:
        feed = started(watch(db, heard))
        assert isinstance(feed, NullFeed)
        feed.stop(wait=WAIT_S)
        assert not feed.running
    finally:
        db.close()


@pytest.mark.pg
def test_nothing_is_lost_to_the_heartbeat(
    pg_province: Province, pg_db: Database, heard: Heard, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A heartbeat every 10 ms: messages it reads off the socket must still be delivered.
    monkeypatch.setattr(live, "HEARTBEAT_S", 0.01)
    operator = pg_province.add("dieuhanh", "ioc", Role.OPERATOR)
    feed = started(watch(pg_db, heard))
    try:
        ids = {pg_province.service.submit(operator, draft()).report_id for _ in range(20)}
        assert heard.wait_for(lambda c: ids <= c.report_ids)
    finally:
        feed.stop(wait=WAIT_S)
