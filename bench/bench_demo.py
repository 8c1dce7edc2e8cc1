"""Build the bulk demo (`main.py demo --reports N`) on SQLite and PostgreSQL, side by side.

Each run makes a new database (a new SQLite file; a new PostgreSQL database dropped after the run
unless --keep) and builds N reports of the Thái Nguyên profile in a process of its own, as the
command line does; the wall time is from the new process's start to its end (migrations and the
demo accounts included), the CPU time that of the process and of the row builders it starts.
The statistics roll-up is not counted here: the demo marks it unbuilt and it is counted on first
use or by `main.py stats rebuild` (docs/benchmarks.md gives both figures).

    .venv/bin/python bench/bench_demo.py --reports 100000 --runs 3
    .venv/bin/python bench/bench_demo.py --reports 1000000 --runs 1 --only postgresql --keep
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_SERVER = os.environ.get("BENCH_PG_SERVER", "postgresql://postgres@127.0.0.1:5432")


def one(url: str, reports: int) -> None:
    """In the child: build the demo and print what it says about itself as JSON."""
    from console.db import Database
    from console.demo import generate_demo
    from console.profiles import load_profile

    started = time.perf_counter()
    db = Database(url)
    opened = time.perf_counter() - started
    result = generate_demo(db, load_profile("thai-nguyen"), reports=reports, password="bench-demo")
    db.close()
    print(
        json.dumps(
            {
                "reports": result.reports,
                "history": result.history,
                "open_schema": opened,
                "demo": result.seconds,
                "phases": result.phases,
            }
        )
    )


def _admin(sql: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(f"{PG_SERVER}/postgres".replace("postgresql:", "postgresql+psycopg:"))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(sql))
    engine.dispose()


def run(kind: str, reports: int, keep: bool, name: str) -> dict:
    folder = tempfile.mkdtemp(prefix="bench_demo_") if kind == "sqlite" else ""
    if kind == "sqlite":
        url = f"sqlite:///{folder}/demo.sqlite3"
    else:
        _admin(f'DROP DATABASE IF EXISTS "{name}"')
        _admin(f'CREATE DATABASE "{name}"')
        url = f"{PG_SERVER}/{name}"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, __file__, "--one", url, "--reports", str(reports)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    info = json.loads(out.strip().splitlines()[-1])
    info.update(
        kind=kind,
        wall=wall,
        cpu=(after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        load_before=load,
        load_after=os.getloadavg()[0],
    )
    if kind == "sqlite":
        info["size_mb"] = Path(folder, "demo.sqlite3").stat().st_size / 2**20
        if not keep:
            for path in Path(folder).iterdir():
                path.unlink()
            os.rmdir(folder)
        else:
            info["url"] = url
    elif not keep:
        _admin(f'DROP DATABASE IF EXISTS "{name}"')
    else:
        info["url"] = url
    return info


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--keep", action="store_true", help="keep the last databases made")
    parser.add_argument("--pg-name", default="bench_demo", help="PostgreSQL database name")
    parser.add_argument("--one", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.one, args.reports)
        return
    kinds = [args.only] if args.only else ["sqlite", "postgresql"]
    results: dict[str, list[dict]] = {k: [] for k in kinds}
    for i in range(args.runs):
        for kind in kinds:  # alternated, so both see the same machine
            last = i == args.runs - 1
            info = run(kind, args.reports, args.keep and last, args.pg_name)
            results[kind].append(info)
            phases = ", ".join(f"{k} {v:.1f}" for k, v in info["phases"].items())
            print(
                f"{kind:<10} run {i + 1}: wall {info['wall']:.1f} s (demo {info['demo']:.1f} s; "
                f"{phases}), CPU {info['cpu']:.1f} s, load {info['load_before']:.2f} → "
                f"{info['load_after']:.2f}, {info['history']:,} history rows",
                flush=True,
            )
    for kind, infos in results.items():
        walls = [i["wall"] for i in infos]
        print(
            f"{kind}: {args.reports:,} reports, median wall {statistics.median(walls):.1f} s "
            f"(runs {', '.join(f'{w:.1f}' for w in walls)}), median CPU "
            f"{statistics.median(i['cpu'] for i in infos):.1f} s"
        )


if __name__ == "__main__":
    main()
