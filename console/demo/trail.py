"""One demo report and its trail: the rows a report in a given state leaves in every table.

Built as plain tuples (column orders below) for the bulk inserts, every value already as the
databases store it (times as SQLAlchemy's text format, flags as 0/1, data as JSON text), so the
writer converts nothing; the stage clocks follow the services' own rules
(console.services.stages) so demo deadlines equal real ones. A report's code is numbered by the
writer (``number_reports``), so chunks can be built in any process.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from console import demo_text as txt
from console.db import Database
from console.demo.paths import STATUS_WEIGHTS, Step, path_to
from console.models import (
    Category,
    Channel,
    ReportStatus,
    Role,
    Unit,
    User,
)
from console.profiles import Profile, Rating
from console.search import fold, search_text
from console.services.calendar import load_calendar
from console.services.stages import clocks_started, ends_of, events_of, headline_rank
from console.sla import DeadlineEngine, missed_duty
from console.worktime import WorkCalendar

CHUNK = 20_000
_US_PER_HOUR = 3_600_000_000  # console.worktime's working microseconds
OPEN_WINDOW_DAYS = 8  # open work in a living centre is recent
OPEN_CAP = 20_000  # open reports in a big (benchmark) database
FINAL = frozenset(
    {
        ReportStatus.CLOSED,
        ReportStatus.REJECTED,
        ReportStatus.REDIRECTED,
        ReportStatus.ANSWERED_DIRECTLY,
        ReportStatus.PUBLISHED,
    }
)

# Mean working hours an actor takes for each action (exponential draws; some end up late).
_MEAN_HOURS = {
    "classify": 1.0,
    "forward": 2.0,
    "request_info": 1.0,
    "reject": 2.0,
    "redirect": 0.1,
    "answer_directly": 0.1,
    "delegate": 2.0,
    "accept": 3.0,
    "post_progress": 6.0,
    "submit_result": 14.0,
    "approve": 3.0,
    "publish": 2.5,
    "return_to_ioc": 3.0,
    "escalate": 6.0,
    "reopen": 2.0,
    "close": 8.0,
    "rate": 30.0,
    "add_feedback": 30.0,
}

# fmt: off
REPORT_COLS = (
    "id", "code", "channel_id", "category_id", "received_at", "occurred_at", "title",
    "description", "place", "latitude", "longitude", "area", "reporter_name",
    "reporter_honorific", "reporter_phone", "reporter_email", "reporter_address",
    "reporter_confidential", "restriction", "emergency", "flagged_wording", "status",
    "current_unit_id", "assignee_id", "stage", "due_at", "paused_at", "duplicate_of_id",
    "publication", "rating", "late", "created_by_id", "updated_at", "updated_by_id",
    "resolved_at", "published_at", "closed_at", "version", "warn_at", "search_text",
)
# The actions by which the services send a report to a unit (and name it in the history):
# intake to the IOC, routing, returns, escalation, reopening; in Đắk Lắk an approval also sends
# the result on to the district team (Bước 3.1.d).
MOVES = frozenset({"submit", "forward", "delegate", "return_to_ioc", "return_to_team",
                   "escalate", "reopen", "approve", "edit_and_approve"})
HISTORY_COLS = (
    "report_id", "at", "actor_id", "action", "from_status", "to_status", "unit_id", "note",
    "data", "version",
)
DEADLINE_COLS = (
    "report_id", "stage", "unit_id", "started_at", "due_at", "original_due_at", "completed_at",
    "paused_seconds", "warn_at", "missed",
)
NOTE_COLS = ("report_id", "unit_id", "author_id", "at", "text", "notify_citizen")
RESULT_COLS = (
    "report_id", "unit_id", "author_id", "submitted_at", "draft_text", "approved_text",
    "approved_by_id", "approved_at", "published_text", "published_by_id", "published_at",
    "publication",
)
FEEDBACK_COLS = ("report_id", "at", "text", "rating", "recorded_by_id")
# fmt: on
_RECEIVED = REPORT_COLS.index("received_at")
_SEARCH = REPORT_COLS.index("search_text")


_WORD = re.compile(r"[0-9a-z]+")  # console.search's word
_FOLDED: dict[str, str] = {}  # a word as written -> its folded words, joined


def _search_words(*parts: str) -> str:
    """search_text(…) of the parts without the code, from a memo of each word's folding: the
    demo's texts are made of a few thousand words, each folded once rather than in every
    report (console.search folds per letter, word by word the same)."""
    memo = _FOLDED
    out = []
    for part in parts:
        for word in part.split():
            folded = memo.get(word)
            if folded is None:
                if len(memo) > 200_000:  # phone numbers and the like do not repeat
                    memo.clear()
                folded = memo[word] = " ".join(_WORD.findall(fold(word)))
            if folded:
                out.append(folded)
    return " ".join(out)


def iso(at: datetime) -> str:
    """SQLAlchemy's own text form of a time on SQLite (always with microseconds: anything else
    would sort differently against bound parameters, "…:00" < "…:00.000000"); PostgreSQL's COPY
    reads it as well."""
    return at.isoformat(" ", "microseconds")


_DATA: dict[str, str] = {}  # {"rating": code} as JSON text, one string per code


def _rating_data(code: str) -> str:
    text = _DATA.get(code)
    if text is None:
        text = _DATA[code] = json.dumps({"rating": code}, ensure_ascii=False)
    return text


@dataclass
class Ctx:
    """Everything the per-report generator looks up, resolved once."""

    profile: Profile
    cal: WorkCalendar
    engine: DeadlineEngine
    rng: random.Random
    now: datetime
    span_days: float
    unit_ids: dict[str, int]
    unit_kinds: dict[str, str]
    ioc_code: str
    office_code: str
    categories: list[tuple[int, str, str, str]]  # id, code, topic, default unit code
    channels: list[int]
    channel_weights: list[float]
    areas: list[str]
    operators: list[int]
    staff: dict[tuple[str, str], int]  # (unit code, role) -> user id
    delegates: dict[str, list[str]]  # team code -> its units that have staff
    paths: dict[ReportStatus, list[Step]]
    statuses: list[ReportStatus]
    weights: list[float]
    rating_codes: tuple[str, str]  # satisfied, dissatisfied
    # Labels a citizen may give without the report coming back (and their weights), so the
    # dashboard's satisfaction differs between units as it would in a province.
    calm_ratings: tuple[tuple[str, ...], tuple[float, ...]] = ((), ())
    # (events, category, emergency) -> the stages they start: (stage, clock, working spans)
    clocks: dict[tuple, list] = field(default_factory=dict)
    ends: dict[str, tuple[str, ...]] = field(default_factory=dict)  # action -> stages it ends


@dataclass
class Rows:
    reports: list[tuple] = field(default_factory=list)
    history: list[tuple] = field(default_factory=list)
    deadlines: list[tuple] = field(default_factory=list)
    notes: list[tuple] = field(default_factory=list)
    results: list[tuple] = field(default_factory=list)
    feedback: list[tuple] = field(default_factory=list)


def make_context(db: Database, profile: Profile, n: int, seed: int, now: datetime) -> Ctx:
    with db.session() as s:
        unit_ids = {code: uid for code, uid in s.execute(select(Unit.code, Unit.id))}
        cats = [
            (c.id, c.code, c.topic, c.default_unit.code if c.default_unit else "")
            for c in s.scalars(select(Category).order_by(Category.sort_order))
        ]
        channels = list(s.scalars(select(Channel).order_by(Channel.id)))
        staff: dict[tuple[str, str], int] = {}
        operators: list[int] = []
        for user in s.scalars(select(User).where(User.active.is_(True))):
            for role in user.role_set:
                staff.setdefault((user.unit.code, role.value), user.id)
                if role is Role.OPERATOR:
                    operators.append(user.id)
    ioc_code = next(u.code for u in profile.units if u.kind == "ioc")
    paths = {st: p for st in ReportStatus if (p := path_to(st, profile)) is not None}
    statuses = list(paths)
    delegates = {
        u.code: [c.code for c in profile.children(u.code) if (c.code, "officer") in staff]
        for u in profile.units
        if u.kind == "team"
    }
    ratings = profile.ratings
    satisfied = ratings[0].code if ratings else ""
    dissatisfied = next((r.code for r in ratings if r.reopens), satisfied)
    # The hotline and the app bring most reports.
    channel_weights = [3.0 if ("hotline" in c.code or "app" in c.code) else 1.0 for c in channels]
    cal = load_calendar(db, profile)
    return Ctx(
        profile=profile,
        cal=cal,
        engine=DeadlineEngine(profile, cal),
        rng=random.Random(seed),
        now=now,
        span_days=max(120.0, n / 700.0),
        unit_ids=unit_ids,
        unit_kinds={u.code: u.kind for u in profile.units},
        ioc_code=ioc_code,
        office_code=next((u.code for u in profile.units if u.kind == "office"), ioc_code),
        categories=cats,
        channels=[c.id for c in channels],
        channel_weights=channel_weights,
        areas=[u.area for u in profile.units if u.area] or [profile.name],
        operators=operators or [None],  # type: ignore[list-item]
        staff=staff,
        delegates=delegates,
        paths=paths,
        statuses=statuses,
        weights=_weights(statuses, n),
        rating_codes=(satisfied, dissatisfied),
        calm_ratings=_calm_ratings(ratings),
    )


def _weights(statuses: list[ReportStatus], n: int) -> list[float]:
    """Status weights; a big database keeps a living centre's backlog (OPEN_CAP open reports)
    instead of the same share of open work as the small demo."""
    weights = [STATUS_WEIGHTS[st] for st in statuses]
    is_open = [st not in FINAL for st in statuses]
    open_w = sum(w for w, o in zip(weights, is_open, strict=True) if o)
    final_w = sum(weights) - open_w
    share = OPEN_CAP / n if n else 1.0
    if open_w / (open_w + final_w) <= share:
        return weights
    k = share * final_w / ((1 - share) * open_w)
    return [w * k if o else w for w, o in zip(weights, is_open, strict=True)]


def _actor(ctx: Ctx, role: str, unit_code: str) -> int | None:
    if role == "operator":
        return ctx.rng.choice(ctx.operators)
    if role == "supervisor":  # IOC-side: whatever unit the report is at
        return ctx.staff.get((ctx.ioc_code, role))
    return ctx.staff.get((unit_code, role)) or ctx.staff.get((unit_code, "officer"))


def _calm_ratings(ratings: Sequence[Rating]) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The labels that do not reopen: the best most often, the others less."""
    calm = [r.code for r in ratings if not r.reopens]
    weights = [0.7 if i == 0 else 0.3 / max(1, len(calm) - 1) for i in range(len(calm))]
    return tuple(calm), tuple(weights)


