"""The outbox's key: what keeps the citizens' names, phones and photos waiting in the outbox
(console/services/outbox.py) unreadable on the workstation's disk.

Every entry's ``entry.json`` and each copied attachment is a Fernet token (AES-128-CBC with an
HMAC-SHA256, from ``cryptography``) under one key per outbox folder, i.e. per database on this
computer. The key lives in the operating system's keyring (service ``ioc-console-outbox``,
account the outbox folder's path), created on first use.

Where there is no real keyring (a headless Linux: the fail backend; the null or plain-file
backends, see console/remember.py) or it refuses to be written, the key is kept in a file beside
the outbox folder, ``<folder>.key`` (mode 0600, in the user's own data directory), and the log
and the
"Chờ gửi" tooltip say so: then only the operating-system account protects the entries (anyone
who can read the user's files can read the key too); the encryption still keeps an entry copied
without its key (a copy of the folder, a ``damaged/`` entry mailed to IT staff) unreadable.

A key file left from such a time is still used to read (never to write) once a keyring works,
so nothing written meanwhile is lost. When the keyring holds the key but cannot be read now (a
locked keyring), an entry that does not open waits (``KeyUnavailable``) instead of being set
aside as damaged.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from console.remember import backend_problem

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: two consoles creating a key at once is rare
    fcntl = None  # type: ignore[assignment]

SERVICE = "ioc-console-outbox"

log = logging.getLogger(__name__)
_warned: set[Path] = set()


class KeyUnavailable(Exception):
    """The keyring that holds this outbox's key cannot be read now: the entry waits."""


class OutboxKey:
    """The key of the outbox in ``root``, from ``backend`` (the process's keyring if None)."""

    def __init__(self, root: Path, backend: KeyringBackend | None = None) -> None:
        self.root = Path(root)
        self._fixed = backend
        self._fernet: MultiFernet | None = None
        self.fallback: str | None = None  # why the key is in a file (English, for the log)
        self.keyring_failed = False  # the keyring is there but failed: entries may wait

    @property
    def key_file(self) -> Path:
        """Beside the outbox folder, not in it: a copy of the folder leaves the key behind."""
        return self.root.with_name(self.root.name + ".key")

    @property
    def account(self) -> str:
        return str(self.root.resolve())

    def fernet(self) -> MultiFernet:
        if self._fernet is None:
            self._fernet = self._resolve()
        return self._fernet

    def in_file(self) -> bool:
        """Is the key in the key file (no keyring works here)? The tooltip says so."""
        self.fernet()
        return self.fallback is not None

    def seal(self, plain: bytes) -> bytes:
        return self.fernet().encrypt(plain)

    def open(self, token: bytes) -> bytes:
        """The plain bytes of ``token``; ValueError (InvalidToken) when no key opens it."""
        try:
            return self.fernet().decrypt(token)
        except InvalidToken as exc:
            if self.keyring_failed:
                raise KeyUnavailable(self.fallback or "keyring failed") from exc
            raise ValueError(
                "not a Fernet token of this outbox's key (another key, or damaged)"
            ) from exc

    def _resolve(self) -> MultiFernet:
        lock = self.root.with_name(self.root.name + ".key.lock")
        with _locked(lock):  # two consoles starting at once make one key, not two
            backend = self._fixed if self._fixed is not None else keyring.get_keyring()
            try:
                problem = backend_problem(backend)
            except Exception as exc:  # a broken backend is no keyring
                problem = f"keyring backend failed: {exc!r}"
            keys: list[bytes] = []
            if problem is None:
                try:
                    keys.append(self._from_keyring(backend))
                except KeyringError as exc:
                    problem = f"keyring failed: {exc!r}"
            from_file = self._from_file(create=problem is not None)
            if from_file is not None:
                keys.append(from_file)  # the one to write with only when no keyring works
            if problem is not None:
                self.fallback = problem
            if problem is not None and self.root not in _warned:  # once a run, not each use
                _warned.add(self.root)
                log.warning(
                    "outbox %s: %s; its entries are encrypted under the key file %s "
                    "(mode 0600): only this computer account protects them",
                    self.root,
                    problem,
                    self.key_file,
                )
        return MultiFernet([Fernet(k) for k in keys])

    def _from_keyring(self, backend: KeyringBackend) -> bytes:
        try:
            kept = backend.get_password(SERVICE, self.account)
        except KeyringError:
            self.keyring_failed = True  # the key may be there: what it sealed waits
            raise
        if not kept:
            backend.set_password(SERVICE, self.account, Fernet.generate_key().decode())
            kept = backend.get_password(SERVICE, self.account)  # what the keyring really keeps
            if not kept:
                raise KeyringError("the keyring did not keep the outbox key")
        return kept.encode()

    def _from_file(self, *, create: bool) -> bytes | None:
        try:
            return self.key_file.read_bytes().strip()
        except FileNotFoundError:
            if not create:
                return None
        key = Fernet.generate_key()
        tmp = self.key_file.with_name(self.key_file.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(key)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.key_file)  # whole or absent: a half key would lose every entry
        return key


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as f:
        if fcntl is not None:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        yield
