"""Migrations build the schema from nothing, leave no difference to the models, run twice."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from console.db import Database, current_revision, head_revision, upgrade
from console.models import Base
from console.search import HAND_MADE


def test_new_database_is_at_head_with_every_table(any_db: Database) -> None:
    assert current_revision(any_db.engine) == head_revision()
    tables = set(inspect(any_db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_models_and_migrations_agree(any_db: Database) -> None:
    with any_db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "compare_type": True, "include_name": lambda name, *_: name not in HAND_MADE})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_opening_again_is_a_no_op(sqlite_url: str) -> None:
    Database(sqlite_url).close()
    db = Database(sqlite_url)
    upgrade(db.engine)
    assert current_revision(db.engine) == head_revision()
    db.close()


def test_an_old_file_is_upgraded_on_open(sqlite_url: str) -> None:
    from alembic import command

    from console.db import alembic_config, make_engine

    engine = make_engine(sqlite_url)
    command.upgrade(alembic_config(engine), "head")
    command.downgrade(alembic_config(engine), "base")  # what a file from before looks like
    assert current_revision(engine) is None
    engine.dispose()
    db = Database(sqlite_url)
    assert current_revision(db.engine) == head_revision()
    db.close()
