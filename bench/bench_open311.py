"""Open311 server load (issue 12): N concurrent local clients for S seconds on PostgreSQL.

    python bench/bench_open311.py --db postgresql://postgres@127.0.0.1:5432/postgres

Creates a fresh database on that server (dropped at the end), provisions Thái Nguyên and an app's
API key, starts `main.py serve` as its own process (the clients must not share its interpreter),
then half the clients, each on its own keep-alive connection, POST requests with new idempotency
keys (every 10th POST repeats the previous key: a retry) while the other half GET requests made
so far (by id; every 10th a list of ten ids). Prints POST
and GET throughput and latency (median, p95), then counts the reports in the database: each
distinct key that was answered must be exactly one report (nothing lost, nothing doubled).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from console.db import Database
from console.models import Open311Request, Report
from console.profiles import load_profile
from console.services.api_keys import add_key
from console.services.auth import system_actor
from console.services.provision import provision

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Tally:
    post_ms: list[float] = field(default_factory=list)
    get_ms: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    answered: dict[str, str] = field(default_factory=dict)  # idempotency key -> report code
    retries_same: int = 0
    retries_differ: int = 0


def _new_conn(port: int) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", port, timeout=60)


def _count(errors: dict[str, int], what: str) -> None:
    errors[what] = errors.get(what, 0) + 1


def poster(
    port: int, key: str, stop: float, tally: Tally, lock: threading.Lock, codes: list[str]
) -> None:
    """POST requests, each with a new idempotency key; every 10th repeats the previous one."""
    conn, mine, previous, n = _new_conn(port), Tally(), "", 0
    while time.monotonic() < stop:
        n += 1
        retry = bool(previous) and n % 10 == 0
        idem = previous if retry else str(uuid.uuid4())
        body = urllib.parse.urlencode(
            {
                "api_key": key,
                "service_code": "giao_thong",
                "lat": "21.5942",
                "long": "105.8482",
                "description": f"Ổ gà lớn giữa đường, phép thử tải {n}.",
                "idempotency_key": idem,
            }
        )
        t = time.perf_counter()
        try:
            conn.request(
                "POST",
                "/requests.json",
                body,
                {"Content-Type": "application/x-www-form-urlencoded"},
            )
            resp = conn.getresponse()
            data = resp.read()
        except (OSError, http.client.HTTPException) as exc:
            _count(mine.errors, type(exc).__name__)
            conn.close()
            conn = _new_conn(port)
            continue
        mine.post_ms.append((time.perf_counter() - t) * 1000)
        if resp.status not in (200, 201):
            _count(mine.errors, f"POST {resp.status}")
            continue
        code = json.loads(data)[0]["service_request_id"]
        if retry:
            same = mine.answered.get(idem) == code
            mine.retries_same += same
            mine.retries_differ += not same
        mine.answered[idem] = code
        previous = idem
        codes.append(code)  # list.append is atomic: the readers pick from it
    conn.close()
    with lock:
        tally.post_ms += mine.post_ms
        tally.answered.update(mine.answered)
        tally.retries_same += mine.retries_same
        tally.retries_differ += mine.retries_differ
        for k, v in mine.errors.items():
            tally.errors[k] = tally.errors.get(k, 0) + v


def reader(port: int, stop: float, tally: Tally, lock: threading.Lock, codes: list[str]) -> None:
    """GET one request by id, and every 10th time a list of ten by service_request_id."""
    conn, mine, rng, n = _new_conn(port), Tally(), random.Random(), 0
    while time.monotonic() < stop:
        if not codes:
            time.sleep(0.01)
            continue
        n += 1
        if n % 10 == 0:
            ids = ",".join(rng.choice(codes) for _ in range(10))
            path = f"/requests.json?service_request_id={ids}"
        else:
            path = f"/requests/{rng.choice(codes)}.json"
        t = time.perf_counter()
        try:
            conn.request("GET", path)
            resp = conn.getresponse()
            resp.read()
        except (OSError, http.client.HTTPException) as exc:
            _count(mine.errors, type(exc).__name__)
            conn.close()
            conn = _new_conn(port)
            continue
        mine.get_ms.append((time.perf_counter() - t) * 1000)
        if resp.status != 200:
            _count(mine.errors, f"GET {resp.status}")
    conn.close()
    with lock:
        tally.get_ms += mine.get_ms
        for k, v in mine.errors.items():
            tally.errors[k] = tally.errors.get(k, 0) + v


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else float("nan")


def wait_ready(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server stopped before answering")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/services.json")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer in 60 s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--db",
        default=os.environ.get(
            "CONSOLE_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
        ),
        help="a PostgreSQL server URL (a fresh database is made on it and dropped)",
    )
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--port", type=int, default=18311)
    args = parser.parse_args()

    admin_url = make_url(args.db).set(drivername="postgresql+psycopg")
    name = f"bench_open311_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    proc = None
    try:
        profile = load_profile("thai-nguyen")
        with Database(url) as db:
            provision(db, profile)
            _, key = add_key(db, system_actor(), "bench-app")
        proc = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "serve",
                "--db",
                url,
                "--port",
                str(args.port),
                "--rate-limit",
                "0",
            ],
            cwd=ROOT,
        )
        wait_ready(args.port, proc)
        tally, lock = Tally(), threading.Lock()
        stop = time.monotonic() + args.seconds
        started = time.monotonic()
        codes: list[str] = []
        posters = max(1, args.clients // 2)
        threads = [
            threading.Thread(target=poster, args=(args.port, key, stop, tally, lock, codes))
            for _ in range(posters)
        ]
        threads += [
            threading.Thread(target=reader, args=(args.port, stop, tally, lock, codes))
            for _ in range(args.clients - posters)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
        load = os.getloadavg()
        with Database(url) as db, db.session() as s:
            reports = s.scalar(select(func.count()).select_from(Report)) or 0
            linked = s.scalar(select(func.count()).select_from(Open311Request)) or 0
        distinct = len(set(tally.answered.values()))
        print(
            f"{args.clients} clients ({posters} posting, {args.clients - posters} reading), "
            f"{elapsed:.1f} s, PostgreSQL {name}, "
            f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
        )
        print(
            f"POST: {len(tally.post_ms)} ({len(tally.post_ms) / elapsed:.1f}/s), "
            f"median {statistics.median(tally.post_ms):.0f} ms, "
            f"p95 {pct(tally.post_ms, 0.95):.0f} ms"
        )
        print(
            f"GET:  {len(tally.get_ms)} ({len(tally.get_ms) / elapsed:.1f}/s), "
            f"median {statistics.median(tally.get_ms):.0f} ms, "
            f"p95 {pct(tally.get_ms, 0.95):.0f} ms"
        )
        print(
            f"retries answered with the same report: {tally.retries_same}, "
            f"with another: {tally.retries_differ}; errors: {tally.errors or 'none'}"
        )
        print(
            f"keys answered: {len(tally.answered)}, distinct reports answered: {distinct}, "
            f"reports in the database: {reports}, origin rows: {linked}"
        )
        ok = reports == linked == distinct == len(tally.answered) and tally.retries_differ == 0
        print("nothing lost or doubled" if ok else "MISMATCH: lost or doubled reports")
        return 0 if ok else 1
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(30)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
