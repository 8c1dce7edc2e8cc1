"""Issued periodic reports: their number and a frozen copy of their figures (issue 13).

A report sent to the People's Committee is a document: printing it again must give the same
numbers even after reports in its period were reopened or answered since, so the figures are
kept as ``Figures.to_dict()`` at the moment of issue. A fresh run is a new document with a new
number; numbers run per calendar year ("05/BC-TTĐH"), ``(year, seq)`` unique.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, LocalDateTime
from console.models.org import Unit, User


class IssuedReport(Base):
    __tablename__ = "issued_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_key: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(16))  # "periodic" | "adhoc" (Tiền Giang Điều 12.1)
    year: Mapped[int] = mapped_column(Integer)  # the year of issue: numbers restart each year
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # "05/BC-TTĐH"
    period_kind: Mapped[str] = mapped_column(String(16))
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)
    issued_at: Mapped[LocalDateTime]
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    unit: Mapped[Unit | None] = relationship()
    issued_by: Mapped[User | None] = relationship()

    __table_args__ = (UniqueConstraint("year", "seq", name="uq_issued_reports_year_seq"),)
