"""The report itself and its stage deadlines."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, LocalDateTime, str_enum
from console.models.catalog import Category, Channel
from console.models.enums import Publication, ReportStatus, Restriction
from console.models.org import Unit, User


class Report(Base):
    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)  # TN-2026-000123
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    received_at: Mapped[LocalDateTime]
    occurred_at: Mapped[LocalDateTime | None]

    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(String(255), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    area: Mapped[str | None] = mapped_column(String(120))  # district / commune

    reporter_name: Mapped[str] = mapped_column(String(120), default="")
    reporter_honorific: Mapped[str] = mapped_column(String(16), default="Ông/Bà")
    reporter_phone: Mapped[str | None] = mapped_column(String(20))
    reporter_email: Mapped[str | None] = mapped_column(String(120))
    reporter_address: Mapped[str | None] = mapped_column(String(255))
    # Điều 5.4 (Thái Nguyên): the reporter asked to be kept secret -> answer sent privately.
    reporter_confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    restriction: Mapped[Restriction] = mapped_column(
        str_enum(Restriction, 16), default=Restriction.NONE
    )
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    flagged_wording: Mapped[bool] = mapped_column(Boolean, default=False)  # Lai Châu Điều 3

    status: Mapped[ReportStatus] = mapped_column(str_enum(ReportStatus))
    current_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The open stage and its deadline, denormalised from report_deadlines for the queues.
    stage: Mapped[str | None] = mapped_column(String(20))
    due_at: Mapped[LocalDateTime | None]
    # When less than a quarter of the stage's time is left ("sắp đến hạn"), for the queues.
    warn_at: Mapped[LocalDateTime | None]
    paused_at: Mapped[LocalDateTime | None]  # needs_info: the clock stands still
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))
    publication: Mapped[Publication | None] = mapped_column(str_enum(Publication, 12))
    rating: Mapped[str | None] = mapped_column(String(24))
    late: Mapped[bool] = mapped_column(Boolean, default=False)  # some stage finished past due
    # Code, title, description, place and phone folded (no diacritics, đ->d, lower case) for
    # the full-text index (FTS5 on SQLite, tsvector on PostgreSQL): console/search.py.
    search_text: Mapped[str] = mapped_column(Text, default="")

    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[LocalDateTime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolved_at: Mapped[LocalDateTime | None]
    published_at: Mapped[LocalDateTime | None]
    closed_at: Mapped[LocalDateTime | None]
    # Optimistic locking: each action bumps it by one with a compare-and-set
    # (console.services.action_base); an actor working from an older version is refused.
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The submitting client's uuid4 for this submission (unique): a replayed submit finds the
    # report it already made (console.services.intake_actions, console.services.outbox).
    client_key: Mapped[str | None] = mapped_column(String(36))

    channel: Mapped[Channel] = relationship()
    category: Mapped[Category | None] = relationship()
    current_unit: Mapped[Unit | None] = relationship(foreign_keys=[current_unit_id])
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])
    deadlines: Mapped[list[ReportDeadline]] = relationship(
        back_populates="report", order_by="ReportDeadline.id", cascade="all, delete-orphan"
    )

    __table_args__ = (
        # Queue pages: keyset on (due_at, id) within a status, a unit, an assignee.
        Index("ix_reports_status_due", "status", "due_at", "id"),
        Index("ix_reports_due", "due_at", "id"),
        # Covering for "due soon" (warn_at < now <= due_at) and "new" (not a linked duplicate).
        Index("ix_reports_status_warn", "status", "warn_at", "due_at", "id"),
        Index("ix_reports_status_dup_due", "status", "duplicate_of_id", "due_at", "id"),
        Index("ix_reports_emergency_due", "emergency", "due_at", "id"),
        Index("ix_reports_unit_status_due", "current_unit_id", "status", "due_at", "id"),
        Index("ix_reports_assignee_status_due", "assignee_id", "status", "due_at", "id"),
        Index("ix_reports_received", "received_at", "id"),
        # Filters by category or channel, in deadline order, without sorting the whole field.
        Index("ix_reports_category_due", "category_id", "due_at", "id"),
        Index("ix_reports_channel_due", "channel_id", "due_at", "id"),
        # The same filters newest or oldest first (without them every match is sorted).
        Index("ix_reports_category_received", "category_id", "received_at", "id"),
        Index("ix_reports_channel_received", "channel_id", "received_at", "id"),
        Index("ix_reports_unit_received", "current_unit_id", "received_at", "id"),
        Index("ix_reports_emergency_received", "emergency", "received_at", "id"),
        Index("ix_reports_reporter_phone", "reporter_phone"),
        Index("ix_reports_client_key", "client_key", unique=True),
    )


class ReportDeadline(Base):
    """One stage's clock for one report: when it started, when it is due, when it ended."""

    __tablename__ = "report_deadlines"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    started_at: Mapped[LocalDateTime]
    due_at: Mapped[LocalDateTime | None]
    warn_at: Mapped[LocalDateTime | None]
    # An approved extension moves due_at; the original stays on record (DESIGN §3).
    original_due_at: Mapped[LocalDateTime | None]
    completed_at: Mapped[LocalDateTime | None]
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    # This stage's duty was missed (console.sla.missed_duty): it made the report late, and the
    # statistics charge it to unit_id, the unit that held the report when the clock ran.
    missed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    report: Mapped[Report] = relationship(back_populates="deadlines")

    __table_args__ = (
        # The clocks still running past due now (the statistics' "overdue now", read live).
        Index(
            "ix_report_deadlines_open_due",
            "due_at",
            "report_id",
            sqlite_where=text("completed_at IS NULL"),
            postgresql_where=text("completed_at IS NULL"),
        ),
    )
