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
        ctx = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "include_name": lambda name, *_: name not in HAND_MADE},
        )
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


def test_the_scripts_head_read_as_text_is_alembics_head(sqlite_db: Database) -> None:
    from console.db import at_head, head_revision, script_head

    assert script_head() == head_revision()
    assert at_head(sqlite_db.engine)  # opening upgraded it
    with sqlite_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    assert not at_head(sqlite_db.engine)


def test_opening_puts_back_an_index_a_stopped_bulk_load_left_out(any_db: Database) -> None:
    with any_db.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_reports_received")
    names = {ix["name"] for ix in inspect(any_db.engine).get_indexes("reports")}
    assert "ix_reports_received" not in names
    again = Database(any_db.url)
    try:
        names = {ix["name"] for ix in inspect(again.engine).get_indexes("reports")}
        assert "ix_reports_received" in names
    finally:
        again.close()
