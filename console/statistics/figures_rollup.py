"""The figures of a period read from the roll-up: a few hundred summed rows, plus "now".

``stat_daily`` holds, per day, everything that does not move with the clock; two small live
reads add what does: the reports open past a binding deadline now (the running clocks' index)
and the hours of holds still running. The handling-time median and 90th percentile need every
report's span: ``detail=True`` reads them from ``stat_reports`` (the report documents); the
dashboard, which does not show them, leaves them out. Same answers as compute.py's recount
(tests/test_statistics_rollup.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from console.errors import InvalidValueError
from console.models import Category, Channel, Unit
from console.models.stats import SUM_FIELDS
from console.profiles import Profile
from console.sla import STAGE_LABELS
from console.statistics.compute import (
    NONE_KEY,
    RANKING_RULE,
    _best_label,
    _day,
    _ranking,
    _ratings,
    _unknown,
)
from console.statistics.facts import parse_running
from console.statistics.figures import Counts, Figures, HoldingRow, Row, StageRow, TrendPoint
from console.statistics.period import Period
from console.statistics.rollup import (
    SD,
    SR,
    held_by_scope,
    held_units,
    position,
    report_keys,
)
from console.statistics.tally import US_PER_HOUR, make_counts
from console.worktime import WorkCalendar

_COUNTED = (
    "received",
    "rejected",
    "redirected",
    "answered_directly",
    "forwarded",
    "returned",
    "resolved",
    "answered",
    "on_time",
    "late",
    "open",
    "extensions",
    "reopened",
    "rated",
)
_BREAKDOWNS = ("t", "c", "h", "a", "u")


def rollup_figures(
    session: Session,
    profile: Profile,
    period: Period,
    *,
    unit_code: str | None = None,
    now: datetime,
    calendar: WorkCalendar,
    min_reports: int,
    detail: bool = True,
) -> Figures:
    units = {
        uid: (code, name, getattr(kind, "value", str(kind)))
        for uid, code, name, kind in session.execute(
            select(Unit.id, Unit.code, Unit.name, Unit.kind).order_by(Unit.id)
        )
    }
    scope = 0
    if unit_code is not None:
        scope = next((uid for uid, u in units.items() if u[0] == unit_code), 0)
        if not scope:
            raise InvalidValueError("Không có đơn vị mã '{code}'", code=unit_code)
    first, after = period.start, period.end + timedelta(days=1)
    in_period = and_(SD.c.scope == scope, SD.c.day >= first, SD.c.day < after)

    sums: dict[tuple[str, str], dict[str, int]] = {}
    for kind, key, *values in session.execute(
        select(SD.c.kind, SD.c.key, *(func.sum(SD.c[n]) for n in SUM_FIELDS))
        .where(in_period, SD.c.kind != "v")
        .group_by(SD.c.kind, SD.c.key)
    ):
        sums[kind, key] = {n: int(v or 0) for n, v in zip(SUM_FIELDS, values, strict=True)}
    live = _Live(session, scope, period, now, calendar)
    spans = _spans(session, scope, first, after) if detail else {}

    def counts(kind: str, key: str) -> Counts:
        s = sums.get((kind, key)) or dict.fromkeys(SUM_FIELDS, 0)
        fields = {n: s[n] for n in _COUNTED}
        fields["overdue_open"] = live.overdue[kind, key]
        c = make_counts(fields, spans.get((kind, key), ()))
        if not detail and s["hours_n"]:
            c = _with_mean(c, s["hours_us"], s["hours_n"])
        return c

    def rows(kind: str, names: dict[str, tuple[str, str]], column: str) -> list[Row]:
        out = []
        for k, key in sums:
            if k != kind or not sums[k, key]["received"]:
                continue
            code, name = names.get(key) or (
                (key, key) if key and column == "area" else (NONE_KEY, _unknown(column))
            )
            out.append(Row(code, name, counts(kind, key)))
        return sorted(out, key=lambda r: (-r.counts.received, r.key))

    categories = {
        str(i): (c, n)
        for i, c, n in session.execute(select(Category.id, Category.code, Category.name))
    }
    channels = {
        str(i): (c, n)
        for i, c, n in session.execute(select(Channel.id, Channel.code, Channel.name))
    }
    unit_names = {str(uid): (u[0], u[1]) for uid, u in units.items()}
    by_unit = rows("u", unit_names, "unit_id")
    rated: dict[int, Counter[Any]] = defaultdict(Counter)
    ratings: Counter[Any] = Counter()
    for (kind, key), s in sums.items():
        if kind == "r" and s["answered"]:
            ratings[key or None] += s["answered"]
        elif kind == "q" and s["answered"]:
            uid, _, rating = key.partition(":")
            rated[int(uid)][rating or None] += s["answered"]
    totals = counts("t", "")
    return Figures(
        profile_key=profile.key,
        period=period,
        unit_code=unit_code,
        generated_at=now,
        totals=totals,
        stages=tuple(_stages(sums, live)),
        by_unit=tuple(by_unit),
        by_category=tuple(rows("c", categories, "category_id")),
        by_channel=tuple(rows("h", channels, "channel_id")),
        by_area=tuple(rows("a", {}, "area")),
        ratings=tuple(_ratings(ratings, profile)),
        ranking=tuple(_ranking(profile, units, by_unit, rated, min_reports)),
        holdings=tuple(_holdings(sums, units, live)),
        trend=tuple(_trend(session, scope, period, first, after)),
        ranking_rule=RANKING_RULE.format(best=_best_label(profile), min=min_reports),
        min_reports=min_reports,
    )


def _with_mean(c: Counts, total_us: int, n: int) -> Counts:
    return replace(c, handling_hours_mean=round(total_us / n / US_PER_HOUR, 2))


class _Live:
    """What moves with the clock, for the cohort: reports open past a binding deadline (per
    breakdown key), running clocks past due per stage, and the working time of running holds.
    Read from stat_reports' columns through their partial indexes: a few thousand rows at most
    (the reports open now), never a report's facts."""

    def __init__(
        self, session: Session, scope: int, period: Period, now: datetime, calendar: WorkCalendar
    ) -> None:
        self.overdue: Counter[tuple[str, str]] = Counter()
        self.stage_overdue: Counter[str] = Counter()
        self.held_us: Counter[int] = Counter()
        first, after = period.start, period.end + timedelta(days=1)
        in_cohort = [SR.c.day >= first, SR.c.day < after]
        if scope:
            in_cohort.append(held_by_scope(scope))
        for cat, chan, area, units, running in session.execute(
            select(SR.c.category_id, SR.c.channel_id, SR.c.area, SR.c.units, SR.c.running).where(
                SR.c.overdue_from.is_not(None), SR.c.overdue_from < now, *in_cohort
            )
        ):
            for key in (*report_keys(cat, chan, area), *(("u", u) for u in held_units(units))):
                self.overdue[key] += 1
            for stage, charged, due in parse_running(running):
                if due < now and (not scope or charged == scope):
                    self.stage_overdue[stage] += 1
        here = position(calendar, now)
        for unit, n, total in session.execute(
            select(SR.c.hold_unit_id, func.count(), func.sum(SR.c.hold_pos))
            .where(SR.c.hold_unit_id.is_not(None), *in_cohort)
            .group_by(SR.c.hold_unit_id)
        ):
            self.held_us[unit] = int(n) * here - int(total)


