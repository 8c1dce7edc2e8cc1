"""The audit trail (issue 11 item 6): record sign-ins and administrative changes; read them back.

``record`` adds one entry inside the caller's session, so the entry commits or rolls back with
the change it describes: a refused change leaves no entry, a made one always has its entry.
Nothing here updates or deletes an entry (and migration 0012's triggers refuse it). Reading the
trail is an administrator's right, checked here.
"""

from __future__ import annotations

import csv
import enum
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from console.db import Database
from console.models import AuditEntry
from console.timeutil import now_local

if TYPE_CHECKING:  # auth records its sign-ins here: no import back at run time
    from console.models import User
    from console.services.auth import AuthenticatedUser

    Actor: TypeAlias = AuthenticatedUser | User

# Vietnamese names of the actions; an action not listed here is shown by its code.
ACTION_LABELS: dict[str, str] = {
    "login": "Đăng nhập",
    "login.remembered": "Đăng nhập (đã ghi nhớ)",
    "login.failed": "Đăng nhập sai",
    "login.locked": "Khóa tài khoản do đăng nhập sai",
    "login.refused": "Từ chối đăng nhập",
    "login.offline": "Đăng nhập ngoại tuyến (mất kết nối máy chủ)",
    "logout": "Đăng xuất",
    "password.change": "Tự đổi mật khẩu",
    "user.create": "Thêm tài khoản",
    "user.update": "Sửa tài khoản",
    "user.password_reset": "Đặt lại mật khẩu",
    "user.unlock": "Mở khóa tài khoản",
    "user.deactivate": "Vô hiệu hóa tài khoản",
    "user.reactivate": "Kích hoạt lại tài khoản",
    "user.revoke_remembered": "Thu hồi đăng nhập đã ghi nhớ",
    "calendar.day_off": "Thêm ngày nghỉ",
    "calendar.working_day": "Thêm ngày làm bù",
    "calendar.remove": "Bỏ điều chỉnh lịch",
    # issue 11 part B: units, categories, the server connection
    "unit.add": "Thêm đơn vị",
    "unit.rename": "Đổi tên đơn vị",
    "unit.area": "Sửa địa bàn của đơn vị",
    "unit.move": "Chuyển đơn vị",
    "unit.deactivate": "Ngừng hoạt động đơn vị",
    "unit.reactivate": "Đơn vị hoạt động lại",
    "unit.default": "Đơn vị xử lý mặc định theo địa bàn",
    "category.add": "Thêm lĩnh vực",
    "category.rename": "Đổi tên lĩnh vực",
    "category.default_unit": "Đổi đơn vị xử lý mặc định",
    "category.deactivate": "Ngừng sử dụng lĩnh vực",
    "category.reactivate": "Dùng lại lĩnh vực",
    "category.clock": "Đổi thời hạn xử lý của lĩnh vực",
    "connection.migrate": "Nâng cấp cấu trúc cơ sở dữ liệu",
    "apikey.create": "Tạo khóa API (Open311)",
    "apikey.revoke": "Thu hồi khóa API (Open311)",
    "outbox.discard": "Bỏ mục chờ gửi (mất kết nối máy chủ)",
    "outbox.release": "Gửi mục chờ gửi của phiên đã kết thúc thay người nhập",
}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON: dates as ISO text, enums by value, sets sorted into lists."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((jsonable(v) for v in value), key=str)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return str(value)


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    target: str = "",
    *,
    old: Any = None,
    new: Any = None,
    actor_name: str | None = None,
    at: datetime | None = None,
) -> None:
    """Add one audit entry in ``session`` (the caller's transaction; nothing is committed here).

    ``actor`` is the AuthenticatedUser acting (None with ``actor_name`` for a sign-in attempt
    under an unknown name); ``action`` a dotted code ("user.update", "unit.rename"); ``target``
    what it acted on ("user:nva", "unit:so_gtvt", "day:2026-09-02"); ``old`` / ``new`` the value
    before and after, anything JSON can hold once dates, enums and sets are turned to text.
    """
    name = actor_name if actor_name is not None else (actor.username if actor else "?")
    session.add(
        AuditEntry(
            at=at or now_local(),
            actor_id=actor.id if actor is not None else None,
            actor_name=name[:120],
            action=action,
            target=target[:255],
            old_value=jsonable(old),
            new_value=jsonable(new),
        )
    )


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    actor_name: str
    action: str
    target: str
    old: Any
    new: Any

    @property
    def label(self) -> str:
        return action_label(self.action)


def read_entries(
    session: Session,
    *,
    first: date | None = None,
    last: date | None = None,
    user: str | None = None,
    action: str | None = None,
    text: str | None = None,
    limit: int | None = 5000,
) -> list[AuditRow]:
    """Entries of [first, last] (whole days), newest first; ``user`` is an exact user name,
    ``action`` a code or a prefix ending in "." ("user."), ``text`` a part of the target."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if first is not None:
        query = query.where(AuditEntry.at >= datetime.combine(first, time()))
    if last is not None:
        query = query.where(AuditEntry.at < datetime.combine(last + timedelta(days=1), time()))
    if user:
        name = user.strip().lower()
        query = query.where(or_(AuditEntry.actor_name == name, AuditEntry.target == f"user:{name}"))
    if action:
        query = query.where(
            AuditEntry.action.startswith(action)
            if action.endswith(".")
            else AuditEntry.action == action
        )
    if text:
        query = query.where(AuditEntry.target.contains(text.strip()))
    if limit is not None:
        query = query.limit(limit)
    return [
        AuditRow(e.id, e.at, e.actor_name, e.action, e.target, e.old_value, e.new_value)
        for e in session.scalars(query)
    ]


def audit_entries(db: Database, actor: AuthenticatedUser, **filters: Any) -> list[AuditRow]:
    """``read_entries`` for an administrator (refused to anyone else)."""
    from console.services.users import require_admin

    with db.session() as s:
        require_admin(s, actor, "xem nhật ký quản trị")
        return read_entries(s, **filters)


CSV_HEADER = (
    "Thời điểm",
    "Người thực hiện",
    "Mã thao tác",
    "Thao tác",
    "Đối tượng",
    "Giá trị cũ",
    "Giá trị mới",
)


def _cell(value: Any) -> str:
    import json

    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def to_csv(rows: Iterable[AuditRow]) -> str:
    """The rows as CSV text (UTF-8 with a BOM when written, so Excel reads the diacritics)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for r in rows:
        writer.writerow(
            (
                r.at.strftime("%Y-%m-%d %H:%M:%S"),
                r.actor_name,
                r.action,
                r.label,
                r.target,
                _cell(r.old),
                _cell(r.new),
            )
        )
    return out.getvalue()
