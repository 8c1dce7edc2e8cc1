"""JSON and XML bodies as GeoReport v2 writes them; times in W3C format at +07:00."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from datetime import datetime
from typing import Any

from console.services.open311_requests import RequestView, ServiceInfo, Submitted

MEDIA = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}
OFFSET = "+07:00"  # the province's time (Asia/Ho_Chi_Minh, no DST); stored as naive local time


def w3c(at: datetime | None) -> str | None:
    """2026-03-02T09:00:00+07:00 for a stored (naive, local) time."""
    return None if at is None else at.replace(microsecond=0).isoformat() + OFFSET


def service_item(s: ServiceInfo) -> dict[str, Any]:
    return {
        "service_code": s.code,
        "service_name": s.name,
        "description": s.description,
        "metadata": False,
        "type": "realtime",
        "keywords": s.keywords,
        "group": s.group,
    }


def request_item(r: RequestView) -> dict[str, Any]:
    item = asdict(r)
    for key in ("requested_datetime", "updated_datetime", "expected_datetime"):
        item[key] = w3c(item[key])
    return item


def submitted_item(s: Submitted) -> dict[str, Any]:
    return {
        "service_request_id": s.service_request_id,
        "service_notice": s.service_notice,
        "account_id": s.account_id,
    }


def error_items(status: int, description: str) -> list[dict[str, Any]]:
    return [{"code": status, "description": description}]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _xml(root: str, item: str, rows: Iterable[Mapping[str, Any]]) -> bytes:
    top = ET.Element(root)
    for row in rows:
        el = ET.SubElement(top, item)
        for key, value in row.items():
            ET.SubElement(el, key).text = _text(value)
    data: bytes = ET.tostring(top, encoding="utf-8", xml_declaration=True)
    return data


# GeoReport's XML wrappers: <services><service>, <service_requests><request>, <errors><error>.
ROOTS = {
    "services": ("services", "service"),
    "requests": ("service_requests", "request"),
    "errors": ("errors", "error"),
}


def body(fmt: str, kind: str, rows: list[dict[str, Any]]) -> bytes:
    """The body of ``rows`` of ``kind`` (services, requests, errors) in ``fmt``."""
    if fmt == "xml":
        return _xml(*ROOTS[kind], rows)
    return json.dumps(rows, ensure_ascii=False).encode("utf-8")
