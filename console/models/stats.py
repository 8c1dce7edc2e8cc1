"""The statistics' roll-up: each report's facts, and their sums per day (issue 13).

Counting a year of a million reports from the raw tables takes seconds; the dashboard reads
these sums instead. ``stat_reports`` keeps what each report last added (console.statistics.facts),
so an action moves the sums by the difference; ``stat_daily`` holds the sums per
(scope, day, kind, key): scope 0 is the province, a unit's id is the figures of the reports
that unit held. Kinds: t total, c category, h channel, a area, u unit, r rating, q unit and
rating, s stage, v resolved that day. Both tables are rebuilt from the raw tables on demand
(console.statistics.rollup.rebuild) and checked against a full recount in the tests.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from console.models.base import Base, LocalDateTime

# The summed columns of stat_daily, in this order.
SUM_FIELDS = (
    "received",
    "rejected",
    "redirected",
    "answered_directly",
    "forwarded",
    "returned",
    "resolved",
    "answered",
    "open",
    "extensions",
    "reopened",
    "rated",
    "on_time",
    "late",
    "hours_n",
    "hours_us",
    "held_us",
    "bounces",
    "charged",
)


class StatReport(Base):
    __tablename__ = "stat_reports"

    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date)  # received
    facts: Mapped[str] = mapped_column(Text)  # Facts.dumps()
    # What the reads that move with the clock need, as columns (never decoded from facts):
    # the units that held it (",3,7,"), and its breakdown keys.
    units: Mapped[str] = mapped_column(String(400), default=",")
    category_id: Mapped[int | None] = mapped_column(Integer)
    channel_id: Mapped[int | None] = mapped_column(Integer)
    area: Mapped[str | None] = mapped_column(String(120))
    # The hold still running, whose hours grow with the clock: its start, and the start's
    # working position (microseconds since 2020-01-01) so that a read sums them in SQL.
    hold_unit_id: Mapped[int | None] = mapped_column(Integer)
    hold_since: Mapped[LocalDateTime | None]
    hold_pos: Mapped[int | None] = mapped_column(BigInteger)
    # Open and not paused: the earliest due time of its binding running clocks (overdue from
    # then on), and those clocks as JSON [[stage, charged unit, due], ...].
    overdue_from: Mapped[LocalDateTime | None]
    running: Mapped[str | None] = mapped_column(Text)
    # First forwarding -> result, working microseconds: the documents' median and p90.
    handling_us: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_stat_reports_day", "day", "report_id"),
        # Covering and partial (the reports open now): the live reads never touch the rows,
        # whose facts make them long. Day first, so that SQLite's planner, with no statistics,
        # takes them over ix_stat_reports_day for the same range.
        Index(
            "ix_stat_reports_holding",
            "day",
            "hold_unit_id",
            "hold_pos",
            "units",
            sqlite_where=text("hold_unit_id IS NOT NULL"),
            postgresql_where=text("hold_unit_id IS NOT NULL"),
        ),
        Index(
            "ix_stat_reports_overdue",
            "day",
            "overdue_from",
            "category_id",
            "channel_id",
            "area",
            "units",
            "running",
            sqlite_where=text("overdue_from IS NOT NULL"),
            postgresql_where=text("overdue_from IS NOT NULL"),
        ),
        Index(
            "ix_stat_reports_handling",
            "day",
            "handling_us",
            "category_id",
            "channel_id",
            "area",
            "units",
            sqlite_where=text("handling_us IS NOT NULL"),
            postgresql_where=text("handling_us IS NOT NULL"),
        ),
    )


class StatDaily(Base):
    __tablename__ = "stat_daily"

    scope: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    rejected: Mapped[int] = mapped_column(BigInteger, default=0)
    redirected: Mapped[int] = mapped_column(BigInteger, default=0)
    answered_directly: Mapped[int] = mapped_column(BigInteger, default=0)
    forwarded: Mapped[int] = mapped_column(BigInteger, default=0)
    returned: Mapped[int] = mapped_column(BigInteger, default=0)
    resolved: Mapped[int] = mapped_column(BigInteger, default=0)
    answered: Mapped[int] = mapped_column(BigInteger, default=0)
    open: Mapped[int] = mapped_column(BigInteger, default=0)
    extensions: Mapped[int] = mapped_column(BigInteger, default=0)
    reopened: Mapped[int] = mapped_column(BigInteger, default=0)
    rated: Mapped[int] = mapped_column(BigInteger, default=0)
    on_time: Mapped[int] = mapped_column(BigInteger, default=0)
    late: Mapped[int] = mapped_column(BigInteger, default=0)
    hours_n: Mapped[int] = mapped_column(BigInteger, default=0)
    hours_us: Mapped[int] = mapped_column(BigInteger, default=0)
    held_us: Mapped[int] = mapped_column(BigInteger, default=0)
    bounces: Mapped[int] = mapped_column(BigInteger, default=0)
    charged: Mapped[int] = mapped_column(BigInteger, default=0)
