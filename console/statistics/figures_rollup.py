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

from sqlalchemy import String, and_, func, select, type_coerce
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
from console.statistics.facts import Facts
from console.statistics.figures import Counts, Figures, HoldingRow, Row, StageRow, TrendPoint
from console.statistics.period import Period
from console.statistics.rollup import SD, SR, load_facts
from console.statistics.sql import CONDITIONAL, DL, IOC_STAGES, NOT_OPEN, R
from console.statistics.tally import US_PER_HOUR, make_counts
from console.worktime import WorkCalendar

_COUNTED = ("received", "rejected", "redirected", "answered_directly", "forwarded", "returned",
            "resolved", "answered", "on_time", "late", "open", "extensions", "reopened", "rated")
_BREAKDOWNS = ("t", "c", "h", "a", "u")


def rollup_figures(session: Session, profile: Profile, period: Period, *,
                   unit_code: str | None = None, now: datetime, calendar: WorkCalendar,
                   min_reports: int, detail: bool = True) -> Figures:
    units = {uid: (code, name, getattr(kind, "value", str(kind)))
             for uid, code, name, kind in session.execute(
                 select(Unit.id, Unit.code, Unit.name, Unit.kind).order_by(Unit.id))}
    scope = 0
    if unit_code is not None:
        scope = next((uid for uid, u in units.items() if u[0] == unit_code), 0)
        if not scope:
            raise InvalidValueError("Không có đơn vị mã '{code}'", code=unit_code)
    ioc_id = next((uid for uid, u in units.items() if u[2] == "ioc"), None)
    first, after = period.start, period.end + timedelta(days=1)
    in_period = and_(SD.c.scope == scope, SD.c.day >= first, SD.c.day < after)

    sums: dict[tuple[str, str], dict[str, int]] = {}
    for kind, key, *values in session.execute(
            select(SD.c.kind, SD.c.key, *(func.sum(SD.c[n]) for n in SUM_FIELDS))
            .where(in_period, SD.c.kind != "v").group_by(SD.c.kind, SD.c.key)):
        sums[kind, key] = {n: int(v or 0) for n, v in zip(SUM_FIELDS, values, strict=True)}
    live = _Live(session, scope, period, now, calendar, ioc_id)
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
            code, name = names.get(key) or ((key, key) if key and column == "area"
                                            else (NONE_KEY, _unknown(column)))
            out.append(Row(code, name, counts(kind, key)))
        return sorted(out, key=lambda r: (-r.counts.received, r.key))

    categories = {str(i): (c, n) for i, c, n in session.execute(
        select(Category.id, Category.code, Category.name))}
    channels = {str(i): (c, n) for i, c, n in session.execute(
        select(Channel.id, Channel.code, Channel.name))}
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
        profile_key=profile.key, period=period, unit_code=unit_code, generated_at=now,
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
    breakdown key), running clocks past due per stage, and the hours of running holds."""

    def __init__(self, session: Session, scope: int, period: Period, now: datetime,
                 calendar: WorkCalendar, ioc_id: int | None) -> None:
        self.overdue: Counter[tuple[str, str]] = Counter()
        self.stage_overdue: Counter[str] = Counter()
        self.held_us: Counter[int] = Counter()
        start, end = period.bounds()
        clocks = session.execute(
            select(DL.c.report_id, DL.c.stage, DL.c.unit_id)
            .join(R, R.c.id == DL.c.report_id)
            .where(DL.c.completed_at.is_(None), DL.c.due_at < now,
                   DL.c.stage.not_in(CONDITIONAL), R.c.paused_at.is_(None),
                   type_coerce(R.c.status, String).not_in(NOT_OPEN),
                   R.c.received_at >= start, R.c.received_at < end)).all()
        facts = _load(session, {rid for rid, _s, _u in clocks})
        seen: set[int] = set()
        for rid, stage, unit_id in clocks:
            f = facts.get(rid)
            if f is None or (scope and not f.held_by(scope)):
                continue
            charged = ioc_id if stage in IOC_STAGES else unit_id
            if not scope or charged == scope:
                self.stage_overdue[stage] += 1
            if rid not in seen:
                seen.add(rid)
                for key in _keys(f):
                    self.overdue[key] += 1
        first, after = period.start, period.end + timedelta(days=1)
        holding = select(SR.c.report_id, SR.c.hold_unit_id, SR.c.hold_since, SR.c.day,
                         SR.c.facts).where(SR.c.hold_unit_id.is_not(None), SR.c.day >= first,
                                           SR.c.day < after)
        for rid, unit, since, day, text in session.execute(holding):
            if scope and not Facts.loads(rid, day, unit, since, text).held_by(scope):
                continue
            self.held_us[unit] += calendar.working_us_between(since, now)


def _keys(f: Facts) -> list[tuple[str, str]]:
    """The breakdown rows a report counts in."""
    keys = [("t", ""), ("c", "" if f.category is None else str(f.category)),
            ("h", "" if f.channel is None else str(f.channel)), ("a", f.area or "")]
    keys += [("u", str(u.unit_id)) for u in f.units if u.held]
    return keys


def _load(session: Session, ids: set[int]) -> dict[int, Facts]:
    return load_facts(session, sorted(ids))


def _spans(session: Session, scope: int, first: date, after: date
           ) -> dict[tuple[str, str], list[int]]:
    """Every handled report's handling span, per breakdown key (for the median and p90)."""
    spans: dict[tuple[str, str], list[int]] = defaultdict(list)
    for rid, day, unit, since, text in session.execute(
            select(SR.c.report_id, SR.c.day, SR.c.hold_unit_id, SR.c.hold_since, SR.c.facts)
            .where(SR.c.day >= first, SR.c.day < after)):
        f = Facts.loads(rid, day, unit, since, text)
        if f.handling_us is None or (scope and not f.held_by(scope)):
            continue
        for key in _keys(f):
            spans[key].append(f.handling_us)
    return spans


