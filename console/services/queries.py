"""Read-only facts about a database as a whole (for the app's start)."""

from __future__ import annotations

from sqlalchemy import select

from console.db import Database
from console.models import Report, User


def is_empty(db: Database) -> bool:
    """No report and no user: a new database that the first start fills with demo data."""
    with db.session() as session:
        # One row is enough to know (a count of a million reports takes 0.1 s at start).
        return (
            session.scalar(select(Report.id).limit(1)) is None
            and session.scalar(select(User.id).limit(1)) is None
        )
