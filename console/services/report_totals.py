"""The "Tất cả" counter from the totals PostgreSQL keeps per unit (migration 0023).

Counting every report a person sees took 124 ms for the IOC at 1,000,000 reports, and every IOC
console did it on every new report; summing a few rows of ``report_totals`` takes about a
millisecond and is as exact (the triggers change it in the statement that changes the reports).
SQLite has no such table: its one workstation counts.
"""

from __future__ import annotations

from sqlalchemy import column, func, select, table
from sqlalchemy.orm import Session

from console.services.auth import AuthenticatedUser
from console.services.visibility import own_units_in_sql

_TOTALS = table("report_totals", column("unit_key"), column("n"))


def kept(session: Session) -> bool:
    """Does this database keep the totals (PostgreSQL)?"""
    return session.get_bind().dialect.name == "postgresql"


def held_total(session: Session, actor: AuthenticatedUser) -> int:
    """How many reports ``actor`` sees (the "Tất cả" queue, no filter), on PostgreSQL."""
    stmt = select(func.coalesce(func.sum(_TOTALS.c.n), 0))
    units = own_units_in_sql(actor)
    if units is not None:
        if actor.unit_id is None:
            return 0
        stmt = stmt.where(_TOTALS.c.unit_key.in_(units))
    return int(session.scalar(stmt) or 0)
