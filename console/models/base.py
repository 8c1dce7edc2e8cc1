"""Declarative base and the column types every entity shares.

Times are stored as naive local time (Asia/Ho_Chi_Minh, UTC+7, no DST): a province works in one
zone, the deadline engine counts in local office hours, and SQLite and PostgreSQL then store the
same value. Enums are stored by value as short strings so both databases read the same text.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, ClassVar

from sqlalchemy import DateTime, Enum, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, mapped_column

# Stable constraint names so Alembic can alter them (SQLite batch mode needs names).
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    if TYPE_CHECKING:  # every model maps one plain table (none maps a join or a select)
        __table__: ClassVar[Table]


LocalDateTime = Annotated[datetime, mapped_column(DateTime(timezone=False))]
Code = Annotated[str, mapped_column(String(40))]
Name = Annotated[str, mapped_column(String(255))]


def str_enum(cls: type[enum.Enum], length: int = 24) -> Enum:
    """An enum column stored by value (``"in_progress"``), not by member name."""
    return Enum(
        cls,
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
