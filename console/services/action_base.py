"""The machinery every report action shares: permission, transition, version, history.

Every action: check the permission and the transition (console.workflow), check the version the
actor saw (optimistic lock), apply, move the stage clocks, append exactly one history row,
commit. A refused action raises and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from console.db import Database
from console.errors import phrase
from console.intake import clean_text
from console.models import HistoryEntry, Report, ReportStatus, Result, Unit, UnitKind
from console.profiles import Profile
from console.services import attachments, stages
from console.services.account_check import check_account
from console.services.attachments import Upload
from console.services.auth import AuthenticatedUser
from console.services.category_clocks import engine_from_session
from console.services.live import Changes
from console.sla import DeadlineEngine
from console.timeutil import now_local
from console.workflow import Rule, WorkflowError, find_rule, in_scope


class ConflictError(WorkflowError):
    """The report changed since the actor loaded it: nothing was written."""


# The client key of an action sent from the outbox (console/services/outbox_actions.py): kept
# in its history row's ``data`` so that a replay whose acknowledgement was lost finds the row
# it already wrote instead of applying the action twice.
_CLIENT_KEY: ContextVar[str | None] = ContextVar("action_client_key", default=None)


@contextmanager
def client_key(key: str) -> Iterator[None]:
    """Actions run inside the block carry ``key`` on their history row."""
    token = _CLIENT_KEY.set(key)
    try:
        yield
    finally:
        _CLIENT_KEY.reset(token)


@dataclass(frozen=True)
class ActionResult:
    report_id: int
    code: str
    status: ReportStatus
    version: int
    history_id: int

    @property
    def changes(self) -> Changes:
        """What the action changed, for the screens' one refresh signal (views/live.py)."""
        return Changes.made_here(self.report_id)


@dataclass
class _Ctx:
    session: Session
    report: Report
    actor: AuthenticatedUser
    rule: Rule
    at: datetime
    engine: DeadlineEngine
    unit_id: int | None = None  # the unit the action sends the report to
    data: dict[str, Any] | None = None
    uploads: Sequence[Upload] = ()  # files read and checked before the transaction


