"""Extensions: the unit asks for more time, its leader decides (issue 17 item 10).

The regulations have the unit tell the IOC how far it got and commit to a date (Thái Nguyên
Điều 8 Bước 3, Đắk Lắk Bước 3.2, Tiền Giang Điều 9.1.b); none lets the person who handles the
report move its own deadline. The request is the progress notice those articles require (it
ends the ``notify_progress`` clock, so a late request is still late); the handling deadline
moves only when the unit's leader approves. Tiền Giang's notice is "bằng văn bản" from the
agency, a document its head signs: the leader confirms there too, and the Centre informs the
citizen of the approved date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from console.intake import clean_text
from console.models import (
    Attachment,
    Extension,
    ExtensionStatus,
    HistoryEntry,
    ProgressNote,
    Report,
    ReportDeadline,
    User,
)
from console.profiles import Profile
from console.services import stages
from console.services.action_base import ActionBase, ActionResult, _Ctx
from console.services.attachments import read_uploads
from console.services.auth import AuthenticatedUser
from console.workflow import WorkflowError

DECISIONS = ("approve_extension", "refuse_extension")


def pending_extension(session: Session, report_id: int) -> Extension | None:
    """The request waiting for the leader, if any (at most one at a time)."""
    return session.scalar(
        select(Extension)
        .where(Extension.report_id == report_id, Extension.status == ExtensionStatus.REQUESTED)
        .order_by(Extension.id.desc())
        .limit(1)
    )


def lapse_pending(session: Session, report_id: int, at: datetime) -> None:
    """The unit's result answers a request still waiting: it lapses (no one decided it), so a
    rework can ask again and no old date is approved after the fact."""
    waiting = pending_extension(session, report_id)
    if waiting is not None:
        waiting.status, waiting.decided_at = ExtensionStatus.WITHDRAWN, at


def offered(
    actor: AuthenticatedUser, profile: Profile, report: Report, legal: list[str]
) -> list[str]:
    """The table's actions less those the report's data rules out now: a field check where
    the profile has no such clock or one is recorded; a request while one waits; a decision
    when none waits, or on one's own request."""
    session = object_session(report)
    out = list(legal)
    if "record_field_check" in out and (
        "return_field_check" not in profile.clocks
        or any(d.stage == "return_field_check" for d in stages.open_rows(report))
    ):
        out.remove("record_field_check")
    if session is None or not ({"request_extension", *DECISIONS} & set(out)):
        return out
    waiting = pending_extension(session, report.id)
    if waiting is not None and "request_extension" in out:
        out.remove("request_extension")
    if waiting is None or waiting.requested_by_id == actor.id:
        out = [a for a in out if a not in DECISIONS]
    return out