def _note(ctx: Ctx, step: Step, topic: str, place: str, satisfied: bool) -> str:
    rng = ctx.rng
    match step.action:
        case "request_info":
            return txt.request_info_message(rng)
        case "reject":
            return txt.reject_reason(rng)
        case "redirect":
            target = rng.choice(ctx.profile.not_accepted)
            return f"{target.name}: {target.guidance}"
        case "answer_directly":
            return txt.result_text(rng, topic, place)
        case "return_to_ioc":
            return txt.return_reason(rng)
        case "post_progress":
            return txt.progress_note(rng, topic)
        case "submit_result":
            return txt.result_text(rng, topic, place)
        case "rate" | "add_feedback":
            return txt.feedback_text(rng, satisfied)
        case "escalate":
            return (
                "Phản ánh liên quan nhiều cơ quan, chưa thống nhất phương án xử lý; "
                "báo cáo UBND xem xét, chỉ đạo."
            )
        case "reopen":
            return "Người phản ánh chưa hài lòng với kết quả; chuyển đơn vị xử lý lại."
    return ""


def one_report(ctx: Ctx, rid: int, rows: Rows) -> None:
    """Build one report and its trail into ``rows``.

    The report's row is a list whose code (index 1) is None and whose search text (last) lacks
    the code's words: ``number_reports`` fills both in the order the rows are written. History
    rows carry no id (the database numbers them in that order too)."""
    rng, prof, cal = ctx.rng, ctx.profile, ctx.cal
    status = rng.choices(ctx.statuses, ctx.weights)[0]
    steps = ctx.paths[status]
    cat_id, cat_code, topic, default_unit = rng.choice(ctx.categories)
    emergency = rng.random() < 0.03
    final = status in FINAL
    window = ctx.span_days if final else OPEN_WINDOW_DAYS
    received = ctx.now - timedelta(days=window * rng.random() ** (1.6 if final else 1.0))
    received = received.replace(microsecond=0)

    # Times of every step: working hours for staff, wall-clock time for the citizen. A
    # step's working position is carried to the next (cal.add_working_hours, without finding
    # each time's position again) and to the stage clocks it starts.
    times = [received]
    places: list[int | None] = [None]
    t = received
    here: int | None = None
    for step in steps[1:]:
        mean = _MEAN_HOURS.get(step.action, 2.0) * (0.25 if emergency else 1.0)
        hours = round(rng.expovariate(1.0 / mean), 2) + 0.05
        if step.action in ("rate", "add_feedback"):  # the citizen's own time
            t = t + timedelta(hours=hours)
            here = None
        else:
            if here is None:
                here = cal.position(t)
            here += round(hours * _US_PER_HOUR)  # hours >= 0.05: never the start itself
            t = cal.instant(here)
        times.append(t)
        places.append(here)
    if times[-1] > ctx.now:  # keep the whole trail in the past
        shift = times[-1] - ctx.now + timedelta(minutes=rng.randint(5, 240))
        times = [x - shift for x in times]
        places = [None] * len(times)
    received = times[0]
    ats = [x.isoformat(" ", "microseconds") for x in times]  # each step's time, once (iso)

    area = rng.choice(ctx.areas)
    place = txt.street_place(rng, area)
    title, description = txt.compose_report(rng, topic, place)
    name, honorific = txt.person_name(rng)
    phone = txt.phone_number(rng)
    email = txt.email_for(rng, name)
    satisfied = status is not ReportStatus.REOPENED

    unit_code = ctx.ioc_code
    open_stages: dict[str, list] = {}
    late = False
    history_rows = rows.history
    result_row: list | None = None
    published_at = resolved_at = closed_at = paused_at = None
    rating = None
    prev = None
    held_by = None  # the unit the last history entry sent the report to
    for version, (step, at) in enumerate(zip(steps, times, strict=True), start=1):
        at_s = ats[version - 1]
        to = step.to.value
        if step.unit == "handler":
            unit_code = default_unit
        elif step.unit == "ioc":
            unit_code = ctx.ioc_code
        elif step.unit == "office":
            unit_code = ctx.office_code
        elif step.unit == "delegate" and ctx.delegates.get(unit_code):
            unit_code = rng.choice(ctx.delegates[unit_code])
        field_check = "return_field_check" in open_stages
        ends = ctx.ends.get(step.action)
        if ends is None:
            ends = ctx.ends[step.action] = ends_of(step.action, prof)
        for stage in ends:
            row = open_stages.pop(stage, None)
            if row is not None:
                missed = missed_duty(stage, row[4], at, step.action, field_check=field_check)
                late = late or missed
                rows.deadlines.append(_deadline(row, at_s, missed))
        events = events_of(
            step.action,
            approval=prof.workflow["approval"],
            to_team=ctx.unit_kinds[unit_code] == "team",
        )
        for stage, due, warn in _stages_to_start(
            ctx, events, at, places[version - 1], cat_code, emergency, open_stages
        ):
            open_stages[stage] = [
                rid,
                stage,
                ctx.unit_ids[unit_code],
                at_s,
                due,
                None,
                None,
                0,
                warn,
                0,
            ]
        actor = _actor(ctx, step.role, unit_code)
        note = _note(ctx, step, topic, place, satisfied)
        data = None
        if step.action in ("rate", "add_feedback"):
            rating = ctx.rating_codes[1] or None
            if satisfied and ctx.calm_ratings[0]:  # its own stream: other values stay put
                rating = random.Random(rid * 31 + version).choices(*ctx.calm_ratings)[0]
            data = _rating_data(rating) if rating else None
            rows.feedback.append((rid, at_s, note, rating, None))
        elif step.action == "post_progress":
            rows.notes.append((rid, ctx.unit_ids[unit_code], actor, at_s, note, 0))
        elif step.action == "submit_result":
            # Without an approval stage the unit's result is the approved text (as the
            # services do).
            approved = None if prof.workflow["approval"] else note
            result_row = [
                rid,
                ctx.unit_ids[unit_code],
                actor,
                at_s,
                note,
                approved,
                None,
                at_s if approved else None,
                None,
                None,
                None,
                None,
            ]
            resolved_at = at_s
        elif step.action == "approve" and result_row is not None:
            result_row[5:8] = [result_row[4], actor, at_s]
        elif step.action == "publish" and result_row is not None:
            result_row[8:12] = [result_row[5], actor, at_s, None]  # mode set below
            published_at = at_s
        elif step.action == "request_info":
            paused_at = at_s
        elif step.action == "close":
            closed_at = at_s
        # As the services write it: a history entry names a unit only when the report moves
        # there (the statistics read those as holds), never the unit that merely acts.
        moves = step.action in ("submit", "reopen") or unit_code != held_by
        moved_to = ctx.unit_ids[unit_code] if moves and step.action in MOVES else None
        if moved_to is not None:
            held_by = unit_code
        history_rows.append(
            (
                rid,
                at_s,
                actor,
                step.action,
                prev,
                to,
                moved_to,
                note,
                data,
                version,
            )
        )
        prev = to
    confidential = rng.random() < 0.08
    publication = prof.publication["confidential_reporter" if confidential else "default"]
    if result_row is not None:
        if result_row[10] is not None:
            result_row[11] = publication
        rows.results.append(tuple(result_row))
    for row in open_stages.values():
        rows.deadlines.append(_deadline(row, None, False))
    current = min(
        (r for r in open_stages.values() if headline_rank(r[1]) is not None),
        key=lambda r: (headline_rank(r[1]), r[4]),
        default=None,
    )
    if status in (ReportStatus.REJECTED, ReportStatus.REDIRECTED, ReportStatus.ANSWERED_DIRECTLY):
        closed_at = ats[-1]
    last_actor = history_rows[-1][2]
    rows.reports.append(
        [
            rid,
            None,  # the code: number_reports
            rng.choices(ctx.channels, ctx.channel_weights)[0],
            cat_id,
            ats[0],
            iso(received - timedelta(minutes=rng.randint(10, 600))),
            title,
            description,
            place,
            None,
            None,
            area,
            name,
            honorific,
            phone,
            email,
            # its own stream, so adding the address left every other demo value as it was
            txt.home_address(random.Random(rid), area),
            int(confidential),
            "none",
            int(emergency),
            0,
            status.value,
            ctx.unit_ids[unit_code],
            None,
            current[1] if current else None,
            iso(current[4]) if current else None,
            paused_at if status is ReportStatus.NEEDS_INFO else None,
            None,
            publication if published_at else None,
            rating,
            int(late),
            history_rows[-len(steps)][2],
            ats[-1],
            last_actor,
            resolved_at,
            published_at,
            closed_at,
            len(steps),
            iso(current[8]) if current else None,
            _search_words(title, description, place, phone or ""),  # the code's words: later
        ]
    )


