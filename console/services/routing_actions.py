"""Sending a report to the unit that handles it: forward (the IOC, or the office that sorts or
re-routes), delegate (a Đắk Lắk district team), and the consultation of other units.

Every target is checked against ``console.services.routing.routing_choices``, the list the
routing dialog offers.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from console.intake import clean_text, missing
from console.models import Consultation, Unit, UnitKind
from console.services import stages
from console.services.action_base import ActionBase, ActionResult, _Ctx
from console.services.auth import AuthenticatedUser
from console.services.intake_actions import IntakeActions
from console.services.routing import routing_target
from console.sla import missed_duty
from console.workflow import WorkflowError


class RoutingActions(ActionBase):
    def forward(
        self,
        actor: AuthenticatedUser,
        report_id: int,
        version: int,
        unit: str,
        *,
        consult: tuple[str, ...] = (),
        note: str = "",
    ) -> ActionResult:
        def apply(ctx: _Ctx) -> str:
            r = ctx.report
            gaps = missing(IntakeActions.checklist_of(r, self.profile))
            if gaps:
                raise WorkflowError(
                    "Chưa đủ thông tin để chuyển xử lý ({article}): {gaps}",
                    article=self.profile.completeness.article,
                    gaps="; ".join(gaps),
                )
            target = routing_target(ctx.session, self.profile, ctx.actor, "forward", r, unit)
            ctx.unit_id = target.id
            asked = self._consulted(ctx, consult, target)
            # A district team or the sorting office is not the handler yet: the handler's
            # clocks start when it sends the report on (ĐL Bước 3.2, LC Điều 7.4.k).
            self._events(ctx, "forward", to_team=target.kind in (UnitKind.TEAM, UnitKind.OFFICE))
            for consulted in asked:  # TN Điều 7.2: "trả lời và gửi ngay ý kiến về IOC"
                self._start_consultation(ctx, consulted)
            ctx.data = {"unit": target.code, "consult": [u.code for u in asked]}
            text = clean_text(note) or f"Chuyển {target.short_name} xử lý"
            notice = self._leaders_notice(ctx)
            return f"{text}. {notice}" if notice else text

        return self._act(actor, report_id, version, "forward", apply)

    def delegate(
        self, actor: AuthenticatedUser, report_id: int, version: int, unit: str, note: str = ""
    ) -> ActionResult:
        """A district team hands the report to one of its units, or to another one after a
        unit returned it as not its remit (Đắk Lắk Bước 3.1.b, 3.2)."""

        def apply(ctx: _Ctx) -> str:
            target = routing_target(
                ctx.session, self.profile, ctx.actor, "delegate", ctx.report, unit
            )
            ctx.unit_id = target.id
            ctx.report.assignee_id = None
            self._events(ctx, "delegate")
            ctx.data = {"unit": target.code}
            return clean_text(note) or f"Giao {target.short_name} xử lý"

        return self._act(actor, report_id, version, "delegate", apply)

    # -- pieces --------------------------------------------------------------------------------

    def _consulted(self, ctx: _Ctx, codes: tuple[str, ...], target: Unit) -> list[Unit]:
        out = []
        for code in dict.fromkeys(codes):
            unit = self._unit(ctx.session, code)
            if unit.kind is UnitKind.IOC or unit.id == target.id:
                raise WorkflowError("Không lấy ý kiến của chính IOC hay của đơn vị xử lý")
            ctx.session.add(
                Consultation(report_id=ctx.report.id, unit_id=unit.id, requested_at=ctx.at)
            )
            out.append(unit)
        return out

    def _start_consultation(self, ctx: _Ctx, unit: Unit) -> None:
        """The consulted unit's own clock (profile stage ``consult``), charged to it."""
        row = stages.start_stage(ctx.session, ctx.engine, ctx.report, "consult", ctx.at)
        if row is not None:
            row.unit_id = unit.id

    def _leaders_notice(self, ctx: _Ctx) -> str:
        """Lai Châu Điều 7.2: the head of the IOC who assigns "đồng thời báo cáo lãnh đạo UBND
        thành phố": the notice is part of the assignment, on its history row."""
        if not self.profile.workflow.get("notify_leaders") or ctx.actor.unit_kind is not (
            UnitKind.IOC
        ):
            return ""
        whom = f"Lãnh đạo UBND {self.profile.province[:1].lower()}{self.profile.province[1:]}"
        ctx.data = {**(ctx.data or {}), "notified": whom}
        return f"Đã báo cáo {whom} (Điều 7.2)"

    def answer_consultation(
        self, actor: AuthenticatedUser, report_id: int, version: int, unit: str, note: str
    ) -> ActionResult:
        """The IOC records the answer a consulted unit sent ("gửi ngay ý kiến về IOC", Thái
        Nguyên Điều 7.2): that unit's consultation clock ends, late or in time."""
        text = self._need(note, "ý kiến của đơn vị được lấy ý kiến")

        def apply(ctx: _Ctx) -> str:
            consulted = self._unit(ctx.session, unit)
            asked = ctx.session.scalar(
                select(Consultation)
                .where(
                    Consultation.report_id == ctx.report.id,
                    Consultation.unit_id == consulted.id,
                    Consultation.answered_at.is_(None),
                )
                .order_by(Consultation.id.desc())
                .limit(1)
            )
            if asked is None:
                raise WorkflowError(
                    "{unit} không có yêu cầu cho ý kiến nào đang chờ trả lời",
                    unit=consulted.short_name,
                )
            asked.answered_at, asked.answer = ctx.at, text
            _end_consultation(ctx, consulted.id, ctx.at)
            ctx.data = {"unit": consulted.code}
            return f"Ý kiến của {consulted.short_name}: {text}"

        return self._act(actor, report_id, version, "answer_consultation", apply)


def _end_consultation(ctx: _Ctx, unit_id: int, at: datetime) -> None:
    """End the open ``consult`` clock of one consulted unit (the others run on)."""
    for row in stages.open_rows(ctx.report):
        if row.stage == "consult" and row.unit_id == unit_id:
            row.completed_at = at
            if missed_duty("consult", row.due_at, at, "answer_consultation"):
                row.missed = ctx.report.late = True