def _spans(
    session: Session, scope: int, first: date, after: date
) -> dict[tuple[str, str], list[int]]:
    """Every handled report's handling span, per breakdown key (for the median and p90), from
    the covering index of the handled reports."""
    spans: dict[tuple[str, str], list[int]] = defaultdict(list)
    cond = [SR.c.handling_us.is_not(None), SR.c.day >= first, SR.c.day < after]
    if scope:
        cond.append(held_by_scope(scope))
    for us, cat, chan, area, units in session.execute(
        select(SR.c.handling_us, SR.c.category_id, SR.c.channel_id, SR.c.area, SR.c.units).where(
            *cond
        )
    ):
        for key in (*report_keys(cat, chan, area), *(("u", u) for u in held_units(units))):
            spans[key].append(us)
    return spans


def _stages(sums: dict[tuple[str, str], dict[str, int]], live: _Live) -> list[StageRow]:
    order = list(STAGE_LABELS)
    rows = [
        StageRow(
            stage,
            STAGE_LABELS.get(stage, stage),
            s["on_time"],
            s["late"],
            live.stage_overdue[stage],
        )
        for (kind, stage), s in sums.items()
        if kind == "s" and s["received"]
    ]
    return sorted(rows, key=lambda r: (order.index(r.stage) if r.stage in order else 99, r.stage))


def _holdings(
    sums: dict[tuple[str, str], dict[str, int]], units: dict[int, tuple[str, str, str]], live: _Live
) -> list[HoldingRow]:
    out = []
    for (kind, key), s in sums.items():
        if kind != "u" or not s["received"]:
            continue
        uid = int(key)
        code, name, _kind = units.get(uid, (key, key, ""))
        held = s["held_us"] + live.held_us[uid]
        out.append(
            HoldingRow(
                code,
                name,
                s["received"],
                round(held / s["received"] / US_PER_HOUR, 2),
                s["bounces"],
                s["charged"],
            )
        )
    return sorted(out, key=lambda r: (-r.reports, r.unit_code))


def _trend(
    session: Session, scope: int, period: Period, first: date, after: date
) -> list[TrendPoint]:
    """Received per day (the cohort's 't' rows) and resolved per day ('v' rows, by the day of
    the result, whatever the day of receipt)."""
    received: dict[date, int] = {}
    resolved: dict[date, int] = {}
    for kind, day, n_received, n_resolved in session.execute(
        select(SD.c.kind, SD.c.day, func.sum(SD.c.received), func.sum(SD.c.resolved))
        .where(
            SD.c.scope == scope,
            SD.c.day >= first,
            SD.c.day < after,
            SD.c.key == "",
            SD.c.kind.in_(("t", "v")),
        )
        .group_by(SD.c.kind, SD.c.day)
    ):
        if kind == "t":
            received[_day(day)] = int(n_received or 0)
        else:
            resolved[_day(day)] = int(n_resolved or 0)
    days = [period.start + timedelta(days=i) for i in range(period.days)]
    return [TrendPoint(d, received.get(d, 0), resolved.get(d, 0)) for d in days]
