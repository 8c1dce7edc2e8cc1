"""A queue page as ONE statement (issue 15 item 6): the page's ids and sort keys are walked on
the reports table and its indexes alone, in a subquery with its own ORDER BY and LIMIT, and
only those rows are joined to their category, unit and channel. On PostgreSQL each statement
is a round trip over the socket: the page used to be two (ids, then the rows), three or four in
deadline order (the reports with a deadline, then those without), 15–24 ms where SQLite took 6.

Deadline order is two index walks, ``(due_at, id)`` for the reports with a deadline and ``id``
for those without, put together by UNION ALL: one ``ORDER BY due_at IS NULL, due_at, id``
would sort every matching row. Each walk reads at most ``limit`` rows; the union keeps the
first ``limit`` of them (a sort of at most 2 × limit rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    case,
    cast,
    func,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import QueryableAttribute, aliased

from console.models import Category, Channel, Report, Unit

SortKey = ColumnElement[Any] | QueryableAttribute[Any]  # a column, or a model's attribute


@dataclass(frozen=True)
class Walk:
    """One index walk of a page: its WHERE, the sort key (``Report.id`` last, implied), the
    direction and how many rows it skips (an int, or SQL counting what an earlier walk had)."""

    where: Sequence[ColumnElement[bool]]
    keys: Sequence[SortKey] = ()
    desc: bool = False
    offset: int | ColumnElement[int] = 0


def _walk_select(walk: Walk, part: int, template: Sequence[SortKey], limit: int) -> Select[Any]:
    """The walk's rows as (part, k0 …, rid); a key it does not have is a NULL of the type the
    longest walk's key has (PostgreSQL would take a bare NULL in a subquery for text)."""
    keys = list(walk.keys)
    cols: list[ColumnElement[Any]] = [literal_column(str(part)).label("part")]
    cols += [
        (keys[i] if i < len(keys) else cast(null(), template[i].type)).label(f"k{i}")
        for i in range(len(template))
    ]
    order = [*keys, Report.id]
    stmt = (
        select(*cols, Report.id.label("rid"))
        .where(*walk.where)
        .order_by(*(c.desc() if walk.desc else c for c in order))
        .limit(limit)
    )
    if isinstance(walk.offset, int) and not walk.offset:
        return stmt
    return stmt.offset(walk.offset)


def page_statement(walks: Sequence[Walk], limit: int) -> Select[Any]:
    """The rows of the page the walks make together, in their order (walk after walk)."""
    template = max((w.keys for w in walks), key=len)
    width, desc = len(template), walks[0].desc
    selects = [_walk_select(w, part, template, limit) for part, w in enumerate(walks)]
    if len(selects) == 1:
        page = selects[0].subquery("page")
    else:
        # Each walk in a subquery of its own: SQLite refuses ORDER BY/LIMIT on a union's member.
        members = [select(*s.subquery(f"walk{i}").c) for i, s in enumerate(selects)]
        union = union_all(*members).subquery("walks")
        page = (
            select(*union.c)
            .order_by(*_page_order(union, width, desc))
            .limit(limit)
            .subquery("page")
        )
    return _joined(page).order_by(*_page_order(page, width, desc))


def _page_order(page: Subquery, width: int, desc: bool) -> list[Any]:
    cols = [page.c[f"k{i}"] for i in range(width)] + [page.c.rid]
    return [page.c.part, *(c.desc() if desc else c for c in cols)]


def ids_statement(ids: Select[Any]) -> Select[Any]:
    """The rows of ``ids`` (a SELECT of report ids with its own ORDER BY id DESC and LIMIT:
    the search's), joined in one statement."""
    inner = ids.subquery("ids")
    page = select(literal_column("0").label("part"), inner.c[0].label("rid")).subquery("page")
    return _joined(page).order_by(page.c.rid.desc())


# Made once: an alias costs 1 ms to make, a fifth of building the whole statement.
_UNIT, _CAT, _CH = aliased(Unit), aliased(Category), aliased(Channel)


def _joined(page: Subquery) -> Select[*tuple[Any, ...]]:
    """The queue row's columns for the page's ids: the joins run for those rows only."""
    unit, cat, ch = _UNIT, _CAT, _CH
    return (
        select(
            Report.id,
            Report.code,
            Report.received_at,
            Report.title,
            func.coalesce(cat.name, ""),
            func.coalesce(unit.short_name, ""),
            func.coalesce(ch.name, ""),
            Report.status,
            Report.stage,
            Report.due_at,
            Report.warn_at,
            Report.emergency,
            Report.late,
            Report.version,
            cat.code,
        )
        .select_from(page)
        .join(Report, Report.id == page.c.rid)
        .outerjoin(cat, cat.id == Report.category_id)
        .outerjoin(unit, unit.id == Report.current_unit_id)
        .outerjoin(ch, ch.id == Report.channel_id)
    )


def skipped_before(where: Sequence[ColumnElement[bool]], offset: int) -> ColumnElement[int]:
    """What is left of ``offset`` after the rows of ``where`` (never below 0), as SQL: the
    second walk of a jump that runs past the first's end starts that far into its own rows."""
    count = select(func.count()).select_from(Report).where(*where).scalar_subquery()
    return case((count >= offset, 0), else_=offset - count)
