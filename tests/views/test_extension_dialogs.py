"""The field check button, the "Đề nghị gia hạn" dialog and the leader's decision, on Đắk Lắk
(Bước 3.2) through the detail pane, with the database checked after."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime
from sqlalchemy import select

from console.db import Database
from console.models import Attachment, Extension, ExtensionStatus, ReportDeadline, Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from tests.scenario_helpers import make_province
from tests.test_scenario_provinces import _draft
from tests.views.pane_helpers import click_action, confirm, history, open_pane, refused

MON = datetime(2026, 3, 2, 9, 0)


def _dak_lak(db: Database) -> tuple[dict[str, ConsoleApi], int]:
    """A Đắk Lắk report delegated to Phường Tân Lợi Mon 10:00; the people and its id."""
    p = make_province(db, load_profile("dak-lak"), MON)
    people = {
        name: ConsoleApi(db, p.profile, p.add(name, unit, role), p.clock)
        for name, unit, role in (
            ("dieuhanh1", "ioc", Role.OPERATOR),
            ("to.bmt", "to_bmt", Role.TEAM),
            ("cb.tanloi", "p_tan_loi", Role.OFFICER),
            ("ld.tanloi", "p_tan_loi", Role.LEADER),
        )
    }
    people["clock"] = p.clock  # type: ignore[assignment]
    r = people["dieuhanh1"].submit(_draft("app", "an_toan_giao_thong"))
    r = people["dieuhanh1"].act("forward", r.report_id, r.version, unit="to_bmt")
    p.clock.now = datetime(2026, 3, 2, 10, 0)
    people["to.bmt"].act("delegate", r.report_id, r.version, unit="p_tan_loi")
    return people, r.report_id


def test_the_unit_records_its_field_check_from_the_pane(qtbot, sqlite_db: Database) -> None:
    people, rid = _dak_lak(sqlite_db)
    pane = open_pane(qtbot, people["cb.tanloi"], rid)
    # Bước 3.2: the unit returns to the district team that delegated it, not to the IOC
    assert {"accept", "return_to_team", "record_field_check"} <= set(pane.action_buttons)
    assert "record_field_check" not in open_pane(qtbot, people["to.bmt"], rid).action_buttons
    dialog = click_action(qtbot, pane, "record_field_check")
    assert "Cần nhập" in refused(qtbot, pane, dialog)  # the note is required, locally
    dialog.note.setPlainText("Đã đến hiện trường: cột đèn thuộc Điện lực quản lý.")
    confirm(qtbot, pane, dialog)
    assert history(people["cb.tanloi"], rid)[-1] == "record_field_check"
    assert "record_field_check" not in pane.action_buttons  # recorded once
    table = pane.findChild(object, "deadlineTable")
    row = next(
        i
        for i in range(table.rowCount())
        if table.item(i, 0).text() == "Trả lại (có kiểm tra thực tế)"
    )
    assert table.item(row, 1).text() == "10:00 05/03/2026"  # Mon 10:00 + 3 working days


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "hien-truong.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 64)
    return path


def test_dak_lak_request_needs_photos_and_the_leader_refuses_it(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    people, rid = _dak_lak(sqlite_db)
    officer, leader = people["cb.tanloi"], people["ld.tanloi"]
    d = officer.detail(rid)
    officer.act("accept", rid, d.version)
    pane = open_pane(qtbot, officer, rid)
    dialog = click_action(qtbot, pane, "request_extension")
    assert dialog.windowTitle().startswith("Đề nghị gia hạn")
    assert (
        dialog.findChild(object, "currentDue").text() == "Hạn xử lý hiện tại: 09:00 11/03/2026"
    )  # routed Mon 09:00 + 7 working days
    dialog.committed.setDateTime(QDateTime(2026, 3, 20, 17, 0, 0))
    dialog.note.setPlainText("Đã đào xong rãnh, chờ Điện lực thay cáp ngầm.")
    assert refused(qtbot, pane, dialog) == "Cần kèm hình ảnh minh chứng tình hình xử lý"
    dialog.add_files([_photo(tmp_path)])
    confirm(qtbot, pane, dialog)
    with sqlite_db.session() as s:
        ext = s.scalars(select(Extension).where(Extension.report_id == rid)).one()
        assert ext.status is ExtensionStatus.REQUESTED
        assert s.scalars(select(Attachment.filename).where(Attachment.report_id == rid)).all() == [
            "hien-truong.jpg"
        ]
    # The officer cannot decide on their own request; the leader can.
    assert not {"approve_extension", "refuse_extension"} & set(pane.action_buttons)
    pane = open_pane(qtbot, leader, rid)
    assert {"approve_extension", "refuse_extension"} <= set(pane.action_buttons)
    dialog = click_action(qtbot, pane, "refuse_extension")
    summary = dialog.findChild(object, "extensionRequest").text()
    assert "20/03/2026" in summary and "Ảnh minh chứng kèm theo: 1" in summary
    button = dialog.action_buttons["refuse_extension"]
    assert refused(qtbot, pane, dialog, button) == "Cần nhập lý do không duyệt gia hạn"
    dialog.reason.setPlainText("Đề nghị phối hợp Điện lực hoàn thành trong hạn.")
    confirm(qtbot, pane, dialog, button)
    assert history(leader, rid)[-1] == "refuse_extension"
    with sqlite_db.session() as s:
        ext = s.scalars(select(Extension).where(Extension.report_id == rid)).one()
        assert ext.status is ExtensionStatus.REFUSED
        handle = s.scalars(
            select(ReportDeadline).where(
                ReportDeadline.report_id == rid, ReportDeadline.stage == "handle"
            )
        ).one()
        assert handle.due_at == datetime(2026, 3, 11, 9, 0)  # unchanged
    assert "approve_extension" not in pane.action_buttons
