"""The handling unit's actions: accept or return, progress, extension, result, approval."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from console.intake import clean_text
from console.models import (
    Extension,
    ExtensionStatus,
    ProgressNote,
    Report,
    ReportStatus,
    Result,
    Role,
    Unit,
    UnitKind,
)
from console.services import stages
from console.services.action_base import ActionBase, ActionResult, _Ctx
from console.services.attachments import read_uploads
from console.services.auth import AuthenticatedUser
from console.workflow import WorkflowError


class HandlingActions(ActionBase):
    def accept(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str = ""
    ) -> ActionResult:
        def apply(ctx: _Ctx) -> str:
            self._events(ctx, "accept")
            ctx.report.assignee_id = ctx.actor.id
            return clean_text(note) or "Đơn vị nhận xử lý"

        return self._act(actor, report_id, version, "accept", apply)

    def return_to_ioc(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str
    ) -> ActionResult:
        reason = self._need(note, "lý do trả lại (ví dụ: không thuộc thẩm quyền)")

        def apply(ctx: _Ctx) -> str:
            ioc = self._ioc(ctx)
            self._events(ctx, "return_to_ioc")
            ctx.unit_id = ioc
            ctx.report.assignee_id = None
            return reason

        return self._act(actor, report_id, version, "return_to_ioc", apply)

    def post_progress(
        self,
        actor: AuthenticatedUser,
        report_id: int,
        version: int,
        note: str,
        *,
        notify_citizen: bool = False,
        attachments: Sequence[Path | str] = (),
    ) -> ActionResult:
        """A progress note, with photos of the work if any (Đắk Lắk Bước 3.2)."""
        text = self._need(note, "nội dung tiến độ")
        uploads = read_uploads(attachments)

        def apply(ctx: _Ctx) -> str:
            ctx.uploads = uploads
            ctx.session.add(
                ProgressNote(
                    report_id=ctx.report.id,
                    unit_id=ctx.report.current_unit_id,
                    author_id=ctx.actor.id,
                    at=ctx.at,
                    text=text,
                    notify_citizen=notify_citizen,
                )
            )
            if notify_citizen:  # Thái Nguyên Điều 8 bước 3: the notice past 3 days is given
                stages.end_stages(ctx.report, ("notify_progress",), ctx.at,
                                  by="post_progress")
            ctx.data = {"notify_citizen": notify_citizen}
            return text

        return self._act(actor, report_id, version, "post_progress", apply)

    def request_extension(
        self, actor: AuthenticatedUser, report_id: int, version: int, committed: datetime, note: str
    ) -> ActionResult:
        reason = self._need(note, "lý do gia hạn")

        def apply(ctx: _Ctx) -> str:
            if committed <= ctx.at:
                raise WorkflowError("Ngày cam kết hoàn thành phải ở tương lai")
            try:
                new, original = stages.extend_stage(ctx.engine, ctx.report, "handle", committed)
            except ValueError as exc:
                raise WorkflowError.from_error(exc) from exc
            # The regulations have the unit commit to a date (Đắk Lắk Bước 3.2, Tiền Giang
            # Điều 9.1b), not ask leave: the extension takes effect when it is recorded, and
            # it is the notice of progress those articles require.
            stages.end_stages(ctx.report, ("notify_progress",), ctx.at,
                              by="request_extension")
            ctx.session.add(
                Extension(
                    report_id=ctx.report.id,
                    requested_by_id=ctx.actor.id,
                    requested_at=ctx.at,
                    reason=reason,
                    original_due_at=original,
                    committed_due_at=new,
                    status=ExtensionStatus.APPROVED,
                    decided_by_id=ctx.actor.id,
                    decided_at=ctx.at,
                )
            )
            ctx.data = {"committed": new.isoformat(), "original": original.isoformat()}
            return f"{reason} (cam kết hoàn thành trước {new:%H:%M %d/%m/%Y})"

        return self._act(actor, report_id, version, "request_extension", apply)

    def submit_result(
        self, actor: AuthenticatedUser, report_id: int, version: int, text: str,
        *, attachments: Sequence[Path | str] = (),
    ) -> ActionResult:
        body = self._need(text, "kết quả xử lý")
        uploads = read_uploads(attachments)

        def apply(ctx: _Ctx) -> str:
            ctx.uploads = uploads
            self._events(ctx, "submit_result")
            ctx.session.add(
                Result(
                    report_id=ctx.report.id,
                    unit_id=ctx.report.current_unit_id,
                    author_id=ctx.actor.id,
                    submitted_at=ctx.at,
                    draft_text=body,
                )
            )
            ctx.report.resolved_at = ctx.at
            if not self.profile.workflow["approval"]:
                ctx.session.flush()
                result = self._result(ctx)
                result.approved_text, result.approved_at = body, ctx.at
            return body

        return self._act(actor, report_id, version, "submit_result", apply)

    def _verifying_team(self, session: Session, report: Report,
                        actor: AuthenticatedUser) -> Unit | None:
        """Đắk Lắk: the district team above the unit, when the team verifies results and the
        actor is the unit's leader (not the team itself)."""
        if not self.profile.workflow.get("team_verifies") or Role.TEAM in actor.roles:
            return None
        unit = session.get(Unit, report.current_unit_id) if report.current_unit_id else None
        parent = session.get(Unit, unit.parent_id) if unit and unit.parent_id else None
        return parent if parent is not None and parent.kind is UnitKind.TEAM else None

    def _approval_target(
        self, actor: AuthenticatedUser
    ) -> Callable[[Session, Report], ReportStatus]:
        def target(session: Session, report: Report) -> ReportStatus:
            team = self._verifying_team(session, report, actor)
            return ReportStatus.PENDING_APPROVAL if team else ReportStatus.APPROVED
        return target

    def _send_to_team(self, ctx: _Ctx) -> bool:
        team = self._verifying_team(ctx.session, ctx.report, ctx.actor)
        if team is None:
            return False
        ctx.unit_id = team.id
        ctx.data = {**(ctx.data or {}), "verify_by": team.code}
        return True

    def approve(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str = ""
    ) -> ActionResult:
        def apply(ctx: _Ctx) -> str:
            result = self._result(ctx)
            result.approved_text = result.approved_text or result.draft_text
            result.approved_by_id, result.approved_at = ctx.actor.id, ctx.at
            if self._send_to_team(ctx):
                return clean_text(note) or "Lãnh đạo đơn vị phê duyệt; chuyển Tổ kiểm tra kết quả"
            self._events(ctx, "approve")
            return clean_text(note) or "Phê duyệt kết quả xử lý"

        return self._act(actor, report_id, version, "approve", apply,
                         target=self._approval_target(actor))

    def edit_and_approve(
        self, actor: AuthenticatedUser, report_id: int, version: int, text: str
    ) -> ActionResult:
        body = self._need(text, "nội dung kết quả đã sửa")

        def apply(ctx: _Ctx) -> str:
            result = self._result(ctx)
            result.approved_text = body  # Điều 9.1: the leader edits and approves
            result.approved_by_id, result.approved_at = ctx.actor.id, ctx.at
            ctx.data = {"edited": True}
            if self._send_to_team(ctx):
                return "Sửa nội dung và phê duyệt; chuyển Tổ kiểm tra kết quả"
            self._events(ctx, "edit_and_approve")
            return "Sửa nội dung và phê duyệt kết quả xử lý"

        return self._act(actor, report_id, version, "edit_and_approve", apply,
                         target=self._approval_target(actor))

    def return_for_rework(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str
    ) -> ActionResult:
        reason = self._need(note, "yêu cầu xử lý lại")

        def apply(ctx: _Ctx) -> str:
            self._events(ctx, "return_for_rework")
            stages.reopen_stage(ctx.report, "handle")  # the same deadline runs on
            ctx.report.resolved_at = None
            return reason

        return self._act(actor, report_id, version, "return_for_rework", apply)
