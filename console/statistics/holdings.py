"""Accountability across transfers: who held each report, for how long, and how it left.

A unit holds a report from the action that sent it there (a history entry naming the unit)
until the next action that sends it elsewhere, or the action that ends the unit's work
(result approved, closed, refused). A hold that ends with the unit returning the
report to the IOC is a bounce. Hours are working hours on the province's calendar.

The same single pass over the history also notes each report's counted actions (forwarded,
returned, reopened, the first forwarding), so the history is read once per figures call.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from console.models import ReportStatus
from console.statistics.sql import CLOSED, RETURNS
from console.worktime import WorkCalendar

ENDS = frozenset({ReportStatus.APPROVED.value, *CLOSED})


@dataclass
class Walk:
    """What the figures need from the history of the cohort."""

    # unit -> report -> working microseconds it held the report (all its holds added)
    held: dict[int, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))
    bounces: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    forwarded: set[int] = field(default_factory=set)
    returned: set[int] = field(default_factory=set)
    reopened: set[int] = field(default_factory=set)
    first_forward: dict[int, datetime] = field(default_factory=dict)


def walk_history(events: Iterable[Any], now: datetime, calendar: WorkCalendar) -> Walk:
    """One pass over (report_id, at, action, unit_id, to_status) rows in order per report."""
    walk = Walk()
    held, bounces = walk.held, walk.bounces
    span = calendar.working_us_between
    current: dict[int, tuple[int, datetime]] = {}

    def close(rid: int, at: datetime, bounced: bool) -> None:
        uid, start = current.pop(rid)
        per = held[uid]
        per[rid] = per.get(rid, 0) + span(start, at)
        if bounced:
            bounces[uid] += 1

    for rid, at, action, unit_id, to_status in events:
        if action == "forward":
            walk.forwarded.add(rid)
            walk.first_forward.setdefault(rid, at)
        elif action in RETURNS:
            walk.returned.add(rid)
        elif action == "reopen":
            walk.reopened.add(rid)
        held_now = current.get(rid)
        status = getattr(to_status, "value", to_status)
        if unit_id is not None and (held_now is None or held_now[0] != unit_id):
            if held_now is not None:
                close(rid, at, action in RETURNS)
            current[rid] = (unit_id, at)
            if status in ENDS:  # sent and ended at once (answered at the hotline)
                close(rid, at, False)
        elif held_now is not None and status in ENDS:
            close(rid, at, False)
    for rid in list(current):
        close(rid, now, False)
    return walk
