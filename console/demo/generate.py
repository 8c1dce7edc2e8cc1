"""Generate a province's demo data: accounts, then reports replayed along their action paths.

Several hundred reports for trying the app, or a million for the benchmarks. Rows are built as
tuples and bulk-inserted per chunk, ids assigned here so history can point at reports at once.
For big runs a second process builds the rows while this one writes them (two cores).
"""

from __future__ import annotations

import multiprocessing as mp
import time as _time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from console.db import Database
from console.demo.bulk import bulk_insert, reset_sequences
from console.demo.people import DemoAccount, create_demo_accounts
from console.demo.trail import (
    DEADLINE_COLS,
    FEEDBACK_COLS,
    HISTORY_COLS,
    NOTE_COLS,
    REPORT_COLS,
    RESULT_COLS,
    Rows,
    make_context,
    one_report,
)
from console.models import (
    CodeSequence,
    Feedback,
    HistoryEntry,
    ProgressNote,
    Report,
    ReportDeadline,
    Result,
    User,
)
from console.profiles import Profile, load_profile
from console.search import SQLITE_DDL
from console.services.provision import provision, set_meta
from console.statistics.rollup import mark_unbuilt
from console.timeutil import now_local

CHUNK = 20_000
PIPELINE_FROM = 50_000  # below this, building rows in-process is quicker than a second one
_STATUS = REPORT_COLS.index("status")
_SEARCH = REPORT_COLS.index("search_text")
_FTS_TRIGGER = next(ddl for ddl in SQLITE_DDL if "report_search_ai" in ddl)


@dataclass
class DemoResult:
    reports: int
    history: int
    accounts: list[DemoAccount] = field(default_factory=list)
    seconds: float = 0.0
    by_status: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Plan:
    """What a row builder needs, picklable for the second process."""

    url: str
    profile: str
    reports: int
    seed: int
    now: datetime
    next_rid: int
    next_hid: int
    seqs: dict[int, int]


def _chunks(plan: _Plan) -> Iterator[tuple[Rows, dict[int, int]]]:
    db = Database(plan.url, migrate=False)
    try:
        ctx = make_context(db, load_profile(plan.profile), plan.reports, plan.seed, plan.now)
    finally:
        db.close()
    rid, hid, seqs, made = plan.next_rid, plan.next_hid, dict(plan.seqs), 0
    while made < plan.reports:
        rows = Rows()
        for _ in range(min(CHUNK, plan.reports - made)):
            hid = one_report(ctx, rid, seqs, hid, rows)
            rid += 1
        made += len(rows.reports)
        yield rows, dict(seqs)


def _produce(plan: _Plan, queue: mp.Queue) -> None:  # the second process
    try:
        for item in _chunks(plan):
            queue.put(item)
        queue.put(None)
    except BaseException as exc:  # reported to the writer, which raises it
        queue.put(exc)


def _pipelined(plan: _Plan) -> Iterator[tuple[Rows, dict[int, int]]]:
    spawn = mp.get_context("spawn")
    queue: mp.Queue = spawn.Queue(maxsize=2)
    worker = spawn.Process(target=_produce, args=(plan, queue), daemon=True)
    worker.start()
    try:
        while (item := queue.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        worker.join(timeout=5)
        if worker.is_alive():
            worker.terminate()


def _flush(db: Database, rows: Rows) -> None:
    """One chunk, one transaction: a crash leaves whole chunks or nothing."""
    with db.engine.begin() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA cache_size=-262144")  # 256 MiB of index pages
        if sqlite:  # index the text in one batch rather than by trigger, row by row
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS report_search_ai")
        bulk_insert(conn, Report.__table__, REPORT_COLS, rows.reports)
        if sqlite:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.executemany(
                "INSERT INTO report_search(rowid, search_text) VALUES (?, ?)",
                [(r[0], r[_SEARCH]) for r in rows.reports],
            )
            conn.exec_driver_sql(_FTS_TRIGGER)
        bulk_insert(conn, HistoryEntry.__table__, HISTORY_COLS, rows.history)
        bulk_insert(conn, ReportDeadline.__table__, DEADLINE_COLS, rows.deadlines)
        bulk_insert(conn, ProgressNote.__table__, NOTE_COLS, rows.notes)
        bulk_insert(conn, Result.__table__, RESULT_COLS, rows.results)
        bulk_insert(conn, Feedback.__table__, FEEDBACK_COLS, rows.feedback)


# Secondary indexes a million-row load is faster without: built once at the end instead of
# being updated in random order row by row. Unique ones stay (they guard the data).
_DEFERRED = (Report.__table__, HistoryEntry.__table__, ReportDeadline.__table__)


@contextmanager
def _indexes_deferred(db: Database, defer: bool) -> Iterator[None]:
    indexes = [ix for t in _DEFERRED for ix in t.indexes if not ix.unique] if defer else []
    with db.engine.begin() as conn:
        for ix in indexes:
            ix.drop(conn, checkfirst=True)
    try:
        yield
    finally:  # even after an error: the data that did land keeps its indexes
        with db.engine.begin() as conn:
            for ix in indexes:
                ix.create(conn, checkfirst=True)


def generate_demo(
    db: Database,
    profile: Profile,
    *,
    reports: int = 400,
    seed: int = 2026,
    now: datetime | None = None,
    with_accounts: bool = True,
    password: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> DemoResult:
    """Provision ``profile``, create its demo accounts (once) and ``reports`` new reports."""
    started = _time.perf_counter()
    now = now or now_local()
    provision(db, profile)
    with db.session() as s:
        mark_unbuilt(s)  # bulk inserts pass by the roll-up's hooks: recount on first use
    accounts: list[DemoAccount] = []
    with db.session() as s:
        have_users = s.scalar(select(func.count(User.id))) or 0
        if with_accounts and not have_users:
            accounts = create_demo_accounts(s, profile, password=password)
    with db.session() as s:
        next_rid = (s.scalar(select(func.max(Report.id))) or 0) + 1
        next_hid = (s.scalar(select(func.max(HistoryEntry.id))) or 0) + 1
        seqs = {
            row.year: row.last
            for row in s.scalars(
                select(CodeSequence).where(CodeSequence.prefix == profile.code_prefix)
            )
        }
    plan = _Plan(db.url, profile.key, reports, seed, now, next_rid, next_hid, seqs)
    big = reports >= PIPELINE_FROM
    chunks = _pipelined(plan) if big else _chunks(plan)
    by_status: dict[str, int] = {}
    history = made = 0
    with _indexes_deferred(db, big):
        for rows, chunk_seqs in chunks:
            _flush(db, rows)
            seqs = chunk_seqs
            for row in rows.reports:
                by_status[row[_STATUS]] = by_status.get(row[_STATUS], 0) + 1
            made += len(rows.reports)
            history += len(rows.history)
            if progress:
                progress(len(rows.reports))
    with db.session() as s:
        for year, last in seqs.items():
            seq = s.get(CodeSequence, (profile.code_prefix, year))
            if seq is None:
                s.add(CodeSequence(prefix=profile.code_prefix, year=year, last=last))
            else:
                seq.last = last
        set_meta(s, "demo_generated_at", now.isoformat(timespec="seconds"))
    with db.engine.begin() as conn:
        reset_sequences(
            conn,
            [
                Report.__table__,
                HistoryEntry.__table__,
                ReportDeadline.__table__,
                ProgressNote.__table__,
                Result.__table__,
                Feedback.__table__,
            ],
        )
    return DemoResult(
        reports=made,
        history=history,
        accounts=accounts,
        seconds=_time.perf_counter() - started,
        by_status=by_status,
    )
