"""Generate a province's demo data: accounts, then reports replayed along their action paths.

Several hundred reports for trying the app, or a million for the benchmarks. Rows are built as
tuples in chunks (ids assigned here so history can point at reports at once) and bulk-loaded one
chunk a transaction. For big runs two more processes build the chunks, turn about, while this
one numbers the reports and writes them (console.demo.bulk): the two cores share the work.
Into a SQLite file the builders hand each chunk over as a SQLite file of its own beside it
(console.demo.parts: no pickling, the writer copies it in C and numbers the codes in SQL);
into PostgreSQL as rows through a pipe, for COPY.

Chunk ``k`` draws from its own random stream (the first from the seed itself, as the small demo
always did), so a chunk is the same whichever process builds it.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import random
import time as _time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, select

from console.db import Database
from console.demo.bulk import BulkLoad, reset_sequences
from console.demo.parts import (
    Part,
    advance,
    copy_statements,
    discard,
    part_path,
    remove_parts,
    write_part,
)
from console.demo.people import DemoAccount, create_demo_accounts
from console.demo.trail import (
    DEADLINE_COLS,
    FEEDBACK_COLS,
    HISTORY_COLS,
    NOTE_COLS,
    REPORT_COLS,
    RESULT_COLS,
    Ctx,
    Rows,
    code_words,
    make_context,
    number_reports,
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
from console.services.provision import provision, set_meta
from console.statistics.rollup import mark_unbuilt
from console.timeutil import now_local

CHUNK = 20_000
PIPELINE_FROM = 50_000  # below this, building rows in-process is quicker than more processes
WORKERS = 2  # row-building processes of a big run
_STATUS = REPORT_COLS.index("status")
_ID = REPORT_COLS.index("id")
# Parents first: history and the rest point at reports.
_TABLES: tuple[tuple[Table, tuple[str, ...], str], ...] = (
    (Report.__table__, REPORT_COLS, "reports"),
    (HistoryEntry.__table__, HISTORY_COLS, "history"),
    (ReportDeadline.__table__, DEADLINE_COLS, "deadlines"),
    (ProgressNote.__table__, NOTE_COLS, "notes"),
    (Result.__table__, RESULT_COLS, "results"),
    (Feedback.__table__, FEEDBACK_COLS, "feedback"),
)
_LAYOUT = tuple((t.name, cols, attr) for t, cols, attr in _TABLES)


@dataclass
class DemoResult:
    reports: int
    history: int
    accounts: list[DemoAccount] = field(default_factory=list)
    seconds: float = 0.0
    by_status: dict[str, int] = field(default_factory=dict)
    # Where the time went (seconds): waiting for rows, writing them, indexes, full text, …
    phases: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class _Plan:
    """What a row builder needs, picklable for the other processes."""

    url: str
    profile: str
    reports: int
    seed: int
    now: datetime
    next_rid: int
    chunk: int = CHUNK  # reports a chunk (the other processes do not see CHUNK changed)
    parts: str = ""  # a SQLite target's file: chunks are handed over as files beside it
    tag: str = ""  # the load's mark in those files' names

    @property
    def chunks(self) -> int:
        return -(-self.reports // self.chunk)


def _context(plan: _Plan, db: Database | None = None) -> Ctx:
    own = db is None
    db = db or Database(plan.url, migrate=False)
    try:
        return make_context(db, load_profile(plan.profile), plan.reports, plan.seed, plan.now)
    finally:
        if own:
            db.close()


def _build(ctx: Ctx, plan: _Plan, k: int) -> Rows:
    """Chunk ``k``: its reports and their trails, from its own random stream."""
    ctx.rng = random.Random(plan.seed) if k == 0 else random.Random(f"demo:{plan.seed}:{k}")
    rows = Rows()
    first = plan.next_rid + k * plan.chunk
    for rid in range(first, first + min(plan.chunk, plan.reports - k * plan.chunk)):
        one_report(ctx, rid, rows)
    return rows


def _chunks(plan: _Plan, db: Database) -> Iterator[Rows]:
    ctx = _context(plan, db)
    for k in range(plan.chunks):
        yield _build(ctx, plan, k)


def _produce(plan: _Plan, worker: int, workers: int, out: Any) -> None:  # another process
    try:
        ctx = _context(plan)
        out.put("ready")  # its connection is closed: the writer may change the journal
        for k in range(worker, plan.chunks, workers):
            rows = _build(ctx, plan, k)
            if plan.parts:
                out.put(write_part(part_path(plan.parts, plan.tag, k), _LAYOUT, rows))
            else:
                out.put(rows)
    except BaseException as exc:  # reported to the writer, which raises it
        out.put(exc)


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


class _Workers:
    """``workers`` processes building the chunks in turn; read back in order."""

    def __init__(self, plan: _Plan, workers: int) -> None:
        spawn = mp.get_context("spawn")
        self.plan = plan
        self.queues = [spawn.Queue(maxsize=2) for _ in range(workers)]
        self.procs = [
            spawn.Process(target=_produce, args=(plan, i, workers, q), daemon=True)
            for i, q in enumerate(self.queues)
        ]

    def _get(self, i: int) -> Any:
        while True:
            try:
                item = self.queues[i].get(timeout=2)
                break
            except queue.Empty:
                if not self.procs[i].is_alive() and self.queues[i].empty():
                    raise RuntimeError(f"demo row builder {i} ended with nothing more") from None
        if isinstance(item, BaseException):
            raise item
        return item

    def __enter__(self) -> Iterator[Rows]:
        for proc in self.procs:
            proc.start()
        try:
            for i in range(len(self.procs)):
                self._get(i)  # "ready"
        except BaseException:
            self.__exit__()
            raise
        return (self._get(k % len(self.procs)) for k in range(self.plan.chunks))

    def __exit__(self, *_exc: object) -> None:
        for proc in self.procs:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.terminate()
                proc.join(timeout=5)
        if self.plan.parts:  # whatever chunk files an error left
            remove_parts(self.plan.parts, self.plan.tag)


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
        fresh = next_rid == 1  # no reports yet: nothing to lose but this load
        seqs = {
            row.year: row.last
            for row in s.scalars(
                select(CodeSequence).where(CodeSequence.prefix == profile.code_prefix)
            )
        }
    big = reports >= PIPELINE_FROM
    target = db.engine.url.database if db.engine.dialect.name == "sqlite" else None
    as_files = big and bool(target) and target != ":memory:"
    plan = _Plan(
        db.url,
        profile.key,
        reports,
        seed,
        now,
        next_rid,
        CHUNK,
        parts=os.path.abspath(target) if as_files and target else "",
        tag=f"demo-{os.getpid()}",
    )
    words = code_words(profile.code_prefix)
    by_status: dict[str, int] = {}
    phases: dict[str, float] = {}
    history = made = 0
    tables = [t for t, _cols, _attr in _TABLES]
    with _Workers(plan, WORKERS) if big else _nothing() as built:
        chunks = built if big else _chunks(plan, db)
        with BulkLoad(db, tables, big=big, fresh=fresh) as load:
            waited = _time.perf_counter()
            for rows in chunks:
                phases["rows"] = phases.get("rows", 0.0) + _time.perf_counter() - waited
                if isinstance(rows, Part):
                    part = rows
                    statements = copy_statements(_LAYOUT, profile.code_prefix, words, seqs)
                    load.copy(part.path, statements, (part.first_id, part.last_id))
                    advance(seqs, part)
                    discard(part)
                    counts, n, hist = part.by_status, part.last_id - part.first_id + 1, part.history
                else:
                    number_reports(rows.reports, profile.code_prefix, words, seqs)
                    ids = (rows.reports[0][_ID], rows.reports[-1][_ID]) if rows.reports else None
                    load.write([(t, cols, getattr(rows, attr)) for t, cols, attr in _TABLES], ids)
                    counts = {}
                    for row in rows.reports:
                        counts[row[_STATUS]] = counts.get(row[_STATUS], 0) + 1
                    n, hist = len(rows.reports), len(rows.history)
                for status, count in counts.items():
                    by_status[status] = by_status.get(status, 0) + count
                made += n
                history += hist
                if progress:
                    progress(n)
                waited = _time.perf_counter()
        phases.update(load.seconds)
    with db.session() as s:
        for year, last in seqs.items():
            seq = s.get(CodeSequence, (profile.code_prefix, year))
            if seq is None:
                s.add(CodeSequence(prefix=profile.code_prefix, year=year, last=last))
            else:
                seq.last = last
        set_meta(s, "demo_generated_at", now.isoformat(timespec="seconds"))
    with db.engine.begin() as conn:
        reset_sequences(conn, tables)
    return DemoResult(
        reports=made,
        history=history,
        accounts=accounts,
        seconds=_time.perf_counter() - started,
        by_status=by_status,
        phases=phases,
    )
