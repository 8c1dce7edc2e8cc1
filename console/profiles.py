"""Regulation profiles: one TOML file per province under ``resources/profiles/``.

A profile is the regulation as data: office hours, stage clocks, categories, units, channels,
ratings, publication rules, report periods and workflow flags. The loader refuses a broken file
with ``ProfileError("<file>: <dotted key>: <problem>")``; items of an array are named by their
code (``units[so_gtvt].parent``), or by their 1-based position while the code itself is missing
or bad (``categories[3].code``). Text is normalised to NFC on load.

The events a clock counts from (``from`` in the file, ``Clock.start`` here):

- ``received``  - the report was submitted or logged ("kể từ khi có phản ánh");
- ``routed``    - the IOC sent it out to its first hop (an agency, a district, a district team,
  the office);
- ``forwarded`` - it reached the unit that handles it: the same moment as ``routed`` unless a
  district team (Đắk Lắk) or the office (Lai Châu) passes it on;
- ``accepted``  - the handling unit accepted it;
- ``result``    - the unit submitted its result;
- ``approved``  - the result was cleared on the handling side (leader approval, district team
  check) and reached the IOC.
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any, NoReturn

from console.completeness import Completeness, read_completeness
from console.errors import LocatedError

TOPICS = (
    "giao_thong",
    "an_ninh_trat_tu",
    "ha_tang_do_thi",
    "trat_tu_do_thi",
    "moi_truong",
    "hanh_chinh",
    "cong_vu",
    "doanh_nghiep",
    "an_toan_thuc_pham",
    "dat_dai_xay_dung",
    "hang_hoa_gia_ca",
    "bao_chi",
    "hien_ke",
    "tre_em",
    "van_hoa_du_lich",
    "thai_do_phuc_vu",
    "y_te_giao_duc",
    "dien_nuoc",
    "khac",
)
EVENTS = ("received", "routed", "forwarded", "accepted", "result", "approved")
# Stage -> the events its clock may count from. "return_field_check" is the longer time to
# return a report to the sender when a field check was needed (Đắk Lắk Bước 3.2, Tiền Giang
# Điều 9.1.d: "01 ngày làm việc (hoặc tối đa 03 ngày làm việc đối với trường hợp có kiểm tra
# thực tế)").
STAGE_STARTS: dict[str, tuple[str, ...]] = {
    "check": ("received",),
    "route": ("received",),
    "accept": ("routed", "forwarded"),
    "handle": ("received", "routed", "forwarded", "accepted"),
    "approve": ("result",),
    "verify": ("result", "approved"),
    "publish": ("result", "approved"),
    "return": ("routed", "forwarded"),
    "return_field_check": ("routed", "forwarded"),
    "notify_progress": ("received", "routed", "forwarded", "accepted"),
    # Thái Nguyên Điều 7.2: the units the IOC consults answer "ngay"; asked with the routing.
    "consult": ("routed",),
}
STAGES = tuple(STAGE_STARTS)
CLOCK_KINDS = ("working_hours", "working_days", "hours", "immediate")
UNIT_KINDS = ("ioc", "office", "team", "agency", "district", "commune")
PUBLICATION_REASONS = ("default", "confidential_reporter", "state_secret", "reputational")
PUBLICATION_MODES = ("public", "private", "none")
REPORT_PERIODS = ("week", "month", "quarter", "year", "adhoc")
WORKFLOW_FLAGS = (
    "district_team",
    "team_verifies",
    "approval",
    "head_assigns",
    "office_reclassifies",
    "answer_directly",
    "redirect",
    "escalate_to_office",
    "operator_escalates",
    "extension_photos",
)
# Flags only some provinces set (absent = false): Lai Châu's office sorts "Những kiến nghị
# khác" for the units (Điều 7.4.k), its IOC head's assignment is reported to the city's
# leaders (Điều 7.2), a unit that cannot resolve reports the cause and a date (Điều 7.5).
OPTIONAL_WORKFLOW_FLAGS = ("office_sorts", "notify_leaders", "report_cause")
DEFAULT_OFFICE_HOURS = ((time(7, 30), time(11, 30)), (time(13, 30), time(17, 30)))
DEFAULT_DUE_SOON_FRACTION = 0.25

_CODE = re.compile(r"[a-z0-9][a-z0-9_-]*")
_PREFIX = re.compile(r"[A-Z]{2,3}")
_HHMM = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
_PHONE = re.compile(r"\d[\d .]*\d")


class ProfileError(LocatedError):
    """A profile that cannot be used: ``"<file name>: <dotted key>: <problem>"``."""


@dataclass(frozen=True)
class Clock:
    kind: str  # "working_hours" | "working_days" | "hours" | "immediate"
    amount: float  # 0 for immediate
    start: str  # one of EVENTS
    # The article the value comes from ("Điều 7.4.b"), shown beside it in the admin screens.
    article: str = field(default="", compare=False)

    def working_hours(self, daily_hours: float) -> float | None:
        """The clock in working hours; None for wall-clock and immediate clocks."""
        if self.kind == "working_days":
            return self.amount * daily_hours
        if self.kind == "working_hours":
            return self.amount
        return None


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    topic: str  # one of TOPICS
    default_unit: str
    handle: Clock | None  # the category's own handling clock, else the profile's "handle"
    emergency: bool  # handled as an emergency by default


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    short_name: str
    kind: str  # one of UNIT_KINDS
    parent: str | None
    area: str | None  # the administrative area it covers, as written in an address


@dataclass(frozen=True)
class Channel:
    code: str
    name: str
    recorded: bool


@dataclass(frozen=True)
class Rating:
    code: str
    label: str
    reopens: bool


@dataclass(frozen=True)
class NotAccepted:
    code: str
    name: str
    guidance: str


@dataclass(frozen=True)
class Profile:
    """One province's regulation. Shared through the cache: treat the dicts as read-only."""

    key: str
    name: str
    province: str
    code_prefix: str
    regulation: str
    hotline: str | None
    office_hours: tuple[tuple[time, time], ...]
    emergency_minutes: int
    due_soon_fraction: float
    clocks: dict[str, Clock]
    emergency_clocks: dict[str, Clock]
    categories: tuple[Category, ...]
    units: tuple[Unit, ...]
    channels: tuple[Channel, ...]
    ratings: tuple[Rating, ...]
    publication: dict[str, str]
    publish_via_origin_channel: bool
    report_periods: tuple[str, ...]
    not_accepted: tuple[NotAccepted, ...]
    workflow: dict[str, bool]
    completeness: Completeness

    @functools.cached_property
    def _units(self) -> dict[str, Unit]:
        return {u.code: u for u in self.units}

    @functools.cached_property
    def _categories(self) -> dict[str, Category]:
        return {c.code: c for c in self.categories}

    def unit(self, code: str) -> Unit:
        try:
            return self._units[code]
        except KeyError:
            raise KeyError(f"{self.key}: không có đơn vị mã {code!r}") from None

    def category(self, code: str) -> Category:
        try:
            return self._categories[code]
        except KeyError:
            raise KeyError(f"{self.key}: không có lĩnh vực mã {code!r}") from None

    def children(self, code: str) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.parent == code)

    def handle_clock(self, category_code: str, emergency: bool) -> Clock:
        """Emergency clock if any, else the category's own clock, else the profile's."""
        if emergency and "handle" in self.emergency_clocks:
            return self.emergency_clocks["handle"]
        return self.category(category_code).handle or self.clocks["handle"]

    @property
    def daily_hours(self) -> float:
        return sum(_minutes(end) - _minutes(start) for start, end in self.office_hours) / 60


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def profiles_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "profiles"


