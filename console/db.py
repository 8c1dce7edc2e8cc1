"""The one place that opens databases: engine from a URL, SQLite pragmas, sessions, migrations.

The embedded default is a SQLite file in the user's data directory (WAL, foreign keys on); a
province's central database is PostgreSQL, chosen by URL. Opening a database upgrades it to the
newest schema so an old file never meets new code.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DataError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from console.errors import MessageError, storage_error

APP_NAME = "ioc-console"
# A console's connections to PostgreSQL (issue 15 item 4): it uses two at once (an action or a
# page on the screen's worker while the counters refresh in the background), kept open between
# uses; up to three more for a moment (an export, letters, the outbox's replay), closed when
# returned. Fifty consoles: about 100 pooled + 50 LISTEN (docs/benchmarks.md).
POOL_SIZE = 2
POOL_OVERFLOW = 3
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseError(MessageError, RuntimeError):
    """A database could not be opened; the message is for the operator."""


def default_url() -> str:
    data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{data_dir / 'console.sqlite3'}"


def resolve_url(url: str | None = None) -> str:
    """The URL to use: an explicit one, else $CONSOLE_DB_URL, else the embedded default."""
    return url or os.environ.get("CONSOLE_DB_URL") or default_url()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a crash loses no committed data
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _parse(url: str) -> URL:
    """``url`` parsed; only SQLite and PostgreSQL are databases of this console."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError("Địa chỉ cơ sở dữ liệu không hợp lệ: {url!r}", url=url) from exc
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(
            "Không dùng được cơ sở dữ liệu {kind}: chỉ SQLite (sqlite:///tệp) "
            "hoặc PostgreSQL (postgresql://…)",
            kind=parsed.get_backend_name(),
        )
    return parsed


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for another database or an in-memory one)."""
    parsed = _parse(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()


def database_label(url: str) -> str:
    """A database's address in a few words for the status bar: the SQLite file's name, or the
    server's host and database (the whole address goes in its tooltip)."""
    try:
        u = make_url(url)
    except ArgumentError:
        return url
    if u.drivername.startswith("sqlite"):
        return Path(u.database).name if u.database else ":memory:"
    hosts = u.query.get("host")  # a multi-host list (failover): host=a:5432&host=b:5432
    host = u.host or (hosts if isinstance(hosts, str) else ",".join(hosts or ()))
    return f"{host or 'localhost'}/{u.database or ''}"


def make_engine(url: str, *, bounded: bool = False, **kwargs: Any) -> Engine:
    """An engine for ``url``; for SQLite the file's folder is created and the pragmas set.
    ``bounded``: every wait on PostgreSQL has an end (console/pg_wait.py; the desktop app)."""
    parsed = _parse(url)
    if parsed.drivername == "postgresql":
        url = str(parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False))
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:  # /proc/…, a read-only disk, a file in the way
                raise DatabaseError(
                    "Không tạo được thư mục {folder} cho cơ sở dữ liệu: {reason}",
                    folder=str(folder),
                    reason=exc.strerror or str(exc),
                ) from exc
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_size", POOL_SIZE)
    kwargs.setdefault("max_overflow", POOL_OVERFLOW)
    # A server gone silent must show in seconds, not after the system's TCP timeouts (minutes):
    # the intake form then queues the report in the outbox (console/services/outbox.py).
    connect_args = {
        "connect_timeout": 10,
        "tcp_user_timeout": 30_000,
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": 10,
        "keepalives_count": 3,
        **kwargs.pop("connect_args", {}),
    }
    if bounded:
        from console import pg_wait

        connect_args.update(pg_wait.BOUNDED_ARGS)
        return pg_wait.bound(
            create_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)
        )
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (a new file gets the whole schema)."""
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


_REVISION = re.compile(r'^(down_)?revision: str(?: \| None)? = "(\w+)"', re.MULTILINE)


def script_revisions() -> set[str]:
    """Every revision this app's migrations know (a database at none of them is newer)."""
    return {
        rev
        for path in (MIGRATIONS_DIR / "versions").glob("*.py")
        for down, rev in _REVISION.findall(path.read_text(encoding="utf-8"))
        if not down
    }


