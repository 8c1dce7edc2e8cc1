"""Intake and triage actions: from a new report to the one ready to route (routing itself:
console.services.routing_actions)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.intake import (
    CheckItem,
    ReportDraft,
    checklist,
    clean_draft,
    clean_text,
    missing,
    normalise_phone,
    rude_words,
)
from console.models import (
    Category,
    Channel,
    CodeSequence,
    HistoryEntry,
    Report,
    Restriction,
    Unit,
    UnitKind,
)
from console.profiles import Profile
from console.search import search_text
from console.services import attachments, duplicates, stages
from console.services.account_check import check_account
from console.services.action_base import ActionBase, ActionResult, _Ctx
from console.services.auth import AuthenticatedUser
from console.text_input import MAX_NAME, MAX_PLACE, IntakeError, check_line, check_text
from console.workflow import WorkflowError, find_rule


class IntakeActions(ActionBase):
    # -- intake ----------------------------------------------------------------------------

    def submit(self, actor: AuthenticatedUser, draft: ReportDraft) -> ActionResult:
        """Receive a new report (it may be incomplete: the checklist says what is missing).

        A draft with a ``client_key`` is received at most once: when a report with that key
        is already stored, its result comes back and nothing is written (the outbox replays
        a submission whose acknowledgement was lost). Two racing submits of one key: the
        unique index refuses the second insert, which then answers with the first's report.
        """
        key = _client_key(draft.client_key)
        try:
            return self._submit(actor, draft, key)
        except IntegrityError:
            existing = self._submitted(key) if key else None
            if existing is None:
                raise
            return existing

    def _submitted(self, key: str) -> ActionResult | None:
        with self.db.session() as session:
            return self._submitted_in(session, key)

    @staticmethod
    def _submitted_in(session: Session, key: str) -> ActionResult | None:
        report = session.scalar(select(Report).where(Report.client_key == key))
        if report is None:
            return None
        history_id = session.scalar(
            select(HistoryEntry.id)
            .where(HistoryEntry.report_id == report.id, HistoryEntry.action == "submit")
            .order_by(HistoryEntry.id)
            .limit(1)
        )
        return ActionResult(report.id, report.code, report.status, report.version, history_id or 0)

    def _submit(
        self, actor: AuthenticatedUser, draft: ReportDraft, key: str | None
    ) -> ActionResult:
        draft = clean_draft(draft, now=self.clock())  # every field checked, nothing stored yet
        title = clean_text(draft.title)
        description = clean_text(draft.description)
        if not title and not description:
            raise IntakeError("Cần nhập tiêu đề hoặc nội dung phản ánh")
        if draft.reporter_honorific not in ("Ông", "Bà", "Ông/Bà"):
            raise IntakeError("Danh xưng phải là Ông, Bà hoặc Ông/Bà")
        phone = normalise_phone(draft.reporter_phone)
        uploads = attachments.read_uploads(draft.attachments)
        if len(title) > 200:
            raise IntakeError("Tiêu đề dài quá 200 ký tự")
        secret = self._secret_intake(draft)
        with self.db.session() as session:
            check_account(session, actor)  # deactivated since sign-in: nothing is written
            if key and (existing := self._submitted_in(session, key)) is not None:
                return existing  # stored before: nothing more is written
            rule = find_rule("submit", None, actor.roles, self.profile.workflow)
            channel = session.scalar(select(Channel).where(Channel.code == draft.channel))
            if channel is None:
                raise IntakeError("Không có kênh tiếp nhận '{channel}'", channel=draft.channel)
            category = None
            if draft.category:
                category = session.scalar(select(Category).where(Category.code == draft.category))
                if category is None:
                    raise IntakeError("Không có lĩnh vực '{category}'", category=draft.category)
            at = self.clock()
            received = draft.received_at or at
            ioc = session.scalar(select(Unit).where(Unit.kind == UnitKind.IOC))
            report = Report(
                code=self._next_code(session, received),
                channel_id=channel.id,
                category=category,
                received_at=received,
                occurred_at=draft.occurred_at,
                title=title or description[:120],
                description=description,
                place=clean_text(draft.place),
                area=draft.area,
                latitude=draft.latitude,
                longitude=draft.longitude,
                reporter_name=clean_text(draft.reporter_name),
                reporter_honorific=draft.reporter_honorific,
                reporter_phone=phone,
                reporter_email=draft.reporter_email.strip() or None,
                reporter_address=clean_text(draft.reporter_address) or None,
                reporter_confidential=draft.confidential,
                restriction=Restriction.STATE_SECRET if secret else Restriction.NONE,
                emergency=(
                    draft.emergency
                    if draft.emergency is not None
                    else bool(category and category.emergency)
                ),
                flagged_wording=bool(rude_words(f"{title} {description}")),
                status=rule.target,
                current_unit_id=ioc.id if ioc else None,
                created_by_id=actor.id,
                updated_at=at,
                updated_by_id=actor.id,
                client_key=key,
            )
            session.add(report)
            session.flush()
            report.search_text = search_text(
                report.code, report.title, report.description, report.place, report.reporter_phone
            )
            engine = self._engine(session)
            stages.start_for_events(
                session, engine, report, stages.events_of("submit", approval=True), received
            )
            stages.refresh_current(report)
            gaps = missing(self.checklist_of(report, self.profile))
            notes = [secret] if secret else []
            notes += ["Thiếu: " + "; ".join(gaps)] if gaps else []
            entry = HistoryEntry(
                report_id=report.id,
                at=at,
                actor_id=actor.id,
                action="submit",
                from_status=None,
                to_status=report.status,
                unit_id=report.current_unit_id,
                note=". ".join(notes),
                data={
                    "channel": channel.code,
                    **({"restriction": Restriction.STATE_SECRET.value} if secret else {}),
                },
                version=report.version,
            )
            session.add(entry)
            session.flush()
            if uploads:
                attachments.store(
                    session, report.id, uploads, at=at, actor_id=actor.id, history_id=entry.id
                )
                session.flush()
            return ActionResult(report.id, report.code, report.status, report.version, entry.id)

    def _next_code(self, session: Session, received: datetime) -> str:
        key = (self.profile.code_prefix, received.year)
        seq = session.get(CodeSequence, key, with_for_update=True)
        if seq is None:
            seq = CodeSequence(prefix=key[0], year=key[1], last=0)
            session.add(seq)
        seq.last += 1
        return f"{key[0]}-{key[1]}-{seq.last:06d}"

    def _secret_intake(self, draft: ReportDraft) -> str:
        """A draft declared as state-secret information: refused where the profile says it is
        never entered (Tiền Giang Điều 4.7), else the note that it is marked restricted."""
        if not draft.state_secret:
            return ""
        rule = self.profile.completeness
        if rule.state_secret == "refuse":
            raise IntakeError(
                "Thông tin thuộc bí mật nhà nước không được nhập vào hệ thống ({article}): "
                "hướng dẫn người phản ánh gửi theo chế độ Mật, ngoài hệ thống; cơ quan có "
                "thẩm quyền trả lời theo quy định bảo vệ bí mật nhà nước",
                "state_secret",
                article=rule.state_secret_article,
            )
        cite = f" ({rule.state_secret_article})" if rule.state_secret_article else ""
        return f"Nội dung thuộc bí mật nhà nước: không công khai kết quả{cite}"

    @staticmethod
    def checklist_of(report: Report, profile: Profile) -> list[CheckItem]:
        """The checklist of the province's completeness rule for this report."""
        return checklist(
            profile.completeness,
            channel=report.channel.code,
            title=report.title,
            description=report.description,
            place=report.place,
            occurred_at=report.occurred_at,
            received_at=report.received_at,
            reporter_name=report.reporter_name,
            reporter_phone=report.reporter_phone,
            reporter_email=report.reporter_email,
            reporter_address=report.reporter_address,
            category=report.category.code if report.category else None,
        )

    def request_info(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str
    ) -> ActionResult:
        message = self._need(note, "nội dung đề nghị người phản ánh bổ sung")

        def apply(ctx: _Ctx) -> str:
            self._events(ctx, "request_info")
            ctx.report.paused_at = ctx.at  # Điều 7.2b: the clock waits for the citizen
            return message

        return self._act(actor, report_id, version, "request_info", apply)

    def supplement(
        self,
        actor: AuthenticatedUser,
        report_id: int,
        version: int,
        note: str,
        *,
        description: str | None = None,
        place: str | None = None,
        reporter_name: str | None = None,
        reporter_phone: str | None = None,
    ) -> ActionResult:
        text = self._need(note, "nội dung người phản ánh bổ sung")
        phone = normalise_phone(reporter_phone) if reporter_phone else None
        description = check_text(description, "Nội dung bổ sung")
        place = check_line(place, "Địa điểm", limit=MAX_PLACE, field="place")
        reporter_name = check_line(
            reporter_name, "Họ tên người phản ánh", limit=MAX_NAME, field="reporter_name"
        )

        def apply(ctx: _Ctx) -> str:
            r = ctx.report
            if description:
                r.description = clean_text(f"{r.description}\n{description}", "Nội dung phản ánh")
            if place:
                r.place = clean_text(place)
            if reporter_name:
                r.reporter_name = clean_text(reporter_name)
            if phone:
                r.reporter_phone = phone
            r.search_text = search_text(r.code, r.title, r.description, r.place, r.reporter_phone)
            stages.resume(ctx.engine, r, ctx.at)
            return text

        return self._act(actor, report_id, version, "supplement", apply)

    def reject(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str
    ) -> ActionResult:
        reason = self._need(note, "lý do không xử lý")

        def apply(ctx: _Ctx) -> str:
            self._events(ctx, "reject")
            ctx.report.closed_at, ctx.report.paused_at = ctx.at, None
            return reason

        return self._act(actor, report_id, version, "reject", apply)

    def redirect(
        self, actor: AuthenticatedUser, report_id: int, version: int, target: str, note: str = ""
    ) -> ActionResult:
        topic = next((t for t in self.profile.not_accepted if t.code == target), None)
        if topic is None:
            known = ", ".join(t.code for t in self.profile.not_accepted) or "không có"
            raise WorkflowError(
                "Không có kênh hướng dẫn '{target}' (có: {known})", target=target, known=known
            )

        def apply(ctx: _Ctx) -> str:
            self._events(ctx, "redirect")
            ctx.report.closed_at = ctx.at
            ctx.data = {"target": topic.code}
            return clean_text(note) or f"{topic.name}: {topic.guidance}"

        return self._act(actor, report_id, version, "redirect", apply)

    def answer_directly(
        self, actor: AuthenticatedUser, report_id: int, version: int, text: str
    ) -> ActionResult:
        answer = self._need(text, "nội dung giải đáp")

        def apply(ctx: _Ctx) -> str:
            self._events(ctx, "answer_directly")
            ctx.report.closed_at = ctx.report.resolved_at = ctx.at
            return answer

        return self._act(actor, report_id, version, "answer_directly", apply)

    # -- triage and routing ----------------------------------------------------------------

    def classify(
        self,
        actor: AuthenticatedUser,
        report_id: int,
        version: int,
        category: str,
        *,
        emergency: bool | None = None,
        note: str = "",
    ) -> ActionResult:
        def apply(ctx: _Ctx) -> str:
            cat = ctx.session.scalar(select(Category).where(Category.code == category))
            if cat is None:
                raise WorkflowError("Không có lĩnh vực '{category}'", category=category)
            ctx.report.category = cat
            if emergency is not None:
                ctx.report.emergency = emergency
            self._events(ctx, "classify")
            ctx.data = {"category": cat.code}
            return clean_text(note) or f"Phân loại: {cat.name}"

        return self._act(actor, report_id, version, "classify", apply)

    def link(
        self, actor: AuthenticatedUser, report_id: int, version: int, main_code: str, note: str = ""
    ) -> ActionResult:
        """Mark a report as a duplicate of an open one; it is answered with it."""

        def apply(ctx: _Ctx) -> str:
            code = main_code.strip().upper()
            main = ctx.session.scalar(select(Report).where(Report.code == code))
            if main is None or main.id == ctx.report.id:
                raise WorkflowError("Không tìm thấy phản ánh chính mã {code!r}", code=main_code)
            if main.duplicate_of_id is not None or main.status in duplicates.FINAL:
                raise WorkflowError("Chỉ gộp được vào một phản ánh chính đang mở")
            ctx.report.duplicate_of_id = main.id
            ctx.report.paused_at = None
            # its own clocks stop: the main report's clocks decide from now on
            stages.end_stages(
                ctx.report, [d.stage for d in stages.open_rows(ctx.report)], ctx.at, by="link"
            )
            ctx.data = {"main": main.code}
            return clean_text(note) or f"Trùng với phản ánh {main.code}; trả lời cùng phản ánh đó"

        return self._act(actor, report_id, version, "link", apply)

    def escalate(
        self, actor: AuthenticatedUser, report_id: int, version: int, note: str
    ) -> ActionResult:
        reason = self._need(note, "nội dung báo cáo UBND")

        def apply(ctx: _Ctx) -> str:
            office = ctx.session.scalar(select(Unit).where(Unit.kind == UnitKind.OFFICE))
            if office is None:
                raise WorkflowError("Hồ sơ không có Văn phòng UBND để báo cáo")
            stages.end_stages(
                ctx.report,
                stages.ENDS["escalate"] + ("check", "handle", "return"),
                ctx.at,
                by="escalate",
            )
            ctx.unit_id = office.id
            return reason

        return self._act(actor, report_id, version, "escalate", apply)


def _client_key(raw: str | None) -> str | None:
    """The draft's key in its canonical form; IntakeError when it is not a UUID."""
    if raw is None or not raw.strip():
        return None
    try:
        return str(uuid.UUID(raw.strip()))
    except ValueError as exc:
        raise IntakeError("Mã gửi của phản ánh không hợp lệ: {key!r}", key=raw) from exc
