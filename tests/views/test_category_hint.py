"""The category suggestion: a pure function over the text and the profile's categories."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from console.profiles import list_profiles, load_profile
from console.views.category_hint import KEYWORDS, suggest_category


@dataclass(frozen=True)
class Cat:
    code: str
    name: str


def cats(key: str) -> list[Cat]:
    return [Cat(c.code, c.name) for c in load_profile(key).categories]


@pytest.mark.parametrize(
    ("key", "text", "code"),
    [
        ("tien-giang", "ổ gà trên đường", "ha_tang_giao_thong"),
        ("tien-giang", "O GA TREN DUONG", "ha_tang_giao_thong"),  # typed without marks
        ("tien-giang", "duong", "ha_tang_giao_thong"),  # "duong" matches "Đường"
        ("tien-giang", "Rác thải bốc mùi hôi thối ở chợ", "moi_truong"),
        ("tien-giang", "Mất điện cả khu phố từ sáng", "dien"),
        ("tien-giang", "Ngập nước sau mưa, cống thoát bị nghẹt", "cap_thoat_nuoc"),
        ("tien-giang", "Bán hàng giả, hàng nhái ở chợ", "buon_lau_hang_gia"),
        ("tien-giang", "Sạt lở bờ sông Tiền", "phong_chong_thien_tai"),
        ("tien-giang", "Đèn đường không sáng", "cay_xanh_chieu_sang"),
        ("thai-nguyen", "ổ gà trên đường", "ha_tang_do_thi"),
        ("thai-nguyen", "Lấn chiếm vỉa hè bán hàng", "trat_tu_do_thi"),
        ("thai-nguyen", "Cán bộ thái độ hách dịch", "thai_do_phuc_vu"),
        ("thai-nguyen", "tai nạn giao thông ở ngã tư", "giao_thong"),
        ("dak-lak", "ổ gà trên đường", "ha_tang_do_thi"),
        ("dak-lak", "Ngộ độc thực phẩm ở bếp ăn bán trú", "an_toan_thuc_pham"),
        ("lai-chau", "ổ gà trên đường", "atgt_antt"),
        ("lai-chau", "Xây nhà không phép lấn hành lang", "trat_tu_xay_dung"),
        ("lai-chau", "Ngộ độc sau khi ăn ở quán", "ve_sinh_attp"),
    ],
)
def test_suggests_the_category(key: str, text: str, code: str) -> None:
    assert suggest_category(text, cats(key)) == code


@pytest.mark.parametrize("text", ["", "   ", "Xin chào, cho tôi hỏi", "12345", "!!!"])
def test_nothing_to_go_on_gives_none(text: str) -> None:
    assert suggest_category(text, cats("tien-giang")) is None


def test_a_tie_gives_none_rather_than_a_guess() -> None:
    # "giao thông" is in two Tiền Giang names (public transport, road infrastructure)
    assert suggest_category("giao thông", cats("tien-giang")) is None
    # flooding (water) against a road: equal weight
    assert suggest_category("ngập đường", cats("tien-giang")) is None


def test_single_syllables_of_names_do_not_match() -> None:
    # "cả" (giá cả), "phố" (thành phố), "hàng" (hàng hóa) are everyday words
    assert suggest_category("mất điện cả khu phố", cats("lai-chau")) is None
    assert suggest_category("mất điện cả khu phố", cats("dak-lak")) is None


def test_names_match_by_word_pairs_when_no_keyword_does() -> None:
    fields = [Cat("a", "Văn hóa, du lịch"), Cat("b", "Quản lý, bảo vệ rừng")]
    assert suggest_category("bảo vệ khu rừng đầu nguồn", fields) == "b"
    assert suggest_category("BAO VE", fields) == "b"


def test_a_keyword_falls_back_to_its_next_target() -> None:
    # no "hạ tầng giao thông" nor "hạ tầng đô thị" here: the pothole goes to "giao thông"
    fields = [Cat("gt", "Giao thông"), Cat("mt", "Môi trường")]
    assert suggest_category("Ổ gà", fields) == "gt"


def test_any_object_with_code_and_name_will_do() -> None:
    assert suggest_category("rác", load_profile("thai-nguyen").categories) == "moi_truong"


def test_keywords_are_folded_and_no_profile_makes_it_raise() -> None:
    from console.search import fold

    assert all(k == fold(k) and k.strip() == k for k in KEYWORDS)
    for key in list_profiles():
        for keyword in KEYWORDS:  # never raises, whatever the profile
            suggest_category(keyword, cats(key))
