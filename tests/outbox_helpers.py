"""A database that stops answering while the console runs, and answers again.

The engine is swapped for one on a closed port (nothing listens on 127.0.0.1:1): every
session then fails with psycopg's real "connection refused" (sqlalchemy OperationalError),
exactly what a console sees when the central server goes away after it started.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import sessionmaker

from console.db import Database, make_engine

UNREACHABLE_URL = "postgresql://postgres@127.0.0.1:1/x"


@contextmanager
def unreachable(db: Database) -> Iterator[None]:
    real_engine, real_sessions = db.engine, db.sessions
    db.engine = make_engine(UNREACHABLE_URL)
    db.sessions = sessionmaker(db.engine, expire_on_commit=False)
    try:
        yield
    finally:
        db.engine.dispose()
        db.engine, db.sessions = real_engine, real_sessions
