"""Telling the reporter of a report harmful to a reputation, and recording it (issue 17 item 7).

Đắk Lắk Bước 2.3: the IOC "thông tin đến người gửi ý kiến biết đã tiếp nhận qua điện thoại hoặc
email cá nhân", and Bước 4.1 tells them the result the same way; Tiền Giang Điều 4.6: "… biết đã
tiếp nhận và đang xử lý qua điện thoại hoặc email cá nhân", Điều 10.2 the result. The IOC
officer who told them records it: one history row ``notify_reporter`` whose actor is who told
them, ``data.means`` how ("phone" / "email") and ``data.about`` what ("received" / "result").
The note names neither the number nor the address: units read the history too.

Offered only for a report marked reputational, in a province whose text has this path (its
letter template has a ``[harm]`` letter: console/letters/harm.py).
"""

from __future__ import annotations

import functools

from console.errors import phrase
from console.letters.templates import TemplateError, load_template
from console.models import Report, Restriction
from console.profiles import Profile
from console.services.action_base import ActionBase, ActionResult, _Ctx
from console.services.auth import AuthenticatedUser
from console.workflow import WorkflowError

ACTION = "notify_reporter"
MEANS = {"phone": "điện thoại", "email": "thư điện tử"}
ABOUT = {
    "received": "phản ánh đã được tiếp nhận, đang xử lý",
    "result": "kết quả xử lý (không công khai)",
}


@functools.lru_cache(maxsize=8)
def _has_path(key: str) -> bool:
    try:
        return load_template(key).harm is not None
    except TemplateError:
        return False


def applies(profile: Profile) -> bool:
    """Does this province's text send a reputational report's letter and tell the reporter?"""
    return _has_path(profile.key)


def offered(profile: Profile, report: Report, legal: list[str]) -> list[str]:
    """The table's actions less the notice where it does not apply to this report."""
    if ACTION in legal and not (
        report.restriction is Restriction.REPUTATIONAL and applies(profile)
    ):
        return [a for a in legal if a != ACTION]
    return legal


class HarmNoticeActions(ActionBase):
    def notify_reporter(
        self,
        actor: AuthenticatedUser,
        report_id: int,
        version: int,
        means: str,
        about: str = "received",
        note: str = "",
    ) -> ActionResult:
        """Record that ``actor`` told the reporter, by ``means``, of ``about``."""
        if means not in MEANS:
            raise WorkflowError(
                "Cách báo tin không hợp lệ '{means}' (điện thoại hoặc thư điện tử)", means=means
            )
        if about not in ABOUT:
            raise WorkflowError("Nội dung báo tin không hợp lệ '{about}'", about=about)
        extra = " ".join(note.split())

        def apply(ctx: _Ctx) -> str:
            r = ctx.report
            if r.restriction is not Restriction.REPUTATIONAL or not applies(self.profile):
                raise WorkflowError(
                    "Chỉ báo tin riêng cho phản ánh được đánh dấu ảnh hưởng "
                    "đến uy tín của tổ chức, cá nhân"
                )
            contact = r.reporter_phone if means == "phone" else r.reporter_email
            if not contact:
                raise WorkflowError(
                    "Phản ánh không có {what} của người phản ánh",
                    what=phrase("số điện thoại") if means == "phone" else phrase("thư điện tử"),
                )
            ctx.data = {"means": means, "about": about}
            text = f"Đã báo người phản ánh qua {MEANS[means]}: {ABOUT[about]}"
            return f"{text}. {extra}" if extra else text

        return self._act(actor, report_id, version, ACTION, apply)
