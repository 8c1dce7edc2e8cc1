"""Deadline recomputation: the engine alone over 1,000,000 stage clocks, and the service that
recomputes a database's open deadlines after a calendar change (DESIGN §11: ≤ 3 s for 1M).

    python bench/bench_deadlines.py [--db sqlite:///bench/out/queue-1000000.sqlite3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import datetime, timedelta

from console.db import Database
from console.profiles import load_profile
from console.services.calendar import load_engine, recompute_open_deadlines
from console.sla import DeadlineEngine
from console.worktime import WorkCalendar


def engine_only(runs: int) -> None:
    profile = load_profile("thai-nguyen")
    engine = DeadlineEngine(profile, WorkCalendar.for_profile(profile))
    rng = random.Random(1)
    base = datetime(2026, 1, 1)
    stages = ["check", "route", "handle", "approve", "publish"]
    cats = [c.code for c in profile.categories]
    work = [
        (
            rng.choice(stages),
            base + timedelta(minutes=rng.randrange(365 * 24 * 60)),
            rng.choice(cats),
            rng.random() < 0.03,
        )
        for _ in range(1_000_000)
    ]
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        for stage, start, cat, emergency in work:
            engine.stage_times(stage, start, category=cat, emergency=emergency)
        samples.append(time.perf_counter() - t)
    print(
        f"engine: due + warn time of 1,000,000 stage clocks   median "
        f"{statistics.median(samples):.2f} s  (runs {', '.join(f'{s:.2f}' for s in samples)})"
    )


def service(url: str, runs: int) -> None:
    db = Database(url)
    profile = load_profile("thai-nguyen")
    samples, changed = [], 0
    for _ in range(runs):
        engine = load_engine(db, profile)
        t = time.perf_counter()
        with db.engine.begin() as conn:
            changed = recompute_open_deadlines(conn, engine)
            conn.rollback()  # measure the work, keep the database as it was
        samples.append(time.perf_counter() - t)
    with db.engine.connect() as conn:
        open_rows = conn.exec_driver_sql(
            "SELECT count(*) FROM report_deadlines WHERE completed_at IS NULL"
        ).scalar_one()
    print(
        f"service: recompute {open_rows:,} open deadlines ({changed:,} changed)   median "
        f"{statistics.median(samples):.2f} s"
    )
    db.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", default=None)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    engine_only(args.runs)
    if args.db:
        service(args.db, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
