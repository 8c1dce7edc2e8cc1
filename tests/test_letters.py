"""Reply letters: wording, layout (Nghị định 30/2020/NĐ-CP Phụ lục I), privacy, CLI."""

from __future__ import annotations

import argparse
import io
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import select

from console.cli import letters as letters_cli
from console.db import Database
from console.demo import generate_demo
from console.letters import (
    LetterError,
    TemplateError,
    compose,
    date_line,
    fonts,
    layout,
    letter_data_for,
    list_templates,
    load_template,
    load_template_file,
    render_letter,
    render_letters,
)
from console.letters.samples import sample_data
from console.models import (
    Channel,
    HistoryEntry,
    Publication,
    Report,
    ReportStatus,
    Result,
    Unit,
    User,
)
from console.profiles import list_profiles, load_profile
from console.services.provision import provision

TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # ngang huyền sắc hỏi ngã nặng
VOWELS = "aăâeêioôơuưy"
# Every vowel with every tone mark, lower and upper case, then đ/Đ, ơ/ư, Ơ/Ư in words.
DIACRITIC_LINES = [
    " ".join(unicodedata.normalize("NFC", v + t) for t in TONES)
    + " | "
    + " ".join(unicodedata.normalize("NFC", v.upper() + t) for t in TONES)
    for v in VOWELS
] + ["Đường đê Đồng Hỷ đã được đắp; Ơn huệ, Ưu tiên, ơi, ưng ý: Ờ Ừ Ở Ữ Ợ Ự."]
PHONE, EMAIL, ADDRESS = (
    "0912345678",
    "nguyen.van.duc@example.vn",
    "Số 12 ngõ 34 phố Lương Ngọc Quyến",
)


# -- reading the PDF back -----------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    text: str
    x: float
    y: float  # baseline
    size: float
    font: str  # our registered name

    @property
    def right(self) -> float:
        return self.x + stringWidth(self.text, self.font, self.size)


_FONTS = {
    "LiberationSerif": fonts.SERIF,
    "LiberationSerif-Bold": fonts.SERIF_BOLD,
    "LiberationSerif-Italic": fonts.SERIF_ITALIC,
    "LiberationSerif-BoldItalic": fonts.SERIF_BOLD_ITALIC,
}


