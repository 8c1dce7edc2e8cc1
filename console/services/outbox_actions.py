"""Actions on reports typed while the central database did not answer (issue 15 item 1).

Every workflow action (triage, routing, accept, return, progress notes with their photos,
results, approvals, publication, ratings, restrictions, the hotline's answer or redirection
typed on the line) can wait in the outbox (console/services/outbox.py) beside the new reports:
one entry keeps the action, the report's id and code, the report's version it was typed
against, its parameters (the photos as sealed copies, like the intake's), its author and time.

Replay, in the order typed, under the author's name only:

- **Exactly once.** The entry's client key (a uuid4) goes onto the history row the action
  writes (``action_base.client_key``, in the row's ``data``). The action itself is a
  compare-and-set on the version it was typed against, so it can land at most once; when the
  acknowledgement is lost and the replay is refused because the version moved, the replay looks
  for its key on the report's history: found, the entry landed (it leaves, nothing is written);
  not found, someone else moved the report.
- **Never blindly, never dropped.** An action whose report moved meanwhile (another version, or
  a refusal of the workflow's at the new state) is not applied: it stays in the outbox, marked
  with the server's answer and what changed (who, when, which action, the new state, from the
  report's history), the typed text kept, in the "Chưa gửi được" list. Its author re-applies it
  (against the report as it is now, through the same services and their checks), edits its text,
  or discards it (recorded in the audit trail).
- **A chain of one's own.** An action typed on a report that has an earlier entry of the same
  author waiting (a report taken at the hotline and answered on the line, a note after an accept
  typed offline) follows that entry (``after``): it is sent against the version the earlier one
  produced, and waits behind it while that one is in the list.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from console.db import Database
from console.errors import Label, MessageError
from console.models import STATUS_LABELS, HistoryEntry, Report, ReportStatus, User
from console.services.action_base import ActionResult
from console.workflow import ACTION_LABELS

KIND = "action"
TEXT_PARAMS = ("text", "note")  # the typed text an author may edit, in this order
FILES = "attachments"


@dataclass(frozen=True)
class Change:
    """One step the report took after the version an entry was typed against."""

    who: str  # "" for the system (the screen says it in its language)
    at: datetime
    action: str  # its label (Vietnamese: the screen looks it up in its language)
    status: str  # the state it left the report in (label)


@dataclass(frozen=True)
class Conflict:
    """Why an entry was not applied: the server's answer and what changed on the report."""

    reason: str
    found_at: datetime
    version: int | None = None  # the report's version when it was refused
    status: str = ""  # the report's state then (label)
    changes: tuple[Change, ...] = ()
    # The reason as a MessageError's template and values, for the screen to say it in its
    # language ("" for an entry stored before they were kept, or a reason not from one).
    template: str = ""
    params: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class ActionEntry:
    id: str  # the directory's name: the time typed, then the key (sorts in typed order)
    key: str
    username: str
    typed_at: datetime
    action: str
    report_id: int | None  # None: the report itself waits in the outbox (``after``)
    code: str | None
    version: int | None  # the report's version it was typed against
    params: dict[str, Any] = field(default_factory=dict)  # attachments: the sealed copies
    after: str | None = None  # the client key of the entry this one follows
    names: tuple[str, ...] = ()  # the sealed copies' file names
    conflict: Conflict | None = None
    held: str | None = None  # why it waits for an administrator (the session ended)

    @property
    def label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def text_param(self) -> str | None:
        return next((p for p in TEXT_PARAMS if p in self.params), None)

    @property
    def text(self) -> str:
        """The typed text (the note, the answer…), "" for an action without one."""
        name = self.text_param
        return str(self.params.get(name) or "") if name else ""

    @property
    def refused(self) -> str | None:
        return self.conflict.reason if self.conflict else None


# -- on disk -----------------------------------------------------------------------------------
def dump_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return dump_value(value.value)
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Path):
        return value.as_posix()
    if isinstance(value, list | tuple):
        return (
            {"$tuple": [dump_value(v) for v in value]}
            if isinstance(value, tuple)
            else [dump_value(v) for v in value]
        )
    if isinstance(value, dict):
        return {str(k): dump_value(v) for k, v in value.items()}
    raise TypeError(f"cannot keep {type(value).__name__} in the outbox")


def load_value(value: Any) -> Any:
    if isinstance(value, list):
        return [load_value(v) for v in value]
    if not isinstance(value, dict):
        return value
    if set(value) == {"$datetime"}:
        return datetime.fromisoformat(value["$datetime"])
    if set(value) == {"$date"}:
        return date.fromisoformat(value["$date"])
    if set(value) == {"$tuple"}:
        return tuple(load_value(v) for v in value["$tuple"])
    return {k: load_value(v) for k, v in value.items()}


