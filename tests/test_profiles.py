"""The four shipped regulation profiles, and the loader's refusal of broken files."""

from __future__ import annotations

import dataclasses
import pickle
import re
import unicodedata
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from console.profiles import (
    TOPICS,
    Clock,
    Profile,
    ProfileError,
    list_profiles,
    load_profile,
    load_profile_file,
    profiles_dir,
)

KEYS = ["dak-lak", "lai-chau", "thai-nguyen", "tien-giang"]


def test_the_four_profiles_are_shipped() -> None:
    assert list_profiles() == KEYS


def test_load_profile_is_cached() -> None:
    assert load_profile("tien-giang") is load_profile("tien-giang")


def test_unknown_key_lists_the_known_ones() -> None:
    with pytest.raises(ProfileError) as err:
        load_profile("ha-noi")
    assert str(err.value).startswith("ha-noi.toml: key: ")
    for key in KEYS:
        assert key in str(err.value)


# -- what every profile must hold ---------------------------------------------------------------


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, tuple | list):
        return [s for v in value for s in _strings(v)]
    return []


@pytest.mark.parametrize("key", KEYS)
def test_all_text_is_nfc(key: str) -> None:
    raw = (profiles_dir() / f"{key}.toml").read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    texts = _strings(load_profile(key))
    assert len(texts) > 100
    for s in texts:
        assert unicodedata.is_normalized("NFC", s), s


@pytest.mark.parametrize("key", KEYS)
def test_common_invariants(key: str) -> None:
    p = load_profile(key)
    assert p.key == key
    assert (
        p.code_prefix
        == {"dak-lak": "DL", "lai-chau": "LC", "thai-nguyen": "TN", "tien-giang": "TG"}[key]
    )
    assert [u.kind for u in p.units].count("ioc") == 1
    assert p.office_hours == ((time(7, 30), time(11, 30)), (time(13, 30), time(17, 30)))
    assert p.daily_hours == 8
    assert p.due_soon_fraction == 0.25
    assert p.emergency_minutes == 60
    assert set(p.publication) == {
        "default",
        "confidential_reporter",
        "state_secret",
        "reputational",
    }
    assert p.publication["state_secret"] == "none"
    for cat in p.categories:
        assert cat.topic in TOPICS
        assert p.unit(cat.default_unit).kind != "ioc"
        assert isinstance(p.handle_clock(cat.code, False), Clock)
    for unit in p.units:
        if unit.parent:
            assert unit in p.children(unit.parent)
    with pytest.raises(KeyError):
        p.unit("khong_co")


_VALUE_LINE = re.compile(r"^[A-Za-z_][\w-]*\s*=")


@pytest.mark.parametrize("key", KEYS)
def test_every_value_is_traced_by_a_comment(key: str) -> None:
    """Outside [[...]] blocks every value line has its comment; a block's header carries one."""
    in_array = False
    for n, line in enumerate((profiles_dir() / f"{key}.toml").read_text().splitlines(), 1):
        if line.startswith("[["):
            in_array = True
            assert " # " in line, f"{key}.toml:{n}: [[...]] without a comment"
        elif line.startswith("["):
            in_array = False
        elif _VALUE_LINE.match(line) and not in_array:
            assert re.search(r"\s#\s", line), f"{key}.toml:{n}: value without a comment"


# -- key facts of each regulation --------------------------------------------------------------


