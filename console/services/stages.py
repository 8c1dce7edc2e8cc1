"""Stage-clock bookkeeping inside an action's transaction: start, end, pause, resume, extend.

Which stages an action ends and which events it emits are data here; which stage starts on an
event is the profile's (each clock's ``from``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from console.errors import InvalidValueError
from console.models import Report, ReportDeadline
from console.profiles import Clock, Profile
from console.sla import DeadlineEngine, extend, missed_duty

# Stages whose clock only reminds (a progress notice), never the report's deadline.
REMINDER_STAGES = frozenset({"notify_progress"})
# Stages whose clock binds only if the unit decides the report is not its own (return it).
# They stay recorded and shown per stage, but headline the report only while nothing else runs:
# otherwise a forwarded report would look late an hour after forwarding (TN "ngay").
CONDITIONAL_STAGES = frozenset({"return", "return_field_check"})
# Stages started by hand only (a field check needed before returning).
MANUAL_STAGES = frozenset({"return_field_check", "verify", "consult"})
# Stages of another unit than the one holding the report (a consulted unit, TN Điều 7.2):
# shown per stage, never the report's own deadline.
SIDE_STAGES = frozenset({"consult"})

ENDS: dict[str, tuple[str, ...]] = {
    "request_info": ("check",),
    "classify": ("check",),
    "forward": ("check", "route"),
    "reject": ("check", "route"),
    "redirect": ("check", "route"),
    "answer_directly": ("check", "route"),
    "escalate": ("route",),
    "accept": ("accept", "return", "return_field_check"),
    "return_to_ioc": ("accept", "return", "return_field_check", "handle", "notify_progress"),
    # ĐL Bước 3.2: back to the district team, whose 7-day handling clock runs on.
    "return_to_team": ("accept", "return", "return_field_check"),
    "submit_result": ("handle", "notify_progress"),
    "approve": ("approve", "verify"),
    "edit_and_approve": ("approve", "verify"),
    "return_for_rework": ("approve", "verify"),
    "publish": ("publish",),
    "reopen": (),
}


def handle_through_approval(profile: Profile) -> bool:
    """Does the handling clock run on while the result waits for approval? Yes where the
    approval has no clock of its own: Đắk Lắk Bước 3.2 gives the district 7 working days to
    "xử lý và phản hồi kết quả", and the result leaves the district only once its leader and
    then the team have approved it (Bước 3.1.d). Thái Nguyên's approval has its own ½ day
    (Điều 9.2), so there the handling clock stops at the result."""
    return (
        bool(profile.workflow.get("approval"))
        and "approve" not in profile.clocks
        and "approve" not in profile.emergency_clocks
    )


def ends_of(action: str, profile: Profile) -> tuple[str, ...]:
    """The stages ``action`` ends in ``profile`` (ENDS, with the handling clock moved from
    the result to the final approval where it runs through approval)."""
    ends = ENDS.get(action, ())
    if handle_through_approval(profile):
        if action == "submit_result":
            return tuple(s for s in ends if s != "handle")
        if action in ("approve", "edit_and_approve"):
            return (*ends, "handle")
    return ends


def events_of(action: str, *, approval: bool, to_team: bool = False) -> tuple[str, ...]:
    """The clock events (a profile clock's ``from``) that ``action`` emits."""
    match action:
        case "submit":
            return ("received",)
        case "forward" | "reopen":
            # Through a district team the report reaches its handler only on delegation.
            return ("routed",) if to_team else ("routed", "forwarded")
        case "delegate":
            return ("forwarded",)
        case "accept":
            return ("accepted",)
        case "submit_result":
            return ("result",) if approval else ("result", "approved")
        case "approve" | "edit_and_approve":
            return ("approved",)
    return ()


def stages_to_start(
    engine: DeadlineEngine,
    events: Iterable[str],
    at: datetime,
    *,
    category: str | None,
    emergency: bool,
    running: Iterable[str] = (),
    received_at: datetime | None = None,
) -> list[tuple[str, datetime, datetime]]:
    """(stage, due, warn) of every stage whose clock counts from one of ``events``; the
    handling clock is the category's in force when the report was received."""
    events = tuple(events)
    if not events:
        return []
    started = []
    for stage, clock in _clocks_on(engine, events, category, emergency, received_at):
        if stage not in running:
            started.append((stage, *engine.due_and_warn(clock, at)))
    return started


def clocks_started(
    engine: DeadlineEngine, events: Iterable[str], *, category: str | None, emergency: bool
) -> list[tuple[str, Clock]]:
    """(stage, clock) of every stage whose clock counts from one of ``events``, in the order
    ``stages_to_start`` starts them (the handling clock the category's in force now)."""
    return _clocks_on(engine, tuple(events), category, emergency)


def _clocks_on(
    engine: DeadlineEngine,
    events: tuple[str, ...],
    category: str | None,
    emergency: bool,
    received_at: datetime | None = None,
) -> list[tuple[str, Clock]]:
    """(stage, clock) started by ``events``; memoised per engine (the demo asks millions)."""
    version = engine.clock_version(category, received_at)
    key = ("starts", events, category, emergency, version)
    found: list[tuple[str, Clock]] | None = engine.memo.get(key)  # type: ignore[assignment]
    if found is None:
        stages = set(engine.profile.clocks) | set(engine.profile.emergency_clocks)
        found = []
        for stage in sorted(stages - MANUAL_STAGES):
            clock = engine.clock(
                stage, category=category, emergency=emergency, received_at=received_at
            )
            if clock is not None and clock.start in events:
                found.append((stage, clock))
        engine.memo[key] = found
    return found


def open_rows(report: Report) -> list[ReportDeadline]:
    return [d for d in report.deadlines if d.completed_at is None]


def end_stages(report: Report, stages: Iterable[str], at: datetime, *, by: str) -> None:
    """Close the open clocks of ``stages``; the action ``by`` decides which duties it meets
    (``console.sla.missed_duty`` sets the report's "trễ hạn" flag)."""
    stages = tuple(stages)
    rows = open_rows(report)
    field_check = any(r.stage == "return_field_check" for r in rows)
    for row in rows:
        if row.stage in stages:
            row.completed_at = at
            if missed_duty(row.stage, row.due_at, at, by, field_check=field_check):
                row.missed = report.late = True


def start_for_events(
    session: Session,
    engine: DeadlineEngine,
    report: Report,
    events: Iterable[str],
    at: datetime,
) -> None:
    """Start every stage whose clock counts from one of ``events`` (if not already running)."""
    for stage, due, warn in stages_to_start(
        engine,
        events,
        at,
        category=report.category.code if report.category else None,
        emergency=report.emergency,
        running=[d.stage for d in open_rows(report)],
        received_at=report.received_at,
    ):
        row = ReportDeadline(
            stage=stage,
            unit_id=report.current_unit_id,
            started_at=at,
            due_at=due,
            warn_at=warn,
            paused_seconds=0,
        )
        report.deadlines.append(row)
        session.add(row)


def reopen_stage(report: Report, stage: str) -> bool:
    """Open the last finished row of ``stage`` again (rework continues the same deadline);
    nothing to do while it still runs (a handling clock that runs through approval)."""
    if any(d.stage == stage for d in open_rows(report)):
        return False
    done = [d for d in report.deadlines if d.stage == stage and d.completed_at is not None]
    if not done:
        return False
    done[-1].completed_at = None
    return True


def start_stage(
    session: Session, engine: DeadlineEngine, report: Report, stage: str, start: datetime
) -> ReportDeadline | None:
    """Start ``stage``'s clock by hand (a MANUAL_STAGES one) from ``start``, the time of the
    event it counts from; None when the profile has no such clock."""
    clock = engine.clock(
        stage,
        category=report.category.code if report.category else None,
        emergency=report.emergency,
        received_at=report.received_at,
    )
    if clock is None:
        return None
    due, warn = engine.due_and_warn(clock, start)
    row = ReportDeadline(
        stage=stage,
        unit_id=report.current_unit_id,
        started_at=start,
        due_at=due,
        warn_at=warn,
        paused_seconds=0,
    )
    report.deadlines.append(row)
    session.add(row)
    return row


def resume(engine: DeadlineEngine, report: Report, at: datetime) -> None:
    """The citizen supplemented: credit every open clock with the time it stood still."""
    if report.paused_at is None:
        return
    category = report.category.code if report.category else None
    for row in open_rows(report):
        if row.original_due_at is not None:
            continue  # a committed date is a date, not a clock
        clock = engine.clock(
            row.stage, category=category, emergency=report.emergency, received_at=report.received_at
        )
        if clock is None:
            continue
        row.paused_seconds += round(engine.pause_credit(clock, report.paused_at, at))
        row.due_at = engine.due(clock, row.started_at, credit_seconds=row.paused_seconds)
        row.warn_at = engine.warn_time(clock, row.started_at, row.due_at)
    report.paused_at = None


def extend_stage(
    engine: DeadlineEngine, report: Report, stage: str, committed: datetime
) -> tuple[datetime, datetime]:
    row = next((d for d in open_rows(report) if d.stage == stage), None)
    if row is None or row.due_at is None:
        raise InvalidValueError("Không có thời hạn xử lý đang chạy để gia hạn")
    row.due_at, row.original_due_at = extend(row.due_at, row.original_due_at, committed)
    clock = engine.clock(
        stage,
        category=report.category.code if report.category else None,
        emergency=report.emergency,
        received_at=report.received_at,
    )
    if clock is not None:
        row.warn_at = engine.warn_time(clock, row.started_at, row.due_at)
    return row.due_at, row.original_due_at


def headline_rank(stage: str) -> int | None:
    """Which open stage is the report's deadline: lowest rank first, None never."""
    if stage in REMINDER_STAGES or stage in SIDE_STAGES:
        return None
    return 1 if stage in CONDITIONAL_STAGES else 0


def refresh_current(report: Report) -> None:
    """The report's own (stage, due_at): the open stage due first, reminders and
    conditional clocks aside unless nothing else runs."""
    rows = [
        (rank, d)
        for d in open_rows(report)
        if d.due_at and (rank := headline_rank(d.stage)) is not None
    ]
    if not rows:
        report.stage, report.due_at, report.warn_at = None, None, None
        return
    _, first = min(rows, key=lambda r: (r[0], r[1].due_at, r[1].id or 0))
    report.stage, report.due_at, report.warn_at = first.stage, first.due_at, first.warn_at
