"""The account behind every action is checked on the server, in the action's own transaction
(issue 15 item 5): a person deactivated while their console is open can no longer act.

The actor is a snapshot taken at sign-in (AuthenticatedUser); without this check a console
left open after its person was deactivated went on storing reports. One indexed read per
transaction: the report actions (ActionBase._act) and intake (IntakeActions.submit); the
administrator's actions check the live account already (users.require_admin). The window asks
``account_ended`` now and then (console/views/session_watch.py) and signs out.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.db import Database
from console.models import User
from console.services.auth import AuthenticatedUser, AuthError


class SessionEndedError(AuthError):
    """The signed-in person's account no longer allows them to work: the session ends."""

    def __init__(self) -> None:
        super().__init__(
            "Tài khoản của bạn đã bị vô hiệu hóa: phiên làm việc kết thúc, không "
            "có gì được ghi; hãy liên hệ quản trị viên"
        )


def check_account(session: Session, actor: AuthenticatedUser) -> None:
    """SessionEndedError unless ``actor``'s account is active now (the CLI's actor is the
    machine's administrator: no account to check)."""
    if actor.id is None:
        return
    if not session.scalar(select(User.active).where(User.id == actor.id)):
        raise SessionEndedError()


def account_ended(db: Database, actor: AuthenticatedUser) -> bool:
    """Has ``actor``'s session ended on the server (account deactivated or gone)?"""
    with db.session() as s:
        try:
            check_account(s, actor)
        except SessionEndedError:
            return True
    return False
