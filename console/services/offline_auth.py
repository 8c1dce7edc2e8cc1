"""Offline sign-in for the hotline (issue 15 item 2): during an outage of the central server,
a person who signed in on this workstation recently can sign in again, in a limited mode
(intake and the outbox only), so the hotline keeps answering.

What the workstation keeps, per database, in one file of the user's data directory (mode
0600): for each person who signed in here in the last ``KEEP_FOR`` days, an Argon2 verifier
of their password (its own salt, never the password and never the server's hash), a snapshot
of who they are (name, unit, roles), a fingerprint of the server's password hash (SHA-256:
it tells a changed password at the next contact, and cannot be verified against), and the
offline lockout counter.

Lockout applies offline: 5 wrong passwords lock the person out for 15 minutes on this
workstation, as on the server (console/services/auth.py). The first contact with the server
re-checks the account (``recheck``): deactivated, or the password changed since the verifier
was kept, and the session ends (SessionEndedError) and the verifier is forgotten; the entries
the person queued stay in the outbox, waiting for an administrator (they are never sent in
another person's name).

What protects the file: the operating system's account (the file is the user's, 0600) and
Argon2's cost. Someone who can read it can try passwords against it at Argon2's pace, as with
any offline verifier; someone who can write it can reset the offline counter. Hence "recently"
and the limited mode: it never opens the province's data, only the intake.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import platformdirs
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.engine import make_url

from console.db import APP_NAME, Database
from console.models import Role, UnitKind, User
from console.services.account_check import SessionEndedError
from console.services.audit import record
from console.services.auth import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    AccountLockedError,
    AuthenticatedUser,
    InvalidCredentialsError,
    normalise_username,
)
from console.timeutil import now_local

log = logging.getLogger(__name__)

KEEP_FOR = timedelta(days=14)  # "recently": a verifier older than this is forgotten
_hasher = PasswordHasher()


def default_path(db_url: str) -> Path:
    """This database's file on this workstation (or under $CONSOLE_OFFLINE_DIR, the tests)."""
    shown = make_url(db_url).render_as_string(hide_password=True)
    root = (
        os.environ.get("CONSOLE_OFFLINE_DIR")
        or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "offline"
    )
    return Path(root) / f"{hashlib.sha256(shown.encode()).hexdigest()[:16]}.json"


def shown_url(db_url: str) -> str:
    return make_url(db_url).render_as_string(hide_password=True)


def is_server(db_url: str) -> bool:
    """A central server (PostgreSQL), the only database that can be out of reach."""
    return make_url(db_url).get_backend_name() == "postgresql"


def keep_after_sign_in(db: Database, actor: AuthenticatedUser, password: str, profile: str) -> None:
    """The sign-in window's call after a sign-in on a central server: keep the verifier for an
    outage. Never for the embedded file (no outage), nor for a password about to change; a
    failure to keep it only costs the offline sign-in (logged)."""
    if db.is_sqlite or actor.must_change_password:
        return
    try:
        OfflineVerifiers(default_path(db.url)).keep(db, actor, password, profile=profile)
    except Exception:  # the sign-in itself succeeded
        log.warning("offline verifier not kept", exc_info=True)


def fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()


@dataclass
class _Kept:
    verifier: str
    who: dict[str, Any]
    server_hash: str  # fingerprint of the server's hash when the verifier was made
    kept_at: str
    failed: int = 0
    locked_until: str | None = None


@dataclass(frozen=True)
class OfflineUser:
    """Who signed in offline: the snapshot kept at their last sign-in on the server."""

    actor: AuthenticatedUser
    server_hash: str


