"""Which database this workstation uses (issue 11 item 5): the embedded SQLite file or the
province's PostgreSQL server; the server's password in the OS keyring (never in the settings
file); a connection test that names each failure in Vietnamese; upgrading an older schema by an
administrator.

The settings keep host, port, database and user (console/settings.py). Where the machine has no
real keyring the password is asked at each start, and the dialog says so.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TypedDict

import keyring
import psycopg
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError
from sqlalchemy.engine import URL

from console.db import make_engine, script_head, script_revisions, upgrade
from console.errors import MessageError
from console.remember import SERVICE, backend_problem
from console.settings import Settings

EMBEDDED, SERVER = "embedded", "server"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT = 5  # seconds: a test must answer while the person waits

NO_KEYRING = (
    "Máy này không có kho khóa bảo mật của hệ điều hành (keyring): mật khẩu máy chủ "
    "không được lưu, ứng dụng sẽ hỏi mật khẩu mỗi lần khởi động"
)


class ConnectionSettingError(MessageError, ValueError):
    """A connection setting the console refuses; the message is for the operator."""


class Problem(StrEnum):
    UNREACHABLE = "unreachable"
    AUTH = "auth"
    NO_DATABASE = "no_database"
    SCHEMA_OLDER = "schema_older"
    SCHEMA_NEWER = "schema_newer"
    OTHER = "other"


class LibpqArgs(TypedDict, total=False):
    """The server's address as psycopg.connect takes it (libpq's keywords)."""

    host: str
    port: str | int
    target_session_attrs: str


@dataclass(frozen=True, slots=True)
class ServerConfig:
    host: str
    port: int = DEFAULT_PORT
    database: str = "ioc_console"
    user: str = "ioc"

    def checked(self) -> ServerConfig:
        host, database, user = self.host.strip(), self.database.strip(), self.user.strip()
        if not host or not all(h for h, _p in ServerConfig(host, self.port).endpoints()):
            raise ConnectionSettingError("Hãy nhập địa chỉ máy chủ")
        for _h, port in ServerConfig(host, self.port).endpoints():
            if not 0 < port < 65536:
                raise ConnectionSettingError("Cổng phải từ 1 đến 65535 (được {port})", port=port)
        if not 0 < self.port < 65536:
            raise ConnectionSettingError("Cổng phải từ 1 đến 65535 (được {port})", port=self.port)
        if not database:
            raise ConnectionSettingError("Hãy nhập tên cơ sở dữ liệu")
        if not user:
            raise ConnectionSettingError("Hãy nhập tên người dùng của máy chủ")
        return ServerConfig(host, self.port, database, user)

    def endpoints(self) -> list[tuple[str, int]]:
        """The servers the address lists, "10.0.0.5, 10.0.0.6:5433": a primary and its
        standbys (issue 15 item 3); a host without its own port has the port field's."""
        out = []
        for part in (p.strip() for p in self.host.split(",")):
            name, sep, port = part.rpartition(":")
            if sep and port.isdigit() and ":" not in name:  # not an IPv6 address's colons
                out.append((name, int(port)))
            else:
                out.append((part, self.port))
        return out

    def url(self, password: str | None) -> str:
        """One server: host and port. Several: libpq's multi-host list, where the console
        connects to the first that accepts writes (``target_session_attrs=read-write``), so
        after a failover it finds the promoted standby by itself."""
        points = self.endpoints()
        if len(points) == 1:
            return URL.create(
                "postgresql+psycopg",
                username=self.user,
                password=password or None,
                host=points[0][0],
                port=points[0][1],
                database=self.database,
            ).render_as_string(hide_password=False)
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            database=self.database,
            query={"host": [f"{h}:{p}" for h, p in points], "target_session_attrs": "read-write"},
        ).render_as_string(hide_password=False)

    def libpq_args(self) -> LibpqArgs:
        """host/port for psycopg.connect: libpq's comma lists when there are several."""
        points = self.endpoints()
        if len(points) == 1:
            return {"host": points[0][0], "port": points[0][1]}
        return {
            "host": ",".join(h for h, _p in points),
            "port": ",".join(str(p) for _h, p in points),
            "target_session_attrs": "read-write",
        }

    @property
    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """A connection test's answer: ``problem`` None when the console can work on it."""

    problem: Problem | None
    message: str
    revision: str | None = None  # the database's schema revision
    head: str | None = None  # the app's

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def can_migrate(self) -> bool:
        return self.problem is Problem.SCHEMA_OLDER