def pages(pdf: bytes) -> list[pypdf.PageObject]:
    assert pdf.startswith(b"%PDF-")
    return list(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def runs(page: pypdf.PageObject) -> list[Run]:
    """Every line of text drawn on the page with its absolute baseline position."""
    out: list[Run] = []

    def visit(text, cm, tm, font_dict, size) -> None:  # type: ignore[no-untyped-def]
        for line in text.split("\n"):
            if line.strip():
                base = str(font_dict["/BaseFont"]).split("+")[-1]
                out.append(Run(line, cm[4] + tm[4], cm[5] + tm[5], size, _FONTS[base]))

    page.extract_text(visitor_text=visit)
    return out


def lines(pdf: bytes) -> list[str]:
    return [line.strip() for page in pages(pdf) for line in page.extract_text().splitlines()]


def flat(pdf: bytes) -> str:
    """The whole text with whitespace runs made single spaces (lines of a paragraph joined)."""
    return " ".join(unicodedata.normalize("NFC", "\n".join(lines(pdf))).split())


def squash(text: str) -> str:
    return " ".join(text.split())


# -- a small database of hand-made reports ------------------------------------------------------


@pytest.fixture
def tien_giang(tmp_path: Path) -> Database:
    db = Database(f"sqlite:///{tmp_path / 'letters.sqlite3'}")
    provision(db, load_profile("tien-giang"))
    yield db
    db.close()


def add_report(
    db: Database,
    code: str,
    status: ReportStatus,
    *,
    action: str = "",
    note: str = "",
    data: dict | None = None,
    result: str | None = None,
    confidential: bool = False,
    publication: Publication | None = None,
    published_at: datetime | None = None,
) -> None:
    at = datetime(2026, 3, 2, 8, 15)
    with db.session() as s:
        unit = s.scalar(select(Unit).where(Unit.code == "so_gtvt"))
        leader = User(
            username=f"ld-{code}",
            full_name="Trần Quốc Hưng",
            unit_id=unit.id,
            password_hash="x",
            created_at=at,
        )
        s.add(leader)
        report = Report(
            code=code,
            channel_id=s.scalar(select(Channel.id).limit(1)),
            received_at=at,
            title=f"Ổ gà trước nhà, gọi {PHONE}",
            description="",
            reporter_name="Nguyễn Văn Đức",
            reporter_honorific="Ông",
            reporter_phone=PHONE,
            reporter_email=EMAIL,
            reporter_address=ADDRESS,
            reporter_confidential=confidential,
            status=status,
            updated_at=at,
            publication=publication,
            published_at=published_at,
        )
        s.add(report)
        s.flush()
        if action:
            s.add(
                HistoryEntry(
                    report_id=report.id,
                    at=at,
                    action=action,
                    from_status=None,
                    to_status=status,
                    note=note,
                    data=data,
                    version=1,
                )
            )
        if result is not None:
            s.add(
                Result(
                    report_id=report.id,
                    unit_id=unit.id,
                    submitted_at=at,
                    draft_text=result,
                    approved_text=result,
                    approved_by_id=leader.id,
                    published_text=result if published_at else None,
                )
            )


# -- wording and Unicode --------------------------------------------------------------------------


def test_every_diacritic_extracts_back_as_the_same_text() -> None:
    profile = load_profile("thai-nguyen")
    text = unicodedata.normalize("NFD", "\n".join(DIACRITIC_LINES))  # decomposed on purpose
    data = sample_data(profile, text=text, signer="Lê Minh Tuấn")
    pdf = render_letter(data, load_template("thai-nguyen"))
    raw = "\n".join(p.extract_text() for p in pages(pdf))
    assert unicodedata.is_normalized("NFC", raw), "combining marks were drawn uncomposed"
    got = lines(pdf)
    expected = [
        "UBND TỈNH THÁI NGUYÊN",
        "SỞ GIAO THÔNG VẬN TẢI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 15/SGTVT-QLVT",
        "Thái Nguyên, ngày 05 tháng 3 năm 2026",
        "V/v trả lời phản ánh TN-2026-000123",
        "Kính chào: Ông Nguyễn Văn Đức",
        *DIACRITIC_LINES,
        "Trân trọng.",
        "Nơi nhận:",
        "- Như trên;",
        "- IOC Thái Nguyên (để cập nhật kết quả);",
        "- Lưu: VT, QLVT.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Lê Minh Tuấn",
    ]
    for line in expected:
        assert line in got, line
    # Phụ lục II of the Thái Nguyên regulation, word for word
    assert squash(
        "Sau khi nhận được phản ánh của Ông Nguyễn Văn Đức, Sở Giao thông vận tải tỉnh Thái "
        "Nguyên đã tiến hành kiểm tra, xử lý và thông báo kết quả như sau:"
    ) in flat(pdf)
    assert (
        "Chúng tôi chân thành cảm ơn Ông đã kịp thời phản ánh và mong tiếp tục nhận được "
        "phản ánh trong thời gian tới."
    ) in flat(pdf)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 5), "Thái Nguyên, ngày 05 tháng 3 năm 2026"),
        (date(2026, 2, 5), "Thái Nguyên, ngày 05 tháng 02 năm 2026"),
        (date(2026, 1, 31), "Thái Nguyên, ngày 31 tháng 01 năm 2026"),
        (date(2026, 11, 15), "Thái Nguyên, ngày 15 tháng 11 năm 2026"),
        (date(2026, 12, 9), "Thái Nguyên, ngày 09 tháng 12 năm 2026"),
    ],
)
def test_date_line_leading_zeros(day: date, expected: str) -> None:
    assert date_line("Thái Nguyên", day) == expected


