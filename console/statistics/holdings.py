"""Accountability across transfers: who held each report, for how long, and how it left.

A unit holds a report from the action that sent it there (a history entry naming the unit)
until the next action that sends it elsewhere, or the action that ends the unit's work
(result approved, closed, refused). A hold that ends with the unit returning the
report to the IOC is a bounce. Hours are working hours on the province's calendar.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.models import ReportStatus
from console.statistics.sql import CLOSED
from console.worktime import WorkCalendar

ENDS = frozenset({ReportStatus.APPROVED.value, *CLOSED})


@dataclass(frozen=True)
class Hold:
    unit_id: int
    start: datetime
    end: datetime
    hours: float
    bounced: bool


def walk_holds(events: Iterable[Any], now: datetime,
               calendar: WorkCalendar) -> dict[int, list[Hold]]:
    """Holds per report from (report_id, at, action, unit_id, to_status) rows in order."""
    holds: dict[int, list[Hold]] = defaultdict(list)
    current: dict[int, tuple[int, datetime]] = {}

    def close(rid: int, at: datetime, bounced: bool) -> None:
        uid, start = current.pop(rid)
        hours = calendar.working_hours_between(start, at)
        holds[rid].append(Hold(uid, start, at, hours, bounced))

    for rid, at, action, unit_id, to_status in events:
        held = current.get(rid)
        status = getattr(to_status, "value", to_status)
        if unit_id is not None and (held is None or held[0] != unit_id):
            if held is not None:
                close(rid, at, action == "return_to_ioc")
            current[rid] = (unit_id, at)
            if status in ENDS:  # sent and ended at once (answered at the hotline)
                close(rid, at, False)
        elif held is not None and status in ENDS:
            close(rid, at, False)
    for rid in list(current):
        close(rid, now, False)
    return holds
