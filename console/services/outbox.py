"""The outbox: what was typed while the central database was unreachable waits here and is
sent, exactly once and in the order typed, when it answers again (DESIGN §6, issue 15).

Scope: new reports taken at intake (here), and every workflow action on a report, the hotline's
answer or redirection given on the line included (console/services/outbox_actions.py; sending
and the author's decisions on what could not be sent: console/services/outbox_replay.py).

Storage: one directory per entry under the outbox folder, holding ``entry.json`` (the draft,
its client key, who typed it and when) and ``files/`` (copies of the attachments, so the
operator may move or delete the originals). Both are encrypted at rest (Fernet tokens under the
outbox's key, kept in the OS keyring: console/services/outbox_key.py): they hold citizens' names,
phones and photos; the attachments' names are inside ``entry.json``, the copies are
``files/0``, ``files/1``…, opened into a private ``.tmp-open-`` folder only while being sent.
An entry written before (format 1: plain JSON, plain ``files/<i>/<name>``) is still read
(console/services/outbox_format.py). Plain files rather than a second SQLite database: an
entry carries up to 20 files of 20 MiB that are files already, a directory per entry can be
made and removed atomically by one rename. An entry is written complete in a hidden ``.tmp-…``
directory (every file and the directory fsync'ed) and appears by renaming it; a change of
``entry.json`` is written beside it, fsync'ed and renamed over it; an entry leaves by renaming
it to ``.gone-…`` first. A crash at any point leaves a whole entry or none.

Exactly once: each entry keeps the draft's ``client_key`` (a uuid4). The services store it on
the report and a submit with a stored key returns that report and writes nothing
(console.services.intake_actions), so an entry whose submit committed but whose removal did
not happen (the acknowledgement lost, the console closed) lands once however often it is sent.
An entry leaves only after its submit returned.

Never blocked (issue 15): only a lost link or a timeout is "unreachable" (``is_unreachable``
reads the error itself: the server's own answers, an over-long text's OperationalError among
them, are refusals, shown at the form and marked on a queued entry, which then never stops
the ones behind it); an entry that cannot be read or decrypted (another key) is moved to
``damaged/`` with its reason; a put killed half-way is swept at the next start (its lock died
with it).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from hashlib import sha256
from pathlib import Path
from typing import Any, Protocol

import platformdirs
from sqlalchemy.engine import make_url

from console.db import APP_NAME
from console.intake import ReportDraft
from console.services import outbox_actions as oa
from console.services import outbox_format as fmt
from console.services.action_base import ActionResult
from console.services.auth import AuthenticatedUser
from console.services.outbox_actions import ActionEntry
from console.services.outbox_errors import is_unreachable as is_unreachable
from console.services.outbox_key import KeyUnavailable, OutboxKey
from console.timeutil import now_local

ENTRY = "entry.json"
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
    root = (
        os.environ.get("CONSOLE_OUTBOX_DIR")
        or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "outbox"
    )
    return Path(root) / name


@dataclass(frozen=True)
class OutboxEntry:
    id: str  # the directory's name: the time typed, then the key (sorts in typed order)
    key: str
    username: str
    typed_at: datetime
    draft: ReportDraft  # its attachments are the outbox's copies (sealed when ``names``)
    refused: str | None = None  # the server's answer when it last refused the entry
    names: tuple[str, ...] = ()  # the sealed copies' file names (``opened`` gives them back)
    held: str | None = None  # why it waits for an administrator (the session ended)


Entry = OutboxEntry | ActionEntry


@dataclass(frozen=True)
class Replayed:
    """What happened to one entry: sent (``result``), refused (``message``; an action: put in
    the "Chưa gửi được" list, ``conflict``) or not reached (``unreachable``; the run stopped
    there)."""

    entry: Entry
    result: ActionResult | None = None
    message: str = ""
    unreachable: bool = False
    conflict: bool = False


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync(path.parent)


_FOLDER_LOCKS: dict[Path, threading.Lock] = {}
_FOLDER_LOCKS_GUARD = threading.Lock()


def _folder_lock(root: Path) -> threading.Lock:
    with _FOLDER_LOCKS_GUARD:
        return _FOLDER_LOCKS.setdefault(root.resolve(), threading.Lock())


class Outbox:
    def __init__(
        self, root: Path, clock: Callable[[], datetime] = now_local, key: OutboxKey | None = None
    ) -> None:
        self.root = Path(root)
        self.clock = clock
        # One sending at a time in this process for this folder: ConsoleApi.outbox() makes a
        # new Outbox each call, so the lock belongs to the folder, not to the object.
        self.replaying = _folder_lock(self.root)
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)  # the user's alone
        self.key = key or OutboxKey(self.root)
        self._clean()

    def _clean(self) -> None:
        """Remove what a put or a removal killed half-way left: ``.gone-`` folders, and the
        ``.tmp-`` folders whose writer is dead (its lock is free), at once, whatever their age
        (40 kills once left 293 MB for an hour)."""
        for path in self.root.iterdir():
            if path.name.startswith(".gone-") or (
                path.name.startswith(".tmp-") and _abandoned(path)
            ):
                shutil.rmtree(path, ignore_errors=True)

    # -- writing -----------------------------------------------------------------------------
    def put(
        self, draft: ReportDraft, actor: AuthenticatedUser, *, at: datetime | None = None
    ) -> OutboxEntry:
        """Keep ``draft`` (with copies of its files) until it is sent; durable on return."""
        key = draft.client_key or str(uuid.uuid4())
        names = [Path(Path(src).name) for src in draft.attachments]
        stored = replace(draft, client_key=key, attachments=names)
        data = {
            "format": fmt.FORMAT,
            "key": key,
            "username": actor.username,
            "typed_at": (at or self.clock()).isoformat(),
            "draft": fmt.dump_draft(stored),
            "refused": None,
        }
        entry = self._create(key, draft.attachments, data)
        assert isinstance(entry, OutboxEntry)
        return entry

    def put_action(
        self,
        action: str,
        report: tuple[int | None, str | None, int | None],
        params: dict[str, Any],
        actor: AuthenticatedUser,
        *,
        after: str | None = None,
        at: datetime | None = None,
        key: str | None = None,
    ) -> ActionEntry:
        """Keep a workflow action on ``report`` (id, code, the version it was typed against;
        (None, None, None) with ``after`` the intake's key when the report itself waits) with
        copies of its files; durable on return (console/services/outbox_actions.py). ``key``:
        the client key the first, direct try carried (its acknowledgement may have been lost)."""
        key = key or str(uuid.uuid4())
        files = [Path(p) for p in params.get(oa.FILES) or ()]
        data = oa.entry_data(
            key,
            actor.username,
            at or self.clock(),
            action,
            report,
            params,
            after,
            [p.name for p in files],
        )
        entry = self._create(key, files, data)
        assert isinstance(entry, ActionEntry)
        return entry

    def _create(self, key: str, files: Sequence[Path | str], data: dict[str, Any]) -> Entry:
        """Write an entry complete in a hidden folder, then show it by one rename."""
        name = f"{time.time_ns():020d}-{key}"
        tmp = self.root / f".tmp-{name}"
        tmp.mkdir()
        lock = _hold(tmp / WRITING)  # released when the put ends, or its process dies
        try:
            if files:
                (tmp / "files").mkdir()
            for i, src in enumerate(files):  # numbered: two files may share a name
                _write_bytes(tmp / "files" / str(i), self.key.seal(Path(src).read_bytes()))
            self._write_entry(tmp / ENTRY, data)
            (tmp / WRITING).unlink()
            os.rename(tmp, self.root / name)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        finally:
            lock.close()
        _fsync(self.root)
        return self._read(self.root / name)

    def update(self, entry_id: str, **changes: Any) -> Entry | None:
        """Change fields of an entry's ``entry.json`` (written beside it, renamed over it);
        None when it left meanwhile (another console of this user sent it)."""
        path = self.root / entry_id / ENTRY
        try:
            data = self._load_entry(path)
        except FileNotFoundError:
            return None
        data.update(changes)
        self._write_entry(path, data)  # sealed, a format 1 entry's too (its files stay plain)
        return self._read(self.root / entry_id)

    def hold(self, username: str, reason: str) -> int:
        """Keep ``username``'s entries for an administrator's decision (their session ended:
        the account was deactivated or its password changed while they worked offline); they
        are not sent, not even to their author, until an administrator releases them."""
        held = 0
        for entry in self.pending(username):
            if entry.held is None and self.update(entry.id, held=reason) is not None:
                held += 1
        return held

    def get(self, entry_id: str) -> Entry | None:
        """The entry ``entry_id`` as it is now; None when it left (sent, discarded)."""
        folder = self.root / entry_id
        if entry_id.startswith(".") or "/" in entry_id or not folder.is_dir():
            return None
        try:
            return self._read(folder)
        except FileNotFoundError:
            return None

    def _write_entry(self, path: Path, data: dict[str, Any]) -> None:
        _write_bytes(path, fmt.sealed_entry(self.key, data))

    def _load_entry(self, path: Path) -> dict[str, Any]:
        return fmt.opened_entry(self.key, path.read_bytes())

    def remove(self, entry: Entry) -> None:
        """Take ``entry`` out (sent or discarded): renamed away first, then deleted."""
        gone = self.root / f".gone-{entry.id}"
        try:
            os.rename(self.root / entry.id, gone)
        except FileNotFoundError:
            return  # another console of this user sent it first
        _fsync(self.root)
        shutil.rmtree(gone, ignore_errors=True)

    # -- reading -----------------------------------------------------------------------------
    def _read(self, folder: Path) -> Entry:
        data = self._load_entry(folder / ENTRY)
        if data.get("kind") == oa.KIND:
            return oa.load_entry(folder, data)
        draft = fmt.load_draft(data["draft"])
        names: tuple[str, ...] = ()
        if data.get("format", 1) == 1:
            draft.attachments = [folder / p for p in draft.attachments]
        else:
            names = tuple(p.name for p in draft.attachments)
            draft.attachments = [folder / "files" / str(i) for i in range(len(names))]
        return OutboxEntry(
            folder.name,
            data["key"],
            data["username"],
            datetime.fromisoformat(data["typed_at"]),
            draft,
            data.get("refused"),
            names,
            data.get("held"),
        )

    @contextmanager
    def opened(self, entry: OutboxEntry) -> Iterator[ReportDraft]:
        """``entry``'s draft with its attachments decrypted, under their names, into a private
        folder (0700) that is removed after the block (or, after a crash, at the next start)."""
        if not entry.names:
            yield entry.draft  # format 1: the copies are plain files already
            return
        with self._opened_files(entry.id, entry.draft.attachments, entry.names) as plain:
            yield replace(entry.draft, attachments=plain)

    @contextmanager
    def opened_params(self, entry: ActionEntry) -> Iterator[dict[str, Any]]:
        """An action's parameters with its files decrypted (as ``opened``)."""
        if not entry.names:
            yield dict(entry.params)
            return
        sealed = entry.params[oa.FILES]
        with self._opened_files(entry.id, sealed, entry.names) as plain:
            yield {**entry.params, oa.FILES: plain}

    @contextmanager
    def _opened_files(
        self, entry_id: str, sealed_files: Sequence[Path], names: Sequence[str]
    ) -> Iterator[list[Path]]:
        folder = Path(tempfile.mkdtemp(prefix=f".tmp-open-{entry_id}-", dir=self.root))
        lock = _hold(folder / WRITING)  # _clean leaves it alone while it is in use
        try:
            plain = []
            for i, (sealed, name) in enumerate(zip(sealed_files, names, strict=True)):
                (folder / str(i)).mkdir(mode=0o700)
                try:
                    (folder / str(i) / name).write_bytes(self.key.open(sealed.read_bytes()))
                except (OSError, ValueError) as exc:  # a copy lost, damaged, another key
                    raise Unopened(f"{sealed.name}: {type(exc).__name__}: {exc}") from exc
                plain.append(folder / str(i) / name)
            yield plain
        finally:
            lock.close()
            shutil.rmtree(folder, ignore_errors=True)

    def pending(self, username: str | None = None) -> list[Entry]:
        """What waits, oldest first; only ``username``'s entries when given. An entry that
        cannot be read (a damaged ``entry.json``) is set aside with its reason
        (``set_aside()``) and the others are read on: one bad file never blocks the rest."""
        entries = []
        for folder in sorted(self.root.iterdir()):
            if folder.name.startswith(".") or folder.name == SET_ASIDE or not folder.is_dir():
                continue
            try:
                entry = self._read(folder)
            except (FileNotFoundError, KeyUnavailable):
                continue  # sent by another console meanwhile; or the keyring is locked now
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                self._set_aside(folder, exc)
                continue
            if username is None or entry.username == username:
                entries.append(entry)
        return entries

    def set_aside_entry(self, entry_id: str, exc: BaseException) -> None:
        """Move an entry whose files cannot be opened to ``damaged/`` with the reason."""
        self._set_aside(self.root / entry_id, exc)

    def _set_aside(self, folder: Path, exc: BaseException) -> None:
        aside = self.root / SET_ASIDE
        aside.mkdir(exist_ok=True)
        try:
            os.rename(folder, aside / folder.name)
        except FileNotFoundError:
            return  # another console moved or sent it first
        (aside / folder.name / REASON).write_text(
            f"{self.clock():%Y-%m-%d %H:%M:%S} {type(exc).__name__}: {exc}\n", encoding="utf-8"
        )
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
        """Send ``actor``'s entries in the order typed (console/services/outbox_replay.py)."""
        from console.services.outbox_replay import replay

        return replay(self, target, actor)


class Unopened(Exception):
    """An entry's attachment copy cannot be read or decrypted: set aside like a bad entry."""


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
