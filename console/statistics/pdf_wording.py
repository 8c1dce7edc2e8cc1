"""Per-province wording of the report documents: issuer, recipients, the article each report
answers, the signer. One entry per profile, each value citing its article (seeds, DESIGN §9).

The issuer is the IOC (its header as in the reply letters, resources/letters/*.toml); the
explanation report of Tiền Giang Điều 17.4 is issued by the agency itself (pdf_lists.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from console.errors import InvalidValueError


@dataclass(frozen=True)
class ReportWording:
    place: str  # the date line's place name
    parent: str | None  # parent body, upper case
    issuer: tuple[str, ...]  # issuing body, upper case, one item a line
    symbol: str  # the number's symbol: "05/BC-TTĐH"
    addressee: str  # "Kính gửi: …"
    basis: str  # the opening paragraph: the article that requires the report
    recipients: tuple[str, ...]  # "Nơi nhận:" without "- " and ";" (the last is "Lưu: …")
    signature: tuple[str, ...]  # authority and title, upper case
    private_list: bool = False  # Đắk Lắk Bước 4.1: monthly list of privately answered reports
    explanation: bool = False  # Tiền Giang Điều 17.4: each agency explains its late reports
    per_category_clock: bool = False  # Lai Châu Điều 7.4: on-time rate against each clock
    closing: tuple[str, ...] = ()  # paragraphs before "kính báo cáo", citing their articles


WORDING: dict[str, ReportWording] = {
    "thai-nguyen": ReportWording(
        place="Thái Nguyên",
        parent="UBND TỈNH THÁI NGUYÊN",
        issuer=("TRUNG TÂM ĐIỀU HÀNH", "THÔNG MINH"),
        symbol="BC-TTĐH",
        addressee="Ủy ban nhân dân tỉnh Thái Nguyên",
        # Điều 13.5: "Định kỳ hàng tháng và quý tổng hợp, báo cáo lãnh đạo UBND tỉnh".
        basis="Thực hiện khoản 5 Điều 13 Quy định tạm thời về tiếp nhận, xử lý thông tin phản "
        "ánh hiện trường tại Trung tâm Điều hành thông minh tỉnh Thái Nguyên, Trung tâm "
        "Điều hành thông minh tỉnh báo cáo lãnh đạo UBND tỉnh tình hình tiếp nhận, xử lý "
        "phản ánh hiện trường {period} như sau:",
        recipients=("Lãnh đạo UBND tỉnh (báo cáo)", "Lưu: VT, ĐHGS"),
        signature=("GIÁM ĐỐC",),
    ),
    "dak-lak": ReportWording(
        place="Đắk Lắk",
        parent="SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        issuer=("TRUNG TÂM GIÁM SÁT, ĐIỀU HÀNH", "ĐÔ THỊ THÔNG MINH"),  # mục I.2.d
        symbol="BC-IOC",
        addressee="Ủy ban nhân dân tỉnh Đắk Lắk",
        # Bước 4.1 and mục III.5.b: "Hàng tuần DAK LAK IOC gửi báo cáo thống kê tình hình tiếp
        # nhận, xử lý phản ánh, kiến nghị đến UBND tỉnh, Sở Thông tin và Truyền thông, UBND các
        # huyện, thị xã, thành phố".
        basis="Thực hiện điểm b khoản 5 mục III Hướng dẫn quy trình xử lý phản ánh, kiến nghị "
        "của tổ chức, cá nhân qua dịch vụ Phản ánh hiện trường, DAK LAK IOC báo cáo thống "
        "kê tình hình tiếp nhận, xử lý phản ánh, kiến nghị {period} như sau:",
        recipients=(
            "UBND tỉnh (báo cáo)",
            "Sở Thông tin và Truyền thông",
            "UBND các huyện, thị xã, thành phố",
            "Lưu: VT, IOC",
        ),
        signature=("GIÁM ĐỐC",),
        private_list=True,
        closing=(
            "Các phản ánh, kiến nghị được trả lời riêng, không công khai trên Cổng thông "
            "tin tuongtaccongdan.daklak.gov.vn được tổng hợp, báo cáo UBND tỉnh định kỳ "
            "hàng tháng bằng danh sách riêng (Bước 4.1 Hướng dẫn).",
        ),
    ),
    "tien-giang": ReportWording(
        place="Tiền Giang",
        parent="SỞ TT&TT TỈNH TIỀN GIANG",
        issuer=("TRUNG TÂM CÔNG NGHỆ", "THÔNG TIN VÀ TRUYỀN THÔNG"),  # Điều 1.2.g, 16
        symbol="BC-TTCNTT",
        addressee="Văn phòng Ủy ban nhân dân tỉnh; Sở Thông tin và Truyền thông",
        # Điều 12.1: "định kỳ (hàng tháng, quý, năm), đột xuất báo cáo … cho Văn phòng Ủy ban
        # nhân dân tỉnh, Sở Thông tin và Truyền thông"; Điều 18: "… mức độ hài lòng của tổ
        # chức, cá nhân"; Điều 15.3: kết quả vào đánh giá, xếp hạng cải cách hành chính.
        basis="Thực hiện khoản 1 Điều 12 và Điều 18 Quy chế phối hợp tiếp nhận, xử lý và trả lời "
        "phản ánh, kiến nghị qua Hệ thống 1022 tỉnh Tiền Giang, Trung tâm Công nghệ thông "
        "tin và Truyền thông báo cáo tình hình tiếp nhận, xử lý, trả lời phản ánh, kiến "
        "nghị và mức độ hài lòng của tổ chức, cá nhân {period} như sau:",
        recipients=(
            "Văn phòng UBND tỉnh",
            "Sở Thông tin và Truyền thông",
            "Sở Nội vụ (đánh giá, xếp hạng CCHC theo khoản 3 Điều 15)",
            "Lưu: VT, GSĐP",
        ),
        signature=("GIÁM ĐỐC",),
        explanation=True,
        closing=(
            "Kết quả xếp hạng nêu trên là căn cứ để Sở Nội vụ bổ sung vào tiêu chí đánh giá "
            "hoàn thành nhiệm vụ, xếp hạng cải cách hành chính của các cơ quan, đơn vị "
            "(khoản 3 Điều 15 Quy chế).",
            "Đề nghị các cơ quan, đơn vị có phản ánh, kiến nghị trễ hạn hoặc không xử lý "
            "trong kỳ gửi báo cáo giải trình về Ủy ban nhân dân tỉnh (thông qua Sở Thông tin "
            "và Truyền thông) theo khoản 4 Điều 17 Quy chế.",
        ),
    ),
    "lai-chau": ReportWording(
        place="Lai Châu",
        parent="UBND THÀNH PHỐ LAI CHÂU",
        issuer=("TRUNG TÂM ĐIỀU HÀNH", "ĐÔ THỊ THÔNG MINH"),  # Điều 2.1
        symbol="BC-IOC",
        addressee="Lãnh đạo Ủy ban nhân dân thành phố Lai Châu",
        # The rules name no periodic report (report_periods = []); Điều 7.2 and 7.5 report to
        # the city's leaders, Điều 7.4 sets each category's clock (2–8 hours).
        basis="Thực hiện khoản 2 Điều 7 Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của tổ "
        "chức, cá nhân thông qua hệ thống phản ánh hiện trường, IOC thành phố Lai Châu "
        "báo cáo tình hình tiếp nhận, xử lý phản ánh, kiến nghị {period}, trong đó tỷ lệ "
        "đúng hạn theo thời hạn của từng lĩnh vực tại khoản 4 Điều 7, như sau:",
        recipients=(
            "Lãnh đạo UBND thành phố (báo cáo)",
            "Văn phòng HĐND và UBND thành phố",
            "Lưu: VT, IOC",
        ),
        signature=("GIÁM ĐỐC",),
        per_category_clock=True,
    ),
}


def wording_for(profile_key: str) -> ReportWording:
    try:
        return WORDING[profile_key]
    except KeyError:
        raise InvalidValueError(
            "Hồ sơ “{key}” chưa có mẫu báo cáo định kỳ", key=profile_key
        ) from None
