"""Fifty consoles on one central PostgreSQL (issue 15 item 4, DESIGN §11).

    python bench/bench_central.py --db postgresql://…/bench_central --consoles 50 --seconds 60

Each simulated console is a thread with its own ``Database`` (its own connection pool) and its
own live feed (a LISTEN connection), signed in as a demo user of its role, in one of several
processes (``--procs``; the interpreter's lock would otherwise time the simulator, not the
server). For ``--seconds`` each does, after a think time of 0.5–2.5 s, what its role does:

- operators: page "Mới tiếp nhận"; receive a new report (40 %), forward one of the page's to
  its category's unit (35 %), or open an approved answer and publish it as openly as the
  profile allows (25 %);
- officers: page "Của đơn vị"; accept a forwarded report, note progress or send the result;
- leaders: page "Chờ phê duyệt"; approve a result.

Two consoles of one unit may take the same report: the second gets ConflictError (nothing
written), counted apart. Every console refreshes as the window does (console/views/live.py,
navigation.py, main_window.py): at most once per ``--refresh-gap`` (0.5 s, the app's), the first
change after a quiet gap ``SETTLE_S`` after it arrives, what arrives meanwhile read in that one
refresh; its own action at once, with the feed's echo of where the report moved. A change
that concerns nothing on the console (``ConsoleApi.concerns``: another unit's report, none of
its counters moved, not on its page) is dropped, as the window drops it. A refresh
re-counts the counters the changes can have moved (``ConsoleApi.counts_after``; ``--full``:
every one, as before issue 15 item 4) and reads its queue's page again when a changed report
is on it or its counter moved. The time from the acting console's return from the commit to
the refresh done on another console is the notify-to-refresh latency.

After the run: every action's history row is there exactly once (and no other was written),
every new report once; the peak number of connections is read from pg_stat_activity.
Needs a database made by ``main.py demo`` (bench_queue.py --db builds one) with its password.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import sys
import threading
import time
import uuid
from collections import Counter
from datetime import timedelta
from typing import Any

import psycopg
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from console.db import Database
from console.intake import ReportDraft
from console.models import HistoryEntry, Report, ReportStatus
from console.profiles import load_profile
from console.services.auth import authenticate
from console.services.console_api import ConflictError, ConsoleApi
from console.services.live import Changes, Move, parse_payload
from console.services.queues import Queue, QueueFilter
from console.views.live import ECHO_WAIT_MS, MIN_GAP_MS, SETTLE_MS
from console.views.main_window import MANY_IDS
from console.workflow import WorkflowError

PASSWORD = "demo-bench-1"
S = ReportStatus
# The window's own timings (console/views/live.py, main_window.py): the simulation follows them.
SETTLE_S = SETTLE_MS / 1000
ECHO_WAIT_S = ECHO_WAIT_MS / 1000


def accounts(profile_key: str, consoles: int) -> list[tuple[str, str]]:
    """(role, username) of each console: a quarter operators, half officers, the rest leaders."""
    from console.demo.people import handling_units

    profile = load_profile(profile_key)
    units = [u for u in handling_units(profile) if profile.unit(u).kind != "team"]
    out = []
    for i in range(consoles):
        if i % 4 == 0:
            out.append(("operator", ("dieuhanh1", "dieuhanh2", "truongca")[i // 4 % 3]))
        elif i % 4 in (1, 2):
            out.append(("officer", f"cb.{units[i // 2 % len(units)].replace('_', '-')}"))
        else:
            out.append(("leader", f"ld.{units[i // 4 % len(units)].replace('_', '-')}"))
    return out


class Console:
    """One simulated console: its actions in this thread, its refreshes in the feed's."""

    def __init__(
        self,
        url: str,
        profile_key: str,
        role: str,
        username: str,
        password: str,
        seed: int,
        refresh_gap: float = 1.0,
        full: bool = False,
    ) -> None:
        self.refresh_gap = refresh_gap
        self.full = full
        self.db = Database(url)
        self.profile = load_profile(profile_key)
        self.api = ConsoleApi(self.db, self.profile, authenticate(self.db, username, password))
        self.role = role
        self.queue = {
            "operator": Queue.NEW,
            "officer": Queue.UNIT,
            "leader": Queue.AWAITING_APPROVAL,
        }[role]
        self.rand = random.Random(seed)
        self.actions: list[tuple[str, float, float, str, int, int]] = []  # kind, t0, t1, …
        # refresh started, refresh done, {report id: when it was heard}, counters read, page read
        self.refreshes: list[tuple[float, float, dict[int, float], int, bool]] = []
        self._heard_at: dict[int, float] = {}
        self.heard = self.dropped = 0  # changes heard that concerned this console, or not
        self._pending = Changes()
        self._first = 0.0  # when the first pending change arrived
        self._urgent = 0.0  # an own action waits (since then), 0: none
        self._last = -1e9  # the last refresh's start
        self._recent: dict[int, tuple[float, Move]] = {}
        self._counts: dict[Queue, int] = {}
        self._page_ids: set[int] = set()
        self._cond = threading.Condition()
        self._stop = False
        self.feed = self.api.watch(self._heard)
        self._refresher = threading.Thread(target=self._refresh_loop, daemon=True)
        self._refresher.start()

    # -- the live feed: refresh as the window does ----------------------------------------
    def _heard(self, changes: Changes) -> None:
        now = time.time()
        with self._cond:
            for m in changes.moves:  # an own action's echo: kept anyway
                self._recent[m.report_id] = (now, m)
            page = self._page_ids
            if not self.full and not self.api.concerns(changes, lambda i: i in page):
                self.dropped += 1  # another unit's business: no refresh (LiveUpdates)
                return
            self.heard += 1
            if not self._pending:
                self._first = now
            self._pending |= changes
            for rid in changes.report_ids:  # each id's first arrival since the last refresh
                self._heard_at.setdefault(rid, now)
            self._cond.notify()

    def here(self, report_id: int) -> None:
        """An own action: refreshed at once, with its echo's move (LiveUpdates.here)."""
        now = time.time()
        with self._cond:
            recent = self._recent.get(report_id)
            echoed = frozenset([recent[1]]) if recent and now - recent[0] < 2.0 else frozenset()
            if not self._pending:
                self._first = now
            self._pending |= Changes.made_here(report_id) | Changes(moves=echoed)
            self._urgent = self._urgent or now
            self._cond.notify()

    def _due(self) -> float:
        if self._urgent:
            return time.time() if self._pending.explained else self._urgent + ECHO_WAIT_S
        return max(self._first + SETTLE_S, self._last + self.refresh_gap)

    def _refresh_loop(self) -> None:
        while True:
            with self._cond:
                while not self._stop:
                    if self._pending:
                        wait = self._due() - time.time()
                        if wait <= 0:
                            break
                        self._cond.wait(wait)
                    else:
                        self._cond.wait()
                if self._stop:
                    return
                heard_at, changes = self._heard_at, self._pending
                self._pending, self._heard_at, self._urgent = Changes(), {}, 0.0
                if len(self._recent) > 1000:
                    self._recent.clear()
            started = self._last = time.time()
            try:
                counts = self.api.counts() if self.full else self.api.counts_after(changes)
                previous, self._counts = self._counts, {**self._counts, **counts}
                ids = changes.report_ids
                stale = changes.unknown or len(ids) > MANY_IDS or bool(ids & self._page_ids)
                moved = previous.get(self.queue) != self._counts.get(self.queue)
                if stale or moved or not previous:
                    rows = self.api.page(QueueFilter(self.queue), limit=60)
                    self._page_ids = {r.id for r in rows}
            except Exception:  # a failed refresh is counted as missing
                continue
            self.refreshes.append(
                (started, time.time(), heard_at, len(counts), stale or moved or not previous)
            )

    # -- the person's work ------------------------------------------------------------------
    def _timed(self, kind: str, fn: Any) -> Any:
        t0 = time.time()
        try:
            result = fn()
        except ConflictError:
            self.actions.append((kind, t0, time.time(), "conflict", 0, 0))
            return None
        except WorkflowError:  # the report moved on meanwhile (another console's action)
            self.actions.append((kind, t0, time.time(), "refused", 0, 0))
            return None
        t1 = time.time()
        if kind == "page":
            self.actions.append((kind, t0, t1, "ok", 0, 0))
        else:
            self.actions.append((kind, t0, t1, "ok", result.report_id, result.history_id))
            self.here(result.report_id)
        return result

    def step(self) -> None:
        rows = self._timed("page", lambda: self.api.page(QueueFilter(self.queue), limit=60))
        r = self.rand.random()
        if self.role == "operator":
            if r < 0.40 or not rows:
                self._timed("submit", lambda: self.api.submit(self._draft()))
            elif r < 0.75:
                row = self.rand.choice(rows)
                unit = self._unit_for(row.category_code)
                self._timed(
                    "forward", lambda: self.api.act("forward", row.id, row.version, unit=unit)
                )
            else:
                approved = self.api.page(QueueFilter(Queue.TO_PUBLISH), limit=20)
                if approved:  # opened first: its most open answer the profile allows
                    row = self.rand.choice(approved)
                    mode = self.api.detail(row.id).publication_limit
                    self._timed(
                        "publish",
                        lambda: self.api.act("publish", row.id, row.version, publication=mode),
                    )
        elif self.role == "officer" and rows:
            row = self.rand.choice(rows)
            if row.status is S.FORWARDED:
                self._timed("accept", lambda: self.api.act("accept", row.id, row.version))
            elif row.status is S.IN_PROGRESS and r < 0.4:
                self._timed(
                    "post_progress",
                    lambda: self.api.act(
                        "post_progress", row.id, row.version, note="Đã cử cán bộ xuống hiện trường"
                    ),
                )
            elif row.status is S.IN_PROGRESS:
                self._timed(
                    "submit_result",
                    lambda: self.api.act(
                        "submit_result", row.id, row.version, text="Đã xử lý xong, đã kiểm tra."
                    ),
                )
        elif self.role == "leader" and rows:
            row = self.rand.choice(rows)
            self._timed("approve", lambda: self.api.act("approve", row.id, row.version))

    def _unit_for(self, category: str | None) -> str:
        """The category's unit, or Sở Xây dựng for those of the office ("Hành chính", "Khác":
        Thái Nguyên's office takes no forwarded reports, so those forwards were refused; as
        the other categories were forwarded, run after run, they filled the head of "Mới tiếp
        nhận" and the operators' forwards were refused more and more)."""
        for c in self.profile.categories:
            unit = c.default_unit
            if c.code == category and unit and self.profile.unit(unit).kind != "office":
                return unit
        return "so_xd"

    def _draft(self) -> ReportDraft:
        n = self.rand.randrange(10**6)
        category = self.rand.choice(self.profile.categories)
        return ReportDraft(
            channel=self.rand.choice(self.profile.channels).code,
            title=f"Phản ánh mô phỏng số {n}: {category.name}",
            description="Người dân phản ánh qua đường dây nóng, đề nghị kiểm tra xử lý.",
            place="Phường Hoàng Văn Thụ",
            reporter_name="Nguyễn Văn Bình",
            reporter_phone=f"09{n:08d}",
            category=category.code,
            occurred_at=self.api.clock() - timedelta(hours=2),
            client_key=str(uuid.uuid4()),
        )

    def run(self, until: float) -> None:
        while time.time() < until:
            time.sleep(self.rand.uniform(0.5, 2.5))
            if time.time() >= until:
                break
            try:
                self.step()
            except Exception as exc:  # counted, the console goes on
                self.actions.append(("error", time.time(), time.time(), repr(exc)[:200], 0, 0))

    def close(self) -> None:
        time.sleep(2.0)  # the last notifications arrive and are refreshed
        with self._cond:
            self._stop = True
            self._cond.notify()
        self.feed.stop(wait=2)
        self.db.close()