def dump_conflict(c: Conflict | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {
        "reason": c.reason,
        "found_at": c.found_at.isoformat(),
        "version": c.version,
        "status": c.status,
        "changes": [[x.who, x.at.isoformat(), x.action, x.status] for x in c.changes],
        "template": c.template,
        "params": [[k, _dump_param(v)] for k, v in c.params],
    }


def _dump_param(value: Any) -> Any:
    """A refusal's value as JSON, kept as a value (a time is formatted by the template)."""
    if isinstance(value, Label):
        return {"label": [value.kind, value.code, value.text]}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    return value if isinstance(value, int | float | bool) or value is None else str(value)


def _load_param(value: Any) -> Any:
    if isinstance(value, dict) and "label" in value:
        return Label(*value["label"])
    if isinstance(value, dict) and "datetime" in value:
        return datetime.fromisoformat(value["datetime"])
    return value


def load_conflict(data: dict[str, Any] | None) -> Conflict | None:
    if not data:
        return None
    return Conflict(
        data["reason"],
        datetime.fromisoformat(data["found_at"]),
        data.get("version"),
        data.get("status", ""),
        tuple(Change(w, datetime.fromisoformat(at), a, s) for w, at, a, s in data["changes"]),
        data.get("template", ""),
        tuple((k, _load_param(v)) for k, v in data.get("params", ())),
    )


def entry_data(
    key: str,
    username: str,
    typed_at: datetime,
    action: str,
    report: tuple[int | None, str | None, int | None],
    params: dict[str, Any],
    after: str | None,
    names: list[str],
) -> dict[str, Any]:
    """``entry.json``'s content for an action (sealed by the outbox like an intake's)."""
    report_id, code, version = report
    return {
        "format": 2,
        "kind": KIND,
        "key": key,
        "username": username,
        "typed_at": typed_at.isoformat(),
        "action": action,
        "report_id": report_id,
        "code": code,
        "version": version,
        "params": dump_value({k: v for k, v in params.items() if k != FILES}),
        "after": after,
        "names": names,
        "conflict": None,
    }


def load_entry(folder: Path, data: dict[str, Any]) -> ActionEntry:
    names = tuple(data.get("names") or ())
    params = load_value(data.get("params") or {})
    if names:
        params[FILES] = [folder / "files" / str(i) for i in range(len(names))]
    return ActionEntry(
        folder.name,
        data["key"],
        data["username"],
        datetime.fromisoformat(data["typed_at"]),
        data["action"],
        data.get("report_id"),
        data.get("code"),
        data.get("version"),
        params,
        data.get("after"),
        names,
        load_conflict(data.get("conflict")),
        data.get("held"),
    )


# -- what the server knows -------------------------------------------------------------------
def landed(db: Database, report_id: int | None, key: str) -> ActionResult | None:
    """The history row an action sent with client key ``key`` wrote on the report, if any."""
    if report_id is None:
        return None
    with db.session() as s:
        row = s.execute(
            select(HistoryEntry, Report.code)
            .join(Report, Report.id == HistoryEntry.report_id)
            .where(
                HistoryEntry.report_id == report_id,
                HistoryEntry.data["client_key"].as_string() == key,
            )
            .limit(1)
        ).first()
    if row is None:
        return None
    h, code = row
    return ActionResult(h.report_id, code, ReportStatus(h.to_status), h.version, h.id)


def received(db: Database, intake_key: str) -> tuple[int, str, int] | None:
    """(id, code, version after its intake) of the report received with ``intake_key``."""
    with db.session() as s:
        row = s.execute(
            select(Report.id, Report.code, HistoryEntry.version)
            .join(HistoryEntry, HistoryEntry.report_id == Report.id)
            .where(Report.client_key == intake_key, HistoryEntry.action == "submit")
            .limit(1)
        ).first()
    return None if row is None else (row[0], row[1], row[2])


def conflict_of(
    db: Database, report_id: int | None, since: int | None, why: BaseException, at: datetime
) -> Conflict:
    """``why`` (the refusal) with what happened to the report after version ``since``: who,
    when, which action, the state it left; and the report's version and state now."""
    told = MessageError.from_error(why)
    reason = Conflict(str(why), at, template=told.template, params=tuple(told.params.items()))
    if report_id is None:
        return reason
    with db.session() as s:
        report = s.get(Report, report_id)
        rows = s.execute(
            select(HistoryEntry, User.full_name)
            .outerjoin(User, User.id == HistoryEntry.actor_id)
            .where(HistoryEntry.report_id == report_id, HistoryEntry.version > (since or 0))
            .order_by(HistoryEntry.id)
        ).all()
        changes = tuple(
            Change(
                name or "",
                h.at,
                ACTION_LABELS.get(h.action, h.action),
                STATUS_LABELS[ReportStatus(h.to_status)],
            )
            for h, name in rows
        )
        if report is None:
            return replace(reason, changes=changes)
        status = STATUS_LABELS[ReportStatus(report.status)]
        return replace(reason, version=report.version, status=status, changes=changes)


def describe(entry: ActionEntry) -> str:
    """One line for the list: the action, the report (or "the report waiting to be sent")."""
    where = entry.code or "phản ánh đang chờ gửi"
    return f"{entry.label} — {where}"
