"""Alembic environment: runs on the engine handed in by console.db (SQLite or PostgreSQL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from console.models import Base
from console.search import HAND_MADE

config = context.config
target_metadata = Base.metadata


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Leave the full-text objects the migrations make by hand out of autogenerate."""
    return name not in HAND_MADE


def run() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # plain `alembic` command line: sqlalchemy.url from the ini
        engine = engine_from_config(
            config.get_section(config.config_ini_section, {}),
            prefix="sqlalchemy.",
            poolclass=pool.NullPool,
        )
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move
            compare_type=True,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run()
