"""All the letters answered in a period, in one PDF (batch printing), for the CLI and the app."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select, true

from console.db import Database
from console.letters.data import LetterError, letter_data_for
from console.letters.render import render_letters
from console.letters.templates import load_template
from console.models import Report, Result
from console.profiles import Profile


@dataclass
class Batch:
    pdf: bytes
    letters: int
    skipped: list[str] = field(default_factory=list)  # why each skipped report has no letter


def published_codes(
    db: Database, first: date, last: date, units: Sequence[int] | None = None
) -> list[str]:
    """Codes of the reports whose answer was published in [first, last], in that order;
    ``units``: only those held now by these units (a unit's own letters)."""
    start, end = datetime.combine(first, time()), datetime.combine(last + timedelta(1), time())
    held = Report.current_unit_id.in_(units) if units is not None else true()
    with db.session() as s:
        return list(
            s.scalars(
                select(Report.code)
                .where(Report.published_at >= start, Report.published_at < end, held)
                .where(
                    Report.id.in_(
                        select(Result.report_id).where(Result.published_text.is_not(None))
                    )
                )
                .order_by(Report.published_at, Report.code)
            )
        )


def batch_letters(
    db: Database,
    profile: Profile,
    first: date,
    last: date,
    *,
    public: bool = False,
    progress: Callable[[int, int], None] | None = None,
    units: Sequence[int] | None = None,
) -> Batch:
    """Every letter of the period; ``progress(done, total)`` after each one (it may raise to
    cancel). ``LetterError`` when there is nothing to print."""
    if first > last:
        raise LetterError(
            "Ngày bắt đầu {first:%d/%m/%Y} sau ngày kết thúc {last:%d/%m/%Y}",
            first=first,
            last=last,
        )
    codes = published_codes(db, first, last, units)
    if not codes:
        raise LetterError(
            "Không có phản ánh nào được trả lời từ {first:%d/%m/%Y} đến {last:%d/%m/%Y}",
            first=first,
            last=last,
        )
    template = load_template(profile.key)
    items, skipped = [], []
    with db.session() as s:
        for code in codes:  # a copy for publication skips the answers sent privately
            try:
                items.append((letter_data_for(s, code, profile=profile, public=public), template))
            except LetterError as exc:
                skipped.append(str(exc))
    if not items:
        raise LetterError(
            "Không có văn bản nào để in ({count} phản ánh bị bỏ qua)", count=len(skipped)
        )
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, len(items))

    return Batch(render_letters(items, progress=step), len(items), skipped)
