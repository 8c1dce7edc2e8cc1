"""Sending what waits in the outbox, and the author's decisions on what could not be sent.

``replay`` sends one author's entries in the order typed: new reports (console/services/outbox.py)
and actions (console/services/outbox_actions.py, which says how an action lands exactly once and
why one whose report moved is never applied blindly). ``reapply``, ``edit`` and ``discard`` are
the "Chưa gửi được" list's buttons.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from console.db import Database
from console.errors import MessageError
from console.services import audit
from console.services import outbox_actions as oa
from console.services.action_base import ActionResult, client_key
from console.services.auth import AuthenticatedUser
from console.services.outbox_actions import ActionEntry
from console.services.outbox_errors import is_unreachable
from console.services.outbox_key import KeyUnavailable
from console.services.reports import ReportService
from console.services.visibility import visible_report
from console.workflow import ACTION_LABELS, WorkflowError

if TYPE_CHECKING:
    from console.services.outbox import Entry, Outbox, Replayed

DISCARDED = "discarded.log"  # the outbox folder's own record of what its authors discarded
DISCARDS_TO_AUDIT = "discarded-unaudited.jsonl"  # discarded while the server did not answer


class HeldBack(MessageError):
    """Why a replayed entry went to the list without being tried: what it follows was not sent."""


@dataclass
class _Run:
    waiting: set[str]  # keys of the entries in the outbox when the run began
    landed: dict[str, ActionResult] = field(default_factory=dict)  # sent in this run
    held: dict[str, str] = field(default_factory=dict)  # key -> label, in the list


def _act(
    target: Any, actor: AuthenticatedUser, entry: ActionEntry, rid: int, v: int, p: Any
) -> ActionResult:
    if entry.action not in ACTION_LABELS or entry.action == "submit":
        raise WorkflowError("Thao tác không tồn tại: {action!r}", action=entry.action)
    result: ActionResult
    if isinstance(target, ReportService):
        result = getattr(target, entry.action)(actor, rid, v, **p)
    else:
        result = target.act(entry.action, rid, v, **p)
    return result


def replay(box: Outbox, target: Any, actor: AuthenticatedUser) -> list[Replayed]:
    """Send ``actor``'s entries in the order typed through ``target`` (a ConsoleApi, or a
    ReportService given the actor). A report leaves once its submit returned, an action once it
    landed (or was found landed); a refused report stays, marked; an action whose report moved
    goes to the list; the first "unreachable" stops the run. Entries of other users wait for
    them to sign in: they are never sent in another person's name."""
    from console.services.outbox import OutboxEntry, Replayed, Unopened

    done: list[Replayed] = []
    with box.replaying:
        db = getattr(target, "db", None)  # a ConsoleApi or a ReportService has one
        if db is not None:
            record_offline_discards(box, db, actor)  # not answering: they wait as the rest
        entries = box.pending(actor.username)
        run = _Run({e.key for e in entries})
        for entry in entries:
            if entry.held is not None:  # an ended session's: an administrator decides
                run.held[entry.key] = getattr(entry, "label", "phản ánh")
                continue
            if isinstance(entry, ActionEntry):
                if entry.conflict is not None:
                    run.held[entry.key] = entry.label  # waits for its author's decision
                    continue
                try:
                    out = send_action(box, target, actor, entry, run)
                except Exception as exc:
                    if not is_unreachable(exc):
                        raise
                    done.append(Replayed(entry, unreachable=True))
                    break
                if out is not None:
                    done.append(out)
                continue
            assert isinstance(entry, OutboxEntry)
            try:
                with box.opened(entry) as draft:
                    draft = replace(
                        draft, received_at=draft.received_at or entry.typed_at
                    )  # the time the call was taken
                    if isinstance(target, ReportService):
                        result = target.submit(actor, draft)
                    else:
                        result = target.submit(draft)
            except KeyUnavailable:
                continue  # the keyring is locked now: it waits, never set aside
            except Unopened as exc:
                box.set_aside_entry(entry.id, exc)
                continue
            except Exception as exc:
                if is_unreachable(exc):
                    done.append(Replayed(entry, unreachable=True))
                    break
                message = refusal_text(entry, exc)
                box.update(entry.id, refused=message)
                run.held[entry.key] = entry.draft.title or "phản ánh"
                done.append(Replayed(replace(entry, refused=message), message=message))
                continue
            box.remove(entry)
            run.landed[entry.key] = result
            done.append(Replayed(entry, result=result))
    return done


