"""Reference data of a province: categories, channels, calendar overrides, database facts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, Code, LocalDateTime, Name, str_enum
from console.models.enums import OverrideKind
from console.models.org import Unit, User


class Category(Base):
    """A field (lĩnh vực) of reports, with its default handling unit and, if any, its own clock."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[Code] = mapped_column(unique=True)
    name: Mapped[Name]
    topic: Mapped[str] = mapped_column(String(40))
    default_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    # The category's own handling clock (Lai Châu Điều 5), else the profile's stage clock.
    clock_kind: Mapped[str | None] = mapped_column(String(16))
    clock_amount: Mapped[float | None] = mapped_column(Float)
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    default_unit: Mapped[Unit | None] = relationship()


class Channel(Base):
    __tablename__ = "channels"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[Code] = mapped_column(unique=True)
    name: Mapped[Name]
    recorded: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CalendarOverride(Base):
    """An administrator's extra day off or make-up working day, on top of the national holidays."""

    __tablename__ = "calendar_overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[OverrideKind] = mapped_column(str_enum(OverrideKind, 12))
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[LocalDateTime]

    created_by: Mapped[User | None] = relationship()


class Meta(Base):
    """Facts about the database itself: which profile it runs, when demo data was made."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CodeSequence(Base):
    """The last number given per code prefix and year (TN-2026-000123)."""

    __tablename__ = "code_sequences"

    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
