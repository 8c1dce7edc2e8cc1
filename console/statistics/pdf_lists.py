"""Report-level documents, in the same layout as the periodic report:

- the agency's explanation report of its late or unhandled reports (Tiền Giang Điều 17.4:
  "Định kỳ hàng tháng, quý, năm có báo cáo giải trình Ủy ban nhân dân tỉnh (thông qua Sở Thông
  tin và Truyền thông) về các trường hợp … trễ hạn hoặc không xử lý"), issued by the agency
  itself, with an empty "Lý do / giải trình" column for it to fill; its number is left blank for
  the agency's clerical office;
- Đắk Lắk's monthly list of the reports answered privately, not published (Bước 4.1).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from console.errors import InvalidValueError
from console.letters.render import abbreviate
from console.letters.templates import load_template
from console.profiles import Profile
from console.statistics import pdf_doc as doc
from console.statistics.listings import LateRow, PrivateRow
from console.statistics.pdf import lower_first
from console.statistics.pdf_tables import grid, num
from console.statistics.pdf_wording import wording_for

UBND = "Ủy ban nhân dân"


def _dt(value: datetime) -> str:
    return f"{value:%d/%m/%Y %H:%M}"


def agency_header(name: str, province: str) -> tuple[str | None, tuple[str, ...]]:
    """An Ủy ban nhân dân writes no parent line; a provincial agency writes "UBND TỈNH X" and
    drops the province from its own name (as the letters' headers do)."""
    if name.lower().startswith(UBND.lower()):
        return None, ("ỦY BAN NHÂN DÂN", name[len(UBND) :].strip().upper())
    suffix = f" {lower_first(province)}"
    short = name[: -len(suffix)] if name.lower().endswith(suffix.lower()) else name
    return f"UBND {province.upper()}", (short.upper(),)


def explanation_pdf(
    rows: Sequence[LateRow],
    profile: Profile,
    unit: tuple[str, str, str],
    period_label: str,
    day: date,
    out: str | Path | BinaryIO | None = None,
) -> bytes:
    """``unit`` is (code, name, kind); ``rows`` from console.statistics.listings.late_listing."""
    wording = wording_for(profile.key)
    if not wording.explanation:
        raise InvalidValueError(
            "Hồ sơ “{key}” không quy định báo cáo giải trình của cơ quan xử lý", key=profile.key
        )
    code, name, kind = unit
    parent, issuer = agency_header(name, profile.province)
    signature = load_template(profile.key).signature.get(kind, ("THỦ TRƯỞNG CƠ QUAN",))
    frame = doc.Frame(
        parent=parent,
        issuer=issuer,
        number=None,
        symbol=f"BC-{abbreviate(name, profile.province)}",
        place=wording.place,
        day=day,
        title=(
            "BÁO CÁO GIẢI TRÌNH",
            "Các trường hợp tiếp nhận, xử lý và trả lời phản ánh, "
            "kiến nghị trễ hạn hoặc không xử lý",
            period_label,
        ),
        addressee=f"Ủy ban nhân dân {lower_first(profile.province)} (thông qua Sở Thông tin "
        "và Truyền thông)",
        signature=signature,
        recipients=("Như trên", "Sở Thông tin và Truyền thông (tổng hợp)", "Lưu: VT"),
    )
    period = lower_first(period_label)
    story = doc.opening(frame)
    story += doc.body(
        f"Thực hiện khoản 4 Điều 17 Quy chế phối hợp tiếp nhận, xử lý và trả lời phản ánh, kiến "
        f"nghị qua Hệ thống 1022 tỉnh Tiền Giang, {name} báo cáo giải trình các trường hợp tiếp "
        f"nhận, xử lý và trả lời phản ánh, kiến nghị trễ hạn hoặc không xử lý {period} như sau:"
    )
    late_done = sum(1 for r in rows if r.done_at is not None)
    if rows:
        story += doc.body(
            f"Trong kỳ, đơn vị có {num(len(rows))} phản ánh, kiến nghị trễ hạn hoặc không xử "
            f"lý: {num(late_done)} phản ánh xử lý trễ hạn, {num(len(rows) - late_done)} phản "
            "ánh chưa xử lý. Thời gian trễ tính theo giờ làm việc, từ hạn xử lý đến khi hoàn "
            "thành (hoặc đến thời điểm lập báo cáo nếu chưa xử lý)."
        )
        story.append(_late_table(rows))
    else:
        story += doc.body("Trong kỳ, đơn vị không có phản ánh, kiến nghị trễ hạn hoặc không xử lý.")
    story.append(doc.closing(frame, f"Trên đây là báo cáo giải trình của {name} ({code})./."))
    return doc.write(story, "Báo cáo giải trình " + period_label, out)


def _late_table(rows: Sequence[LateRow]) -> Flowable:
    body = [
        [
            str(i),
            r.code,
            _dt(r.received_at),
            _dt(r.due_at),
            _dt(r.done_at) if r.done_at else "Chưa xử lý",
            num(r.hours_late, 1),
            "\n\n",
        ]
        for i, r in enumerate(rows, 1)
    ]
    return grid(
        [
            "STT",
            "Mã phản ánh",
            "Tiếp nhận",
            "Hạn xử lý",
            "Hoàn thành",
            "Trễ (giờ làm việc)",
            "Lý do / giải trình",
        ],
        body,
        [0.06, 0.19, 0.13, 0.13, 0.13, 0.10, 0.26],
        text_columns=5,
    )


def private_list_pdf(
    rows: Sequence[PrivateRow],
    profile: Profile,
    period_label: str,
    day: date,
    out: str | Path | BinaryIO | None = None,
) -> bytes:
    wording = wording_for(profile.key)
    if not wording.private_list:
        raise InvalidValueError(
            "Hồ sơ “{key}” không quy định danh sách phản ánh trả lời riêng", key=profile.key
        )
    frame = doc.Frame(
        parent=wording.parent,
        issuer=wording.issuer,
        number=None,
        symbol=wording.symbol,
        place=wording.place,
        day=day,
        title=(
            "BÁO CÁO",
            "Danh sách phản ánh, kiến nghị trả lời riêng, không công khai "
            "trên Cổng thông tin tuongtaccongdan.daklak.gov.vn",
            period_label,
        ),
        addressee=wording.addressee,
        signature=wording.signature,
        recipients=("UBND tỉnh (báo cáo)", "Lưu: VT, IOC"),
    )
    period = lower_first(period_label)
    story = doc.opening(frame)
    story += doc.body(
        "Thực hiện Bước 4.1 Hướng dẫn quy trình xử lý phản ánh, kiến nghị của tổ chức, cá nhân "
        "qua dịch vụ Phản ánh hiện trường, DAK LAK IOC báo cáo danh sách các phản ánh, kiến "
        "nghị đã thông báo kết quả xử lý riêng đến người gửi, không công khai trên Cổng thông "
        f"tin, {period} như sau:"
    )
    if rows:
        story.append(
            grid(
                [
                    "STT",
                    "Mã phản ánh",
                    "Nội dung",
                    "Lĩnh vực",
                    "Cơ quan xử lý",
                    "Ngày trả lời",
                    "Lý do không công khai",
                ],
                [
                    [
                        str(i),
                        r.code,
                        r.title,
                        r.category,
                        r.unit,
                        f"{r.answered_at:%d/%m/%Y}",
                        r.reason,
                    ]
                    for i, r in enumerate(rows, 1)
                ],
                [0.06, 0.18, 0.21, 0.13, 0.15, 0.11, 0.16],
                text_columns=7,
            )
        )
    else:
        story += doc.body("Trong kỳ không có phản ánh, kiến nghị nào được trả lời riêng.")
    story.append(doc.closing(frame, f"Tổng số: {num(len(rows))} phản ánh, kiến nghị./."))
    return doc.write(story, "Danh sách phản ánh trả lời riêng " + period_label, out)
