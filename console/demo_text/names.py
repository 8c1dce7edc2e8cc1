"""Citizens' names, phone numbers and e-mail addresses for demo reports.

Family names carry rough national frequencies; a few percent of people are Ê Đê, Thái or Mông
(Đắk Lắk, Lai Châu). Lists are expanded into weighted tuples at import so a draw is one
``rng.choice``.
"""

from __future__ import annotations

import random
import unicodedata

# (family name, weight in ‰): roughly the national distribution, Huỳnh/Võ mostly southern.
# fmt: off
_FAMILY = (
    ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 35), ("Huỳnh", 17),
    ("Phan", 45), ("Vũ", 22), ("Võ", 17), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13),
    ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đinh", 6), ("Trương", 6), ("Lâm", 4), ("Mai", 4),
    ("Đoàn", 4), ("Trịnh", 4), ("Lương", 3), ("Cao", 3), ("Hà", 3), ("Tạ", 2), ("Tô", 2),
    ("Châu", 2), ("Kiều", 1), ("Quách", 1), ("Thái", 1), ("Lại", 1), ("Nông", 2), ("Triệu", 1),
    ("Chu", 1), ("Khổng", 1), ("Lò", 1), ("Mạc", 1), ("Tăng", 1),
)

_MIDDLE_MALE = (
    ("Văn", 30), ("Hữu", 6), ("Đức", 8), ("Minh", 8), ("Quang", 6), ("Thanh", 5), ("Công", 5),
    ("Xuân", 4), ("Ngọc", 4), ("Duy", 4), ("Hoàng", 4), ("Trọng", 4), ("Quốc", 5), ("Tuấn", 3),
    ("Anh", 3), ("Gia", 3), ("Đình", 5), ("Bá", 2), ("Tiến", 2), ("Mạnh", 2), ("Thành", 3),
)
_MIDDLE_FEMALE = (
    ("Thị", 55), ("Ngọc", 8), ("Thanh", 6), ("Thu", 5), ("Minh", 4), ("Hồng", 4), ("Kim", 4),
    ("Mỹ", 3), ("Phương", 3), ("Bích", 2), ("Diệu", 2), ("Bảo", 2), ("Hoài", 2), ("Thùy", 3),
    ("Khánh", 2), ("Quỳnh", 2), ("Hải", 2), ("Tuyết", 1), ("Lan", 1),
)
# Women named "Thị …" often carry a second middle name: Nguyễn Thị Thu Hà.
_SECOND_FEMALE = ("Thu", "Thanh", "Ngọc", "Hồng", "Minh", "Kim", "Bích", "Thúy", "Phương", "Hải")

_GIVEN_MALE = (
    "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Hải", "Sơn", "Thắng", "Cường", "Hiếu",
    "Trung", "Phong", "Quân", "Khoa", "Huy", "Tài", "Lộc", "Phúc", "Bình", "Hòa", "Toàn",
    "Thành", "Tâm", "Đạt", "Vinh", "Khánh", "Tùng", "Kiên", "Lâm", "Hưng", "Nghĩa", "Thịnh",
    "Tín", "Hậu", "Nhân", "Quang", "Đức", "Hoàng", "Việt", "An", "Bảo", "Duy", "Hiển", "Lực",
    "Mạnh", "Nguyên", "Phát", "Sang", "Thái", "Thuận", "Trí", "Tú", "Vũ", "Chiến", "Dương",
    "Giang", "Hào", "Khải", "Luân", "Quý", "Tiến", "Trường", "Thanh", "Hợp", "Thủy",
)
_GIVEN_FEMALE = (
    "Hà", "Lan", "Hương", "Mai", "Linh", "Trang", "Hằng", "Thảo", "Ngọc", "Nhung", "Hạnh",
    "Huyền", "Yến", "Oanh", "Vân", "Phương", "Thủy", "Loan", "Nga", "Dung", "Thúy", "Hoa",
    "Hồng", "Tuyết", "Diệp", "Giang", "Anh", "Vy", "Nhi", "Trâm", "Uyên", "My", "Thư", "Quyên",
    "Xuân", "Hiền", "Duyên", "Ly", "Chi", "Ánh", "Liên", "Lệ", "Lý", "Hậu", "Thắm", "Thơm",
    "Sen", "Cúc", "Đào", "Bình", "Hòa", "Tâm", "Nhàn", "Quế", "Thoa", "Hiên", "Diễm", "Ngân",
    "Kiều", "Tuyền", "Thanh", "Khuyên", "Luyến",
)

