"""Everything about one report, as a given person may see it (DESIGN §7: reporter data only
for the IOC and the handling unit), with the actions that person may take now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from console.db import Database
from console.intake import CheckItem
from console.models import (
    STATUS_LABELS,
    Attachment,
    Feedback,
    HistoryEntry,
    ProgressNote,
    Report,
    ReportDeadline,
    ReportStatus,
    Result,
    Unit,
)
from console.profiles import Profile
from console.services import extension_actions, routing
from console.services.answer_actions import AnswerActions
from console.services.auth import AuthenticatedUser
from console.services.category_clocks import engine_from_session
from console.services.harm_notices import offered as notice_offered
from console.services.intake_actions import IntakeActions
from console.services.open311_requests import origin as open311_origin
from console.services.visibility import may_see, may_see_reporter
from console.sla import SLA_LABELS, STAGE_LABELS, DeadlineEngine, Remaining, SlaState
from console.workflow import ACTION_LABELS, WorkflowError, in_scope, rules_for

MASK = "••• (ẩn theo quy định bảo vệ thông tin người phản ánh)"


@dataclass(frozen=True)
class Reporter:
    name: str
    honorific: str
    phone: str
    email: str
    address: str


@dataclass(frozen=True)
class DeadlineView:
    stage: str
    label: str
    started_at: datetime
    due_at: datetime | None
    original_due_at: datetime | None
    completed_at: datetime | None
    state: SlaState
    state_label: str
    left: Remaining | None  # time left on an open stage's clock (views word it)

    @property
    def remaining(self) -> str:
        """'còn 2 giờ 15 phút làm việc' for open stages (Vietnamese: the CLI's wording)."""
        return self.left.describe() if self.left else ""


@dataclass(frozen=True)
class HistoryView:
    at: datetime
    actor: str
    action: str
    label: str
    from_status: str
    to_status: str
    unit: str
    note: str


@dataclass(frozen=True)
class ReportDetail:
    id: int
    code: str
    version: int
    status: ReportStatus
    status_label: str
    title: str
    description: str
    place: str
    area: str | None
    received_at: datetime
    occurred_at: datetime | None
    channel: str
    category_code: str | None
    category: str
    unit_code: str | None
    unit: str
    emergency: bool
    confidential: bool
    flagged_wording: bool
    late: bool
    reporter: Reporter
    reporter_visible: bool
    sla: SlaState
    sla_left: Remaining | None  # time left on the report's current clock
    deadlines: list[DeadlineView]
    history: list[HistoryView]
    progress: list[tuple[datetime, str]]
    results: list[tuple[datetime, str, str | None, str | None]]  # at, draft, approved, published
    attachments: list[tuple[int, str, str, int]]  # id, filename, mime, size
    checklist: list[CheckItem]
    actions: list[str]
    feedback: list[tuple[datetime, str, str]]  # at, rating label ("" if none), text
    publication_limit: str  # the most open answer the profile allows: public/private/none
    checklist_rule: str = ""  # the article the checklist follows (Điều 5, Bước 1.1…)
    restriction: str = "none"  # state_secret / reputational: marked by the IOC (Restriction)
    publication_choices: tuple[str, ...] = ("public", "private", "none")  # publish offers these


def actions_for(
    actor: AuthenticatedUser, profile: Profile, report: Report, unit: Unit | None
) -> list[str]:
    """The actions this person may take on this report now, and only those."""
    legal = []
    for action in ACTION_LABELS:
        for rule in rules_for(action, report.status, profile.workflow):
            if (
                actor.roles & rule.roles
                and in_scope(
                    rule.scope,
                    actor_kind=actor.unit_kind,
                    actor_unit=actor.unit_id,
                    report_unit=report.current_unit_id,
                    report_parent=unit.parent_id if unit else None,
                )
                is None
            ):
                legal.append(action)
                break
    if not profile.ratings and "rate" in legal:
        legal.remove("rate")
    session = object_session(report)
    if session is not None:
        legal = routing.offered(session, profile, report, legal)
    return notice_offered(profile, report, extension_actions.offered(actor, profile, report, legal))


def _deadlines(
    engine: DeadlineEngine, report: Report, rows: list[ReportDeadline], now: datetime
) -> list[DeadlineView]:
    views = []
    category = report.category.code if report.category else None
    for d in rows:
        clock = engine.clock(
            d.stage, category=category, emergency=report.emergency, received_at=report.received_at
        )
        if d.completed_at is not None:
            state = SlaState.OVERDUE if d.due_at and d.completed_at > d.due_at else SlaState.ON_TIME
            left = None
        else:
            state = engine.state(
                clock, d.started_at, d.due_at, now, paused=report.paused_at is not None
            )
            left = (
                engine.remaining(clock, d.due_at, now)
                if clock and d.due_at and state is not SlaState.PAUSED
                else None
            )
        views.append(
            DeadlineView(
                d.stage,
                STAGE_LABELS.get(d.stage, d.stage),
                d.started_at,
                d.due_at,
                d.original_due_at,
                d.completed_at,
                state,
                SLA_LABELS[state],
                left,
            )
        )
    return views


def report_detail(
    db: Database, profile: Profile, actor: AuthenticatedUser, report_id: int, *, now: datetime
) -> ReportDetail:
    with db.session() as s:
        return detail_in_session(s, profile, actor, report_id, now=now)


def find_report_id(session: Session, code: str) -> int:
    rid = session.scalar(select(Report.id).where(Report.code == code.strip().upper()))
    if rid is None:
        raise WorkflowError("Không tìm thấy phản ánh mã {code!r}", code=code)
    return rid


def detail_in_session(
    s: Session, profile: Profile, actor: AuthenticatedUser, report_id: int, *, now: datetime
) -> ReportDetail:
    r = s.get(Report, report_id)
    if r is None:
        raise WorkflowError("Không tìm thấy phản ánh #{report_id}", report_id=report_id)
    unit = s.get(Unit, r.current_unit_id) if r.current_unit_id else None
    if not may_see(actor, unit):  # the one rule of every door (console/services/visibility)
        raise WorkflowError("Phản ánh này không thuộc đơn vị của bạn")
    visible = may_see_reporter(actor, unit)
    engine = engine_from_session(s, profile)
    labels = {rating.code: rating.label for rating in profile.ratings}
    rows = list(
        s.scalars(
            select(ReportDeadline)
            .where(ReportDeadline.report_id == r.id)
            .order_by(ReportDeadline.id)
        )
    )
    views = _deadlines(engine, r, rows, now)
    current = next((v for v in views if v.stage == r.stage and v.completed_at is None), None)
    history = [
        HistoryView(
            h.at,
            h.actor.full_name if h.actor else "Hệ thống",
            h.action,
            ACTION_LABELS.get(h.action, h.action),
            STATUS_LABELS[h.from_status] if h.from_status else "",
            STATUS_LABELS[h.to_status],
            h.unit.short_name if h.unit else "",
            h.note,
        )
        for h in s.scalars(
            select(HistoryEntry)
            .where(HistoryEntry.report_id == r.id)
            .order_by(HistoryEntry.at, HistoryEntry.id)
        )
    ]
    reporter = (
        Reporter(
            r.reporter_name,
            r.reporter_honorific,
            r.reporter_phone or "",
            r.reporter_email or "",
            r.reporter_address or "",
        )
        if visible
        else Reporter(MASK, "Ông/Bà", MASK, MASK, MASK)
    )
    return ReportDetail(
        id=r.id,
        code=r.code,
        version=r.version,
        status=r.status,
        status_label=STATUS_LABELS[r.status],
        title=r.title,
        description=r.description,
        place=r.place,
        area=r.area,
        received_at=r.received_at,
        occurred_at=r.occurred_at,
        channel=" — ".join(filter(None, (r.channel.name, open311_origin(s, r.id)))),
        category_code=r.category.code if r.category else None,
        category=r.category.name if r.category else "",
        unit_code=unit.code if unit else None,
        unit=unit.name if unit else "",
        emergency=r.emergency,
        confidential=r.reporter_confidential,
        flagged_wording=r.flagged_wording,
        late=r.late,
        reporter=reporter,
        reporter_visible=visible,
        sla=current.state if current else SlaState.NONE,
        sla_left=current.left if current else None,
        deadlines=views,
        history=history,
        progress=[
            (p.at, p.text)
            for p in s.scalars(
                select(ProgressNote).where(ProgressNote.report_id == r.id).order_by(ProgressNote.at)
            )
        ],
        results=[
            (x.submitted_at, x.draft_text, x.approved_text, x.published_text)
            for x in s.scalars(select(Result).where(Result.report_id == r.id).order_by(Result.id))
        ],
        attachments=[
            (a.id, a.filename, a.mime_type, a.size)
            for a in s.scalars(
                select(Attachment).where(Attachment.report_id == r.id).order_by(Attachment.id)
            )
        ],
        checklist=IntakeActions.checklist_of(r, profile),
        checklist_rule=profile.completeness.article,
        actions=actions_for(actor, profile, r, unit),
        feedback=[
            (f.at, labels.get(f.rating or "", ""), f.text)
            for f in s.scalars(
                select(Feedback).where(Feedback.report_id == r.id).order_by(Feedback.at)
            )
        ],
        publication_limit=AnswerActions.limit_for(
            profile, r.reporter_confidential, r.restriction
        ).value,
        restriction=r.restriction.value,
        publication_choices=tuple(
            m.value
            for m in AnswerActions.choices_for(profile, r.reporter_confidential, r.restriction)
        ),
    )
