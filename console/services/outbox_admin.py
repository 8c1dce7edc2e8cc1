"""The entries of an ended session: an administrator decides (issue 15 item 2).

When a person worked offline and the first answer of the server says their account was
deactivated or its password changed, their session ends and what they typed is held in the
outbox (``Outbox.hold``): not sent, not even to them. An administrator, on that workstation,
sees those entries (Quản trị → Mục chờ gửi của phiên đã kết thúc) and either sends them in the
author's name, only once the account is active again, or discards them. Both are recorded in
the audit trail ("outbox.release", "outbox.discard"); the check of the administrator is the
services' own (``users.require_admin``), in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select

from console.db import Database
from console.models import User
from console.profiles import Profile
from console.services import audit
from console.services.auth import AuthenticatedUser
from console.services.outbox import Entry, Outbox, OutboxEntry, Replayed
from console.services.users import require_admin
from console.workflow import WorkflowError


def held_entries(box: Outbox, db: Database, admin: AuthenticatedUser) -> list[Entry]:
    """Every held entry of this workstation's outbox, oldest first."""
    with db.session() as s:
        require_admin(s, admin, "xem mục chờ gửi của phiên đã kết thúc")
    return [e for e in box.pending() if e.held is not None]


def release(
    box: Outbox,
    db: Database,
    profile: Profile,
    admin: AuthenticatedUser,
    username: str,
    clock: Callable[[], datetime],
) -> list[Replayed]:
    """Send ``username``'s held entries in their name, in the order typed: refused while the
    account is not active. What the server would not take goes to the author's own
    "Chưa gửi được" list, like any entry."""
    from console.services.console_api import ConsoleApi

    held = [e for e in box.pending(username) if e.held is not None]
    with db.session() as s:
        require_admin(s, admin, "gửi mục chờ gửi thay người nhập")
        user = s.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            raise WorkflowError(
                "Tài khoản {username} chưa hoạt động lại: các mục chờ gửi của người này vẫn "
                "được giữ",
                username=username,
            )
        author = AuthenticatedUser.from_user(user)
        audit.record(
            s,
            admin,
            "outbox.release",
            f"user:{username}",
            new={"entries": [e.key for e in held]},
            at=clock(),
        )
    for entry in held:
        box.update(entry.id, held=None)
    return box.replay(ConsoleApi(db, profile, author, clock), author)


def discard_held(box: Outbox, db: Database, admin: AuthenticatedUser, entry_id: str) -> None:
    """Drop one held entry, recorded in the audit trail under the administrator's name."""
    entry = box.get(entry_id)
    if entry is None or entry.held is None:
        raise WorkflowError("Không còn mục chờ gửi này (đã gửi hoặc đã bỏ)")
    about: dict[str, Any] = {
        "author": entry.username,
        "key": entry.key,
        "typed_at": entry.typed_at,
        "held": entry.held,
    }
    if isinstance(entry, OutboxEntry):
        target, about["kind"] = f"outbox:{entry.key}", "report"
    else:
        target = f"report:{entry.code or entry.after}"
        about |= {"kind": "action", "action": entry.action, "version": entry.version}
    with db.session() as s:
        require_admin(s, admin, "bỏ mục chờ gửi của người khác")
        audit.record(s, admin, "outbox.discard", target, old=about)
    box.remove(entry)
