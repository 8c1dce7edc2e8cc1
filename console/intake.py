"""Intake rules: what a new report must carry (Thái Nguyên Điều 5, Đắk Lắk Bước 1, Tiền Giang
Điều 5), Vietnamese phone numbers, and wording an operator should look at (Lai Châu Điều 3).

Pure logic. A report missing something can be received but not forwarded; the checklist says
what is missing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import phonenumbers

from console.errors import MessageError


class IntakeError(MessageError, ValueError):
    """Input that cannot be taken as it is; the message is for the operator, ``field`` names
    the draft field at fault when there is one (the form puts the cursor there)."""

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


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
        raise IntakeError("Số điện thoại không hợp lệ: {raw!r}", "reporter_phone",
                          raw=raw) from exc
    if not phonenumbers.is_valid_number(number):
        raise IntakeError("Số điện thoại không hợp lệ: {raw!r}", "reporter_phone", raw=raw)
    if number.country_code != 84:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL).replace(
        " ", ""
    )


def clean_text(text: str) -> str:
    """NFC, trimmed, inner whitespace runs kept as single spaces per line."""
    text = unicodedata.normalize("NFC", text or "")
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    return "\n".join(lines)


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


def checklist(
    *,
    title: str,
    description: str,
    place: str,
    occurred_at: datetime | None,
    received_at: datetime | None,
    reporter_name: str,
    reporter_phone: str | None,
    category: str | None = None,
) -> list[CheckItem]:
    """The completeness checklist of Điều 5 (Thái Nguyên), in the order an operator reads it."""
    text = f"{title} {description}"
    return [
        CheckItem("language", "Sử dụng tiếng Việt (Điều 5.1)", looks_vietnamese(text)),
        CheckItem(
            "content",
            "Nội dung rõ ràng (Điều 5.2)",
            len(description.strip()) >= 20 or len(title.strip()) >= 20,
        ),
        CheckItem(
            "time",
            "Thời gian phản ánh (Điều 5.2)",
            occurred_at is not None or received_at is not None,
        ),
        CheckItem("place", "Địa điểm rõ ràng (Điều 5.2)", len(place.strip()) >= 5),
        CheckItem("name", "Họ tên người phản ánh (Điều 5.3)", bool(reporter_name.strip())),
        CheckItem("phone", "Số điện thoại người phản ánh (Điều 5.3)", bool(reporter_phone)),
        CheckItem("category", "Lĩnh vực đã phân loại (Điều 7.1)", bool(category)),
    ]


def missing(items: list[CheckItem]) -> list[str]:
    return [i.label for i in items if not i.ok]
