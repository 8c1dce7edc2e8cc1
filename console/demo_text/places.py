"""Street addresses and landmarks inside a unit's area ("Số 45 đường Lương Ngọc Quyến, Phường …").

The area name (as a profile writes it) picks a region, so Tiền Giang gets "ấp" and "hẻm",
Đắk Lắk "buôn", Lai Châu "bản" and the northern midlands "xóm" and "ngõ". The choice is cached
per area; building an address is then a handful of draws and one concatenation.
"""

from __future__ import annotations

import random

# Street names found in almost every Vietnamese town.
# fmt: off
_COMMON_STREETS = (
    "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hùng Vương", "Lý Thường Kiệt", "Quang Trung",
    "Nguyễn Huệ", "Lê Duẩn", "Phan Đình Phùng", "Hoàng Văn Thụ", "Trần Phú", "Hai Bà Trưng",
    "Lê Thánh Tông", "Nguyễn Du", "Phan Bội Châu", "Phan Chu Trinh", "Nguyễn Thị Minh Khai",
    "Võ Thị Sáu", "Điện Biên Phủ", "Ngô Quyền", "Bà Triệu", "Nguyễn Văn Cừ", "Lê Hồng Phong",
    "Trường Chinh", "Tôn Đức Thắng", "Lý Tự Trọng", "Nguyễn Chí Thanh", "Đinh Tiên Hoàng",
    "Nguyễn Tất Thành", "Võ Nguyên Giáp", "Phạm Văn Đồng", "Lê Quý Đôn", "Chu Văn An",
    "Nguyễn Bỉnh Khiêm", "Trần Quốc Toản", "Lý Thái Tổ", "Hoàng Hoa Thám", "Nguyễn Đình Chiểu",
)
# (streets, highways, village words, lane word, neighbourhood word, village names)
_REGIONS: dict[
    str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str, str, tuple[str, ...]]
] = {
    "north": (
        ("Lương Ngọc Quyến", "Bến Oánh", "Minh Cầu", "Túc Duyên", "Phủ Liễn", "Bắc Kạn",
         "Cách Mạng Tháng Tám", "Đội Cấn", "Lưu Nhân Chú", "Thống Nhất", "Z115", "Dương Tự Minh"),
        ("Quốc lộ 3", "Quốc lộ 37", "Quốc lộ 1B", "Quốc lộ 17", "Đường tỉnh 261"),
        ("xóm", "thôn"), "ngõ", "tổ dân phố",
        ("Đồng Tâm", "Tân Lập", "Làng Chài", "Cây Thị", "Đồng Bẩm", "Khuôn Ngàn", "Na Mao",
         "Đồng Kem", "Tân Thành", "Gò Chè", "Làng Đông", "Cầu Muối"),
    ),
    "highland": (
        ("Y Jút", "Y Ngông", "Mai Hắc Đế", "Y Wang", "Ama Khê", "Nơ Trang Lơng", "Giải Phóng",
         "Lê Thị Hồng Gấm", "Nguyễn Văn Trỗi", "Ybih Alêô", "Hà Huy Tập", "Mạc Thị Bưởi"),
        ("Quốc lộ 14", "Quốc lộ 26", "Quốc lộ 27", "Quốc lộ 29", "Đường tỉnh 8"),
        ("buôn", "thôn"), "hẻm", "tổ dân phố",
        ("Ko Tam", "Alê A", "Kmrơng Prông", "Ea Tam", "Akô Dhông", "Cư Êbur", "Tơng Jú",
         "Ea Kmar", "Drai", "Kram"),
    ),
    "south": (
        ("Ấp Bắc", "Nam Kỳ Khởi Nghĩa", "Lê Văn Phẩm", "Học Lạc", "Thủ Khoa Huân", "Trưng Trắc",
         "Nguyễn An Ninh", "Rạch Gầm", "Lê Thị Hồng Gấm", "Đinh Bộ Lĩnh", "Trương Định",
         "Nguyễn Văn Giác", "Phan Hiến Đạo", "Lý Tường Quang"),
        ("Quốc lộ 1", "Quốc lộ 50", "Quốc lộ 60", "Quốc lộ 30", "Đường tỉnh 864", "Đường tỉnh 870"),
        ("ấp",), "hẻm", "khu phố",
        ("Tân Thuận", "Bình Phong", "Mỹ Lương", "Long Hòa", "Hậu Thạnh", "Phú Hưng", "Tân Hòa",
         "Thạnh Lợi", "Bình Ninh", "An Thạnh", "Mỹ Thiện", "Phước Trung"),
    ),
    "mountain": (
        ("Trần Hưng Đạo", "Lê Duẩn", "Võ Nguyên Giáp", "Nguyễn Chí Thanh", "Điện Biên Phủ",
         "Trần Phú", "Lê Lợi", "Nguyễn Hữu Thọ", "Ngô Quyền", "Hoàng Văn Thái"),
        ("Quốc lộ 4D", "Quốc lộ 32", "Quốc lộ 12", "Quốc lộ 279", "Đường tỉnh 127"),
        ("bản",), "ngõ", "tổ dân phố",
        ("Hon", "Sùng Phài", "Cư Nhà La", "Nà Bỏ", "Lùng Thàng", "San Thàng", "Nậm Loỏng",
         "Gia Khâu", "Tả Sin Thàng", "Nà Nhạn"),
    ),
}
# Words in an area name that give its region away; checked in order.
_HINTS = (
    ("highland", ("Buôn", "Krông", "Cư M", "Ea ", "Đắk", "Tân Lợi", "Hòa Thắng", "An Lạc",
                  "Đạt Hiếu", "Phước An", "Quảng Phú", "Tân An")),
    ("mountain", ("Lai Châu", "Tân Phong", "Đoàn Kết", "Quyết Thắng", "Quyết Tiến", "Đông Phong",
                  "San Thàng", "Sùng Phài", "Tam Đường", "Sìn Hồ", "Mường")),
    ("south", ("Mỹ Tho", "Gò Công", "Cai Lậy", "Châu Thành", "Chợ Gạo", "Cái Bè", "Tân Phước",
               "Tân Phú Đông", "Tân Long", "Trung An", "Nhị Mỹ", "Tân Hiệp", "Tiền Giang",
               "Phường 1", "Phường 2", "Phường 3", "Phường 4", "Phường 5",
               "Phường 6", "Phường 7", "Phường 8", "Phường 9")),
)
_URBAN = ("Phường", "Thị trấn", "Thành phố", "Thị xã", "Quận")

