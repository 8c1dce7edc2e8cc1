"""The "Tất cả" counter from the totals PostgreSQL keeps per unit (migration 0023).

Counting every report a person sees took 124 ms for the IOC at 1,000,000 reports, and every IOC
console did it on every new report; summing a few rows of ``report_totals`` takes about a
millisecond and is as exact (the triggers change it in the statement that changes the reports).
SQLite has no such table: its one workstation counts.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ScalarSelect, column, false, func, select, table
from sqlalchemy.orm import Session

from console.services.auth import AuthenticatedUser
from console.services.visibility import own_units_in_sql

_TOTALS = table("report_totals", column("unit_key"), column("n"))


def kept(session: Session) -> bool:
    """Does this database keep the totals (PostgreSQL)?"""
    return session.get_bind().dialect.name == "postgresql"


def held_total_sql(actor: AuthenticatedUser) -> ScalarSelect[Any]:
    """How many reports ``actor`` sees (the "Tất cả" queue, no filter), on PostgreSQL: a
    scalar subquery, read with the other counters in one statement."""
    stmt = select(func.coalesce(func.sum(_TOTALS.c.n), 0))
    units = own_units_in_sql(actor)
    if units is not None:
        stmt = stmt.where(_TOTALS.c.unit_key.in_(units) if actor.unit_id else false())
    return stmt.scalar_subquery()
