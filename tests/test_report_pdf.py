"""The report documents: the figures and the recipients in the PDF's text (pypdf), the layout's
rules (page numbers from page 2, table headers repeated on every page), the per-province wording,
the report-level listings and their documents."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from console.profiles import Clock, load_profile
from console.services.calendar import calendar_from_session
from console.statistics import Counts, Figures, Row
from console.statistics.listings import late_listing, private_listing
from console.statistics.pdf import render_figures_pdf
from console.statistics.pdf_lists import agency_header, explanation_pdf, private_list_pdf
from console.statistics.pdf_sections import clock_text
from console.statistics.pdf_tables import num, pct
from console.statistics.pdf_wording import WORDING
from tests.scenario_helpers import Province, draft
from tests.test_statistics import NOW, at, build_year, figures


def pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Province:
    from console.db import Database

    db = Database(f"sqlite:///{tmp_path_factory.mktemp('tn') / 'tn.sqlite3'}")
    return build_year(db)


def test_the_quarter_report_holds_its_figures_and_recipients(year: Province) -> None:
    f = figures(year, "2026-Q1")
    buf = io.BytesIO()
    pdf = render_figures_pdf(f, year.profile, buf)
    assert buf.getvalue() == pdf and pdf.startswith(b"%PDF")
    text = pages(pdf)
    whole = " ".join(text)
    assert "UBND TỈNH THÁI NGUYÊN" in text[0] and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text[0]
    assert "Độc lập - Tự do - Hạnh phúc" in text[0]
    assert "BÁO CÁO Tình hình tiếp nhận, xử lý phản ánh, kiến nghị Quý I/2026" in text[0]
    assert "khoản 5 Điều 13" in text[0] and "Kính gửi: Ủy ban nhân dân tỉnh Thái Nguyên" in text[0]
    # Q1: R1, R2, R6, R7, R8, R9 — 6 received, 1 rejected, 3 on time, 2 late (60,0%)
    t = f.totals
    assert (t.received, t.rejected, t.on_time, t.late) == (6, 1, 3, 2)
    assert "hệ thống tiếp nhận 6 phản ánh, kiến nghị; không tiếp nhận xử lý 1" in whole
    assert "đúng hạn 3, trễ hạn 2 (tỷ lệ đúng hạn 60,0%)" in whole
    assert "Sở Giao thông vận tải tỉnh Thái Nguyên" in whole and "33,3%" in whole
    assert "Điểm = 0,7 × tỷ lệ đúng hạn + 0,3 × tỷ lệ hài lòng" in whole
    assert "Nơi nhận: - Lãnh đạo UBND tỉnh (báo cáo); - Lưu: VT, ĐHGS." in whole
    assert "Số: /BC-TTĐH" in text[0].replace("\xa0", "")  # a draft: the number is blank
    assert "Thái Nguyên, ngày 15 tháng 9 năm 2026" in text[0]
    # the page number is drawn last: pypdf reads it at either end of the page's text
    ends = [(p.split()[0], p.split()[-1]) for p in text]
    assert len(text) >= 2 and "1" not in ends[0]
    assert all(str(i) in ends[i - 1] for i in range(2, len(text) + 1))


@pytest.mark.parametrize(
    "key, recipients",
    [
        ("thai-nguyen", ["Lãnh đạo UBND tỉnh (báo cáo);", "Lưu: VT, ĐHGS."]),
        (
            "dak-lak",
            [
                "UBND tỉnh (báo cáo);",
                "Sở Thông tin và Truyền thông;",
                "UBND các huyện, thị xã, thành phố;",
                "Lưu: VT, IOC.",
            ],
        ),
        ("tien-giang", ["Văn phòng UBND tỉnh;", "Sở Thông tin và Truyền thông;", "Lưu: VT, GSĐP."]),
        ("lai-chau", ["Lãnh đạo UBND thành phố (báo cáo);", "Lưu: VT, IOC."]),
    ],
)
def test_each_province_names_the_recipients_of_its_article(
    year: Province, key: str, recipients: list[str]
) -> None:
    f = replace(figures(year, "2026-03"), profile_key=key)
    whole = " ".join(pages(render_figures_pdf(f, load_profile(key))))
    for r in recipients:
        assert f"- {r}" in whole
    assert WORDING[key].recipients[-1].startswith("Lưu: VT")
    if key == "lai-chau":  # Điều 7.4: each category's clock beside its on-time rate
        assert "Thời hạn (khoản 4 Điều 7)" in whole
    if key == "tien-giang":  # Điều 15.3, 17.4, and satisfaction (Điều 18)
        assert "khoản 3 Điều 15" in whole and "khoản 4 Điều 17" in whole
        assert "MỨC ĐỘ HÀI LÒNG" in whole
    if key == "lai-chau":  # no rating in its rules
        assert "MỨC ĐỘ HÀI LÒNG" not in whole


def test_a_long_table_repeats_its_header_on_every_page(year: Province) -> None:
    f = figures(year, "2026")
    many = tuple(
        Row(f"u{i:03d}", f"Đơn vị thử số {i}", Counts(received=i, on_time=i)) for i in range(1, 121)
    )
    text = pages(render_figures_pdf(replace(f, by_unit=many), year.profile))
    holding = [i for i, p in enumerate(text) if "Đơn vị thử số" in p]
    assert len(holding) >= 3
    for i in holding:
        assert "Cơ quan, đơn vị Tiếp nhận Có kết quả" in text[i]


def test_vietnamese_numbers_and_clocks() -> None:
    assert (num(12345), num(3.25, 1), num(None), pct(0.857), pct(None)) == (
        "12.345",
        "3,2",
        "–",
        "85,7%",
        "–",
    )
    assert clock_text(Clock("hours", 2, "forwarded")) == "02 giờ"
    assert clock_text(Clock("working_hours", 8, "forwarded")) == "08 giờ làm việc"
    lai_chau = load_profile("lai-chau")
    assert {c.code: clock_text(c.handle) for c in lai_chau.categories if c.handle}
    assert agency_header("Ủy ban nhân dân huyện Chợ Gạo", "Tỉnh Tiền Giang") == (
        None,
        ("ỦY BAN NHÂN DÂN", "HUYỆN CHỢ GẠO"),
    )
    assert agency_header("Sở Y tế tỉnh Tiền Giang", "Tỉnh Tiền Giang") == (
        "UBND TỈNH TIỀN GIANG",
        ("SỞ Y TẾ",),
    )


def test_the_late_listing_of_a_unit(year: Province) -> None:
    with year.db.session() as s:
        rows = late_listing(
            s,
            figures(year, "2026").period,
            "so_gtvt",
            now=NOW,
            calendar=calendar_from_session(s, year.profile),
        )
    # R9 (open past due), R2 (result 30 min late), R7 (returned 30 min after its hour),
    # R5 (result 1½ h late, on the make-up Saturday's Monday)
    assert [(r.received_at.date(), r.hours_late if r.done_at else None) for r in rows] == [
        (date(2026, 3, 2), None),
        (date(2026, 3, 6), 0.5),
        (date(2026, 3, 11), 0.5),
        (date(2026, 8, 20), 1.5),
    ]
    assert rows[0].done_at is None and rows[0].hours_late > 100
    with year.db.session() as s:
        assert (
            late_listing(
                s,
                figures(year, "2026").period,
                "so_xd",
                now=NOW,
                calendar=calendar_from_session(s, year.profile),
            )
            == []
        )


def test_the_explanation_report_lists_each_late_report(year: Province) -> None:
    with year.db.session() as s:
        rows = late_listing(
            s,
            figures(year, "2026").period,
            "so_gtvt",
            now=NOW,
            calendar=calendar_from_session(s, year.profile),
        )
    pdf = explanation_pdf(
        rows,
        load_profile("tien-giang"),
        ("so_gtvt", "Sở Giao thông vận tải tỉnh Tiền Giang", "agency"),
        "Năm 2026",
        date(2027, 1, 5),
    )
    whole = " ".join(pages(pdf))
    assert "BÁO CÁO GIẢI TRÌNH" in whole and "khoản 4 Điều 17" in whole
    assert "SỞ GIAO THÔNG VẬN TẢI" in whole and "UBND TỈNH TIỀN GIANG" in whole
    assert "Lý do / giải trình" in whole and "Chưa xử lý" in whole
    assert "3 phản ánh xử lý trễ hạn, 1 phản ánh chưa xử lý" in whole
    for r in rows:
        assert r.code in whole
    assert "- Sở Thông tin và Truyền thông (tổng hợp);" in whole
    with pytest.raises(ValueError, match="không quy định báo cáo giải trình"):
        explanation_pdf(
            rows,
            load_profile("thai-nguyen"),
            ("so_gtvt", "Sở", "agency"),
            "Năm 2026",
            date(2027, 1, 5),
        )


def test_the_private_list(year: Province) -> None:
    p, svc, op = year, year.service, year.actors["op"]
    at(p, "16/09/2026 08:00")
    r = svc.submit(op, draft(category="giao_thong", confidential=True))
    at(p, "16/09/2026 08:30")
    r = svc.forward(op, r.report_id, r.version, "so_xd")
    r = svc.accept(p.actors["cb.so_xd"], r.report_id, r.version)
    r = svc.submit_result(p.actors["cb.so_xd"], r.report_id, r.version, "Đã xử lý.")
    r = svc.approve(p.actors["ld.so_xd"], r.report_id, r.version)
    at(p, "17/09/2026 09:00")
    svc.publish(op, r.report_id, r.version, "private")
    p.clock.now = NOW
    with p.db.session() as s:
        rows = private_listing(s, figures(p, "2026-09").period)
        none = private_listing(s, figures(p, "2026-03").period)
    assert [(x.code, x.answered_at.day, x.reason) for x in rows] == [
        (r.code, 17, "Người phản ánh đề nghị giữ bí mật")
    ] and none == []
    whole = " ".join(
        pages(private_list_pdf(rows, load_profile("dak-lak"), "Tháng 9/2026", date(2026, 10, 1)))
    )
    assert r.code in whole and "Bước 4.1" in whole and "- UBND tỉnh (báo cáo);" in whole
    assert "Tổng số: 1 phản ánh, kiến nghị./." in whole


def test_figures_survive_the_round_trip_the_frozen_copy_takes(year: Province) -> None:
    f = figures(year, "2026")
    assert Figures.from_dict(f.to_dict()) == f


def test_a_table_starts_where_its_section_is_and_keeps_its_caption(year: Province) -> None:
    """A table that fits a page but not what is left of the current one breaks there, its
    caption on top of each part, instead of leaving most of the page blank."""
    f = figures(year, "2026")
    units = tuple(
        Row(f"u{i:03d}", f"Đơn vị thử số {i}", Counts(received=i, on_time=i)) for i in range(1, 31)
    )
    text = pages(render_figures_pdf(replace(f, by_unit=units), year.profile))
    section = next(i for i, p in enumerate(text) if "KẾT QUẢ XỬ LÝ CỦA CÁC CƠ QUAN" in p)
    assert "Đơn vị thử số 1 " in text[section]
    holding = [i for i, p in enumerate(text) if "Đơn vị thử số" in p]
    assert all("Bảng 2. Theo cơ quan, đơn vị" in text[i] for i in holding)
