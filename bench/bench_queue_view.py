"""The queue screen on a big database (DESIGN §11), offscreen. Prints medians / p95 of runs.

    python bench/bench_queue_view.py                       # bench/out/queue-1000000.sqlite3
    python bench/bench_queue_view.py --db sqlite:////work/main/bench/out/queue-100000.sqlite3

Every figure is "change → rows drawn": the time until ``viewport().grab()`` has painted the
visible rows, with the page reads the change needs. Build the database first with
``main.py demo --db … --reports 1000000 --password demo-bench-1``.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from console.db import Database
from console.profiles import load_profile
from console.services.auth import authenticate
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter, Sort
from console.views.queue_model import PAGE
from console.views.queue_view import QueueView

OUT = Path(__file__).resolve().parent / "out"
ROWS: list[tuple[str, str, str, str]] = []


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def timed(
    fn: Callable[[], object],
    runs: int,
    warm: bool = True,
    between: Callable[[], object] | None = None,
) -> list[float]:
    """``runs`` timings of ``fn``; ``between`` runs untimed before each (the idle time a
    person leaves between two steps, when the event loop runs)."""
    if warm:
        fn()
    samples = []
    for _ in range(runs):
        if between is not None:
            between()
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return samples


def idle(ms: float) -> None:
    """Let the event loop run for ``ms`` (background reads land, posted events go out)."""
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18] if len(samples) > 1 else samples[0]


def record(label: str, samples: list[float], target: str, note: str = "") -> None:
    med, high = statistics.median(samples), p95(samples)
    ROWS.append((label, f"{med:9.1f}", f"{high:9.1f}", f"{target:>8}  {note}"))
    print(
        f"{label:<58} median {med:9.1f} ms  p95 {high:9.1f} ms  target {target} {note}",
        file=sys.stderr,
        flush=True,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    default = OUT / "queue-1000000.sqlite3"
    ap.add_argument("--db", default=f"sqlite:///{default}")
    ap.add_argument("--profile", default="thai-nguyen")
    ap.add_argument("--user", default="dieuhanh1")
    ap.add_argument("--password", default="demo-bench-1")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--jumps", type=int, default=40)
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    db = Database(args.db)
    profile = load_profile(args.profile)
    actor = authenticate(db, args.user, args.password)
    api = ConsoleApi(db, profile, actor)
    view = QueueView(api)
    view.resize(1366, 768)
    view.show()
    model, table = view.model, view.table
    bar = table.verticalScrollBar()
    everything = QueueFilter(Queue.ALL)
    total = api.count(everything)
    rss_start = rss_mib()

    def paint() -> None:
        table.viewport().grab()

    def show(f: QueueFilter, sort: Sort, *, cold: bool = True) -> None:
        if cold:
            model.forget_counts()
        model.set_filter(f, sort)
        table.scrollToTop()  # as the screen does for a new filter
        paint()

    def through_screen(start: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
        """The screen's own path (count and first page in workers): ms until its rows are
        painted, and ms until its count is shown too, for each run after one warm-up."""
        shown: list[float] = []
        counted: list[float] = []
        for run in range(runs + 1):
            loop = QEventLoop()
            at: dict[str, float] = {}

            def rows(at: dict[str, float] = at) -> None:
                paint()
                at["rows"] = time.perf_counter()

            def count(_n: int, at: dict[str, float] = at, loop: QEventLoop = loop) -> None:
                at["count"] = time.perf_counter()
                loop.quit()

            view.rows_shown.connect(rows)
            view.count_changed.connect(count)
            view.model.forget_counts()
            t = time.perf_counter()
            start()
            loop.exec()
            view.rows_shown.disconnect(rows)
            view.count_changed.disconnect(count)
            if run:
                shown.append((at["rows"] - t) * 1000)
                counted.append((at["count"] - t) * 1000)
        return shown, counted

    def open_queue(queue: Queue) -> None:
        view.set_queue(queue)

    # -- first paint ---------------------------------------------------------------------
    record(
        "first paint: queue ALL (by deadline), model",
        timed(lambda: show(everything, Sort.DUE), args.runs),
        "100",
    )
    record(
        "first paint: queue ALL (newest first), model",
        timed(lambda: show(everything, Sort.NEWEST), args.runs),
        "100",
    )
    shown, counted = through_screen(lambda: open_queue(Queue.ALL), args.runs)
    record(
        "first paint: queue ALL, through the screen (rows painted)",
        shown,
        "100",
        "page first, then the count",
    )
    record("first paint: queue ALL, through the screen (with its count)", counted, "100")
    for queue in (Queue.NEW, Queue.OVERDUE, Queue.DUE_SOON, Queue.NEEDS_INFO):
        record(
            f"first paint: queue {queue.value} (by deadline)",
            timed(lambda q=queue: show(QueueFilter(q), Sort.DUE), max(3, args.runs // 3)),
            "100",
        )
    show(everything, Sort.DUE)

    # -- scrolling -------------------------------------------------------------------------
    bar.setValue(0)
    paint()

    def step() -> None:
        bar.setValue(bar.value() + bar.pageStep())
        paint()

    def notch() -> None:  # a mouse-wheel notch: Qt blits the screen, paints the new rows
        bar.setValue(bar.value() + 3)
        QApplication.processEvents()

    record(
        "repaint of the same screen (Qt's paint alone, no read)",
        timed(paint, 50),
        "-",
        "the floor under every figure",
    )
    record(
        "scroll step: wheel notch (3 rows), 50 ms apart",
        timed(notch, 300, warm=False, between=lambda: idle(50)),
        "16",
        "what the screen repaints",
    )
    record(
        "scroll step: page down (whole screen), 50 ms apart",
        timed(step, 300, warm=False, between=lambda: idle(50)),
        "16",
        f"screen = {bar.pageStep()} rows, repainted whole",
    )
    record(
        "scroll step: page down, back to back (no idle)",
        timed(step, 300, warm=False),
        "16",
        "reads ahead cannot land",
    )
    rng = random.Random(7)

    def jump() -> None:
        bar.setValue(rng.randrange(bar.maximum()))
        paint()

    record("jump anywhere: the first (OFFSET from the top)", timed(jump, 1, warm=False), "50")
    while not model.pages.anchored:  # built in the background after that first jump
        idle(20)
    record(
        f"jump anywhere (scroll bar, {args.jumps} random), from anchors",
        timed(jump, args.jumps, between=lambda: idle(20)),
        "p95 50",
        "keyset + short offset",
    )

    def search_screen(term: str) -> None:  # typed, after the box's 250 ms pause
        view.search.blockSignals(True)  # the pause itself is not the search's cost
        view.search.setText(term)
        view.search.blockSignals(False)
        view._filters_changed()

    # -- filters, sort, search -------------------------------------------------------------
    start = max(r.received_at for r in api.page(everything, sort=Sort.NEWEST, limit=1))
    filters = {
        "category giao_thong": replace(everything, category="giao_thong"),
        "unit so_gtvt": replace(everything, unit="so_gtvt"),
        "channel portal": replace(everything, channel="portal"),
        "emergency only": replace(everything, emergency=True),
        "period: last 30 days": replace(everything, received_from=start - timedelta(days=30)),
    }
    for label, f in filters.items():
        record(
            f"filter + count: {label} ({api.count(f):,})",
            timed(lambda f=f: show(f, Sort.DUE), max(3, args.runs // 3)),
            "100",
        )
    record(
        "filter + count: category giao_thong, newest first",
        timed(lambda: show(filters["category giao_thong"], Sort.NEWEST), 3),
        "100",
    )
    record(
        "sort change ALL: newest -> oldest (count cached)",
        timed(
            lambda: (
                show(everything, Sort.OLDEST, cold=False),
                show(everything, Sort.NEWEST, cold=False),
            ),
            max(3, args.runs // 3),
        ),
        "2x100",
        "two changes per sample",
    )
    record(
        "sort change ALL: -> by deadline (count cached)",
        timed(lambda: show(everything, Sort.DUE, cold=False), 3),
        "100",
    )
    phone = api.page(everything, sort=Sort.NEWEST, offset=12345 % max(total, 1), limit=1)
    number = api.detail(phone[0].id).reporter.phone if phone else "0987654321"
    for term in ("duong", "rac thai", number or "0987654321"):
        f = replace(everything, text=term)
        record(
            f"search + count: {term!r} ({api.count(f):,})",
            timed(lambda f=f: show(f, Sort.DUE), max(5, args.runs // 2)),
            "p95 100",
        )

    for term in ("duong", "rac thai"):
        shown, counted = through_screen(
            lambda term=term: search_screen(term), max(5, args.runs // 2)
        )
        record(f"search through the screen: {term!r} (rows painted)", shown, "p95 100")
        record(f"search through the screen: {term!r} (with its count)", counted, "")
    view.search.blockSignals(True)
    view.search.clear()
    view.search.blockSignals(False)

    # -- memory after scrolling every row --------------------------------------------------
    show(everything, Sort.DUE)
    if not args.skip_memory:
        tracemalloc.start()
        before = rss_mib()
        t = time.perf_counter()
        for row in range(0, total, PAGE):
            table.scrollTo(model.index(row, 0))
            paint()
        seconds = time.perf_counter() - t
        held, _peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        after = rss_mib()
        ROWS.append(
            (
                "memory: RSS growth scrolling all rows",
                f"{after - before:9.1f}",
                f"{after - rss_start:9.1f}",
                f"  100 MiB  ({total:,} rows in {seconds:.0f} s; MiB; 'p95' column = "
                f"growth since start; Python heap held {held / 2**20:.1f} MiB; "
                f"pages cached {model.cached_pages})",
            )
        )

    print(
        f"\n# queue view on {db.engine.dialect.name}, {total:,} reports, "
        f"Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} cores, offscreen 1366x768, times in ms, "
        f"load average at the end {os.getloadavg()[0]:.1f}"
    )
    print(f"{'operation':<58} {'median':>9} {'p95':>9}   target")
    for label, med, high, rest in ROWS:
        print(f"{label:<58} {med} {high}   {rest}")
    view.close()
    db.close()
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
