"""Shared fixtures: headless Qt, real SQLite files, a real PostgreSQL database per run."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen in CI; must precede Qt
# Tests never read or write the user's real settings.
os.environ["CONSOLE_SETTINGS"] = os.path.join(
    os.environ.get("TMPDIR", "/tmp"), f"console-test-settings-{os.getpid()}.toml"
)
# ... nor the user's real outbox (console/services/outbox.py).
os.environ["CONSOLE_OUTBOX_DIR"] = os.path.join(
    os.environ.get("TMPDIR", "/tmp"), f"console-test-outbox-{os.getpid()}"
)
# ... nor the machine's keyring (the outbox's key, console/services/outbox_key.py): no keyring
# unless a test installs one (tests/keyring_memory.py), as on a headless workstation.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ["CONSOLE_OFFLINE_DIR"] = os.path.join(  # offline verifiers (issue 15 item 2)
    os.environ.get("TMPDIR", "/tmp"), f"console-test-offline-{os.getpid()}"
)
os.environ.pop("CONSOLE_DB_URL", None)
os.environ.pop("CONSOLE_PROFILE", None)

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from console.db import Database


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'console.sqlite3'}"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head for the whole run: migrating a new file costs ≈ 0.2 s,
    copying this one ≈ 2 ms, and several hundred tests start from an empty database."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the one file
    db.close()
    return path


@pytest.fixture
def sqlite_db(sqlite_url: str, sqlite_template: Path) -> Iterator[Database]:
    shutil.copyfile(sqlite_template, make_url(sqlite_url).database or "")
    db = Database(sqlite_url)
    yield db
    db.close()


def _pg_server_url() -> Iterator[str]:
    """$CONSOLE_TEST_PG_URL, or a throwaway server started for this run (never a skip)."""
    given = os.environ.get("CONSOLE_TEST_PG_URL")
    if given:
        yield given
        return
    from tests.pg_pair import PgPair

    server = PgPair()
    try:
        # On 127.0.0.1 (a free port): the connection tests and the silent-link proxy need TCP.
        yield server.start_primary(max_connections=100).single_url("primary")
    finally:
        server.stop_all()


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    yield from _pg_server_url()


@pytest.fixture(scope="session")
def pg_admin_url(pg_server_url: str) -> str:
    url = make_url(pg_server_url)
    return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh database for one test, dropped afterwards."""
    name = f"console_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    try:
        yield make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    db = Database(pg_url)
    yield db
    db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest) -> Database:
    """The same test on a SQLite file and on PostgreSQL."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")
