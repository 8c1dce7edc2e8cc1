"""Stage clocks (DESIGN §3): due times, pauses, extensions, on-time / due-soon / overdue.

Pure logic over a profile and a working-time calendar: no database, no Qt. The services store
what this computes (report_deadlines) and the views show it.

A clock's time is measured in its own unit: working time for ``working_hours`` /
``working_days`` clocks, wall-clock time for ``hours`` and ``immediate`` ones. A pause
(``needs_info``) credits the clock with the time it stood still, in that same unit, so a deadline
can always be recomputed as ``start + amount + credit`` when the calendar changes.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from console.errors import InvalidValueError
from console.profiles import Clock, Profile
from console.worktime import WorkCalendar

_US_PER_HOUR = 3_600_000_000  # as console.worktime counts working time


class SlaState(StrEnum):
    NONE = "none"  # no clock runs for the current stage
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"  # less than due_soon_fraction of the stage's time left
    OVERDUE = "overdue"  # "trễ hạn"
    PAUSED = "paused"  # waiting for the citizen: the clock stands still


SLA_LABELS = {
    SlaState.NONE: "",
    SlaState.ON_TIME: "Trong hạn",
    SlaState.DUE_SOON: "Sắp đến hạn",
    SlaState.OVERDUE: "Trễ hạn",
    SlaState.PAUSED: "Tạm dừng",
}


# Each stage's name, as the detail pane and the statistics show it.
STAGE_LABELS = {
    "check": "Kiểm tra thông tin",
    "route": "Phân loại, chuyển xử lý",
    "accept": "Nhận xử lý",
    "return": "Trả lại nếu không đúng thẩm quyền",
    "return_field_check": "Trả lại (có kiểm tra thực tế)",
    "handle": "Xử lý",
    "notify_progress": "Thông báo tiến độ",
    "approve": "Phê duyệt kết quả",
    "verify": "Tổ kiểm tra kết quả",
    "publish": "Biên tập, trả lời",
    "consult": "Đơn vị được lấy ý kiến trả lời",
}


def is_working_clock(clock: Clock) -> bool:
    return clock.kind in ("working_hours", "working_days")


@dataclass(frozen=True)
class Remaining:
    """Time left on a stage's clock (negative when overdue), in the clock's own unit."""

    hours: float
    working: bool  # working hours (office time) or wall-clock hours
    daily_hours: float

    def span(self) -> tuple[int, int, int]:
        """(days, hours, minutes) of the time left or overdue; a day is a working day
        (the calendar's daily hours) on working clocks, 24 hours otherwise."""
        minutes = round(abs(self.hours) * 60)
        day = round(self.daily_hours * 60) if self.working else 24 * 60
        days, rest = divmod(minutes, day)
        hours, mins = divmod(rest, 60)
        return days, hours, mins

    @property
    def overdue(self) -> bool:
        return self.hours < 0

    def describe(self) -> str:
        """'còn 2 giờ 15 phút làm việc', 'quá hạn 1 ngày 2 giờ làm việc', 'còn 40 phút'.
        The interface language has its own (``console.views.label_text.remaining_text``)."""
        days, hours, mins = self.span()
        parts = []
        if days:
            parts.append(f"{days} ngày")
        if hours:
            parts.append(f"{hours} giờ")
        if mins or not parts:
            parts.append(f"{mins} phút")
        text = " ".join(parts) + (" làm việc" if self.working else "")
        return f"quá hạn {text}" if self.overdue else f"còn {text}"


# A category's handling clocks over time, oldest first: (in force from, clock or None for the
# profile's general one). Kept by the administrator (console/services/category_clocks.py).
CategoryClocks = dict[str, list[tuple[datetime, Clock | None]]]


class DeadlineEngine:
    """A province's clocks on its calendar: one instance serves every report."""

    def __init__(
        self,
        profile: Profile,
        calendar: WorkCalendar,
        category_clocks: CategoryClocks | None = None,
    ) -> None:
        self.profile = profile
        self.calendar = calendar
        self.category_clocks: CategoryClocks = category_clocks or {}
        # Derived lookups callers may cache per engine (e.g. which clocks an event starts).
        self.memo: dict[object, object] = {}

    def clock_version(self, category: str | None, received_at: datetime | None) -> int:
        """Which of the category's clocks a report received at ``received_at`` takes (an index
        into its history; -1 without one): a change applies to reports received after it,
        never to earlier ones. Without ``received_at``, the clock in force now."""
        history = self.category_clocks.get(category or "")
        if not history:
            return -1
        if received_at is None:
            return len(history) - 1
        return max(0, bisect_right([at for at, _ in history], received_at) - 1)

    def clock(
        self,
        stage: str,
        *,
        category: str | None,
        emergency: bool,
        received_at: datetime | None = None,
    ) -> Clock | None:
        """The clock of ``stage`` for a report, or None when the profile sets none."""
        if stage == "handle" and category is not None:
            if emergency and "handle" in self.profile.emergency_clocks:
                return self.profile.emergency_clocks["handle"]
            version = self.clock_version(category, received_at)
            if version >= 0:
                return self.category_clocks[category][version][1] or self.profile.clocks["handle"]
            try:
                return self.profile.handle_clock(category, emergency)
            except KeyError:  # a category added by the administrator, before any clock of its own
                return self.profile.clocks["handle"]
        if emergency and stage in self.profile.emergency_clocks:
            return self.profile.emergency_clocks[stage]
        return self.profile.clocks.get(stage)

    def due(self, clock: Clock, start: datetime, *, credit_seconds: float = 0) -> datetime:
        """When a stage that started at ``start`` is due, with ``credit_seconds`` of pauses."""
        credit_h = credit_seconds / 3600
        match clock.kind:
            case "working_hours":
                return self.calendar.add_working_hours(start, clock.amount + credit_h)
            case "working_days":
                hours = clock.amount * self.calendar.daily_hours + credit_h
                return self.calendar.add_working_hours(start, hours)
            case "hours":
                return start + timedelta(hours=clock.amount + credit_h)
            case "immediate":
                return start + timedelta(minutes=self.profile.emergency_minutes, hours=credit_h)
        raise ValueError(f"Loại thời hạn không hợp lệ: {clock.kind!r}")

    def stage_due(
        self,
        stage: str,
        start: datetime,
        *,
        category: str | None,
        emergency: bool,
        credit_seconds: float = 0,
        received_at: datetime | None = None,
    ) -> datetime | None:
        clock = self.clock(stage, category=category, emergency=emergency, received_at=received_at)
        if clock is None:
            return None
        return self.due(clock, start, credit_seconds=credit_seconds)

    def stage_times(
        self,
        stage: str,
        start: datetime,
        *,
        category: str | None,
        emergency: bool,
        credit_seconds: float = 0,
        received_at: datetime | None = None,
    ) -> tuple[datetime, datetime] | None:
        """(due, warn) of a stage, or None without a clock."""
        clock = self.clock(stage, category=category, emergency=emergency, received_at=received_at)
        if clock is None:
            return None
        return self.due_and_warn(clock, start, credit_seconds=credit_seconds)

    def due_and_warn(
        self, clock: Clock, start: datetime, *, credit_seconds: float = 0
    ) -> tuple[datetime, datetime]:
        """(due, warn) from the clock's own length: no second walk over the calendar."""
        keep = 1 - self.profile.due_soon_fraction
        if is_working_clock(clock):
            hours = clock.working_hours(self.calendar.daily_hours) or 0.0
            hours += credit_seconds / 3600
            return self.calendar.add_working_hours_pair(start, hours, hours * keep)
        due = self.due(clock, start, credit_seconds=credit_seconds)
        return due, start + (due - start) * keep

    def working_spans(self, clock: Clock) -> tuple[int, int] | None:
        """The working microseconds ``due_and_warn`` adds to a start's position for the due
        and the warn times (no pause credit), or None for a clock of wall time."""
        if not is_working_clock(clock):
            return None
        keep = 1 - self.profile.due_soon_fraction
        hours = clock.working_hours(self.calendar.daily_hours) or 0.0
        return round(hours * _US_PER_HOUR), round(hours * keep * _US_PER_HOUR)

    def elapsed_hours(self, clock: Clock, start: datetime, end: datetime) -> float:
        """Clock time between two instants (working or wall, as the clock counts)."""
        if is_working_clock(clock):
            return self.calendar.working_hours_between(start, end)
        return (end - start).total_seconds() / 3600

    def warn_time(self, clock: Clock, start: datetime, due_at: datetime) -> datetime:
        """The instant after which the stage is due soon (less than the fraction left)."""
        keep = 1 - self.profile.due_soon_fraction
        if is_working_clock(clock):
            total = self.calendar.working_hours_between(start, due_at)
            return self.calendar.add_working_hours(start, max(0.0, total * keep))
        return start + (due_at - start) * keep

    def pause_credit(self, clock: Clock, paused_at: datetime, resumed_at: datetime) -> float:
        """Seconds of clock time that passed while the report waited for the citizen."""
        return max(0.0, self.elapsed_hours(clock, paused_at, resumed_at) * 3600)

    def remaining(self, clock: Clock, due_at: datetime, now: datetime) -> Remaining:
        return Remaining(
            self.elapsed_hours(clock, now, due_at),
            is_working_clock(clock),
            self.calendar.daily_hours,
        )

    @staticmethod
    def stored_state(
        due_at: datetime | None,
        warn_at: datetime | None,
        now: datetime,
        *,
        running: bool,
        paused: bool,
    ) -> SlaState:
        """What ``state`` says, read from a report's stored due and warn times (``due_and_warn``
        wrote them): no walk over the calendar, so a queue of thousands stays cheap.
        ``running``: the report's status runs a clock; ``paused``: it waits for the citizen."""
        if due_at is None:
            return SlaState.NONE
        if paused:
            return SlaState.PAUSED
        if not running:
            return SlaState.NONE
        if now > due_at:
            return SlaState.OVERDUE
        if warn_at is not None and now >= warn_at:
            return SlaState.DUE_SOON
        return SlaState.ON_TIME

    def state(
        self,
        clock: Clock | None,
        started_at: datetime,
        due_at: datetime | None,
        now: datetime,
        *,
        paused: bool = False,
    ) -> SlaState:
        """On time, due soon (< 25 % of the stage's time left), overdue, or paused."""
        if clock is None or due_at is None:
            return SlaState.NONE
        if paused:
            return SlaState.PAUSED
        if now > due_at:
            return SlaState.OVERDUE
        total = self.elapsed_hours(clock, started_at, due_at)
        left = self.elapsed_hours(clock, now, due_at)
        if total <= 0 or left < self.profile.due_soon_fraction * total:
            return SlaState.DUE_SOON
        return SlaState.ON_TIME


# Clocks that bind only when their condition happens (the "missed duty" rule):
# "return it if not ours" binds only a unit that returns the report (TN Điều 8 Bước 2, ĐL Bước
# 3.2, TG Điều 9.1.d), and its 1-day window gives way to 3 days once a field check is recorded;
# the progress notice binds only a unit that needs more time than the handling deadline and
# says so (TG Điều 9.1.b, ĐL Bước 3.2, TN Điều 8 Bước 3): a result in time needs no notice.
CONDITIONAL_DUTIES: dict[str, frozenset[str]] = {
    "return": frozenset({"return_to_ioc", "return_to_team"}),
    "return_field_check": frozenset({"return_to_ioc", "return_to_team"}),
    "notify_progress": frozenset({"post_progress", "request_extension"}),
}


def missed_duty(
    stage: str,
    due_at: datetime | None,
    ended_at: datetime,
    ended_by: str,
    *,
    field_check: bool = False,
) -> bool:
    """Does ending ``stage`` at ``ended_at`` by the action ``ended_by`` make the report late?

    The one rule for the "trễ hạn" flag: a binding clock ended after its due time, or a
    conditional clock whose condition happened (see CONDITIONAL_DUTIES) and was missed.
    ``field_check``: the unit recorded a visit to the site, so the 3-day return window
    applies instead of the 1-day one.
    """
    if due_at is None or ended_at <= due_at:
        return False
    duties = CONDITIONAL_DUTIES.get(stage)
    if duties is None:
        return True
    if ended_by not in duties:
        return False
    return not (stage == "return" and field_check)


def extend(
    due_at: datetime, original_due_at: datetime | None, committed: datetime
) -> tuple[datetime, datetime]:
    """An approved extension: (new due, original due kept on record). The first original stays."""
    if committed <= due_at:
        raise InvalidValueError("Ngày cam kết phải sau thời hạn hiện tại")
    return committed, original_due_at or due_at
