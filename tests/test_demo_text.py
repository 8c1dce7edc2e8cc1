"""Demo text corpus: deterministic, well-formed Vietnamese, valid contact data."""

from __future__ import annotations

import random
import re
import unicodedata

import phonenumbers
import pytest

from console import demo_text as txt
from console.demo_text import compose
from console.profiles import TOPICS as PROFILE_TOPICS

AREAS = (
    "Phường Hoàng Văn Thụ",
    "Huyện Đại Từ",
    "Phường 4",
    "Huyện Cái Bè",
    "Xã San Thàng",
    "Thành phố Buôn Ma Thuột",
    "Huyện Cư M'gar",
    "Thị trấn Chợ Chu",
)
PLACE = "Số 45 đường Lương Ngọc Quyến, Phường Hoàng Văn Thụ"
PHONE = re.compile(r"^0(3[2-9]|5[689]|7[06-9]|8[1-8]|9[0-8])\d{7}$")
EMAIL = re.compile(r"^[a-z0-9][a-z0-9._]*@[a-z0-9.-]+\.[a-z]{2,}$")
# New-style tone marks on open "oa", "oe", "uy" ("hoà", "khoẻ", "thuỷ"); the corpus uses the
# traditional placement ("hòa", "khỏe", "thủy") throughout. "quý", "quỹ" are fine either way.
_VOWELS = "a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
NEW_STYLE = re.compile(rf"(?<![q])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![{_VOWELS}])", re.IGNORECASE)


def _clean(text: str) -> None:
    assert text, "empty text"
    assert unicodedata.normalize("NFC", text) == text, f"not NFC: {text!r}"
    assert "  " not in text, f"doubled space: {text!r}"
    assert text == text.strip(), f"stray spaces: {text!r}"
    assert not NEW_STYLE.search(text), f"new-style tone mark: {text!r}"


def _sentences(text: str) -> int:
    assert text.endswith((".", "!", "?")), text
    return text.count(". ") + text.count("! ") + text.count("? ") + 1


def test_topics_match_profiles() -> None:
    assert txt.TOPICS == PROFILE_TOPICS
    assert set(compose.SITUATIONS) == set(txt.TOPICS)


@pytest.mark.parametrize("topic", txt.TOPICS)
def test_every_topic_composes(topic: str) -> None:
    assert len(compose.SITUATIONS[topic]) >= 6
    assert compose.TOPIC_RESULTS[topic] and compose.TOPIC_PROGRESS[topic]
    rng = random.Random(topic)
    for i in range(400):
        place = txt.street_place(rng, AREAS[i % len(AREAS)])
        title, description = txt.compose_report(rng, topic, place)
        assert 0 < len(title) <= 120
        assert place in description
        assert 1 <= _sentences(description.replace(place, "X")) <= 4
        assert "{" not in title + description
        _clean(title)
        _clean(description)


def test_deterministic() -> None:
    def run(seed: int) -> list:
        rng = random.Random(seed)
        out = []
        for topic in txt.TOPICS:
            place = txt.street_place(rng, "Phường Tân Lợi")
            name, honorific = txt.person_name(rng)
            out += [
                place,
                txt.compose_report(rng, topic, place),
                name,
                honorific,
                txt.phone_number(rng),
                txt.email_for(rng, name),
                txt.progress_note(rng, topic),
                txt.result_text(rng, topic, place),
                txt.reject_reason(rng),
                txt.return_reason(rng),
                txt.rework_reason(rng),
                txt.request_info_message(rng),
                txt.feedback_text(rng, True),
                txt.feedback_text(rng, False),
            ]
        return out

    assert run(7) == run(7)
    assert run(7) != run(8)


