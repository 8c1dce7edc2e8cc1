"""Open311 GeoReport v2 on the province's database (issue 12): services, requests, their answers.

The HTTP layer (console/open311/) only parses and encodes; what a request means is decided here.
A POSTed request becomes a report through ``ReportService.submit`` (one transaction, the same
validation and Vietnamese messages as the hotline's intake form), on the channel that owns the
caller's API key, acting as the app (an IOC operator without a user account: the history shows
"Hệ thống", the ``open311_requests`` row names the app). The client's idempotency key becomes the
report's ``client_key`` (a uuid5 scoped to the key, so one app cannot reach another's reports):
a retried POST finds the report it already made.

What a citizen app may read follows the profile's publication rules (``AnswerActions.limit_for``):
``status_notes`` is the answer published publicly and nothing else (a private answer goes to the
reporter alone); a report whose answer may not be public shows neither its content nor its place;
the reporter's name, phone, e-mail and address are never in a GeoReport request at all.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from console.db import Database
from console.errors import MessageError
from console.intake import ReportDraft
from console.models import (
    FINAL_STATUSES,
    STATUS_LABELS,
    Category,
    Open311Request,
    Publication,
    Report,
    ReportStatus,
    Result,
    Role,
    Unit,
    UnitKind,
)
from console.profiles import Profile
from console.services.answer_actions import AnswerActions
from console.services.api_keys import ApiClient, client_for
from console.services.auth import AuthenticatedUser
from console.services.reports import ReportService
from console.timeutil import now_local

# Open311 "closed": the report was answered or finished (a reopened one is open again).
CLOSED = frozenset(FINAL_STATUSES | {ReportStatus.PUBLISHED})
MAX_DAYS = 90  # GeoReport: a query spans at most 90 days, by default the last 90
MAX_ROWS = 1000  # the newest first; a client narrows the dates for more
KEY_SPACE = uuid.UUID("5d0f5e1c-3b1f-4f7e-9a43-0c1a2e3f3111")  # uuid5 namespace of our keys


class Open311Error(MessageError):
    """A refused request: ``status`` is the HTTP status GeoReport gives it (400, 403, 404)."""

    status = 400


class BadRequest(Open311Error):
    status = 400


class Forbidden(Open311Error):
    status = 403


class NotFound(Open311Error):
    status = 404


@dataclass(frozen=True)
class ServiceInfo:
    code: str
    name: str
    description: str
    group: str
    keywords: str


@dataclass(frozen=True)
class RequestForm:
    """A POSTed request, fields as GeoReport names them (text as sent, checked here)."""

    service_code: str
    lat: float | None = None
    long: float | None = None
    address_string: str = ""
    description: str = ""
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    email: str = ""
    media_url: str = ""
    device_id: str = ""
    account_id: str = ""
    confidential: bool = False  # our extension: the reporter asks to be kept secret
    idempotency_key: str = ""
    requested_at: datetime | None = None  # an import: when the app took it (local time)


@dataclass(frozen=True)
class Submitted:
    service_request_id: str
    service_notice: str
    account_id: str | None
    new: bool  # False: the idempotency key had made this report before


@dataclass(frozen=True)
class RequestView:
    service_request_id: str
    status: str  # open | closed
    status_notes: str | None
    service_name: str | None
    service_code: str | None
    description: str | None
    agency_responsible: str | None
    service_notice: str | None
    requested_datetime: datetime
    updated_datetime: datetime
    expected_datetime: datetime | None
    address: str | None
    lat: float | None
    long: float | None
    media_url: str | None


@dataclass(frozen=True)
class RequestQuery:
    ids: tuple[str, ...] = ()
    service_code: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    statuses: tuple[str, ...] = ()  # "open", "closed"


def client_key(scope: str, raw: str) -> str:
    """The report's client_key for an idempotency key sent by ``scope`` (an app, a file)."""
    return str(uuid.uuid5(KEY_SPACE, f"{scope}:{raw.strip()}"))


