"""An in-memory keyring backend for tests: no test ever touches the machine's real keyring."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError, PasswordSetError


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict keyed by (service, account); ``refuse_writes`` plays a locked keyring."""

    @properties.classproperty
    def priority(cls) -> float:
        # Below the fail backend and out of the chainer (which takes > 0): importing this module
        # never changes which keyring the process picks by itself; tests install it explicitly.
        return -2

    def __init__(self, *, refuse_writes: bool = False) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}
        self.refuse_writes = refuse_writes

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.refuse_writes:
            raise PasswordSetError("the keyring is locked")
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise PasswordDeleteError("not found") from None


@contextmanager
def installed(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """Make ``backend`` the process's keyring for the block, then put the previous one back."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
