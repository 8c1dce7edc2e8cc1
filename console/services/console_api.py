"""What one signed-in person can read and do: the single door the screens go through.

Each method opens its own short session, so the views can call it from worker threads; no
method holds anything between calls but the identity of the actor.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from console.db import Database
from console.intake import ReportDraft, clean_text, normalise_phone
from console.letters.batch import Batch
from console.letters.progress_notice import ProgressNotice, progress_notice
from console.models import (
    STATUS_LABELS,
    Category,
    Channel,
    Report,
    ReportStatus,
    Unit,
)
from console.profiles import Profile
from console.services.action_base import client_key
from console.services.auth import AuthenticatedUser
from console.services.capabilities import IOC_ROLES, Capabilities, capabilities_of
from console.services.dashboard import (
    DashboardScope,
    dashboard_scope,
    figures_unit,
    require_scope,
)
from console.services.detail import ReportDetail, detail_in_session
from console.services.duplicates import Candidate, possible_duplicates
from console.services.extension_actions import ExtensionRequest, extension_request
from console.services.focal_points import FocalPoints, FocalPointService
from console.services.hotline import CallOutcome, Then, take_call
from console.services.live import Changes, LiveFeed, OnChange, watch
from console.services.outbox import Entry, Outbox, Replayed, is_unreachable
from console.services.outbox_actions import ActionEntry
from console.services.queue_anchors import Anchor, queue_anchors
from console.services.queue_moves import UNKNOWN, Unknown, concerns, counts_after, scope_of
from console.services.queue_sla import QueueSla
from console.services.queues import (
    Queue,
    QueueFilter,
    QueueRow,
    Sort,
    checked_filter,
    queue_count,
    queue_counts,
    queue_page,
    queues_for,
)
from console.services.reports import ActionResult, ReportService
from console.services.reports import ConflictError as ConflictError  # a stale screen's answer
from console.services.routing import RoutingChoice, open_consultations, routing_choices
from console.services.visibility import (
    find_visible,
    own_units,
    reporter_visible_where,
    sees_all,
    sees_every_reporter,
    visible_report,
    visible_where,
)
from console.sla import DeadlineEngine, Remaining, SlaState
from console.statistics import Figures, Period
from console.text_input import MAX_CODE, check_line
from console.timeutil import now_local
from console.workflow import ACTION_LABELS, WorkflowError

if TYPE_CHECKING:
    from console.services.admin_api import AdminApi


@dataclass(frozen=True)
class Choice:
    code: str
    name: str
    parent: str | None = None  # units: the parent unit's code
    kind: str = ""


@dataclass(frozen=True)
class CallerReport:
    code: str
    received_at: datetime
    title: str
    status: str


class ConsoleApi:
    def __init__(
        self,
        db: Database,
        profile: Profile,
        actor: AuthenticatedUser,
        clock: Callable[[], datetime] = now_local,
    ) -> None:
        self.db = db
        self.profile = profile
        self.actor = actor
        self.clock = clock
        self.reports = ReportService(db, profile, clock=clock)
        self._sla = QueueSla(self._load_engine)
        # The units whose reports this person sees, read with the counters (a full count reads
        # it again): tells without a query which changes concern them (``concerns``).
        self._scope: frozenset[int] | Unknown | None = UNKNOWN

    def _load_engine(self) -> DeadlineEngine:
        from console.services.calendar import load_engine

        return load_engine(self.db, self.profile)

    @property
    def admin(self) -> AdminApi:
        """The administrator's screens' door (console/services/admin_api.py); each action
        refuses anyone who is not an administrator, in the service."""
        from console.services.admin_api import AdminApi

        return AdminApi(self.db, self.profile, self.actor, self.clock)

    @property
    def database_shown(self) -> str:
        """The database's address (no password): the status bar's tooltip."""
        return self.db.display_url

    @property
    def database_label(self) -> str:
        """The database in a few words: the SQLite file's name, or the server and database."""
        from console.db import database_label

        return database_label(self.database_shown)

    def outbox(self) -> Outbox:
        """This database's outbox on this computer: what the hotline typed while it did not
        answer (console/services/outbox.py)."""
        from console.services.outbox import default_dir

        return Outbox(default_dir(self.db.url), clock=self.clock)

    @staticmethod
    def note_required(action: str) -> bool:
        """Does ``action`` need a note (the workflow's REQUIRES)?"""
        from console.workflow import REQUIRES

        return "note" in REQUIRES.get(action, frozenset())

    def account_ended(self) -> bool:
        """Has this person's session ended on the server (account deactivated since sign-in)?
        Every action checks it too (console/services/account_check.py)."""
        from console.services.account_check import account_ended

        return account_ended(self.db, self.actor)

    def capabilities(self) -> Capabilities:
        """What this person may do now (console/services/capabilities.py): the screens show
        these and only these."""
        return capabilities_of(self.db, self.profile, self.actor)

    def change_own_password(self, old: str, new: str) -> None:
        """The signed-in person's own password (auth.change_password: checks, audit)."""
        from console.services.auth import AuthError, change_password

        if self.actor.id is None:
            raise AuthError("Tài khoản dòng lệnh không có mật khẩu")
        change_password(self.db, self.actor.id, old, new, now=self.clock())

    # -- queues ----------------------------------------------------------------------------
    def queues(self) -> list[Queue]:
        return queues_for(self.actor)

    def counts(self, only: Collection[Queue] | None = None) -> dict[Queue, int]:
        """The navigation's counters: of ``only`` those queues, or of every one of this
        person's."""
        with self.db.session() as s:
            if only is None:  # the slow full recount reads the units seen again too
                self._scope = scope_of(s, self.actor)
            return queue_counts(s, self.actor, now=self.clock(), queues=only)

    def counts_after(self, changes: Changes) -> dict[Queue, int]:
        """The counters ``changes`` can have moved, counted again (console/services/
        queue_moves.py); every one when that cannot be told (SQLite, a bulk change, an own
        action whose echo has not come). Laid over the counters before, they are all exact."""
        with self.db.session() as s:
            if isinstance(self._scope, Unknown):
                self._scope = scope_of(s, self.actor)
            return counts_after(s, self.actor, changes, now=self.clock(), scope=self._scope)

    def concerns(self, changes: Changes, shows: Callable[[int], bool] = lambda _id: False) -> bool:
        """Can ``changes`` move one of this person's counters or a report ``shows`` says is on
        screen? Told without a query (queue_moves.concerns): a change that cannot is not
        refreshed for at all. True until the counters have been read once."""
        return concerns(changes, self.actor, self._scope, now=self.clock(), shows=shows)

    def watch(self, on_change: OnChange) -> LiveFeed:
        """A started feed of report changes made by anyone (console/services/live.py);
        ``on_change`` runs on the feed's thread."""
        return watch(self.db, on_change)

    def count(self, f: QueueFilter) -> int:
        f = checked_filter(f)
        with self.db.session() as s:
            return queue_count(s, self.actor, f, now=self.clock())

    def page(
        self,
        f: QueueFilter,
        *,
        sort: Sort = Sort.DUE,
        after: Sequence[Any] | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> list[QueueRow]:
        f = checked_filter(f)
        now = self.clock()
        with self.db.session() as s:
            rows = queue_page(
                s, self.actor, f, now=now, sort=sort, after=after, offset=offset, limit=limit
            )
        return self._sla.stamp(rows, now)  # each row's SLA state and time left, at ``now``

    def row_sla(
        self, row: QueueRow, now: datetime | None = None
    ) -> tuple[SlaState, Remaining | None]:
        """A row's SLA state and time left at ``now`` (the clock's time): for a screen whose
        rows were read a while ago."""
        return self._sla.of(row, self.clock() if now is None else now)

    def anchors(self, f: QueueFilter, *, sort: Sort = Sort.DUE) -> list[Anchor]:
        """Every ANCHOR_EVERY-th row's key: jumps read on from the nearest (queue_anchors)."""
        f = checked_filter(f)
        with self.db.session() as s:
            return queue_anchors(s, self.actor, f, now=self.clock(), sort=sort)

    # -- one report ------------------------------------------------------------------------
    def detail(self, report_id: int) -> ReportDetail:
        with self.db.session() as s:
            return detail_in_session(s, self.profile, self.actor, report_id, now=self.clock())

    def find(self, code: str) -> int:
        """The id of the report with ``code``; another unit's report is not found."""
        with self.db.session() as s:
            return find_visible(s, self.actor, check_line(code, "Mã phản ánh", limit=MAX_CODE))

    def act(self, action: str, report_id: int, version: int, **params: Any) -> ActionResult:
        """Run one workflow action (a ReportService method) as this person."""
        if action not in ACTION_LABELS or action == "submit":
            raise WorkflowError("Thao tác không tồn tại: {action!r}", action=action)
        result: ActionResult = getattr(self.reports, action)(
            self.actor, report_id, version, **params
        )
        return result

    def act_or_wait(
        self, action: str, report_id: int, version: int, *, code: str, **params: Any
    ) -> ActionResult | ActionEntry:
        """``act``, or, when the database does not answer, the action kept in the outbox to be
        sent later (an ActionEntry; console/services/outbox_actions.py). A refusal is raised as
        by ``act``. An action on a report that already has an entry of this person waiting is
        queued behind it, so that they land in the order typed."""
        box = self.outbox()
        report = (report_id, code, version)
        behind = self._waiting_on(box, report_id)
        key = str(uuid.uuid4())  # on the history row: a lost acknowledgement is found again
        if behind is None:
            try:
                with client_key(key):
                    return self.act(action, report_id, version, **params)
            except Exception as exc:
                if not is_unreachable(exc):
                    raise
        return box.put_action(
            action, report, params, self.actor, after=behind, at=self.clock(), key=key
        )

    def _waiting_on(self, box: Outbox, report_id: int) -> str | None:
        """The key of this person's last entry still to be sent on ``report_id``, if any (one
        in the "Chưa gửi được" list waits for its author: an action now does not follow it)."""
        keys = [
            e.key
            for e in box.pending(self.actor.username)
            if isinstance(e, ActionEntry)
            and e.report_id == report_id
            and e.conflict is None
            and e.held is None
        ]
        return keys[-1] if keys else None

    # -- the outbox: what waits, and the "Chưa gửi được" list --------------------------------
    def waiting(self) -> list[Entry]:
        """This person's entries in the outbox, oldest first: reports and actions that wait to
        be sent, and those the server would not take (``refused``; an action's ``conflict``
        says what changed on the report)."""
        return self.outbox().pending(self.actor.username)

    def send_waiting(self) -> list[Replayed]:
        """Send what waits now (the status bar does it every 15 s)."""
        return self.outbox().replay(self, self.actor)

    def reapply_waiting(self, entry_id: str) -> Replayed:
        """Send an entry of the list again: an action against the report as it is now, through
        the same checks; ``conflict`` again if it is refused."""
        from console.services.outbox_replay import reapply

        return reapply(self.outbox(), self, self.actor, entry_id)

    def edit_waiting(self, entry_id: str, text: str) -> ActionEntry:
        """Change the typed text of an action in the list (sent by ``reapply_waiting``)."""
        from console.services.outbox_replay import edit

        return edit(self.outbox(), self.actor, entry_id, text)

    def discard_waiting(self, entry_id: str) -> bool:
        """Drop an entry of this person's, recorded in the audit trail (True) or, when the
        server does not answer, in the outbox folder's own log only (False)."""
        from console.services.outbox_replay import discard

        return discard(self.outbox(), self.db, self.actor, entry_id)

    def restrict(self, report_id: int, version: int, restriction: str, note: str) -> ActionResult:
        """Mark the report a state secret or harmful to a reputation ("none" clears it)."""
        return self.reports.restrict(self.actor, report_id, version, restriction, note)

    def restriction_effects(self) -> dict[str, str]:
        """Each restriction and how its answer may go out at most (the profile's
        [publication]): {"none": "public", "state_secret": "none", "reputational": "private"}."""
        from console.models import Restriction
        from console.services.answer_actions import AnswerActions

        return {k.value: AnswerActions.limit_for(self.profile, False, k).value for k in Restriction}

    def submit(self, draft: ReportDraft) -> ActionResult:
        """Receive a new report; a draft whose ``client_key`` was already received returns
        that report's result and writes nothing (a replay from the outbox)."""
        return self.reports.submit(self.actor, draft)

    def take_call(
        self,
        draft: ReportDraft,
        then: Then = None,
        *,
        saved: ActionResult | None = None,
        outbox: Outbox | None = None,
    ) -> CallOutcome:
        """The hotline's use case (console/services/hotline.py): receive the report, then
        answer on the line or redirect; into the outbox (this database's, or ``outbox``) when
        the database does not answer."""

        def box() -> Outbox:
            return outbox or self.outbox()

        return take_call(
            self.submit, self.act, box, self.actor, draft, then, saved=saved, at=self.clock()
        )

    def attachment(self, attachment_id: int) -> tuple[str, str, bytes]:
        """(filename, MIME type, bytes) of an attachment of a report this person may see."""
        from console.models import Attachment

        with self.db.session() as s:
            att = s.get(Attachment, attachment_id)
            if att is None or att.content is None:
                raise WorkflowError("Không tìm thấy tệp đính kèm")
            visible_report(s, self.actor, att.report_id)
            return att.filename, att.mime_type, att.content

    @staticmethod
    def attachment_limits() -> tuple[int, int, frozenset[str]]:
        """(bytes per file, files per action, accepted MIME types) for the forms to warn."""
        from console.services.attachments import ALLOWED, MAX_BYTES, MAX_FILES

        return MAX_BYTES, MAX_FILES, frozenset(ALLOWED)

    def duplicates(self, report_id: int) -> list[Candidate]:
        """Reports like this one, among those this person may see."""
        with self.db.session() as s:
            visible_report(s, self.actor, report_id)
            return possible_duplicates(s, report_id, scope=visible_where(s, self.actor))

    def pending_extension(self, report_id: int) -> ExtensionRequest | None:
        """The extension request waiting for the unit's leader (the decision dialog's)."""
        with self.db.session() as s:
            detail_in_session(s, self.profile, self.actor, report_id, now=self.clock())
            return extension_request(s, report_id)

    def extension_needs_photos(self) -> bool:
        """Must an extension request carry photos of the progress (Đắk Lắk Bước 3.2)?"""
        return self.profile.workflow["extension_photos"]

    def progress_notice(self, report_id: int) -> ProgressNotice | None:
        """The citizen's notice of the unit's latest progress news (console/letters)."""
        with self.db.session() as s:
            detail_in_session(s, self.profile, self.actor, report_id, now=self.clock())
            return progress_notice(s, report_id)

    def caller_history(self, phone: str, limit: int = 20) -> list[CallerReport]:
        """Earlier reports from the same phone number (hotline: as soon as it is typed)."""
        try:
            number = normalise_phone(phone)
        except ValueError:
            return []
        if not number:
            return []
        with self.db.session() as s:  # only the reports whose reporter this person may know
            scope = reporter_visible_where(s, self.actor)
            stmt = select(Report.code, Report.received_at, Report.title, Report.status).where(
                Report.reporter_phone == number
            )
            rows = s.execute(
                (stmt if scope is None else stmt.where(scope))
                .order_by(Report.received_at.desc())
                .limit(limit)
            ).all()
        return [CallerReport(c, at, t, STATUS_LABELS[ReportStatus(st)]) for c, at, t, st in rows]

    # -- reference lists for the forms -----------------------------------------------------
    def categories(self) -> list[Choice]:
        with self.db.session() as s:
            rows = s.execute(
                select(Category.code, Category.name)
                .where(Category.active.is_(True))
                .order_by(Category.sort_order)
            ).all()
        return [Choice(c, n) for c, n in rows]

    def channels(self) -> list[Choice]:
        with self.db.session() as s:
            rows = s.execute(
                select(Channel.code, Channel.name)
                .where(Channel.active.is_(True))
                .order_by(Channel.id)
            ).all()
        return [Choice(c, n) for c, n in rows]

    def units(self) -> list[Choice]:
        with self.db.session() as s:
            units = s.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.id)).all()
            codes = {u.id: u.code for u in units}
            return [
                Choice(
                    u.code, u.name, codes.get(u.parent_id) if u.parent_id else None, u.kind.value
                )
                for u in units
            ]

    def suggest_unit(self, category: str | None, area: str | None = None) -> str | None:
        """The handling unit for a category (and place), as the administrator keeps it
        (console/services/admin_units.suggest_unit)."""
        from console.services.admin_units import suggest_unit

        with self.db.session() as s:
            return suggest_unit(s, category, area)

    def letter_pdf(self, report_id: int, *, public: bool = False, text: str | None = None) -> bytes:
        """The reply letter as PDF bytes; ``text`` previews an answer still being edited (its
        reporter's contact details hidden as in the printed letter)."""
        from console.letters import letter_data_for, load_template, render_letter

        edited = clean_text(text, "Nội dung trả lời") if text is not None else ""
        with self.db.session() as s:  # the letter names the reporter: their rule applies
            code = visible_report(s, self.actor, report_id, reporter=True).code
            data = letter_data_for(
                s,
                code,
                profile=self.profile,
                public=public,
                today=self.clock().date(),
                text=edited or None,
            )
        return render_letter(data, load_template(self.profile.key))

    def open311_export(self, first: date, last: date, fmt: str) -> bytes:
        """The reports received in [first, last] as a GeoReport v2 JSON or XML file (the IOC's;
        console/services/open311_files.py)."""
        from console.services.open311_files import export_requests

        self._require_ioc()
        return export_requests(self.db, self.profile, Period("range", first, last), fmt)

    def open311_import(
        self, path: str, channel: str, progress: Callable[[int, int], None] | None = None
    ) -> Any:
        """Receive each request of a GeoReport JSON file on ``channel``, as this operator: an
        ImportSummary (taken, already there, refused and why)."""
        from pathlib import Path

        from console.services.open311_files import import_requests

        self._require_ioc()
        return import_requests(
            self.db, self.profile, Path(path), channel=channel, progress=progress, actor=self.actor
        )

    def _require_ioc(self) -> None:
        if not self.actor.roles & IOC_ROLES:  # the rule Capabilities.open311_files shows
            raise WorkflowError("Chỉ cán bộ tại IOC được thực hiện thao tác này")

    def letters_pdf(
        self,
        first: date,
        last: date,
        *,
        public: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> Batch:
        """All the letters answered in [first, last] in one PDF (batch printing)."""
        from console.letters.batch import batch_letters

        with self.db.session() as s:  # a unit prints its own reports' letters only
            units = None if sees_every_reporter(self.actor) else own_units(s, self.actor)
        return batch_letters(
            self.db, self.profile, first, last, public=public, progress=progress, units=units
        )

    def harm_letter_pdf(self, report_id: int) -> bytes:
        """The letter about a report harmful to a reputation (ĐL Bước 2.3: to the district's
        UBND; TG Điều 4.6: to the agency and its parent body), console/letters/harm.py."""
        from console.letters.harm import harm_letter_pdf

        with self.db.session() as s:
            d = detail_in_session(s, self.profile, self.actor, report_id, now=self.clock())
            return harm_letter_pdf(s, self.profile, d.code, today=self.clock().date())

    def harm_list_pdf(self, month: date) -> bytes:
        """The month's list of reports harmful to a reputation, to the province (ĐL Bước 4.1)."""
        from console.letters.harm_list import render_harm_list
        from console.letters.templates import load_template

        if not sees_all(self.actor):  # the province's list: every unit's reports
            raise WorkflowError("Phản ánh này không thuộc đơn vị của bạn")
        with self.db.session() as s:
            return render_harm_list(
                s, self.profile, load_template(self.profile.key), month, today=self.clock().date()
            )[0]

    def figures(
        self, period: Period, unit_code: str | None = None, *, detail: bool = True
    ) -> Figures:
        """The statistics of ``period`` (one unit's with ``unit_code``), for those the dashboard
        rule lets read them; ``detail=False``: without the handling-time median and p90."""
        from console.services.statistics import StatisticsService

        unit = figures_unit(self.actor, unit_code)
        return StatisticsService(self.db, self.profile, self.clock).figures(
            period, unit, detail=detail
        )

    def export_statistics(self, period: Period, path: Path) -> str | None:
        """The dashboard's figures (this person's scope) written to ``path`` by its suffix:
        .xlsx, .csv or .json with every figure (the handling-time median and p90 included);
        .pdf issues the numbered report document and keeps its frozen figures (Thái Nguyên
        Điều 13.5, Đắk Lắk's weekly report, Tiền Giang Điều 12.1, 18): its number, else None."""
        from console.services.issued_reports import IssuedReportService
        from console.statistics import export
        from console.statistics.pdf import render_figures_pdf

        unit = require_scope(self.actor).unit_code
        fmt = path.suffix.lower().lstrip(".")
        if fmt == "pdf":
            row, figures = IssuedReportService(self.db, self.profile, self.clock).issue(
                period, unit, issued_by_id=self.actor.id
            )
            render_figures_pdf(figures, self.profile, path, issued=row)
            return row.number
        export.write(self.figures(period, unit), fmt, path)
        return None

    def dashboard_scope(self) -> DashboardScope | None:
        """Whose figures this person's dashboard shows (None: no dashboard)."""
        return dashboard_scope(self.actor)

    def dashboard(self, period: Period) -> Figures:
        """The dashboard's figures: the province's, or a leader's own unit's (decided here)."""
        return self.figures(period, require_scope(self.actor).unit_code, detail=False)

    def routing_choices(self, action: str, report_id: int) -> list[RoutingChoice]:
        """The units this person may send the report to by ``action`` (forward, delegate),
        each with its focal points: the same list the service checks the choice against."""
        with self.db.session() as s:
            detail_in_session(s, self.profile, self.actor, report_id, now=self.clock())
            report = s.get(Report, report_id)
            assert report is not None
            return routing_choices(s, self.profile, self.actor, action, report)

    def open_consultations(self, report_id: int) -> list[RoutingChoice]:
        """The consulted units whose opinion the IOC still waits for (TN Điều 7.2)."""
        with self.db.session() as s:
            visible_report(s, self.actor, report_id)
            return open_consultations(s, report_id)

    def focal_points(self) -> dict[str, FocalPoints]:
        """Each unit's focal leader and officer (TN Điều 14.1)."""
        return FocalPointService(self.db, self.clock).get()

    def set_focal_points(
        self, unit_code: str, *, leader: str | None, officer: str | None
    ) -> FocalPoints:
        """Name a unit's focal leader and officer (an administrator, or the unit's leader)."""
        return FocalPointService(self.db, self.clock).set(
            self.actor, unit_code, leader=leader, officer=officer
        )

    def forward_due(self, report_id: int) -> datetime | None:
        """The handling deadline a unit would get if the report were forwarded now."""
        from console.services.calendar import load_engine

        with self.db.session() as s:
            r = visible_report(s, self.actor, report_id)
            category = r.category.code if r and r.category else None
            emergency = bool(r and r.emergency)
            received = r.received_at if r else None
        if category is None:
            return None
        engine = load_engine(self.db, self.profile)
        return engine.stage_due(
            "handle", self.clock(), category=category, emergency=emergency, received_at=received
        )
