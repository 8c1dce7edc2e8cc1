"""Work queues: which reports a person sees, filtered, searched, a page at a time.

Pages are keyset-paginated on the queue's sort key plus the id, so the first page and page
5,000 cost the same. Search goes through the full-text index (console.search), never LIKE.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    column,
    false,
    func,
    literal_column,
    select,
    table,
    text,
    tuple_,
)
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Session

from console.models import (
    Category,
    Channel,
    ProgressNote,
    Report,
    ReportStatus,
    Role,
    Unit,
    UnitKind,
)
from console.search import fts5_query, query_words, tsquery
from console.services.auth import AuthenticatedUser
from console.services.queue_drill import drill_where
from console.services.queue_statement import Walk, ids_statement, page_statement, skipped_before
from console.services.report_totals import held_total_sql, kept
from console.services.visibility import visible_where_in_sql
from console.sla import Remaining, SlaState
from console.text_input import MAX_NAME, MAX_SEARCH, check_line

S = ReportStatus
OPEN = (
    S.RECEIVED,
    S.NEEDS_INFO,
    S.FORWARDED,
    S.RETURNED,
    S.IN_PROGRESS,
    S.PENDING_APPROVAL,
    S.APPROVED,
    S.REOPENED,
    S.ESCALATED,
)
CLOCKED = (
    S.RECEIVED,
    S.FORWARDED,
    S.RETURNED,
    S.IN_PROGRESS,
    S.PENDING_APPROVAL,
    S.APPROVED,
    S.REOPENED,
)  # states whose clock runs (needs_info waits for the citizen)


class Queue(StrEnum):
    NEW = "new"
    MINE = "mine"
    UNIT = "unit"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    AWAITING_APPROVAL = "awaiting_approval"
    TO_PUBLISH = "to_publish"
    RETURNED = "returned"
    NEEDS_INFO = "needs_info"
    ESCALATED = "escalated"
    PROGRESS = "progress"  # TN Điều 8 Bước 3: a unit's progress notice for the citizen
    ALL = "all"


QUEUE_LABELS = {
    Queue.NEW: "Mới tiếp nhận",
    Queue.MINE: "Của tôi",
    Queue.UNIT: "Của đơn vị",
    Queue.DUE_SOON: "Sắp đến hạn",
    Queue.OVERDUE: "Quá hạn / trễ hạn",
    Queue.AWAITING_APPROVAL: "Chờ phê duyệt",
    Queue.TO_PUBLISH: "Chờ trả lời",
    Queue.RETURNED: "Bị trả lại",
    Queue.NEEDS_INFO: "Chờ bổ sung",
    Queue.ESCALATED: "Báo cáo UBND",
    Queue.PROGRESS: "Thông báo tiến độ",
    Queue.ALL: "Tất cả",
}


def queues_for(actor: AuthenticatedUser) -> list[Queue]:
    """The queues a person's roles work from, in the order of the navigation."""
    roles = actor.roles
    if actor.unit_kind is UnitKind.IOC or roles & {Role.OPERATOR, Role.SUPERVISOR}:
        return [
            Queue.NEW,
            Queue.MINE,
            Queue.DUE_SOON,
            Queue.OVERDUE,
            Queue.NEEDS_INFO,
            Queue.RETURNED,
            Queue.AWAITING_APPROVAL,
            Queue.PROGRESS,
            Queue.TO_PUBLISH,
            Queue.ESCALATED,
            Queue.ALL,
        ]
    if actor.unit_kind is UnitKind.OFFICE:
        # UNIT: what the office holds itself (Lai Châu Điều 7.4.k: reports it sorts)
        return [Queue.UNIT, Queue.ESCALATED, Queue.RETURNED, Queue.OVERDUE, Queue.ALL]
    queues = [Queue.UNIT, Queue.MINE, Queue.DUE_SOON, Queue.OVERDUE]
    if roles & {Role.LEADER, Role.TEAM}:
        queues.insert(1, Queue.AWAITING_APPROVAL)
    return [*queues, Queue.ALL]


