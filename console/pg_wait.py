"""Every wait on the central PostgreSQL has an end (issue 15 item 5).

A link that goes silent (packets dropped, nothing reset) left a console waiting on a pooled
connection for more than 90 s: libpq waits for an answer for ever, and the system's TCP
timeouts take minutes. A console opened with ``bounded=True`` (the desktop app) ends each wait:

- the server: ``statement_timeout`` (a statement that runs too long is cancelled, SQLSTATE
  57014) and ``idle_in_transaction_session_timeout`` (the session of a console that went
  silent inside a transaction ends, and its row locks with it, instead of blocking the others);
- the kernel: TCP keepalives and ``tcp_user_timeout`` notice a dead link during a long
  statement in about 10 s;
- the client: a watchdog thread shuts down the socket of a connection whose wait passed its
  deadline, so libpq's wait ends at once with "server closed the connection" (an outage to
  ``outbox.is_unreachable``). The pool's check of a pooled connection (``SELECT 1``) gets
  ``PING_SECONDS``; a statement or a commit gets the server's statement timeout and a margin
  (the server cancels it first when it can still answer). A new connection has psycopg's
  ``connect_timeout``.

So a form sent over a silent link with a pooled connection fails in PING_SECONDS plus the
connect timeout (about 13 s), and the intake puts it in the outbox.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Any

from sqlalchemy import Engine, event

CONNECT_TIMEOUT = 10  # seconds, libpq's connect_timeout
PING_SECONDS = 3.0  # the pool's check of a pooled connection
STATEMENT_TIMEOUT_MS = 300_000  # the server's; the roll-up's first count may take minutes
IDLE_IN_TRANSACTION_MS = 60_000
MARGIN_SECONDS = 5.0  # after the server's own timeout, before the client gives up

BOUNDED_ARGS: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT,
    "tcp_user_timeout": 10_000,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} "
    f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}",
}


class Watchdog:
    """Deadlines of the waits under way, one per DBAPI connection, and a thread that ends the
    ones that passed theirs."""

    def __init__(self) -> None:
        self._armed: dict[int, tuple[float, Any]] = {}
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self.fired = 0  # waits ended (the tests read it)

    def arm(self, dbapi_conn: Any, seconds: float) -> None:
        with self._cond:
            self._armed[id(dbapi_conn)] = (time.monotonic() + seconds, dbapi_conn)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="pg-wait-watchdog", daemon=True
                )
                self._thread.start()
            self._cond.notify()

    def disarm(self, dbapi_conn: Any) -> None:
        if dbapi_conn is None:
            return
        with self._cond:
            self._armed.pop(id(dbapi_conn), None)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                due = [k for k, (at, _c) in self._armed.items() if at <= now]
                for key in due:
                    _at, conn = self._armed.pop(key)
                    # Under the lock: the connection is still in its wait (its disarm would
                    # have removed it), so its socket is its own, not a reused descriptor.
                    if _cut(conn):
                        self.fired += 1
                nearest = min((at for at, _c in self._armed.values()), default=None)
                self._cond.wait(None if nearest is None else max(nearest - now, 0.05))


def _cut(conn: Any) -> bool:
    """Shut down ``conn``'s socket (both ways): its wait ends with a connection error."""
    try:
        if conn.closed:
            return False
        fd = conn.pgconn.socket
        with contextlib.closing(socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM)) as s:
            s.shutdown(socket.SHUT_RDWR)  # the duplicate shares the connection; close is ours
    except Exception:  # closed meanwhile: nothing waits on it
        return False
    return True


WATCHDOG = Watchdog()


def bound(
    engine: Engine,
    *,
    statement_seconds: float | None = None,
    ping_seconds: float = PING_SECONDS,
    watchdog: Watchdog = WATCHDOG,
) -> Engine:
    """Put ``engine``'s waits under ``watchdog``: each statement and commit, and the pool's
    ping of a pooled connection."""
    wait = statement_seconds or STATEMENT_TIMEOUT_MS / 1000 + MARGIN_SECONDS

    def dbapi(conn: Any) -> Any:
        return conn.connection.dbapi_connection

    @event.listens_for(engine, "before_cursor_execute")
    def _statement(conn: Any, *_args: Any) -> None:
        watchdog.arm(dbapi(conn), wait)

    @event.listens_for(engine, "after_cursor_execute")
    def _answered(conn: Any, *_args: Any) -> None:
        watchdog.disarm(dbapi(conn))

    @event.listens_for(engine, "commit")
    def _commit(conn: Any) -> None:
        watchdog.arm(dbapi(conn), wait)  # ended when the connection goes back to the pool

    @event.listens_for(engine, "rollback")
    def _rollback(conn: Any) -> None:
        with contextlib.suppress(Exception):  # a connection already invalidated has none
            watchdog.arm(dbapi(conn), wait)

    @event.listens_for(engine, "handle_error")
    def _failed(ctx: Any) -> None:
        with contextlib.suppress(Exception):
            watchdog.disarm(ctx.connection.connection.dbapi_connection)

    for name in ("checkin", "close", "invalidate"):
        event.listen(engine.pool, name, lambda c, *_a: watchdog.disarm(c))

    ping = engine.dialect.do_ping

    def bounded_ping(dbapi_conn: Any) -> bool:
        watchdog.arm(dbapi_conn, ping_seconds)
        try:
            return ping(dbapi_conn)
        finally:
            watchdog.disarm(dbapi_conn)

    engine.dialect.do_ping = bounded_ping  # type: ignore[method-assign,assignment]  # this engine's only
    return engine