# -- the settings --------------------------------------------------------------------------
def server_config(settings: Settings) -> ServerConfig | None:
    if not settings.server_host:
        return None
    return ServerConfig(
        settings.server_host,
        settings.server_port or DEFAULT_PORT,
        settings.server_database,
        settings.server_user,
    )


def uses_server(settings: Settings) -> bool:
    return settings.connection == SERVER and server_config(settings) is not None


def apply_choice(settings: Settings, target: str, config: ServerConfig | None) -> Settings:
    """``settings`` pointing at ``target`` (the server's fields kept when going embedded, so
    switching back needs no typing)."""
    if target not in (EMBEDDED, SERVER):
        raise ConnectionSettingError("Kiểu kết nối không hợp lệ: '{target}'", target=target)
    settings.connection = target
    if config is not None:
        config = config.checked()
        settings.server_host, settings.server_port = config.host, config.port
        settings.server_database, settings.server_user = config.database, config.user
    if target == SERVER:
        if server_config(settings) is None:
            raise ConnectionSettingError("Hãy nhập địa chỉ máy chủ")
        settings.database_url = ""  # an older hand-written URL must not win over the choice
    return settings


# -- the password in the keyring -----------------------------------------------------------
class ServerPasswords:
    """The server's password in the OS keyring (service "ioc-console", account
    "server-password:<user>@<host>:<port>/<database>"): never in a file."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._fixed = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._fixed if self._fixed is not None else keyring.get_keyring()

    def available(self) -> bool:
        try:
            return backend_problem(self.backend) is None
        except Exception:  # a broken backend is no keyring
            return False

    @staticmethod
    def account(config: ServerConfig) -> str:
        return f"server-password:{config.label}"

    def get(self, config: ServerConfig) -> str | None:
        if not self.available():
            return None
        try:
            return self.backend.get_password(SERVICE, self.account(config))
        except KeyringError:
            return None

    def save(self, config: ServerConfig, password: str) -> bool:
        """Keep ``password``; False (nothing written anywhere) where there is no keyring."""
        if not self.available():
            return False
        try:
            self.backend.set_password(SERVICE, self.account(config), password)
        except KeyringError as exc:
            raise ConnectionSettingError(
                "Không ghi được mật khẩu vào kho khóa bảo mật: {error}", error=str(exc)
            ) from exc
        return True

    def forget(self, config: ServerConfig) -> None:
        if not self.available():
            return
        with contextlib.suppress(PasswordDeleteError, KeyringError):  # not there: nothing to do
            self.backend.delete_password(SERVICE, self.account(config))


# -- the test --------------------------------------------------------------------------------
_FATAL = re.compile(r"FATAL:\s*(.*)", re.DOTALL)


def classify(config: ServerConfig, error: BaseException) -> CheckResult:
    """A failed connection's cause, from libpq's text (connection errors carry no SQLSTATE)."""
    text = " ".join(str(error).split())
    fatal = _FATAL.search(text)
    where = f"{config.host}:{config.port}"
    if "no password supplied" in text:  # libpq itself: the server asked for a password
        return CheckResult(
            Problem.AUTH,
            (
                f"Máy chủ {where} yêu cầu mật khẩu của người dùng '{config.user}': hãy nhập mật "
                "khẩu (sai tên người dùng hoặc mật khẩu)."
            ),
        )
    if fatal is None:
        return CheckResult(
            Problem.UNREACHABLE,
            (
                f"Không kết nối được máy chủ {where}: máy chủ không trả lời "
                f"hoặc sai địa chỉ, cổng. Kiểm tra địa chỉ, cổng và mạng. ({text})"
            ),
        )
    reason = fatal.group(1)
    if (
        "password authentication failed" in reason
        or "no password supplied" in reason
        or re.search(r'role ".*" does not exist', reason)
    ):
        return CheckResult(
            Problem.AUTH,
            (
                f"Máy chủ {where} từ chối đăng nhập của người dùng '{config.user}': sai tên người "
                "dùng hoặc mật khẩu."
            ),
        )
    if re.search(r'database ".*" does not exist', reason):
        return CheckResult(
            Problem.NO_DATABASE,
            (
                f"Máy chủ {where} không có cơ sở dữ liệu '{config.database}'. Kiểm tra tên, hoặc "
                "nhờ quản trị máy chủ tạo cơ sở dữ liệu."
            ),
        )
    return CheckResult(Problem.OTHER, f"Máy chủ {where} từ chối kết nối: {reason}")


def schema_state(revision: str | None, where: str) -> CheckResult:
    head = script_head()
    if revision is None:
        return CheckResult(
            None,
            (f"Kết nối được {where}. Cơ sở dữ liệu còn trống: ứng dụng sẽ tạo cấu trúc khi mở."),
            None,
            head,
        )
    if revision == head:
        return CheckResult(
            None,
            f"Kết nối được {where}; cấu trúc dữ liệu đúng phiên bản của ứng dụng ({head}).",
            revision,
            head,
        )
    if revision in script_revisions():
        return CheckResult(
            Problem.SCHEMA_OLDER,
            (
                f"Cơ sở dữ liệu {where} có cấu trúc cũ (phiên bản {revision}, "
                f"ứng dụng cần {head}). Quản trị viên cần nâng cấp cấu trúc trước khi làm việc."
            ),
            revision,
            head,
        )
    return CheckResult(
        Problem.SCHEMA_NEWER,
        (
            f"Cơ sở dữ liệu {where} có cấu trúc mới hơn ứng dụng (phiên bản {revision}). "
            "Hãy cập nhật ứng dụng lên bản mới rồi kết nối lại."
        ),
        revision,
        head,
    )


def check_server(config: ServerConfig, password: str | None) -> CheckResult:
    """Reach the server, sign in, open the database and compare its schema with the app's."""
    config = config.checked()
    try:
        conn = psycopg.connect(
            **config.libpq_args(),
            dbname=config.database,
            user=config.user,
            password=password or None,
            connect_timeout=CONNECT_TIMEOUT,
            application_name="ioc-console-test",
        )
    except psycopg.Error as exc:
        return classify(config, exc)
    try:
        with conn:
            exists = conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()
            revision = None
            if exists and exists[0]:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except psycopg.Error as exc:
        return CheckResult(Problem.OTHER, f"Không đọc được cơ sở dữ liệu: {exc}")
    return schema_state(revision, config.label)