class ActionBase:
    """Runs one action in one transaction; the action classes supply what it changes."""

    def __init__(
        self, db: Database, profile: Profile, clock: Callable[[], datetime] = now_local
    ) -> None:
        self.db = db
        self.profile = profile
        self.clock = clock

    # -- the machinery ----------------------------------------------------------------------

    def _engine(self, session: Session) -> DeadlineEngine:
        return engine_from_session(session, self.profile)

    def _check_scope(
        self, session: Session, rule: Rule, actor: AuthenticatedUser, report: Report
    ) -> None:
        unit = session.get(Unit, report.current_unit_id) if report.current_unit_id else None
        refusal = in_scope(
            rule.scope,
            actor_kind=actor.unit_kind,
            actor_unit=actor.unit_id,
            report_unit=report.current_unit_id,
            report_parent=unit.parent_id if unit else None,
        )
        if refusal:
            raise refusal

    def _conflict(self, session: Session, report_id: int) -> ConflictError:
        last = session.scalar(
            select(HistoryEntry)
            .where(HistoryEntry.report_id == report_id)
            .order_by(HistoryEntry.id.desc())
            .limit(1)
        )
        if last is None:
            return ConflictError(
                "Phản ánh vừa được người khác thay đổi lúc . Hãy tải lại rồi "
                "thực hiện lại; chưa có gì được ghi."
            )
        if last.actor is None:
            return ConflictError(
                "Phản ánh vừa được người khác thay đổi lúc {at:%H:%M} ngày "
                "{at:%d/%m/%Y}. Hãy tải lại rồi thực hiện lại; chưa có gì "
                "được ghi.",
                at=last.at,
            )
        return ConflictError(
            "Phản ánh vừa được {who} thay đổi lúc {at:%H:%M} ngày {at:%d/%m/%Y}. "
            "Hãy tải lại rồi thực hiện lại; chưa có gì được ghi.",
            who=last.actor.full_name,
            at=last.at,
        )

    def _act(
        self,
        actor: AuthenticatedUser,
        report_id: int,
        version: int,
        action: str,
        apply: Callable[[_Ctx], str],
        *,
        note: str = "",
        target: Callable[[Session, Report], ReportStatus | None] | None = None,
    ) -> ActionResult:
        with self.db.session() as session:
            check_account(session, actor)  # deactivated since sign-in: nothing is written
            # Compare-and-set on the version: exactly one bump per action, and on PostgreSQL
            # the row stays locked until commit, so a racing second action sees the new one.
            result = session.execute(
                update(Report)
                .where(Report.id == report_id, Report.version == version)
                .values(version=version + 1)
                .execution_options(synchronize_session=False)
            )
            assert isinstance(result, CursorResult)  # an UPDATE's (execute() says Result)
            bumped = result.rowcount
            if not bumped:
                if session.get(Report, report_id) is None:
                    raise WorkflowError("Không tìm thấy phản ánh #{report_id}", report_id=report_id)
                raise self._conflict(session, report_id)
            report = session.get(Report, report_id)
            assert report is not None
            wanted = target(session, report) if target else None
            rule = find_rule(action, report.status, actor.roles, self.profile.workflow, wanted)
            self._check_scope(session, rule, actor, report)
            ctx = _Ctx(session, report, actor, rule, self.clock(), self._engine(session))
            before = report.status
            note = apply(ctx) or note
            if key := _CLIENT_KEY.get():
                ctx.data = {**(ctx.data or {}), "client_key": key}
            report.status = rule.target or report.status
            if ctx.unit_id is not None:
                report.current_unit_id = ctx.unit_id
            report.updated_at, report.updated_by_id = ctx.at, actor.id
            stages.refresh_current(report)
            entry = HistoryEntry(
                report_id=report.id,
                at=ctx.at,
                actor_id=actor.id,
                action=action,
                from_status=before,
                to_status=report.status,
                unit_id=ctx.unit_id,
                note=note,
                data=ctx.data,
                version=report.version,
            )
            session.add(entry)
            session.flush()
            if ctx.uploads:
                attachments.store(
                    session,
                    report.id,
                    ctx.uploads,
                    at=ctx.at,
                    actor_id=actor.id,
                    history_id=entry.id,
                )
                session.flush()
            return ActionResult(report.id, report.code, report.status, report.version, entry.id)

    @staticmethod
    def _need(value: str | None, what: str) -> str:
        text = clean_text(value or "", what)
        if not text:
            raise WorkflowError("Cần nhập {what}", what=phrase(what))
        return text

    def _unit(self, session: Session, code: str) -> Unit:
        unit = session.scalar(select(Unit).where(Unit.code == code, Unit.active.is_(True)))
        if unit is None:
            raise WorkflowError("Không có đơn vị mã '{code}'", code=code)
        return unit

    def _events(self, ctx: _Ctx, action: str, *, to_team: bool = False) -> None:
        r = ctx.report
        stages.end_stages(r, stages.ends_of(action, self.profile), ctx.at, by=action)
        events = stages.events_of(
            action, approval=self.profile.workflow["approval"], to_team=to_team
        )
        if ctx.unit_id is not None:
            r.current_unit_id = ctx.unit_id  # new clocks belong to the receiving unit
        stages.start_for_events(ctx.session, ctx.engine, r, events, ctx.at)

    @staticmethod
    def _result(ctx: _Ctx) -> Result:
        result = ctx.session.scalar(
            select(Result)
            .where(Result.report_id == ctx.report.id)
            .order_by(Result.id.desc())
            .limit(1)
        )
        if result is None:
            raise WorkflowError("Phản ánh chưa có kết quả xử lý")
        return result

    @staticmethod
    def _ioc(ctx: _Ctx) -> int:
        ioc = ctx.session.scalar(select(Unit.id).where(Unit.kind == UnitKind.IOC))
        if ioc is None:
            raise WorkflowError("Hồ sơ không có đơn vị IOC")
        return ioc
