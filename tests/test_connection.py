"""The server connection (issue 11 item 5), tested against real PostgreSQL servers: a closed
port, a wrong password, a missing database, an older and a newer schema; the password kept in
the keyring and never in the settings file."""

from __future__ import annotations

import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from console.db import Database, alembic_config, make_engine, script_head
from console.services.connection import (
    EMBEDDED,
    NO_KEYRING,
    SERVER,
    ConnectionSettingError,
    Problem,
    ServerConfig,
    ServerPasswords,
    apply_choice,
    check_server,
    migrate_server,
    server_config,
    uses_server,
)
from console.settings import Settings, load_settings, save_settings
from tests.account_helpers import shared_hash
from tests.keyring_memory import MemoryKeyring

SECRET = "Mk-may-chu-2026"


def _config(url: str, **kw: object) -> ServerConfig:
    u = make_url(url)
    base = dict(
        host=u.host or "127.0.0.1",
        port=u.port or 5432,
        database=u.database or "",
        user=u.username or "postgres",
    )
    base.update(kw)
    return ServerConfig(**base)  # type: ignore[arg-type]


def _closed_port() -> int:
    with socket.socket() as s:  # a port nothing listens on once this closes
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def password_server() -> Iterator[ServerConfig]:
    """A throwaway PostgreSQL whose role "canbo" must give its password (scram-sha-256): the
    shared test server trusts every local connection, so it cannot refuse a password."""
    import pgserver

    with tempfile.TemporaryDirectory(prefix="console-pg-pw-") as data:
        server = pgserver.get_server(data, cleanup_mode="stop")
        try:
            server.psql(f"CREATE ROLE canbo LOGIN PASSWORD '{SECRET}';")
            hba = Path(data) / "pg_hba.conf"
            hba.write_text("local all canbo scram-sha-256\n" + hba.read_text())
            server.psql("SELECT pg_reload_conf();")
            yield ServerConfig(host=data, port=5432, database="postgres", user="canbo")
        finally:
            server.cleanup()


def test_a_closed_port_is_host_unreachable(pg_server_url: str) -> None:
    result = check_server(_config(pg_server_url, port=_closed_port()), None)
    assert result.problem is Problem.UNREACHABLE
    assert "Không kết nối được máy chủ" in result.message and "không trả lời" in result.message


def test_a_wrong_password_is_refused_by_name(password_server: ServerConfig) -> None:
    wrong = check_server(password_server, "mat-khau-sai")
    assert wrong.problem is Problem.AUTH
    assert "sai tên người dùng hoặc mật khẩu" in wrong.message and "'canbo'" in wrong.message
    assert check_server(password_server, None).problem is Problem.AUTH  # none given
    right = check_server(password_server, SECRET)
    assert right.ok and "còn trống" in right.message  # the postgres database has no schema


def test_an_unknown_user_is_refused_like_a_wrong_password(pg_server_url: str) -> None:
    result = check_server(_config(pg_server_url, user="khong_co_ai"), None)
    assert result.problem is Problem.AUTH


def test_a_missing_database_is_named(pg_server_url: str) -> None:
    result = check_server(_config(pg_server_url, database="khong_co_csdl_nay"), None)
    assert result.problem is Problem.NO_DATABASE
    assert "không có cơ sở dữ liệu 'khong_co_csdl_nay'" in result.message


def test_a_database_at_the_apps_schema_is_ready(pg_url: str) -> None:
    Database(pg_url).close()
    result = check_server(_config(pg_url), None)
    assert result.ok and result.revision == script_head()


def test_an_older_schema_is_upgraded_only_by_its_administrator(pg_url: str) -> None:
    from alembic import command

    engine = make_engine(pg_url)
    command.upgrade(alembic_config(engine), "0010")
    with engine.begin() as conn:  # an administrator, as the schema of 0010 has it
        conn.execute(
            text(
                "INSERT INTO units (code, name, short_name, kind, active) "
                "VALUES ('ioc', 'Trung tâm IOC', 'IOC', 'ioc', true)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO users (username, full_name, unit_id, password_hash, active, "
                "failed_logins, must_change_password, created_at) VALUES ('quantri', 'Quản Trị', "
                "(SELECT id FROM units WHERE code = 'ioc'), :h, true, 0, false, now())"
            ),
            {"h": shared_hash()},
        )
        conn.execute(text("INSERT INTO user_roles (user_id, role) SELECT id, 'admin' FROM users"))
    engine.dispose()
    config = _config(pg_url)
    older = check_server(config, None)
    assert older.problem is Problem.SCHEMA_OLDER and older.can_migrate
    assert "phiên bản 0010" in older.message and "Quản trị viên" in older.message

    from tests.account_helpers import PASSWORD

    with pytest.raises(ConnectionSettingError, match="Chỉ quản trị viên"):
        migrate_server(config, None, "quantri", "sai")
    assert check_server(config, None).revision == "0010"
    done = migrate_server(config, None, "quantri", PASSWORD)
    assert done.ok and done.revision == script_head()
    check = create_engine(make_url(pg_url).set(drivername="postgresql+psycopg"))
    with check.connect() as conn:
        entry = conn.execute(
            text(
                "SELECT actor_name, old_value, new_value FROM audit_log "
                "WHERE action = 'connection.migrate'"
            )
        ).one()
    check.dispose()
    assert entry[0] == "quantri" and entry[1] == "0010" and entry[2] == script_head()


def test_a_newer_schema_asks_to_update_the_app(pg_url: str) -> None:
    Database(pg_url).close()
    engine = create_engine(make_url(pg_url).set(drivername="postgresql+psycopg"))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9001'"))
    engine.dispose()
    result = check_server(_config(pg_url), None)
    assert result.problem is Problem.SCHEMA_NEWER and not result.can_migrate
    assert "cập nhật ứng dụng" in result.message


def test_the_password_goes_to_the_keyring_never_to_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    config = ServerConfig("csdl.ioc.laichau.gov.vn", 5432, "ioc_laichau", "ioc")
    settings = apply_choice(Settings(database_url="sqlite:////tmp/cu.sqlite3"), SERVER, config)
    save_settings(settings, path)
    store = ServerPasswords(MemoryKeyring())
    assert store.save(config, SECRET)
    assert SECRET not in path.read_text(encoding="utf-8")
    again = load_settings(path)
    assert uses_server(again) and server_config(again) == config and again.database_url == ""
    assert store.get(config) == SECRET
    # back to the embedded file without retyping the server: its fields stay for next time
    back = apply_choice(again, EMBEDDED, None)
    assert not uses_server(back) and server_config(back) == config
    store.forget(config)
    assert store.get(config) is None


def test_without_a_keyring_nothing_is_stored_and_the_message_says_so() -> None:
    store = ServerPasswords(fail.Keyring())
    config = ServerConfig("10.0.0.5")
    assert not store.available()
    assert store.save(config, SECRET) is False and store.get(config) is None
    assert "mỗi lần khởi động" in NO_KEYRING


def test_a_server_choice_needs_its_fields() -> None:
    with pytest.raises(ConnectionSettingError, match="địa chỉ máy chủ"):
        apply_choice(Settings(), SERVER, ServerConfig(" "))
    with pytest.raises(ConnectionSettingError, match="Cổng"):
        apply_choice(Settings(), SERVER, ServerConfig("h", 70000))
