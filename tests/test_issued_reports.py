"""Issued reports keep their number and their figures: a reprint after a reopening shows the
numbers of the day of issue; a fresh run is a new number. Both databases; and the CLI."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from console.cli import main
from console.db import Database
from console.services.issued_reports import IssuedReportService
from console.statistics import parse_period
from tests.scenario_helpers import Province
from tests.test_statistics import build_year, figures


def text(pdf: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages
    )


@pytest.fixture
def year(any_db: Database) -> Province:
    return build_year(any_db)


def test_a_reprint_after_a_reopening_gives_the_issued_numbers(year: Province) -> None:
    svc = IssuedReportService(year.db, year.profile, year.clock)
    row, issued = svc.issue(parse_period("2026-Q1"))
    assert row.number == "01/BC-TTĐH" and row.kind == "periodic" and row.year == 2026
    first = text(svc.reprint(row.number))
    assert "Số: 01/BC-TTĐH" in first and "Thái Nguyên, ngày 15 tháng 9 năm 2026" in first
    # R1 (answered, rated satisfied) is reopened after the report went out.
    p = year
    r1 = 1
    year.clock.now = datetime(2026, 9, 16, 8, 0)
    p.service.reopen(p.actors["op"], r1, p.report(r1).version, "Người dân phản ánh lại.")
    now = figures(year, "2026-Q1")
    assert (now.totals.reopened, now.totals.open) != (issued.totals.reopened, issued.totals.open)
    again, frozen = svc.get("1/BC-TTĐH")
    assert frozen == issued and again.id == row.id
    assert text(svc.reprint("01/BC-TTĐH")) == first
    # A fresh run is a new report, with today's numbers.
    row2, fresh = svc.issue(parse_period("2026-Q1"))
    assert row2.number == "02/BC-TTĐH" and fresh.totals == now.totals
    assert [r.number for r in svc.list(2026)] == ["02/BC-TTĐH", "01/BC-TTĐH"]
    assert svc.list(2025) == []
    with pytest.raises(ValueError, match="Không có báo cáo đã ban hành số 9/BC-TTĐH"):
        svc.get("9/BC-TTĐH")


def test_an_ad_hoc_range_for_one_unit(year: Province) -> None:
    svc = IssuedReportService(year.db, year.profile, year.clock)
    row, f = svc.issue(parse_period("2026-03-01..2026-03-31"), "so_gtvt")
    assert (row.kind, row.period_kind, row.unit_id is not None) == ("adhoc", "range", True)
    assert f.unit_code == "so_gtvt"
    assert "của Sở Giao thông vận tải tỉnh Thái Nguyên" in text(svc.reprint(row.number))


@pytest.fixture
def url(sqlite_url: str, sqlite_db: Database) -> str:
    build_year(sqlite_db)
    return sqlite_url


def run(url: str, *args: str) -> int:
    return main(["stats", "--db", url, *args])


def test_cli_issues_lists_and_reprints(url: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "q1.pdf"
    assert run(url, "--period", "2026-Q1", "--format", "pdf", "-o", str(out)) == 0
    said = capsys.readouterr().out
    assert said.startswith("Đã ban hành báo cáo số 01/BC-TTĐH (Quý I/2026)")
    assert "Số: 01/BC-TTĐH" in text(out.read_bytes())
    assert run(url, "issued", "--year", "2026") == 0
    listed = capsys.readouterr().out
    assert "01/BC-TTĐH" in listed
    again = tmp_path / "again.pdf"
    assert run(url, "reprint", "01/BC-TTĐH", "-o", str(again)) == 0
    assert text(again.read_bytes()) == text(out.read_bytes())
    assert run(url, "issued", "--year", "2020") == 0
    assert "Chưa có báo cáo nào được ban hành năm 2020." in capsys.readouterr().out


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "pdf", "-o", "x.pdf"], "Lỗi: Lệnh stats cần --period"),
        (["--period", "2026"], "Lỗi: Lệnh stats cần --format"),
        (["--period", "2026", "--format", "pdf"], "Lỗi: Định dạng pdf cần tệp ghi ra"),
        (["--period", "2026-Q5", "--format", "pdf", "-o", "x.pdf"], "Lỗi: Kỳ báo cáo “2026-Q5”"),
        (["reprint", "07/BC-TTĐH", "-o", "x.pdf"], "Lỗi: Không có báo cáo đã ban hành số 07"),
        (
            ["explain", "--period", "2026", "--unit", "so_gtvt", "-o", "x.pdf"],
            "Lỗi: Hồ sơ “thai-nguyen” không quy định báo cáo giải trình",
        ),
        (
            ["private", "--period", "2026-03", "-o", "x.pdf"],
            "Lỗi: Hồ sơ “thai-nguyen” không quy định danh sách phản ánh trả lời riêng",
        ),
        (
            ["explain", "--period", "2026-13", "--unit", "so_gtvt", "-o", "x.pdf"],
            "Lỗi: Kỳ “2026-13”: tháng phải từ 1 đến 12",
        ),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    url: str, tmp_path: Path, capsys, monkeypatch, args: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(url, *args) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1