@dataclass(frozen=True)
class QueueFilter:
    queue: Queue = Queue.ALL
    category: str | None = None
    unit: str | None = None
    channel: str | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None
    emergency: bool | None = None
    text: str = ""
    # The dashboard's drill-down (console/services/queue_drill.py): the reports of one figure.
    held_by: str | None = None  # a unit that held the report at some time (its late: its own)
    area: str | None = None
    outcome: str | None = None  # a queue_drill.Outcome
    rating: str | None = None  # a rating code, or "none": answered and not rated
    resolved_from: datetime | None = None
    resolved_to: datetime | None = None


_FILTER_CODES = ("category", "unit", "channel", "held_by", "area", "outcome", "rating")
ALL_UNFILTERED = QueueFilter(Queue.ALL)


def checked_filter(f: QueueFilter) -> QueueFilter:
    """``f`` with its texts checked as every input is (console/text_input.py): a NUL in a code
    would reach PostgreSQL, a bidi override the screen."""
    codes: dict[str, Any] = {  # the code fields, each str | None
        name: check_line(value, "Bộ lọc", limit=MAX_NAME) or None
        for name in _FILTER_CODES
        if (value := getattr(f, name))
    }
    return replace(f, text=check_line(f.text, "Tìm kiếm", limit=MAX_SEARCH), **codes)


class Sort(StrEnum):
    DUE = "due"  # deadline first (work queues)
    NEWEST = "newest"  # received, newest first
    OLDEST = "oldest"


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    code: str
    received_at: datetime
    title: str
    category: str
    unit: str
    channel: str
    status: ReportStatus
    stage: str | None
    due_at: datetime | None
    warn_at: datetime | None
    emergency: bool
    late: bool
    version: int
    category_code: str | None = None
    # Filled by the services (console/services/queue_sla.py) at the time the page was read.
    sla: SlaState = SlaState.NONE
    left: Remaining | None = None  # time left (negative: overdue) on the current clock

    def key(self, sort: Sort) -> tuple[Any, ...]:
        if sort is Sort.DUE:
            return (self.due_at is None, self.due_at or datetime.max, self.id)
        return (self.received_at, self.id)


def _queue_where(q: Queue, actor: AuthenticatedUser, now: datetime) -> list[ColumnElement[bool]]:
    match q:
        case Queue.NEW:  # a linked duplicate waits for its main report, not for triage
            return [Report.status == S.RECEIVED, Report.duplicate_of_id.is_(None)]
        case Queue.MINE:
            return (
                [Report.assignee_id == actor.id, Report.status.in_(OPEN)] if actor.id else [false()]
            )
        case Queue.UNIT:
            return [Report.current_unit_id == actor.unit_id, Report.status.in_(OPEN)]
        case Queue.DUE_SOON:
            return [Report.status.in_(CLOCKED), Report.warn_at < now, Report.due_at >= now]
        case Queue.OVERDUE:
            return [Report.status.in_(CLOCKED), Report.due_at < now]
        case Queue.AWAITING_APPROVAL:
            return [Report.status == S.PENDING_APPROVAL]
        case Queue.TO_PUBLISH:
            return [Report.status == S.APPROVED]
        case Queue.RETURNED:
            return [Report.status == S.RETURNED]
        case Queue.NEEDS_INFO:
            return [Report.status == S.NEEDS_INFO]
        case Queue.ESCALATED:
            return [Report.status == S.ESCALATED]
        case Queue.PROGRESS:  # still being handled, and the unit has news for the citizen
            return [
                Report.status.in_((S.IN_PROGRESS, S.PENDING_APPROVAL)),
                select(ProgressNote.id)
                .where(ProgressNote.report_id == Report.id, ProgressNote.notify_citizen.is_(True))
                .exists(),
            ]
    return []


_FTS = table("report_search", column("rowid"))
# PostgreSQL: the stored search vector (migration 0009; not a mapped column, see HAND_MADE).
_VECTOR = literal_column("reports.search_vector", type_=TSVECTOR)


def _matching(session: Session, words: list[str]) -> tuple[Select[Any], Any]:
    """SELECT Report.id over the full-text matches, and the column that orders them newest
    first. On SQLite the match table drives the join in its own rowid order (an IN list of
    every match would be built first: 0.5 s for a common word at 1M reports, 0.07 s so)."""
    if session.get_bind().dialect.name == "sqlite":
        stmt = (
            select(Report.id)
            .select_from(_FTS)
            .join(Report, Report.id == _FTS.c.rowid)
            .where(text("report_search MATCH :fts").bindparams(fts=fts5_query(words)))
        )
        return stmt, _FTS.c.rowid
    stmt = select(Report.id).where(_VECTOR.op("@@")(func.to_tsquery("simple", tsquery(words))))
    return stmt, Report.id


