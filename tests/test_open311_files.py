"""GeoReport files (issue 12 item 3): import an offline app's requests once, export a period."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from console.cli import main
from console.db import Database
from console.models import Open311Request, Report
from console.profiles import load_profile
from console.services.open311_files import export_requests, import_requests
from console.services.provision import provision
from console.statistics import parse_period

PROFILE = load_profile("thai-nguyen")
RECORDS = [
    {
        "service_request_id": "app-001",
        "service_code": "giao_thong",
        "lat": 21.5942,
        "long": 105.8482,
        "description": "Ổ gà lớn trước cổng trường.",
        "requested_datetime": "2026-03-02T08:15:00+07:00",
        "first_name": "An",
        "last_name": "Nguyễn Văn",
        "phone": "0912345678",
        "media_url": "https://anh.example/001.jpg",
    },
    {
        "service_request_id": "app-002",
        "service_code": "moi_truong",
        "address_string": "Tổ 5, Phường Túc Duyên",
        "description": "Rác đổ trộm ven suối.",
        "requested_datetime": "2026-03-03T01:30:00Z",
    },
    {
        "service_request_id": "app-003",
        "service_code": "giao_thong",
        "address_string": "x",
        "description": "Đèn tín hiệu hỏng.",
        "phone": "12",
    },
    {
        "service_request_id": "app-004",
        "service_code": "khong_co",
        "address_string": "y",
        "description": "Không rõ lĩnh vực.",
    },
]


def write(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "c-thainguyen-offline.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return path


def count(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Report)) or 0,
            s.scalar(select(func.count()).select_from(Open311Request)) or 0,
        )


def test_an_import_takes_each_request_once_and_says_why_it_refused(
    any_db: Database, tmp_path: Path
) -> None:
    provision(any_db, PROFILE)
    path = write(tmp_path, RECORDS)
    steps: list[tuple[int, int]] = []
    first = import_requests(any_db, PROFILE, path, progress=lambda d, t: steps.append((d, t)))
    assert (len(first.taken), len(first.already)) == (2, 0)
    assert [(n, own) for n, own, _ in first.refused] == [(3, "app-003"), (4, "app-004")]
    assert first.refused[0][2].startswith("Số điện thoại không hợp lệ")  # the intake's words
    assert "khong_co" in first.refused[1][2]
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert count(any_db) == (2, 2)
    with any_db.session() as s:
        report = s.scalar(select(Report).where(Report.code == first.taken[0]))
        assert report is not None
        assert report.received_at == datetime(2026, 3, 2, 8, 15)  # the app's own time
        assert (report.channel.code, report.reporter_name) == ("app", "Nguyễn Văn An")
        second = s.scalar(select(Report).where(Report.code == first.taken[1]))
        assert second is not None and second.received_at == datetime(2026, 3, 3, 8, 30)
        origin = s.scalar(select(Open311Request).where(Open311Request.report_id == report.id))
        assert origin is not None
        assert (origin.source, origin.app_name, origin.external_id, origin.media_url) == (
            "import",
            "c-thainguyen-offline.json",
            "app-001",
            "https://anh.example/001.jpg",
        )

    again = import_requests(any_db, PROFILE, path)  # the same file: nothing twice
    assert (again.taken, sorted(again.already), len(again.refused)) == ([], sorted(first.taken), 2)
    assert count(any_db) == (2, 2)


def test_an_export_of_a_period_is_georeport_json_and_xml(
    sqlite_db: Database, tmp_path: Path
) -> None:
    provision(sqlite_db, PROFILE)
    taken = import_requests(sqlite_db, PROFILE, write(tmp_path, RECORDS[:2])).taken
    rows = json.loads(export_requests(sqlite_db, PROFILE, parse_period("2026-03"), "json"))
    assert [r["service_request_id"] for r in rows] == taken
    assert rows[0]["requested_datetime"] == "2026-03-02T08:15:00+07:00"
    assert rows[0]["status"] == "open" and rows[0]["media_url"] == "https://anh.example/001.jpg"
    xml = ET.fromstring(
        export_requests(sqlite_db, PROFILE, parse_period("2026-03-03..2026-03-31"), "xml")
    )
    assert [r.findtext("service_request_id") for r in xml.findall("request")] == taken[1:]
    assert json.loads(export_requests(sqlite_db, PROFILE, parse_period("2026-02"), "json")) == []


def test_the_open311_commands(sqlite_url: str, tmp_path: Path, capsys) -> None:
    assert main(["demo", "--db", sqlite_url, "--reports", "0", "--password", "Mk-12345678"]) == 0
    capsys.readouterr()
    path = write(tmp_path, RECORDS)
    assert main(["open311", "import", str(path), "--db", sqlite_url, "--app", "C-ThaiNguyen"]) == 0
    out = capsys.readouterr().out
    assert "4 yêu cầu: nhận 2, đã có từ trước 0, từ chối 2" in out
    assert "Từ chối yêu cầu thứ 3 (app-003): Số điện thoại không hợp lệ" in out
    assert main(["open311", "import", str(path), "--db", sqlite_url]) == 0
    assert "nhận 0, đã có từ trước 2, từ chối 2" in capsys.readouterr().out
    target = tmp_path / "q1.xml"
    assert (
        main(
            [
                "open311",
                "export",
                "--period",
                "2026-Q1",
                "--format",
                "xml",
                "-o",
                str(target),
                "--db",
                sqlite_url,
            ]
        )
        == 0
    )
    assert len(ET.parse(target).getroot().findall("request")) == 2
    assert main(["open311", "import", str(tmp_path / "none.json"), "--db", sqlite_url]) == 2
    assert capsys.readouterr().err.startswith("Lỗi: Không đọc được tệp")
