"""The body of a periodic report: the figures as paragraphs, tables and charts, in the order a
report to the People's Committee reads (totals, units, categories, channels, satisfaction,
ranking). Every number comes from ``Figures``: a reprint from the frozen copy is identical."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from console.profiles import Clock, Profile
from console.statistics import pdf_doc as doc
from console.statistics.figures import Counts, Figures, Row
from console.statistics.pdf_charts import late_chart, trend_chart
from console.statistics.pdf_tables import grid, num, pct
from console.statistics.pdf_wording import ReportWording

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def totals_text(t: Counts) -> list[str]:
    texts = [
        f"Trong kỳ, hệ thống tiếp nhận {num(t.received)} phản ánh, kiến nghị; không tiếp nhận "
        f"xử lý {num(t.rejected)}; hướng dẫn sang kênh khác {num(t.redirected)}; trả lời trực "
        f"tiếp {num(t.answered_directly)}; chuyển cơ quan, đơn vị xử lý {num(t.forwarded)}, "
        f"trong đó {num(t.returned)} phản ánh bị trả lại do không đúng thẩm quyền.",
        f"Đã có kết quả xử lý {num(t.resolved)}, đã trả lời {num(t.answered)}; đúng hạn "
        f"{num(t.on_time)}, trễ hạn {num(t.late)} (tỷ lệ đúng hạn {pct(t.on_time_rate)}). "
        f"Đang xử lý {num(t.open)}, trong đó quá hạn {num(t.overdue_open)}. Gia hạn "
        f"{num(t.extensions)} lượt; xử lý lại {num(t.reopened)} phản ánh.",
    ]
    if t.handling_hours_mean is not None:
        texts.append(
            "Thời gian xử lý tính theo giờ làm việc, từ khi chuyển xử lý đến khi có kết quả: "
            f"trung bình {num(t.handling_hours_mean, 1)} giờ, trung vị "
            f"{num(t.handling_hours_median, 1)} giờ; 90% phản ánh có kết quả trong "
            f"{num(t.handling_hours_p90, 1)} giờ."
        )
    return texts


def _count_row(r: Row) -> list[object]:
    c = r.counts
    return [
        r.name,
        c.received,
        c.resolved,
        c.on_time,
        c.late,
        pct(c.on_time_rate),
        c.open,
        c.overdue_open,
    ]


COUNT_HEAD = [
    "Tiếp nhận",
    "Có kết quả",
    "Đúng hạn",
    "Trễ hạn",
    "Tỷ lệ đúng hạn",
    "Đang xử lý",
    "Quá hạn",
]
COUNT_WIDTHS = [0.30, 0.10, 0.10, 0.09, 0.09, 0.11, 0.11, 0.10]


def _counts_table(caption: str, first: str, rows: tuple[Row, ...]) -> Flowable:
    return grid([first, *COUNT_HEAD], [_count_row(r) for r in rows], COUNT_WIDTHS, caption=caption)


def clock_text(clock: Clock | None) -> str:
    """ "02 giờ", "08 giờ làm việc", "03 ngày làm việc" as Lai Châu Điều 7.4 writes them."""
    if clock is None:
        return "–"
    amount = int(clock.amount) if float(clock.amount).is_integer() else clock.amount
    unit = {
        "hours": "giờ",
        "working_hours": "giờ làm việc",
        "working_days": "ngày làm việc",
        "immediate": "ngay",
    }[clock.kind]
    return unit if clock.kind == "immediate" else f"{amount:02} {unit}"


def _category_clock_table(caption: str, f: Figures, profile: Profile) -> Flowable:
    cats = {c.code: c for c in profile.categories}
    default = profile.clocks.get("handle")
    rows = []
    for r in f.by_category:
        cat = cats.get(r.key)
        clock = (cat.handle if cat and cat.handle else default) if cat else None
        c = r.counts
        rows.append(
            [
                r.name,
                clock_text(clock),
                c.received,
                c.on_time,
                c.late,
                pct(c.on_time_rate),
                c.overdue_open,
            ]
        )
    head = [
        "Lĩnh vực",
        "Thời hạn (khoản 4 Điều 7)",
        "Tiếp nhận",
        "Đúng hạn",
        "Trễ hạn",
        "Tỷ lệ đúng hạn",
        "Quá hạn",
    ]
    return grid(
        head, rows, [0.32, 0.16, 0.10, 0.10, 0.10, 0.12, 0.10], text_columns=2, caption=caption
    )


def sections(f: Figures, profile: Profile, wording: ReportWording) -> list[Flowable]:
    flow: list[Flowable] = []
    n = iter(ROMAN)

    def head(text: str) -> None:
        flow.extend(doc.heading(f"{next(n)}. {text}"))

    head("TÌNH HÌNH CHUNG")
    flow += doc.body(*totals_text(f.totals))
    if f.stages:
        flow.append(
            grid(
                ["Bước", "Đúng hạn", "Trễ hạn", "Đang quá hạn"],
                [[s.label, s.on_time, s.late, s.open_overdue] for s in f.stages],
                [0.46, 0.18, 0.18, 0.18],
                caption="Bảng 1. Thời hạn theo từng bước xử lý",
            )
        )
    if f.trend:
        flow += [Spacer(1, 8), trend_chart(f.trend, "Biểu đồ 1. Tiếp nhận và có kết quả xử lý")]

    head("KẾT QUẢ XỬ LÝ CỦA CÁC CƠ QUAN, ĐƠN VỊ")
    flow += doc.body(
        "Số liệu của mỗi cơ quan, đơn vị tính trên các phản ánh đơn vị đã giữ trong "
        "kỳ; trễ hạn được tính cho đơn vị giữ phản ánh khi thời hạn kết thúc, không "
        "tính cho đơn vị nhận sau."
    )
    flow.append(_counts_table("Bảng 2. Theo cơ quan, đơn vị", "Cơ quan, đơn vị", f.by_unit))
    chart = late_chart(f.by_unit, "Biểu đồ 2. Phản ánh trễ hạn theo cơ quan, đơn vị")
    if chart is not None:
        flow += [Spacer(1, 8), chart]
    if f.holdings:
        flow.append(
            grid(
                [
                    "Cơ quan, đơn vị",
                    "Phản ánh đã giữ",
                    "Giờ làm việc giữ (trung bình)",
                    "Lần trả lại",
                    "Thời hạn trễ do đơn vị",
                ],
                [
                    [h.unit_name, h.reports, num(h.hours_held_mean, 1), h.bounces, h.late_charged]
                    for h in f.holdings
                ],
                [0.36, 0.14, 0.18, 0.14, 0.18],
                caption="Bảng 3. Trách nhiệm qua các lần chuyển",
            )
        )

    head("THEO LĨNH VỰC")
    if wording.per_category_clock:
        flow += doc.body(
            "Tỷ lệ đúng hạn của từng lĩnh vực tính theo thời hạn xử lý quy định tại "
            "khoản 4 Điều 7 Quy chế (giờ tính liên tục, trừ lĩnh vực thái độ, chất "
            "lượng phục vụ tính theo giờ làm việc)."
        )
        flow.append(_category_clock_table("Bảng 4. Theo lĩnh vực và thời hạn", f, profile))
    else:
        flow.append(_counts_table("Bảng 4. Theo lĩnh vực", "Lĩnh vực", f.by_category))

    head("THEO KÊNH TIẾP NHẬN VÀ ĐỊA BÀN")
    flow.append(_counts_table("Bảng 5. Theo kênh tiếp nhận", "Kênh", f.by_channel))
    if f.by_area:
        flow.append(_counts_table("Bảng 6. Theo địa bàn", "Địa bàn", f.by_area))

    if profile.ratings:
        head("MỨC ĐỘ HÀI LÒNG CỦA TỔ CHỨC, CÁ NHÂN")
        flow += doc.body(
            f"Trong {num(f.totals.answered)} phản ánh đã trả lời, "
            f"{num(f.totals.rated)} phản ánh được người phản ánh đánh giá."
        )
        flow.append(
            grid(
                ["Mức đánh giá", "Số phản ánh", "Tỷ lệ (trên số đã trả lời)"],
                [[r.label, r.count, pct(r.share)] for r in f.ratings],
                [0.46, 0.22, 0.32],
                caption="Bảng 7. Mức độ hài lòng",
            )
        )

    head("XẾP HẠNG CƠ QUAN, ĐƠN VỊ")
    flow += doc.body(f"Cách tính: {f.ranking_rule}")
    if f.ranking:
        flow.append(
            grid(
                [
                    "Hạng",
                    "Cơ quan, đơn vị",
                    "Đã giữ",
                    "Đã kết thúc",
                    "Tỷ lệ đúng hạn",
                    "Tỷ lệ hài lòng",
                    "Điểm",
                ],
                [
                    [
                        str(r.rank),
                        r.unit_name,
                        r.received,
                        r.closed,
                        pct(r.on_time_rate),
                        pct(r.satisfaction_rate),
                        num(r.score * 100, 1),
                    ]
                    for r in f.ranking
                ],
                [0.07, 0.35, 0.10, 0.11, 0.13, 0.12, 0.12],
                text_columns=2,
            )
        )
        flow.append(doc.note("Điểm ghi trên thang 100."))
    else:
        flow += doc.body(
            f"Trong kỳ chưa có cơ quan, đơn vị nào có từ {f.min_reports} phản ánh "
            "đã kết thúc để xếp hạng."
        )
    flow += doc.body(*wording.closing)
    return flow
