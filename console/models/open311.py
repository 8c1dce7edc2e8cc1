"""Citizen apps on Open311 GeoReport v2 (issue 12): their API keys and where each report came from.

An API key belongs to one channel application (C-ThaiNguyen, Đắk Lắk G…) and so to one of the
province's channels: a report it posts is received on that channel. Only the SHA-256 of the key
is stored (a random 32-byte secret needs no slow password hash; the server checks it on every
request). ``open311_requests`` links a report to the app or the imported file it came from, with
what GeoReport carries that a report has no column for (media_url, device_id, account_id).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, LocalDateTime
from console.models.catalog import Channel


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)  # the app: "c-thainguyen"
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id"))
    prefix: Mapped[str] = mapped_column(String(12))  # the first characters: which key is which
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 hex of the whole key
    created_at: Mapped[LocalDateTime]
    created_by: Mapped[str] = mapped_column(String(120), default="")
    revoked_at: Mapped[LocalDateTime | None]

    channel: Mapped[Channel] = relationship()


class Open311Request(Base):
    """A report received through Open311: posted by an app (api_key_id) or imported from a file."""

    __tablename__ = "open311_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), unique=True)
    api_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"))
    source: Mapped[str] = mapped_column(String(16))  # "api" | "import"
    app_name: Mapped[str] = mapped_column(String(120))  # the key's name, or the imported file's
    media_url: Mapped[str | None] = mapped_column(Text)  # kept as a link, not fetched
    device_id: Mapped[str | None] = mapped_column(String(120))
    account_id: Mapped[str | None] = mapped_column(String(120))
    external_id: Mapped[str | None] = mapped_column(String(120))  # the app's own id, on import
    received_at: Mapped[LocalDateTime]

    api_key: Mapped[ApiKey | None] = relationship()

    __table_args__ = (Index("ix_open311_requests_api_key", "api_key_id"),)
