"""Fast composition of report titles and descriptions from the per-topic templates.

The templates live in ``reports_a.py`` … ``reports_g.py`` as plain text in a small line
format, parsed once at import into tuples of bound ``str.format_map`` methods; a call is then a
dozen ``random()`` draws, one dict and a few ``format_map`` calls (well above 50,000 reports a
second).

Line format of a ``reports_*`` TEXT block::

    @topic [nosuffix]     start a topic ("nosuffix": never append " tại <area>" to titles)
    r sentence            the agency's finding/action sentence for this topic (result_text)
    p sentence            a progress note specific to this topic (progress_note)
    = label               start a situation (the label is only for readers)
    t title | title       title templates (no {place})
    o sentence | …        opening sentences, each with {place}
    m sentence | …        further sentences (0–2 are added)
    a sentence | …        closing requests (before the first "=": for the whole topic;
                          else the shared ASKS)
    s name: value | …     slot values for {name} (before the first "=": for the whole topic)
    + text                continues the previous item ("+ | a | b": more items)

Slots available everywhere: {place}, {time} (a moment: "tối qua") and {since} (a duration:
"nhiều ngày nay"). Values are inserted mid-sentence, so they are written in lower case.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Iterator
from typing import Any

from console.demo_text import (
    reports_a,
    reports_b,
    reports_c,
    reports_d,
    reports_e,
    reports_f,
    reports_g,
)

# fmt: off
TOPICS: tuple[str, ...] = (
    "giao_thong", "an_ninh_trat_tu", "ha_tang_do_thi", "trat_tu_do_thi", "moi_truong",
    "hanh_chinh", "cong_vu", "doanh_nghiep", "an_toan_thuc_pham", "dat_dai_xay_dung",
    "hang_hoa_gia_ca", "bao_chi", "hien_ke", "tre_em", "van_hoa_du_lich", "thai_do_phuc_vu",
    "y_te_giao_duc", "dien_nuoc", "khac",
)
# fmt: on
FALLBACK = "khac"
TITLE_MAX = 120

TIMES = (
    "sáng nay",
    "chiều nay",
    "tối qua",
    "đêm qua",
    "sáng hôm qua",
    "chiều hôm qua",
    "khoảng 7 giờ sáng nay",
    "khoảng 17 giờ chiều qua",
    "khoảng 22 giờ tối qua",
    "khoảng 23 giờ 30 đêm qua",
    "sáng sớm nay",
    "trưa nay",
    "tối hôm kia",
    "sáng thứ Hai vừa qua",
    "chiều chủ nhật vừa qua",
    "khoảng 6 giờ 30 sáng nay",
    "khoảng 20 giờ tối qua",
)
SINCES = (
    "nhiều ngày nay",
    "hơn một tuần nay",
    "từ đầu tháng đến nay",
    "gần một tháng nay",
    "đã lâu",
    "mấy hôm nay",
    "khoảng hai tuần nay",
    "từ đầu năm đến nay",
    "suốt thời gian dài",
    "từ sau đợt mưa lớn vừa qua",
    "gần hai tháng nay",
    "cả tuần nay",
    "nhiều tháng nay",
)
# Closing requests shared by all situations that bring none of their own.
ASKS = (
    "Đề nghị cơ quan chức năng sớm kiểm tra, xử lý.",
    "Kính đề nghị chính quyền địa phương quan tâm giải quyết.",
    "Mong các cơ quan có thẩm quyền sớm vào cuộc xử lý dứt điểm.",
    "Đề nghị các đơn vị liên quan kiểm tra, có biện pháp khắc phục kịp thời.",
    "Rất mong được quan tâm xem xét, giải quyết sớm.",
    "Đề nghị kiểm tra, xử lý nghiêm để đảm bảo quyền lợi của người dân.",
    "Người dân rất bức xúc, đề nghị cơ quan chức năng sớm xử lý.",
    "Kính mong lãnh đạo địa phương quan tâm chỉ đạo giải quyết.",
)

_Fmt = Callable[[dict[str, str]], str]
# (titles, openers, more sentences, asks, slots as (name, values), may append " tại <area>")
# fmt: off
_Situation = tuple[
    tuple[_Fmt, ...], tuple[_Fmt, ...], tuple[_Fmt, ...], tuple[_Fmt, ...],
    tuple[tuple[str, tuple[str, ...]], ...], bool,
]

# fmt: on
_GLOBAL_SLOTS = {"place": ("",), "time": TIMES, "since": SINCES}
_FORMATTER = string.Formatter()


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in _FORMATTER.parse(template) if name is not None]


class _Parser:
    """Reads the line format of the reports_* modules (at import time only)."""

    def __init__(self) -> None:
        self.situations: dict[str, list[dict[str, Any]]] = {}  # label, slots, lists
        self.results: dict[str, list[str]] = {}
        self.progress: dict[str, list[str]] = {}
        self.suffix: dict[str, bool] = {}
        self.shared: dict[str, dict[str, list[str]]] = {}  # topic-level slots
        self.asks: dict[str, list[str]] = {}  # topic-level closing requests
        self.topic = ""
        self.last: list[str] | None = None

    def feed(self, text: str, source: str) -> None:
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            if not line:
                continue
            where = f"{source}:{number}"
            key, _, rest = line.partition(" ")
            if key.startswith("@"):
                self.topic = key[1:]
                if self.topic not in TOPICS or self.topic in self.situations:
                    raise ValueError(f"{where}: unknown or repeated topic {self.topic!r}")
                self.situations[self.topic] = []
                self.results[self.topic] = []
                self.progress[self.topic] = []
                self.suffix[self.topic] = rest != "nosuffix"
                self.shared[self.topic] = {}
                self.asks[self.topic] = []
                self.last = None
            elif key == "=":
                self.situations[self.topic].append({"label": rest, "slots": {}})
                self.last = None
            elif key in ("r", "p"):
                target = (self.results if key == "r" else self.progress)[self.topic]
                target.append(rest)
                self.last = target
            elif key in ("t", "o", "m", "a"):
                situations = self.situations[self.topic]
                if key == "a" and not situations:
                    items = self.asks[self.topic]
                else:
                    items = situations[-1].setdefault(key, [])
                items.extend(part.strip() for part in rest.split(" | "))
                self.last = items
            elif key == "s":
                name, _, values = rest.partition(":")
                items = [v.strip() for v in values.split(" | ")]
                situations = self.situations[self.topic]
                slots: dict[str, list[str]] = (
                    situations[-1]["slots"] if situations else self.shared[self.topic]
                )
                slots[name.strip()] = items
                self.last = items
            elif key == "+" and self.last is not None:
                if rest.startswith("| "):  # more items for the list above
                    self.last.extend(part.strip() for part in rest[2:].split(" | "))
                else:  # the last item goes on
                    self.last[-1] = self.last[-1] + " " + rest
            else:
                raise ValueError(f"{where}: cannot read {line[:40]!r}")


def _compile(
    topic: str, raw: dict[str, Any], shared: dict[str, list[str]], asks: list[str], suffix: bool
) -> _Situation:
    label = f"{topic}/{raw['label']}"
    slots: dict[str, list[str]] = {**shared, **raw["slots"]}
    if "a" not in raw:
        raw = {**raw, "a": asks or list(ASKS)}
    known = {**_GLOBAL_SLOTS, **slots}
    for key in ("t", "o"):
        if not raw.get(key):
            raise ValueError(f"{label}: no '{key}' lines")
    for key in ("t", "o", "m", "a"):
        for template in raw.get(key, ()):
            for name in _fields(template):
                if name not in known:
                    raise ValueError(f"{label}: unknown slot {{{name}}} in {template!r}")
    for template in raw["o"]:
        if "{place}" not in template:
            raise ValueError(f"{label}: opener without {{place}}: {template!r}")
    for key in ("o", "m", "a"):
        for template in raw.get(key, ()):
            if not template.endswith((".", "?", "!")) or ". " in template:
                raise ValueError(f"{label}: not one sentence: {template!r}")
    for template in raw["t"]:
        names = _fields(template)
        if "place" in names:
            raise ValueError(f"{label}: title with {{place}}: {template!r}")
        longest = len(template) + sum(max(map(len, known[n])) - len(n) - 2 for n in names)
        if longest > TITLE_MAX:
            raise ValueError(f"{label}: title may reach {longest} characters: {template!r}")
    used = {n for key in ("t", "o", "m", "a") for t in raw.get(key, ()) for n in _fields(t)}
    return (
        tuple(t.format_map for t in raw["t"]),
        tuple(t.format_map for t in raw["o"]),
        tuple(t.format_map for t in raw.get("m", ())),
        tuple(t.format_map for t in raw["a"]),
        tuple((n, tuple(v)) for n, v in slots.items() if n in used),
        suffix,
    )


_PARSER = _Parser()
_MODULES = (reports_a, reports_b, reports_c, reports_d, reports_e, reports_f, reports_g)
for _module in _MODULES:
    _PARSER.feed(_module.TEXT, _module.__name__)

SITUATIONS: dict[str, tuple[_Situation, ...]] = {
    topic: tuple(
        _compile(topic, raw, _PARSER.shared[topic], _PARSER.asks[topic], _PARSER.suffix[topic])
        for raw in raws
    )
    for topic, raws in _PARSER.situations.items()
}
TOPIC_RESULTS: dict[str, tuple[str, ...]] = {t: tuple(v) for t, v in _PARSER.results.items()}
TOPIC_PROGRESS: dict[str, tuple[str, ...]] = {t: tuple(v) for t, v in _PARSER.progress.items()}


def compose_report(rng: random.Random, topic: str, place: str) -> tuple[str, str]:
    """A report's title (≤ 120 characters) and description (1–4 sentences naming ``place``)."""
    rand = rng.random
    situations = SITUATIONS.get(topic) or SITUATIONS[FALLBACK]
    titles, opens, mores, asks, slots, suffix = situations[int(rand() * len(situations))]
    values = {name: options[int(rand() * len(options))] for name, options in slots}
    values["place"] = place
    values["time"] = TIMES[int(rand() * len(TIMES))]
    values["since"] = SINCES[int(rand() * len(SINCES))]

    title = titles[int(rand() * len(titles))](values)
    if suffix and rand() < 0.35:
        area = place.rpartition(", ")[2]
        if len(title) + len(area) + 5 <= TITLE_MAX and " tại " not in title:
            title = title + " tại " + area

    text = opens[int(rand() * len(opens))](values)
    n = len(mores)
    if n:
        roll = rand()
        if roll >= 0.2:
            first = int(rand() * n)
            text = text + " " + mores[first](values)
            if roll >= 0.7 and n > 1:
                second = (first + 1 + int(rand() * (n - 1))) % n
                text = text + " " + mores[second](values)
    if rand() < 0.6:
        text = text + " " + asks[int(rand() * len(asks))](values)
    return title, text


def corpus_strings() -> Iterator[str]:
    """Every template and slot value of the report corpus (for spelling and NFC checks)."""
    yield from TIMES
    yield from SINCES
    yield from ASKS
    for raws in _PARSER.situations.values():
        for raw in raws:
            for key in ("t", "o", "m", "a"):
                yield from raw.get(key, ())
            for values in raw["slots"].values():
                yield from values
    for asks in _PARSER.asks.values():
        yield from asks
    for slots in _PARSER.shared.values():
        for values in slots.values():
            yield from values
    for lines in (*_PARSER.results.values(), *_PARSER.progress.values()):
        yield from lines
