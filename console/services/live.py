"""Live queues: hear that reports changed, whoever changed them, without asking the database.

PostgreSQL: migration 0006 makes every committed change of ``reports`` send NOTIFY on
``console_reports`` with the changed ids ("*" for a bulk statement). ``PgListener`` keeps its own
psycopg connection in its own thread, LISTENs, and hands the ids to a callback, a burst merged
into one call. When the server goes away it says so in the log, retries with backoff and, once
back, reports "anything may have changed" (what happened meanwhile was not heard).

SQLite: ``PRAGMA data_version`` on a connection of its own changes whenever another connection
commits (every connection of the app's pool is another one), so ``SqliteWatcher`` polls it once
a second: a few microseconds that read no table.

``watch(db, on_change)`` picks one by dialect. The callback runs on the feed's thread: keep it
short and hand the work to wherever it belongs (the views marshal it to the UI thread).
"""

from __future__ import annotations

import logging
import os
import selectors
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import make_url

from console.db import Database

log = logging.getLogger(__name__)

CHANNEL = "console_reports"  # migration 0006 writes the same name
POLL_S = 1.0  # SQLite: how often data_version is read
COALESCE_S = 0.05  # PostgreSQL: quiet time that ends a burst
MAX_BURST_S = 0.3  # ... and the longest a burst is held back while messages keep coming
HEARTBEAT_S = 20.0  # an idle listener checks its connection this often
APPLICATION_NAME = "ioc-console-live"
BACKOFF_S = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0)  # waits between reconnection attempts


@dataclass(frozen=True, slots=True)
class Facts:
    """What a report's place in the queues depends on, as the NOTIFY of migrations 0020 / 0021
    tells it: its deadline and warning time as microseconds since 1970-01-01 of the stored
    local time (0021; with 0020 only whether they moved, on the Move)."""

    status: str
    unit_id: int | None
    assignee_id: int | None
    duplicate: bool  # linked to a main report (not in "Mới tiếp nhận")
    due_us: int | None = None
    warn_us: int | None = None
    timed: bool = False  # due_us and warn_us were told (0021)

    @classmethod
    def parse(cls, text: str) -> Facts | None:
        """``STATUS.UNIT.ASSIGNEE.DUP[.DUE.WARN]`` (an empty field for NULL); "" for no row."""
        if not text:
            return None
        fields = text.split(".")
        if len(fields) not in (4, 6):
            raise ValueError(text)
        status, unit, assignee, dup, *deadline = fields
        due, warn = (_int(f) for f in deadline) if deadline else (None, None)
        return cls(status, _int(unit), _int(assignee), dup == "1", due, warn, bool(deadline))


def _int(text: str) -> int | None:
    return int(text) if text else None


@dataclass(frozen=True, slots=True)
class Move:
    """One report's change: its facts before (None: inserted) and after (None: deleted)."""

    report_id: int
    before: Facts | None
    after: Facts | None
    deadline_moved: bool = False


@dataclass(frozen=True)
class Changes:
    """What changed: report ids, or ``unknown`` when which ones cannot be told (SQLite, a bulk
    statement, a reconnection): then anything may have changed."""

    report_ids: frozenset[int] = frozenset()
    unknown: bool = False
    # Of report_ids, those this console's own action changed: the screen that acted has
    # shown the result already (the feed's echo of the same commit needs no second read).
    here: frozenset[int] = frozenset()
    # Where the changed reports moved (PostgreSQL, migration 0020): the queues a change can
    # touch follow from them (console/services/queue_moves.py). An id without a move (an own
    # action not yet echoed, an older server) leaves every queue in doubt.
    moves: frozenset[Move] = frozenset()

    @classmethod
    def made_here(cls, *report_ids: int) -> Changes:
        ids = frozenset(report_ids)
        return cls(ids, here=ids)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.report_ids | other.report_ids,
            self.unknown or other.unknown,
            self.here | other.here,
            self.moves | other.moves,
        )

    def elsewhere(self, report_id: int) -> bool:
        """Was ``report_id`` (or anything, when unknown) changed by someone else?"""
        if report_id in self.here:
            return False
        return self.unknown or report_id in self.report_ids

    @property
    def explained(self) -> bool:
        """Every changed report's move is known (so the queues it touched can be told)."""
        if self.unknown:
            return False
        moved = {m.report_id for m in self.moves}
        return all(i in moved for i in self.report_ids)

    def __bool__(self) -> bool:
        return self.unknown or bool(self.report_ids)


ANYTHING = Changes(unknown=True)
OnChange = Callable[[Changes], None]


def parse_payload(payload: str) -> Changes:
    """A NOTIFY payload: "12,15,40" (migration 0006), "m12:…>…,15:…>…!" (0020) or "*"."""
    try:
        if payload.startswith("m"):
            moves = frozenset(_move(entry) for entry in payload[1:].split(",") if entry)
            return Changes(frozenset(m.report_id for m in moves), moves=moves)
        return Changes(frozenset(int(p) for p in payload.split(",") if p))
    except ValueError:
        return ANYTHING  # "*", or a payload of a later version: refresh everything


def _move(entry: str) -> Move:
    """``id:BEFORE>AFTER`` with ``!`` at the end when the deadline moved."""
    deadline_moved = entry.endswith("!")
    report_id, _, sides = entry.rstrip("!").partition(":")
    before, sep, after = sides.partition(">")
    if not sep:
        raise ValueError(entry)
    return Move(int(report_id), Facts.parse(before), Facts.parse(after), deadline_moved)


