"""Queue benchmarks through the services on a database of N reports (DESIGN §11).

    python bench/bench_queue.py --reports 1000000                 # SQLite file in bench/out/
    python bench/bench_queue.py --db postgresql://… --reports 1000000

The database is built once (with `main.py demo`'s generator, timed) and reused by later runs.
Prints the median (and p95) of repeated runs, after one warm-up run.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from console.db import Database
from console.demo import generate_demo
from console.profiles import load_profile
from console.services.auth import authenticate
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter, Sort

OUT = Path(__file__).resolve().parent / "out"
PASSWORD = "demo-bench-1"


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm the caches once: we measure a console that is already running
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def build(db: Database, profile_key: str, reports: int, password: str) -> None:
    api_count = 0
    try:
        actor = authenticate(db, "dieuhanh1", password)
        api_count = ConsoleApi(db, load_profile(profile_key), actor).count(QueueFilter())
    except ValueError:
        pass
    if api_count >= reports:
        return
    from tqdm import tqdm

    with tqdm(total=reports - api_count, unit=" reports", file=sys.stderr) as bar:
        made = generate_demo(
            db,
            load_profile(profile_key),
            reports=reports - api_count,
            password=password,
            progress=bar.update,
        )
    print(f"built {made.reports:,} reports ({made.history:,} history rows) in {made.seconds:.1f} s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", help="database URL (default: SQLite file bench/out/queue-N.sqlite3)")
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--profile", default="thai-nguyen")
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument(
        "--password",
        default=PASSWORD,
        help="the demo users' password (a database made by main.py demo --password)",
    )
    args = ap.parse_args()

    OUT.mkdir(exist_ok=True)
    db = Database(args.db or f"sqlite:///{OUT / f'queue-{args.reports}.sqlite3'}")
    build(db, args.profile, args.reports, args.password)
    profile = load_profile(args.profile)
    op = ConsoleApi(db, profile, authenticate(db, "dieuhanh1", args.password))
    unit_code = profile.categories[0].default_unit
    officer = ConsoleApi(
        db, profile, authenticate(db, f"cb.{unit_code.replace('_', '-')}", args.password)
    )
    total = op.count(QueueFilter())
    print(
        f"# {db.engine.dialect.name}, {total:,} reports, Python {platform.python_version()}, "
        f"{platform.machine()}; median and p95 of {args.runs} runs, ms"
    )

    everything = QueueFilter(Queue.ALL)
    first = op.page(everything, limit=200)
    deep = op.page(everything, sort=Sort.NEWEST, offset=total // 2, limit=1)
    cases: list[tuple[str, Callable[[], object]]] = [
        ("first page, all reports by deadline (200 rows)", lambda: op.page(everything)),
        ("next page by keyset", lambda: op.page(everything, after=first[-1].key(Sort.DUE))),
        ("officer's unit queue by deadline", lambda: officer.page(QueueFilter(Queue.UNIT))),
        (
            "newest first, page at the middle (offset)",
            lambda: op.page(everything, sort=Sort.NEWEST, offset=total // 2),
        ),
        (
            "keyset from the middle, newest first",
            lambda: op.page(everything, sort=Sort.NEWEST, after=deep[0].key(Sort.NEWEST)),
        ),
        ("count: all", lambda: op.count(everything)),
        ("count: overdue", lambda: op.count(QueueFilter(Queue.OVERDUE))),
        ("counters of the operator's navigation", op.counts),
        (
            "filter: category, with its count",
            lambda: (
                op.page(QueueFilter(category=profile.categories[1].code)),
                op.count(QueueFilter(category=profile.categories[1].code)),
            ),
        ),
        (
            "search 'duong' (đường), page + count",
            lambda: (op.page(QueueFilter(text="duong")), op.count(QueueFilter(text="duong"))),
        ),
        ("search 'rac thai' page", lambda: op.page(QueueFilter(text="rac thai"))),
        ("search a report code", lambda: op.page(QueueFilter(text=first[0].code))),
        ("report detail (deadlines, history)", lambda: op.detail(first[0].id)),
    ]
    for label, fn in cases:
        med, p95 = timed(fn, args.runs)
        print(f"{label:<48} median {med:8.2f}   p95 {p95:8.2f}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
