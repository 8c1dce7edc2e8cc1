"""The answer's life: publishing, the citizen's feedback and rating, reopening, directives."""

from __future__ import annotations

from sqlalchemy import select

from console.errors import phrase
from console.intake import clean_text
from console.models import (
    Feedback,
    HistoryEntry,
    Publication,
    ReportStatus,
    Restriction,
    Result,
)
from console.profiles import Profile
from console.services.action_base import ActionBase, ActionResult, _Ctx
from console.services.auth import AuthenticatedUser
from console.services.duplicates import linked_reports
from console.workflow import WorkflowError

PUBLICATION_LABELS = {
    Publication.PUBLIC: "Công khai",
    Publication.PRIVATE: "Gửi riêng người phản ánh",
    Publication.NONE: "Không công khai",
}

PUBLICATION_ORDER = (Publication.PUBLIC, Publication.PRIVATE, Publication.NONE)


class AnswerActions(ActionBase):
    def allowed_publication(
        self, reporter_confidential: bool, restriction: Restriction
    ) -> Publication:
        return self.limit_for(self.profile, reporter_confidential, restriction)

    @staticmethod
    def limit_for(
        profile: Profile, reporter_confidential: bool, restriction: Restriction
    ) -> Publication:
        """The most open mode the profile allows for this report (Thái Nguyên Điều 10)."""
        pub = profile.publication
        modes = [pub["default"]]
        if reporter_confidential:
            modes.append(pub["confidential_reporter"])
        if restriction is Restriction.STATE_SECRET:
            modes.append(pub["state_secret"])
        if restriction is Restriction.REPUTATIONAL:
            modes.append(pub["reputational"])
        order = ["public", "private", "none"]
        return Publication(max(modes, key=order.index))

    @classmethod
    def choices_for(
        cls, profile: Profile, reporter_confidential: bool, restriction: Restriction
    ) -> tuple[Publication, ...]:
        """The ways this report's answer may go out, most open first: the publish dialog offers
        exactly these and ``publish`` refuses any other (Thái Nguyên Điều 10.3–10.4, Đắk Lắk
        Bước 2.3/4.1, Lai Châu Điều 8.2, Tiền Giang Điều 4.6–4.7/10.2)."""
        limit = cls.limit_for(profile, reporter_confidential, restriction)
        return PUBLICATION_ORDER[PUBLICATION_ORDER.index(limit) :]

    def publish(
        self,
        actor: AuthenticatedUser,
        report_id: int,
        version: int,
        publication: Publication | str,
        text: str | None = None,
    ) -> ActionResult:
        mode = Publication(publication)

        def apply(ctx: _Ctx) -> str:
            r = ctx.report
            if mode not in self.choices_for(self.profile, r.reporter_confidential, r.restriction):
                limit = self.allowed_publication(r.reporter_confidential, r.restriction)
                raise WorkflowError(
                    "Phản ánh này chỉ được: {allowed} "
                    "(người phản ánh đề nghị giữ bí mật hoặc nội dung hạn chế)",
                    allowed=phrase(PUBLICATION_LABELS[limit]),
                )
            result = self._result(ctx)
            result.published_text = clean_text(text) if text else result.approved_text
            if not result.published_text:
                raise WorkflowError("Kết quả chưa được phê duyệt, chưa thể trả lời")
            result.published_by_id, result.published_at = ctx.actor.id, ctx.at
            result.publication = mode
            r.publication, r.published_at = mode, ctx.at
            self._events(ctx, "publish")
            self._publish_linked(ctx, mode, result.published_text)
            ctx.data = {"publication": mode.value}
            return PUBLICATION_LABELS[mode]

        return self._act(actor, report_id, version, "publish", apply)

    def _publish_linked(self, ctx: _Ctx, mode: Publication, text: str) -> None:
        """Linked duplicates get the same answer, each with its own history row."""
        for dup in linked_reports(ctx.session, ctx.report.id):
            if dup.status not in (ReportStatus.RECEIVED, ReportStatus.NEEDS_INFO):
                continue
            limit = self.allowed_publication(dup.reporter_confidential, dup.restriction)
            order = [Publication.PUBLIC, Publication.PRIVATE, Publication.NONE]
            dup_mode = max(mode, limit, key=order.index)
            before = dup.status
            dup.status, dup.publication, dup.published_at = (
                ReportStatus.PUBLISHED,
                dup_mode,
                ctx.at,
            )
            dup.version += 1
            dup.updated_at, dup.updated_by_id = ctx.at, ctx.actor.id
            ctx.session.add(
                Result(
                    report_id=dup.id,
                    unit_id=ctx.report.current_unit_id,
                    submitted_at=ctx.at,
                    draft_text=text,
                    approved_text=text,
                    published_text=text,
                    published_by_id=ctx.actor.id,
                    published_at=ctx.at,
                    publication=dup_mode,
                )
            )
            ctx.session.add(
                HistoryEntry(
                    report_id=dup.id,
                    at=ctx.at,
                    actor_id=ctx.actor.id,
                    action="publish",
                    from_status=before,
                    to_status=ReportStatus.PUBLISHED,
                    note=(
                        f"Trả lời cùng phản ánh {ctx.report.code}: {PUBLICATION_LABELS[dup_mode]}"
                    ),
                    data={"main": ctx.report.code, "publication": dup_mode.value},
                    version=dup.version,
                )
            )

    def add_feedback(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str
    ) -> ActionResult:
        text = self._need(note, "nội dung phản hồi của người dân")

        def apply(ctx: _Ctx) -> str:
            ctx.session.add(
                Feedback(report_id=ctx.report.id, at=ctx.at, text=text, recorded_by_id=ctx.actor.id)
            )
            return text

        return self._act(actor, report_id, version, "add_feedback", apply)

    def rate(
        self, actor: AuthenticatedUser, report_id: int, version: int, rating: str, note: str = ""
    ) -> ActionResult:
        label = next((r.label for r in self.profile.ratings if r.code == rating), None)
        if label is None:
            known = ", ".join(r.label for r in self.profile.ratings) or "không có"
            raise WorkflowError(
                "Mức đánh giá không hợp lệ '{rating}' (có: {known})", rating=rating, known=known
            )

        def apply(ctx: _Ctx) -> str:
            ctx.session.add(
                Feedback(
                    report_id=ctx.report.id,
                    at=ctx.at,
                    text=clean_text(note),
                    rating=rating,
                    recorded_by_id=ctx.actor.id,
                )
            )
            ctx.report.rating = rating
            ctx.data = {"rating": rating}
            return f"Đánh giá: {label}" + (f" — {clean_text(note)}" if note else "")

        return self._act(actor, report_id, version, "rate", apply)

    def reopen(
        self,
        actor: AuthenticatedUser,
        report_id: int,
        version: int,
        note: str,
        unit: str | None = None,
    ) -> ActionResult:
        reason = self._need(note, "lý do xử lý lại")

        def apply(ctx: _Ctx) -> str:
            r = ctx.report
            handler = self._unit(ctx.session, unit).id if unit else self._last_handler(ctx)
            ctx.unit_id = handler
            r.closed_at = r.resolved_at = None
            r.assignee_id = None
            self._events(ctx, "reopen")
            return reason

        return self._act(actor, report_id, version, "reopen", apply)

    def direct(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str
    ) -> ActionResult:
        """A leader's directive (Lai Châu Điều 6.2: it has the force of a paper instruction)."""
        text = self._need(note, "nội dung chỉ đạo")
        return self._act(actor, report_id, version, "direct", lambda ctx: text)

    def close(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str = ""
    ) -> ActionResult:
        def apply(ctx: _Ctx) -> str:
            ctx.report.closed_at = ctx.at
            return clean_text(note) or "Đóng phản ánh"

        return self._act(actor, report_id, version, "close", apply)

    @staticmethod
    def _last_handler(ctx: _Ctx) -> int:
        unit = ctx.session.scalar(
            select(Result.unit_id)
            .where(Result.report_id == ctx.report.id)
            .order_by(Result.id.desc())
            .limit(1)
        )
        if unit is None:
            raise WorkflowError("Cần chọn đơn vị xử lý lại")
        return unit
