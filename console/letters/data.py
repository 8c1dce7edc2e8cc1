"""What a reply letter says, read from the database into a plain, immutable value.

``LetterData`` never holds the reporter's phone, e-mail or address, and the builder removes them
from every text it copies (an officer's result may quote them), so no letter can print them.
A letter for publication (``public=True``) of a reporter who asked for secrecy (Thái Nguyên Điều
5.4, 10.3; Đắk Lắk Bước 1.1.e; Tiền Giang Điều 5.2) shows no name either: see ``shown``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.errors import Label, MessageError
from console.models import (
    HistoryEntry,
    Report,
    ReportStatus,
    Restriction,
    Result,
    Unit,
    UnitKind,
    User,
)
from console.models.enums import STATUS_LABELS
from console.profiles import Profile
from console.timeutil import now_local

CONFIDENTIAL_ADDRESSEE = "Ông/Bà (người phản ánh đề nghị giữ bí mật thông tin)"
HIDDEN = "[thông tin được giữ bí mật]"
HONORIFICS = ("Ông", "Bà", "Ông/Bà")
_ANSWERED = (
    ReportStatus.APPROVED,
    ReportStatus.PUBLISHED,
    ReportStatus.REOPENED,
    ReportStatus.CLOSED,
)


class LetterError(MessageError, RuntimeError):
    """A letter cannot be made or written; the message is one Vietnamese line for the user."""


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Org:
    code: str
    name: str
    short_name: str
    kind: str  # a profile unit kind: ioc, office, team, agency, district, commune
    area: str | None = None
    parent: Org | None = None


@dataclass(frozen=True)
class LetterData:
    profile_key: str
    variant: str  # "answer" | "rejected" | "redirected" | "direct" (answered at the hotline)
    code: str
    title: str
    received_at: datetime
    honorific: str  # "Ông" | "Bà" | "Ông/Bà"
    reporter_name: str
    confidential: bool  # the reporter asked to be kept secret
    ioc: Org
    handler: Org | None  # the unit whose result this is (None: rejected, redirected, hotline)
    text: str  # the result, the reason for not handling it, or the other channel's guidance
    letter_date: date
    province: str
    channel: str = ""  # redirected: the right channel ("An ninh, trật tự — gọi 113")
    hotline: str = ""
    approver: str = ""  # the leader who approved the result (signs when the handler issues)
    signer: str = ""  # an explicit signer's name; else the template's, else the approver's
    number: int | None = None  # the register number; None leaves the blank for the clerk
    public: bool = False  # for publication / public attachment rather than the reporter alone


def shown(data: LetterData) -> LetterData:
    """What may be printed: a public letter of a confidential reporter carries no name."""
    if not (data.public and data.confidential):
        return data
    return replace(
        data,
        reporter_name="",
        honorific="Ông/Bà",
        title=_hide(data.title, [data.reporter_name]),
        text=_hide(data.text, [data.reporter_name]),
    )


def _hide(text: str, secrets: list[str | None]) -> str:
    for secret in secrets:
        if secret and len(secret.strip()) >= 3:  # a stray "x" is no secret to hunt in words
            text = _pattern(secret.strip()).sub(HIDDEN, text)
    return text


def _pattern(secret: str) -> re.Pattern[str]:
    digits = re.sub(r"\D", "", secret)
    if len(digits) >= 6 and re.fullmatch(r"[\d\s.+()-]+", secret):
        # A phone number however it was written: "0912345678", "0912 345 678", "+84 912…".
        body = digits[1:] if digits.startswith("0") else digits.removeprefix("84")
        sep = r"[\s.-]?"
        return re.compile(r"(?<![\d+])(?:(?:\+|00)?84" + sep + r"|0)" + sep.join(body) + r"(?!\d)")
    words = [re.escape(w) for w in nfc(secret).split()]
    return re.compile(r"\s+".join(words), re.IGNORECASE)


def _org(unit: Unit | None) -> Org | None:
    if unit is None:
        return None
    return Org(
        unit.code,
        nfc(unit.name),
        nfc(unit.short_name),
        unit.kind.value,
        unit.area,
        _org(unit.parent),
    )


def _last_note(session: Session, report_id: int, action: str) -> HistoryEntry | None:
    return session.scalar(
        select(HistoryEntry)
        .where(HistoryEntry.report_id == report_id, HistoryEntry.action == action)
        .order_by(HistoryEntry.id.desc())
        .limit(1)
    )


def _redirect(entry: HistoryEntry | None, profile: Profile) -> tuple[str, str]:
    """(channel, guidance) of a redirect: the profile's not_accepted entry it names."""
    if entry is None:
        return "", ""
    note, code = nfc(entry.note.strip()), (entry.data or {}).get("target")
    for item in profile.not_accepted:  # the workflow records {"target": code}
        if item.code == code or note.startswith(f"{item.name}:"):
            return item.name, item.guidance
    return "", note


