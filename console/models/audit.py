"""The audit trail (issue 11): who did what, when, to what, with the value before and after.

Rows are only ever inserted (console/services/audit.py). No service updates or deletes them, and
migration 0012 adds triggers that refuse UPDATE and DELETE on both databases, so the trail
stays what it was even against hand-run SQL through the app's connection.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from console.models.base import Base, LocalDateTime


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[LocalDateTime] = mapped_column(index=True)
    # The account that acted (None: the command line, or a sign-in with an unknown name).
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    # The name as it was then ("nva", "system:root", or the name typed at a failed sign-in).
    actor_name: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40), index=True)  # "login.failed", "user.roles"…
    target: Mapped[str] = mapped_column(String(255), default="")  # "user:nva", "day:2026-09-01"
    old_value: Mapped[Any | None] = mapped_column(JSON)
    new_value: Mapped[Any | None] = mapped_column(JSON)
