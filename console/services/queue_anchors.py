"""Anchors for jumps: every ``every``-th row's sort key, with its row number.

A jump to row 600,000 of a queue reads on from the nearest anchor before it (a keyset page
with an OFFSET below ``every``) instead of counting 600,000 rows from the top each time. The
anchors cost one pass of short index walks, made once per queue in the background.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select, tuple_
from sqlalchemy.orm import Session

from console.models import Report
from console.services.auth import AuthenticatedUser
from console.services.queues import QueueFilter, Sort, filter_where, is_search

ANCHOR_EVERY = 2_000
Anchor = tuple[int, tuple[Any, ...]]  # (row number, the row's QueueRow.key(sort))


def queue_anchors(
    session: Session,
    actor: AuthenticatedUser,
    f: QueueFilter,
    *,
    now: datetime,
    sort: Sort,
    every: int | None = None,
) -> list[Anchor]:
    """Anchors of a queue in ``sort`` order, first row first. A search has none: its matches
    come newest first and its count stops at 10,001, so its offsets stay short."""
    if is_search(f.text):
        return []
    every = every or ANCHOR_EVERY
    where = filter_where(session, actor, f, now)
    if sort is not Sort.DUE:
        desc = sort is Sort.NEWEST
        cols = (Report.received_at, Report.id)
        anchors, _rows = _walk(session, where, cols, desc, every, 0, tuple)
        return anchors
    timed = [*where, Report.due_at.is_not(None)]
    anchors, n_timed = _walk(
        session,
        timed,
        (Report.due_at, Report.id),
        False,
        every,
        0,
        lambda hit: (False, hit[0], hit[1]),
    )
    # The reports without a deadline follow, by id: a key before all of them starts them.
    anchors.append((n_timed - 1, (True, datetime.max, 0)))
    untimed = [*where, Report.due_at.is_(None)]
    more, _rows = _walk(
        session,
        untimed,
        (Report.id,),
        False,
        every,
        n_timed,
        lambda hit: (True, datetime.max, hit[0]),
    )
    return anchors + more


def _walk(
    session: Session,
    where: list[ColumnElement[bool]],
    cols: Sequence[Any],
    desc: bool,
    every: int,
    start: int,
    key: Callable[[Any], tuple[Any, ...]],
) -> tuple[list[Anchor], int]:
    """Anchors of one index walk from row ``start``, and the row number after its last row."""
    order = [c.desc() for c in cols] if desc else list(cols)

    def rest(after: Any) -> list[ColumnElement[bool]]:
        if after is None:
            return where
        return [*where, tuple_(*cols) < tuple_(*after) if desc else tuple_(*cols) > tuple_(*after)]

    anchors: list[Anchor] = []
    after: Any = None
    row = start  # the number of the next row
    while (
        hit := session.execute(
            select(*cols).where(*rest(after)).order_by(*order).offset(every - 1).limit(1)
        ).first()
    ) is not None:
        row += every
        anchors.append((row - 1, key(hit)))
        after = tuple(hit)
    left = session.scalar(select(func.count()).select_from(Report).where(*rest(after))) or 0
    return anchors, row + left