class Open311Service:
    def __init__(
        self, db: Database, profile: Profile, clock: Callable[[], datetime] = now_local
    ) -> None:
        self.db, self.profile, self.clock = db, profile, clock
        self.reports = ReportService(db, profile, clock=clock)
        self._services: tuple[float, list[ServiceInfo]] | None = None
        self._ioc: tuple[int, str, str] | None = None

    # -- services ---------------------------------------------------------------------------

    def services(self) -> list[ServiceInfo]:
        """The active categories; read again after a minute (an administrator's change)."""
        if self._services and time.monotonic() - self._services[0] < 60:
            return self._services[1]
        found = self._read_services()
        self._services = (time.monotonic(), found)
        return found

    def _read_services(self) -> list[ServiceInfo]:
        topics = {c.code: c.topic for c in self.profile.categories}
        with self.db.session() as s:
            rows = s.scalars(
                select(Category)
                .where(Category.active.is_(True))
                .order_by(Category.sort_order, Category.id)
            ).all()
            return [
                ServiceInfo(
                    c.code,
                    c.name,
                    f"Phản ánh hiện trường: {c.name}",
                    topics.get(c.code, c.topic),
                    ",".join(dict.fromkeys((c.topic, c.code))),
                )
                for c in rows
            ]

    def service(self, code: str) -> ServiceInfo:
        found = next((x for x in self.services() if x.code == code), None)
        if found is None:
            raise NotFound("Không có dịch vụ (lĩnh vực) mã {code!r}", code=code)
        return found

    # -- a new request ----------------------------------------------------------------------

    def client(self, key: str) -> ApiClient:
        """The app behind an API key; 403 when it is missing, unknown or revoked."""
        found = None
        if key:
            with self.db.session() as s:
                found = client_for(s, key.strip())
        if found is None:
            raise Forbidden("Thiếu khóa API (api_key) hoặc khóa không hợp lệ, đã bị thu hồi")
        return found

    def actor(self, app: str) -> AuthenticatedUser:
        """The app as the intake's actor: an IOC operator without a user account."""
        if self._ioc is None:
            with self.db.session() as s:
                ioc = s.scalar(select(Unit).where(Unit.kind == UnitKind.IOC))
                if ioc is None:
                    raise BadRequest("Cơ sở dữ liệu chưa có đơn vị IOC")
                self._ioc = (ioc.id, ioc.code, ioc.name)
        unit_id, unit_code, unit_name = self._ioc
        return AuthenticatedUser(
            id=None,
            username=f"api:{app}"[:64],
            full_name=f"Ứng dụng {app} (Open311)",
            unit_id=unit_id,
            unit_code=unit_code,
            unit_name=unit_name,
            unit_kind=UnitKind.IOC,
            roles=frozenset({Role.OPERATOR}),
        )

    def submit(
        self,
        client: ApiClient,
        form: RequestForm,
        *,
        source: str = "api",
        scope: str | None = None,
        external_id: str | None = None,
        actor: AuthenticatedUser | None = None,
    ) -> Submitted:
        """Receive ``form`` from ``client`` as a new report, or find the one its key made;
        ``actor``: the operator importing a file in the console (default: the app itself)."""
        draft = self.draft(client.channel_code, form)
        if form.idempotency_key:
            draft.client_key = client_key(scope or f"key{client.key_id}", form.idempotency_key)
        actor = actor or self.actor(client.name)
        try:
            result = self.reports.submit(actor, draft)
        except IntegrityError:
            # Two first reports of a year race to create its code_sequences row (the intake's
            # _next_code): the loser's transaction rolled back whole, so once more is safe,
            # and with a client_key it finds the report if the first attempt did commit.
            result = self.reports.submit(actor, draft)
        new = self._link(result.report_id, client, form, source, external_id)
        notice = (
            f"Đã tiếp nhận phản ánh {result.code} qua {client.channel_name}; "
            "kết quả xử lý được công khai theo quy định của tỉnh."
        )
        return Submitted(result.code, notice, form.account_id or None, new)

    def draft(self, channel: str, form: RequestForm) -> ReportDraft:
        """The intake draft of a GeoReport request; its location and service checked here,
        everything else by the intake itself."""
        code = form.service_code.strip()
        if not code:
            raise BadRequest("Thiếu service_code (mã lĩnh vực)")
        self.service(code)
        if (form.lat is None) != (form.long is None):
            raise BadRequest("Cần cả lat và long, hoặc address_string")
        if form.lat is None and not form.address_string.strip():
            raise BadRequest("Cần vị trí: lat và long, hoặc address_string")
        if (
            form.lat is not None
            and form.long is not None
            and not (-90 <= form.lat <= 90 and -180 <= form.long <= 180)
        ):
            raise BadRequest(
                "Tọa độ không hợp lệ: lat {lat}, long {long}", lat=form.lat, long=form.long
            )
        media = form.media_url.strip()
        if media and (len(media) > 2000 or not media.startswith(("http://", "https://"))):
            raise BadRequest("media_url phải là một địa chỉ http(s)")
        place = form.address_string.strip() or f"Tọa độ {form.lat:.6f}, {form.long:.6f}"
        return ReportDraft(
            channel=channel,
            title="",
            description=form.description,
            place=place,
            latitude=form.lat,
            longitude=form.long,
            reporter_name=f"{form.last_name.strip()} {form.first_name.strip()}".strip(),
            reporter_phone=form.phone,
            reporter_email=form.email,
            confidential=form.confidential,
            category=code,
            received_at=form.requested_at,
        )

    def _link(
        self,
        report_id: int,
        client: ApiClient,
        form: RequestForm,
        source: str,
        external_id: str | None,
    ) -> bool:
        """Record where the report came from; False when it was recorded before (a retry).
        A second transaction after the intake's: a crash between the two leaves a report
        without its row, and the retry (same key) writes it then."""
        row = Open311Request(
            report_id=report_id,
            api_key_id=client.key_id or None,
            source=source,
            app_name=client.name[:120],
            media_url=form.media_url.strip() or None,
            device_id=form.device_id.strip()[:120] or None,
            account_id=form.account_id.strip()[:120] or None,
            external_id=(external_id or "")[:120] or None,
            received_at=self.clock(),
        )
        try:
            with self.db.session() as s:
                if (
                    s.scalar(select(Open311Request.id).where(Open311Request.report_id == report_id))
                    is not None
                ):
                    return False
                s.add(row)
            return True
        except IntegrityError:  # a racing retry wrote it first
            return False

    # -- reading requests -------------------------------------------------------------------

    def request(self, code: str) -> RequestView:
        found = self.requests(RequestQuery(ids=(code,)))
        if not found:
            raise NotFound("Không có phản ánh mã {code!r}", code=code)
        return found[0]

    def window(self, start: datetime | None, end: datetime | None) -> tuple[datetime, datetime]:
        """The query's [start, end]: at most 90 days, by default the last 90."""
        end = end or (start + timedelta(days=MAX_DAYS) if start else self.clock())
        start = start or end - timedelta(days=MAX_DAYS)
        if start > end:
            raise BadRequest("start_date phải trước end_date")
        if end - start > timedelta(days=MAX_DAYS):
            raise BadRequest("Khoảng thời gian truy vấn tối đa {days} ngày", days=MAX_DAYS)
        return start, end

    def requests(self, q: RequestQuery) -> list[RequestView]:
        query = (
            select(Report)
            .options(selectinload(Report.category))
            .order_by(Report.received_at.desc(), Report.id.desc())
        )
        if q.ids:  # GeoReport: an id list ignores every other filter
            query = query.where(Report.code.in_([i.strip().upper() for i in q.ids]))
        else:
            start, end = self.window(q.start, q.end)
            query = query.where(Report.received_at >= start, Report.received_at <= end)
            if q.service_code:
                query = query.join(Category, Category.id == Report.category_id).where(
                    Category.code == q.service_code
                )
            if q.statuses and set(q.statuses) != {"open", "closed"}:
                closed = Report.status.in_(sorted(CLOSED))
                query = query.where(closed if "closed" in q.statuses else ~closed)
        with self.db.session() as s:
            return self.views(s, s.scalars(query.limit(MAX_ROWS)).all())

    def views(self, s: Session, reports: Sequence[Report]) -> list[RequestView]:
        """The GeoReport view of ``reports``, with the publication rules applied."""
        ids = [r.id for r in reports]
        answers: dict[int, str] = {}
        for report_id, text in s.execute(
            select(Result.report_id, Result.published_text)
            .where(
                Result.report_id.in_(ids),
                Result.publication == Publication.PUBLIC,
                Result.published_text.is_not(None),
            )
            .order_by(Result.id)
        ):
            assert text is not None  # filtered above
            answers[report_id] = text  # the newest published answer wins
        media = dict(
            s.execute(
                select(Open311Request.report_id, Open311Request.media_url).where(
                    Open311Request.report_id.in_(ids)
                )
            ).all()
        )
        units = {u.id: u.name for u in s.scalars(select(Unit))}
        out = []
        for r in reports:
            public = (
                AnswerActions.limit_for(self.profile, r.reporter_confidential, r.restriction)
                is Publication.PUBLIC
            )
            closed = r.status in CLOSED
            out.append(
                RequestView(
                    service_request_id=r.code,
                    status="closed" if closed else "open",
                    status_notes=answers.get(r.id),
                    service_name=r.category.name if r.category else None,
                    service_code=r.category.code if r.category else None,
                    description=(r.description or r.title) if public else None,
                    agency_responsible=units.get(r.current_unit_id or 0),
                    service_notice=STATUS_LABELS[r.status],
                    requested_datetime=r.received_at,
                    updated_datetime=r.updated_at,
                    expected_datetime=None if closed else r.due_at,
                    address=(r.place or None) if public else None,
                    lat=r.latitude if public else None,
                    long=r.longitude if public else None,
                    media_url=media.get(r.id) if public else None,
                )
            )
        return out


def origin(session: Session, report_id: int) -> str | None:
    """ "ứng dụng NAME (Open311)" for a report an app posted or a file brought, else None:
    the console shows it beside the channel."""
    row = session.execute(
        select(Open311Request.app_name, Open311Request.source).where(
            Open311Request.report_id == report_id
        )
    ).first()
    if row is None:
        return None
    return (
        f"ứng dụng {row.app_name} (Open311)"
        if row.source == "api"
        else f"nhập từ tệp {row.app_name} (Open311)"
    )