def filter_where(
    session: Session, actor: AuthenticatedUser, f: QueueFilter, now: datetime
) -> list[ColumnElement[bool]]:
    """The WHERE of a queue, its scope and its filters (the search text aside)."""
    where = _queue_where(f.queue, actor, now)
    scope = visible_where_in_sql(actor)  # the one rule (console/services/visibility)
    if scope is not None and not (f.held_by and f.held_by == actor.unit_code):
        where.append(scope)  # a unit's own drill-down: every report it held, as its figures
    if f.category:
        where.append(
            Report.category_id
            == select(Category.id).where(Category.code == f.category).scalar_subquery()
        )
    if f.unit:
        where.append(
            Report.current_unit_id == select(Unit.id).where(Unit.code == f.unit).scalar_subquery()
        )
    if f.channel:
        where.append(
            Report.channel_id
            == select(Channel.id).where(Channel.code == f.channel).scalar_subquery()
        )
    if f.received_from:
        where.append(Report.received_at >= f.received_from)
    if f.received_to:
        where.append(Report.received_at < f.received_to)
    if f.emergency is not None:
        where.append(Report.emergency.is_(f.emergency))
    return where + drill_where(
        held_by=f.held_by,
        area=f.area,
        outcome=f.outcome,
        rating=f.rating,
        resolved_from=f.resolved_from,
        resolved_to=f.resolved_to,
        now=now,
    )


