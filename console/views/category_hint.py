"""Suggest a category while the operator types the title and the description.

Pure logic, no Qt: words are folded with ``console.search.fold`` so "duong" matches "Đường". A
category scores when
- a keyword of the table below is in the text and the category's name carries one of the
  keyword's targets (the first target any category carries wins: the table is written once for
  all four profiles, whose categories are named differently);
- two words in a row of its name are in the text ("giao thông", "thực phẩm"): single
  syllables are not compared, they are too ambiguous ("cả", "phố", "hàng").
The best score wins; a tie or nothing gives None — no suggestion rather than a wrong one.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from console.search import fold

_WORD = re.compile(r"[0-9a-z]+")

# Name words that say nothing about the field ("Lĩnh vực khác", "Những kiến nghị khác"); few,
# because folding merges words ("ve" is both "về" and "vệ" as in "bảo vệ", "vệ sinh").
_STOP = frozenset({"linh", "vuc", "khac", "nhung", "cac", "kien", "nghi"})
_STOP_PAIRS = frozenset({"su co"})  # "sự cố": of anything
_SINGLE, _PHRASE = 2, 3  # a keyword of one word weighs less than a phrase

_ROAD = ("ha tang giao thong", "ha tang do thi", "giao thong")
_WATER = ("cap thoat nuoc", "thoat nuoc", "cap nuoc", "ha tang do thi")
_LIGHT = ("chieu sang", "cay xanh", "ha tang do thi")
_FOOD = ("thuc pham",)
_SECURITY = ("an ninh",)
_BUILD = ("trat tu xay dung", "xay dung")
_STREET = ("trat tu do thi",)
_MARKET = ("buon lau", "hang gia", "gia ca", "hang hoa")
_ATTITUDE = ("thai do", "phien ha", "cong vu")
_PAPERS = ("thu tuc hanh chinh", "quy dinh hanh chinh", "dich vu cong")
_ENV = ("moi truong",)

# keyword (folded) -> where it belongs, best first
KEYWORDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (
            "duong",
            "o ga",
            "o voi",
            "sut lun",
            "lun nut",
            "nut duong",
            "mat duong",
            "hu hong",
            "gay cau",
            "den tin hieu",
            "den giao thong",
            "ho ga",
        ),
        _ROAD,
    ),
    **dict.fromkeys(
        ("tai nan", "un tac", "ket xe", "qua tai", "dua xe", "lang lach"),
        ("an toan giao thong", "giao thong"),
    ),
    **dict.fromkeys(
        ("xe buyt", "ben xe", "ben pha", "do ngang"), ("giao thong cong cong", "giao thong")
    ),
    **dict.fromkeys(
        (
            "mat nuoc",
            "cup nuoc",
            "nuoc sach",
            "vo ong",
            "ong nuoc",
            "ngap",
            "nap cong",
            "cong thoat",
            "nuoc duc",
        ),
        _WATER,
    ),
    **dict.fromkeys(
        ("den duong", "den chieu sang", "cay nga", "cay do", "gay canh", "cay xanh"), _LIGHT
    ),
    **dict.fromkeys(
        ("mat dien", "cup dien", "day dien", "cot dien", "chap dien", "dien ap"), ("dien",)
    ),
    **dict.fromkeys(
        (
            "rac",
            "rac thai",
            "o nhiem",
            "boc mui",
            "hoi thoi",
            "khoi bui",
            "nuoc thai",
            "xa thai",
            "tieng on",
            "xac dong vat",
        ),
        _ENV,
    ),
    **dict.fromkeys(
        ("lan chiem", "via he", "long duong", "hang rong", "quang cao", "dau xe"), _STREET
    ),
    **dict.fromkeys(("xay dung trai phep", "xay nha", "khong phep", "sai phep", "coi noi"), _BUILD),
    **dict.fromkeys(
        ("tranh chap dat", "lan dat", "so do", "quyen su dung dat"), ("dat dai", "dat dai xay dung")
    ),
    **dict.fromkeys(
        ("trom", "cuop", "danh nhau", "gay roi", "ma tuy", "co bac", "tu tap"), _SECURITY
    ),
    **dict.fromkeys(
        ("ngo doc", "quan an", "hang an", "thuc an", "ban tru", "het han su dung"), _FOOD
    ),
    **dict.fromkeys(
        ("hang gia", "hang nhai", "buon lau", "tang gia", "gian lan", "can thieu"), _MARKET
    ),
    **dict.fromkeys(("thai do", "hach dich", "nhung nhieu", "gay kho", "cau tra"), _ATTITUDE),
    **dict.fromkeys(("ho so", "thu tuc", "giay to", "mot cua", "dich vu cong"), _PAPERS),
    **dict.fromkeys(("truong hoc", "hoc sinh", "giao vien", "hoc phi"), ("giao duc",)),
    **dict.fromkeys(("benh vien", "tram y te", "kham benh", "bac si"), ("y te",)),
    **dict.fromkeys(("dich benh", "sot xuat huyet", "tay chan mieng"), ("dich benh", "y te")),
    **dict.fromkeys(
        ("sat lo", "trieu cuong", "xam nhap man", "lu lut"), ("thien tai", "moi truong")
    ),
    **dict.fromkeys(
        ("song dien thoai", "mat song", "internet", "cap quang"),
        ("vien thong", "tien ich thong minh"),
    ),
    **dict.fromkeys(("wifi", "camera"), ("tien ich thong minh",)),
    **dict.fromkeys(("tre em", "bao hanh tre", "xam hai tre"), ("tre em",)),
    **dict.fromkeys(("rung", "chat pha rung", "chay rung", "khai thac go"), ("rung", "moi truong")),
    **dict.fromkeys(("du lich", "le hoi", "karaoke"), ("du lich", "van hoa")),
    **dict.fromkeys(("bhyt", "bhxh", "bao hiem"), ("bao hiem",)),
    **dict.fromkeys(("ho ngheo", "tro cap", "nguoi co cong"), ("an sinh",)),
}


class Named(Protocol):
    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...


def _padded(text: str) -> str:
    return " " + " ".join(_WORD.findall(fold(text))) + " "


def _pairs(words: Sequence[str]) -> set[str]:
    return {f"{a} {b}" for a, b in itertools.pairwise(words)}


@functools.lru_cache(maxsize=8)
def _index(
    names: tuple[tuple[str, str], ...],
) -> tuple[dict[str, str], dict[str, set[str]], dict[str, int]]:
    """Per category its folded name (padded) and word pairs; how many names carry each pair."""
    padded = {code: _padded(name) for code, name in names}
    pairs: dict[str, set[str]] = {}
    for code, name in names:
        parts = [_WORD.findall(p) for p in re.split(r"[,;()]", fold(name))]
        pairs[code] = {
            p
            for part in parts
            for p in _pairs(part)
            if p not in _STOP_PAIRS and not _STOP.intersection(p.split())
        }
    owners: dict[str, int] = {}
    for ps in pairs.values():
        for p in ps:
            owners[p] = owners.get(p, 0) + 1
    return padded, pairs, owners


def _keyword_scores(text: str, padded: dict[str, str]) -> dict[str, int]:
    scores: dict[str, int] = {}
    for keyword, targets in KEYWORDS.items():
        if f" {keyword} " not in text:
            continue
        for target in targets:
            hits = [code for code, name in padded.items() if f" {target} " in name]
            if hits:
                weight = _PHRASE if " " in keyword else _SINGLE
                for code in hits:
                    scores[code] = scores.get(code, 0) + weight
                break
    return scores


def suggest_category(text: str, categories: Iterable[Named]) -> str | None:
    """The code of the category the text most likely belongs to, or None."""
    folded = _padded(text)
    if not folded.strip():
        return None
    padded, pairs, owners = _index(tuple((c.code, c.name) for c in categories))
    text_pairs = _pairs(folded.split())
    scores = _keyword_scores(folded, padded)
    for code in padded:
        score = sum(2 if owners[p] == 1 else 1 for p in pairs[code] & text_pairs)
        if score:
            scores[code] = scores.get(code, 0) + score
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
