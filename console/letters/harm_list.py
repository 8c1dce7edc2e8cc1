"""The monthly list of reports harmful to a reputation, to the province (Đắk Lắk Bước 4.1:
"tổng hợp, báo cáo UBND tỉnh định kỳ hàng tháng, không công khai …").

A month's list holds every report marked reputational that was received in the month or was
still unanswered when the month began (not yet published nor closed): each with its handling
unit, its state and when the reporter was told. The document is a báo cáo in the layout of
Nghị định 30/2020/NĐ-CP, worded by the province's ``[harm_list]`` template.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from reportlab.platypus import Spacer
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from console.letters.data import LetterError, Org, _hide, _org, nfc
from console.letters.harm import NOTICE_ACTION
from console.letters.render import _header_lines, _month, short_date
from console.letters.templates import LetterTemplate, UnitHeader
from console.models import HistoryEntry, Report, Restriction, Unit, UnitKind
from console.models.enums import STATUS_LABELS
from console.profiles import Profile

HEADER = (
    "STT",
    "Mã phản ánh",
    "Ngày tiếp nhận",
    "Nội dung phản ánh",
    "Địa bàn",
    "Cơ quan xử lý",
    "Tình trạng",
    "Đã báo người phản ánh",
)
WIDTHS = (0.06, 0.18, 0.12, 0.22, 0.11, 0.11, 0.09, 0.11)  # a code and a date on one line
MEANS = {"phone": "điện thoại", "email": "thư điện tử"}


@dataclass(frozen=True)
class HarmRow:
    code: str
    received_at: datetime
    title: str
    area: str
    unit: str
    status: str
    notices: tuple[str, ...]  # "05/3/2026 (điện thoại)"


def month_bounds(month: date) -> tuple[datetime, datetime]:
    start = datetime.combine(month.replace(day=1), time())
    nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start, datetime.combine(nxt, time())


def harm_rows(session: Session, month: date) -> list[HarmRow]:
    """The month's reports marked reputational, oldest first."""
    start, end = month_bounds(month)
    finished = func.coalesce(Report.published_at, Report.closed_at)
    reports = session.scalars(
        select(Report)
        .where(
            Report.restriction == Restriction.REPUTATIONAL,
            Report.received_at < end,
            or_(finished.is_(None), finished >= start),
        )
        .order_by(Report.received_at, Report.id)
    ).all()
    notices: dict[int, list[str]] = {}
    for rid, at, data in session.execute(
        select(HistoryEntry.report_id, HistoryEntry.at, HistoryEntry.data)
        .where(
            HistoryEntry.action == NOTICE_ACTION,
            HistoryEntry.report_id.in_([r.id for r in reports]),
            HistoryEntry.at < end,
        )
        .order_by(HistoryEntry.at, HistoryEntry.id)
    ):
        means = MEANS.get((data or {}).get("means", ""), "")
        notices.setdefault(rid, []).append(
            f"{short_date(at)} ({means})" if means else short_date(at)
        )
    units = {u.id: u for u in session.scalars(select(Unit))}
    rows = []
    for r in reports:
        unit = units.get(r.current_unit_id) if r.current_unit_id else None
        secrets = [r.reporter_phone, r.reporter_email, r.reporter_address]
        if r.reporter_confidential:
            secrets.append(r.reporter_name)
        rows.append(
            HarmRow(
                r.code,
                r.received_at,
                _hide(nfc(r.title), secrets),
                nfc(r.area or ""),
                nfc(unit.short_name) if unit and unit.kind is not UnitKind.IOC else "",
                STATUS_LABELS[r.status],
                tuple(notices.get(r.id, ())),
            )
        )
    return rows


def render_harm_list(
    session: Session,
    profile: Profile,
    template: LetterTemplate,
    month: date,
    *,
    today: date,
    number: int | None = None,
) -> tuple[bytes, int]:
    """(the PDF, how many reports it lists); ``LetterError`` where the text has no such list."""
    if template.harm_list is None:
        raise LetterError(
            "Quy định của {province} không có báo cáo hàng tháng các phản ánh "
            "ảnh hưởng đến uy tín của tổ chức, cá nhân",
            province=profile.name,
        )
    ioc = _org(session.scalar(select(Unit).where(Unit.kind == UnitKind.IOC)))
    if ioc is None:
        raise LetterError("Cơ sở dữ liệu chưa có đơn vị IOC (chạy lệnh demo hoặc nạp hồ sơ)")
    rows = harm_rows(session, month)
    return harm_list_pdf(rows, ioc, profile, template, month, today=today, number=number), len(rows)


def harm_list_pdf(
    rows: list[HarmRow],
    ioc: Org,
    profile: Profile,
    template: LetterTemplate,
    month: date,
    *,
    today: date,
    number: int | None = None,
) -> bytes:
    """The báo cáo listing ``rows``, worded by the template's ``[harm_list]``."""
    from console.statistics import pdf_doc
    from console.statistics.pdf_tables import grid

    spec = template.harm_list
    assert spec is not None
    values = {
        "month": _month(month),
        "year": str(month.year),
        "count": str(len(rows)),
        "ioc": ioc.name,
        "ioc_short": ioc.short_name,
        "province": profile.province,
        "drafter": spec.symbol.rsplit("-", 1)[-1],
    }
    over = template.units.get(ioc.code, UnitHeader())
    parent, issuer = _header_lines(ioc, over, template.parent, profile.province)
    frame = pdf_doc.Frame(
        parent=nfc(parent) if parent else None,
        issuer=tuple(nfc(x) for x in issuer),
        number=f"{number:02d}/{spec.symbol}" if number else None,
        symbol=spec.symbol,
        place=template.place,
        day=today,
        title=tuple(nfc(t.format_map(values)) for t in spec.title),
        addressee=nfc(spec.addressee),
        signature=over.signature or template.signature["ioc"],
        recipients=tuple(nfc(r.format_map(values)) for r in spec.recipients),
    )
    story = pdf_doc.opening(frame)
    story += pdf_doc.body(*(nfc(p.format_map(values)) for p in spec.paragraphs))
    if rows:
        story.append(
            grid(
                HEADER,
                [
                    (
                        str(i),
                        r.code,
                        short_date(r.received_at),
                        r.title,
                        r.area,
                        r.unit,
                        r.status,
                        "; ".join(r.notices) or "Chưa",
                    )
                    for i, r in enumerate(rows, 1)
                ],
                WIDTHS,
                text_columns=len(HEADER),
            )
        )
        story.append(Spacer(1, 8))
    else:
        story += pdf_doc.body("Trong tháng không có phản ánh, kiến nghị nào thuộc trường hợp này.")
    story.append(pdf_doc.closing(frame, nfc(spec.closing.format_map(values))))
    title = f"Danh sách phản ánh ảnh hưởng uy tín tháng {month.month}/{month.year}"
    return pdf_doc.write(story, title, None)