# -- upgrading an older schema ---------------------------------------------------------------
def migrate_server(
    config: ServerConfig, password: str | None, admin: str, admin_password: str
) -> CheckResult:
    """Upgrade the server's schema to the app's, for an administrator of that database (checked
    against its own accounts, whatever its schema); recorded in its audit trail."""
    from sqlalchemy import text

    from console.accounts import verify_password

    engine = make_engine(config.url(password))
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT u.id, u.password_hash, u.active FROM users u JOIN user_roles r "
                    "ON r.user_id = u.id WHERE u.username = :name AND r.role = 'admin'"
                ),
                {"name": admin.strip().lower()},
            ).first()
        if row is None or not row.active or not verify_password(row.password_hash, admin_password):
            raise ConnectionSettingError(
                "Chỉ quản trị viên của cơ sở dữ liệu này mới được nâng "
                "cấp cấu trúc: sai tên hoặc mật khẩu quản trị"
            )
        before = check_server(config, password).revision
        upgrade(engine)
        from console.db import Database
        from console.services.audit import record

        db = Database(config.url(password))
        try:
            with db.session() as s:
                record(
                    s,
                    None,
                    "connection.migrate",
                    f"connection:{config.label}",
                    old=before,
                    new=script_head(),
                    actor_name=admin.strip().lower(),
                )
        finally:
            db.close()
    finally:
        engine.dispose()
    return check_server(config, password)