_LANDMARKS = (
    "Trước cổng Trường Tiểu học {v}", "Trước cổng Trường THCS {v}", "Khu vực chợ {v}",
    "Gần Trạm Y tế {v}", "Khu vực cầu {v}", "Gần nhà văn hóa {w} {v}",
    "Gần Trường Mầm non {v}", "Khu vực đầu {w} {v}",
)
# fmt: on
_HAMLET_NUMBERS = tuple(str(i) for i in range(1, 16))
_NUMBERED = ("thôn", "xóm", "ấp")  # buôn and bản go by name


def _region(area: str) -> str:
    for region, hints in _HINTS:
        if any(h in area for h in hints):
            return region
    return "north"


# Per area: (streets, highways, village words, lane word, quarter word, village names, urban)
_Strs = tuple[str, ...]
_Profile = tuple[_Strs, _Strs, _Strs, str, str, _Strs, bool]
_CACHE: dict[str, _Profile] = {}


def _profile(area: str) -> _Profile:
    prof = _CACHE.get(area)
    if prof is None:
        streets, roads, villages, lane, quarter, hamlets = _REGIONS[_region(area)]
        prof = (
            tuple(dict.fromkeys(streets + _COMMON_STREETS)),
            roads,
            villages,
            lane.capitalize(),
            quarter.capitalize(),
            hamlets,
            area.startswith(_URBAN),
        )
        _CACHE[area] = prof
    return prof


def home_address(rng: random.Random, area: str) -> str:
    """A reporter's home address inside ``area`` (Đắk Lắk Bước 1.1.c, Tiền Giang Điều 5.1.c
    ask for it): a house on a street in town, a hamlet in the countryside."""
    streets, _roads, villages, _lane, _quarter, hamlets, urban = _profile(area)
    if urban or not hamlets:
        return f"Số {rng.randrange(1, 480)} đường {rng.choice(streets)}, {area}"
    return f"{rng.choice(villages).capitalize()} {rng.choice(hamlets)}, {area}"


def street_place(rng: random.Random, area: str) -> str:
    """An address or landmark inside ``area``, ending with ", " + area."""
    streets, roads, villages, lane, quarter, hamlets, urban = _profile(area)
    kind = rng.random()
    if not urban:  # a district or commune: villages, highways and landmarks, few house numbers
        kind = 0.2 + kind * 0.8 if kind < 0.75 else 0.55 + kind * 0.45
    if kind < 0.34:
        where = "Số " + str(rng.randrange(1, 480)) + " đường " + rng.choice(streets)
    elif kind < 0.45:
        where = lane + " " + str(rng.randrange(2, 260)) + " đường " + rng.choice(streets)
    elif kind < 0.55:
        a = rng.choice(streets)
        b = rng.choice(streets)
        if a == b:
            return "Đường " + a + ", " + area
        where = ("Ngã tư " if rng.random() < 0.6 else "Ngã ba ") + a + " – " + b
    elif kind < 0.65 and urban:
        where = quarter + " " + rng.choice(_HAMLET_NUMBERS)
    elif kind < 0.8:
        word = rng.choice(villages)
        if word in _NUMBERED and rng.random() < 0.4:
            where = word.capitalize() + " " + rng.choice(_HAMLET_NUMBERS)
        else:
            where = word.capitalize() + " " + rng.choice(hamlets)
    elif kind < 0.9:
        where = (
            "Km "
            + str(rng.randrange(2, 120))
            + "+"
            + str(rng.randrange(0, 10) * 100)
            + " "
            + rng.choice(roads)
        )
    else:
        where = rng.choice(_LANDMARKS).format(v=rng.choice(hamlets), w=rng.choice(villages))
    return where + ", " + area
