"""`main.py stats`: the figures of a period as JSON, CSV or XLSX; one "Lỗi:" line on bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from console.cli import main
from console.db import Database
from console.statistics import Figures
from tests.test_statistics import build_year


@pytest.fixture
def url(sqlite_url: str, sqlite_db: Database) -> str:
    build_year(sqlite_db)
    return sqlite_url


def stats(url: str, *args: str) -> int:
    return main(["stats", "--db", url, *args])


def test_json_to_stdout_has_the_agreed_keys(url: str, capsys) -> None:
    assert stats(url, "--period", "2026", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"]["from"] == "2026-01-01" and data["period"]["to"] == "2026-12-31"
    assert data["period"]["label"] == "Năm 2026"
    t = data["totals"]
    assert (
        t["received"],
        t["answered"],
        t["on_time"],
        t["late"],
        t["open"],
        t["overdue_open"],
        t["rejected"],
        t["redirected"],
        t["answered_directly"],
    ) == (9, 7, 4, 4, 1, 1, 1, 0, 0)
    for section in ("by_unit", "by_category", "by_channel", "by_area"):
        assert data[section] and all(
            {"received", "on_time", "late"} <= set(r) for r in data[section]
        )
    for section in ("ratings", "ranking", "holdings", "stages", "trend"):
        assert section in data
    assert Figures.from_dict(data).totals.received == 9


def test_one_unit_to_a_file(url: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "sub" / "gtvt.json"
    assert (
        stats(url, "--period", "2026-Q1", "--unit", "so_gtvt", "--format", "json", "-o", str(out))
        == 0
    )
    assert "Quý I/2026" in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    # Q1: R1, R2, R7 and R9 passed through so_gtvt; R2 and R7's return are its lateness
    assert data["unit"] == "so_gtvt"
    assert (data["totals"]["received"], data["totals"]["late"]) == (4, 2)


def test_csv_is_one_long_table(url: str, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    assert stats(url, "--period", "2026-03-01..2026-03-31", "--format", "csv", "-o", str(out)) == 0
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["section"] for r in rows} >= {
        "period",
        "totals",
        "by_unit",
        "by_category",
        "ratings",
        "stages",
        "trend",
        "holdings",
    }
    value = {(r["section"], r["key"], r["measure"]): r["value"] for r in rows}
    assert value[("totals", "", "received")] == "6"
    assert value[("by_unit", "so_gtvt", "late")] == "2"
    assert value[("period", "2026-03-01..2026-03-31", "from")] == "2026-03-01"


def test_xlsx_sheets_hold_numbers(url: str, tmp_path: Path) -> None:
    out = tmp_path / "y.xlsx"
    assert stats(url, "--period", "2026", "--format", "xlsx", "-o", str(out)) == 0
    wb = load_workbook(out)
    assert wb.sheetnames[:7] == [
        "Tổng hợp",
        "Theo đơn vị",
        "Theo lĩnh vực",
        "Theo kênh",
        "Theo địa bàn",
        "Đánh giá",
        "Xếp hạng",
    ]
    summary = {r[0]: r[1] for r in wb["Tổng hợp"].iter_rows(values_only=True) if r and r[0]}
    assert summary["Kỳ báo cáo"] == "Năm 2026"
    assert summary["Tiếp nhận"] == 9 and summary["Trễ hạn"] == 4
    assert summary["Trung vị thời gian xử lý (giờ làm việc)"] == 23.5
    units = list(wb["Theo đơn vị"].iter_rows(values_only=True))
    header = units[0]
    assert header[:4] == ("Mã", "Đơn vị", "Tiếp nhận", "Không xử lý")
    row = next(r for r in units if r[0] == "so_gtvt")
    assert row[header.index("Tiếp nhận")] == 5 and row[header.index("Trễ hạn")] == 3
    ratings = {r[0]: (r[1], r[2]) for r in wb["Đánh giá"].iter_rows(min_row=2, values_only=True)}
    assert ratings["Chưa đánh giá"] == (3, pytest.approx(3 / 7))
    for ws in wb.worksheets:
        for r in ws.iter_rows():
            for cell in r:
                assert not (isinstance(cell.value, str) and cell.value.startswith("="))


@pytest.mark.parametrize(
    "args, message",
    [
        (["--period", "2026-13", "--format", "json"], "Lỗi: Kỳ “2026-13”: tháng phải từ 1 đến 12"),
        (["--period", "quý 1", "--format", "json"], "Lỗi: Kỳ báo cáo “quý 1” không hợp lệ"),
        (
            ["--period", "2026", "--unit", "so_khong_co", "--format", "csv"],
            "Lỗi: Không có đơn vị mã 'so_khong_co'",
        ),
        (["--period", "2026", "--format", "xlsx"], "Lỗi: Định dạng xlsx cần tệp ghi ra"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(url: str, capsys, args: list[str], message: str) -> None:
    assert stats(url, *args) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1


def test_rebuild_recounts_the_rollup_and_changes_no_figure(url: str, capsys) -> None:
    assert stats(url, "--period", "2026", "--format", "json") == 0
    before = json.loads(capsys.readouterr().out)
    assert stats(url, "rebuild") == 0
    assert capsys.readouterr().out.strip().startswith("Đã đếm lại số liệu thống kê từ 10 phản ánh")
    assert stats(url, "--period", "2026", "--format", "json") == 0
    after = json.loads(capsys.readouterr().out)
    before.pop("generated_at"), after.pop("generated_at")
    assert after == before
