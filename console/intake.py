"""Intake rules: what a new report must carry (each province's own article, from the profile's
[completeness] table: Thái Nguyên Điều 5, Đắk Lắk Bước 1.1, Lai Châu Điều 3.1, Tiền Giang Điều
5.1), Vietnamese phone numbers, and wording an operator should look at (Lai Châu Điều 3).

Pure logic. A report missing something can be received but not forwarded; the checklist says
what is missing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import phonenumbers

from console.completeness import Completeness
from console.text_input import (
    MAX_CODE,
    MAX_NAME,
    MAX_PLACE,
    MAX_TEXT,
    MAX_TITLE,
    IntakeError,
    check_email,
    check_line,
    check_moment,
    check_position,
    check_text,
)


@dataclass
class ReportDraft:
    """What an operator types (or an app sends) for a new report."""

    channel: str
    title: str
    description: str = ""
    place: str = ""
    area: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    occurred_at: datetime | None = None
    reporter_name: str = ""
    reporter_honorific: str = "Ông/Bà"
    reporter_phone: str = ""
    reporter_email: str = ""
    reporter_address: str = ""
    confidential: bool = False
    # The caller declares state-secret information: the profile decides whether it is marked
    # restricted or refused outright (Tiền Giang Điều 4.7: never entered into the system).
    state_secret: bool = False
    emergency: bool | None = None  # None: the category's default (Tiền Giang: epidemics)
    category: str | None = None
    received_at: datetime | None = None  # default: now
    attachments: list[Path] = field(default_factory=list)  # photos, recordings, documents
    extra: dict[str, str] = field(default_factory=dict)
    # A uuid4 made by the client for this submission: the report stores it, and a submit
    # with a key already stored returns that report instead of making a second one (the
    # outbox's replay after a lost acknowledgement; console/services/outbox.py).
    client_key: str | None = None


HONORIFICS = ("Ông", "Bà", "Ông/Bà")


def normalise_phone(raw: str) -> str | None:
    """'+84 912 345 678', '0912.345.678' -> '0912345678'; '' -> None; invalid -> IntakeError."""
    text = raw.strip()
    if not text:
        return None
    try:
        number = phonenumbers.parse(text, "VN")
    except phonenumbers.NumberParseException as exc:
        raise IntakeError("Số điện thoại không hợp lệ: {raw!r}", "reporter_phone", raw=raw) from exc
    if not phonenumbers.is_valid_number(number):
        raise IntakeError("Số điện thoại không hợp lệ: {raw!r}", "reporter_phone", raw=raw)
    if number.country_code != 84:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL).replace(
        " ", ""
    )


def clean_text(text: str | None, what: str = "Nội dung", *, limit: int = MAX_TEXT) -> str:
    """A note, result or answer: NFC, trimmed, inner whitespace runs kept as single spaces per
    line; IntakeError naming ``what`` for a character no text may hold or a text too long
    (console/text_input.py)."""
    return check_text(text, what, limit=limit)


def clean_draft(draft: ReportDraft, *, now: datetime) -> ReportDraft:
    """``draft`` with every field checked and cleaned (console/text_input.py), before anything
    is stored: the first field at fault raises IntakeError naming it."""
    latitude, longitude = check_position(draft.latitude, draft.longitude)
    received = check_moment(draft.received_at, "Thời điểm tiếp nhận", now=now, field="received_at")
    occurred = check_moment(
        draft.occurred_at, "Thời điểm xảy ra", now=received or now, field="occurred_at"
    )
    return replace(
        draft,
        channel=check_line(draft.channel, "Kênh tiếp nhận", limit=MAX_CODE, field="channel"),
        category=check_line(draft.category, "Lĩnh vực", limit=MAX_CODE, field="category") or None,
        title=check_line(draft.title, "Tiêu đề", limit=MAX_TITLE, field="title"),
        description=check_text(draft.description, "Nội dung phản ánh", field="description"),
        place=check_line(draft.place, "Địa điểm", limit=MAX_PLACE, field="place"),
        area=check_line(draft.area, "Địa bàn", limit=MAX_NAME, field="area") or None,
        latitude=latitude,
        longitude=longitude,
        occurred_at=occurred,
        received_at=received,
        reporter_name=check_line(
            draft.reporter_name, "Họ tên người phản ánh", limit=MAX_NAME, field="reporter_name"
        ),
        reporter_phone=check_line(
            draft.reporter_phone,
            "Số điện thoại người phản ánh",
            limit=MAX_NAME,
            field="reporter_phone",
        ),
        reporter_email=check_email(draft.reporter_email),
        reporter_address=check_line(
            draft.reporter_address,
            "Địa chỉ người phản ánh",
            limit=MAX_PLACE,
            field="reporter_address",
        ),
        reporter_honorific=check_line(
            draft.reporter_honorific, "Danh xưng", limit=MAX_CODE, field="reporter_honorific"
        ),
    )


_VIETNAMESE_ONLY = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


def looks_vietnamese(text: str) -> bool:
    """Điều 5.1 "Sử dụng ngôn ngữ Tiếng Việt": Vietnamese letters or words are present."""
    lowered = text.lower()
    if any(ch in _VIETNAMESE_ONLY for ch in lowered):
        return True
    words = set(lowered.split())
    return (
        len(
            words
            & {
                "va",
                "cua",
                "khong",
                "duong",
                "nguoi",
                "dan",
                "de",
                "nghi",
                "tai",
                "bi",
                "cho",
                "cac",
                "duoc",
                "khu",
                "vuc",
                "nha",
                "xa",
                "phuong",
            }
        )
        >= 2
    )


# Lai Châu Điều 3: content that is rude or defames someone is flagged for the operator, not
# refused: the operator decides. A short list of unambiguous words, compared without case.
_RUDE = (
    "đồ ngu",
    "ngu như",
    "mất dạy",
    "khốn nạn",
    "đồ chó",
    "con chó",
    "thằng chó",
    "vô học",
    "láo toét",
    "đểu cáng",
    "lừa đảo",
    "ăn cướp",
    "bọn ăn hại",
    "ăn hại",
)


def rude_words(text: str) -> list[str]:
    lowered = unicodedata.normalize("NFC", text.lower())
    return [w for w in _RUDE if w in lowered]


@dataclass(frozen=True)
class CheckItem:
    key: str
    label: str
    ok: bool


_REPORTER_ITEMS = {
    "name": "Họ tên người phản ánh",
    "address": "Địa chỉ người phản ánh",
    "phone": "Số điện thoại người phản ánh",
    "email": "Thư điện tử người phản ánh",
    "phone_or_email": "Số điện thoại hoặc thư điện tử người phản ánh",
}


def checklist(
    rule: Completeness,
    *,
    channel: str,
    title: str,
    description: str,
    place: str,
    occurred_at: datetime | None,
    received_at: datetime | None,
    reporter_name: str,
    reporter_phone: str | None,
    reporter_email: str | None = None,
    reporter_address: str | None = None,
    category: str | None = None,
) -> list[CheckItem]:
    """The province's completeness checklist, in the order an operator reads it; each item
    cites the province's own article (the profile's [completeness] table)."""
    text = f"{title} {description}"
    items: list[CheckItem] = []
    if rule.language:
        items.append(
            CheckItem("language", f"Sử dụng tiếng Việt ({rule.language})", looks_vietnamese(text))
        )
    items.append(
        CheckItem(
            "content",
            f"Nội dung rõ ràng ({rule.content})",
            len(description.strip()) >= 20 or len(title.strip()) >= 20,
        )
    )
    if rule.time:
        items.append(
            CheckItem(
                "time",
                f"Thời gian phản ánh ({rule.time})",
                occurred_at is not None or received_at is not None,
            )
        )
    if rule.place:
        items.append(
            CheckItem("place", f"Địa điểm rõ ràng ({rule.place})", len(place.strip()) >= 5)
        )
    if not rule.has_citizen(channel):
        # Lai Châu Điều 7.1: the duty officer saw it on camera; nobody to ask details of
        items.append(
            CheckItem(
                "raised_by_ioc",
                f"Cán bộ trực IOC phát hiện, không có người phản ánh ({rule.no_citizen_article})",
                True,
            )
        )
    else:
        given = {
            "name": bool(reporter_name.strip()),
            "address": bool((reporter_address or "").strip()),
            "phone": bool(reporter_phone),
            "email": bool((reporter_email or "").strip()),
        }
        given["phone_or_email"] = given["phone"] or given["email"]
        items += [
            CheckItem(f, f"{_REPORTER_ITEMS[f]} ({rule.reporter})", given[f])
            for f in rule.reporter_fields
        ]
    items.append(CheckItem("category", f"Lĩnh vực đã phân loại ({rule.category})", bool(category)))
    return items


def asked_of_reporter(rule: Completeness, channel: str) -> tuple[str, ...] | None:
    """The reporter fields a report of ``channel`` must carry before it is forwarded; None
    where no citizen is behind it (the intake form then asks for none)."""
    return rule.reporter_fields if rule.has_citizen(channel) else None


def reporter_rule_text(rule: Completeness, channel: str) -> str:
    """The rule as the intake form states it under the caller's fields."""
    fields = asked_of_reporter(rule, channel)
    if fields is None:
        return f"Cán bộ trực IOC phát hiện: không có người phản ánh ({rule.no_citizen_article})"
    if not fields:
        return "Quy định không bắt buộc thông tin người phản ánh"
    names = "; ".join(_REPORTER_ITEMS[f] for f in fields)
    return f"Cần có để chuyển xử lý ({rule.reporter}): {names}"


def missing(items: list[CheckItem]) -> list[str]:
    return [i.label for i in items if not i.ok]
