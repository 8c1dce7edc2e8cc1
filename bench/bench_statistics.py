"""Statistics benchmarks: the dashboard's figures for a quarter and a year on N reports.

    python bench/bench_statistics.py --reports 1000000                 # SQLite file in bench/out/
    python bench/bench_statistics.py --db postgresql://… --reports 1000000

The database is built once (with `main.py demo`'s generator, timed) and reused by later runs;
the roll-up is then counted from it once (timed: what a database made before the roll-up, or
by the bulk demo, pays on its first figures). Prints the median and worst of repeated runs of
StatisticsService.figures after one warm-up: the dashboard's (detail=False), the documents'
(detail=True: every span for the median and p90), and the raw-table recount with --recount.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from console.db import Database
from console.demo import generate_demo
from console.models import Report
from console.profiles import load_profile
from console.services.statistics import StatisticsService
from console.services.stats_rollup import ensure_built
from console.statistics import Period, current

OUT = Path(__file__).resolve().parent / "out"
TARGET_MS = 200.0  # issue 13: a quarter and a year at 1,000,000 reports


def build(db: Database, profile_key: str, reports: int) -> None:
    with db.session() as s:
        have = s.scalar(select(func.count(Report.id))) or 0
    if have >= reports:
        return
    from tqdm import tqdm

    with tqdm(total=reports - have, unit=" reports", file=sys.stderr) as bar:
        made = generate_demo(
            db,
            load_profile(profile_key),
            reports=reports - have,
            password="demo-bench-1",
            progress=bar.update,
        )
    print(f"built {made.reports:,} reports ({made.history:,} history rows) in {made.seconds:.1f} s")


def periods(db: Database) -> list[Period]:
    """The quarter of the newest report (its open reports), the last full quarter before it and
    the last full year."""
    with db.session() as s:
        newest = s.scalar(select(func.max(Report.received_at)))
    assert newest is not None
    now_quarter = current("quarter", newest.date())
    quarter = current("quarter", now_quarter.start - timedelta(days=1))
    year = current("year", newest.date())
    if year.start.year > quarter.start.year or (newest.date() - year.start).days < 200:
        year = current("year", year.start - timedelta(days=1))
    return [now_quarter, quarter, year]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="database URL (default: a SQLite file in bench/out/)")
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--profile", default="thai-nguyen")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--unit", help="also time one unit's figures (e.g. so_gtvt)")
    ap.add_argument("--recount", action="store_true", help="also time the raw-table recount")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    url = args.db or f"sqlite:///{OUT / f'stats-{args.reports}.sqlite3'}"
    db = Database(url)
    build(db, args.profile, args.reports)
    profile = load_profile(args.profile)
    svc = StatisticsService(db, profile)
    print(
        f"{platform.python_version()} {db.engine.dialect.name} {args.reports:,} reports, "
        f"{args.runs} runs"
    )
    t = time.perf_counter()
    counted = ensure_built(db, profile)
    if counted is not None:
        print(
            f"roll-up counted from the raw tables: {counted:,} reports in "
            f"{time.perf_counter() - t:.1f} s"
        )
    kinds = [
        ("dashboard", lambda p, u: svc.figures(p, u, detail=False)),
        ("documents", lambda p, u: svc.figures(p, u)),
    ]
    if args.recount:
        kinds.append(("recount", svc.recount))
    for period in periods(db):
        for unit in (None, args.unit) if args.unit else (None,):
            for name, run in kinds:
                run(period, unit)  # warm
                samples = []
                for _ in range(args.runs):
                    t = time.perf_counter()
                    f = run(period, unit)
                    samples.append((time.perf_counter() - t) * 1000)
                med = statistics.median(samples)
                flag = (
                    ""
                    if name != "dashboard" or med <= TARGET_MS
                    else f"  (target ≤ {TARGET_MS:.0f} ms)"
                )
                print(
                    f"{period.label:<14} {unit or 'province':<10} {name:<10} "
                    f"{f.totals.received:>8,} received, {f.totals.open:>6,} open: "
                    f"median {med:8.1f} ms, worst {max(samples):8.1f} ms{flag}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
