"""The figures as data files: JSON (the frozen dict), CSV (one long table) and XLSX.

CSV is a long table, one figure per line: ``section,key,name,measure,value`` (UTF-8 with a BOM
so that a spreadsheet opens the Vietnamese right). XLSX has one sheet per breakdown with
Vietnamese headers and real number cells, no formulas.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from console.statistics.figures import Counts, Figures, Row

COUNT_LABELS: dict[str, str] = {
    "received": "Tiếp nhận",
    "rejected": "Không xử lý",
    "redirected": "Hướng dẫn kênh khác",
    "answered_directly": "Giải đáp tại tổng đài",
    "forwarded": "Chuyển xử lý",
    "returned": "Bị trả lại IOC",
    "resolved": "Có kết quả xử lý",
    "answered": "Đã trả lời",
    "on_time": "Đúng hạn",
    "late": "Trễ hạn",
    "open": "Đang xử lý",
    "overdue_open": "Đang quá hạn",
    "extensions": "Đề nghị gia hạn",
    "reopened": "Xử lý lại",
    "rated": "Có đánh giá",
    "handling_hours_mean": "Thời gian xử lý trung bình (giờ làm việc)",
    "handling_hours_median": "Trung vị thời gian xử lý (giờ làm việc)",
    "handling_hours_p90": "Phân vị 90 thời gian xử lý (giờ làm việc)",
}
# section -> (sheet name, {field: header}) for the tables that are not Counts rows
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "ratings": ("Đánh giá", {"label": "Mức đánh giá", "count": "Số phản ánh", "share": "Tỷ lệ"}),
    "ranking": (
        "Xếp hạng",
        {
            "rank": "Hạng",
            "unit_name": "Đơn vị",
            "received": "Tiếp nhận",
            "closed": "Đã kết thúc",
            "on_time_rate": "Tỷ lệ đúng hạn",
            "satisfaction_rate": "Tỷ lệ hài lòng",
            "score": "Điểm",
        },
    ),
    "stages": (
        "Theo bước",
        {"label": "Bước", "on_time": "Đúng hạn", "late": "Trễ hạn", "open_overdue": "Đang quá hạn"},
    ),
    "holdings": (
        "Trách nhiệm",
        {
            "unit_name": "Đơn vị",
            "reports": "Phản ánh đã giữ",
            "hours_held_mean": "Giờ giữ trung bình (giờ làm việc)",
            "bounces": "Lần trả lại",
            "late_charged": "Trễ hạn tính cho đơn vị",
        },
    ),
    "trend": (
        "Theo ngày",
        {"day": "Ngày", "received": "Tiếp nhận", "resolved": "Có kết quả xử lý"},
    ),
}
BREAKDOWNS: dict[str, tuple[str, str]] = {
    "by_unit": ("Theo đơn vị", "Đơn vị"),
    "by_category": ("Theo lĩnh vực", "Lĩnh vực"),
    "by_channel": ("Theo kênh", "Kênh"),
    "by_area": ("Theo địa bàn", "Địa bàn"),
}
RATES = frozenset({"share", "on_time_rate", "satisfaction_rate"})
FORMATS = ("json", "csv", "xlsx")


def to_json(figures: Figures) -> str:
    return json.dumps(figures.to_dict(), ensure_ascii=False, indent=2)


def _long_rows(figures: Figures) -> Iterator[tuple[str, str, str, str, Any]]:
    for field, value in figures.totals.to_dict().items():
        yield "totals", "", "", field, value
    for section in BREAKDOWNS:
        for row in getattr(figures, section):
            for field, value in row.counts.to_dict().items():
                yield section, row.key, row.name, field, value
    keys = {
        "stages": "stage",
        "ratings": "code",
        "ranking": "unit_code",
        "holdings": "unit_code",
        "trend": "day",
    }
    for section, (_sheet, columns) in TABLES.items():
        for item in getattr(figures, section):
            data = item.to_dict()
            name = data.get("label") or data.get("unit_name") or ""
            for field in columns:
                if field not in ("label", "unit_name", "day"):
                    yield section, str(data[keys[section]]), name, field, data[field]


def to_csv(figures: Figures) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    p = figures.period
    writer.writerow(["section", "key", "name", "measure", "value"])
    writer.writerow(["period", p.code, p.label, "from", p.start.isoformat()])
    writer.writerow(["period", p.code, p.label, "to", p.end.isoformat()])
    for row in _long_rows(figures):
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue()


def to_xlsx(figures: Figures) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = "Tổng hợp"
    summary.append(["Kỳ báo cáo", figures.period.label])
    summary.append(["Từ ngày", figures.period.start])
    summary.append(["Đến ngày", figures.period.end])
    if figures.unit_code:
        summary.append(["Đơn vị", figures.unit_code])
    summary.append(["Lập lúc", figures.generated_at])
    summary.append([])
    summary.append(["Chỉ tiêu", "Giá trị"])
    for field, value in figures.totals.to_dict().items():
        summary.append([COUNT_LABELS[field], value])
    summary.append([])
    summary.append(["Cách xếp hạng", figures.ranking_rule])
    for cells in summary.iter_rows(min_row=1, max_row=summary.max_row, max_col=1):
        cells[0].font = Font(bold=True)
    summary.column_dimensions["A"].width = 44
    summary.column_dimensions["B"].width = 22
    for cell in (summary["B2"], summary["B3"]):
        cell.number_format = "DD/MM/YYYY"
    for section, (sheet, first) in BREAKDOWNS.items():
        _breakdown(wb.create_sheet(sheet), first, getattr(figures, section))
    for section, (sheet, columns) in TABLES.items():
        _table(wb.create_sheet(sheet), columns, [i.to_dict() for i in getattr(figures, section)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _breakdown(ws: Any, first: str, rows: Sequence[Row]) -> None:
    fields = list(Counts.__dataclass_fields__)
    _header(ws, ["Mã", first, *(COUNT_LABELS[f] for f in fields)])
    for row in rows:
        counts = row.counts.to_dict()
        ws.append([row.key, row.name, *(counts[f] for f in fields)])
    ws.column_dimensions["B"].width = 44


def _table(ws: Any, columns: dict[str, str], rows: list[dict[str, Any]]) -> None:
    from datetime import date

    _header(ws, list(columns.values()))
    for data in rows:
        values = [data[f] for f in columns]
        ws.append(
            [
                date.fromisoformat(v) if f == "day" else v
                for f, v in zip(columns, values, strict=True)
            ]
        )
    for i, field in enumerate(columns, 1):
        if field in RATES:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = "0.0%"
        if field == "day":
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = "DD/MM/YYYY"
    ws.column_dimensions["A"].width = 36 if "label" in columns else 12
    ws.column_dimensions["B"].width = 44 if "unit_name" in columns else 16


def _header(ws: Any, names: list[str]) -> None:
    from openpyxl.styles import Font

    ws.append(names)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"


def write(figures: Figures, fmt: str, path: Path) -> None:
    """Write ``figures`` as ``fmt`` (json, csv, xlsx) to ``path``."""
    if fmt == "json":
        path.write_text(to_json(figures) + "\n", encoding="utf-8")
    elif fmt == "csv":
        path.write_text(to_csv(figures), encoding="utf-8-sig")
    elif fmt == "xlsx":
        path.write_bytes(to_xlsx(figures))
    else:
        raise ValueError(f"unknown format {fmt!r}")
