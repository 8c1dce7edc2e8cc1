"""The SLA state and time left of the queue's rows, worked out in the services so the screens
only colour and word them (issue 14): paused / overdue / due soon / on time from the stored
due and warn times, the time left in the clock's own unit from the province's DeadlineEngine.

One engine serves every row; it is built on first use and rebuilt after MAX_AGE seconds, so a
change to the working calendar or a category's clock reaches an open console.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from console.models import ReportStatus
from console.services.queues import CLOCKED, QueueRow
from console.sla import DeadlineEngine, Remaining, SlaState

_LEFT_SHOWN = (SlaState.ON_TIME, SlaState.DUE_SOON, SlaState.OVERDUE)


class QueueSla:
    """``stamp(rows, now)``: the rows with their ``sla`` and ``left`` filled in."""

    MAX_AGE = 300.0

    def __init__(self, load_engine: Callable[[], DeadlineEngine]) -> None:
        self._load = load_engine
        self._engine: DeadlineEngine | None = None
        self._loaded = 0.0

    def engine(self) -> DeadlineEngine:
        # Worker threads may race here: both build an engine, either one is right.
        engine = self._engine
        if engine is None or time.monotonic() - self._loaded > self.MAX_AGE:
            engine = self._engine = self._load()
            self._loaded = time.monotonic()
        return engine

    def of(self, row: QueueRow, now: datetime) -> tuple[SlaState, Remaining | None]:
        """(state, time left or overdue) of one row at ``now``; no time left while paused or
        without a clock."""
        state = DeadlineEngine.stored_state(
            row.due_at,
            row.warn_at,
            now,
            running=row.status in CLOCKED,
            paused=row.status is ReportStatus.NEEDS_INFO,
        )
        if state not in _LEFT_SHOWN or row.due_at is None:
            return state, None
        engine = self.engine()
        clock = (
            engine.clock(
                row.stage,
                category=row.category_code,
                emergency=row.emergency,
                received_at=row.received_at,
            )
            if row.stage
            else None
        )
        if clock is None:  # no clock known for the stage: wall-clock time to the due time
            hours = (row.due_at - now).total_seconds() / 3600
            return state, Remaining(hours, False, engine.calendar.daily_hours)
        return state, engine.remaining(clock, row.due_at, now)

    def stamp(self, rows: Sequence[QueueRow], now: datetime) -> list[QueueRow]:
        out = []
        for row in rows:
            state, left = self.of(row, now)
            out.append(replace(row, sla=state, left=left))
        return out