def _content(
    session: Session, report: Report, profile: Profile
) -> tuple[str, str, str, Org | None, str]:
    """(variant, text, channel, handler, approver) of the letter a report's state calls for."""
    status = report.status
    if status is ReportStatus.REJECTED:
        entry = _last_note(session, report.id, "reject")
        text = nfc(entry.note.strip()) if entry else ""
        if not text:  # Thái Nguyên Điều 7.2a, Tiền Giang Điều 4.5: the reason must be stated
            raise LetterError("Phản ánh {code} không xử lý nhưng chưa ghi lý do", code=report.code)
        return "rejected", text, "", None, ""
    if status is ReportStatus.REDIRECTED:
        channel, text = _redirect(_last_note(session, report.id, "redirect"), profile)
        return "redirected", text, channel, None, ""
    if status is ReportStatus.ANSWERED_DIRECTLY:
        entry = _last_note(session, report.id, "answer_directly")
        return "direct", nfc(entry.note.strip()) if entry else "", "", None, ""
    result = session.scalar(
        select(Result)
        .where(Result.report_id == report.id)
        .order_by(Result.submitted_at.desc(), Result.id.desc())
        .limit(1)
    )
    # An answer once published stays answerable (reopened, handled again); an approved one
    # is the IOC's draft before publishing.
    if result is None or not (result.published_text or status in _ANSWERED):
        raise LetterError(
            "Phản ánh {code} đang ở trạng thái “{status}”, chưa có kết quả để trả lời",
            code=report.code,
            status=Label("status", status.value, STATUS_LABELS[status]),
        )
    handler = _org(session.get(Unit, result.unit_id)) if result.unit_id else None
    leader = session.get(User, result.approved_by_id) if result.approved_by_id else None
    # Without an approval step (Lai Châu, Tiền Giang) the unit's own text is the final one.
    final = result.draft_text if not profile.workflow.get("approval", True) else ""
    text = nfc((result.published_text or result.approved_text or final or "").strip())
    return "answer", text, "", handler, nfc(leader.full_name) if leader else ""


def _refuse_public(report: Report, profile: Profile) -> None:
    """A copy for publication only where the answer is public (Thái Nguyên Điều 10.3–10.4)."""
    if report.publication is not None:
        mode = report.publication.value
    elif report.restriction is not Restriction.NONE:
        mode = profile.publication[report.restriction.value]
    else:
        mode = profile.publication[
            "confidential_reporter" if report.reporter_confidential else "default"
        ]
    if mode != "public":
        raise LetterError(
            "Kết quả phản ánh {code} không được công khai "
            "(chỉ gửi riêng người phản ánh): không in bản công khai",
            code=report.code,
        )


def letter_data_for(
    session: Session,
    report_code: str,
    *,
    profile: Profile,
    today: date | None = None,
    public: bool = False,
    number: int | None = None,
    signer: str = "",
    text: str | None = None,
) -> LetterData:
    """The letter for one report, by its code; ``LetterError`` when it has none (yet).
    ``text`` stands for the stored answer (a preview of one being edited): it is hidden from
    like any stored text, so the preview prints no more than the letter will."""
    report = session.scalar(select(Report).where(Report.code == report_code.strip()))
    if report is None:
        raise LetterError(
            "Không có phản ánh mã “{code}” trong cơ sở dữ liệu", code=report_code.strip()
        )
    if report.restriction is Restriction.STATE_SECRET:  # Tiền Giang Điều 4.7, Thái Nguyên 10.4
        raise LetterError(
            "Phản ánh {code} có nội dung bí mật nhà nước: trả lời theo "
            "chế độ Mật, không in từ hệ thống",
            code=report.code,
        )
    if public:
        _refuse_public(report, profile)
    ioc = _org(session.scalar(select(Unit).where(Unit.kind == UnitKind.IOC)))
    if ioc is None:
        raise LetterError("Cơ sở dữ liệu chưa có đơn vị IOC (chạy lệnh demo hoặc nạp hồ sơ)")
    variant, stored, channel, handler, approver = _content(session, report, profile)
    text = nfc(text.strip()) if text and text.strip() else stored
    if not text:
        raise LetterError("Phản ánh {code} chưa có nội dung trả lời", code=report.code)
    contact = [report.reporter_phone, report.reporter_email, report.reporter_address]
    honorific = report.reporter_honorific if report.reporter_honorific in HONORIFICS else "Ông/Bà"
    return LetterData(
        profile_key=profile.key,
        variant=variant,
        code=report.code,
        title=_hide(nfc(report.title.strip()), contact),
        received_at=report.received_at,
        honorific=honorific,
        reporter_name=nfc(report.reporter_name.strip()),
        confidential=report.reporter_confidential,
        ioc=ioc,
        handler=handler,
        text=_hide(text, contact),
        letter_date=today or now_local().date(),
        province=profile.province,
        channel=channel,
        hotline=profile.hotline or "",
        approver=approver,
        signer=nfc(signer.strip()),
        number=number,
        public=public,
    )
