"""Fast bulk loads of generated rows: executemany on SQLite, COPY on PostgreSQL.

The ORM (and even Core with dictionaries) costs more than the database itself at a million rows.
Rows here are plain tuples (or lists) in the column order the caller gives, every value already
as the database takes it (console.demo.trail makes them so: times as text, flags as 0/1, JSON as
text): nothing is converted here, row by row, in Python.

``BulkLoad`` holds one connection for a whole load, one transaction per chunk (a failure leaves
whole chunks or nothing, except in the fast mode below). A big load (``big``) builds the
secondary indexes once at the end instead of updating them row by row. A big load into a
database with no reports yet (``fresh``: there is nothing of value to lose but the load itself)
also writes without a journal, fsync or the foreign-key checks row by row on SQLite (the ids
come from the database itself; the tests run SQLite's foreign_key_check after such a load), and
without the foreign keys on PostgreSQL (added back at the end, which checks every row at once);
all of it is put back when the load ends, even by an error.

On SQLite a big load indexes each chunk's text with the chunk (given the id range of its
reports): the same work as one pass at the end, but done while the row builders still run
instead of alone after them. A chunk may also come as a file of its own (``copy``: attached and
copied by ``INSERT … SELECT``, see console.demo.parts).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Table

from console.db import Database
from console.search import SQLITE_DDL

_FTS_TRIGGER = next(ddl for ddl in SQLITE_DDL if "report_search_ai" in ddl)
_LOAD_CACHE_KIB = 262_144  # SQLite's page cache while loading: 256 MiB
_INDEX_CACHE_KIB = 2_097_152  # and while building the indexes at the end: 2 GiB


def bulk_insert(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert ``rows`` (values as the database stores them) through ``conn``'s transaction."""
    raw = conn.connection.driver_connection
    assert raw is not None
    _insert(conn.dialect.name, raw, table.name, columns, rows)


