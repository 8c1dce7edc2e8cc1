"""API keys of the citizen apps that talk Open311 (issue 12): add, list, revoke, check.

A key is ``ioc_`` and 43 URL-safe characters (32 random bytes), shown once when it is made;
the database keeps its SHA-256 and its first characters only. A random key of that length needs
no slow password hash: nobody can guess it, and the server checks a hash on every request. Each
key belongs to one channel application (its ``channel``): reports it posts are received on that
channel. A revoked key stays listed (the reports it posted keep their origin). Adding and revoking
are written to the audit trail in the same transaction; each is refused to anyone but an
administrator, in the service (the CLI acts as the system administrator).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.db import Database
from console.errors import MessageError
from console.models import ApiKey, Channel
from console.services import audit
from console.services.auth import AuthenticatedUser
from console.services.users import require_admin
from console.timeutil import now_local

PREFIX = "ioc_"
DEFAULT_CHANNEL = "app"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")


class ApiKeyError(MessageError, ValueError):
    """A refused key operation; the message is for the administrator."""


@dataclass(frozen=True)
class ApiKeyInfo:
    """A key as the administrator sees it: never the key itself."""

    id: int
    name: str
    channel_code: str
    channel_name: str
    prefix: str
    created_at: datetime
    created_by: str
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class ApiClient:
    """Who is calling: the app behind a valid key."""

    key_id: int
    name: str
    channel_code: str
    channel_name: str


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _info(key: ApiKey) -> ApiKeyInfo:
    return ApiKeyInfo(
        key.id,
        key.name,
        key.channel.code,
        key.channel.name,
        key.prefix,
        key.created_at,
        key.created_by,
        key.revoked_at,
    )


def add_key(
    db: Database, actor: AuthenticatedUser, name: str, channel: str | None = None
) -> tuple[ApiKeyInfo, str]:
    """A new key for the app ``name`` on ``channel`` (default "app"): (its record, the key).
    The key is returned this once and never stored."""
    name = name.strip()
    if not _NAME.match(name):
        raise ApiKeyError(
            "Tên ứng dụng {name!r} không hợp lệ: 2–64 ký tự, chữ không dấu, "
            "số, dấu chấm, gạch dưới hoặc gạch ngang",
            name=name,
        )
    code = (channel or DEFAULT_CHANNEL).strip()
    secret = PREFIX + secrets.token_urlsafe(32)
    with db.session() as s:
        require_admin(s, actor, "tạo khóa API")
        ch = s.scalar(select(Channel).where(Channel.code == code))
        if ch is None:
            known = ", ".join(s.scalars(select(Channel.code).order_by(Channel.code))) or "không có"
            raise ApiKeyError(
                "Không có kênh tiếp nhận {code!r} (có: {known})", code=code, known=known
            )
        if s.scalar(select(ApiKey.id).where(ApiKey.name == name)) is not None:
            raise ApiKeyError("Đã có khóa API tên {name!r}", name=name)
        key = ApiKey(
            name=name,
            channel=ch,
            prefix=secret[: len(PREFIX) + 6],
            key_hash=key_hash(secret),
            created_at=now_local(),
            created_by=actor.username[:120],
        )
        s.add(key)
        s.flush()
        audit.record(
            s,
            actor,
            "apikey.create",
            f"apikey:{name}",
            new={"channel": ch.code, "prefix": key.prefix},
        )
        return _info(key), secret


def channel_choices(db: Database) -> list[tuple[str, str]]:
    with db.session() as s:
        return [
            (c, n) for c, n in s.execute(select(Channel.code, Channel.name).order_by(Channel.id))
        ]


def list_keys(db: Database, actor: AuthenticatedUser) -> list[ApiKeyInfo]:
    """Every key, active and revoked, by name."""
    with db.session() as s:
        require_admin(s, actor, "xem khóa API")
        return [_info(k) for k in s.scalars(select(ApiKey).order_by(ApiKey.name))]


def revoke_key(db: Database, actor: AuthenticatedUser, name: str) -> bool:
    """Revoke the key of ``name``; False when it was already revoked."""
    with db.session() as s:
        require_admin(s, actor, "thu hồi khóa API")
        key = s.scalar(select(ApiKey).where(ApiKey.name == name.strip()))
        if key is None:
            raise ApiKeyError("Không có khóa API tên {name!r}", name=name)
        if key.revoked_at is not None:
            return False
        key.revoked_at = now_local()
        audit.record(s, actor, "apikey.revoke", f"apikey:{key.name}")
        return True


def client_for(session: Session, key: str) -> ApiClient | None:
    """The app behind ``key`` if it is a valid, unrevoked key, else None."""
    if not key.startswith(PREFIX) or len(key) > 100:
        return None
    row = session.execute(
        select(ApiKey.id, ApiKey.name, Channel.code, Channel.name)
        .join(Channel, Channel.id == ApiKey.channel_id)
        .where(ApiKey.key_hash == key_hash(key), ApiKey.revoked_at.is_(None))
    ).first()
    return ApiClient(*row) if row else None
