"""Two local PostgreSQL servers for the failover test: a primary and a streaming standby made
from it by ``pg_basebackup -R``, which the test stops and promotes. The primary alone is the
suite's own server where $CONSOLE_TEST_PG_URL is not set (tests/conftest.py): on TCP, as the
connection tests and the silent-link proxy need (pgserver's own server listens on a socket only).

The binaries are the ones the ``pgserver`` test dependency bundles (initdb, pg_ctl,
pg_basebackup), so the test runs on any machine the suite runs on. PostgreSQL refuses to run
as root: as root the commands run as the ``postgres`` system user (``pgserver``'s own user,
made the way pgserver makes it, where there is none), in a folder that user owns.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pgserver
import psycopg

BIN = Path(pgserver.__file__).parent / "pginstall" / "bin"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError:
        from pgserver.utils import ensure_user_exists

        return ensure_user_exists("pgserver")


class PgPair:
    """``start()`` the primary and its standby; ``url`` names both (primary first)."""

    def __init__(self) -> None:
        self.user = _run_as()
        self.base = Path(tempfile.mkdtemp(prefix="console-failover-"))
        if self.user is not None:
            from pgserver.utils import ensure_prefix_permissions

            ensure_prefix_permissions(BIN)
            os.chown(self.base, self.user.pw_uid, self.user.pw_gid)
        self.ports = {"primary": _free_port(), "standby": _free_port()}

    def _cmd(self, *args: str, timeout: float = 120) -> str:
        argv = [str(BIN / args[0]), *args[1:]]
        if self.user is not None:
            argv = ["runuser", "-u", self.user.pw_name, "--", *argv]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, cwd=self.base)
        if done.returncode:
            raise RuntimeError(f"{args[0]} failed: {done.stdout}\n{done.stderr}")
        return done.stdout

    def dir(self, name: str) -> Path:
        return self.base / name

    def start(self) -> PgPair:
        self.start_primary()
        self._cmd(
            "pg_basebackup",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.ports["primary"]),
            "-U",
            "postgres",
            "-D",
            str(self.dir("standby")),
            "-R",
            "-X",
            "stream",
        )
        self.server("standby", "start")
        return self

    def start_primary(self, max_connections: int = 60) -> PgPair:
        """The primary alone, on 127.0.0.1 at ``ports["primary"]``."""
        primary = self.dir("primary")
        self._cmd(
            "initdb",
            "-D",
            str(primary),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        with (primary / "postgresql.conf").open("a") as conf:
            conf.write(
                f"listen_addresses = '127.0.0.1'\nunix_socket_directories = '{self.base}'\n"
                "wal_level = replica\nmax_wal_senders = 5\nhot_standby = on\n"
                f"fsync = off\nshared_buffers = 32MB\nmax_connections = {max_connections}\n"
            )
        self.server("primary", "start")
        return self

    def server(self, name: str, action: str) -> None:
        """``pg_ctl start | stop | promote`` of one server (stop is immediate: a crash)."""
        args = ["pg_ctl", "-D", str(self.dir(name)), "-w"]
        if action == "start":
            args += ["-l", str(self.base / f"{name}.log"), "-o", f"-p {self.ports[name]}", "start"]
        elif action == "stop":
            args += ["-m", "immediate", "stop"]
        else:
            args.append(action)
        self._cmd(*args)

    def url(self, database: str = "postgres") -> str:
        """The console's address of both (SQLAlchemy's form of libpq's multi-host list)."""
        hosts = "&".join(f"host=127.0.0.1:{self.ports[n]}" for n in ("primary", "standby"))
        return f"postgresql://postgres@/{database}?{hosts}&target_session_attrs=read-write"

    def conninfo(self, database: str = "postgres") -> str:
        """libpq's own form of ``url`` (for psycopg directly)."""
        hosts = ",".join(f"127.0.0.1:{self.ports[n]}" for n in ("primary", "standby"))
        return f"postgresql://postgres@{hosts}/{database}?target_session_attrs=read-write"

    def single_url(self, name: str, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.ports[name]}/{database}"

    def wait_replayed(self, database: str, timeout: float = 30) -> None:
        """Until the standby has replayed everything the primary wrote so far."""
        with psycopg.connect(self.single_url("primary", database), autocommit=True) as p:
            lsn = p.execute("SELECT pg_current_wal_lsn()").fetchone()[0]
        deadline = time.monotonic() + timeout
        with psycopg.connect(self.single_url("standby", database), autocommit=True) as s:
            while (
                s.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (lsn,)).fetchone()[0]
                is not True
            ):
                if time.monotonic() > deadline:
                    raise TimeoutError("the standby did not catch up")
                time.sleep(0.05)

    def stop_all(self) -> None:
        for name in ("primary", "standby"):
            if (self.dir(name) / "postmaster.pid").exists():
                with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
                    self.server(name, "stop")
        shutil.rmtree(self.base, ignore_errors=True)