@pytest.mark.parametrize("key", list_profiles())
def test_every_profile_has_a_template_that_renders_each_variant(key: str) -> None:
    assert key in list_templates()
    profile, template = load_profile(key), load_template(key)
    variants = {"answer", "rejected", "redirected"}
    if profile.workflow["answer_directly"]:
        variants.add("direct")
    assert set(template.variants) == variants
    for variant in variants:
        data = sample_data(profile, variant)
        pdf = render_letter(data, template)
        text = flat(pdf)
        assert len(pages(pdf)) == 1
        for part in (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            f"{template.place}, ngày 05 tháng 3 năm 2026",
            "Số: 15/",
            "Nguyễn Văn Đức",
            squash(data.text),
            "Nơi nhận:",
            "- Lưu: VT,",
        ):
            assert part in text, (variant, part)
        assert "{" not in text and "}" not in text


def test_rejected_letter_states_the_reason_and_redirect_the_channel(tien_giang) -> None:
    profile = load_profile("tien-giang")
    add_report(
        tien_giang,
        "TG-2026-000001",
        ReportStatus.REJECTED,
        action="reject",
        note="Phản ánh không nêu địa điểm xảy ra sự việc.",
    )
    add_report(
        tien_giang,
        "TG-2026-000002",
        ReportStatus.REDIRECTED,
        action="redirect",
        note="Người gọi báo có đánh nhau",
        data={"target": "113"},
    )
    add_report(
        tien_giang,
        "TG-2026-000003",
        ReportStatus.REDIRECTED,
        action="redirect",
        note="",
        data={"target": "khieu_nai"},
    )
    template = load_template("tien-giang")
    with tien_giang.session() as s:
        rejected = letter_data_for(s, "TG-2026-000001", profile=profile, today=date(2026, 3, 5))
        police = letter_data_for(s, "TG-2026-000002", profile=profile, today=date(2026, 3, 5))
        complaint = letter_data_for(s, "TG-2026-000003", profile=profile)
    text = flat(render_letter(rejected, template))
    assert "V/v không tiếp nhận phản ánh, kiến nghị TG-2026-000001" in text
    assert "Lý do: Phản ánh không nêu địa điểm xảy ra sự việc." in text
    assert "khoản 5 Điều 4" in text  # Tiền Giang Điều 4.5: "nêu rõ lý do từ chối"
    text = flat(render_letter(police, template))
    assert police.channel == "An ninh, trật tự — gọi 113"
    assert squash(profile.not_accepted[0].guidance) in text and "gọi ngay số 113" in text
    assert "Luật Khiếu nại" in flat(render_letter(complaint, template))


def test_rejected_without_a_reason_is_refused(tien_giang) -> None:
    add_report(tien_giang, "TG-2026-000009", ReportStatus.REJECTED, action="reject", note=" ")
    with tien_giang.session() as s, pytest.raises(LetterError, match="chưa ghi lý do"):
        letter_data_for(s, "TG-2026-000009", profile=load_profile("tien-giang"))


# -- privacy ------------------------------------------------------------------------------------


def test_no_contact_details_and_a_public_copy_hides_a_confidential_name(tien_giang) -> None:
    profile = load_profile("tien-giang")  # publication.confidential_reporter = "public"
    result = (
        f"Đã liên hệ ông Nguyễn Văn Đức qua số 0912 345 678 và {EMAIL.upper()}, tại "
        f"{ADDRESS}; mặt đường đã được vá."
    )
    add_report(
        tien_giang,
        "TG-2026-000010",
        ReportStatus.PUBLISHED,
        result=result,
        confidential=True,
        published_at=datetime(2026, 3, 4, 9),
    )
    template = load_template("tien-giang")
    with tien_giang.session() as s:
        private = letter_data_for(s, "TG-2026-000010", profile=profile)
        public = letter_data_for(s, "TG-2026-000010", profile=profile, public=True)
    for data in (private, public):
        text = flat(render_letter(data, template))
        digits = "".join(ch for ch in text if ch.isdigit())
        assert "912345678" not in digits.replace("2026", "")
        assert EMAIL not in text.lower() and "lương ngọc quyến" not in text.lower()
        assert "mặt đường đã được vá" in text
    private_text = flat(render_letter(private, template))
    assert "Kính gửi: Ông Nguyễn Văn Đức" in private_text
    public_text = flat(render_letter(public, template))
    assert "Nguyễn Văn Đức" not in public_text and "Đức" not in public_text
    assert "Kính gửi: Ông/Bà (người phản ánh đề nghị giữ bí mật thông tin)" in public_text
    assert "(Đã ký)" in public_text and "(Đã ký)" not in private_text


