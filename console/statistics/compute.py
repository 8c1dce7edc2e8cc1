"""Compute the figures of a period (docs/statistics.md): each table read once, then Python.

Per call, one compact row per cohort report, one ordered pass over the history entries that
matter (holds and counted actions), and the stage clocks that missed or run overdue
(console/statistics/sql.py); every breakdown is then a Counter over small fact tuples
(console/statistics/tally.py). Re-deriving the per-report facts in one GROUP BY per breakdown
cost seconds at 100,000 reports. Working-hour spans need the calendar, so they are Python.
"""

from __future__ import annotations

from collections import Counter, defaultdict
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
    Figures,
    HoldingRow,
    RankRow,
    RatingRow,
    Row,
    StageRow,
    TrendPoint,
    rate,
)
from console.statistics.holdings import Walk, walk_history
from console.statistics.period import Period
from console.statistics.tally import US_PER_HOUR, Tally, base_facts, make_counts
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
    units = {
        uid: (code, name, kind.value if hasattr(kind, "value") else str(kind))
        for uid, code, name, kind in session.execute(
            select(Unit.id, Unit.code, Unit.name, Unit.kind).order_by(Unit.id)
        )
    }
    unit_id = None
    if unit_code is not None:
        unit_id = next((uid for uid, u in units.items() if u[0] == unit_code), None)
        if unit_id is None:
            raise InvalidValueError("Không có đơn vị mã '{code}'", code=unit_code)
    start, end = period.bounds()
    ioc_id = next((uid for uid, u in units.items() if u[2] == "ioc"), None)
    scope = sql.Scope(start, end, now, unit_id, ioc_id)

    walk = walk_history(session.execute(sql.hold_events(scope)).all(), now, calendar)
    missed: set[tuple[int, Any]] = set()
    overdue: set[int] = set()
    for rid, charged_to, was_missed, is_overdue in session.execute(sql.deadline_flags(scope)):
        if was_missed:
            missed.add((rid, charged_to))
        if is_overdue:
            overdue.add(rid)

    keys = {"category": Tally(), "channel": Tally(), "area": Tally(), "total": Tally()}
    facts: dict[int, tuple[tuple[int, ...], bool, int | None, bool, Any]] = {}
    received_per_day: Counter[date] = Counter()
    ratings: Counter[Any] = Counter()
    for (
        rid,
        cat,
        chan,
        area,
        status,
        resolved_at,
        published,
        not_paused,
        late,
        rating,
        day,
        n_ext,
    ) in session.execute(sql.report_rows(session, scope)).all():
        base = base_facts(
            status,
            resolved_at is not None,
            published,
            not_paused,
            rating is not None,
            int(n_ext),
            rid in walk.forwarded,
            rid in walk.returned,
            rid in walk.reopened,
            rid in overdue,
        )
        finished = resolved_at is not None or status in sql.CLOSED
        first = walk.first_forward.get(rid)
        hours = (
            calendar.working_us_between(first, resolved_at)
            if resolved_at is not None and first is not None
            else None
        )
        is_late = (rid, unit_id) in missed if unit_id is not None else bool(late)
        for tally, key in (
            (keys["total"], None),
            (keys["category"], cat),
            (keys["channel"], chan),
            (keys["area"], area),
        ):
            tally.add(key, base, finished, is_late, hours)
        facts[rid] = (base, finished, hours, published, rating)
        received_per_day[_day(day)] += 1
        if published:
            ratings[rating] += 1

    categories = {
        cid: (c, n)
        for cid, c, n in session.execute(select(Category.id, Category.code, Category.name))
    }
    channels = {
        cid: (c, n) for cid, c, n in session.execute(select(Channel.id, Channel.code, Channel.name))
    }
    totals = keys["total"].counts().get(None) or make_counts(dict.fromkeys(sql.COUNT_FIELDS, 0), ())
    by_category = _rows(keys["category"], categories, "category_id")
    by_channel = _rows(keys["channel"], channels, "channel_id")
    by_area = _rows(keys["area"], {}, "area")
    by_unit, rated_by_unit = _by_unit(units, walk, facts, missed)
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
        ratings=tuple(_ratings(ratings, profile)),
        ranking=tuple(_ranking(profile, units, by_unit, rated_by_unit, min_reports)),
        holdings=tuple(_holdings(units, walk, missed)),
        trend=tuple(_trend(session, scope, period, received_per_day)),
        ranking_rule=RANKING_RULE.format(best=_best_label(profile), min=min_reports),
        min_reports=min_reports,
    )


def _rows(tally: Tally, names: dict[Any, tuple[str, str]], column: str) -> list[Row]:
    out = []
    for k, counts in tally.counts().items():
        if column == "area":
            code, name = (k, k) if k else (NONE_KEY, _unknown(column))
        else:
            code, name = names.get(k, (NONE_KEY, _unknown(column)))
        out.append(Row(code, name, counts))
    return sorted(out, key=lambda r: (-r.counts.received, r.key))


