"""The administrator's unit and category screens (issue 11), driven as an administrator through
the "Quản trị" menu: a unit that still holds open reports is refused with their codes; a
category's new clock applies to the next report, not to the one received before."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from console.db import Database
from console.views.admin.categories import CategoriesScreen
from console.views.admin.units import UnitForm, UnitsScreen
from console.views.app import open_main_window
from tests.admin_helpers import admin_province, lai_chau_draft

MONDAY = datetime(2026, 3, 9, 8, 30)


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSOLE_SETTINGS", str(tmp_path / "settings.toml"))


def _admin_window(qtbot, p):
    window = open_main_window(p.db, p.profile, p.actors["quantri"], p.clock)
    qtbot.addWidget(window)
    assert window.admin_menu is not None
    return window


def test_deactivating_a_unit_that_holds_open_reports_is_refused_on_screen(
    qtbot, sqlite_db: Database
) -> None:
    p = admin_province(sqlite_db, "lai-chau", MONDAY)
    op = p.actors["truc"]
    r = p.service.submit(op, lai_chau_draft("atgt_antt"))
    r = p.service.forward(op, r.report_id, r.version, "cong_an_tp")
    code = p.report(r.report_id).code
    window = _admin_window(qtbot, p)
    screen = window.admin_menu.open("units")
    assert isinstance(screen, UnitsScreen)
    screen.select("cong_an_tp")
    assert screen.deactivate_button.isEnabled()
    qtbot.mouseClick(screen.deactivate_button, Qt.MouseButton.LeftButton)
    assert screen.message.isVisible()
    assert code in screen.message.text() and "Không thể ngừng hoạt động" in screen.message.text()
    item = screen.tree.currentItem()
    assert item.text(1) == "cong_an_tp" and item.text(4) == "1"  # one open report, still active
    assert screen.deactivate_button.isEnabled()

    # a unit that holds nothing goes; the tree greys it and offers to bring it back
    screen.select("phong_tu_phap")
    qtbot.mouseClick(screen.deactivate_button, Qt.MouseButton.LeftButton)
    assert "ngừng hoạt động" in screen.message.text()
    assert screen.tree.currentItem().text(6) == "Ngừng hoạt động"
    assert screen.reactivate_button.isEnabled() and not screen.deactivate_button.isEnabled()

    # add a unit under the office through the form
    form = UnitForm(screen.nodes, "add", parent=screen)
    form.code.setText("phong_gd")
    form.name.setText("Phòng Giáo dục và Đào tạo")
    form.short_name.setText("Phòng GD&ĐT")
    form.parent_unit.setCurrentIndex(form.parent_unit.findData("vp_hdnd_ubnd"))
    assert screen.apply_add(form)
    screen.select("phong_gd")
    assert screen.tree.currentItem().parent().text(1) == "vp_hdnd_ubnd"


def test_a_new_category_clock_applies_to_the_next_report(qtbot, sqlite_db: Database) -> None:
    """Lai Châu Điều 7.4.b gives traffic 2 hours; the administrator sets 3 hours at 09:00."""
    p = admin_province(sqlite_db, "lai-chau", MONDAY)
    op = p.actors["truc"]
    before = p.service.submit(op, lai_chau_draft("atgt_antt"))
    window = _admin_window(qtbot, p)
    screen = window.admin_menu.open("categories")
    assert isinstance(screen, CategoriesScreen)
    screen.select("atgt_antt")
    row = screen.table.currentRow()
    assert screen.table.item(row, 3).text() == "2 giờ"
    assert screen.table.item(row, 4).text() == "Điều 7.4.b"  # the article beside the value

    p.clock.now = datetime(2026, 3, 9, 9, 0)
    screen.amount.setValue(3)
    screen.article.setText("Quyết định 120/QĐ-UBND")
    qtbot.mouseClick(screen.clock_button, Qt.MouseButton.LeftButton)
    assert "áp dụng cho phản ánh tiếp nhận từ bây giờ" in screen.message.text()
    row = screen.table.currentRow()
    assert screen.table.item(row, 3).text() == "3 giờ"
    assert screen.table.item(row, 5).text() == "09/03/2026 09:00"

    p.clock.now = datetime(2026, 3, 9, 9, 30)
    after = p.service.submit(op, lai_chau_draft("atgt_antt", reporter_phone="0912000999"))
    before = p.service.forward(op, before.report_id, before.version, "cong_an_tp")
    after = p.service.forward(op, after.report_id, after.version, "cong_an_tp")
    assert p.deadlines(before.report_id)["handle"].due_at == datetime(2026, 3, 9, 11, 30)
    assert p.deadlines(after.report_id)["handle"].due_at == datetime(2026, 3, 9, 12, 30)


def test_a_province_with_one_clock_does_not_offer_category_clocks(
    qtbot, sqlite_db: Database
) -> None:
    p = admin_province(sqlite_db, "thai-nguyen", MONDAY)
    window = _admin_window(qtbot, p)
    screen = window.admin_menu.open("categories")
    assert not screen.clock_button.isEnabled()
    assert "thời hạn xử lý chung" in screen.clock_note.text()