def test_public_copy_refused_where_the_answer_is_private(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'tn.sqlite3'}")
    profile = load_profile("thai-nguyen")  # Điều 10.3: confidential -> sent privately only
    provision(db, profile)
    add_report(
        db, "TN-2026-000001", ReportStatus.APPROVED, result="Đã xử lý xong.", confidential=True
    )
    add_report(
        db,
        "TN-2026-000002",
        ReportStatus.PUBLISHED,
        result="Đã xử lý.",
        publication=Publication.PRIVATE,
        published_at=datetime(2026, 3, 3),
    )
    with db.session() as s:
        for code in ("TN-2026-000001", "TN-2026-000002"):
            letter_data_for(s, code, profile=profile)  # the reporter's own letter is fine
            with pytest.raises(LetterError, match="không được công khai"):
                letter_data_for(s, code, profile=profile, public=True)
    db.close()


# -- layout -------------------------------------------------------------------------------------


def test_a4_and_the_margins_of_the_decree() -> None:
    assert 20 * mm <= layout.MARGIN_TOP <= 25 * mm and 20 * mm <= layout.MARGIN_BOTTOM <= 25 * mm
    assert 30 * mm <= layout.MARGIN_LEFT <= 35 * mm and 15 * mm <= layout.MARGIN_RIGHT <= 20 * mm
    profile = load_profile("thai-nguyen")
    data = sample_data(profile, text="\n".join(["Nội dung kết quả xử lý rất dài. " * 12] * 12))
    pdf = render_letter(data, load_template("thai-nguyen"))
    width, height = 210 * mm, 297 * mm
    for number, page in enumerate(pages(pdf), 1):
        assert abs(float(page.mediabox.width) - width) < 0.5
        assert abs(float(page.mediabox.height) - height) < 0.5
        body = [r for r in runs(page) if r.y < height - layout.MARGIN_TOP]
        assert min(r.x for r in body) == pytest.approx(layout.MARGIN_LEFT, abs=0.01)
        assert max(r.right for r in body) <= width - layout.MARGIN_RIGHT + 0.01
        assert max(r.y + 0.9 * r.size for r in body) <= height - layout.MARGIN_TOP + 0.01
        assert min(r.y - 0.25 * r.size for r in body) >= layout.MARGIN_BOTTOM - 0.01
        if number == 1:  # the two header columns: number and date on one line, centred
            by_text = {r.text.strip(): r for r in body}
            num = by_text["Số: 15/SGTVT-QLVT"]
            day = by_text["Thái Nguyên, ngày 05 tháng 3 năm 2026"]
            assert num.y == pytest.approx(day.y, abs=0.5)
            left_centre = layout.MARGIN_LEFT + layout.LEFT_COLUMN / 2
            right_centre = layout.MARGIN_LEFT + layout.LEFT_COLUMN + layout.RIGHT_COLUMN / 2
            assert (num.x + num.right) / 2 == pytest.approx(left_centre, abs=1)
            assert (day.x + day.right) / 2 == pytest.approx(right_centre, abs=1)
            assert day.font == fonts.SERIF_ITALIC and 13 <= day.size <= 14
            motto = by_text["Độc lập - Tự do - Hạnh phúc"]
            assert motto.font == fonts.SERIF_BOLD and 13 <= motto.size <= 14
    last = {r.text.strip(): r for r in runs(pages(pdf)[-1])}  # the signature block's page
    assert last["Nơi nhận:"].font == fonts.SERIF_BOLD_ITALIC and last["Nơi nhận:"].size == 12
    assert last["- Như trên;"].size == 11 and last["- Lưu: VT, QLVT."].font == fonts.SERIF
    assert last["KT. GIÁM ĐỐC"].font == fonts.SERIF_BOLD and last["KT. GIÁM ĐỐC"].size == 14
    assert last["Nơi nhận:"].y == pytest.approx(last["KT. GIÁM ĐỐC"].y, abs=0.5)  # level
    assert last["Nơi nhận:"].x == pytest.approx(layout.MARGIN_LEFT, abs=0.01)  # bottom left
    assert last["KT. GIÁM ĐỐC"].x > layout.MARGIN_LEFT + layout.TEXT_WIDTH / 2  # bottom right