def test_thai_nguyen() -> None:
    p = load_profile("thai-nguyen")
    assert p.province == "Tỉnh Thái Nguyên" and p.hotline is None
    assert p.clocks["check"] == Clock("working_days", 0.5, "received")  # Điều 6.2
    assert p.clocks["route"] == Clock("working_days", 1, "received")  # Điều 7.1
    assert p.clocks["handle"] == Clock("working_days", 3, "forwarded")  # Điều 8 Bước 3
    assert p.clocks["approve"] == Clock("working_days", 0.5, "result")  # Điều 9.2
    assert p.clocks["publish"] == Clock("working_hours", 4, "approved")  # Điều 10.1
    assert p.clocks["return"].kind == "immediate"  # Điều 8 Bước 2: "trả lại ngay"
    assert p.clocks["approve"].working_hours(p.daily_hours) == 4
    for stage in ("check", "route", "handle", "approve", "publish"):
        assert p.emergency_clocks[stage].kind == "immediate"
    assert p.handle_clock("giao_thong", True) == Clock("immediate", 0, "forwarded")
    assert [r.label for r in p.ratings] == ["Hài lòng", "Chấp nhận được", "Không hài lòng"]
    assert [c.code for c in p.channels] == ["app", "portal"]
    assert p.publication["confidential_reporter"] == "private"  # Điều 10.3
    assert p.report_periods == ("month", "quarter")  # Điều 13.5
    assert p.workflow["approval"] and not p.workflow["district_team"]
    assert p.unit("p_hoang_van_thu").parent == "tp_thai_nguyen"
    assert p.unit("ioc").name == "Trung tâm Điều hành thông minh tỉnh Thái Nguyên"


DAK_LAK_FIELDS = [  # Bước 1.2, a–p
    "An toàn giao thông",
    "An ninh trật tự",
    "Hạ tầng đô thị",
    "Trật tự đô thị",
    "Môi trường",
    "Quy định hành chính",
    "Công vụ, công chức",
    "Doanh nghiệp vướng mắc",
    "An toàn thực phẩm",
    "Đất đai, xây dựng",
    "Hàng hóa, dịch vụ, tiêu dùng",
    "Phản hồi thông tin báo nêu",
    "Hiến kế xây dựng thành phố thông minh",
    "Bảo vệ trẻ em",
    "Các lĩnh vực khác",
]


def test_dak_lak() -> None:
    p = load_profile("dak-lak")
    assert [c.name for c in p.categories] == DAK_LAK_FIELDS
    assert p.hotline == "0262.1022"
    assert p.clocks["route"] == Clock("working_hours", 4, "received")  # Bước 2.3
    assert p.clocks["handle"] == Clock("working_days", 7, "routed")  # Bước 3.2
    assert p.clocks["return"] == Clock("working_days", 1, "forwarded")
    assert p.clocks["return_field_check"] == Clock("working_days", 3, "forwarded")
    assert p.clocks["publish"] == Clock("working_hours", 4, "approved")  # Bước 4.2
    assert "check" not in p.clocks and "approve" not in p.clocks
    assert p.handle_clock("moi_truong", True) == Clock("working_days", 1, "routed")
    assert p.emergency_clocks["route"].kind == "immediate"
    assert p.workflow["district_team"] and p.workflow["team_verifies"]
    teams = [u for u in p.units if u.kind == "team"]
    assert len(teams) == 5 and all(p.children(t.code) for t in teams)
    assert p.unit("to_bmt").name == "Tổ xử lý phản ánh, kiến nghị thành phố Buôn Ma Thuột"
    assert {p.unit(c.default_unit).kind for c in p.categories} == {"team", "agency"}
    assert p.unit("ioc").short_name == "DAK LAK IOC"
    assert p.publication["reputational"] == "private"
    assert "week" in p.report_periods
    assert [r.code for r in p.ratings if r.reopens] == ["khong_hai_long"]