def _unknown(column: str) -> str:
    return {"category_id": "Chưa phân loại", "area": "Chưa xác định địa bàn"}.get(
        column, "Không xác định"
    )


_Facts = dict[int, tuple[tuple[int, ...], bool, int | None, bool, Any]]


def _by_unit(
    units: dict[int, tuple[str, str, str]], walk: Walk, facts: _Facts, missed: set[tuple[int, Any]]
) -> tuple[list[Row], dict[int, Counter[Any]]]:
    """Counts per unit over the reports it held (late: a missed stage charged to it), and
    its answered reports per rating (for the ranking)."""
    tally = Tally()
    rated: dict[int, Counter[Any]] = defaultdict(Counter)
    for uid, reports in walk.held.items():
        for rid in reports:
            got = facts.get(rid)
            if got is None:
                continue
            base, finished, hours, published, rating = got
            tally.add(uid, base, finished, (rid, uid) in missed, hours)
            if published:
                rated[uid][rating] += 1
    out = []
    for uid, counts in tally.counts().items():
        code, name, _kind = units.get(uid, (str(uid), str(uid), ""))
        out.append(Row(code, name, counts))
    return sorted(out, key=lambda r: (-r.counts.received, r.key)), rated


def _stages(session: Session, scope: sql.Scope) -> list[StageRow]:
    order = list(STAGE_LABELS)
    rows = [
        StageRow(stage, STAGE_LABELS.get(stage, stage), int(a), int(b), int(c))
        for stage, a, b, c in session.execute(sql.stage_rows(scope))
    ]
    return sorted(rows, key=lambda r: (order.index(r.stage) if r.stage in order else 99, r.stage))


def _ratings(counts: Counter[Any], profile: Profile) -> list[RatingRow]:
    answered = sum(counts.values())
    rows = [
        RatingRow(r.code, r.label, counts.get(r.code, 0), rate(counts.get(r.code, 0), answered))
        for r in profile.ratings
    ]
    rows.append(
        RatingRow(
            NO_RATING, NO_RATING_LABEL, counts.get(None, 0), rate(counts.get(None, 0), answered)
        )
    )
    return rows


def _best_label(profile: Profile) -> str:
    return profile.ratings[0].label if profile.ratings else "Hài lòng"


def _ranking(
    profile: Profile,
    units: dict[int, tuple[str, str, str]],
    by_unit: list[Row],
    rated_by_unit: dict[int, Counter[Any]],
    min_reports: int,
) -> list[RankRow]:
    best = profile.ratings[0].code if profile.ratings else None
    rated: dict[int, int] = defaultdict(int)
    satisfied: dict[int, int] = defaultdict(int)
    for uid, per_rating in rated_by_unit.items():
        for rating, n in per_rating.items():
            if rating is not None:
                rated[uid] += n
                if rating == best:
                    satisfied[uid] += n
    ids = {code: uid for uid, (code, _n, _k) in units.items()}
    ranked = []
    for row in by_unit:
        ranked_id = ids.get(row.key)
        c = row.counts
        closed = c.on_time + c.late
        if ranked_id is None or units[ranked_id][2] not in RANKED_KINDS or closed < min_reports:
            continue
        on_time = rate(c.on_time, closed) or 0.0
        sat = rate(satisfied[ranked_id], rated[ranked_id])
        score = on_time if sat is None else ON_TIME_WEIGHT * on_time + SATISFACTION_WEIGHT * sat
        ranked.append(
            RankRow(
                0,
                row.key,
                row.name,
                c.received,
                closed,
                round(on_time, 4),
                None if sat is None else round(sat, 4),
                round(score, 4),
            )
        )
    ranked.sort(key=lambda r: (-r.score, -(r.on_time_rate or 0), -r.received, r.unit_code))
    return [replace(r, rank=i) for i, r in enumerate(ranked, 1)]


def _holdings(
    units: dict[int, tuple[str, str, str]], walk: Walk, missed: set[tuple[int, Any]]
) -> list[HoldingRow]:
    charged: Counter[Any] = Counter(uid for _rid, uid in missed if uid is not None)
    out = []
    for uid, reports in walk.held.items():
        code, name, _kind = units.get(uid, (str(uid), str(uid), ""))
        mean = round(sum(reports.values()) / len(reports) / US_PER_HOUR, 2)
        out.append(
            HoldingRow(
                code, name, len(reports), mean, walk.bounces.get(uid, 0), charged.get(uid, 0)
            )
        )
    return sorted(out, key=lambda r: (-r.reports, r.unit_code))


def _trend(
    session: Session, scope: sql.Scope, period: Period, received: Counter[date]
) -> list[TrendPoint]:
    _received_q, resolved_q = sql.trend_rows(session, scope)
    resolved = {_day(d): int(n) for d, n in session.execute(resolved_q)}
    days = [period.start + timedelta(days=i) for i in range(period.days)]
    return [TrendPoint(d, received.get(d, 0), resolved.get(d, 0)) for d in days]


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