def script_head() -> str | None:
    """The newest migration's revision, read from the scripts' text: starting the app need
    not import Alembic (0.2 s) to learn that the database is up to date."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for down, revision in _REVISION.findall(path.read_text(encoding="utf-8")):
            (downs if down else revisions).add(revision)
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def at_head(engine: Engine) -> bool:
    """The database's schema is the newest one. Not reaching the server is an error here."""
    head = script_head()
    with engine.connect() as conn:
        try:
            return (
                head is not None
                and conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head
            )
        except DBAPIError:  # no version table yet: a new database
            return False


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = alembic_config(None)  # type: ignore[arg-type]
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def ensure_indexes(engine: Engine) -> None:
    """Create any index of the models that is missing (a bulk load stopped half-way)."""
    from console.models import Base

    # One catalogue query, not the inspector's few per table (0.2 s on PostgreSQL at start).
    names = (
        "SELECT name FROM sqlite_master WHERE type = 'index'"
        if engine.dialect.name == "sqlite"
        else "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    )
    with engine.begin() as conn:
        existing = set(conn.exec_driver_sql(names).scalars())
        for table in Base.metadata.sorted_tables:
            for ix in table.indexes:
                if ix.name not in existing:
                    ix.create(conn)


class Database:
    """An opened, migrated database and its session factory."""

    def __init__(
        self,
        url: str | None = None,
        *,
        migrate: bool = True,
        create: bool = True,
        bounded: bool = False,
    ) -> None:
        """``create=False``: a SQLite file that does not exist is an error, not a new empty
        database (a mistyped path on the command line; only demo and migrate create one).
        ``bounded``: every wait on PostgreSQL ends (console/pg_wait.py), the desktop app's
        choice; a schema upgrade at opening runs without the statement timeout."""
        self.url = resolve_url(url)
        path = sqlite_file(self.url)
        if not create and path is not None and not path.exists():
            raise DatabaseError(
                "Không có cơ sở dữ liệu {path}: hãy kiểm tra đường dẫn (chỉ "
                "lệnh demo và migrate tạo cơ sở dữ liệu mới)",
                path=str(path),
            )
        self.engine = make_engine(self.url, bounded=bounded)
        try:
            if migrate:
                if not at_head(self.engine):
                    if bounded and path is None:  # an upgrade may run longer than a statement
                        unbounded = make_engine(self.url)
                        try:
                            upgrade(unbounded)
                        finally:
                            unbounded.dispose()
                    else:
                        upgrade(self.engine)
                ensure_indexes(self.engine)
            else:
                with self.engine.connect():
                    pass
        except OperationalError as exc:
            self.engine.dispose()
            if path is not None:  # SQLite's "unable to open database file"
                raise DatabaseError(
                    "Không mở được tệp cơ sở dữ liệu {path} (không có quyền, hoặc "
                    "không phải một tệp thường)",
                    path=str(path),
                ) from exc
            reason = " ".join(str(exc.orig).split())  # drivers answer in several lines
            raise DatabaseError(
                "Không kết nối được cơ sở dữ liệu {url}: {reason}",
                url=self.display_url,
                reason=reason,
            ) from exc
        except (DBAPIError, OSError) as exc:  # "file is not a database", a disk I/O error
            self.engine.dispose()
            if path is not None:
                raise DatabaseError(
                    "Tệp {path} không phải cơ sở dữ liệu của bảng điều khiển hoặc đã hỏng",
                    path=str(path),
                ) from exc
            raise DatabaseError("Không mở được cơ sở dữ liệu {url}", url=self.display_url) from exc
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work commits on success and rolls back on any error. A value the
        database refuses (too long, a NUL byte, a lone surrogate) raises StorageError with a
        Vietnamese message, never the driver's text (the detail is logged); the input checks
        (console/text_input.py) should have refused it first."""
        try:
            with self.sessions.begin() as session:
                yield session
        except (DataError, UnicodeEncodeError) as exc:
            raise storage_error(exc) from exc

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_db(args: Any, *, create: bool = False) -> Database:
    """The database a command names (``--db``), else $CONSOLE_DB_URL or the default file; a
    SQLite file must exist unless ``create`` (demo, migrate)."""
    return Database(getattr(args, "db", None), create=create)
