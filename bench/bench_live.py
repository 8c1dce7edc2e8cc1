"""The live feed's speed (not a test; the tests only check that changes arrive):

    python bench/bench_live.py                                   # a SQLite poll's cost
    python bench/bench_live.py --pg postgresql://…/console_demo  # + commit → heard on PostgreSQL

A SQLite console reads ``PRAGMA data_version`` every second (target: well under 1 ms a poll,
measured ~3 µs). On PostgreSQL a commit that touches a report is heard by LISTEN (DESIGN §6:
within a second; typically ~0.05 s). ``--pg`` takes a migrated database with reports (a demo):
each sample bumps one report's row in place (its trigger notifies) and times the arrival.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from console.db import Database
from console.services.live import data_version, watch


def poll_cost(runs: int = 20_000) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(str(Path(tmp) / "feed.sqlite3"), isolation_level=None)
        conn.execute("CREATE TABLE t (x INTEGER)")
        t0 = time.perf_counter()
        for _ in range(runs):
            data_version(conn)
        conn.close()
        return (time.perf_counter() - t0) / runs


def notify_latency(url: str, samples: int = 20) -> list[float]:
    db = Database(url)
    heard = threading.Event()
    feed = watch(db, lambda _c: heard.set())
    try:
        if not feed.ready.wait(15):
            raise SystemExit("the feed never got ready")
        with db.engine.begin() as c:
            rid = c.execute(text("SELECT min(id) FROM reports")).scalar_one()
        out = []
        for _ in range(samples):
            heard.clear()
            with db.engine.begin() as c:  # the report's own trigger notifies
                c.execute(text("UPDATE reports SET version = version WHERE id = :i"), {"i": rid})
            committed = time.perf_counter()
            if not heard.wait(15):
                raise SystemExit("a commit was never heard")
            out.append((time.perf_counter() - committed) * 1000)
            time.sleep(0.05)
        return out
    finally:
        feed.stop(wait=5)
        db.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pg", help="a migrated PostgreSQL database with reports")
    args = ap.parse_args()
    print(f"SQLite poll (PRAGMA data_version): {poll_cost() * 1e6:.1f} µs   target < 1000 µs")
    if args.pg:
        ms = notify_latency(args.pg)
        print(
            f"PostgreSQL commit -> heard: median {statistics.median(ms):.1f} ms, "
            f"max {max(ms):.1f} ms   target < 1000 ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
