"""Where the "remember me" secret lives: the operating system's keyring, and nowhere else.

Two entries per database under the service name "ioc-console":

- account ``<database URL>`` holds the user name that is remembered on this computer;
- account ``<username>@<database URL>`` holds the random token secret (the database keeps only
  its SHA-256 hash).

The URL is the display form (password hidden), so two databases never mix. When the machine has
no real keyring (a headless Linux: the "fail" backend; an empty chainer; the null backend; or the
plain-file backends of ``keyrings.alt``), the store says it is unavailable and "remember me" is
refused with a clear message: the secret never falls back to a plain file.
"""

from __future__ import annotations

import contextlib
import logging
from typing import NamedTuple, Protocol

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, PasswordDeleteError

from console.errors import MessageError

SERVICE = "ioc-console"

log = logging.getLogger(__name__)

UNAVAILABLE_MESSAGE = (
    "Máy này không có kho khóa bảo mật của hệ điều hành (keyring), nên không thể ghi nhớ đăng "
    "nhập; hãy đăng nhập bằng mật khẩu mỗi lần"
)


class RememberStoreError(MessageError, ValueError):
    """The keyring could not be used; the message is for the operator."""


class RememberedLogin(NamedTuple):
    username: str
    secret: str


class SecretStore(Protocol):
    """What the login services need from a secret store (the keyring, or a fake in tests)."""

    def available(self) -> bool: ...

    def unavailable_reason(self) -> str: ...

    def save(self, database: str, username: str, secret: str) -> None: ...

    def load(self, database: str) -> RememberedLogin | None: ...

    def clear(self, database: str) -> None: ...


def backend_problem(backend: KeyringBackend) -> str | None:
    """Why ``backend`` may not hold the secret (a short English reason for the log), or None."""
    if isinstance(backend, fail.Keyring):
        return "no keyring backend (keyring.backends.fail)"
    if isinstance(backend, null.Keyring):
        return "the null keyring stores nothing"
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return "the keyring chainer has no backends"
        for sub in chained:
            problem = backend_problem(sub)
            if problem:
                return f"chained: {problem}"
        return None
    module = type(backend).__module__
    if module == "keyrings.alt" or module.startswith("keyrings.alt."):
        return f"{module}.{type(backend).__name__} keeps secrets in a file, not a secret store"
    return None


def _secret_account(database: str, username: str) -> str:
    # A user name never contains "@" (USERNAME_RE), so the split back is unambiguous.
    return f"{username}@{database}"


class KeyringStore:
    """The OS keyring through the ``keyring`` package (the current backend, unless one is given)."""

    def __init__(self, backend: KeyringBackend | None = None, *, service: str = SERVICE) -> None:
        self._fixed = backend
        self.service = service

    @property
    def backend(self) -> KeyringBackend:
        return self._fixed if self._fixed is not None else keyring.get_keyring()

    def _problem(self) -> str | None:
        try:
            return backend_problem(self.backend)
        except Exception as exc:  # a broken backend must not break the login screen
            return f"keyring backend failed: {exc!r}"

    def available(self) -> bool:
        problem = self._problem()
        if problem:
            log.info("remember me unavailable: %s", problem)
        return problem is None

    def unavailable_reason(self) -> str:
        return UNAVAILABLE_MESSAGE

    def _check(self) -> KeyringBackend:
        if self._problem():
            raise RememberStoreError(UNAVAILABLE_MESSAGE)
        return self.backend

    def save(self, database: str, username: str, secret: str) -> None:
        """Remember ``username`` for ``database``, replacing whoever was remembered before."""
        backend = self._check()
        try:
            previous = backend.get_password(self.service, database)
            # The secret first: a pointer never names a secret that is not there.
            backend.set_password(self.service, _secret_account(database, username), secret)
            backend.set_password(self.service, database, username)
        except KeyringError as exc:
            with contextlib.suppress(Exception):
                self._delete_quietly(backend, _secret_account(database, username))
            raise RememberStoreError(
                "Không ghi được vào kho khóa bảo mật: {error}", error=str(exc)
            ) from exc
        if previous and previous != username:
            self._delete_quietly(backend, _secret_account(database, previous))

    def load(self, database: str) -> RememberedLogin | None:
        backend = self._check()
        try:
            username = backend.get_password(self.service, database)
            if not username:
                return None
            secret = backend.get_password(self.service, _secret_account(database, username))
        except KeyringError as exc:
            raise RememberStoreError(
                "Không đọc được kho khóa bảo mật: {error}", error=str(exc)
            ) from exc
        return RememberedLogin(username, secret) if secret else None

    def clear(self, database: str) -> None:
        backend = self._check()
        try:
            username = backend.get_password(self.service, database)
        except KeyringError as exc:
            raise RememberStoreError(
                "Không đọc được kho khóa bảo mật: {error}", error=str(exc)
            ) from exc
        if username:
            self._delete_quietly(backend, _secret_account(database, username))
        self._delete_quietly(backend, database)

    def _delete_quietly(self, backend: KeyringBackend, account: str) -> None:
        try:
            backend.delete_password(self.service, account)
        except PasswordDeleteError:
            pass  # not there: nothing to forget
        except KeyringError as exc:
            raise RememberStoreError(
                "Không xóa được khỏi kho khóa bảo mật: {error}", error=str(exc)
            ) from exc
