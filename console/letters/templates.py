"""Per-profile letter wording: ``resources/letters/<profile key>.toml``.

A template holds what differs between provinces: the place name on the date line, who signs an
answer (the handling unit — Thái Nguyên Phụ lục II — or the IOC), the header lines, number
symbols, signature authority by unit kind, and three variants (``answer``, ``rejected``,
``redirected``), each with its subject, salutation, paragraphs, closing and recipients. Strings use
``{placeholders}`` filled with ``str.format_map``; a paragraph that is exactly ``"{text}"`` becomes
the result text's own paragraphs. Optional: ``[harm]``, the letter about a report harmful to a
reputation (``to`` = "district" or "handler", ``parent_bodies``), and ``[harm_list]``, the monthly
list of such reports (console/letters/harm*.py). A broken file is refused on load with
``TemplateError("<file>: <dotted key>: <problem>")``.
"""

from __future__ import annotations

import functools
import string
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from console.errors import LocatedError
from console.letters.data import LetterError
from console.profiles import UNIT_KINDS, Profile, load_profile

VARIANTS = ("answer", "rejected", "redirected")
# Answered at the hotline from the knowledge base (Tiền Giang Điều 9.2.a): needed only where the
# profile allows it (workflow.answer_directly).
DIRECT = "direct"
ISSUERS = ("ioc", "handler")
# The reputational-harm letter (Đắk Lắk Bước 2.3, Tiền Giang Điều 4.6), where the text has one:
# "to" = "district" (the UBND of the report's district) or "handler" (the agency handling it).
HARM = "harm"
HARM_LIST = "harm_list"  # the monthly list to the province (Đắk Lắk Bước 4.1)
HARM_TO = ("district", "handler")
HARM_PLACEHOLDERS = (
    "recipient",
    "recipient_short",
    "parent_body",
    "place",
    "area",
    "category",
    "status",
)
LIST_PLACEHOLDERS = ("month", "year", "count", "ioc", "ioc_short", "province", "drafter")
# What a template string may ask for (render.compose fills every one of them).
PLACEHOLDERS = (
    "code",
    "title",
    "received",
    "addressee",
    "reporter",
    "honorific",
    "issuer",
    "handler",
    "handler_short",
    "ioc",
    "ioc_short",
    "text",
    "channel",
    "hotline",
    "province",
    "drafter",
)


class TemplateError(LocatedError, LetterError):
    """A letter template that cannot be used: ``"<file>: <dotted key>: <problem>"``."""


@dataclass(frozen=True)
class Variant:
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str
    recipients: tuple[str, ...]  # without "- " and the final ";" / "."


@dataclass(frozen=True)
class HarmVariant:
    """The letter about a report harmful to a reputation: to whom, and its wording. A paragraph
    or recipient naming a placeholder that is empty (no parent body) is left out."""

    to: str  # "district" | "handler"
    letter: Variant
    parent_bodies: dict[str, str]  # unit code -> its parent body, where the profile has none


@dataclass(frozen=True)
class HarmList:
    """The monthly list of such reports to the province (a báo cáo)."""

    title: tuple[str, ...]  # "BÁO CÁO", then the subject lines
    addressee: str
    paragraphs: tuple[str, ...]
    closing: str
    recipients: tuple[str, ...]
    symbol: str  # "BC-STTTT": the number's symbol


@dataclass(frozen=True)
class UnitHeader:
    """Overrides for one issuing unit (the profile's names are the default)."""

    parent: str | None = None
    name: str | None = None
    symbol: str | None = None
    signature: tuple[str, ...] | None = None
    signer: str | None = None


@dataclass(frozen=True)
class LetterTemplate:
    key: str
    file: str
    place: str
    answer_issuer: str  # "ioc" | "handler"
    parent: str  # parent-body line for issuers without a parent unit
    symbol: str  # number symbol pattern, "{abbr}" = the issuer's initials
    signature: dict[str, tuple[str, ...]]  # unit kind -> authority and title lines
    units: dict[str, UnitHeader]
    variants: dict[str, Variant]
    harm: HarmVariant | None = None
    harm_list: HarmList | None = None


def letters_dir() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "resources" / "letters"


