"""GeoReport's form and query parameters, read into the service's RequestForm and RequestQuery."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from urllib.parse import parse_qsl

from console.services.open311_requests import BadRequest, RequestForm, RequestQuery
from console.timeutil import to_local_naive

TEXT_FIELDS = (
    "address_string",
    "description",
    "first_name",
    "last_name",
    "phone",
    "email",
    "media_url",
    "device_id",
    "account_id",
)
TRUE = ("1", "true", "yes", "on")


def parse_form(raw: bytes) -> dict[str, str]:
    """An application/x-www-form-urlencoded body (UTF-8); the first value of each name."""
    try:
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, max_num_fields=100)
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadRequest("Nội dung gửi lên không đọc được (cần form-urlencoded, UTF-8)") from exc
    form: dict[str, str] = {}
    for name, value in pairs:
        form.setdefault(name, value)
    return form


def _number(form: Mapping[str, str], name: str) -> float | None:
    text = form.get(name, "").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise BadRequest("{name} phải là một số: {value!r}", name=name, value=text) from None


def w3c_time(name: str, text: str) -> datetime:
    """A W3C / ISO 8601 time as stored local time; a time without offset is local already."""
    try:
        return to_local_naive(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))
    except ValueError:
        raise BadRequest(
            "{name} không phải thời điểm W3C (2026-03-02T09:00:00+07:00): {value!r}",
            name=name,
            value=text,
        ) from None


def request_form(form: Mapping[str, str], idempotency_header: str | None) -> RequestForm:
    key = (form.get("idempotency_key") or idempotency_header or "").strip()
    if len(key) > 100:
        raise BadRequest("Khóa chống gửi trùng (idempotency_key) dài quá 100 ký tự")
    return RequestForm(
        service_code=form.get("service_code", "").strip(),
        lat=_number(form, "lat"),
        long=_number(form, "long"),
        confidential=form.get("confidential", "").strip().lower() in TRUE,
        idempotency_key=key,
        requested_at=None,  # a live request: received now
        **{name: form.get(name, "") for name in TEXT_FIELDS},
    )


def request_query(params: Mapping[str, str]) -> RequestQuery:
    ids = tuple(i for i in params.get("service_request_id", "").split(",") if i.strip())
    statuses = tuple(s.strip().lower() for s in params.get("status", "").split(",") if s.strip())
    if any(s not in ("open", "closed") for s in statuses):
        raise BadRequest("status phải là open hoặc closed")
    start, end = params.get("start_date"), params.get("end_date")
    return RequestQuery(
        ids=ids,
        service_code=params.get("service_code") or None,
        start=w3c_time("start_date", start) if start else None,
        end=w3c_time("end_date", end) if end else None,
        statuses=statuses,
    )
