"""An administrator's reference data beyond the profile: category clocks over time, and the
default handling unit of a category in one area (issue 11 items 2, 3)."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, LocalDateTime
from console.models.catalog import Category
from console.models.org import Unit


class CategoryClock(Base):
    """A category's handling clock from ``effective_from`` on: a report takes the clock in
    force when it was received, so a change never moves the deadline of an earlier report.
    ``clock_kind`` None: the profile's general handling clock."""

    __tablename__ = "category_clocks"

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    effective_from: Mapped[LocalDateTime]
    clock_kind: Mapped[str | None] = mapped_column(String(16))
    clock_amount: Mapped[float | None] = mapped_column(Float)
    # Where the value comes from ("Điều 7.4.b", a decision's number): shown beside it.
    article: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[LocalDateTime]

    category: Mapped[Category] = relationship()

    __table_args__ = (Index("ix_category_clocks_category_from", "category_id", "effective_from"),)


class AreaDefault(Base):
    """The unit that handles ``category`` in ``area`` (a district or commune, as in addresses),
    where it differs from the category's default unit."""

    __tablename__ = "area_defaults"

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    area: Mapped[str] = mapped_column(String(120))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))

    category: Mapped[Category] = relationship()
    unit: Mapped[Unit] = relationship()

    __table_args__ = (
        UniqueConstraint("category_id", "area", name="uq_area_defaults_category_area"),
    )
