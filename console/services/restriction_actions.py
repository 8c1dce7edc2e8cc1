"""Marking a report's content as restricted: state secret, or harm to someone's reputation.

The IOC marks (or clears) it, with a reason, from triage until the answer goes out. The mark
decides how the answer may go out, through the profile's [publication] rule: Thái Nguyên Điều
10.3–10.4, Đắk Lắk Bước 2.3/4.1, Lai Châu Điều 8.2, Tiền Giang Điều 4.6/10.2 (a state secret is
never published in the system; harm to a reputation is answered to the reporter alone).
"""

from __future__ import annotations

from console.errors import phrase
from console.models import Publication, Restriction
from console.services.action_base import ActionBase, ActionResult, _Ctx
from console.services.answer_actions import PUBLICATION_LABELS
from console.services.auth import AuthenticatedUser
from console.services.harm_notices import HarmNoticeActions
from console.workflow import WorkflowError

RESTRICTION_LABELS = {
    Restriction.NONE: "Không hạn chế",
    Restriction.STATE_SECRET: "Bí mật nhà nước",
    Restriction.REPUTATIONAL: "Ảnh hưởng uy tín của tổ chức, cá nhân",
}


class RestrictionActions(HarmNoticeActions, ActionBase):
    """The mark, and telling the reporter of a reputational report (harm_notices)."""

    def restrict(
        self,
        actor: AuthenticatedUser,
        report_id: int,
        version: int,
        restriction: Restriction | str,
        note: str,
    ) -> ActionResult:
        """Mark the report (``Restriction.NONE`` clears the mark); one history row."""
        try:
            kind = Restriction(restriction)
        except ValueError:
            raise WorkflowError(
                "Mức hạn chế không hợp lệ '{restriction}'", restriction=restriction
            ) from None
        reason = self._need(note, "lý do hạn chế công khai")

        def apply(ctx: _Ctx) -> str:
            r = ctx.report
            if r.restriction is kind:
                raise WorkflowError(
                    "Phản ánh đã ở mức: {label}", label=phrase(RESTRICTION_LABELS[kind])
                )
            ctx.data = {"restriction": kind.value, "before": r.restriction.value}
            r.restriction = kind
            if kind is Restriction.NONE:
                return f"Bỏ đánh dấu hạn chế: {reason}"
            mode = Publication(self.profile.publication[kind.value])
            return f"{RESTRICTION_LABELS[kind]} ({PUBLICATION_LABELS[mode]}): {reason}"

        return self._act(actor, report_id, version, "restrict", apply)
