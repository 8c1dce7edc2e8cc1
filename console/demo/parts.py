"""Chunks handed over as SQLite files: a big SQLite demo's row builders write each chunk into a
file of its own beside the target; the writer copies it in with ``INSERT … SELECT``.

Passing the rows through a pipe cost a pickling each way (0.9 s of CPU a chunk of 20,000
reports, more than the writer's inserts); a file is written by the builder's own executemany,
on the builder's core, and read by SQLite itself in C. The writer numbers the codes in SQL, in
the order of the report ids, as ``console.demo.trail.number_reports`` does in Python.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from console.demo.trail import REPORT_COLS, Rows

_STATUS = REPORT_COLS.index("status")
_RECEIVED = REPORT_COLS.index("received_at")
# (table, its columns in the rows, the attribute of Rows), parents first
Layout = Sequence[tuple[str, Sequence[str], str]]


@dataclass(frozen=True)
class Part:
    """What the writer is told of a chunk written to ``path`` (the rows stay in the file)."""

    path: str
    first_id: int  # the reports' ids: first_id .. last_id
    last_id: int
    history: int
    by_status: dict[str, int] = field(default_factory=dict)
    by_year: dict[str, int] = field(default_factory=dict)  # reports received in each year


def part_path(target: str, tag: str, k: int) -> str:
    """Where chunk ``k`` of the load tagged ``tag`` is written: beside the target database."""
    return f"{target}.{tag}-{k:05d}.part"


def remove_parts(target: str, tag: str) -> None:
    """Remove whatever chunk files of the load ``tag`` are left (an error, a builder killed)."""
    folder = Path(target).parent
    for path in folder.glob(f"{Path(target).name}.{tag}-*.part*"):
        path.unlink(missing_ok=True)


def write_part(path: str, layout: Layout, rows: Rows) -> Part:
    """Write ``rows`` into a new file at ``path``: untyped columns keep the values as built
    (the target's column affinities apply when the writer copies them, as to bound values)."""
    for stale in (path, path + "-journal"):
        Path(stale).unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        for table, columns, attr in layout:
            conn.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
            marks = ", ".join("?" * len(columns))
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                getattr(rows, attr),
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.close()
        Path(path).unlink(missing_ok=True)
        raise
    conn.close()
    reports = rows.reports
    return Part(
        path=path,
        first_id=reports[0][0],
        last_id=reports[-1][0],
        history=len(rows.history),
        by_status=dict(Counter(row[_STATUS] for row in reports)),
        by_year=dict(Counter(row[_RECEIVED][:4] for row in reports)),
    )


def copy_statements(
    layout: Layout, prefix: str, words: str, seqs: dict[int, int]
) -> list[tuple[str, tuple[Any, ...]]]:
    """The ``INSERT … SELECT`` of each table from the attached chunk ``part``, parents first.

    A report's code goes on from the last number of its year (``seqs``) in the order of the
    ids, ``{prefix}-{year}-{number:06d}``, and its words go in front of the search text, exactly
    as number_reports writes them; the rest of the rows as they are, in the order built (the
    database numbers history and the others in that order)."""
    years = sorted(seqs)
    last = (
        "CASE y " + " ".join(f"WHEN '{y:04d}' THEN {seqs[y]}" for y in years) + " ELSE 0 END"
        if years
        else "0"
    )
    number = f"printf('%06d', {last} + row_number() OVER (PARTITION BY y ORDER BY id))"
    out: list[tuple[str, tuple[Any, ...]]] = []
    for table, columns, _attr in layout:
        names = ", ".join(columns)
        if table != "reports":
            sql = f"INSERT INTO main.{table} ({names}) SELECT {names} FROM part.{table}"
            out.append((sql + " ORDER BY rowid", ()))
            continue
        picked = []
        for col in columns:
            if col == "code":
                picked.append(f"? || '-' || y || '-' || {number}")
            elif col == "search_text":
                picked.append(f"? || ' ' || y || ' ' || {number} || ' ' || search_text")
            else:
                picked.append(col)
        sql = (
            f"INSERT INTO main.reports ({names}) SELECT {', '.join(picked)} FROM "
            f"(SELECT *, substr(received_at, 1, 4) AS y FROM part.reports) ORDER BY id"
        )
        out.append((sql, (prefix, words)))
    return out


def advance(seqs: dict[int, int], part: Part) -> None:
    """Move each year's last number past the chunk's reports (as number_reports does)."""
    for year, count in part.by_year.items():
        seqs[int(year)] = seqs.get(int(year), 0) + count


def discard(part: Part) -> None:
    os.unlink(part.path)
