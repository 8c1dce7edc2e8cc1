"""The hotline's outbox: reports typed while the central database was unreachable wait here and
are sent, exactly once and in the order typed, when it answers again (DESIGN §6).

Scope: new reports taken at intake. Every other action (forwarding, answering, a hotline
answer or redirection given on the line) needs the database and is not queued.

Storage: one directory per entry under the outbox folder, holding ``entry.json`` (the draft,
its client key, who typed it and when) and ``files/`` (copies of the attachments, so the
operator may move or delete the originals). Plain files rather than a second SQLite database:
an entry carries up to 20 files of 20 MiB that are files already, a directory per entry can be
made and removed atomically by one rename, and the province's IT staff can read what waits
with any tool. An entry is written complete in a hidden ``.tmp-…`` directory (every file and
the directory fsync'ed) and appears by renaming it; a change of ``entry.json`` is written
beside it, fsync'ed and renamed over it; an entry leaves by renaming it to ``.gone-…`` first.
A crash at any point leaves a whole entry or none.

Exactly once: each entry keeps the draft's ``client_key`` (a uuid4). The services store it on
the report and a submit with a stored key returns that report and writes nothing
(console.services.intake_actions), so an entry whose submit committed but whose removal did
not happen (the acknowledgement lost, the console closed) lands once however often it is sent.
An entry leaves only after its submit returned.

Never blocked (issue 15): only a lost link or a timeout is "unreachable" (``is_unreachable``
reads the error itself: the server's own answers, an over-long text's OperationalError among
them, are refusals, shown at the form and marked on a queued entry, which then never stops
the ones behind it); an entry that cannot be read is moved to ``damaged/`` with its reason;
a put killed half-way is swept at the next start (its lock died with it).
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import datetime
from hashlib import sha256
from pathlib import Path
from typing import Any, Protocol

import platformdirs
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from console.db import APP_NAME, DatabaseError
from console.intake import ReportDraft
from console.services.action_base import ActionResult
from console.services.auth import AuthenticatedUser
from console.services.reports import ReportService
from console.timeutil import now_local

ENTRY = "entry.json"
FORMAT = 1
_DATETIMES = ("occurred_at", "received_at")
WRITING = ".writing"  # inside a ``.tmp-`` folder: locked by the put that writes it
SET_ASIDE = "damaged"  # entries that cannot be read, each with its reason
REASON = "reason.txt"
_YOUNG_TMP_SECONDS = 60  # a ``.tmp-`` folder without its lock yet may be a put just begun

try:  # POSIX: a put holds an advisory lock, which dies with its process
    import fcntl
except ImportError:  # pragma: no cover - Windows: the age rule alone
    fcntl = None  # type: ignore[assignment]
_STALE_TMP_SECONDS = 3600 if fcntl is None else _YOUNG_TMP_SECONDS


class Submitter(Protocol):
    def submit(self, *args: Any) -> ActionResult: ...


def default_dir(db_url: str) -> Path:
    """The outbox of one database (an entry never goes to another province's server), in the
    user's data directory or under $CONSOLE_OUTBOX_DIR (the tests)."""
    shown = make_url(db_url).render_as_string(hide_password=True)
    name = sha256(shown.encode()).hexdigest()[:16]
    root = os.environ.get("CONSOLE_OUTBOX_DIR") or Path(
        platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "outbox"
    return Path(root) / name


# PostgreSQL's SQLSTATEs that mean "not now" rather than "no": the connection is gone
# (class 08), the server is shutting down or starting (57P01-57P03), or a statement, lock or
# idle transaction ran out of time (57014, 55P03, 25P03). Any other SQLSTATE is the server's
# answer about this entry (a 54000 "string is too long for tsvector" is a refusal).
_NOT_NOW = frozenset({"57P01", "57P02", "57P03", "57014", "55P03", "25P03"})
_SQLITE_NOT_NOW = frozenset({"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN"})


def is_unreachable(exc: BaseException) -> bool:
    """The database did not answer (down, network gone, connection dropped, a statement or a
    lock that ran out of time): try again later. Decided by the error itself, never by its
    class alone: SQLAlchemy and the drivers call an over-long text an OperationalError too.
    Anything the server answered, and every refusal of the services, is an answer."""
    if isinstance(exc, sa_exc.TimeoutError | DatabaseError | ConnectionError | TimeoutError):
        return True  # the pool waited in vain; the database did not open; the socket failed
    if isinstance(exc, sa_exc.DBAPIError):
        if exc.connection_invalidated:
            return True
        if not isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError):
            return False
        return _driver_not_now(exc.orig)
    return _driver_not_now(exc) if type(exc).__module__.startswith(
        ("psycopg", "sqlite3")) else False


def _driver_not_now(orig: BaseException | None) -> bool:
    sqlstate = getattr(orig, "sqlstate", "absent")
    if sqlstate != "absent":  # psycopg: no SQLSTATE is libpq's own (no connection, lost)
        return sqlstate is None or sqlstate.startswith("08") or sqlstate in _NOT_NOW
    name = getattr(orig, "sqlite_errorname", None)
    return name in _SQLITE_NOT_NOW


@dataclass(frozen=True)
class OutboxEntry:
    id: str  # the directory's name: the time typed, then the key (sorts in typed order)
    key: str
    username: str
    typed_at: datetime
    draft: ReportDraft  # its attachments are the outbox's copies
    refused: str | None = None  # the server's answer when it last refused the entry


@dataclass(frozen=True)
class Replayed:
    """What happened to one entry: sent (``result``), refused (``message``) or not reached
    (``unreachable``; the replay stopped there)."""

    entry: OutboxEntry
    result: ActionResult | None = None
    message: str = ""
    unreachable: bool = False


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync(path.parent)


class Outbox:
    def __init__(self, root: Path, clock: Callable[[], datetime] = now_local) -> None:
        self.root = Path(root)
        self.clock = clock
        self._replaying = threading.Lock()
        self.root.mkdir(parents=True, exist_ok=True)
        self._clean()

    def _clean(self) -> None:
        """Remove what a put or a removal killed half-way left: ``.gone-`` folders, and the
        ``.tmp-`` folders whose writer is dead (its lock is free), at once, whatever their age
        (40 kills once left 293 MB for an hour)."""
        for path in self.root.iterdir():
            if path.name.startswith(".gone-") or (
                    path.name.startswith(".tmp-") and _abandoned(path)):
                shutil.rmtree(path, ignore_errors=True)

    # -- writing -----------------------------------------------------------------------------
    def put(self, draft: ReportDraft, actor: AuthenticatedUser, *,
            at: datetime | None = None) -> OutboxEntry:
        """Keep ``draft`` (with copies of its files) until it is sent; durable on return."""
        key = draft.client_key or str(uuid.uuid4())
        typed_at = at or self.clock()
        name = f"{time.time_ns():020d}-{key}"
        tmp = self.root / f".tmp-{name}"
        tmp.mkdir()
        lock = _hold(tmp / WRITING)  # released when the put ends, or its process dies
        try:
            copies = []
            for i, src in enumerate(draft.attachments):
                folder = tmp / "files" / str(i)  # one folder each: two files may share a name
                folder.mkdir(parents=True)
                dst = folder / Path(src).name
                shutil.copyfile(src, dst)
                _fsync(dst)
                _fsync(folder)
                copies.append(Path("files") / str(i) / dst.name)
            if copies:
                _fsync(tmp / "files")
            stored = replace(draft, client_key=key, attachments=copies)
            _write_json(tmp / ENTRY, {"format": FORMAT, "key": key, "username": actor.username,
                                      "typed_at": typed_at.isoformat(),
                                      "draft": _dump(stored), "refused": None})
            (tmp / WRITING).unlink()
            os.rename(tmp, self.root / name)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        finally:
            lock.close()
        _fsync(self.root)
        return self._read(self.root / name)

    def _mark(self, entry: OutboxEntry, message: str) -> None:
        path = self.root / entry.id / ENTRY
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return  # another console of this user sent it meanwhile
        data["refused"] = message
        _write_json(path, data)

    def _remove(self, entry: OutboxEntry) -> None:
        gone = self.root / f".gone-{entry.id}"
        try:
            os.rename(self.root / entry.id, gone)
        except FileNotFoundError:
            return  # another console of this user sent it first
        _fsync(self.root)
        shutil.rmtree(gone, ignore_errors=True)

    # -- reading -----------------------------------------------------------------------------
    def _read(self, folder: Path) -> OutboxEntry:
        data = json.loads((folder / ENTRY).read_text(encoding="utf-8"))
        draft = _load(data["draft"])
        draft.attachments = [folder / p for p in draft.attachments]
        return OutboxEntry(folder.name, data["key"], data["username"],
                           datetime.fromisoformat(data["typed_at"]), draft, data.get("refused"))

    def pending(self, username: str | None = None) -> list[OutboxEntry]:
        """What waits, oldest first; only ``username``'s entries when given. An entry that
        cannot be read (a damaged ``entry.json``) is set aside with its reason
        (``set_aside()``) and the others are read on: one bad file never blocks the rest."""
        entries = []
        for folder in sorted(self.root.iterdir()):
            if folder.name.startswith(".") or folder.name == SET_ASIDE or not folder.is_dir():
                continue
            try:
                entry = self._read(folder)
            except FileNotFoundError:
                continue  # sent by another console of this user meanwhile
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                self._set_aside(folder, exc)
                continue
            if username is None or entry.username == username:
                entries.append(entry)
        return entries

    def _set_aside(self, folder: Path, exc: BaseException) -> None:
        aside = self.root / SET_ASIDE
        aside.mkdir(exist_ok=True)
        try:
            os.rename(folder, aside / folder.name)
        except FileNotFoundError:
            return  # another console moved or sent it first
        (aside / folder.name / REASON).write_text(
            f"{self.clock():%Y-%m-%d %H:%M:%S} {type(exc).__name__}: {exc}\n", encoding="utf-8")
        _fsync(self.root)

    def set_aside(self) -> list[tuple[Path, str]]:
        """The entries set aside as unreadable: their folder (for the province's IT staff, who
        may repair ``entry.json`` and move it back) and why."""
        aside = self.root / SET_ASIDE
        if not aside.is_dir():
            return []
        out = []
        for folder in sorted(aside.iterdir()):
            try:
                reason = (folder / REASON).read_text(encoding="utf-8").strip()
            except OSError:
                reason = ""
            out.append((folder, reason))
        return out

    # -- sending -----------------------------------------------------------------------------
    def replay(self, target: Submitter, actor: AuthenticatedUser) -> list[Replayed]:
        """Send ``actor``'s entries in the order typed through ``target`` (a ConsoleApi, or a
        ReportService given the actor). An entry leaves once its submit returned; a refused
        one stays, marked with the server's reason; the first "unreachable" stops the run.
        Entries of other users wait for them to sign in: they are never sent in another
        person's name."""
        done: list[Replayed] = []
        with self._replaying:
            for entry in self.pending(actor.username):
                draft = replace(entry.draft, received_at=entry.draft.received_at
                                or entry.typed_at)  # the time the call was taken
                try:
                    if isinstance(target, ReportService):
                        result = target.submit(actor, draft)
                    else:
                        result = target.submit(draft)
                except Exception as exc:
                    if is_unreachable(exc):
                        done.append(Replayed(entry, unreachable=True))
                        break
                    message = refusal_text(entry, exc)
                    self._mark(entry, message)
                    done.append(Replayed(replace(entry, refused=message), message=message))
                    continue
                self._remove(entry)
                done.append(Replayed(entry, result=result))
        return done


def _hold(path: Path) -> Any:
    """An open file holding an exclusive lock on ``path`` (POSIX) for as long as it is open."""
    f = open(path, "w")  # noqa: SIM115 - closed by the put
    if fcntl is not None:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    return f


def _abandoned(tmp: Path) -> bool:
    """Is ``tmp`` a put whose writer is gone? Its lock free (POSIX); else its age."""
    lock = tmp / WRITING
    try:
        age = time.time() - tmp.stat().st_mtime
    except FileNotFoundError:
        return False
    if fcntl is None or not lock.exists():
        return age > _STALE_TMP_SECONDS  # no lock yet (a put just begun), or no locks here
    try:
        with open(lock, "a") as f:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False  # its put is alive (this process or another)
    except FileNotFoundError:
        return False  # it just finished
    return True


def refusal_text(entry: OutboxEntry, exc: BaseException) -> str:
    title = entry.draft.title or entry.draft.description[:60]
    return (f"Máy chủ không nhận phản ánh chờ gửi “{title}” (nhận lúc "
            f"{entry.typed_at:%H:%M %d/%m/%Y}): {exc}. Phản ánh vẫn nằm trong hàng chờ.")


def _dump(draft: ReportDraft) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(ReportDraft):
        value = getattr(draft, f.name)
        if f.name in _DATETIMES:
            value = value.isoformat() if value else None
        elif f.name == "attachments":
            value = [p.as_posix() for p in value]
        out[f.name] = value
    return out


def _load(data: dict[str, Any]) -> ReportDraft:
    known = {f.name for f in fields(ReportDraft)}
    values = {k: v for k, v in data.items() if k in known}
    for name in _DATETIMES:
        if values.get(name):
            values[name] = datetime.fromisoformat(values[name])
    values["attachments"] = [Path(p) for p in values.get("attachments", [])]
    values["extra"] = dict(values.get("extra") or {})
    return ReportDraft(**values)