def test_unknown_topic_falls_back_to_khac() -> None:
    rng = random.Random(3)
    title, description = txt.compose_report(rng, "khong_co", PLACE)
    assert PLACE in description and len(title) <= 120
    khac = {txt.compose_report(random.Random(s), "khac", PLACE) for s in range(50)}
    assert {txt.compose_report(random.Random(s), "khong_co", PLACE) for s in range(50)} == khac
    assert txt.progress_note(rng, "khong_co")
    assert PLACE in txt.result_text(rng, "khong_co", PLACE)


def test_many_distinct_titles() -> None:
    rng = random.Random(2024)
    titles = set()
    for i in range(20_000):
        place = txt.street_place(rng, AREAS[i % len(AREAS)])
        titles.add(txt.compose_report(rng, txt.TOPICS[i % len(txt.TOPICS)], place)[0])
    assert len(titles) >= 2_000


def test_person_names() -> None:
    rng = random.Random(11)
    seen = set()
    for _ in range(5_000):
        name, honorific = txt.person_name(rng)
        _clean(name)
        assert honorific in ("Ông", "Bà")
        parts = name.split()
        assert len(parts) >= 2
        if "Thị" in parts or name.startswith("H'"):
            assert honorific == "Bà", name
        if "Văn" in parts or parts[0] == "Y" or " A " in name:
            assert honorific == "Ông", name
        seen.add(name)
    assert len(seen) > 1_500
    families = [txt.person_name(random.Random(s))[0].split()[0] for s in range(3_000)]
    assert 0.25 < families.count("Nguyễn") / len(families) < 0.5


def test_phone_numbers_are_valid_vietnamese_mobiles() -> None:
    rng = random.Random(5)
    numbers = {txt.phone_number(rng) for _ in range(3_000)}
    assert len(numbers) > 2_900
    for number in numbers:
        assert PHONE.match(number), number
        parsed = phonenumbers.parse(number, "VN")
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE


def test_emails_are_ascii_and_optional() -> None:
    rng = random.Random(9)
    emails = []
    for _ in range(5_000):
        name, _ = txt.person_name(rng)
        emails.append(txt.email_for(rng, name))
    present = [e for e in emails if e is not None]
    assert 0.35 < len(present) / len(emails) < 0.45
    for email in present:
        assert email.isascii() and EMAIL.match(email), email
    assert txt.ascii_fold("Đặng Thị Thủy Hằng") == "Dang Thi Thuy Hang"
    sample = txt.email_for(random.Random(0), "Nguyễn Thị Thu Hà")
    assert sample is None or sample.isascii()


@pytest.mark.parametrize("area", AREAS)
def test_street_places(area: str) -> None:
    rng = random.Random(area)
    places = {txt.street_place(rng, area) for _ in range(300)}
    assert len(places) > 100
    for place in places:
        _clean(place)
        assert place.endswith(", " + area)
        assert ". " not in place


def test_workflow_texts() -> None:
    rng = random.Random(17)
    for i in range(2_000):
        topic = txt.TOPICS[i % len(txt.TOPICS)]
        place = txt.street_place(rng, AREAS[i % len(AREAS)])
        result = txt.result_text(rng, topic, place)
        assert place in result
        assert 2 <= _sentences(result.replace(place, "X")) <= 5
        for text in (
            result,
            txt.progress_note(rng, topic),
            txt.reject_reason(rng),
            txt.return_reason(rng),
            txt.rework_reason(rng),
            txt.request_info_message(rng),
            txt.feedback_text(rng, True),
            txt.feedback_text(rng, False),
        ):
            _clean(text)
            assert "{" not in text
    assert "thẩm quyền" in " ".join(txt.return_reason(random.Random(s)) for s in range(20))
    good = {txt.feedback_text(random.Random(s), True) for s in range(200)}
    bad = {txt.feedback_text(random.Random(s), False) for s in range(200)}
    assert not good & bad


def test_corpus_strings_are_clean() -> None:
    strings = list(txt.corpus_strings())
    assert len(strings) > 1_000
    for text in strings:
        _clean(text)
        assert not any(unicodedata.combining(ch) for ch in text), f"decomposed: {text!r}"
