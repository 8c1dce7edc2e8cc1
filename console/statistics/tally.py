"""Fold per-report facts into the Counts of every breakdown, in one pass over the cohort.

Each report gives a small tuple of 0/1 facts; a breakdown counts how many reports share a
(key, facts) pair (a Counter, a few hundred distinct pairs at most), then adds the tuples up.
Handling hours are listed per key once, never by scanning the cohort per group.
"""

from __future__ import annotations

import statistics as pystats
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from typing import Any

from console.statistics.figures import Counts
from console.statistics.sql import CLOSED, COUNT_FIELDS, NOT_OPEN

# The report's own facts, in this order; on_time and late depend on whose lateness counts.
BASE_FIELDS = (
    "received",
    "rejected",
    "redirected",
    "answered_directly",
    "forwarded",
    "returned",
    "resolved",
    "answered",
    "open",
    "overdue_open",
    "extensions",
    "reopened",
    "rated",
)
_REJECTED, _REDIRECTED, _DIRECT = CLOSED[:3]
US_PER_HOUR = 3_600_000_000


def base_facts(
    status: str,
    resolved: bool,
    published: bool,
    not_paused: bool,
    rated: bool,
    extensions: int,
    forwarded: bool,
    returned: bool,
    reopened: bool,
    overdue: bool,
) -> tuple[int, ...]:
    """BASE_FIELDS of one report (definitions: docs/statistics.md)."""
    is_open = status not in NOT_OPEN
    return (
        1,
        status == _REJECTED,
        status == _REDIRECTED,
        status == _DIRECT,
        forwarded,
        returned,
        resolved,
        published,
        is_open,
        is_open and overdue and not_paused,
        extensions,
        reopened,
        rated,
    )


class Tally:
    """Counts and handling hours per key of one breakdown."""

    def __init__(self) -> None:
        self._n: Counter[tuple[Any, tuple[int, ...], bool, bool]] = Counter()
        self._hours: dict[Any, list[int]] = defaultdict(list)

    def add(
        self, key: Hashable, base: tuple[int, ...], finished: bool, late: bool, hours: int | None
    ) -> None:
        self._n[key, base, finished and not late, late] += 1
        if hours is not None:
            self._hours[key].append(hours)

    def counts(self) -> dict[Any, Counts]:
        sums: dict[Any, dict[str, int]] = {}
        for (key, base, on_time, late), n in self._n.items():
            acc = sums.setdefault(key, dict.fromkeys(COUNT_FIELDS, 0))
            for name, value in zip(BASE_FIELDS, base, strict=True):
                acc[name] += n * int(value)
            acc["on_time"] += n * on_time
            acc["late"] += n * late
        return {key: make_counts(acc, self._hours.get(key, ())) for key, acc in sums.items()}


def make_counts(fields: dict[str, int], spans: Iterable[int]) -> Counts:
    """Counts with the handling time of ``spans`` (working microseconds, exact integers: the
    mean of a roll-up's sums is then the same number as the mean of a recount)."""
    data = sorted(spans)
    mean = median = p90 = None
    if data:
        mean = round(sum(data) / len(data) / US_PER_HOUR, 2)
        median = round(pystats.median(data) / US_PER_HOUR, 2)
        p90 = round(
            (data[0] if len(data) == 1 else pystats.quantiles(data, n=10, method="inclusive")[8])
            / US_PER_HOUR,
            2,
        )
    return Counts(
        **fields, handling_hours_mean=mean, handling_hours_median=median, handling_hours_p90=p90
    )
