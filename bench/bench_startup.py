"""App start to login window (DESIGN §11: ≤ 1.5 s), offscreen. Prints median / p95 of runs.

    python bench/bench_startup.py --db sqlite:////work/main/bench/out/queue-1m-v3.sqlite3

Each run is a new Python process, timed from just before it is spawned until the login
dialog is on screen: the interpreter, the imports, opening (and checking the migrations of)
the database, the translation, the dialog. The child is this script with ``--child``: it runs
the app's own start (``console.views.app.run_app``) and reports when the dialog shows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(db_url: str) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from console.views.app import run_app
    from console.views.login_dialog import LoginDialog

    app = QApplication(sys.argv)

    def check() -> None:
        if any(isinstance(w, LoginDialog) and w.isVisible() for w in app.topLevelWidgets()):
            print(f"shown {time.time():.6f}", flush=True)
            os._exit(0)  # the measurement is taken; nothing to tidy

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(2)
    return run_app(db_url)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--child", action="store_true")
    args = ap.parse_args()
    if args.child:
        return child(args.db)
    samples = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            CONSOLE_SETTINGS=str(Path(home) / "settings.toml"),
        )
        for run in range(args.runs + 1):  # the first warms the disk cache
            start = time.time()
            out = subprocess.run(
                [sys.executable, __file__, "--child", "--db", args.db],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            shown = [line for line in out.stdout.splitlines() if line.startswith("shown ")]
            if not shown:
                print(out.stdout, out.stderr, file=sys.stderr)
                return 1
            if run:
                samples.append((float(shown[0].split()[1]) - start) * 1000)
    high = statistics.quantiles(samples, n=20)[18] if len(samples) > 1 else samples[0]
    print(
        f"app start to login window ({args.db.split('://')[0]}): median "
        f"{statistics.median(samples):.0f} ms, p95 {high:.0f} ms, {len(samples)} runs, "
        f"load {os.getloadavg()[0]:.1f} (target 1500 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