def _insert(
    dialect: str, raw: Any, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    if not rows:
        return
    if dialect == "sqlite":
        marks = ", ".join("?" * len(columns))
        raw.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        return
    if dialect != "postgresql":
        raise ValueError(f"no bulk load for {dialect}")
    sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with raw.cursor() as cur, cur.copy(sql) as copy:
        write = copy.write_row
        for row in rows:
            write(row)


class BulkLoad:
    """A load of several chunks into ``tables`` (the tables it writes, parents first)."""

    def __init__(self, db: Database, tables: Sequence[Table], *, big: bool, fresh: bool) -> None:
        self.db = db
        self.names = [t.name for t in tables]
        self.big = big
        self.fast = big and fresh
        self.dialect = db.engine.dialect.name
        self.indexes: list[str] = []  # CREATE statements of the indexes dropped for the load
        self.foreign_keys: list[str] = []  # ALTER TABLE … ADD CONSTRAINT of those dropped
        self._pooled: Any = None
        self.raw: Any = None
        self._text_behind = False  # a chunk came without its reports' ids: index all at the end
        self.seconds: dict[str, float] = {}  # where the time went: write, indexes, fts, …

    @contextmanager
    def _timed(self, phase: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            spent = time.perf_counter() - started
            self.seconds[phase] = self.seconds.get(phase, 0.0) + spent

    # -- set up and put back ------------------------------------------------------------------

    def __enter__(self) -> BulkLoad:
        self.db.engine.dispose()  # no other connection of ours: SQLite's journal can change
        self._pooled = self.db.engine.raw_connection()
        self.raw = self._pooled.driver_connection
        try:
            if self.dialect == "sqlite":
                self._sqlite_begin()
            else:
                self._pg_begin()
        except BaseException:
            self._pooled.close()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self.dialect == "sqlite":
                self._sqlite_end()
            else:
                self._pg_end()
        finally:
            self._pooled.close()
            self.db.engine.dispose()

    def _sqlite_begin(self) -> None:
        raw = self.raw
        self._isolation = raw.isolation_level
        raw.isolation_level = None  # explicit BEGIN / COMMIT below
        raw.execute(f"PRAGMA cache_size=-{_LOAD_CACHE_KIB}")
        if self.fast:
            raw.execute("PRAGMA journal_mode=OFF")
            raw.execute("PRAGMA synchronous=OFF")
            # The rows' ids come from this database (units, users, categories) and the load
            # itself (reports): a fifth of the insert time was checking them row by row.
            raw.execute("PRAGMA foreign_keys=OFF")
        if not self.big:
            return
        raw.execute("PRAGMA threads=2")  # index builds sort on both cores
        marks = ", ".join("?" * len(self.names))
        found = raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ({marks})",
            self.names,
        ).fetchall()
        self.indexes = [sql for _name, sql in found]
        for name, _sql in found:
            raw.execute(f'DROP INDEX "{name}"')
        # The text is indexed in one pass at the end, not by the trigger row by row.
        raw.execute("DROP TRIGGER IF EXISTS report_search_ai")

    def _sqlite_end(self) -> None:
        raw = self.raw
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        try:
            if self.big:
                # The index builds' sorts in memory: the history's 7.7 M keys of a million
                # reports spill to temporary files within the load's 256 MiB (CPU of the
                # builds at 1,000,000 reports: 34 s -> 25 s).
                raw.execute(f"PRAGMA cache_size=-{_INDEX_CACHE_KIB}")
            with self._timed("indexes"):
                for sql in self.indexes:
                    raw.execute(sql)
            if self.big:
                if self._text_behind:
                    with self._timed("fts"):
                        raw.execute("INSERT INTO report_search(report_search) VALUES ('rebuild')")
                raw.execute(_FTS_TRIGGER)
        finally:
            if self.big:
                raw.execute(f"PRAGMA cache_size=-{_LOAD_CACHE_KIB}")
                raw.execute("PRAGMA threads=0")
            if self.fast:  # as console.db opens every connection
                raw.execute("PRAGMA foreign_keys=ON")
                raw.execute("PRAGMA synchronous=NORMAL")
                raw.execute("PRAGMA journal_mode=WAL")
            raw.isolation_level = self._isolation

    def _pg_begin(self) -> None:
        raw = self.raw
        with raw.cursor() as cur:
            cur.execute("SET synchronous_commit = off")
            cur.execute("SET maintenance_work_mem = '512MB'")
            if self.big:
                cur.execute(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                    "current_schema() AND tablename = ANY(%s) AND indexdef NOT LIKE "
                    "'CREATE UNIQUE%%'",
                    (self.names,),
                )
                found = cur.fetchall()
                self.indexes = [sql for _name, sql in found]
                for name, _sql in found:
                    cur.execute(f'DROP INDEX "{name}"')
            if self.fast:
                cur.execute(
                    "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                    "FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY("
                    "SELECT c.oid FROM pg_class c WHERE c.relname = ANY(%s) "
                    "AND c.relnamespace = current_schema()::regnamespace)",
                    (self.names,),
                )
                found = cur.fetchall()
                self.foreign_keys = [
                    f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {sql}'
                    for table, name, sql in found
                ]
                for table, name, _sql in found:
                    cur.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        raw.commit()

    def _pg_end(self) -> None:
        raw = self.raw
        raw.rollback()  # whatever a failed chunk left open
        with raw.cursor() as cur:
            with self._timed("indexes"):
                for sql in self.indexes:
                    cur.execute(sql)
            with self._timed("constraints"):
                for sql in self.foreign_keys:
                    cur.execute(sql)
                raw.commit()
            if self.big:  # the planner's statistics for the new rows
                with self._timed("analyze"):
                    for name in self.names:
                        cur.execute(f"ANALYZE {name}")
            cur.execute("RESET synchronous_commit")
            cur.execute("RESET maintenance_work_mem")
        raw.commit()

    # -- the load -----------------------------------------------------------------------------

    def write(
        self,
        chunk: Sequence[tuple[Table, Sequence[str], Sequence[Sequence[Any]]]],
        reports: tuple[int, int] | None = None,
    ) -> None:
        """One chunk, one transaction: ``(table, columns, rows)`` in order; ``reports`` is the
        range of the ids of the reports in it (their text is indexed with them)."""
        raw = self.raw
        if self.dialect == "sqlite":
            raw.execute("BEGIN")
            try:
                with self._timed("write"):
                    for table, columns, rows in chunk:
                        _insert("sqlite", raw, table.name, columns, rows)
                self._index_text(reports)
                raw.execute("COMMIT")
            finally:
                if raw.in_transaction:
                    raw.execute("ROLLBACK")
            return
        with self._timed("write"):
            for table, columns, rows in chunk:
                _insert("postgresql", raw, table.name, columns, rows)
            raw.commit()

    def copy(
        self,
        path: str,
        statements: Sequence[tuple[str, Sequence[Any]]],
        reports: tuple[int, int] | None = None,
    ) -> None:
        """SQLite: one chunk from the database file at ``path``, attached as ``part``, by
        ``statements`` (INSERT … SELECT … FROM part.…) in one transaction."""
        raw = self.raw
        raw.execute("ATTACH DATABASE ? AS part", (path,))
        try:
            raw.execute("BEGIN")
            with self._timed("write"):
                for sql, params in statements:
                    raw.execute(sql, params)
            self._index_text(reports)
            raw.execute("COMMIT")
        finally:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
            raw.execute("DETACH DATABASE part")

    def _index_text(self, reports: tuple[int, int] | None) -> None:
        """A big SQLite load: the full-text rows of the chunk's reports, as the trigger (set
        aside for the load) would have made them."""
        if not self.big:
            return
        if reports is None:
            self._text_behind = True
            return
        with self._timed("fts"):
            self.raw.execute(
                "INSERT INTO report_search(rowid, search_text) "
                "SELECT id, search_text FROM reports WHERE id BETWEEN ? AND ?",
                reports,
            )


def reset_sequences(conn: Connection, tables: Sequence[Table]) -> None:
    """After inserting explicit ids on PostgreSQL, move each serial sequence past them."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
        )
