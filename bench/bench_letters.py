"""Reply-letter benchmarks: one letter alone, and N letters in one PDF. Prints medians.

python bench/bench_letters.py                   # targets: ≤ 20 ms alone, ≤ 2 s for 500
python bench/bench_letters.py --letters 1000 --runs 5 --profile dak-lak
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace

import reportlab

from console.letters import load_template, render_letter, render_letters
from console.letters.samples import sample_data
from console.profiles import load_profile

ONE_TARGET_MS, BATCH_TARGET_S = 20.0, 2.0


def median_s(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Median wall time, worst wall time, median CPU time of this process (seconds).

    The CPU time shows the cost when other work shares the machine's cores."""
    fn()  # warm: fonts parsed, templates loaded (a running console has done this once)
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), max(wall), statistics.median(cpu)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--profile", default="thai-nguyen")
    ap.add_argument("--letters", type=int, default=500)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()

    profile, template = load_profile(args.profile), load_template(args.profile)
    one = sample_data(profile, signer="Lê Minh Tuấn")
    # A batch looks like a week's answers: different codes, names and results of varied length.
    batch = [
        (
            replace(
                one,
                code=f"{profile.code_prefix}-2026-{i:06d}",
                reporter_name=f"Nguyễn Văn Đức {i}",
                text=one.text + " Đơn vị tiếp tục theo dõi, xử lý dứt điểm." * (i % 7),
                number=i,
            ),
            template,
        )
        for i in range(1, args.letters + 1)
    ]
    size = len(render_letter(one, template))
    pages = render_letters(batch).count(b"/Type /Page\n")

    print(
        f"reportlab {reportlab.Version}, Python {platform.python_version()}, "
        f"{platform.machine()}; profile {args.profile}; median of {args.runs} runs"
    )
    med, worst, cpu = median_s(lambda: render_letter(one, template), max(args.runs, 15))
    ok = "OK" if med * 1000 <= ONE_TARGET_MS else "OVER TARGET"
    print(
        f"one letter alone: {med * 1000:7.1f} ms (CPU {cpu * 1000:.1f} ms, max "
        f"{worst * 1000:.1f} ms; {size:,} bytes)  target ≤ {ONE_TARGET_MS:.0f} ms  {ok}"
    )
    med, worst, cpu = median_s(lambda: render_letters(batch), args.runs)
    ok = "OK" if args.letters != 500 or med <= BATCH_TARGET_S else "OVER TARGET"
    print(
        f"{args.letters} letters in one PDF: {med:6.2f} s (CPU {cpu:.2f} s, max {worst:.2f} s; "
        f"{pages} pages, {med / max(pages, 1) * 1000:.1f} ms a page)  "
        f"target ≤ {BATCH_TARGET_S:.0f} s for 500  {ok}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
