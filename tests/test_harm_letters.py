"""Reports harmful to someone's reputation (issue 17 item 7): the letter the text asks for, the
reporter told and recorded, and Đắk Lắk's monthly list to the province."""

from __future__ import annotations

import io
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from console.cli import main as cli_main
from console.db import Database
from console.letters import LetterError, load_template
from console.letters.harm import harm_letter_data, harm_letter_pdf
from console.letters.harm_list import harm_rows, render_harm_list
from console.models import HistoryEntry, Restriction, Role
from console.profiles import load_profile
from console.services.detail import detail_in_session
from console.workflow import WorkflowError
from tests.scenario_helpers import Province, draft, make_province

MON = datetime(2026, 3, 2, 9, 0)
PHONE, EMAIL, ADDRESS = "0905 123 456", "hanh.tran@example.vn", "Số 7 hẻm 3 đường Y Jút"


def flat(pdf: bytes) -> str:
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def _harm_draft(**kw: object):  # type: ignore[no-untyped-def]
    base = dict(
        channel="hotline",
        category="an_toan_thuc_pham",
        title="Quán ăn dùng lại dầu chiên nhiều lần",
        description=f"Quán ăn dùng lại dầu chiên đen đặc; gọi tôi qua số {PHONE}.",
        place="Số 12 đường Lê Duẩn",
        reporter_name="Trần Thị Hạnh",
        reporter_honorific="Bà",
        reporter_phone=PHONE,
        reporter_email=EMAIL,
        reporter_address=ADDRESS,
    )
    return draft(**(base | kw))


def _marked(p: Province, op, **kw: object) -> tuple[int, int, str]:  # type: ignore[no-untyped-def]
    r = p.service.submit(op, _harm_draft(**kw))
    r = p.service.restrict(
        op, r.report_id, r.version, Restriction.REPUTATIONAL, "Nêu tên cơ sở kinh doanh cụ thể"
    )
    return r.report_id, r.version, r.code