class ExtensionActions(ActionBase):
    def request_extension(
        self,
        actor: AuthenticatedUser,
        report_id: int,
        version: int,
        committed: datetime,
        note: str,
        *,
        attachments: Sequence[Path | str] = (),
    ) -> ActionResult:
        """Ask the leader for a later handling deadline; ``note`` is the progress so far."""
        reason = self._need(note, "tình hình xử lý và lý do đề nghị gia hạn")
        uploads = read_uploads(attachments)
        # Đắk Lắk Bước 3.2: the progress "kèm theo hình ảnh minh chứng" (profile flag).
        if self.profile.workflow["extension_photos"] and not any(
            u.mime_type.startswith("image/") for u in uploads
        ):
            raise WorkflowError(
                "Đề nghị gia hạn cần kèm hình ảnh minh chứng tình hình xử lý (Bước 3.2)"
            )

        def apply(ctx: _Ctx) -> str:
            if committed <= ctx.at:
                raise WorkflowError("Ngày cam kết hoàn thành phải ở tương lai")
            handle = next((d for d in stages.open_rows(ctx.report) if d.stage == "handle"), None)
            if handle is None or handle.due_at is None:
                raise WorkflowError("Không có thời hạn xử lý đang chạy để gia hạn")
            if committed <= handle.due_at:
                raise WorkflowError("Ngày cam kết phải sau thời hạn hiện tại")
            if pending_extension(ctx.session, ctx.report.id) is not None:
                raise WorkflowError("Đã có một đề nghị gia hạn đang chờ lãnh đạo đơn vị quyết định")
            ctx.uploads = uploads
            # The request is the notice of progress the articles ask for, in time or late.
            stages.end_stages(ctx.report, ("notify_progress",), ctx.at, by="request_extension")
            ctx.session.add(
                Extension(
                    report_id=ctx.report.id,
                    requested_by_id=ctx.actor.id,
                    requested_at=ctx.at,
                    reason=reason,
                    original_due_at=handle.original_due_at or handle.due_at,
                    committed_due_at=committed,
                    status=ExtensionStatus.REQUESTED,
                )
            )
            ctx.data = {"committed": committed.isoformat(), "due": handle.due_at.isoformat()}
            return f"{reason} (đề nghị hoàn thành trước {committed:%H:%M %d/%m/%Y})"

        return self._act(actor, report_id, version, "request_extension", apply)

    def _decided(self, ctx: _Ctx, status: ExtensionStatus) -> Extension:
        waiting = pending_extension(ctx.session, ctx.report.id)
        if waiting is None:
            raise WorkflowError("Không có đề nghị gia hạn nào đang chờ quyết định")
        if waiting.requested_by_id == ctx.actor.id:
            raise WorkflowError("Người đề nghị gia hạn không tự quyết định đề nghị của mình")
        waiting.status, waiting.decided_by_id, waiting.decided_at = status, ctx.actor.id, ctx.at
        return waiting

    def approve_extension(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str = ""
    ) -> ActionResult:
        """The leader agrees: the handling deadline becomes the committed date."""

        def apply(ctx: _Ctx) -> str:
            ext = self._decided(ctx, ExtensionStatus.APPROVED)
            try:
                new, original = stages.extend_stage(
                    ctx.engine, ctx.report, "handle", ext.committed_due_at
                )
            except ValueError as exc:
                raise WorkflowError.from_error(exc) from exc
            # The approved date is news for the citizen, relayed by the IOC (TG Điều 9.1.b "về
            # Trung tâm để thông báo cho tổ chức, cá nhân biết"; ĐL Bước 3.2 likewise).
            ctx.session.add(
                ProgressNote(
                    report_id=ctx.report.id,
                    unit_id=ctx.report.current_unit_id,
                    author_id=ext.requested_by_id,
                    at=ctx.at,
                    notify_citizen=True,
                    text=f"{ext.reason} Dự kiến hoàn thành trước {new:%H:%M %d/%m/%Y}.",
                )
            )
            ctx.data = {
                "extension": ext.id,
                "committed": new.isoformat(),
                "original": original.isoformat(),
            }
            text = f"Duyệt gia hạn: hoàn thành trước {new:%H:%M %d/%m/%Y}"
            extra = clean_text(note)
            return f"{text}. {extra}" if extra else text

        return self._act(actor, report_id, version, "approve_extension", apply)

    def refuse_extension(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str
    ) -> ActionResult:
        """The leader refuses, with the reason: the deadline stays as it was."""
        reason = self._need(note, "lý do không duyệt gia hạn")

        def apply(ctx: _Ctx) -> str:
            ext = self._decided(ctx, ExtensionStatus.REFUSED)
            ctx.data = {"extension": ext.id}
            return reason

        return self._act(actor, report_id, version, "refuse_extension", apply)


@dataclass(frozen=True)
class ExtensionRequest:
    """A request waiting for the leader, as the decision dialog shows it."""

    requested_by: str
    requested_at: datetime
    reason: str
    due_at: datetime | None  # the handling deadline now
    committed_at: datetime  # the date asked for
    photos: int  # files sent with the request (Đắk Lắk: the progress photos)


def extension_request(session: Session, report_id: int) -> ExtensionRequest | None:
    ext = pending_extension(session, report_id)
    if ext is None:
        return None
    who = session.get(User, ext.requested_by_id) if ext.requested_by_id else None
    asked = session.scalar(
        select(HistoryEntry.id)
        .where(HistoryEntry.report_id == report_id, HistoryEntry.action == "request_extension")
        .order_by(HistoryEntry.id.desc())
        .limit(1)
    )
    photos = (
        session.scalar(select(func.count(Attachment.id)).where(Attachment.history_id == asked))
        if asked
        else 0
    )
    handle = session.scalar(
        select(ReportDeadline.due_at)
        .where(
            ReportDeadline.report_id == report_id,
            ReportDeadline.stage == "handle",
            ReportDeadline.completed_at.is_(None),
        )
        .limit(1)
    )
    return ExtensionRequest(
        who.full_name if who else "",
        ext.requested_at,
        ext.reason,
        handle,
        ext.committed_due_at,
        photos or 0,
    )
