"""Queue benchmarks on a database of N reports (DESIGN §11). Prints medians of repeated runs.

    python bench/bench_queue.py --reports 1000000                 # SQLite file in bench/out/
    python bench/bench_queue.py --db postgresql://… --reports 1000000

The database is built once (with `main.py demo`'s generator) and reused by later runs.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from console.db import Database
from console.demo import generate_demo
from console.models import ReportStatus, Unit
from console.profiles import load_profile
from console.services.queries import count_by_status, count_reports, queue_page

OUT = Path(__file__).resolve().parent / "out"


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm the caches once; we measure a console that is already running
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples), max(samples)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", help="database URL (default: SQLite file bench/out/queue-N.sqlite3)")
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--profile", default="thai-nguyen")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()

    OUT.mkdir(exist_ok=True)
    url = args.db or f"sqlite:///{OUT / f'queue-{args.reports}.sqlite3'}"
    db = Database(url)
    profile = load_profile(args.profile)
    with db.session() as s:
        have = count_reports(s)
    if have < args.reports:
        from tqdm import tqdm

        with tqdm(total=args.reports - have, unit=" reports", file=sys.stderr) as bar:
            made = generate_demo(
                db,
                profile,
                reports=args.reports - have,
                password="demo-bench-1",
                progress=bar.update,
            )
        print(
            f"built {made.reports:,} reports ({made.history:,} history rows) "
            f"in {made.seconds:.1f} s"
        )

    with db.session() as s:
        total = count_reports(s)
        busiest = s.execute(
            select(Unit.id, Unit.short_name).where(Unit.kind != "ioc").order_by(Unit.id)
        ).all()
        counts = {
            uid: len(queue_page(s, statuses=[ReportStatus.IN_PROGRESS], unit_id=uid, limit=1))
            for uid, _ in busiest
        }
        unit_id, unit_name = next(((u, n) for u, n in busiest if counts[u]), busiest[0])

    print(
        f"# {db.engine.dialect.name}, {total:,} reports, Python {platform.python_version()}, "
        f"{platform.machine()}, medians of {args.runs} runs"
    )
    open_work = [ReportStatus.FORWARDED, ReportStatus.IN_PROGRESS, ReportStatus.REOPENED]

    def first_page() -> object:
        with db.session() as s:
            return queue_page(s, statuses=open_work, unit_id=unit_id, limit=200)

    def deep_page() -> object:
        with db.session() as s:
            page = queue_page(s, statuses=open_work, limit=200)
            last = page[-1]
            assert last.due_at is not None
            return queue_page(s, statuses=open_work, after=(last.due_at, last.id), limit=200)

    def per_status() -> object:
        with db.session() as s:
            return count_by_status(s)

    for label, fn in (
        (f"queue first page, status+unit ({unit_name}) by deadline, 200 rows", first_page),
        ("queue next page (keyset), all units, 200 rows", deep_page),
        ("count per status (GROUP BY over all reports)", per_status),
    ):
        med, worst = median_ms(fn, args.runs)
        print(f"{label:<70} median {med:8.2f} ms   max {worst:8.2f} ms")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