def list_profiles() -> list[str]:
    return sorted(p.stem for p in profiles_dir().glob("*.toml"))


@functools.lru_cache(maxsize=16)
def load_profile(key: str) -> Profile:
    known = list_profiles()
    if key not in known:
        raise ProfileError(
            f"{key}.toml",
            "key",
            f"không có hồ sơ {_show(key)} (có: {', '.join(known) or 'không có'})",
        )
    return load_profile_file(profiles_dir() / f"{key}.toml")


def load_profile_file(path: Path) -> Profile:
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ProfileError(path.name, "<tệp>", f"không đọc được tệp ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(path.name, "<tệp>", f"không phải UTF-8 (byte {exc.start})") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(path.name, "<toml>", f"TOML không hợp lệ: {exc}") from exc
    return _Reader(path.name).profile(_nfc(data), path.stem)


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dict):
        return "một bảng"
    if isinstance(value, list):
        return "một mảng"
    return str(value)


def _one_of(options: tuple[str, ...] | list[str]) -> str:
    return ", ".join(options)


_TOP_REQUIRED = (
    "key",
    "name",
    "province",
    "code_prefix",
    "regulation",
    "emergency_minutes",
    "clocks",
    "categories",
    "units",
    "channels",
    "publication",
    "report_periods",
    "workflow",
    "completeness",
)
_TOP_OPTIONAL = (
    "hotline",
    "office_hours",
    "due_soon_fraction",
    "emergency_clocks",
    "ratings",
    "not_accepted",
    "publish_via_origin_channel",
)


