"""The quarterly report PDF with its charts (issue 13: ≤ 2 s). Prints medians.

The figures are computed once (bench_statistics.py measures that); this times the document:
wording, tables, the two charts, layout and the PDF bytes, from a quarter's real figures.

python bench/bench_report_pdf.py --db sqlite:////tmp/tn.sqlite3 --period 2026-Q4
(without --db: a fresh demo database of --reports reports in a temporary folder)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

from console.db import Database
from console.demo import generate_demo
from console.profiles import load_profile
from console.services.statistics import StatisticsService
from console.statistics import parse_period
from console.statistics.pdf import render_figures_pdf

TARGET_S = 2.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an existing database (default: a fresh demo one)")
    ap.add_argument("--profile", default="thai-nguyen")
    ap.add_argument("--reports", type=int, default=5000)
    ap.add_argument("--period", default="2026-Q4")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    profile = load_profile(args.profile)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(args.db or f"sqlite:///{tmp}/bench.sqlite3")
        if not args.db:
            generate_demo(db, profile, reports=args.reports, seed=2026, password="Bench12345")
        figures = StatisticsService(db, profile).figures(parse_period(args.period))
        db.close()
        render_figures_pdf(figures, profile)  # warm: fonts parsed once per process
        wall, cpu, size = [], [], 0
        for _ in range(args.runs):
            t, c = time.perf_counter(), time.process_time()
            pdf = render_figures_pdf(figures, profile)
            wall.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            size = len(pdf)
    load = os.getloadavg()[0]
    print(
        f"{figures.period.label}, {profile.key}: {figures.totals.received} reports, "
        f"{len(figures.by_unit)} units, {len(figures.by_category)} categories, "
        f"{size / 1024:.0f} KiB"
    )
    print(
        f"median {statistics.median(wall) * 1000:.0f} ms, worst {max(wall) * 1000:.0f} ms, "
        f"CPU {statistics.median(cpu) * 1000:.0f} ms (load {load:.2f}; target "
        f"≤ {TARGET_S:.0f} s)"
    )
    return 0 if statistics.median(wall) <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
