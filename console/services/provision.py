"""Load a regulation profile's reference data (units, categories, channels) into a database.

Idempotent: running it again updates names and parents and adds what is new, never deletes
(reports and history point at units and categories).
"""

from __future__ import annotations

import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.db import Database
from console.models import Category, Channel, Meta, Unit, UnitKind
from console.profiles import Profile
from console.timeutil import now_local

PROFILE_KEY = "profile"


class ProfileMismatchError(RuntimeError):
    pass


def database_profile(session: Session) -> str | None:
    row = session.get(Meta, PROFILE_KEY)
    return row.value if row else None


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def provision(db: Database, profile: Profile) -> None:
    """Make the database carry ``profile``'s units, categories and channels."""
    with db.session() as session:
        current = database_profile(session)
        if current is not None and current != profile.key:
            raise ProfileMismatchError(
                f"Cơ sở dữ liệu này thuộc hồ sơ '{current}', không phải '{profile.key}'"
            )
        units = {u.code: u for u in session.scalars(select(Unit))}
        for spec in profile.units:
            unit = units.get(spec.code)
            if unit is None:
                unit = Unit(code=spec.code)
                session.add(unit)
                units[spec.code] = unit
            unit.name = spec.name
            unit.short_name = spec.short_name
            unit.kind = UnitKind(spec.kind)
            unit.area = spec.area
        session.flush()
        for spec in profile.units:
            units[spec.code].parent_id = units[spec.parent].id if spec.parent else None

        categories = {c.code: c for c in session.scalars(select(Category))}
        for order, cat_spec in enumerate(profile.categories):
            cat = categories.get(cat_spec.code)
            if cat is None:
                cat = Category(code=cat_spec.code)
                session.add(cat)
            cat.name = cat_spec.name
            cat.topic = cat_spec.topic
            cat.default_unit_id = units[cat_spec.default_unit].id
            cat.clock_kind = cat_spec.handle.kind if cat_spec.handle else None
            cat.clock_amount = cat_spec.handle.amount if cat_spec.handle else None
            cat.emergency = cat_spec.emergency
            cat.sort_order = order

        channels = {c.code: c for c in session.scalars(select(Channel))}
        for ch_spec in profile.channels:
            ch = channels.get(ch_spec.code)
            if ch is None:
                ch = Channel(code=ch_spec.code)
                session.add(ch)
            ch.name = ch_spec.name
            ch.recorded = ch_spec.recorded

        set_meta(session, PROFILE_KEY, profile.key)
        if current is None:
            set_meta(session, "provisioned_at", now_local().isoformat(timespec="seconds"))


DEFAULT_PROFILE = "thai-nguyen"


def choose_profile(db: Database, explicit: str | None = None) -> Profile:
    """--profile (or $CONSOLE_PROFILE), else the database's own, else settings, else default.

    A database made for one province refuses another province's profile.
    """
    from console.profiles import load_profile

    key = explicit or os.environ.get("CONSOLE_PROFILE")
    with db.session() as s:
        stored = database_profile(s)
    if key and stored and key != stored:
        raise ProfileMismatchError(
            f"Cơ sở dữ liệu {db.display_url} thuộc hồ sơ '{stored}', không dùng được hồ sơ '{key}'"
        )
    if not key:
        from console.settings import load_settings

        key = stored or load_settings().profile or DEFAULT_PROFILE
    return load_profile(key)