def list_templates() -> list[str]:
    return sorted(p.stem for p in letters_dir().glob("*.toml"))


@functools.lru_cache(maxsize=16)
def load_template(key: str) -> LetterTemplate:
    path = letters_dir() / f"{key}.toml"
    if not path.is_file():
        raise TemplateError(path.name, "<tệp>", f"không có mẫu văn bản cho hồ sơ “{key}”")
    return load_template_file(path, load_profile(key))


def load_template_file(path: Path, profile: Profile | None = None) -> LetterTemplate:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise TemplateError(path.name, "<tệp>", f"không đọc được tệp ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise TemplateError(path.name, "<tệp>", f"không phải UTF-8 (byte {exc.start})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(path.name, "<toml>", f"TOML không hợp lệ: {exc}") from exc
    return _Reader(path.name).template(data, path.stem, profile or load_profile(path.stem))


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, problem: str) -> NoReturn:
        raise TemplateError(self.file, key, problem)

    def table(
        self, value: Any, key: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(key, "phải là một bảng")
        prefix = f"{key}." if key else ""
        for k in value:
            if k not in required and k not in optional:
                self.fail(
                    prefix + k,
                    "khóa không được hỗ trợ (dùng: " + ", ".join(required + optional) + ")",
                )
        for k in required:
            if k not in value:
                self.fail(prefix + k, "thiếu khóa bắt buộc")
        return value

    def text(self, value: Any, key: str, allowed: tuple[str, ...] = PLACEHOLDERS) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(key, "phải là chuỗi không rỗng")
        text: str = unicodedata.normalize("NFC", value.strip())
        try:
            fields = list(string.Formatter().parse(text))
        except ValueError as exc:
            self.fail(key, f"dấu ngoặc {{}} không cân đối ({exc}); viết {{{{ }}}} để in dấu ngoặc")
        for _, name, spec, conv in fields:
            if name is None:
                continue
            if name not in allowed or spec or conv:
                self.fail(
                    key,
                    f"không có chỗ điền {{{name}}} (dùng: "
                    + ", ".join(f"{{{a}}}" for a in allowed)
                    + ")",
                )
        return text

    def lines(
        self, value: Any, key: str, allowed: tuple[str, ...] = PLACEHOLDERS
    ) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            self.fail(key, "phải là một mảng chuỗi không rỗng")
        return tuple(self.text(v, f"{key}[{i}]", allowed) for i, v in enumerate(value, 1))

    def recipients(
        self, value: Any, key: str, allowed: tuple[str, ...] = PLACEHOLDERS
    ) -> tuple[str, ...]:
        recipients = self.lines(value, key, allowed)
        if not recipients[-1].startswith("Lưu:"):
            self.fail(
                f"{key}[{len(recipients)}]",
                "mục cuối của nơi nhận phải là “Lưu: VT, …” (Nghị định 30/2020/NĐ-CP)",
            )
        for i, r in enumerate(recipients, 1):
            if r.startswith("-") or r.endswith((";", ".")):
                self.fail(f"{key}[{i}]", "viết không có “- ” đầu và “;”/“.” cuối")
        return recipients

    def harm(self, value: Any, codes: set[str]) -> HarmVariant:
        t = self.table(
            value,
            HARM,
            ("to", "subject", "salutation", "paragraphs", "closing", "recipients"),
            ("parent_bodies",),
        )
        to = self.text(t["to"], f"{HARM}.to", ())
        if to not in HARM_TO:
            self.fail(f"{HARM}.to", f"“{to}” không hợp lệ (dùng: {', '.join(HARM_TO)})")
        letter = {k: v for k, v in t.items() if k not in ("to", "parent_bodies")}
        bodies = self.table(
            t.get("parent_bodies", {}), f"{HARM}.parent_bodies", (), tuple(sorted(codes))
        )
        return HarmVariant(
            to,
            self.variant(letter, HARM, PLACEHOLDERS + HARM_PLACEHOLDERS),
            {c: self.text(v, f"{HARM}.parent_bodies.{c}", ()) for c, v in bodies.items()},
        )

    def harm_list(self, value: Any) -> HarmList:
        k = HARM_LIST
        t = self.table(
            value, k, ("title", "addressee", "paragraphs", "closing", "recipients", "symbol")
        )
        return HarmList(
            self.lines(t["title"], f"{k}.title", LIST_PLACEHOLDERS),
            self.text(t["addressee"], f"{k}.addressee", ()),
            self.lines(t["paragraphs"], f"{k}.paragraphs", LIST_PLACEHOLDERS),
            self.text(t["closing"], f"{k}.closing", LIST_PLACEHOLDERS),
            self.recipients(t["recipients"], f"{k}.recipients", LIST_PLACEHOLDERS),
            self.symbol(t["symbol"], f"{k}.symbol", ()),
        )

    def variant(self, value: Any, key: str, allowed: tuple[str, ...] = PLACEHOLDERS) -> Variant:
        t = self.table(value, key, ("subject", "salutation", "paragraphs", "closing", "recipients"))
        recipients = self.recipients(t["recipients"], f"{key}.recipients", allowed)
        subject = self.text(t["subject"], f"{key}.subject", allowed)
        if not subject.startswith("V/v "):
            self.fail(f"{key}.subject", "trích yếu công văn phải bắt đầu bằng “V/v ”")
        return Variant(
            subject,
            self.text(t["salutation"], f"{key}.salutation", allowed),
            self.lines(t["paragraphs"], f"{key}.paragraphs", allowed),
            self.text(t["closing"], f"{key}.closing", allowed),
            recipients,
        )

    def template(self, data: dict[str, Any], stem: str, profile: Profile) -> LetterTemplate:
        direct = profile.workflow.get("answer_directly", False)
        top = self.table(
            data,
            "",
            (
                "key",
                "place",
                "answer_issuer",
                "parent",
                "symbol",
                "signature",
                *VARIANTS,
                *((DIRECT,) if direct else ()),
            ),
            ("units", DIRECT, HARM, HARM_LIST),
        )
        if top["key"] != stem or top["key"] != profile.key:
            self.fail("key", f"phải trùng với tên tệp và hồ sơ “{profile.key}”")
        issuer = self.text(top["answer_issuer"], "answer_issuer", ())
        if issuer not in ISSUERS:
            self.fail("answer_issuer", f"“{issuer}” không hợp lệ (dùng: {', '.join(ISSUERS)})")
        kinds = sorted({u.kind for u in profile.units})
        sig_table = self.table(top["signature"], "signature", tuple(kinds), UNIT_KINDS)
        signature = {k: self.lines(v, f"signature.{k}", ()) for k, v in sig_table.items()}
        units: dict[str, UnitHeader] = {}
        codes = {u.code for u in profile.units}
        for code, raw in self.table(top.get("units", {}), "units", (), tuple(codes)).items():
            k = f"units.{code}"
            t = self.table(raw, k, (), ("parent", "name", "symbol", "signature", "signer"))
            units[code] = UnitHeader(
                parent=self.text(t["parent"], f"{k}.parent", ()) if "parent" in t else None,
                name=self.text(t["name"], f"{k}.name", ()) if "name" in t else None,
                symbol=self.symbol(t["symbol"], f"{k}.symbol", ()) if "symbol" in t else None,
                signature=(
                    self.lines(t["signature"], f"{k}.signature", ()) if "signature" in t else None
                ),
                signer=self.text(t["signer"], f"{k}.signer", ()) if "signer" in t else None,
            )
        return LetterTemplate(
            key=profile.key,
            file=self.file,
            place=self.text(top["place"], "place", ()),
            answer_issuer=issuer,
            parent=self.text(top["parent"], "parent", ()),
            symbol=self.symbol(top["symbol"], "symbol", ("abbr",)),
            signature=signature,
            units=units,
            variants={v: self.variant(top[v], v) for v in (*VARIANTS, DIRECT) if v in top},
            harm=self.harm(top[HARM], codes) if HARM in top else None,
            harm_list=self.harm_list(top[HARM_LIST]) if HARM_LIST in top else None,
        )

    def symbol(self, value: Any, key: str, allowed: tuple[str, ...]) -> str:
        text = self.text(value, key, allowed)
        if " " in text or "/" in text:
            self.fail(key, f"ký hiệu “{text}” không được chứa dấu cách hoặc “/”")
        return text