def test_three_page_result_numbers_pages_two_and_three_in_the_top_margin() -> None:
    profile = load_profile("thai-nguyen")
    text = "\n".join(
        f"{i}. " + "Đơn vị đã kiểm tra hiện trường và khắc phục hư hỏng. " * 5 for i in range(1, 25)
    )
    pdf = render_letter(sample_data(profile, text=text), load_template("thai-nguyen"))
    assert len(pages(pdf)) == 3
    top = 297 * mm - layout.MARGIN_TOP
    for number, page in enumerate(pages(pdf), 1):
        in_margin = [r for r in runs(page) if r.y > top]
        if number == 1:
            assert in_margin == []
        else:
            assert [r.text.strip() for r in in_margin] == [str(number)]
            centre = (in_margin[0].x + in_margin[0].right) / 2
            assert centre == pytest.approx(layout.MARGIN_LEFT + layout.TEXT_WIDTH / 2, abs=0.5)
    assert "24. Đơn vị đã kiểm tra" in flat(pdf) and "Trân trọng." in lines(pdf)


def test_batch_restarts_page_numbers_for_each_letter() -> None:
    profile, template = load_profile("dak-lak"), load_template("dak-lak")
    long = sample_data(profile, text="\n".join(["Nội dung kết quả xử lý dài. " * 14] * 14))
    short = sample_data(profile, code="DL-2026-000124")
    done: list[int] = []
    pdf = render_letters([(long, template), (short, template), (long, template)], done.append)
    assert sum(done) == 3
    numbers = [
        [r.text.strip() for r in runs(p) if r.y > 297 * mm - layout.MARGIN_TOP] for p in pages(pdf)
    ]
    n = len(pages(render_letter(long, template)))
    alone = [[]] + [[str(i)] for i in range(2, n + 1)]  # how the long letter is numbered alone
    assert n >= 2 and numbers == [*alone, [], *alone]


def test_template_errors_name_the_file_and_key(tmp_path: Path) -> None:
    source = (Path(load_template("thai-nguyen").file).name, load_template("thai-nguyen"))
    text = (Path(__file__).parent.parent / "resources" / "letters" / source[0]).read_text()
    bad = tmp_path / "thai-nguyen.toml"
    bad.write_text(text.replace("{honorific} đã kịp thời", "{danh_xung} đã kịp thời"))
    with pytest.raises(TemplateError) as err:
        load_template_file(bad)
    assert str(err.value).startswith(
        "thai-nguyen.toml: answer.paragraphs[3]: không có chỗ điền {danh_xung}"
    )
    bad.write_text(text.replace('"Lưu: VT, {drafter}"]', '"Lưu trữ"]', 1))
    with pytest.raises(TemplateError, match=r"answer\.recipients\[3\]: mục cuối"):
        load_template_file(bad)
    bad.write_text(text.replace('ioc = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]\n', "", 1))
    with pytest.raises(TemplateError, match=r"signature\.ioc: thiếu khóa bắt buộc"):
        load_template_file(bad)


def test_compose_uses_the_handler_for_thai_nguyen_and_the_ioc_elsewhere() -> None:
    tn = compose(sample_data(load_profile("thai-nguyen")), load_template("thai-nguyen"))
    assert tn.issuer == ("SỞ GIAO THÔNG VẬN TẢI",) and tn.parent == "UBND TỈNH THÁI NGUYÊN"
    assert tn.signer == "Trần Quốc Hưng"  # the leader who approved the result
    lc = compose(sample_data(load_profile("lai-chau")), load_template("lai-chau"))
    assert lc.parent == "UBND THÀNH PHỐ LAI CHÂU"
    assert lc.issuer == ("TRUNG TÂM ĐIỀU HÀNH ĐÔ THỊ THÔNG MINH",)
    assert lc.signature == ("TRƯỞNG BỘ PHẬN", "ĐIỀU HÀNH IOC") and lc.signer == ""
    unnumbered = compose(
        replace(sample_data(load_profile("dak-lak")), number=None), load_template("dak-lak")
    )
    assert unnumbered.number.startswith("Số: ") and unnumbered.number.endswith("/STTTT-IOC")


