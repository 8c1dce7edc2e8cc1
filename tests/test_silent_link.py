"""Issue 15 item 5: a link that goes silent never leaves the intake waiting.

The console reaches the real PostgreSQL through a local proxy the test makes silent (bytes
stop both ways, nothing is reset). Before the bounds a pooled connection waited more than
90 s, the report neither saved nor queued; now the wait ends and the form goes to the outbox.
The join's bound below only keeps a regression from hanging the suite: the time itself is in
console/pg_wait.py's arithmetic (ping 3 s + connect 10 s), not asserted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from console import pg_wait
from console.db import Database
from console.models import Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.outbox import Outbox, is_unreachable
from tests.pg_proxy import link_proxy
from tests.scenario_helpers import draft, make_province

CALL = datetime(2026, 3, 2, 9, 0)
HANG_GUARD = 120  # seconds: far above any bound, only so a regression fails instead of hanging


def in_thread(fn: Callable[[], Any]) -> tuple[Any, BaseException | None]:
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = fn()
        except BaseException as exc:  # handed back to the test
            out["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(HANG_GUARD)
    assert not worker.is_alive(), "the wait had no end"
    return out.get("value"), out.get("error")


def test_a_silent_link_queues_the_form_instead_of_waiting(
    pg_db: Database, pg_url: str, tmp_path: Path
) -> None:
    p = make_province(pg_db, load_profile("thai-nguyen"), CALL)
    actor = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    outbox = Outbox(tmp_path / "outbox", clock=p.clock)
    with link_proxy(pg_url) as proxy:
        console_db = Database(proxy.url(pg_url), bounded=True)
        try:
            api = ConsoleApi(console_db, p.profile, actor, p.clock)
            assert api.submit(draft(title="Trước khi mất mạng")).report_id  # a pooled link
            fired = pg_wait.WATCHDOG.fired
            proxy.silent()
            outcome, error = in_thread(
                lambda: api.take_call(draft(title="Gọi lúc mạng im lặng"), outbox=outbox)
            )
            assert error is None and outcome.queued  # neither lost nor waiting
            assert pg_wait.WATCHDOG.fired > fired  # the pooled connection's wait was ended
            (entry,) = outbox.pending()
            proxy.speak()
            (sent,) = outbox.replay(api, actor)
            assert sent.result is not None and sent.entry == entry
        finally:
            console_db.close()
    with pg_db.session() as s:
        titles = s.execute(text("SELECT title FROM reports ORDER BY id")).scalars().all()
    assert titles == ["Trước khi mất mạng", "Gọi lúc mạng im lặng"]


def test_a_statement_under_way_when_the_link_goes_silent_ends(pg_url: str) -> None:
    with link_proxy(pg_url) as proxy:
        engine = pg_wait.bound(create_engine(proxy.url(pg_url)), statement_seconds=2)
        try:
            with engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT 1").scalar() == 1
                proxy.silent()
                _value, error = in_thread(lambda: conn.exec_driver_sql("SELECT 2").scalar())
            assert error is not None and is_unreachable(error)
        finally:
            engine.dispose()


def test_the_server_ends_long_statements_and_idle_transactions(pg_url: str) -> None:
    db = Database(pg_url, bounded=True)
    try:
        with db.session() as s:
            shown = s.execute(
                text(
                    "SELECT current_setting('statement_timeout'), "
                    "current_setting('idle_in_transaction_session_timeout')"
                )
            ).one()
        assert tuple(shown) == ("5min", "1min")
        with db.session() as s, pytest.raises(Exception) as slow:
            s.execute(text("SET LOCAL statement_timeout = 100"))
            s.execute(text("SELECT pg_sleep(3)"))
        assert is_unreachable(slow.value)  # a timeout: the form queues, the replay retries
    finally:
        db.close()
