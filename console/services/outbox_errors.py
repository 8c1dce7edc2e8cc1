"""Outage or answer? Which errors mean that the central database did not answer (the outbox
keeps what was typed and tries again later) and which are its answer (shown at once, never
queued). Re-exported by console/services/outbox.py.
"""

from __future__ import annotations

from sqlalchemy import exc as sa_exc

from console.db import DatabaseError

# PostgreSQL's SQLSTATEs that mean "not now" rather than "no": the connection is gone
# (class 08), the server is shutting down or starting (57P01-57P03), or a statement, lock or
# idle transaction ran out of time (57014, 55P03, 25P03). Any other SQLSTATE is the server's
# answer about this entry (a 54000 "string is too long for tsvector" is a refusal).
_NOT_NOW = frozenset({"57P01", "57P02", "57P03", "57014", "55P03", "25P03"})
_SQLITE_NOT_NOW = frozenset({"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN"})


def is_unreachable(exc: BaseException) -> bool:
    """The database did not answer (down, network gone, connection dropped, a statement or a
    lock that ran out of time): try again later. Decided by the error itself, never by its
    class alone: SQLAlchemy and the drivers call an over-long text an OperationalError too.
    Anything the server answered, and every refusal of the services, is an answer."""
    if isinstance(exc, sa_exc.TimeoutError | DatabaseError | ConnectionError | TimeoutError):
        return True  # the pool waited in vain; the database did not open; the socket failed
    if isinstance(exc, sa_exc.DBAPIError):
        if exc.connection_invalidated:
            return True
        if not isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError):
            return False
        return _driver_not_now(exc.orig)
    return (
        _driver_not_now(exc) if type(exc).__module__.startswith(("psycopg", "sqlite3")) else False
    )


def _driver_not_now(orig: BaseException | None) -> bool:
    sqlstate = getattr(orig, "sqlstate", "absent")
    if sqlstate != "absent":  # psycopg: no SQLSTATE is libpq's own (no connection, lost)
        return sqlstate is None or sqlstate.startswith("08") or sqlstate in _NOT_NOW
    name = getattr(orig, "sqlite_errorname", None)
    return name in _SQLITE_NOT_NOW
