"""GeoReport files in the console: an app's file imported with progress and a summary, once;
a period exported (issue 12 item 3)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import select

from console.db import Database
from console.models import HistoryEntry, Report, Role
from console.profiles import load_profile
from console.services.auth import authenticate
from console.services.console_api import ConsoleApi
from console.views.open311_dialog import Open311Dialog
from console.workflow import WorkflowError
from tests.scenario_helpers import make_province

NOW = datetime(2026, 3, 10, 10, 0)
RECORDS = [
    {
        "service_request_id": "app-001",
        "service_code": "giao_thong",
        "lat": 21.5942,
        "long": 105.8482,
        "description": "Ổ gà lớn trước cổng trường.",
        "requested_datetime": "2026-03-02T08:15:00+07:00",
    },
    {
        "service_request_id": "app-002",
        "service_code": "khong_co",
        "address_string": "y",
        "description": "Không rõ lĩnh vực.",
    },
]


def _api(db: Database, role: Role = Role.OPERATOR) -> ConsoleApi:
    profile = load_profile("thai-nguyen")
    p = make_province(db, profile, NOW)
    p.add("dieuhanh1", "ioc" if role is Role.OPERATOR else "so_gtvt", role)
    return ConsoleApi(db, profile, authenticate(db, "dieuhanh1", "mat-khau-thu"), clock=lambda: NOW)


def test_an_import_shows_its_progress_and_summary_then_an_export(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    dialog = Open311Dialog(_api(sqlite_db))
    qtbot.addWidget(dialog)
    assert dialog.channel.currentData() == "app"
    source = tmp_path / "offline.json"
    source.write_text(json.dumps(RECORDS, ensure_ascii=False), encoding="utf-8")
    dialog.import_from(str(source))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30000)
    assert dialog.status.text() == "2 yêu cầu: nhận 1, đã có từ trước 0, từ chối 1"
    assert "Từ chối yêu cầu thứ 2 (app-002): Không có dịch vụ" in dialog.summary.toPlainText()
    assert dialog.progress.isHidden() and dialog.progress.value() == 2
    with sqlite_db.session() as s:
        entry = s.scalar(select(HistoryEntry).where(HistoryEntry.action == "submit"))
        assert entry is not None and entry.actor is not None
        assert entry.actor.username == "dieuhanh1"  # the operator who imported it
    dialog.show()
    dialog.grab().save(str(tmp_path / "open311-dialog.png"))

    dialog.import_from(str(source))  # again: nothing twice
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30000)
    assert dialog.status.text() == "2 yêu cầu: nhận 0, đã có từ trước 1, từ chối 1"

    dialog.first.setDate(QDate(2026, 3, 1))
    dialog.format.setCurrentIndex(dialog.format.findData("xml"))
    out = tmp_path / "march.xml"
    dialog.export_to(str(out))
    qtbot.waitUntil(lambda: out.exists() and "Đã ghi" in dialog.status.text(), timeout=30000)
    assert out.read_bytes().count(b"<request>") == 1
    with sqlite_db.session() as s:
        assert len(s.scalars(select(Report)).all()) == 1


def test_only_the_ioc_imports_or_exports(sqlite_db: Database) -> None:
    api = _api(sqlite_db, Role.OFFICER)
    with pytest.raises(WorkflowError, match="Chỉ cán bộ tại IOC"):
        api.open311_export(NOW.date(), NOW.date(), "json")


def test_the_file_menu_opens_it_for_the_ioc(qtbot, sqlite_db: Database) -> None:
    from console.views.main_window import MainWindow

    window = MainWindow(_api(sqlite_db), interval_ms=3_600_000)
    qtbot.addWidget(window)
    assert window.open311_action.isVisible()
    window.open311_action.trigger()
    assert isinstance(window.open311, Open311Dialog) and window.open311.isVisible()
    window.open311.close()
    window.close()
