"""Issued periodic reports: compute, freeze, number, in one transaction; list; reprint.

A report sent to the People's Committee (Thái Nguyên Điều 13.5, Đắk Lắk mục III.5.b, Tiền Giang
Điều 12.1 and 18) is a numbered document. Issuing it stores ``Figures.to_dict()`` beside its
number, so a reprint shows the figures it was issued with even after reports of its period
were reopened or answered; issuing the same period again is a new report with a new number.
Numbers run per calendar year of issue: "01/BC-TTĐH", "02/BC-TTĐH", …
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from console.db import Database
from console.errors import InvalidValueError
from console.models import IssuedReport, Unit
from console.profiles import Profile
from console.services import stats_rollup
from console.services.statistics import figures_in
from console.statistics import Figures, Period
from console.statistics.pdf import render_figures_pdf
from console.statistics.pdf_wording import wording_for
from console.timeutil import now_local

ATTEMPTS = 3  # two consoles issuing at once: the loser of (year, seq) takes the next number


def format_number(seq: int, symbol: str) -> str:
    """Nghị định 30: numbers below 10 are written with a leading 0."""
    return f"{seq:02d}/{symbol}"


def kind_of(period: Period) -> str:
    # Tiền Giang Điều 12.1: "định kỳ (hàng tháng, quý, năm), đột xuất"; a range is ad hoc.
    return "adhoc" if period.kind == "range" else "periodic"


class IssuedReportService:
    def __init__(
        self, db: Database, profile: Profile, clock: Callable[[], datetime] = now_local
    ) -> None:
        self.db = db
        self.profile = profile
        self.clock = clock

    def issue(
        self, period: Period, unit_code: str | None = None, *, issued_by_id: int | None = None
    ) -> tuple[IssuedReport, Figures]:
        """Compute the figures now, freeze them under the next number; one transaction."""
        symbol = wording_for(self.profile.key).symbol
        for attempt in range(ATTEMPTS):
            try:
                stats_rollup.ensure_built(self.db, self.profile)
                with self.db.session() as s:
                    now = self.clock()
                    figures = figures_in(s, self.profile, period, unit_code, now)
                    unit_id = (
                        None
                        if unit_code is None
                        else s.scalar(select(Unit.id).where(Unit.code == unit_code))
                    )
                    seq = (
                        s.scalar(
                            select(func.max(IssuedReport.seq)).where(IssuedReport.year == now.year)
                        )
                        or 0
                    ) + 1
                    row = IssuedReport(
                        profile_key=self.profile.key,
                        kind=kind_of(period),
                        year=now.year,
                        seq=seq,
                        number=format_number(seq, symbol),
                        period_kind=period.kind,
                        period_from=period.start,
                        period_to=period.end,
                        unit_id=unit_id,
                        figures=figures.to_dict(),
                        issued_at=now,
                        issued_by_id=issued_by_id,
                    )
                    s.add(row)
                    s.flush()
                    s.expunge(row)
                return row, figures
            except IntegrityError:
                if attempt == ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def list(self, year: int | None = None) -> list[IssuedReport]:
        """Issued reports, newest first (detached rows: read their columns freely)."""
        with self.db.session() as s:
            q = select(IssuedReport).order_by(IssuedReport.issued_at.desc(), IssuedReport.id.desc())
            if year is not None:
                q = q.where(IssuedReport.year == year)
            rows = list(s.scalars(q))
            s.expunge_all()
        return rows

    def get(self, number: str) -> tuple[IssuedReport, Figures]:
        """The issued report ``number`` ("05/BC-TTĐH", or "5/BC-TTĐH") and its frozen figures."""
        wanted = _normal(number)
        with self.db.session() as s:
            row = s.scalar(select(IssuedReport).where(IssuedReport.number == wanted))
            if row is None:
                raise InvalidValueError("Không có báo cáo đã ban hành số {number}", number=number)
            s.expunge(row)
        return row, Figures.from_dict(row.figures)

    def reprint(self, number: str, out: str | Path | BinaryIO | None = None) -> bytes:
        """The PDF of an issued report from its frozen figures, with its number and date."""
        row, figures = self.get(number)
        return render_figures_pdf(figures, self.profile, out, issued=row)


def _normal(number: str) -> str:
    text = number.strip()
    seq, sep, symbol = text.partition("/")
    return format_number(int(seq), symbol) if sep and seq.isdigit() else text