class OfflineVerifiers:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    # -- the file ------------------------------------------------------------------------------
    def _load(self) -> dict[str, _Kept]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return {name: _Kept(**kept) for name, kept in data.items()}
        except FileNotFoundError:
            return {}
        except (ValueError, TypeError):
            return {}  # damaged: nobody can sign in offline until they sign in online

    def _save(self, kept: dict[str, _Kept]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({k: asdict(v) for k, v in kept.items()}, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    def known(self) -> list[str]:
        return sorted(self._load())

    # -- online: keep ------------------------------------------------------------------------
    def keep(
        self,
        db: Database,
        actor: AuthenticatedUser,
        password: str,
        *,
        profile: str = "",
        now: datetime | None = None,
    ) -> None:
        """After ``actor`` signed in on the server with ``password``: keep their verifier
        (and the database's profile key, for the limited mode's forms)."""
        if actor.id is None:
            return
        now = now or now_local()
        with db.session() as s:
            server_hash = s.scalar(select(User.password_hash).where(User.id == actor.id))
        if server_hash is None:
            return
        kept = {
            k: v
            for k, v in self._load().items()
            if datetime.fromisoformat(v.kept_at) > now - KEEP_FOR
        }
        kept[actor.username] = _Kept(
            _hasher.hash(password),
            _who(actor) | {"profile": profile},
            fingerprint(server_hash),
            now.isoformat(),
        )
        self._save(kept)

    def profile_of(self, username: str) -> str:
        """The profile key kept with ``username``'s verifier ("" if none)."""
        entry = self._load().get(normalise_username(username))
        return str(entry.who.get("profile") or "") if entry else ""

    def forget(self, username: str) -> None:
        kept = self._load()
        if kept.pop(normalise_username(username), None) is not None:
            self._save(kept)

    # -- offline: sign in --------------------------------------------------------------------
    def sign_in(self, username: str, password: str, *, now: datetime | None = None) -> OfflineUser:
        """The person, if they signed in here recently and ``password`` is theirs; else the
        same AuthError as on the server (a wrong name and a wrong password look alike), and a
        wrong password counts towards the lockout."""
        now = now or now_local()
        name = normalise_username(username)
        kept = self._load()
        entry = kept.get(name)
        if entry is None or datetime.fromisoformat(entry.kept_at) <= now - KEEP_FOR:
            _spend_time(password)
            raise InvalidCredentialsError()
        if entry.locked_until and datetime.fromisoformat(entry.locked_until) > now:
            raise AccountLockedError(datetime.fromisoformat(entry.locked_until), now)
        if entry.locked_until:  # the lock ran out: the count starts again
            entry.locked_until, entry.failed = None, 0
        try:
            _hasher.verify(entry.verifier, password)
        except (VerificationError, InvalidHashError):
            entry.failed += 1
            error: Exception = InvalidCredentialsError()
            if entry.failed >= MAX_FAILED_LOGINS:
                until = _lock_end(now)
                entry.locked_until = until.isoformat()
                error = AccountLockedError(until, now)
            self._save(kept)
            raise error from None
        entry.failed = 0
        self._save(kept)
        return OfflineUser(_actor(entry.who), entry.server_hash)

    # -- the first contact with the server -----------------------------------------------------
    def recheck(
        self, db: Database, user: OfflineUser, *, now: datetime | None = None
    ) -> AuthenticatedUser:
        """The account on the server: the person as it is now, or SessionEndedError (and the
        verifier forgotten) when it was deactivated or its password changed meanwhile. The
        offline session is written to the audit trail."""
        now = now or now_local()
        with db.session() as s:
            current = s.get(User, user.actor.id)
            ended = (
                current is None
                or not current.active
                or fingerprint(current.password_hash) != user.server_hash
            )
            if current is not None:
                record(
                    s,
                    current,
                    "login.offline",
                    f"user:{current.username}",
                    at=now,
                    new={"ended": ended},
                )
            actor = None if ended or current is None else AuthenticatedUser.from_user(current)
        if actor is None:
            self.forget(user.actor.username)
            raise SessionEndedError()
        return actor


def _lock_end(now: datetime) -> datetime:
    end = now.replace(microsecond=0) + LOCKOUT
    return end.replace(second=0) + timedelta(minutes=1) if end.second else end


@functools.cache
def _dummy() -> str:
    return _hasher.hash("không phải mật khẩu của ai")


def _spend_time(password: str) -> None:
    """An unknown name costs what a known one does: the answer tells nothing."""
    with contextlib.suppress(VerifyMismatchError):
        _hasher.verify(_dummy(), password)


def _who(actor: AuthenticatedUser) -> dict[str, Any]:
    return {
        "id": actor.id,
        "username": actor.username,
        "full_name": actor.full_name,
        "unit_id": actor.unit_id,
        "unit_code": actor.unit_code,
        "unit_name": actor.unit_name,
        "unit_kind": actor.unit_kind.value if actor.unit_kind else None,
        "roles": sorted(r.value for r in actor.roles),
    }


def _actor(who: dict[str, Any]) -> AuthenticatedUser:
    return AuthenticatedUser(
        id=who["id"],
        username=who["username"],
        full_name=who["full_name"],
        unit_id=who["unit_id"],
        unit_code=who["unit_code"],
        unit_name=who["unit_name"],
        unit_kind=UnitKind(who["unit_kind"]) if who["unit_kind"] else None,
        roles=frozenset(Role(r) for r in who["roles"]),
    )
