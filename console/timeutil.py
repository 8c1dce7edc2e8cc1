"""Local time of the province: Asia/Ho_Chi_Minh (UTC+7, no DST), stored naive."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def now_local() -> datetime:
    """Now, as naive local time to the second (how every timestamp is stored)."""
    return datetime.now(LOCAL_TZ).replace(tzinfo=None, microsecond=0)


def to_local_naive(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        return dt
    return dt.astimezone(LOCAL_TZ).replace(tzinfo=None)
