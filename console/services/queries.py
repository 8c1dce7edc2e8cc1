"""Read-only facts about a database as a whole (for the app's start)."""

from __future__ import annotations

from sqlalchemy import func, select

from console.db import Database
from console.models import Report, User


def is_empty(db: Database) -> bool:
    """No report and no user: a new database that the first start fills with demo data."""
    with db.session() as session:
        reports = session.scalar(select(func.count(Report.id))) or 0
        users = session.scalar(select(func.count(User.id))) or 0
        return reports == 0 and users == 0