def queue_page(
    session: Session,
    actor: AuthenticatedUser,
    f: QueueFilter,
    *,
    now: datetime,
    sort: Sort = Sort.DUE,
    after: Sequence[Any] | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[QueueRow]:
    """One page of a queue; pass the last row's ``key(sort)`` as ``after`` for the next.

    ``offset`` is for a jump to an arbitrary row (a scroll bar dragged far): scrolling on
    from there goes by ``after`` again. With a search text the matches come newest first
    (by id), whatever ``sort`` says: a search is read from the top.
    """
    where = filter_where(session, actor, f, now)
    code = _as_code(f.text)
    if code:  # a report code typed whole: the unique index, not the word index
        return (
            _rows(session, [Walk([*where, Report.code == code], offset=offset)], limit)
            if after is None
            else []
        )
    words = query_words(f.text)
    if words:
        return _by_search(session, where, words, after, limit, offset)
    if sort is Sort.DUE:
        return _by_due(session, where, after, limit, offset)
    desc = sort is Sort.NEWEST
    key = tuple_(Report.received_at, Report.id)
    if after is not None:
        where = [*where, key < tuple_(*after) if desc else key > tuple_(*after)]
    return _rows(session, [Walk(where, (Report.received_at,), desc=desc, offset=offset)], limit)


def _rows(session: Session, walks: Sequence[Walk], limit: int) -> list[QueueRow]:
    """The page in one statement (console/services/queue_statement.py)."""
    return [QueueRow(*row) for row in session.execute(page_statement(walks, limit))]


def _ids_rows(session: Session, ids: Select[Any]) -> list[QueueRow]:
    return [QueueRow(*row) for row in session.execute(ids_statement(ids))]


def _by_search(
    session: Session,
    where: list[ColumnElement[bool]],
    words: list[str],
    after: Sequence[Any] | None,
    limit: int,
    offset: int,
) -> list[QueueRow]:
    if after is not None:
        where = [*where, Report.id < after[-1]]
    if not offset and session.get_bind().dialect.name == "postgresql":
        rows = _ids_rows(session, _newest_matching(words, where, limit))
        if len(rows) == limit:
            return rows
    ids, order = _matching(session, words)
    ids = ids.where(*where).order_by(order.desc()).limit(limit)
    return _ids_rows(session, ids.offset(offset) if offset else ids)


PROBE_ROWS = 20_000


def _newest_matching(words: list[str], where: list[ColumnElement[bool]], limit: int) -> Select[Any]:
    """PostgreSQL: the matches among the newest PROBE_ROWS reports, walking the id index.
    Its planner reads a frequent word's matches through the GIN bitmap, every one of them
    (30,000 heap pages for "rac thai" at 1M reports: 0.3 s) when a walk of the newest few
    thousand rows finds a page in milliseconds; a rare word falls back to the index."""
    newest = (
        select(Report.id, _VECTOR.label("vector"))
        .where(*where)
        .order_by(Report.id.desc())
        .limit(PROBE_ROWS)
        .subquery()
    )
    query = func.to_tsquery("simple", tsquery(words))
    return (
        select(newest.c.id)
        .where(newest.c.vector.op("@@")(query))
        .order_by(newest.c.id.desc())
        .limit(limit)
    )


def _by_due(
    session: Session,
    where: list[ColumnElement[bool]],
    after: Sequence[Any] | None,
    limit: int,
    offset: int,
) -> list[QueueRow]:
    """Deadline order: the reports with a deadline by (due_at, id), then those without one by
    id, two index walks in one statement. A jump (``offset``) that runs past the last deadline
    goes on into the reports without one, as far as the timed rows did not take it."""
    untimed = [*where, Report.due_at.is_(None)]
    if after is not None and after[0]:  # the key is among the reports without a deadline
        return _rows(session, [Walk([*untimed, Report.id > after[2]], offset=offset)], limit)
    timed = [*where, Report.due_at.is_not(None)]
    if after is not None:
        timed.append(tuple_(Report.due_at, Report.id) > tuple_(after[1], after[2]))
    rest = skipped_before(timed, offset) if offset else 0
    return _rows(
        session, [Walk(timed, (Report.due_at,), offset=offset), Walk(untimed, offset=rest)], limit
    )


SEARCH_COUNT_CAP = 10_000
_CODE = re.compile(r"^\s*([A-Za-z]{2,3})-(\d{4})-(\d{1,6})\s*$")


def is_search(text_query: str) -> bool:
    """The text finds reports by code or by words (an empty or blank text does not)."""
    return bool(_as_code(text_query) or query_words(text_query))


def _as_code(text_query: str) -> str | None:
    match = _CODE.match(text_query or "")
    if not match:
        return None
    prefix, year, number = match.groups()
    return f"{prefix.upper()}-{year}-{int(number):06d}"


def queue_count(
    session: Session, actor: AuthenticatedUser, f: QueueFilter, *, now: datetime
) -> int:
    """How many rows the queue has; a search counts up to SEARCH_COUNT_CAP + 1 ("more than
    10,000": a frequent word would otherwise be counted through every match). "Tất cả" with
    nothing filtered is PostgreSQL's kept total, as the counter (the screen's count of it took
    120 ms at 1,000,000 reports)."""
    if f == ALL_UNFILTERED and kept(session):
        return int(session.scalar(select(held_total_sql(actor))) or 0)
    where = filter_where(session, actor, f, now)
    code = _as_code(f.text)
    if code:
        return (
            session.scalar(
                select(func.count()).select_from(Report).where(*where, Report.code == code)
            )
            or 0
        )
    words = query_words(f.text)
    if words:
        ids, _order = _matching(session, words)
        capped = ids.where(*where).limit(SEARCH_COUNT_CAP + 1).subquery()
        return session.scalar(select(func.count()).select_from(capped)) or 0
    return session.scalar(select(func.count()).select_from(Report).where(*where)) or 0


def queue_counts(
    session: Session,
    actor: AuthenticatedUser,
    *,
    now: datetime,
    queues: Collection[Queue] | None = None,
) -> dict[Queue, int]:
    """The navigation's live counters: ``queues`` of them (an empty list: none), or all, in
    one statement (one round trip however many: a refresh of fifty consoles' counters was
    mostly the drivers' and the server's work per statement). "Tất cả" on PostgreSQL is read
    from the totals it keeps (console/services/report_totals)."""
    wanted = list(queues_for(actor) if queues is None else queues)
    if not wanted:
        return {}
    cols = [
        (
            held_total_sql(actor)
            if q is Queue.ALL and kept(session)
            else select(func.count())
            .select_from(Report)
            .where(*filter_where(session, actor, QueueFilter(queue=q), now))
            .scalar_subquery()
        ).label(f"c{i}")
        for i, q in enumerate(wanted)
    ]
    row = session.execute(select(*cols)).one()
    return {q: int(n or 0) for q, n in zip(wanted, row, strict=True)}
