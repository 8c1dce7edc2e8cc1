"""The categories' handling clocks as the administrator set them over time (category_clocks),
read for the deadline engine: a report takes the clock in force when it was received."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import Category, CategoryClock
from console.profiles import Clock, Profile
from console.sla import CategoryClocks, DeadlineEngine


def db_clock(profile: Profile, kind: str | None, amount: float | None) -> Clock | None:
    """A stored clock as the engine's; it counts from the event the profile's general
    handling clock counts from ("forwarded", or "routed" where a district team receives)."""
    if kind is None:
        return None
    return Clock(kind, float(amount or 0), profile.clocks["handle"].start)


def load_category_clocks(session: Session, profile: Profile) -> CategoryClocks:
    """Each changed category's clocks, oldest first (categories never changed are absent:
    the engine takes the profile's)."""
    out: CategoryClocks = {}
    rows = session.execute(
        select(
            Category.code,
            CategoryClock.effective_from,
            CategoryClock.clock_kind,
            CategoryClock.clock_amount,
        )
        .join(Category, Category.id == CategoryClock.category_id)
        .order_by(CategoryClock.effective_from, CategoryClock.id)
    )
    for code, since, kind, amount in rows:
        out.setdefault(code, []).append((since, db_clock(profile, kind, amount)))
    return out


def engine_from_session(session: Session, profile: Profile) -> DeadlineEngine:
    """The deadline engine on the database's calendar and category clocks."""
    from console.services.calendar import calendar_from_session  # calendar imports this module

    return DeadlineEngine(
        profile, calendar_from_session(session, profile), load_category_clocks(session, profile)
    )
