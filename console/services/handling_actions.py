"""The handling unit's actions: accept, field check or return, progress, result, approval
(extensions: console.services.extension_actions)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from console.errors import Label
from console.intake import clean_text
from console.models import (
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
from console.services.extension_actions import lapse_pending
from console.services.routing import sending_team
from console.workflow import ACTION_LABELS, WorkflowError


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
            if sending_team(ctx.session, self.profile, ctx.report) is not None:
                raise WorkflowError(
                    "Phản ánh do Tổ xử lý phản ánh, kiến nghị giao: trả lại "
                    "cho Tổ (Bước 3.2), không trả thẳng IOC"
                )
            ioc = self._ioc(ctx)
            self._events(ctx, "return_to_ioc")
            ctx.unit_id = ioc
            ctx.report.assignee_id = None
            return reason

        return self._act(actor, report_id, version, "return_to_ioc", apply)

    def return_to_team(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str
    ) -> ActionResult:
        """Đắk Lắk Bước 3.2: a report outside the unit's remit goes back, within 1 working day
        (3 with a field check), "cho Tổ xử lý phản ánh, kiến nghị để chuyển tiếp đến cơ quan
        xử lý khác phù hợp". The team's 7-day handling clock runs on; the return windows
        end here, as a return to the IOC ends them."""
        reason = self._need(note, "lý do trả lại (ví dụ: không thuộc thẩm quyền)")

        def apply(ctx: _Ctx) -> str:
            team = sending_team(ctx.session, self.profile, ctx.report)
            if team is None:
                raise WorkflowError("Phản ánh không do Tổ xử lý giao cho đơn vị: trả lại IOC")
            ctx.data = {"from": ctx.actor.unit_code, "team": team.code}
            ctx.unit_id = team.id
            self._events(ctx, "return_to_team")
            ctx.report.assignee_id = None
            return reason

        return self._act(actor, report_id, version, "return_to_team", apply)

    def report_cause(
        self,
        actor: AuthenticatedUser,
        report_id: int,
        version: int,
        committed: datetime,
        note: str,
    ) -> ActionResult:
        """Lai Châu Điều 7.5: "Trường hợp chưa thể giải quyết thì phòng ban, đơn vị liên quan
        báo cáo UBND Thành phố Lai Châu, nguyên nhân và dự kiến thời gian giải quyết". A
        report, not a request: the deadline of Điều 7.4 stays (no one grants more time)."""
        cause = self._need(note, "nguyên nhân chưa giải quyết được")

        def apply(ctx: _Ctx) -> str:
            if committed <= ctx.at:
                raise WorkflowError("Thời gian dự kiến giải quyết phải ở tương lai")
            text = (
                f"Chưa thể giải quyết. Nguyên nhân: {cause}. Dự kiến giải quyết xong trước "
                f"{committed:%H:%M %d/%m/%Y}."
            )
            ctx.session.add(
                ProgressNote(
                    report_id=ctx.report.id,
                    unit_id=ctx.report.current_unit_id,
                    author_id=ctx.actor.id,
                    at=ctx.at,
                    text=text,
                    notify_citizen=False,
                )
            )
            ctx.data = {
                "expected": committed.isoformat(),
                "cause": cause,
                "to": f"UBND {self.profile.province}",
            }
            return f"Báo cáo UBND {self.profile.province}: {text}"

        return self._act(actor, report_id, version, "report_cause", apply)

    def record_field_check(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str
    ) -> ActionResult:
        """The unit went to the site before deciding whether the report is its own (Đắk Lắk
        Bước 3.2, Tiền Giang Điều 9.1.d): a return is then due within 3 working days instead
        of 1. Both windows count from the same forwarding ("trong vòng 01 ngày làm việc (hoặc
        tối đa 03 ngày làm việc đối với trường hợp có kiểm tra thực tế)"), so the 3-day clock
        starts at the time the report reached the unit, not at the visit."""
        text = self._need(note, "nội dung kiểm tra thực tế")

        def apply(ctx: _Ctx) -> str:
            rows = stages.open_rows(ctx.report)
            if any(d.stage == "return_field_check" for d in rows):
                raise WorkflowError("Đơn vị đã ghi nhận kiểm tra thực tế cho phản ánh này")
            window = next((d for d in rows if d.stage == "return"), None)
            if window is None:  # the 1-day window runs from the forwarding to this unit
                raise WorkflowError(
                    "Phản ánh chưa được chuyển đến đơn vị xử lý: chưa có "
                    "thời hạn trả lại để kéo dài bằng kiểm tra thực tế"
                )
            row = stages.start_stage(
                ctx.session, ctx.engine, ctx.report, "return_field_check", window.started_at
            )
            if row is None:
                raise WorkflowError(
                    'Quy định của tỉnh này không có thao tác "{action}"',
                    action=Label(
                        "action", "record_field_check", ACTION_LABELS["record_field_check"]
                    ),
                )
            assert row.due_at is not None
            ctx.data = {"return_due": row.due_at.isoformat()}
            return text

        return self._act(actor, report_id, version, "record_field_check", apply)

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
            # Thái Nguyên Điều 8 bước 3: the notice past 3 days is given. Not in Đắk Lắk: its
            # notice (Bước 3.2) carries photos and a committed date, the extension request.
            if notify_citizen and not self.profile.workflow["extension_photos"]:
                stages.end_stages(ctx.report, ("notify_progress",), ctx.at, by="post_progress")
            ctx.data = {"notify_citizen": notify_citizen}
            return text

        return self._act(actor, report_id, version, "post_progress", apply)

    def submit_result(
        self,
        actor: AuthenticatedUser,
        report_id: int,
        version: int,
        text: str,
        *,
        attachments: Sequence[Path | str] = (),
    ) -> ActionResult:
        body = self._need(text, "kết quả xử lý")
        uploads = read_uploads(attachments)

        def apply(ctx: _Ctx) -> str:
            ctx.uploads = uploads
            self._events(ctx, "submit_result")
            lapse_pending(ctx.session, ctx.report.id, ctx.at)
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

    def _verifying_team(
        self, session: Session, report: Report, actor: AuthenticatedUser
    ) -> Unit | None:
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

        return self._act(
            actor, report_id, version, "approve", apply, target=self._approval_target(actor)
        )

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

        return self._act(
            actor,
            report_id,
            version,
            "edit_and_approve",
            apply,
            target=self._approval_target(actor),
        )

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