# Ethnic-minority names, complete (given name + family name order as people write them).
_MINORITY_MALE = (
    "Y Khoa Byă", "Y Sơn Niê", "Y Bhin Mlô", "Y Thuyn Êban", "Y Tlam Knul", "Y Jơ Ayun",
    "Y Ngoan Hmok", "Y Biêr Niê", "Y Phic Adrơng",
    "Lò Văn Pọm", "Lò Văn Ún", "Tòng Văn Chăn", "Lường Văn Khăm", "Cầm Văn Sương",
    "Quàng Văn Pấn", "Vì Văn Hặc", "Điêu Chính Tương", "Lù Văn Thiêm",
    "Giàng A Sử", "Sùng A Páo", "Thào A Lử", "Vàng A Dế", "Lý A Chứ", "Mùa A Sinh",
    "Lầu A Già", "Hờ A Tủa", "Sình A Phổng",
)
_MINORITY_FEMALE = (
    "H'Hen Niê", "H'Linh Êban", "H'Nhi Ayun", "H'Xíu Byă", "H'Bia Mlô", "H'Duyên Knul",
    "H'Loan Niê", "H'Yim Hmok",
    "Tòng Thị Xuân", "Lò Thị Ón", "Lường Thị Ính", "Cầm Thị Phượng", "Quàng Thị Hom",
    "Vì Thị Pâng", "Tao Thị Lả",
    "Giàng Thị Mai", "Vàng Thị Dua", "Lầu Thị Pà", "Sùng Thị Súa", "Thào Thị Mỷ",
    "Mùa Thị Chò",
)
# fmt: on
_MINORITY_SHARE = 0.04
_GIVEN_FIRST = ("Y ", "H'")


def _expand(pairs: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    return tuple(name for name, weight in pairs for _ in range(weight))


_FAMILY_POOL = _expand(_FAMILY)
_MIDDLE_MALE_POOL = _expand(_MIDDLE_MALE)
_MIDDLE_FEMALE_POOL = _expand(_MIDDLE_FEMALE)


def person_name(rng: random.Random) -> tuple[str, str]:
    """A citizen's full name and the matching honorific ("Ông" or "Bà")."""
    female = rng.random() < 0.5
    if rng.random() < _MINORITY_SHARE:
        if female:
            return rng.choice(_MINORITY_FEMALE), "Bà"
        return rng.choice(_MINORITY_MALE), "Ông"
    family = rng.choice(_FAMILY_POOL)
    if female:
        middle = rng.choice(_MIDDLE_FEMALE_POOL)
        given = rng.choice(_GIVEN_FEMALE)
        if middle == "Thị" and rng.random() < 0.3:
            second = rng.choice(_SECOND_FEMALE)
            if second != given:
                middle = "Thị " + second
        elif middle == given:
            middle = "Thị"
        return family + " " + middle + " " + given, "Bà"
    middle = rng.choice(_MIDDLE_MALE_POOL)
    given = rng.choice(_GIVEN_MALE)
    if middle == given:
        middle = "Văn"
    return family + " " + middle + " " + given, "Ông"


# Mobile prefixes by carrier, weighted by market share (Viettel, VinaPhone, MobiFone, others).
# fmt: off
_PREFIXES = (
    ("086 096 097 098 032 033 034 035 036 037 038 039", 50),
    ("088 091 094 081 082 083 084 085", 26),
    ("090 093 070 076 077 078 079", 19),
    ("092 056 058 059 087", 5),
)
# fmt: on
_PREFIX_POOL = tuple(p for group, weight in _PREFIXES for p in group.split() for _ in range(weight))


def phone_number(rng: random.Random) -> str:
    """A valid-looking Vietnamese mobile number: 10 digits, real carrier prefix."""
    return rng.choice(_PREFIX_POOL) + str(rng.randrange(10_000_000)).zfill(7)


def _ascii_table() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "d", ord("Đ"): "D"}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii():
            table[cp] = base
    return table


_ASCII = _ascii_table()
_DROP = str.maketrans({"'": None, "’": None, "-": None})


def ascii_fold(text: str) -> str:
    """Vietnamese text without diacritics: "Đặng Thị Thủy" -> "Dang Thi Thuy"."""
    return text.translate(_ASCII)


# fmt: off
_DOMAINS = ("gmail.com",) * 14 + (
    "yahoo.com", "yahoo.com.vn", "outlook.com", "hotmail.com", "icloud.com",
)
# fmt: on
_EMAIL_SHARE = 0.4


def email_for(rng: random.Random, full_name: str) -> str | None:
    """About 40% of citizens leave an e-mail address, built from their name (ASCII only)."""
    if rng.random() >= _EMAIL_SHARE:
        return None
    parts = ascii_fold(full_name).translate(_DROP).lower().split()
    if not parts:
        return None
    if full_name.startswith(_GIVEN_FIRST):  # Ê Đê: "Y Khoa Byă" -> family name last
        parts = parts[-1:] + parts[:-1]
    family, given = parts[0], parts[-1]
    tail = "".join(parts[-2:] if len(parts) > 2 else parts[1:] or parts)  # "thuha"
    style = rng.randrange(6)
    year = str(rng.randrange(60, 106) % 100).zfill(2)
    if style == 0:  # thuha.nguyen87
        local = tail + "." + family + year
    elif style == 1:  # nguyenthithuha
        local = "".join(parts)
    elif style == 2:  # hant1990 (given name + initials + full year)
        initials = "".join(p[0] for p in parts[:-1])
        local = given + initials + ("19" if year >= "60" else "20") + year
    elif style == 3:  # nguyen.thuha
        local = family + "." + tail
    elif style == 4:  # ha_127
        local = given + "_" + str(rng.randrange(1, 999))
    else:  # ntha87
        local = "".join(p[0] for p in parts[:-1]) + given + year
    return local + "@" + rng.choice(_DOMAINS)