def test_lai_chau() -> None:
    p = load_profile("lai-chau")
    assert p.province == "Thành phố Lai Châu"
    assert len(p.categories) == 10  # Điều 5: thái độ phục vụ + 9 lĩnh vực hiện trường
    expected = {  # Điều 7.4
        "thai_do_phuc_vu": Clock("working_hours", 8, "forwarded"),
        "atgt_antt": Clock("hours", 2, "forwarded"),
        "trat_tu_xay_dung": Clock("hours", 2, "forwarded"),
        "ve_sinh_attp": Clock("hours", 2, "forwarded"),
        "trat_tu_do_thi": Clock("hours", 2, "forwarded"),
        "gia_ca_thi_truong": Clock("hours", 4, "forwarded"),
        "van_hoa_du_lich": Clock("hours", 4, "forwarded"),
        "moi_truong": Clock("hours", 4, "forwarded"),
        "kien_nghi_khac": Clock("hours", 4, "forwarded"),
        "quan_ly_bao_ve_rung": Clock("hours", 4, "forwarded"),  # no line in 7.4: the default
    }
    for code, clock in expected.items():
        assert p.handle_clock(code, False) == clock, code
        assert p.handle_clock(code, True) == clock, code  # no emergency clocks in Lai Châu
    assert p.category("quan_ly_bao_ve_rung").handle is None
    assert p.handle_clock("atgt_antt", False).working_hours(8) is None
    assert p.handle_clock("thai_do_phuc_vu", False).working_hours(8) == 8
    assert p.category("thai_do_phuc_vu").default_unit == "phong_noi_vu"
    assert p.category("atgt_antt").default_unit == "cong_an_tp"
    assert p.ratings == () and p.report_periods == () and p.emergency_clocks == {}
    assert [c.name for c in p.channels] == [
        "Ứng dụng Lai Châu Smart",
        "Camera giám sát (cán bộ trực IOC phát hiện)",
    ]
    assert [n.code for n in p.not_accepted] == ["khieu_nai", "to_cao", "giai_dap_phap_luat"]
    assert p.workflow["head_assigns"] and p.workflow["office_reclassifies"]
    assert not p.workflow["approval"]
    communes = {u.area for u in p.units if u.kind == "commune"}
    assert communes == {
        "Phường Tân Phong",
        "Phường Đoàn Kết",
        "Phường Quyết Thắng",
        "Phường Quyết Tiến",
        "Phường Đông Phong",
        "Xã San Thàng",
        "Xã Sùng Phài",
    }


def test_tien_giang() -> None:
    p = load_profile("tien-giang")
    assert p.hotline == "0273.1022"
    assert "check" not in p.clocks  # Điều 8.1–8.2: no clock for the check
    assert p.clocks["route"] == Clock("working_hours", 2, "received")  # Điều 9.1.a
    assert p.clocks["handle"] == Clock("working_days", 5, "forwarded")  # Điều 9.1.b
    assert p.clocks["notify_progress"] == Clock("working_days", 3, "forwarded")
    assert p.clocks["return"] == Clock("working_days", 1, "forwarded")  # Điều 9.1.d
    assert p.clocks["publish"] == Clock("working_hours", 4, "result")  # Điều 10.1
    assert p.clocks["handle"].working_hours(p.daily_hours) == 40
    assert [r.label for r in p.ratings] == ["Hài lòng", "Bình thường", "Không hài lòng"]
    assert [(c.code, c.recorded) for c in p.channels] == [
        ("hotline", True),
        ("web", False),
        ("email", False),
        ("app", False),
        ("zalo", False),
        ("facebook", False),
    ]
    codes = {n.code: n for n in p.not_accepted}
    assert list(codes) == ["113", "114", "115", "khieu_nai", "to_cao"]
    for number in ("113", "114", "115"):
        assert number in codes[number].guidance
    assert p.publish_via_origin_channel
    assert p.workflow["answer_directly"] and p.workflow["redirect"]
    assert p.workflow["escalate_to_office"] and not p.workflow["approval"]
    assert p.report_periods == ("month", "quarter", "year", "adhoc")
    assert p.category("an_toan_thuc_pham").default_unit == "so_yt"
    assert [c.code for c in p.categories if c.emergency] == [
        "phong_chong_dich_benh",
        "phong_chong_thien_tai",
    ]
    # the same area name under two cities is fine
    assert p.unit("mt_phuong_1").area == p.unit("gc_phuong_1").area == "Phường 1"