def send_action(
    box: Outbox, target: Any, actor: AuthenticatedUser, entry: ActionEntry, run: _Run
) -> Replayed | None:
    """Send one action; None when it must wait (the entry it follows still waits, or the
    keyring is locked). Raises when the database does not answer."""
    from console.services.outbox import Replayed, Unopened

    db: Database = target.db
    rid, code, version = entry.report_id, entry.code, entry.version
    if entry.after is not None:
        if entry.after in run.landed and rid is not None:
            version = run.landed[entry.after].version  # the version our earlier entry made
        elif entry.after in run.held:
            reason = HeldBack(
                "Thao tác này chờ sau “{before}” trên cùng phản ánh, thao tác đó chưa gửi được.",
                before=run.held[entry.after],
            )
            return _to_list(box, db, entry, rid, code, version, reason, run)
        elif entry.after in run.waiting and entry.after not in run.landed:
            return None  # its report or earlier action waits (a locked keyring)
        elif rid is None:  # the report was taken at the hotline and waited in the outbox
            got = oa.received(db, entry.after)
            if got is None:
                reason = HeldBack("Phản ánh của thao tác này chưa được gửi lên máy chủ (đã bị bỏ).")
                return _to_list(box, db, entry, rid, code, version, reason, run)
            rid, code, version = got
        elif (prev := oa.landed(db, rid, entry.after)) is not None:
            version = prev.version  # our earlier action landed in an earlier run
    assert rid is not None and version is not None
    try:
        with box.opened_params(entry) as params, client_key(entry.key):
            result = _act(target, actor, entry, rid, version, params)
    except KeyUnavailable:
        return None
    except Unopened as exc:
        box.set_aside_entry(entry.id, exc)
        return None
    except Exception as exc:
        if is_unreachable(exc):
            raise
        found = oa.landed(db, rid, entry.key)  # the acknowledgement of an earlier try was lost
        if found is None:
            return _to_list(box, db, entry, rid, code, version, exc, run)
        result = found
    box.remove(entry)
    run.landed[entry.key] = result
    return Replayed(entry, result=result)


def _to_list(
    box: Outbox,
    db: Database,
    entry: ActionEntry,
    rid: int | None,
    code: str | None,
    version: int | None,
    reason: BaseException,
    run: _Run,
) -> Replayed:
    from console.services.outbox import Replayed

    conflict = oa.conflict_of(db, rid, version, reason, box.clock())
    updated = box.update(entry.id, conflict=oa.dump_conflict(conflict), report_id=rid, code=code)
    run.held[entry.key] = entry.label
    kept = updated if isinstance(updated, ActionEntry) else replace(entry, conflict=conflict)
    return Replayed(kept, message=conflict.reason, conflict=True)


def mine(box: Outbox, actor: AuthenticatedUser, entry_id: str) -> Entry:
    entry = box.get(entry_id)
    if entry is None or entry.username != actor.username:
        raise WorkflowError("Không còn mục chờ gửi này (đã gửi hoặc đã bỏ)")
    if entry.held is not None:
        raise WorkflowError("Mục này chờ quản trị viên quyết định (phiên làm việc đã kết thúc)")
    return entry


def reapply(box: Outbox, target: Any, actor: AuthenticatedUser, entry_id: str) -> Replayed:
    """Send an action of the list again, against the report as it is now, through the same
    services and their checks. A waiting report is sent again as it is."""
    from console.services.outbox import OutboxEntry, Replayed

    with box.replaying:
        entry = mine(box, actor, entry_id)
        db: Database = target.db
        if isinstance(entry, OutboxEntry):  # a report: sent like the replay sends it
            box.update(entry.id, refused=None)
        else:
            found = oa.landed(db, entry.report_id, entry.key)
            if found is not None:
                box.remove(entry)
                return Replayed(entry, result=found)
            rid = entry.report_id
            if rid is None:
                got = oa.received(db, entry.after or "")
                if got is None:
                    raise WorkflowError("Phản ánh của thao tác này chưa được gửi lên máy chủ")
                rid = got[0]
            with db.session() as s:
                report = visible_report(s, actor, rid)
                now = (report.id, report.code, report.version)
            fresh = box.update(
                entry.id, report_id=now[0], code=now[1], version=now[2], conflict=None, after=None
            )
            assert isinstance(fresh, ActionEntry)
            try:
                out = send_action(box, target, actor, fresh, _Run(set()))
            except Exception as exc:
                if not is_unreachable(exc):
                    raise
                return Replayed(fresh, unreachable=True)  # it waits, against the new version
            return out or Replayed(fresh)
    done = replay_one(box, target, actor, entry.id)
    return done