def _actions(p: Province, actor, report_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    with p.db.session() as s:
        return detail_in_session(s, p.profile, actor, report_id, now=p.clock()).actions


def _last(p: Province, report_id: int) -> HistoryEntry:
    with p.db.session() as s:
        entry = s.scalars(
            select(HistoryEntry)
            .where(HistoryEntry.report_id == report_id)
            .order_by(HistoryEntry.id.desc())
        ).first()
        assert entry is not None
        s.expunge(entry)
        return entry


def test_dak_lak_buoc_2_3_letter_to_the_district_ubnd_and_the_reporter_told_by_phone(
    any_db: Database,
) -> None:
    p = make_province(any_db, load_profile("dak-lak"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    # Phường Tân Lợi is a ward of Buôn Ma Thuột (its UBND's parent is the city's Tổ xử lý).
    rid, version, code = _marked(p, op, area="Phường Tân Lợi")
    plain = p.service.submit(op, _harm_draft(area="Phường Tân Lợi"))
    assert "notify_reporter" in _actions(p, op, rid)
    assert "notify_reporter" not in _actions(p, op, plain.report_id)  # not marked
    template = load_template("dak-lak")
    with any_db.session() as s:
        data = harm_letter_data(
            s, code, profile=p.profile, template=template, today=date(2026, 3, 2)
        )
        pdf = harm_letter_pdf(s, p.profile, code, today=date(2026, 3, 2), number=7)
    # Bước 2.3: "gửi văn bản đến UBND các huyện, thị xã, thành phố" of the report's place.
    assert data.recipient == "Ủy ban nhân dân thành phố Buôn Ma Thuột"
    text = flat(pdf)
    assert "Kính gửi: Ủy ban nhân dân thành phố Buôn Ma Thuột" in text
    assert f"V/v phản ánh, kiến nghị {code} ảnh hưởng đến uy tín của tổ chức, cá nhân" in text
    assert "Số: 07/STTTT-IOC" in text and "Đắk Lắk, ngày 02 tháng 3 năm 2026" in text
    assert "không công khai phản ánh trên Cổng thông tin tuongtaccongdan.daklak.gov.vn" in text
    assert "Bà Trần Thị Hạnh" in text
    for secret in ("0905", "123 456", EMAIL, "Y Jút"):  # the reporter's contact never printed
        assert secret not in text
    assert "[thông tin được giữ bí mật]" in text  # the phone inside the description
    # "thông tin đến người gửi ý kiến biết đã tiếp nhận qua điện thoại hoặc email cá nhân"
    r = p.service.notify_reporter(op, rid, version, "phone")
    assert r.version == version + 1 and r.status.value == "received"
    entry = _last(p, rid)
    assert entry.action == "notify_reporter" and entry.actor_id == op.id
    assert entry.data == {"means": "phone", "about": "received"}
    assert entry.note == (
        "Đã báo người phản ánh qua điện thoại: phản ánh đã được tiếp nhận, đang xử lý"
    )
    assert "0905" not in entry.note
    officer = p.add("cb.bmt", "to_bmt", Role.TEAM)
    with pytest.raises(WorkflowError):  # the IOC tells the reporter, not the units
        p.service.notify_reporter(officer, rid, r.version, "phone")
    with pytest.raises(WorkflowError, match="Chỉ báo tin riêng"):
        p.service.notify_reporter(op, plain.report_id, plain.version, "phone")


def test_dak_lak_buoc_2_3_the_district_of_the_team_holding_it_and_no_guess_without_one(
    sqlite_db: Database,
) -> None:
    p = make_province(sqlite_db, load_profile("dak-lak"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    rid, version, code = _marked(p, op, area=None)
    template = load_template("dak-lak")
    with sqlite_db.session() as s, pytest.raises(LetterError, match="Chưa xác định được huyện"):
        harm_letter_data(s, code, profile=p.profile, template=template)
    p.service.forward(op, rid, version, unit="to_krong_pac")
    with sqlite_db.session() as s:
        data = harm_letter_data(s, code, profile=p.profile, template=template)
    assert data.recipient == "Ủy ban nhân dân huyện Krông Pắc"
    assert data.recipient_short == "UBND huyện Krông Pắc"


def test_dak_lak_buoc_4_1_the_monthly_list_to_ubnd_tinh(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("dak-lak"), datetime(2026, 2, 20, 9, 0))
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    feb = datetime(2026, 2, 19, 20, 0)  # occurred before it was received (issue 16)
    _, _, feb_code = _marked(p, op, area="Thành phố Buôn Ma Thuột", occurred_at=feb)  # open
    done, dv, _ = _marked(p, op, area="Huyện Ea Kar", occurred_at=feb)
    p.service.reject(op, done, dv, "Nội dung không rõ")  # closed in February: not in March
    p.clock.now = datetime(2026, 3, 5, 10, 0)
    march, mv, march_code = _marked(p, op, area="Huyện Ea Kar")
    p.service.notify_reporter(op, march, mv, "email")
    p.service.submit(op, _harm_draft(area="Huyện Ea Kar"))  # not marked
    p.clock.now = datetime(2026, 4, 1, 8, 0)
    _marked(p, op)  # April: not in March
    with sqlite_db.session() as s:
        rows = harm_rows(s, date(2026, 3, 1))
        pdf, count = render_harm_list(
            s, p.profile, load_template("dak-lak"), date(2026, 3, 1), today=date(2026, 4, 2)
        )
    assert [r.code for r in rows] == [feb_code, march_code] and count == 2
    assert rows[1].notices == ("05/3/2026 (thư điện tử)",) and rows[0].notices == ()
    text = flat(pdf)
    assert "BÁO CÁO" in text and "tháng 3 năm 2026" in text
    assert "Kính gửi: Ủy ban nhân dân tỉnh Đắk Lắk" in text
    assert feb_code in text and march_code in text and ": 2 phản ánh, kiến nghị" in text
    assert "Sở Thông tin và Truyền thông kính báo cáo Ủy ban nhân dân tỉnh./." in text
    for secret in ("0905", EMAIL, "Y Jút"):
        assert secret not in text


def test_tien_giang_dieu_4_6_letter_to_the_agency_and_its_parent_body_reporter_acknowledged(
    any_db: Database,
) -> None:
    p = make_province(any_db, load_profile("tien-giang"), MON)
    op = p.add("tongdai1", "ioc", Role.OPERATOR)
    template = load_template("tien-giang")
    rid, version, code = _marked(p, op)
    with any_db.session() as s, pytest.raises(LetterError, match="chưa được chuyển"):
        harm_letter_data(s, code, profile=p.profile, template=template)
    # To a ward's UBND: its parent body is the city's UBND (Điều 4.6 "cơ quan chủ quản").
    r = p.service.forward(op, rid, version, unit="mt_phuong_1")
    with any_db.session() as s:
        data = harm_letter_data(s, code, profile=p.profile, template=template)
        text = flat(harm_letter_pdf(s, p.profile, code, today=date(2026, 3, 2)))
    assert data.recipient == "Ủy ban nhân dân Phường 1, thành phố Mỹ Tho"
    assert data.parent_body == "Ủy ban nhân dân thành phố Mỹ Tho"
    assert "Kính gửi: Ủy ban nhân dân Phường 1, thành phố Mỹ Tho" in text
    assert "Văn bản này được đồng gửi Ủy ban nhân dân thành phố Mỹ Tho để báo cáo." in text
    assert "- Ủy ban nhân dân thành phố Mỹ Tho (để báo cáo);" in text
    assert "khoản 6 Điều 4" in text and "Tiền Giang, ngày 02 tháng 3 năm 2026" in text
    for secret in ("0905", EMAIL, "Y Jút"):
        assert secret not in text
    # "đồng thời thông tin đến người gửi ý kiến biết đã tiếp nhận và đang xử lý"
    ack = p.service.notify_reporter(op, rid, r.version, "email", note="Gửi lúc 9 giờ 30")
    entry = _last(p, rid)
    assert entry.action == "notify_reporter" and entry.data == {
        "means": "email",
        "about": "received",
    }
    assert entry.note == (
        "Đã báo người phản ánh qua thư điện tử: phản ánh đã được tiếp "
        "nhận, đang xử lý. Gửi lúc 9 giờ 30"
    )
    assert ack.version == r.version + 1


@pytest.mark.parametrize(
    ("unit", "parent"),
    [
        ("so_yt", "Ủy ban nhân dân tỉnh Tiền Giang"),  # Điều 1.2.a: a sở under the UBND tỉnh
        ("ca_tinh", ""),  # a vertical agency: no parent body in the province ("nếu có")
    ],
)
def test_tien_giang_dieu_4_6_parent_body_only_where_there_is_one(
    sqlite_db: Database, unit: str, parent: str
) -> None:
    p = make_province(sqlite_db, load_profile("tien-giang"), MON)
    op = p.add("tongdai1", "ioc", Role.OPERATOR)
    rid, version, code = _marked(p, op)
    p.service.forward(op, rid, version, unit=unit)
    with sqlite_db.session() as s:
        data = harm_letter_data(s, code, profile=p.profile, template=load_template("tien-giang"))
        text = flat(harm_letter_pdf(s, p.profile, code))
    assert data.parent_body == parent
    assert ("đồng gửi" in text) is bool(parent)
    assert ("(để báo cáo)" in text) is bool(parent)


@pytest.mark.parametrize("key", ["thai-nguyen", "lai-chau"])
def test_provinces_whose_text_has_no_such_letter_offer_none(sqlite_db: Database, key: str) -> None:
    p = make_province(sqlite_db, load_profile(key), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    rid, version, code = _marked(p, op, channel="app", category=p.profile.categories[0].code)
    assert "notify_reporter" not in _actions(p, op, rid)
    with sqlite_db.session() as s, pytest.raises(LetterError, match="không có văn bản riêng"):
        harm_letter_pdf(s, p.profile, code)
    with pytest.raises(WorkflowError, match="Chỉ báo tin riêng"):
        p.service.notify_reporter(op, rid, version, "phone")


def test_notice_needs_the_contact_it_claims(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("dak-lak"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    rid, version, _ = _marked(p, op, reporter_email="")
    with pytest.raises(WorkflowError, match="không có thư điện tử"):
        p.service.notify_reporter(op, rid, version, "email")
    with pytest.raises(WorkflowError, match="Cách báo tin không hợp lệ"):
        p.service.notify_reporter(op, rid, version, "zalo")


def test_cli_harm_letter_and_harm_list(sqlite_db: Database, tmp_path: Path, capsys) -> None:
    p = make_province(sqlite_db, load_profile("dak-lak"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    _, _, code = _marked(p, op, area="Thị xã Buôn Hồ")
    out = tmp_path / "harm.pdf"
    common = ["--db", sqlite_db.url, "--profile", "dak-lak"]
    assert cli_main(["harm-letter", code, "-o", str(out), "--date", "2026-03-03", *common]) == 0
    assert "Kính gửi: Ủy ban nhân dân thị xã Buôn Hồ" in flat(out.read_bytes())
    listing = tmp_path / "list.pdf"
    assert (
        cli_main(["harm-list", "--month", "2026-03", "-o", str(listing), "--number", "3", *common])
        == 0
    )
    text = flat(listing.read_bytes())
    assert "Số: 03/BC-STTTT" in text and code in text
    assert "Đã ghi danh sách 1 phản ánh" in capsys.readouterr().out
    assert cli_main(["harm-list", "--month", "03/2026", "-o", str(listing), *common]) == 2
    assert capsys.readouterr().err.strip() == (
        "Lỗi: --month: tháng “03/2026” không hợp lệ (viết YYYY-MM, ví dụ 2026-03)"
    )
    assert cli_main(["harm-letter", "DL-2026-999999", "-o", str(out), *common]) == 2
    assert "Không có phản ánh mã" in capsys.readouterr().err


def test_a_broken_harm_section_names_the_file_and_key(tmp_path: Path) -> None:
    from console.letters import TemplateError, load_template_file

    source = Path(__file__).resolve().parent.parent / "resources" / "letters" / "tien-giang.toml"
    bad = tmp_path / "tien-giang.toml"
    bad.write_text(
        source.read_text(encoding="utf-8").replace('to = "handler"', 'to = "tinh"'),
        encoding="utf-8",
    )
    with pytest.raises(TemplateError, match=r"tien-giang\.toml: harm\.to: “tinh” không hợp lệ"):
        load_template_file(bad)
    bad.write_text(
        source.read_text(encoding="utf-8").replace(
            'so_yt = "Ủy ban nhân dân tỉnh Tiền Giang"', 'so_khong_co = "X"'
        ),
        encoding="utf-8",
    )
    with pytest.raises(TemplateError, match=r"harm\.parent_bodies\.so_khong_co"):
        load_template_file(bad)


def test_dak_lak_buoc_4_1_an_empty_month_says_so(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("dak-lak"), MON)
    with sqlite_db.session() as s:
        pdf, count = render_harm_list(
            s, p.profile, load_template("dak-lak"), date(2026, 1, 1), today=date(2026, 2, 2)
        )
    text = flat(pdf)
    assert count == 0 and "tháng 01 năm 2026: 0 phản ánh" in text
    assert "Trong tháng không có phản ánh, kiến nghị nào thuộc trường hợp này." in text
    with sqlite_db.session() as s, pytest.raises(LetterError, match="không có báo cáo hàng"):
        render_harm_list(
            s, p.profile, load_template("tien-giang"), date(2026, 1, 1), today=date(2026, 2, 2)
        )