def _stages_to_start(
    ctx: Ctx,
    events: tuple[str, ...],
    at: datetime,
    here: int | None,
    category: str,
    emergency: bool,
    running: dict[str, list],
) -> list[tuple[str, datetime, datetime]]:
    """console.services.stages.stages_to_start, from the working position ``here`` of ``at``
    when known (found once for all the clocks ``at`` starts otherwise)."""
    if not events:
        return []
    key = (events, category, emergency)
    clocks = ctx.clocks.get(key)
    if clocks is None:
        clocks = ctx.clocks[key] = [
            (stage, clock, ctx.engine.working_spans(clock))
            for stage, clock in clocks_started(
                ctx.engine, events, category=category, emergency=emergency
            )
        ]
    started = []
    cal = ctx.cal
    for stage, clock, spans in clocks:
        if stage in running:
            continue
        if spans is None:  # a clock of wall time
            started.append((stage, *ctx.engine.due_and_warn(clock, at)))
            continue
        due_us, warn_us = spans
        if here is None and (due_us or warn_us):
            here = cal.position(at)
        due = cal.instant(here + due_us) if due_us else at  # type: ignore[operator]
        warn = cal.instant(here + warn_us) if warn_us else at  # type: ignore[operator]
        started.append((stage, due, warn))
    return started


def _deadline(row: list, completed_at: str | None, missed: bool) -> tuple:
    due, warn = row[4], row[8]
    return (
        row[0],
        row[1],
        row[2],
        row[3],
        due.isoformat(" ", "microseconds"),
        None,
        completed_at,
        0,
        None if warn is None else warn.isoformat(" ", "microseconds"),
        int(missed),
    )


def code_words(prefix: str) -> str:
    """The folded words of a code's prefix, as search_text makes them ("TN" -> "tn")."""
    return search_text(prefix, "", "", "", None)


def number_reports(reports: list[list], prefix: str, words: str, seqs: dict[int, int]) -> None:
    """Give each report row its code (``prefix``-year-number, numbered on from ``seqs``, which
    moves on) and put the code's words first in its search text, as search_text would."""
    for row in reports:
        year = int(row[_RECEIVED][:4])
        seq = seqs[year] = seqs.get(year, 0) + 1
        row[1] = f"{prefix}-{year}-{seq:06d}"
        row[_SEARCH] = f"{words} {year} {seq:06d} {row[_SEARCH]}"