# -- broken files are refused with the file, the key and the problem ----------------------------


def _variant(tmp_path: Path, key: str, old: str, new: str, name: str | None = None) -> Path:
    text = (profiles_dir() / f"{key}.toml").read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {key}.toml any more"
    path = tmp_path / (name or f"{key}.toml")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


TN_HANDLE = 'handle = { working_days = 3, from = "forwarded" }'

BROKEN = [
    # (id, profile, old text, new text, dotted key, words in the problem)
    (
        "unknown-top-key",
        "thai-nguyen",
        'code_prefix = "TN"',
        'code_prefix = "TN"\ncolour = "red"',
        "colour",
        "không được hỗ trợ",
    ),
    (
        "unknown-clock-key",
        "thai-nguyen",
        TN_HANDLE,
        'handle = { working_days = 3, from = "forwarded", until = "result" }',
        "clocks.handle.until",
        "không được hỗ trợ",
    ),
    (
        "unknown-unit-key",
        "thai-nguyen",
        'short_name = "IOC Thái Nguyên"',
        'short_name = "IOC Thái Nguyên"\ncolour = "red"',
        "units[ioc].colour",
        "không được hỗ trợ",
    ),
    (
        "missing-top-key",
        "thai-nguyen",
        'code_prefix = "TN"',
        '# code_prefix = "TN"',
        "code_prefix",
        "thiếu khóa bắt buộc",
    ),
    (
        "missing-category-key",
        "thai-nguyen",
        'topic = "moi_truong"',
        "",
        "categories[moi_truong].topic",
        "thiếu khóa bắt buộc",
    ),
    (
        "missing-flag",
        "thai-nguyen",
        "head_assigns = false",
        "",
        "workflow.head_assigns",
        "thiếu khóa bắt buộc",
    ),
    (
        "wrong-type",
        "thai-nguyen",
        "emergency_minutes = 60",
        'emergency_minutes = "60"',
        "emergency_minutes",
        'được "60"',
    ),
    (
        "wrong-type-bool",
        "tien-giang",
        "recorded = true",
        'recorded = "có"',
        "channels[hotline].recorded",
        "true hoặc false",
    ),
    (
        "bad-hhmm",
        "thai-nguyen",
        '["07:30", "11:30"]',
        '["7h30", "11:30"]',
        "office_hours[1]",
        "HH:MM",
    ),
    (
        "overlapping-hours",
        "thai-nguyen",
        '["13:30", "17:30"]',
        '["11:00", "17:30"]',
        "office_hours[2]",
        "không chồng nhau",
    ),
    (
        "backwards-hours",
        "thai-nguyen",
        '["13:30", "17:30"]',
        '["17:30", "13:30"]',
        "office_hours[2]",
        "phải trước",
    ),
    (
        "clock-two-kinds",
        "thai-nguyen",
        TN_HANDLE,
        'handle = { working_days = 3, hours = 72, from = "forwarded" }',
        "clocks.handle",
        "đúng một loại",
    ),
    (
        "clock-no-kind",
        "thai-nguyen",
        TN_HANDLE,
        'handle = { from = "forwarded" }',
        "clocks.handle",
        "(có 0)",
    ),
    (
        "clock-zero",
        "tien-giang",
        "working_hours = 2,",
        "working_hours = 0,",
        "clocks.route.working_hours",
        "số dương",
    ),
    (
        "immediate-false",
        "thai-nguyen",
        "return = { immediate = true",
        "return = { immediate = false",
        "clocks.return.immediate",
        "chỉ nhận giá trị true",
    ),
    (
        "unknown-from",
        "thai-nguyen",
        TN_HANDLE,
        'handle = { working_days = 3, from = "yesterday" }',
        "clocks.handle.from",
        "yesterday",
    ),
    (
        "from-not-for-stage",
        "thai-nguyen",
        'approve = { working_days = 0.5, from = "result" }',
        'approve = { working_days = 0.5, from = "received" }',
        "clocks.approve.from",
        "không tính từ",
    ),
    (
        "unknown-stage",
        "thai-nguyen",
        "\n" + TN_HANDLE,
        "\nhandel" + TN_HANDLE[6:],
        "clocks.handel",
        "không được hỗ trợ",
    ),
    (
        "duplicate-code",
        "thai-nguyen",
        'code = "an_ninh_trat_tu"',
        'code = "giao_thong"',
        "categories[2].code",
        "bị trùng với mục thứ 1",
    ),
    (
        "default-unit-missing",
        "thai-nguyen",
        'default_unit = "so_gtvt"',
        'default_unit = "so_giao_thong"',
        "categories[giao_thong].default_unit",
        "so_giao_thong",
    ),
    (
        "parent-missing",
        "thai-nguyen",
        'parent = "h_dai_tu"',
        'parent = "h_dai_tu_cu"',
        "units[tt_hung_son].parent",
        "h_dai_tu_cu",
    ),
    (
        "parent-cycle",
        "thai-nguyen",
        'kind = "district"\narea = "Thành phố Thái Nguyên"',
        'kind = "district"\nparent = "p_hoang_van_thu"\narea = "Thành phố Thái Nguyên"',
        "units[tp_thai_nguyen].parent",
        "tp_thai_nguyen → p_hoang_van_thu → tp_thai_nguyen",
    ),
    ("two-iocs", "thai-nguyen", 'kind = "office"', 'kind = "ioc"', "units", "có 2: ioc, vp_ubnd"),
    (
        "no-ioc",
        "dak-lak",
        'short_name = "DAK LAK IOC"\nkind = "ioc"',
        'short_name = "DAK LAK IOC"\nkind = "agency"',
        "units",
        "có 0",
    ),
    ("unknown-unit-kind", "dak-lak", 'kind = "team"', 'kind = "to"', "units[to_bmt].kind", '"to"'),
    (
        "duplicate-area",
        "thai-nguyen",
        'area = "Phường Quang Trung"',
        'area = "Phường Gia Sàng"',
        "units[p_gia_sang].area",
        "Phường Gia Sàng",
    ),
    (
        "unknown-topic",
        "lai-chau",
        'topic = "thai_do_phuc_vu"',
        'topic = "thai_do"',
        "categories[thai_do_phuc_vu].topic",
        "thai_do",
    ),
    (
        "unknown-publication-mode",
        "tien-giang",
        'reputational = "private"',
        'reputational = "secret"',
        "publication.reputational",
        "secret",
    ),
    (
        "unknown-flag",
        "thai-nguyen",
        "redirect = false",
        "redirect = false\nredirect_113 = true",
        "workflow.redirect_113",
        "không được hỗ trợ",
    ),
    (
        "prefix-lower-case",
        "thai-nguyen",
        'code_prefix = "TN"',
        'code_prefix = "tn"',
        "code_prefix",
        "2–3 chữ in hoa",
    ),
    (
        "prefix-too-long",
        "tien-giang",
        'code_prefix = "TG"',
        'code_prefix = "TGIA"',
        "code_prefix",
        "TGIA",
    ),
    (
        "unknown-period",
        "thai-nguyen",
        '["month", "quarter"]',
        '["month", "fortnight"]',
        "report_periods[2]",
        "fortnight",
    ),
    (
        "team-flag-without-teams",
        "dak-lak",
        "district_team = true",
        "district_team = false",
        "workflow.district_team",
        'kind = "team"',
    ),
    (
        "approve-without-approval",
        "thai-nguyen",
        "approval = true",
        "approval = false",
        "clocks.approve",
        "workflow.approval",
    ),
    (
        "redirect-without-list",
        "thai-nguyen",
        "redirect = false",
        "redirect = true",
        "workflow.redirect",
        "not_accepted",
    ),
    (
        "no-handling-clock",
        "lai-chau",
        'handle = { hours = 4, from = "forwarded", article = "Điều 7.4.k" }  # Điều 7.4.k',
        "# removed",
        "categories[quan_ly_bao_ve_rung].handle",
        "thiếu thời hạn xử lý",
    ),
]


