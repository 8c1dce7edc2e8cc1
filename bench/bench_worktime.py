"""Benchmark the working-time calendar (not a test): `python bench/bench_worktime.py [calls]`.

Prints the median of 5 runs of 1,000,000 `add_working_hours` calls (random starts in 2026,
random durations 0.5–80 h) and of 1,000,000 `working_hours_between` calls, on a `for_profile`
calendar (default office hours + Vietnam's public holidays). Inputs are made before timing.
"""

from __future__ import annotations

import platform
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from console.worktime import DEFAULT_OFFICE_HOURS, WorkCalendar

RUNS = 5


class _Profile:
    office_hours = DEFAULT_OFFICE_HOURS


def _inputs(n: int, rng: random.Random) -> tuple[list[datetime], list[float], list[datetime]]:
    year_start = datetime(2026, 1, 1)
    seconds_in_year = 365 * 24 * 3600
    starts = [year_start + timedelta(seconds=rng.randrange(seconds_in_year)) for _ in range(n)]
    hours = [rng.uniform(0.5, 80.0) for _ in range(n)]
    ends = [s + timedelta(seconds=rng.randrange(30 * 24 * 3600)) for s in starts]
    return starts, hours, ends


def _median_seconds(run) -> tuple[float, list[float]]:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    starts, hours, ends = _inputs(n, random.Random(20260901))
    calendar = WorkCalendar.for_profile(_Profile())
    calendar.add_working_hours(datetime(2026, 1, 1), 1)  # fill 2026 before timing

    add = calendar.add_working_hours
    between = calendar.working_hours_between

    def run_add() -> None:
        for s, h in zip(starts, hours, strict=True):
            add(s, h)

    def run_between() -> None:
        for s, e in zip(starts, ends, strict=True):
            between(s, e)

    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.machine()}, {n:,} calls, median of {RUNS} runs"
    )
    for name, run in (("add_working_hours", run_add), ("working_hours_between", run_between)):
        median, times = _median_seconds(run)
        runs = ", ".join(f"{t:.2f}" for t in times)
        print(f"{name:<22} {median:6.2f} s  ({median / n * 1e6:.2f} µs/call; runs: {runs})")


if __name__ == "__main__":
    main()