def _stages(sums: dict[tuple[str, str], dict[str, int]], live: _Live) -> list[StageRow]:
    order = list(STAGE_LABELS)
    rows = [StageRow(stage, STAGE_LABELS.get(stage, stage), s["on_time"], s["late"],
                     live.stage_overdue[stage])
            for (kind, stage), s in sums.items() if kind == "s" and s["received"]]
    return sorted(rows, key=lambda r: (order.index(r.stage) if r.stage in order else 99,
                                       r.stage))


def _holdings(sums: dict[tuple[str, str], dict[str, int]], units: dict[int, tuple[str, str, str]],
              live: _Live) -> list[HoldingRow]:
    out = []
    for (kind, key), s in sums.items():
        if kind != "u" or not s["received"]:
            continue
        uid = int(key)
        code, name, _kind = units.get(uid, (key, key, ""))
        held = s["held_us"] + live.held_us[uid]
        out.append(HoldingRow(code, name, s["received"],
                              round(held / s["received"] / US_PER_HOUR, 2), s["bounces"],
                              s["charged"]))
    return sorted(out, key=lambda r: (-r.reports, r.unit_code))


def _trend(session: Session, scope: int, period: Period, first: date,
           after: date) -> list[TrendPoint]:
    """Received per day (the cohort's 't' rows) and resolved per day ('v' rows, by the day of
    the result, whatever the day of receipt)."""
    received: dict[date, int] = {}
    resolved: dict[date, int] = {}
    for kind, day, n_received, n_resolved in session.execute(
            select(SD.c.kind, SD.c.day, func.sum(SD.c.received), func.sum(SD.c.resolved))
            .where(SD.c.scope == scope, SD.c.day >= first, SD.c.day < after,
                   SD.c.key == "", SD.c.kind.in_(("t", "v")))
            .group_by(SD.c.kind, SD.c.day)):
        if kind == "t":
            received[_day(day)] = int(n_received or 0)
        else:
            resolved[_day(day)] = int(n_resolved or 0)
    days = [period.start + timedelta(days=i) for i in range(period.days)]
    return [TrendPoint(d, received.get(d, 0), resolved.get(d, 0)) for d in days]
