"""Duplicates: an open report close in place, category and time to a new one is offered for
linking (as FixMyStreet does), and linked reports are answered together with the main one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from console.models import Report, ReportStatus
from console.search import query_words

WINDOW = timedelta(days=7)
FINAL = (
    ReportStatus.REJECTED,
    ReportStatus.REDIRECTED,
    ReportStatus.ANSWERED_DIRECTLY,
    ReportStatus.CLOSED,
)


@dataclass(frozen=True)
class Candidate:
    id: int
    code: str
    title: str
    place: str
    received_at: datetime
    status: ReportStatus
    score: float  # share of the new report's place words found in the candidate's place


# Words every address has: they say nothing about which spot it is.
_COMMON = frozenset(
    {
        "so",
        "duong",
        "pho",
        "ngo",
        "ngach",
        "hem",
        "kiet",
        "to",
        "dan",
        "thon",
        "xom",
        "ap",
        "ban",
        "buon",
        "khu",
        "phuong",
        "xa",
        "thi",
        "tran",
        "quan",
        "huyen",
        "tp",
        "thanh",
        "gan",
        "truoc",
        "doi",
        "dien",
        "canh",
        "tai",
    }
)


def _spot(place: str) -> set[str]:
    """The distinctive words of an address's first part (house, street), not its ward."""
    return set(query_words(place.split(",")[0])) - _COMMON


def possible_duplicates(
    session: Session, report_id: int, *, limit: int = 5, scope: ColumnElement[bool] | None = None
) -> list[Candidate]:
    """Open reports of the same category (or area), near in time and place; ``scope``: among
    those a person may see (console/services/visibility.visible_where)."""
    r = session.get(Report, report_id)
    if r is None:
        return []
    same = (
        Report.category_id == r.category_id if r.category_id is not None else Report.area == r.area
    )
    rows = session.scalars(
        select(Report)
        .where(
            Report.id != r.id,
            same,
            Report.status.not_in(FINAL),
            Report.duplicate_of_id.is_(None),
            Report.received_at.between(r.received_at - WINDOW, r.received_at + WINDOW),
            *([] if scope is None else [scope]),
        )
        .order_by(Report.received_at.desc())
        .limit(200)
    ).all()
    mine = _spot(r.place) or _spot(r.title)
    found = []
    for other in rows:
        theirs = _spot(other.place) | set(query_words(other.title))
        score = len(mine & theirs) / len(mine) if mine else 0.0
        if score >= 0.5:
            found.append(
                Candidate(
                    other.id,
                    other.code,
                    other.title,
                    other.place,
                    other.received_at,
                    other.status,
                    round(score, 2),
                )
            )
    found.sort(key=lambda c: (-c.score, c.received_at))
    return found[:limit]


def linked_reports(session: Session, report_id: int) -> list[Report]:
    return list(
        session.scalars(
            select(Report).where(Report.duplicate_of_id == report_id).order_by(Report.id)
        )
    )