class LiveFeed:
    """A thread that calls ``on_change`` when reports changed; ``stop()`` ends it."""

    name = "live-feed"

    def __init__(self, on_change: OnChange) -> None:
        self.on_change = on_change
        self.ready = threading.Event()  # listening (PostgreSQL) / first value read (SQLite)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run_guarded, name=self.name, daemon=True)

    def start(self) -> LiveFeed:
        self._thread.start()
        return self

    def stop(self, wait: float = 0.0) -> None:
        """Ask the thread to end; ``wait`` seconds at most for it (the UI thread never waits:
        the thread is a daemon and delivers nothing after this)."""
        self._stop.set()
        self._wake()
        if wait and self._thread.is_alive():
            self._thread.join(wait)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _deliver(self, changes: Changes) -> None:
        if changes and not self._stop.is_set():
            self.on_change(changes)

    def _run_guarded(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                self._run(reconnected=failures > 0)
                return
            except Exception as exc:  # the database went away or refused: say so, retry
                self.ready.clear()
                if failures == 0:
                    log.warning("%s: live updates stopped (%s); retrying", self.name, exc)
                else:
                    log.debug("%s: retry %d failed: %s", self.name, failures, exc)
                wait = BACKOFF_S[min(failures, len(BACKOFF_S) - 1)]
                failures += 1
                self._stop.wait(wait)

    def _run(self, *, reconnected: bool) -> None:
        raise NotImplementedError

    def _wake(self) -> None:
        """Interrupt a blocking wait so ``stop()`` takes effect at once."""


class NullFeed(LiveFeed):
    """An in-memory SQLite database: no other connection can change it."""

    def _run(self, *, reconnected: bool) -> None:
        self.ready.set()


class SqliteWatcher(LiveFeed):
    name = "live-sqlite"

    def __init__(self, path: str, on_change: OnChange, *, interval: float = POLL_S) -> None:
        super().__init__(on_change)
        self.path = path
        self.interval = interval

    def _run(self, *, reconnected: bool) -> None:
        # Its own connection, made in this thread; it only reads the counter, never a table.
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            version = data_version(conn)
            self.ready.set()
            if reconnected:
                self._deliver(ANYTHING)
            while not self._stop.wait(self.interval):
                now = data_version(conn)
                if now != version:
                    version = now
                    self._deliver(ANYTHING)
        finally:
            conn.close()


def data_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


class PgListener(LiveFeed):
    name = "live-postgresql"

    def __init__(self, connect: Callable[[], Any], on_change: OnChange) -> None:
        super().__init__(on_change)
        self.connect = connect
        self._wake_r, self._wake_w = os.pipe()
        self._pipe_lock = threading.Lock()  # a closed descriptor's number may be reused
        self._pipe_open = True

    def _wake(self) -> None:
        with self._pipe_lock:
            if self._pipe_open:
                os.write(self._wake_w, b"x")

    def _run_guarded(self) -> None:
        try:
            super()._run_guarded()
        finally:
            with self._pipe_lock:
                self._pipe_open = False
                os.close(self._wake_r)
                os.close(self._wake_w)

    def _run(self, *, reconnected: bool) -> None:
        conn = self.connect()
        try:
            conn.execute(f"LISTEN {CHANNEL}")
            self.ready.set()
            if reconnected:
                log.warning("%s: live updates back", self.name)
                self._deliver(ANYTHING)
            with selectors.DefaultSelector() as sel:
                sel.register(conn.fileno(), selectors.EVENT_READ, "db")
                sel.register(self._wake_r, selectors.EVENT_READ, "wake")
                self._listen(conn, sel)
        finally:
            conn.close()

    def _listen(self, conn: Any, sel: selectors.BaseSelector) -> None:
        while not self._stop.is_set():
            # Drain first: LISTEN and the heartbeat may have read messages off the socket
            # into psycopg's backlog, where select() cannot see them.
            self._deliver(self._burst(conn, sel))
            if not sel.select(HEARTBEAT_S) and not self._stop.is_set():
                conn.execute("SELECT 1")  # idle: a dead server or network shows itself here

    def _burst(self, conn: Any, sel: selectors.BaseSelector) -> Changes:
        """What has arrived, plus what keeps arriving less than COALESCE_S apart."""
        changes, burst_end = Changes(), time.monotonic() + MAX_BURST_S
        while True:
            for n in conn.notifies(timeout=0):
                changes |= parse_payload(n.payload)
            left = min(COALESCE_S, burst_end - time.monotonic())
            if not changes or left <= 0 or self._stop.is_set() or not sel.select(left):
                return changes


def pg_connector(db: Database) -> Callable[[], Any]:
    """Opens a psycopg connection to the database of ``db`` (autocommit, keepalives on)."""
    import psycopg

    args, kwargs = db.engine.dialect.create_connect_args(db.engine.url)
    kwargs.pop("context", None)  # SQLAlchemy's type adapters: not wanted on a raw connection
    kwargs.setdefault("connect_timeout", 10)
    kwargs.setdefault("application_name", APPLICATION_NAME)  # tells a DBA what it is
    # A silently dropped network shows up within about a minute even between heartbeats.
    kwargs.update(keepalives=1, keepalives_idle=30, keepalives_interval=10, keepalives_count=3)

    def connect() -> Any:
        return psycopg.connect(*args, autocommit=True, **kwargs)

    return connect


def watch(db: Database, on_change: OnChange) -> LiveFeed:
    """A started feed for ``db``: LISTEN on PostgreSQL, a data_version poll on SQLite."""
    dialect = db.engine.dialect.name
    if dialect == "postgresql":
        return PgListener(pg_connector(db), on_change).start()
    if dialect == "sqlite":
        path = make_url(db.url).database
        if not path or path == ":memory:" or path.startswith("file::memory:"):
            return NullFeed(on_change).start()
        return SqliteWatcher(str(path), on_change).start()
    raise ValueError(f"Không hỗ trợ cập nhật trực tiếp cho {dialect}")