def test_lai_chau_dieu_8_1_the_ioc_issues_the_answer_and_its_head_signs_it() -> None:
    """Điều 8.1: "IOC thành phố Lai Châu phát hành nội dung trả lời"; Điều 7.2 names its head,
    the "Trưởng bộ phận điều hành IOC". Điều 9.2's "thừa lệnh Chủ tịch" is the Chánh Văn
    phòng directing units, not answering citizens: no "TL. CHỦ TỊCH" on a reply."""
    template = load_template("lai-chau")
    profile = load_profile("lai-chau")
    for variant in ("answer", "rejected", "redirected"):
        letter = compose(sample_data(profile, variant), template)
        assert letter.issuer == ("TRUNG TÂM ĐIỀU HÀNH ĐÔ THỊ THÔNG MINH",)
        assert letter.parent == "UBND THÀNH PHỐ LAI CHÂU"
        assert letter.signature == ("TRƯỞNG BỘ PHẬN", "ĐIỀU HÀNH IOC")
        assert not any("TL." in line or "CHỦ TỊCH" in line for line in letter.signature)
        assert letter.number == "Số: 15/IOC-BPĐH" and letter.recipients[-1] == "Lưu: VT, BPĐH"
    answer = compose(sample_data(profile), template)
    assert answer.paragraphs[-1].startswith("IOC thành phố Lai Châu trân trọng cảm ơn Ông")
    text = flat(render_letter(sample_data(profile), template))
    assert "TRƯỞNG BỘ PHẬN ĐIỀU HÀNH IOC" in text and "TL. CHỦ TỊCH" not in text


# -- from the database: demo data and the command line ------------------------------------------