@pytest.mark.parametrize(
    ("key", "old", "new", "dotted", "words"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_broken_file_is_refused(
    tmp_path: Path, key: str, old: str, new: str, dotted: str, words: str
) -> None:
    path = _variant(tmp_path, key, old, new)
    with pytest.raises(ProfileError) as err:
        load_profile_file(path)
    assert str(err.value).startswith(f"{key}.toml: {dotted}: "), str(err.value)
    assert (err.value.file, err.value.key) == (f"{key}.toml", dotted)
    assert words in err.value.problem, str(err.value)


def test_distinct_problems_are_covered() -> None:
    assert len({case[0] for case in BROKEN}) == len(BROKEN) >= 10


def test_negative_amount_message_is_exact(tmp_path: Path) -> None:
    path = _variant(
        tmp_path,
        "dak-lak",
        'handle = { working_days = 7, from = "routed" }',
        'handle = { working_days = -3, from = "routed" }',
    )
    with pytest.raises(
        ProfileError,
        match="^dak-lak.toml: clocks.handle.working_days: "
        r"phải là số dương \(được -3\)$",
    ):
        load_profile_file(path)


def test_invalid_toml_reports_line_and_column(tmp_path: Path) -> None:
    path = _variant(tmp_path, "thai-nguyen", 'key = "thai-nguyen"', "key = thai-nguyen")
    line = (
        path.read_text(encoding="utf-8")
        .splitlines()
        .index("key = thai-nguyen  # trùng tên tệp (bắt buộc)")
        + 1
    )
    with pytest.raises(ProfileError) as err:
        load_profile_file(path)
    assert str(err.value).startswith("thai-nguyen.toml: <toml>: TOML không hợp lệ: ")
    assert f"line {line}, column 7" in str(err.value)


def test_key_must_match_the_file_name(tmp_path: Path) -> None:
    path = _variant(tmp_path, "lai-chau", "", "", name="lai-chau-2026.toml")
    with pytest.raises(ProfileError) as err:
        load_profile_file(path)
    assert str(err.value) == (
        'lai-chau-2026.toml: key: phải trùng với tên tệp "lai-chau-2026" (được "lai-chau")'
    )


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as err:
        load_profile_file(tmp_path / "nowhere.toml")
    assert str(err.value).startswith("nowhere.toml: <tệp>: không đọc được tệp")


def test_decomposed_text_is_normalised(tmp_path: Path) -> None:
    text = (profiles_dir() / "thai-nguyen.toml").read_text(encoding="utf-8")
    path = tmp_path / "thai-nguyen.toml"
    path.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    assert not unicodedata.is_normalized("NFC", path.read_text(encoding="utf-8"))
    loaded = load_profile_file(path)
    assert isinstance(loaded, Profile)
    assert loaded == load_profile("thai-nguyen")


def test_profile_error_survives_pickling() -> None:
    err = pickle.loads(pickle.dumps(ProfileError("x.toml", "clocks.handle", "hỏng")))
    assert (str(err), err.key) == ("x.toml: clocks.handle: hỏng", "clocks.handle")


def test_only_dak_lak_asks_for_photos_with_an_extension() -> None:
    """Đắk Lắk Bước 3.2: progress "kèm theo hình ảnh minh chứng"; the others ask for none."""
    asks = {key: load_profile(key).workflow["extension_photos"] for key in list_profiles()}
    assert asks == {"dak-lak": True, "lai-chau": False, "thai-nguyen": False, "tien-giang": False}
