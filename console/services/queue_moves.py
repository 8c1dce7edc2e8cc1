"""Which of a person's queue counters a change can have moved (issue 15 item 4).

A counter changes only when a report enters or leaves the queue, so a report's move (its queue
facts before and after: console/services/live.py, from the NOTIFY of migration 0020) tells which
counters to read again: those of the queues it was in before or is in after, unless it is in
both alike. The rule mirrors ``_queue_where`` and the visibility scope of
console/services/queues.py and console/services/visibility.py; a change whose move is not known
(SQLite, an own action before its echo, a bulk statement) leaves every counter in doubt.

"Due soon" and "overdue" are told at the console's clock from the deadline and warning time
the move carries (migration 0021); with 0020's facts, any move of the deadline re-counts them.
What no commit tells: they also move with the clock; the navigation's slow timer re-counts
everything for that, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from console.models import ReportStatus
from console.services.auth import AuthenticatedUser
from console.services.live import Changes, Facts, Move
from console.services.queues import CLOCKED, OPEN, Queue, queue_counts, queues_for
from console.services.visibility import own_units, sees_all

S = ReportStatus
_OPEN = frozenset(s.value for s in OPEN)
_CLOCKED = frozenset(s.value for s in CLOCKED)
_BY_STATUS = {
    Queue.AWAITING_APPROVAL: S.PENDING_APPROVAL.value,
    Queue.TO_PUBLISH: S.APPROVED.value,
    Queue.RETURNED: S.RETURNED.value,
    Queue.NEEDS_INFO: S.NEEDS_INFO.value,
    Queue.ESCALATED: S.ESCALATED.value,
}
_PROGRESS = frozenset((S.IN_PROGRESS.value, S.PENDING_APPROVAL.value))
_EPOCH = datetime(1970, 1, 1)


def micros(now: datetime) -> int:
    """``now`` (local time, as stored) as the moves tell times: microseconds since 1970."""
    return (now.replace(tzinfo=None) - _EPOCH) // timedelta(microseconds=1)


def _place(
    q: Queue, f: Facts | None, actor: AuthenticatedUser, scope: Collection[int] | None, now: int
) -> Hashable:
    """What the report's membership of ``q`` depends on, None when it cannot be in ``q``."""
    if f is None or (scope is not None and f.unit_id not in scope):
        return None
    match q:
        case Queue.NEW:
            return True if f.status == S.RECEIVED.value and not f.duplicate else None
        case Queue.MINE:
            return True if actor.id and f.assignee_id == actor.id and f.status in _OPEN else None
        case Queue.UNIT:
            return True if f.unit_id == actor.unit_id and f.status in _OPEN else None
        case Queue.DUE_SOON | Queue.OVERDUE if f.status not in _CLOCKED:
            return None
        case Queue.DUE_SOON | Queue.OVERDUE if not f.timed:  # 0020: Move.deadline_moved
            return True
        case Queue.DUE_SOON:  # warn_at < now <= due_at, as _queue_where
            due, warn = f.due_us, f.warn_us
            return True if due is not None and warn is not None and warn < now <= due else None
        case Queue.OVERDUE:
            return True if f.due_us is not None and f.due_us < now else None
        case Queue.PROGRESS:  # and whether a progress note was added: not in the row
            return True if f.status in _PROGRESS else None
        case Queue.ALL:
            return True
    status = _BY_STATUS.get(q)
    if status is None:
        raise ValueError(q)  # a queue without a rule here: add it (the tests list them all)
    return True if f.status == status else None


def moved_queue(
    q: Queue, move: Move, actor: AuthenticatedUser, scope: Collection[int] | None, now: int
) -> bool:
    """Can ``move`` have changed the count of ``q`` for ``actor`` at ``now`` (micros)?"""
    before = _place(q, move.before, actor, scope, now)
    after = _place(q, move.after, actor, scope, now)
    if before is None and after is None:
        return False
    if q is Queue.PROGRESS:  # in it before or after: a note may have come with the change
        return True
    timed = (move.before or move.after).timed  # type: ignore[union-attr]
    if q in (Queue.DUE_SOON, Queue.OVERDUE) and move.deadline_moved and not timed:
        return True
    return before != after


def touched_queues(
    changes: Changes,
    queues: Iterable[Queue],
    actor: AuthenticatedUser,
    scope: Collection[int] | None,
    *,
    now: datetime,
) -> frozenset[Queue] | None:
    """The queues among ``queues`` whose count at ``now`` ``changes`` can have moved; None: any
    of them.

    ``scope``: the units whose reports ``actor`` sees (None: every report), as
    ``visible_where_in_sql`` says."""
    queues = tuple(queues)
    if not changes.explained:
        return None
    at = micros(now)
    return frozenset(
        q for q in queues if any(moved_queue(q, m, actor, scope, at) for m in changes.moves)
    )


class Unknown:
    """A scope not read yet (``UNKNOWN``), told apart from None (every report)."""


UNKNOWN = Unknown()


def scope_of(session: Session, actor: AuthenticatedUser) -> frozenset[int] | None:
    """The units whose reports ``actor`` sees (None: all), as ``visible_where_in_sql``."""
    return None if sees_all(actor) else frozenset(own_units(session, actor))


def counts_after(
    session: Session,
    actor: AuthenticatedUser,
    changes: Changes,
    *,
    now: datetime,
    scope: Collection[int] | Unknown | None = UNKNOWN,
) -> dict[Queue, int]:
    """The counters ``changes`` can have moved, counted again (every one when not known).
    ``scope``: ``scope_of`` the actor when the caller knows it already (one query less)."""
    queues = queues_for(actor)
    if not changes.explained:
        scope = None
    elif isinstance(scope, Unknown):
        scope = scope_of(session, actor)
    touched = touched_queues(changes, queues, actor, scope, now=now)
    return queue_counts(session, actor, now=now, queues=queues if touched is None else touched)


def concerns(
    changes: Changes,
    actor: AuthenticatedUser,
    scope: Collection[int] | Unknown | None,
    *,
    now: datetime,
    shows: Callable[[int], bool],
) -> bool:
    """Can ``changes`` alter what ``actor``'s window shows: one of their counters, or a
    report ``shows`` says is on screen (the open page, the report being read)? Told without
    a query; True whenever in doubt (a change without its move, the scope not known yet).

    A console hears every change of the province; most are another unit's business. Those
    need no refresh at all, and must not take the refresh slot a change of its own would
    need a moment later (issue 15 item 4)."""
    if not changes.explained or isinstance(scope, Unknown):
        return True
    if any(shows(i) for i in changes.report_ids):
        return True
    return bool(touched_queues(changes, queues_for(actor), actor, scope, now=now))