def test_letter_data_for_a_published_demo_report(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    profile = load_profile("thai-nguyen")
    generate_demo(db, profile, reports=150, now=datetime(2026, 3, 5, 10), password="mk-demo-123")
    with db.session() as s:
        report, result = s.execute(
            select(Report, Result)
            .join(Result, Result.report_id == Report.id)
            .where(Report.status == ReportStatus.PUBLISHED)
            .order_by(Report.id)
            .limit(1)
        ).one()
        data = letter_data_for(s, report.code, profile=profile, today=date(2026, 3, 5))
        unit = s.get(Unit, result.unit_id)
        assert data.variant == "answer" and data.code == report.code
        assert data.handler is not None and data.handler.code == unit.code
        assert data.text == unicodedata.normalize("NFC", result.published_text.strip())
        assert data.reporter_name == report.reporter_name
        assert data.honorific == report.reporter_honorific
        codes = {
            st: s.scalar(select(Report.code).where(Report.status == st).limit(1))
            for st in (ReportStatus.REJECTED, ReportStatus.IN_PROGRESS)
        }
        rejected = letter_data_for(s, codes[ReportStatus.REJECTED], profile=profile)
        with pytest.raises(LetterError, match="Đang xử lý"):
            letter_data_for(s, codes[ReportStatus.IN_PROGRESS], profile=profile)
    text = flat(render_letter(data, load_template("thai-nguyen")))
    assert f"V/v trả lời phản ánh {report.code}" in text
    assert squash(data.text) in text
    assert f"Kính chào: {report.reporter_honorific} {report.reporter_name}" in text
    assert squash(rejected.text) in flat(render_letter(rejected, load_template("thai-nguyen")))
    db.close()


def _args(db: Database, **kw: object) -> argparse.Namespace:
    base = {
        "db": db.url,
        "profile": "tien-giang",
        "public": False,
        "number": None,
        "signer": "",
        "date": None,
    }
    return argparse.Namespace(**(base | kw))


def test_cli_writes_one_letter_and_a_batch(tien_giang, tmp_path: Path, capsys) -> None:
    for i, day in enumerate((3, 4, 6), 1):
        add_report(
            tien_giang,
            f"TG-2026-00010{i}",
            ReportStatus.PUBLISHED,
            result=f"Kết quả xử lý số {i}.",
            published_at=datetime(2026, 3, day, 16),
        )
    out = tmp_path / "out" / "letter.pdf"
    assert (
        letters_cli.cmd_letter(
            _args(
                tien_giang,
                code="TG-2026-000101",
                output=str(out),
                number=7,
                date="2026-03-05",
                signer="Lê Minh Tuấn",
            )
        )
        == 0
    )
    text = flat(out.read_bytes())
    assert "Số: 07/TTCNTT-GSĐP" in text and "Tiền Giang, ngày 05 tháng 3 năm 2026" in text
    assert "Kết quả xử lý số 1." in text and "Lê Minh Tuấn" in text
    batch = tmp_path / "batch.pdf"
    args = _args(tien_giang, published_from="2026-03-03", to="2026-03-04", output=str(batch))
    assert letters_cli.cmd_letters(args) == 0
    assert len(pages(batch.read_bytes())) == 2
    assert "Kết quả xử lý số 3." not in flat(batch.read_bytes())
    assert "Đã ghi 2 văn bản" in capsys.readouterr().out
    # a copy for publication leaves out the answers sent privately, and says so
    add_report(
        tien_giang,
        "TG-2026-000104",
        ReportStatus.PUBLISHED,
        result="Kết quả riêng.",
        publication=Publication.PRIVATE,
        published_at=datetime(2026, 3, 4, 17),
    )
    args.public = True
    assert letters_cli.cmd_letters(args) == 0
    text = flat(batch.read_bytes())
    assert "Kết quả xử lý số 2." in text and "Kết quả riêng." not in text
    out, err = capsys.readouterr()
    assert "Đã ghi 2 văn bản trả lời" in out and "(bỏ qua 1 phản ánh)" in out
    assert "Bỏ qua: Kết quả phản ánh TG-2026-000104 không được công khai" in err


@pytest.mark.parametrize(
    ("command", "kw", "message"),
    [
        ("letter", {"code": "TG-2026-999999"}, "Không có phản ánh mã “TG-2026-999999”"),
        ("letter", {"code": "TG-2026-000101", "date": "05/03/2026"}, "--date: ngày “05/03/2026”"),
        ("letters", {"published_from": "2026-02-30", "to": "2026-03-01"}, "--published-from: ngày"),
        ("letters", {"published_from": "2026-03-05", "to": "2026-03-01"}, "sau --to"),
        ("letters", {"published_from": "2025-01-01", "to": "2025-01-31"}, "Không có phản ánh nào"),
    ],
)
def test_cli_errors_are_one_vietnamese_line(tien_giang, tmp_path, command, kw, message) -> None:
    fn = letters_cli.COMMANDS[command]
    out = tmp_path / "never.pdf"
    with pytest.raises(LetterError) as err:
        fn(_args(tien_giang, output=str(out), **kw))
    assert message in str(err.value) and "\n" not in str(err.value)
    assert not out.exists()


def test_add_commands_parses_both_commands() -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(parents=[common])
    sub = parser.add_subparsers(dest="command")
    letters_cli.add_commands(sub, common)
    one = parser.parse_args(["letter", "TN-2026-000001", "-o", "a.pdf", "--public"])
    assert (one.command, one.code, one.output, one.public) == (
        "letter",
        "TN-2026-000001",
        "a.pdf",
        True,
    )
    many = parser.parse_args(
        [
            "letters",
            "--published-from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "-o",
            "b.pdf",
            "--db",
            "sqlite:///x",
        ]
    )
    assert (many.published_from, many.to, many.db) == ("2026-03-01", "2026-03-31", "sqlite:///x")
    assert not hasattr(many, "profile")
