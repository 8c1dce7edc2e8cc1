"""What an outbox entry is on disk (console/services/outbox.py): ``entry.json``'s content.

Format 2 (now): the JSON below sealed as one Fernet token under the outbox's key
(console/services/outbox_key.py); the draft's ``attachments`` are the files' names, their
sealed copies ``files/0``, ``files/1``… Format 1 (before encryption): the same JSON in plain
text, ``attachments`` the relative paths ``files/<i>/<name>`` of plain copies; still read, so
what waited when the console was updated is sent.
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from typing import Any

from console.intake import ReportDraft
from console.services.outbox_key import OutboxKey

FORMAT = 2
_DATETIMES = ("occurred_at", "received_at")


def sealed_entry(key: OutboxKey, data: dict[str, Any]) -> bytes:
    return key.seal(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def opened_entry(key: OutboxKey, raw: bytes) -> dict[str, Any]:
    """The entry's JSON; ValueError when it is neither a token of ``key`` nor a plain format 1
    entry (KeyUnavailable when the keyring that holds the key cannot be read now)."""
    if raw.lstrip().startswith(b"{"):  # a token is base64: never starts with a brace
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format", 1) != 1:
            raise ValueError("a plain entry.json that is not of format 1")
        return data
    opened: dict[str, Any] = json.loads(key.open(raw).decode("utf-8"))
    return opened


def dump_draft(draft: ReportDraft) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(ReportDraft):
        value = getattr(draft, f.name)
        if f.name in _DATETIMES:
            value = value.isoformat() if value else None
        elif f.name == "attachments":
            value = [p.as_posix() for p in value]
        out[f.name] = value
    return out


def load_draft(data: dict[str, Any]) -> ReportDraft:
    known = {f.name for f in fields(ReportDraft)}
    values = {k: v for k, v in data.items() if k in known}
    for name in _DATETIMES:
        if values.get(name):
            values[name] = datetime.fromisoformat(values[name])
    values["attachments"] = [Path(p) for p in values.get("attachments", [])]
    values["extra"] = dict(values.get("extra") or {})
    return ReportDraft(**values)