def replay_one(box: Outbox, target: Any, actor: AuthenticatedUser, entry_id: str) -> Replayed:
    from console.services.outbox import Replayed

    for out in replay(box, target, actor):
        if out.entry.id == entry_id:
            return out
    entry = box.get(entry_id)
    assert entry is not None
    return Replayed(entry)


def edit(box: Outbox, actor: AuthenticatedUser, entry_id: str, text: str) -> ActionEntry:
    """Change the typed text of an action waiting in the list; it is sent by ``reapply``."""
    entry = mine(box, actor, entry_id)
    if not isinstance(entry, ActionEntry) or entry.text_param is None:
        raise WorkflowError("Thao tác này không có nội dung để sửa")
    params = {k: v for k, v in entry.params.items() if k != oa.FILES}
    params[entry.text_param] = text
    updated = box.update(entry.id, params=oa.dump_value(params))
    if not isinstance(updated, ActionEntry):
        raise WorkflowError("Không còn mục chờ gửi này (đã gửi hoặc đã bỏ)")
    return updated


def discard(box: Outbox, db: Database, actor: AuthenticatedUser, entry_id: str) -> bool:
    """Drop an entry at its author's word, recorded: in the audit trail ("outbox.discard")
    when the server answers, and always in the outbox folder's ``discarded.log`` (no citizen's
    data: the time, the author, the action, the report's code, the key). True when the audit
    trail has it."""
    from console.services.outbox import OutboxEntry

    entry = mine(box, actor, entry_id)
    at = box.clock()
    if isinstance(entry, OutboxEntry):
        what, target = "submit", f"outbox:{entry.key}"
        about: dict[str, Any] = {"kind": "report", "refused": entry.refused}
    else:
        what, target = entry.action, f"report:{entry.code or entry.after}"
        about = {"kind": "action", "action": entry.action, "version": entry.version}
        about["conflict"] = entry.conflict.reason if entry.conflict else None
    about |= {"key": entry.key, "typed_at": entry.typed_at}
    recorded = True
    try:
        with db.session() as s:
            audit.record(s, actor, "outbox.discard", target, old=about, at=at)
    except Exception as exc:
        if not is_unreachable(exc):
            raise
        recorded = False
    line = f"{at:%Y-%m-%d %H:%M:%S}\t{actor.username}\t{what}\t{target}\t{entry.key}"
    with box.replaying:  # not while a replay rewrites the discards waiting for the trail
        with open(box.root / DISCARDED, "a", encoding="utf-8") as f:
            f.write(line + ("" if recorded else "\tchưa ghi được nhật ký máy chủ") + "\n")
        if not recorded:  # for the audit trail, at the author's next contact with the server
            waiting = {"user": actor.username, "target": target, "at": at.isoformat()}
            with open(box.root / DISCARDS_TO_AUDIT, "a", encoding="utf-8") as f:
                f.write(json.dumps(waiting | {"about": about}, default=str) + "\n")
    box.remove(entry)
    return recorded


def record_offline_discards(box: Outbox, db: Database, actor: AuthenticatedUser) -> bool:
    """Put ``actor``'s discards made while the server did not answer into its audit trail, in
    their name and at the time they were made; False when it does not answer now. Called with
    ``box.replaying`` held. (A crash between the commit and the file's rewrite records them
    twice; never none.)"""
    path = box.root / DISCARDS_TO_AUDIT
    if not path.exists():
        return True
    lines = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    mine = [d for d in lines if d["user"] == actor.username]
    if not mine:
        return True
    try:
        with db.session() as s:
            for d in mine:
                at = datetime.fromisoformat(d["at"])
                about = d["about"] | {"recorded_later": True}
                audit.record(s, actor, "outbox.discard", d["target"], old=about, at=at)
    except Exception as exc:
        if is_unreachable(exc):
            return False
        raise
    rest = [d for d in lines if d["user"] != actor.username]
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(json.dumps(d) + "\n" for d in rest), "utf-8")
    tmp.replace(path)
    return True


def refusal_text(entry: Any, exc: BaseException) -> str:
    title = entry.draft.title or entry.draft.description[:60]
    return (
        f"Máy chủ không nhận phản ánh chờ gửi “{title}” (nhận lúc "
        f"{entry.typed_at:%H:%M %d/%m/%Y}): {exc}. Phản ánh vẫn nằm trong hàng chờ."
    )
