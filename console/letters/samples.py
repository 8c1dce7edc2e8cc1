"""Made-up letters for every profile: template previews, the PNG samples, tests, benchmarks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from console.letters.data import LetterData, Org
from console.letters.harm import HarmLetterData
from console.letters.harm_list import HarmRow
from console.profiles import Profile


def sample_data(profile: Profile, variant: str = "answer", **changes: object) -> LetterData:
    """A made-up letter of ``profile`` (template previews, the samples, tests, benchmarks)."""
    ioc = next(u for u in profile.units if u.kind == "ioc")
    unit = profile.unit(profile.categories[0].default_unit)
    unit = next(iter(profile.children(unit.code)), unit) if unit.kind == "team" else unit
    parent = profile.unit(unit.parent) if unit.parent else None
    texts = {
        "answer": "Ngày 03/3/2026, đơn vị đã cử cán bộ kiểm tra hiện trường, lập biên bản và "
        "yêu cầu khắc phục.\nKết quả: mặt đường đã được vá, hố ga được thay nắp mới ngày "
        "04/3/2026, bảo đảm an toàn giao thông.",
        "rejected": "Phản ánh không nêu rõ địa điểm, thời gian xảy ra sự việc; hình ảnh kèm "
        "theo không thể hiện nội dung phản ánh.",
        "redirected": profile.not_accepted[0].guidance
        if profile.not_accepted
        else "Đề nghị Ông/bà gửi đơn khiếu nại đến cơ quan có thẩm quyền theo Luật Khiếu nại.",
        "direct": "Hồ sơ cấp đổi giấy phép lái xe nộp trực tuyến trên Cổng Dịch vụ công quốc "
        "gia; thời hạn giải quyết 05 ngày làm việc.",
    }
    data = LetterData(
        profile_key=profile.key,
        variant=variant,
        code=f"{profile.code_prefix}-2026-000123",
        title="Ổ gà lớn trên đường, nguy hiểm cho người đi xe máy",
        received_at=datetime(2026, 3, 2, 8, 15),
        honorific="Ông",
        reporter_name="Nguyễn Văn Đức",
        confidential=False,
        ioc=Org(ioc.code, ioc.name, ioc.short_name, ioc.kind),
        handler=None
        if variant != "answer"
        else Org(
            unit.code,
            unit.name,
            unit.short_name,
            unit.kind,
            unit.area,
            Org(parent.code, parent.name, parent.short_name, parent.kind) if parent else None,
        ),
        text=texts[variant],
        letter_date=date(2026, 3, 5),
        province=profile.province,
        channel=profile.not_accepted[0].name if profile.not_accepted else "",
        hotline=profile.hotline or "",
        approver="Trần Quốc Hưng",
        number=15,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def sample_harm(profile: Profile, **changes: object) -> HarmLetterData:
    """A made-up letter about a report harmful to a reputation (Đắk Lắk, Tiền Giang)."""
    ioc = next(u for u in profile.units if u.kind == "ioc")
    district = next((u for u in profile.units if u.kind in ("district", "team") and u.area), None)
    area = district.area if district and district.area else profile.name
    data = HarmLetterData(
        profile_key=profile.key,
        code=f"{profile.code_prefix}-2026-000124",
        title="Cơ sở bán thức ăn đường phố dùng dầu chiên đã qua sử dụng nhiều lần",
        text="Quán ăn ở số 12 đường Lê Duẩn dùng lại dầu chiên đen đặc nhiều ngày, đổ dầu "
        "thải xuống cống.\nNhiều khách ăn xong bị đau bụng; đề nghị cơ quan chức năng kiểm tra.",
        received_at=datetime(2026, 3, 2, 14, 40),
        reporter="Bà Trần Thị Hạnh",
        category="An toàn thực phẩm",
        place=f"Số 12 đường Lê Duẩn, {area}",
        area=area,
        status="Mới tiếp nhận",
        ioc=Org(ioc.code, ioc.name, ioc.short_name, ioc.kind),
        recipient=f"Ủy ban nhân dân {area[:1].lower()}{area[1:]}",
        recipient_short=f"UBND {area[:1].lower()}{area[1:]}",
        parent_body="",
        letter_date=date(2026, 3, 3),
        province=profile.province,
        number=16,
        signer="Lê Minh Tuấn",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def sample_harm_rows() -> list[HarmRow]:
    """Made-up rows of a month's list of reports harmful to a reputation."""
    return [
        HarmRow(
            "DL-2026-000098",
            datetime(2026, 2, 24, 10, 5),
            "Cán bộ một cửa phường gây phiền hà khi chứng thực giấy tờ",
            "Thành phố Buôn Ma Thuột",
            "Tổ xử lý TP Buôn Ma Thuột",
            "Đang xử lý",
            ("25/02/2026 (điện thoại)",),
        ),
        HarmRow(
            "DL-2026-000124",
            datetime(2026, 3, 2, 14, 40),
            "Cơ sở bán thức ăn đường phố dùng dầu chiên đã qua sử dụng nhiều lần",
            "Huyện Krông Pắc",
            "Tổ xử lý huyện Krông Pắc",
            "Đã trả lời",
            ("02/3/2026 (điện thoại)", "18/3/2026 (thư điện tử)"),
        ),
        HarmRow(
            "DL-2026-000131",
            datetime(2026, 3, 9, 8, 20),
            "Cửa hàng vật liệu xây dựng cân thiếu, bán sai giá niêm yết",
            "Thị xã Buôn Hồ",
            "",
            "Mới tiếp nhận",
            (),
        ),
    ]
