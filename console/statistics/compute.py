"""Compute the figures of a period (docs/statistics.md): grouped SQL, then a little Python.

Counts come from one GROUP BY per breakdown (console/statistics/sql.py). Working-hour spans
(handling time, time held) need the calendar, so they are computed in Python over two compact
columns per report, never over ORM objects.
"""

from __future__ import annotations

import statistics as pystats
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.errors import InvalidValueError
from console.models import Category, Channel, Unit
from console.profiles import Profile
from console.sla import STAGE_LABELS
from console.statistics import sql
from console.statistics.figures import (
    Counts,
    Figures,
    HoldingRow,
    RankRow,
    RatingRow,
    Row,
    StageRow,
    TrendPoint,
    rate,
)
from console.statistics.holdings import Hold, walk_holds
from console.statistics.period import Period
from console.worktime import WorkCalendar

MIN_REPORTS = 5  # finished reports a unit needs before it is ranked
ON_TIME_WEIGHT, SATISFACTION_WEIGHT = 0.7, 0.3
RANKING_RULE = (
    "Điểm = 0,7 × tỷ lệ đúng hạn + 0,3 × tỷ lệ hài lòng (tỷ lệ “{best}” trên số phản ánh được "
    "đánh giá; đơn vị chưa có đánh giá: điểm = tỷ lệ đúng hạn); chỉ xếp hạng đơn vị xử lý có "
    "từ {min} phản ánh đã kết thúc trở lên."
)
NO_RATING = "none"
NO_RATING_LABEL = "Chưa đánh giá"
NONE_KEY = ""
RANKED_KINDS = frozenset({"agency", "district", "team", "commune"})


def compute_figures(
    session: Session,
    profile: Profile,
    period: Period,
    *,
    unit_code: str | None = None,
    now: datetime,
    calendar: WorkCalendar,
    min_reports: int = MIN_REPORTS,
) -> Figures:
    units = {uid: (code, name, kind.value if hasattr(kind, "value") else str(kind))
             for uid, code, name, kind in session.execute(
                 select(Unit.id, Unit.code, Unit.name, Unit.kind).order_by(Unit.id))}
    unit_id = None
    if unit_code is not None:
        unit_id = next((uid for uid, u in units.items() if u[0] == unit_code), None)
        if unit_id is None:
            raise InvalidValueError("Không có đơn vị mã '{code}'", code=unit_code)
    start, end = period.bounds()
    ioc_id = next((uid for uid, u in units.items() if u[2] == "ioc"), None)
    scope = sql.Scope(start, end, now, unit_id, ioc_id)
    late = sql.unit_late(scope) if unit_id is not None else sql.report_late()

    holds = walk_holds(session.execute(sql.hold_events(scope)).all(), now, calendar)
    hours = _handling_hours(session, scope, calendar)

    def rows(key: Any, names: dict[Any, tuple[str, str]], by_key: dict[int, Any]) -> list[Row]:
        out = []
        for k, *values in session.execute(sql.grouped(scope, key, late=late)):
            code, name = names.get(k, (NONE_KEY, _unknown(key)))
            spans = [h for rid, h in hours.items() if by_key.get(rid) == k]
            out.append(Row(code, name, _counts(values, spans)))
        return sorted(out, key=lambda r: (-r.counts.received, r.key))

    report_keys = _report_keys(session, scope)
    totals_row = session.execute(sql.grouped(scope, None, late=late)).one()
    totals = _counts(totals_row[1:], list(hours.values()))
    categories = {cid: (c, n) for cid, c, n in session.execute(
        select(Category.id, Category.code, Category.name))}
    channels = {cid: (c, n) for cid, c, n in session.execute(
        select(Channel.id, Channel.code, Channel.name))}
    by_category = rows(sql.R.c.category_id, categories, report_keys["category"])
    by_channel = rows(sql.R.c.channel_id, channels, report_keys["channel"])
    areas = {a: (a, a) for a in set(report_keys["area"].values()) if a}
    by_area = rows(sql.R.c.area, areas, report_keys["area"])

    by_unit = _by_unit(session, scope, units, holds, hours)
    ratings = _ratings(session, scope, profile)
    ranking = _ranking(session, scope, profile, units, by_unit, min_reports)
    return Figures(
        profile_key=profile.key,
        period=period,
        unit_code=unit_code,
        generated_at=now,
        totals=totals,
        stages=tuple(_stages(session, scope)),
        by_unit=tuple(by_unit),
        by_category=tuple(by_category),
        by_channel=tuple(by_channel),
        by_area=tuple(by_area),
        ratings=tuple(ratings),
        ranking=tuple(ranking),
        holdings=tuple(_holdings(session, scope, units, holds)),
        trend=tuple(_trend(session, scope, period)),
        ranking_rule=RANKING_RULE.format(best=_best_label(profile), min=min_reports),
        min_reports=min_reports,
    )


def _unknown(key: Any) -> str:
    name = getattr(key, "name", "")
    return {"category_id": "Chưa phân loại", "area": "Chưa xác định địa bàn"}.get(
        name, "Không xác định")


def _report_keys(session: Session, scope: sql.Scope) -> dict[str, dict[int, Any]]:
    """Each resolved cohort report's category, channel and area (for handling-time rows)."""
    q = (select(sql.R.c.id, sql.R.c.category_id, sql.R.c.channel_id, sql.R.c.area)
         .where(*scope.where(), sql.R.c.resolved_at.is_not(None)))
    keys: dict[str, dict[int, Any]] = {"category": {}, "channel": {}, "area": {}}
    for rid, cat, chan, area in session.execute(q):
        keys["category"][rid], keys["channel"][rid], keys["area"][rid] = cat, chan, area
    return keys


