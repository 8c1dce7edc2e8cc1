"""The letter about a report harmful to someone's reputation (issue 17 item 7).

Đắk Lắk Bước 2.3: "DAK LAK IOC gửi văn bản đến UBND các huyện, thị xã, thành phố và không công
khai …" — the letter goes to the People's Committee of the report's district. Tiền Giang Điều
4.6: "gửi văn bản đến cơ quan xử lý và đồng gửi cơ quan chủ quản (nếu có) để báo cáo" — to the
handling agency, copied to its parent body when it has one. The province's template
(``[harm]`` in resources/letters/<key>.toml) says which and words it; a province whose text has
no such letter has no ``[harm]`` and the letter is refused.

As in the replies, no phone, e-mail or address of the reporter is printed, and the name of a
reporter who asked for secrecy is not either.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.letters import layout
from console.letters.data import (
    CONFIDENTIAL_ADDRESSEE,
    HONORIFICS,
    LetterError,
    Org,
    _hide,
    _org,
    nfc,
)
from console.letters.render import (
    NBSP,
    _header_lines,
    _place,
    abbreviate,
    body_paragraphs,
    build_pdf,
    date_line,
    short_date,
)
from console.letters.templates import HarmVariant, LetterTemplate, UnitHeader
from console.models import HistoryEntry, Report, Restriction, Unit, UnitKind
from console.models.enums import STATUS_LABELS
from console.profiles import Profile
from console.timeutil import now_local

# The history action of "the reporter was told" (console/services/harm_notices.py).
NOTICE_ACTION = "notify_reporter"
_AREA_KINDS = (UnitKind.DISTRICT, UnitKind.TEAM)


@dataclass(frozen=True)
class HarmLetterData:
    profile_key: str
    code: str
    title: str
    text: str  # the report's description, without the reporter's contact details
    received_at: datetime
    reporter: str  # "Ông Nguyễn Văn Đức", or the confidential form
    category: str
    place: str
    area: str
    status: str
    ioc: Org
    recipient: str  # "Ủy ban nhân dân thành phố Buôn Ma Thuột", "Sở Y tế tỉnh Tiền Giang"
    recipient_short: str
    parent_body: str  # "" when the recipient has none (Điều 4.6 "nếu có")
    letter_date: date
    province: str
    number: int | None = None
    signer: str = ""


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def _district(session: Session, report: Report) -> tuple[str, str]:
    """(name, short name) of the UBND of the report's district (Đắk Lắk Bước 2.3): from the
    report's area (a district's, or a commune's whose parent has an area), else from the
    district team or UBND holding it."""
    units = list(session.scalars(select(Unit).where(Unit.area.is_not(None))))
    by_area = {u.area: u for u in units if u.kind in _AREA_KINDS}
    area = report.area if report.area in by_area else None
    if area is None and report.area:
        commune = next(
            (u for u in units if u.area == report.area and u.parent is not None and u.parent.area),
            None,
        )
        area = commune.parent.area if commune and commune.parent else None
    unit = session.get(Unit, report.current_unit_id) if report.current_unit_id else None
    while area is None and unit is not None:
        area = unit.area if unit.kind in _AREA_KINDS else None
        unit = unit.parent
    if not area:
        raise LetterError(
            "Chưa xác định được huyện, thị xã, thành phố của phản ánh {code}: ghi địa bàn của "
            "phản ánh hoặc chuyển phản ánh cho Tổ xử lý trước khi in văn bản",
            code=report.code,
        )
    district = next((u for u in units if u.kind is UnitKind.DISTRICT and u.area == area), None)
    if district is not None:
        return nfc(district.name), nfc(district.short_name)
    return nfc(f"Ủy ban nhân dân {_lower_first(area)}"), nfc(f"UBND {_lower_first(area)}")


def _handler(session: Session, report: Report) -> Unit:
    """The agency handling the report: the unit holding it, else the last one it went to."""
    unit = session.get(Unit, report.current_unit_id) if report.current_unit_id else None
    if unit is not None and unit.kind not in (UnitKind.IOC, UnitKind.OFFICE):
        return unit
    last = session.scalar(
        select(HistoryEntry.unit_id)
        .where(
            HistoryEntry.report_id == report.id, HistoryEntry.action.in_(("forward", "delegate"))
        )
        .order_by(HistoryEntry.id.desc())
        .limit(1)
    )
    unit = session.get(Unit, last) if last else None
    if unit is None:
        raise LetterError(
            "Phản ánh {code} chưa được chuyển cơ quan xử lý: chuyển xử lý trước "
            "khi in văn bản gửi cơ quan xử lý",
            code=report.code,
        )
    return unit


def _parent_body(unit: Unit, harm: HarmVariant) -> str:
    if unit.parent is not None and unit.parent.kind is not UnitKind.TEAM:
        return nfc(unit.parent.name)
    return harm.parent_bodies.get(unit.code, "")


def harm_letter_data(
    session: Session,
    report_code: str,
    *,
    profile: Profile,
    template: LetterTemplate,
    today: date | None = None,
    number: int | None = None,
    signer: str = "",
) -> HarmLetterData:
    """The letter of one report marked reputational; ``LetterError`` when there is none."""
    harm = template.harm
    if harm is None:
        raise LetterError(
            "Quy định của {province} không có văn bản riêng cho phản ánh ảnh "
            "hưởng đến uy tín của tổ chức, cá nhân",
            province=profile.name,
        )
    report = session.scalar(select(Report).where(Report.code == report_code.strip().upper()))
    if report is None:
        raise LetterError(
            "Không có phản ánh mã “{code}” trong cơ sở dữ liệu", code=report_code.strip()
        )
    if report.restriction is not Restriction.REPUTATIONAL:
        raise LetterError(
            "Phản ánh {code} không được đánh dấu ảnh hưởng đến uy tín của tổ chức, cá nhân",
            code=report.code,
        )
    ioc = _org(session.scalar(select(Unit).where(Unit.kind == UnitKind.IOC)))
    if ioc is None:
        raise LetterError("Cơ sở dữ liệu chưa có đơn vị IOC (chạy lệnh demo hoặc nạp hồ sơ)")
    if harm.to == "district":
        recipient, short = _district(session, report)
        parent = ""
    else:
        unit = _handler(session, report)
        recipient, short, parent = nfc(unit.name), nfc(unit.short_name), _parent_body(unit, harm)
    secrets = [report.reporter_phone, report.reporter_email, report.reporter_address]
    name = nfc(report.reporter_name.strip())
    if report.reporter_confidential:
        secrets.append(name)
        reporter = CONFIDENTIAL_ADDRESSEE
    else:
        honorific = (
            report.reporter_honorific if report.reporter_honorific in HONORIFICS else "Ông/Bà"
        )
        reporter = " ".join(filter(None, (honorific, name)))
    return HarmLetterData(
        profile_key=profile.key,
        code=report.code,
        title=_hide(nfc(report.title.strip()), secrets),
        text=_hide(nfc(report.description.strip() or report.title.strip()), secrets),
        received_at=report.received_at,
        reporter=reporter,
        category=nfc(report.category.name) if report.category else "chưa phân loại",
        place=_hide(nfc(report.place.strip() or report.area or ""), secrets),
        area=nfc(report.area or ""),
        status=STATUS_LABELS[report.status],
        ioc=ioc,
        recipient=recipient,
        recipient_short=short,
        parent_body=parent,
        letter_date=today or now_local().date(),
        province=profile.province,
        number=number,
        signer=nfc(signer.strip()),
    )


def _keep(text: str, values: dict[str, str]) -> bool:
    """A line naming an empty placeholder ("{parent_body}" of an agency without one) is left
    out of the letter."""
    return all(values.get(name, "x") for name in _names(text))


def _names(text: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def compose_harm(data: HarmLetterData, template: LetterTemplate) -> layout.Letter:
    """The letter's every line, from the province's ``[harm]`` wording, issued by the IOC."""
    if template.harm is None:
        raise LetterError("Mẫu văn bản “{file}” không có mục [harm]", file=template.file)
    variant = template.harm.letter
    ioc = data.ioc
    over = template.units.get(ioc.code, UnitHeader())
    parent, issuer_lines = _header_lines(ioc, over, template.parent, data.province)
    symbol = over.symbol or template.symbol.format(abbr=abbreviate(ioc.name, data.province))
    values = {
        "code": data.code,
        "title": data.title,
        "received": short_date(data.received_at),
        "addressee": data.recipient,
        "reporter": data.reporter,
        "honorific": "Ông/Bà",
        "issuer": " ".join((over.name or ioc.name).split()),
        "handler": data.recipient,
        "handler_short": data.recipient_short,
        "ioc": ioc.name,
        "ioc_short": ioc.short_name,
        "text": " ".join(data.text.split()),
        "channel": "",
        "hotline": "",
        "province": data.province,
        "drafter": symbol.rsplit("-", 1)[-1],
        "recipient": data.recipient,
        "recipient_short": data.recipient_short,
        "parent_body": data.parent_body,
        "place": data.place,
        "area": data.area,
        "category": data.category,
        "status": data.status,
    }
    paragraphs = body_paragraphs(variant.paragraphs, data.text, values, lambda p: _keep(p, values))
    number = f"{data.number:02d}" if data.number else NBSP * 10
    return layout.Letter(
        parent=nfc(parent) if parent else None,
        issuer=tuple(nfc(x) for x in issuer_lines),
        number=f"Số: {number}/{symbol}",
        subject=nfc(variant.subject.format_map(values)),
        date=nfc(date_line(_place(ioc, template), data.letter_date)),
        salutation=nfc(variant.salutation.format_map(values)),
        paragraphs=tuple(nfc(p) for p in paragraphs),
        closing=nfc(variant.closing.format_map(values)),
        signature=over.signature or template.signature["ioc"],
        signer=data.signer or over.signer or "",
        signed=False,
        recipients=tuple(nfc(r.format_map(values)) for r in variant.recipients if _keep(r, values)),
    )


def render_harm_letter(data: HarmLetterData, template: LetterTemplate) -> bytes:
    letter = compose_harm(data, template)
    issuer = " ".join(
        (template.units.get(data.ioc.code, UnitHeader()).name or data.ioc.name).split()
    )
    return build_pdf(
        [layout.story(letter)],
        None,
        f"Văn bản về phản ánh {data.code}",
        author=issuer,
        subject=letter.subject,
    )


def harm_letter_pdf(
    session: Session,
    profile: Profile,
    report_code: str,
    *,
    today: date | None = None,
    number: int | None = None,
    signer: str = "",
) -> bytes:
    """The letter of one report as a PDF, worded by the province's template."""
    from console.letters.templates import load_template

    template = load_template(profile.key)
    data = harm_letter_data(
        session,
        report_code,
        profile=profile,
        template=template,
        today=today,
        number=number,
        signer=signer,
    )
    return render_harm_letter(data, template)