def worker(
    args: tuple[str, str, list[tuple[str, str]], str, float, float, int, float, bool], out: Any
) -> None:
    url, profile_key, mine, password, start_at, seconds, seed, gap, full = args
    consoles = [
        Console(url, profile_key, role, user, password, seed + i, gap, full)
        for i, (role, user) in enumerate(mine)
    ]
    for c in consoles:
        c.feed.ready.wait(30)
    time.sleep(max(0.0, start_at - time.time()))
    threads = [threading.Thread(target=c.run, args=(start_at + seconds,)) for c in consoles]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in consoles:
        c.close()
    out.put([(c.role, c.actions, c.refreshes, c.heard, c.dropped) for c in consoles])


def listen_bare(url: str, until: float, out: list[tuple[float, str]]) -> None:
    """LISTEN with nothing else to do: tells the server's delivery from the consoles'."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("LISTEN console_reports")
        while time.time() < until:
            for n in conn.notifies(timeout=0.5, stop_after=1):
                out.append((time.time(), n.payload))


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", required=True, help="PostgreSQL URL of a demo database")
    ap.add_argument("--consoles", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--procs", type=int, default=5)
    ap.add_argument("--profile", default="thai-nguyen")
    ap.add_argument("--password", default=PASSWORD)
    ap.add_argument(
        "--refresh-gap",
        type=float,
        default=MIN_GAP_MS / 1000,
        help="a console refreshes at most once in this many seconds (the app's: %(default)s)",
    )
    ap.add_argument(
        "--full", action="store_true", help="every refresh re-counts every counter (the old way)"
    )
    args = ap.parse_args()

    db = Database(args.db)
    with db.session() as s:
        reports = s.scalar(select(func.count()).select_from(Report)) or 0
        history_before = s.scalar(select(func.max(HistoryEntry.id))) or 0
    plan = accounts(args.profile, args.consoles)
    dbname = make_url(args.db).database
    raw = make_url(args.db).set(drivername="postgresql").render_as_string(hide_password=False)
    start_at = time.time() + 8 + 0.6 * args.consoles / args.procs  # sign-ins first
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    procs = [
        ctx.Process(
            target=worker,
            args=(
                (
                    args.db,
                    args.profile,
                    plan[i :: args.procs],
                    args.password,
                    start_at,
                    args.seconds,
                    1000 * i,
                    args.refresh_gap,
                    args.full,
                ),
                out,
            ),
        )
        for i in range(args.procs)
    ]
    for p in procs:
        p.start()
    probe: list[tuple[float, str]] = []  # a bare listener in this (idle) process
    threading.Thread(
        target=listen_bare, args=(raw, start_at + args.seconds + 3, probe), daemon=True
    ).start()
    peak: Counter[str] = Counter()
    load_start = None
    with psycopg.connect(raw, autocommit=True) as mon:
        while time.time() < start_at + args.seconds + 3:
            if load_start is None and time.time() >= start_at:
                load_start = os.getloadavg()[0]
            rows = mon.execute(
                "SELECT application_name, count(*) FROM pg_stat_activity "
                "WHERE datname = %s GROUP BY 1",
                (dbname,),
            ).fetchall()
            now = Counter({name or "(pool)": n for name, n in rows})
            if sum(now.values()) > sum(peak.values()):
                peak = now
            time.sleep(0.5)
    results = []
    for _ in procs:
        results += out.get()
    for p in procs:
        p.join()
    cpu = os.times()
    load = os.getloadavg()[0]

    actions = [(role, *a) for role, acts, *_r in results for a in acts]
    done = [a for a in actions if a[4] == "ok"]
    work = [a for a in done if a[1] != "page"]
    kinds = Counter(a[1] for a in done)
    print(
        f"# {args.consoles} consoles in {args.procs} processes, {args.seconds:.0f} s, "
        f"{reports:,} reports at start, refresh gap {args.refresh_gap} s, "
        f"{'every counter' if args.full else 'the counters a change moved'} a refresh; "
        f"load average at start {load_start:.1f}"
    )
    print(
        f"actions done: {len(work)} ({len(work) / args.seconds:.1f}/s) + {kinds['page']} "
        f"pages ({kinds['page'] / args.seconds:.1f}/s); by kind: {dict(kinds)}"
    )
    refused = Counter(a[1] for a in actions if a[4] == "refused")
    print(
        f"conflicts (two consoles, one report): "
        f"{sum(a[4] == 'conflict' for a in actions)}; refused by the workflow: "
        f"{sum(refused.values())} {dict(refused)}; errors: "
        f"{sum(a[1] == 'error' for a in actions)}"
    )
    for e in [a for a in actions if a[1] == "error"][:5]:
        print("  error:", e[4])
    for label, rows in (("actions", work), ("pages", [a for a in done if a[1] == "page"])):
        ms = [(a[3] - a[2]) * 1000 for a in rows]
        print(
            f"{label} latency ms: p50 {pct(ms, 0.5):.0f}  p95 {pct(ms, 0.95):.0f}  "
            f"max {max(ms, default=0):.0f}"
        )

    # notify -> refresh: from the acting console's return from its commit to the refresh
    # done on another console. The commit happened between the action's start and its
    # return: a change heard at T is the latest action on that report started before T (an
    # earlier action's commit would make a stale, far too long figure when the actor, starved
    # of CPU, returns after the feeds have already heard it).
    acted: dict[int, list[tuple[float, float]]] = {}
    for a in work:
        acted.setdefault(a[5], []).append((a[2], a[3]))

    def action_of(report_id: int, heard: float) -> tuple[float, float] | None:
        started = [span for span in acted.get(report_id, ()) if span[0] <= heard]
        return max(started) if started else None

    lat, feed_lat, took, read, pages, n_refresh = [], [], [], [], 0, 0
    for _role, _acts, refreshes, *_heard in results:
        for started, refreshed, heard_at, counters, paged in refreshes:
            took.append(refreshed - started)
            read.append(counters)
            pages += paged
            n_refresh += 1
            for rid, heard in heard_at.items():
                span = action_of(rid, heard)
                if span:
                    lat.append(max(0.0, refreshed - span[1]))
                    feed_lat.append(max(0.0, heard - span[1]))
    print(
        f"notify -> refresh ms ({len(lat)} refreshes of a changed report): p50 "
        f"{pct(lat, 0.5) * 1000:.0f}  p95 {pct(lat, 0.95) * 1000:.0f}  "
        f"max {max(lat, default=0) * 1000:.0f}"
    )
    print(
        f"  of which commit -> heard: p50 {pct(feed_lat, 0.5) * 1000:.0f}  p95 "
        f"{pct(feed_lat, 0.95) * 1000:.0f}; one refresh (counters + page) took p50 "
        f"{pct(took, 0.5) * 1000:.0f}  p95 {pct(took, 0.95) * 1000:.0f} ms"
    )
    print(
        f"  refreshes: {n_refresh} ({n_refresh / args.seconds / args.consoles:.2f} a console a "
        f"second); counters read a refresh: mean {sum(read) / max(1, len(read)):.1f}, p50 "
        f"{pct(read, 0.5):.0f}, p95 {pct(read, 0.95):.0f}; the page read again in {pages}"
    )
    heard, dropped = sum(r[3] for r in results), sum(r[4] for r in results)
    print(
        f"  changes heard by the consoles: {heard + dropped}; of them {dropped} concerned "
        f"nothing on the console (no refresh: ConsoleApi.concerns)"
    )
    bare = []
    for heard, payload in probe:
        for rid in parse_payload(payload).report_ids:
            span = action_of(rid, heard)
            if span:
                bare.append(max(0.0, heard - span[1]))
    print(
        f"  a bare listener in an idle process (psycopg, no console): commit -> heard p50 "
        f"{pct(bare, 0.5) * 1000:.0f}  p95 {pct(bare, 0.95) * 1000:.0f} ms ({len(bare)})"
    )
    print(f"connections, peak: {sum(peak.values())} ({dict(peak)})")
    print(
        f"the simulated consoles' own CPU: {cpu.children_user + cpu.children_system:.0f} s "
        f"over the run (the server shares the same cores); load average at the end {load:.1f}"
    )

    with db.session() as s:
        new = Counter(
            dict(
                s.execute(
                    select(HistoryEntry.action, func.count())
                    .where(HistoryEntry.id > history_before)
                    .group_by(HistoryEntry.action)
                ).all()
            )
        )
        ids = [a[6] for a in work]
        found = Counter(s.scalars(select(HistoryEntry.id).where(HistoryEntry.id.in_(ids))))
    want = Counter(a[1] for a in work)
    lost = [i for i in ids if found[i] != 1]
    doubled = {k: new[k] - want[k] for k in new if new[k] != want[k]}
    print(
        f"history rows: {sum(found.values())} of {len(ids)} actions found, lost {len(lost)}; "
        f"new rows by action {dict(new)}; other than the actions: {doubled or 'none'}"
    )
    db.close()
    return 0 if not lost and len(set(ids)) == len(ids) else 1


if __name__ == "__main__":
    sys.exit(main())