def _handling_hours(session: Session, scope: sql.Scope,
                    calendar: WorkCalendar) -> dict[int, float]:
    """Working hours from the first forwarding to the unit's result, per resolved report."""
    q = sql.handling_spans(scope).add_columns(sql.R.c.id)
    return {rid: calendar.working_hours_between(first, done)
            for first, done, rid in session.execute(q)}


def _counts(values: Sequence[Any], spans: Iterable[float]) -> Counts:
    fields = dict(zip(sql.COUNT_FIELDS, (int(v or 0) for v in values), strict=True))
    data = sorted(spans)
    mean = median = p90 = None
    if data:
        mean = round(sum(data) / len(data), 2)
        median = round(pystats.median(data), 2)
        p90 = round(data[0] if len(data) == 1 else
                    pystats.quantiles(data, n=10, method="inclusive")[8], 2)
    return Counts(**fields, handling_hours_mean=mean, handling_hours_median=median,
                  handling_hours_p90=p90)


def _by_unit(session: Session, scope: sql.Scope, units: dict[int, tuple[str, str, str]],
             holds: dict[int, list[Hold]], hours: dict[int, float]) -> list[Row]:
    held_reports: dict[int, set[int]] = defaultdict(set)
    for rid, hs in holds.items():
        for h in hs:
            held_reports[h.unit_id].add(rid)
    out = []
    for uid, *values in session.execute(sql.by_held_unit(scope)):
        code, name, _kind = units.get(uid, (str(uid), str(uid), ""))
        spans = [hours[rid] for rid in held_reports.get(uid, ()) if rid in hours]
        out.append(Row(code, name, _counts(values, spans)))
    return sorted(out, key=lambda r: (-r.counts.received, r.key))


def _stages(session: Session, scope: sql.Scope) -> list[StageRow]:
    order = list(STAGE_LABELS)
    rows = [StageRow(stage, STAGE_LABELS.get(stage, stage), int(a), int(b), int(c))
            for stage, a, b, c in session.execute(sql.stage_rows(scope))]
    return sorted(rows, key=lambda r: (order.index(r.stage) if r.stage in order else 99,
                                       r.stage))


def _ratings(session: Session, scope: sql.Scope, profile: Profile) -> list[RatingRow]:
    counts = {code: int(n) for code, n in session.execute(sql.rating_rows(scope))}
    answered = sum(counts.values())
    rows = [RatingRow(r.code, r.label, counts.get(r.code, 0), rate(counts.get(r.code, 0),
                      answered)) for r in profile.ratings]
    rows.append(RatingRow(NO_RATING, NO_RATING_LABEL, counts.get(None, 0),  # type: ignore[call-overload]
                          rate(counts.get(None, 0), answered)))  # type: ignore[call-overload]
    return rows


def _best_label(profile: Profile) -> str:
    return profile.ratings[0].label if profile.ratings else "Hài lòng"


def _ranking(session: Session, scope: sql.Scope, profile: Profile,
             units: dict[int, tuple[str, str, str]], by_unit: list[Row],
             min_reports: int) -> list[RankRow]:
    best = profile.ratings[0].code if profile.ratings else None
    rated: dict[int, int] = defaultdict(int)
    satisfied: dict[int, int] = defaultdict(int)
    for uid, rating, n in session.execute(sql.rating_by_unit(scope)):
        if rating is not None:
            rated[uid] += int(n)
            if rating == best:
                satisfied[uid] += int(n)
    ids = {code: uid for uid, (code, _n, _k) in units.items()}
    ranked = []
    for row in by_unit:
        uid = ids.get(row.key)
        c = row.counts
        closed = c.on_time + c.late
        if uid is None or units[uid][2] not in RANKED_KINDS or closed < min_reports:
            continue
        on_time = rate(c.on_time, closed) or 0.0
        sat = rate(satisfied[uid], rated[uid])
        score = on_time if sat is None else ON_TIME_WEIGHT * on_time + SATISFACTION_WEIGHT * sat
        ranked.append(RankRow(0, row.key, row.name, c.received, closed, round(on_time, 4),
                              None if sat is None else round(sat, 4), round(score, 4)))
    ranked.sort(key=lambda r: (-r.score, -(r.on_time_rate or 0), -r.received, r.unit_code))
    return [replace(r, rank=i) for i, r in enumerate(ranked, 1)]


def _holdings(session: Session, scope: sql.Scope, units: dict[int, tuple[str, str, str]],
              holds: dict[int, list[Hold]]) -> list[HoldingRow]:
    per_unit: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    bounces: dict[int, int] = defaultdict(int)
    for rid, hs in holds.items():
        for h in hs:
            per_unit[h.unit_id][rid] += h.hours
            bounces[h.unit_id] += h.bounced
    charged = {uid: int(n) for uid, n in session.execute(sql.charged(scope))}
    out = []
    for uid, reports in per_unit.items():
        code, name, _kind = units.get(uid, (str(uid), str(uid), ""))
        mean = round(sum(reports.values()) / len(reports), 2)
        out.append(HoldingRow(code, name, len(reports), mean, bounces[uid],
                              charged.get(uid, 0)))
    return sorted(out, key=lambda r: (-r.reports, r.unit_code))


def _trend(session: Session, scope: sql.Scope, period: Period) -> list[TrendPoint]:
    received_q, resolved_q = sql.trend_rows(session, scope)
    received = {_day(d): int(n) for d, n in session.execute(received_q)}
    resolved = {_day(d): int(n) for d, n in session.execute(resolved_q)}
    days = [period.start + timedelta(days=i) for i in range(period.days)]
    return [TrendPoint(d, received.get(d, 0), resolved.get(d, 0)) for d in days]


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
