"""GeoReport v2 files (issue 12 item 3): export a period's reports, import an offline app's file.

Export writes the reports received in a period as GeoReport requests, JSON or XML, the same view
the server gives (the publication rules apply: no private answer, no reporter's details).

Import reads a JSON list of GeoReport requests (the POST fields, with the app's own
``service_request_id`` and ``requested_datetime``) and receives each one through the intake,
exactly like a POST: on the chosen channel, with the same validation. Each record's idempotency
key is its ``service_request_id`` (or, without one, a digest of the record), scoped to the
channel, so importing the same file again creates nothing twice. The summary says what was
taken, what was already there, and what was refused and why.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from console.db import Database
from console.errors import MessageError
from console.models import Channel, Report
from console.open311 import encode
from console.open311.forms import TEXT_FIELDS, TRUE, w3c_time
from console.profiles import Profile
from console.services.api_keys import ApiClient
from console.services.auth import AuthenticatedUser
from console.services.open311_requests import BadRequest, Open311Service, RequestForm
from console.statistics import Period

BATCH = 500


class Open311FileError(MessageError, ValueError):
    """A file that cannot be read or written as GeoReport; the message is for the operator."""


@dataclass
class ImportSummary:
    taken: list[str] = field(default_factory=list)  # the new reports' codes
    already: list[str] = field(default_factory=list)  # made by an earlier import of the record
    refused: list[tuple[int, str, str]] = field(default_factory=list)  # (n°, its id, why)

    @property
    def total(self) -> int:
        return len(self.taken) + len(self.already) + len(self.refused)

    def describe(self) -> str:
        return (
            f"{self.total} yêu cầu: nhận {len(self.taken)}, đã có từ trước "
            f"{len(self.already)}, từ chối {len(self.refused)}"
        )


# -- export ---------------------------------------------------------------------------------


def _reports(db: Database, service: Open311Service, period: Period) -> Iterator[dict[str, Any]]:
    start = datetime.combine(period.start, time())
    end = datetime.combine(period.end + timedelta(days=1), time())
    last_id = 0
    while True:
        with db.session() as s:
            batch = s.scalars(
                select(Report)
                .options(selectinload(Report.category))
                .where(Report.received_at >= start, Report.received_at < end, Report.id > last_id)
                .order_by(Report.id)
                .limit(BATCH)
            ).all()
            if not batch:
                return
            last_id = batch[-1].id
            yield from (encode.request_item(v) for v in service.views(s, batch))


def export_requests(db: Database, profile: Profile, period: Period, fmt: str) -> bytes:
    """The reports received in ``period`` as a GeoReport ``fmt`` (json or xml) body."""
    if fmt not in encode.MEDIA:
        raise Open311FileError("Định dạng {fmt!r} không hỗ trợ: json hoặc xml", fmt=fmt)
    rows = list(_reports(db, Open311Service(db, profile), period))
    return encode.body(fmt, "requests", rows)


# -- import ---------------------------------------------------------------------------------


def read_file(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise Open311FileError(
            "Không đọc được tệp {path}: {error}", path=path, error=exc.strerror or exc
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Open311FileError(
            "Tệp {path} không phải JSON (UTF-8): {error}", path=path, error=exc
        ) from exc
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        raise Open311FileError("Tệp {path} phải là một danh sách yêu cầu GeoReport", path=path)
    return data


def _text(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    return "" if value is None else str(value)


def _number(record: dict[str, Any], name: str) -> float | None:
    value = record.get(name)
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise BadRequest("{name} phải là một số: {value!r}", name=name, value=value) from None


def record_key(record: dict[str, Any]) -> str:
    """The record's own id, else a digest of what it says (the same record, the same key)."""
    own = _text(record, "service_request_id").strip() or _text(record, "token").strip()
    if own:
        return "id:" + own[:100]
    canon = json.dumps(record, ensure_ascii=False, sort_keys=True, default=str)
    return "sha256:" + hashlib.sha256(canon.encode("utf-8")).hexdigest()


def record_form(record: dict[str, Any]) -> RequestForm:
    when = _text(record, "requested_datetime").strip()
    return RequestForm(
        service_code=_text(record, "service_code").strip(),
        lat=_number(record, "lat"),
        long=_number(record, "long"),
        confidential=_text(record, "confidential").strip().lower() in TRUE,
        idempotency_key=record_key(record),
        requested_at=w3c_time("requested_datetime", when) if when else None,
        **{name: _text(record, name) for name in TEXT_FIELDS},
    )


def import_requests(
    db: Database,
    profile: Profile,
    path: Path,
    *,
    channel: str = "app",
    app: str | None = None,
    records: list[dict[str, Any]] | None = None,
    progress: Callable[[int, int], None] | None = None,
    actor: AuthenticatedUser | None = None,
) -> ImportSummary:
    """Receive each request of the JSON file ``path`` (``records``: read from it already) on
    ``channel``; ``progress(done, total)`` after each one. ``actor``: the operator importing it
    in the console (the history names them); by default the file's app."""
    records = read_file(path) if records is None else records
    service = Open311Service(db, profile)
    with db.session() as s:
        ch = s.scalar(select(Channel).where(Channel.code == channel))
        if ch is None:
            raise Open311FileError("Không có kênh tiếp nhận {code!r}", code=channel)
        client = ApiClient(0, (app or path.name)[:120], ch.code, ch.name)
    summary = ImportSummary()
    for n, record in enumerate(records, start=1):
        own = _text(record, "service_request_id")
        try:
            done = service.submit(
                client,
                record_form(record),
                source="import",
                scope=f"import:{ch.code}",
                external_id=own or None,
                actor=actor,
            )
        except (MessageError, ValueError) as exc:  # the intake's own refusals, with its words
            summary.refused.append((n, own, str(exc)))
        else:
            (summary.taken if done.new else summary.already).append(done.service_request_id)
        if progress:
            progress(n, len(records))
    return summary