class _Reader:
    """Checks one parsed file and builds its Profile; every refusal names file and key."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, problem: str) -> NoReturn:
        raise ProfileError(self.file, key, problem)

    # -- typed values -------------------------------------------------------------------------
    def table(
        self, value: Any, key: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(key, f"phải là một bảng (được {_show(value)})")
        prefix = f"{key}." if key else ""
        for k in value:
            if k not in required and k not in optional:
                self.fail(
                    prefix + k,
                    f"khóa không được hỗ trợ (dùng một trong: {_one_of(required + optional)})",
                )
        for k in required:
            if k not in value:
                self.fail(prefix + k, "thiếu khóa bắt buộc")
        return value

    def text(self, value: Any, key: str) -> str:
        if not isinstance(value, str):
            self.fail(key, f"phải là chuỗi (được {_show(value)})")
        if not value.strip():
            self.fail(key, "không được để trống")
        return value.strip()

    def flag(self, value: Any, key: str) -> bool:
        if not isinstance(value, bool):
            self.fail(key, f"phải là true hoặc false (được {_show(value)})")
        return value

    def positive(self, value: Any, key: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, f"phải là số (được {_show(value)})")
        if not math.isfinite(value) or value <= 0:
            self.fail(key, f"phải là số dương (được {_show(value)})")
        return float(value)

    def choice(self, value: Any, key: str, options: tuple[str, ...], what: str) -> str:
        text = self.text(value, key)
        if text not in options:
            self.fail(
                key, f"{what} không hợp lệ {_show(text)} (dùng một trong: {_one_of(options)})"
            )
        return text

    def code(self, value: Any, key: str) -> str:
        text = self.text(value, key)
        if not _CODE.fullmatch(text):
            self.fail(key, f"mã {_show(text)} chỉ gồm chữ thường không dấu, số, '_' hoặc '-'")
        return text

    def array(self, value: Any, key: str, *, non_empty: bool) -> list[Any]:
        if not isinstance(value, list):
            self.fail(key, f"phải là một mảng (được {_show(value)})")
        if non_empty and not value:
            self.fail(key, "không được để trống")
        return value

    def hhmm(self, value: Any, key: str) -> time:
        m = _HHMM.fullmatch(value) if isinstance(value, str) else None
        if not m:
            self.fail(key, f'giờ phải viết dạng HH:MM, ví dụ "07:30" (được {_show(value)})')
        return time(int(m[1]), int(m[2]))

    # -- composite values ---------------------------------------------------------------------
    def clock(self, value: Any, key: str, stage: str) -> Clock:
        t = self.table(value, key, ("from",), (*CLOCK_KINDS, "article"))
        kinds = [k for k in CLOCK_KINDS if k in t]
        if len(kinds) != 1:
            self.fail(
                key,
                "cần đúng một loại thời hạn trong "
                + _one_of(CLOCK_KINDS)
                + f" (có {len(kinds)}"
                + (f": {_one_of(kinds)})" if kinds else ")"),
            )
        kind = kinds[0]
        if kind == "immediate":
            if t[kind] is not True:
                self.fail(f"{key}.immediate", f"chỉ nhận giá trị true (được {_show(t[kind])})")
            amount = 0.0
        else:
            amount = self.positive(t[kind], f"{key}.{kind}")
        start = self.choice(t["from"], f"{key}.from", EVENTS, "mốc tính")
        if start not in STAGE_STARTS[stage]:
            self.fail(
                f"{key}.from",
                f"giai đoạn {stage} không tính từ {_show(start)} "
                f"(dùng một trong: {_one_of(STAGE_STARTS[stage])})",
            )
        article = self.text(t["article"], f"{key}.article") if "article" in t else ""
        return Clock(kind, amount, start, article)

    def clocks(self, value: Any, key: str) -> dict[str, Clock]:
        t = self.table(value, key, (), STAGES)
        return {
            stage: self.clock(t[stage], f"{key}.{stage}", stage) for stage in STAGES if stage in t
        }

    def office_hours(self, value: Any) -> tuple[tuple[time, time], ...]:
        periods: list[tuple[time, time]] = []
        for i, item in enumerate(self.array(value, "office_hours", non_empty=True), 1):
            key = f"office_hours[{i}]"
            if not isinstance(item, list) or len(item) != 2:
                self.fail(key, f'phải là một cặp ["HH:MM", "HH:MM"] (được {_show(item)})')
            start, end = self.hhmm(item[0], key), self.hhmm(item[1], key)
            if start >= end:
                self.fail(key, f"giờ bắt đầu {item[0]} phải trước giờ kết thúc {item[1]}")
            if periods and start < periods[-1][1]:
                self.fail(
                    key,
                    f"các khoảng giờ phải theo thứ tự và không chồng nhau "
                    f"({item[0]} bắt đầu trước khi khoảng trước kết thúc)",
                )
            periods.append((start, end))
        return tuple(periods)

    def items(
        self,
        value: Any,
        section: str,
        required: tuple[str, ...],
        optional: tuple[str, ...],
        *,
        non_empty: bool,
    ) -> list[tuple[str, dict[str, Any]]]:
        """Each table of an array with the key naming it; codes checked and unique."""
        out: list[tuple[str, dict[str, Any]]] = []
        seen: dict[str, int] = {}
        for i, t in enumerate(self.array(value, section, non_empty=non_empty), 1):
            if not isinstance(t, dict):
                self.fail(f"{section}[{i}]", f"phải là một bảng (được {_show(t)})")
            if "code" not in t:
                self.fail(f"{section}[{i}].code", "thiếu khóa bắt buộc")
            code = self.code(t["code"], f"{section}[{i}].code")
            if code in seen:
                self.fail(
                    f"{section}[{i}].code", f"mã {_show(code)} bị trùng với mục thứ {seen[code]}"
                )
            seen[code] = i
            key = f"{section}[{code}]"
            out.append((key, self.table(t, key, ("code", *required), optional)))
        return out

    def optional_text(self, t: dict[str, Any], name: str, key: str) -> str | None:
        return self.text(t[name], f"{key}.{name}") if name in t else None

    # -- the profile --------------------------------------------------------------------------
    def profile(self, data: dict[str, Any], stem: str) -> Profile:
        top = self.table(data, "", _TOP_REQUIRED, _TOP_OPTIONAL)
        key = self.text(top["key"], "key")
        if key != stem:
            self.fail("key", f"phải trùng với tên tệp {_show(stem)} (được {_show(key)})")
        prefix = self.text(top["code_prefix"], "code_prefix")
        if not _PREFIX.fullmatch(prefix):
            self.fail("code_prefix", f"phải là 2–3 chữ in hoa không dấu (được {_show(prefix)})")
        hotline = self.optional_text(top, "hotline", "")
        if hotline is not None and not _PHONE.fullmatch(hotline):
            self.fail("hotline", f"chỉ gồm chữ số, dấu chấm, dấu cách (được {_show(hotline)})")
        minutes = top["emergency_minutes"]
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 < minutes <= 1440:
            self.fail(
                "emergency_minutes", f"phải là số nguyên phút từ 1 đến 1440 (được {_show(minutes)})"
            )
        fraction = top.get("due_soon_fraction", DEFAULT_DUE_SOON_FRACTION)
        if self.positive(fraction, "due_soon_fraction") >= 1:
            self.fail("due_soon_fraction", f"phải nhỏ hơn 1 (được {_show(fraction)})")

        units = self.units(top["units"])
        workflow = self.workflow(top["workflow"], units)
        clocks = self.clocks(top["clocks"], "clocks")
        emergency_clocks = self.clocks(top.get("emergency_clocks", {}), "emergency_clocks")
        for stage, flag in (("approve", "approval"), ("verify", "team_verifies")):
            for section, cl in (("clocks", clocks), ("emergency_clocks", emergency_clocks)):
                if stage in cl and not workflow[flag]:
                    self.fail(f"{section}.{stage}", f"cần workflow.{flag} = true")
        not_accepted = tuple(
            NotAccepted(
                t["code"],
                self.text(t["name"], f"{k}.name"),
                self.text(t["guidance"], f"{k}.guidance"),
            )
            for k, t in self.items(
                top.get("not_accepted", []),
                "not_accepted",
                ("name", "guidance"),
                (),
                non_empty=False,
            )
        )
        if workflow["redirect"] and not not_accepted:
            self.fail("workflow.redirect", "cần ít nhất một mục [[not_accepted]] để hướng dẫn")
        publication = self.table(top["publication"], "publication", PUBLICATION_REASONS)
        channels = tuple(
            Channel(
                t["code"],
                self.text(t["name"], f"{k}.name"),
                self.flag(t.get("recorded", False), f"{k}.recorded"),
            )
            for k, t in self.items(
                top["channels"], "channels", ("name",), ("recorded",), non_empty=True
            )
        )
        periods = self.array(top["report_periods"], "report_periods", non_empty=False)
        for i, p in enumerate(periods, 1):
            self.choice(p, f"report_periods[{i}]", REPORT_PERIODS, "kỳ báo cáo")
            if p in periods[: i - 1]:
                self.fail(f"report_periods[{i}]", f"kỳ báo cáo {_show(p)} bị lặp")
        return Profile(
            key=key,
            name=self.text(top["name"], "name"),
            province=self.text(top["province"], "province"),
            code_prefix=prefix,
            regulation=self.text(top["regulation"], "regulation"),
            hotline=hotline,
            office_hours=(
                self.office_hours(top["office_hours"])
                if "office_hours" in top
                else DEFAULT_OFFICE_HOURS
            ),
            emergency_minutes=minutes,
            due_soon_fraction=float(fraction),
            clocks=clocks,
            emergency_clocks=emergency_clocks,
            categories=self.categories(top["categories"], units, clocks),
            units=tuple(units.values()),
            channels=channels,
            ratings=tuple(
                Rating(
                    t["code"],
                    self.text(t["label"], f"{k}.label"),
                    self.flag(t.get("reopens", False), f"{k}.reopens"),
                )
                for k, t in self.items(
                    top.get("ratings", []), "ratings", ("label",), ("reopens",), non_empty=False
                )
            ),
            publication={
                r: self.choice(
                    publication[r], f"publication.{r}", PUBLICATION_MODES, "cách công khai"
                )
                for r in PUBLICATION_REASONS
            },
            publish_via_origin_channel=self.flag(
                top.get("publish_via_origin_channel", False), "publish_via_origin_channel"
            ),
            report_periods=tuple(p for p in REPORT_PERIODS if p in periods),
            not_accepted=not_accepted,
            workflow=workflow,
            completeness=read_completeness(self, top["completeness"], channels),
        )

    def units(self, value: Any) -> dict[str, Unit]:
        units: dict[str, Unit] = {}
        for key, t in self.items(
            value, "units", ("name", "short_name", "kind"), ("parent", "area"), non_empty=True
        ):
            units[t["code"]] = Unit(
                t["code"],
                self.text(t["name"], f"{key}.name"),
                self.text(t["short_name"], f"{key}.short_name"),
                self.choice(t["kind"], f"{key}.kind", UNIT_KINDS, "loại đơn vị"),
                self.optional_text(t, "parent", key),
                self.optional_text(t, "area", key),
            )
        for u in units.values():
            if u.parent is not None and u.parent not in units:
                self.fail(f"units[{u.code}].parent", f"không có đơn vị mã {_show(u.parent)}")
        places: dict[tuple[str | None, str], str] = {}
        for u in units.values():
            key = f"units[{u.code}]"
            chain, up = [u.code], u.parent
            while up is not None:
                if up in chain:
                    self.fail(f"{key}.parent", "vòng lặp đơn vị cha: " + " → ".join([*chain, up]))
                chain.append(up)
                up = units[up].parent
            if u.area is not None:
                if (u.parent, u.area) in places:
                    self.fail(
                        f"{key}.area",
                        f"địa bàn {_show(u.area)} đã thuộc đơn vị "
                        f"{_show(places[u.parent, u.area])} cùng cấp",
                    )
                places[u.parent, u.area] = u.code
        iocs = [u.code for u in units.values() if u.kind == "ioc"]
        if len(iocs) != 1:
            self.fail(
                "units",
                f'cần đúng một đơn vị kind = "ioc" (có {len(iocs)}'
                + (f": {_one_of(iocs)})" if iocs else ")"),
            )
        return units

    def workflow(self, value: Any, units: dict[str, Unit]) -> dict[str, bool]:
        t = self.table(value, "workflow", WORKFLOW_FLAGS, OPTIONAL_WORKFLOW_FLAGS)
        flags = {f: self.flag(t[f], f"workflow.{f}") for f in WORKFLOW_FLAGS}
        flags |= {f: self.flag(t.get(f, False), f"workflow.{f}") for f in OPTIONAL_WORKFLOW_FLAGS}
        kinds = {u.kind for u in units.values()}
        if flags["district_team"] != ("team" in kinds):
            self.fail(
                "workflow.district_team",
                "phải là true khi và chỉ khi có đơn vị "
                'kind = "team"' + f" (đang là {_show(flags['district_team'])})",
            )
        if flags["team_verifies"] and not flags["district_team"]:
            self.fail("workflow.team_verifies", "cần workflow.district_team = true")
        if flags["operator_escalates"] and not flags["escalate_to_office"]:
            self.fail("workflow.operator_escalates", "cần workflow.escalate_to_office = true")
        for flag in ("escalate_to_office", "office_reclassifies", "office_sorts"):
            if flags[flag] and "office" not in kinds:
                self.fail(f"workflow.{flag}", 'cần một đơn vị kind = "office"')
        return flags

    def categories(
        self, value: Any, units: dict[str, Unit], clocks: dict[str, Clock]
    ) -> tuple[Category, ...]:
        out = []
        for key, t in self.items(
            value,
            "categories",
            ("name", "topic", "default_unit"),
            ("handle", "emergency"),
            non_empty=True,
        ):
            default_unit = self.text(t["default_unit"], f"{key}.default_unit")
            if default_unit not in units:
                self.fail(f"{key}.default_unit", f"không có đơn vị mã {_show(default_unit)}")
            handle = self.clock(t["handle"], f"{key}.handle", "handle") if "handle" in t else None
            if handle is None and "handle" not in clocks:
                self.fail(f"{key}.handle", "thiếu thời hạn xử lý (không có clocks.handle chung)")
            out.append(
                Category(
                    t["code"],
                    self.text(t["name"], f"{key}.name"),
                    self.choice(t["topic"], f"{key}.topic", TOPICS, "chủ đề"),
                    default_unit,
                    handle,
                    self.flag(t.get("emergency", False), f"{key}.emergency"),
                )
            )
        return tuple(out)
