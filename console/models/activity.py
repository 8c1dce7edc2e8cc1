"""What happens to a report: the append-only history and the records actions leave behind."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, LocalDateTime, str_enum
from console.models.enums import ExtensionStatus, Publication, ReportStatus
from console.models.org import Unit, User


class HistoryEntry(Base):
    """One action on a report. Rows are only ever inserted (the services never update them)."""

    __tablename__ = "report_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"))
    at: Mapped[LocalDateTime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[ReportStatus | None] = mapped_column(str_enum(ReportStatus))
    to_status: Mapped[ReportStatus] = mapped_column(str_enum(ReportStatus))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))  # the unit it went to
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer)  # the report's version after the action

    actor: Mapped[User | None] = relationship()
    unit: Mapped[Unit | None] = relationship()

    __table_args__ = (Index("ix_report_history_report_at", "report_id", "at", "id"),)


class ProgressNote(Base):
    __tablename__ = "progress_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[LocalDateTime]
    text: Mapped[str] = mapped_column(Text)
    # Thái Nguyên Điều 8 bước 3: past 3 days the citizen and the IOC must be told.
    notify_citizen: Mapped[bool] = mapped_column(Boolean, default=False)

    # The "Thông báo tiến độ" queue's EXISTS walks these only (migrations 0021, 0022): without
    # it PostgreSQL scanned every note, 130 ms a count at 1,000,000 reports (issue 15 item 4).
    # The predicate is the query's own (``is_(True)``), or the planner cannot use the index.
    __table_args__ = (
        Index(
            "ix_progress_notes_citizen",
            "report_id",
            postgresql_where=sql_text("notify_citizen IS true"),
            sqlite_where=sql_text("notify_citizen IS 1"),
        ),
    )


class Extension(Base):
    __tablename__ = "extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[LocalDateTime]
    reason: Mapped[str] = mapped_column(Text)
    original_due_at: Mapped[LocalDateTime | None]
    committed_due_at: Mapped[LocalDateTime]
    status: Mapped[ExtensionStatus] = mapped_column(
        str_enum(ExtensionStatus, 12), default=ExtensionStatus.REQUESTED
    )
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[LocalDateTime | None]


class Result(Base):
    """The handling unit's answer: draft, the leader-approved text, the text the IOC published."""

    __tablename__ = "results"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    submitted_at: Mapped[LocalDateTime]
    draft_text: Mapped[str] = mapped_column(Text)
    approved_text: Mapped[str | None] = mapped_column(Text)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[LocalDateTime | None]
    published_text: Mapped[str | None] = mapped_column(Text)
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    published_at: Mapped[LocalDateTime | None]
    publication: Mapped[Publication | None] = mapped_column(str_enum(Publication, 12))


class Feedback(Base):
    """A citizen's reply to the answer, and the rating if one was given (Điều 11)."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    at: Mapped[LocalDateTime]
    text: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[str | None] = mapped_column(String(24))  # a profile rating code
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Consultation(Base):
    """A unit asked for its opinion on a report (Điều 7.2c)."""

    __tablename__ = "consultations"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    requested_at: Mapped[LocalDateTime]
    answered_at: Mapped[LocalDateTime | None]
    answer: Mapped[str | None] = mapped_column(Text)


class Attachment(Base):
    """A photo, video, recording or document: stored bytes (small) or a path in the file store."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    history_id: Mapped[int | None] = mapped_column(ForeignKey("report_history.id"))
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    path: Mapped[str | None] = mapped_column(String(500))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    uploaded_at: Mapped[LocalDateTime]
