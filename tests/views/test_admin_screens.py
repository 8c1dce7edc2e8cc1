"""The administrator's screens (issue 11) driven as an administrator: an account made on the
screen signs in; a day off moves an open report's deadline in its unit's queue; the audit
trail filters and exports; a non-administrator's screen gets the service's refusal."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from console.db import Database
from console.demo import generate_demo
from console.models import Role
from console.profiles import Profile, load_profile
from console.services.auth import AuthError, authenticate, change_password
from console.services.console_api import ConsoleApi
from console.services.queues import Queue
from console.views.admin.audit import AuditScreen
from console.views.admin.calendar import CalendarScreen
from console.views.admin.user_forms import ResetForm, UserForm
from console.views.admin.users import UsersScreen
from console.views.app import open_main_window
from console.views.i18n import role_label

NOW = datetime(2026, 11, 24, 10)  # a Tuesday (and Ngày Văn hóa Việt Nam, a day off)
DAY_OFF = date(2026, 11, 25)
PASSWORD = "mat-khau-demo"


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSOLE_SETTINGS", str(tmp_path / "settings.toml"))


@pytest.fixture
def demo(sqlite_db: Database) -> tuple[Database, Profile]:
    profile = load_profile("thai-nguyen")
    generate_demo(sqlite_db, profile, reports=60, now=NOW, password=PASSWORD)
    return sqlite_db, profile


def api_for(demo, username: str) -> ConsoleApi:
    db, profile = demo
    return ConsoleApi(db, profile, authenticate(db, username, PASSWORD), lambda: NOW)


def test_an_account_made_on_the_screen_signs_in(qtbot, demo) -> None:
    screen = UsersScreen(api_for(demo, "quantri"))
    qtbot.addWidget(screen)
    before = screen.table.rowCount()
    form = UserForm(screen.units, parent=screen)
    form.username.setText("CB.GTVT-2")
    form.full_name.setText("Vũ Thị Thanh Hằng")
    form.unit.setCurrentIndex(form.unit.findData("so_gtvt"))
    form.roles[Role.OFFICER].setChecked(True)
    assert screen.apply_add(form)
    assert screen.table.rowCount() == before + 1
    assert screen.selected().username == "cb.gtvt-2"
    assert screen.message.text() == "Đã thêm tài khoản cb.gtvt-2"
    shown = screen.once.value.text()  # generated, shown this once
    actor = authenticate(demo[0], "cb.gtvt-2", shown)
    assert actor.must_change_password and actor.unit_code == "so_gtvt"
    change_password(demo[0], actor.id, shown, "Hoa-phuong-do-2026")
    officer = api_for((demo[0], demo[1]), "cb.so-gtvt")
    assert (
        officer.queues()
        == ConsoleApi(
            demo[0], demo[1], authenticate(demo[0], "cb.gtvt-2", "Hoa-phuong-do-2026"), lambda: NOW
        ).queues()
    )


def test_edit_filter_reset_lock_and_deactivate_on_the_screen(qtbot, demo) -> None:
    db, _profile = demo
    screen = UsersScreen(api_for(demo, "quantri"))
    qtbot.addWidget(screen)
    screen.search.setText("dieuhanh2")
    assert [u.username for u in screen.rows] == ["dieuhanh2"]
    screen.select("dieuhanh2")
    form = UserForm(screen.units, screen.selected(), parent=screen)
    form.roles[Role.SUPERVISOR].setChecked(True)
    form.full_name.setText("Trần Văn Hùng Anh")
    assert screen.apply_edit(screen.selected(), form)
    assert role_label(Role.SUPERVISOR) in screen.table.item(0, 3).text()
    assert screen.table.item(0, 1).text() == "Trần Văn Hùng Anh"
    # a typed password under the strength rule; a weak one refused with the service's reason
    reset = ResetForm(screen.selected(), screen)
    reset.password.typed.setChecked(True)
    reset.password.password.setText("abc")
    assert not screen.apply_reset(screen.selected(), reset)
    assert "ít nhất" in screen.message.text()
    reset.password.password.setText("Sen-hong-2026")
    assert screen.apply_reset(screen.selected(), reset)
    assert authenticate(db, "dieuhanh2", "Sen-hong-2026", now=NOW).must_change_password
    # locked by wrong passwords: the filter finds it, Mở khóa lifts it
    for _ in range(5):
        with pytest.raises(AuthError):
            authenticate(db, "dieuhanh2", "sai-mat-khau", now=NOW)
    screen.search.clear()
    screen.locked_filter.setChecked(True)
    assert [u.username for u in screen.rows] == ["dieuhanh2"]
    screen.select("dieuhanh2")
    assert screen.unlock_button.isEnabled()
    screen.unlock_button.click()
    assert screen.rows == [] and screen.message.text() == "Đã mở khóa dieuhanh2"
    screen.locked_filter.setChecked(False)
    screen.select("dieuhanh2")
    screen.active_button.click()
    assert screen.message.text() == "Đã vô hiệu hóa dieuhanh2"
    assert screen.active_button.text() == "Kích hoạt lại"
    with pytest.raises(AuthError, match="vô hiệu hóa"):
        authenticate(db, "dieuhanh2", "Sen-hong-2026", now=NOW)
    # the service's refusal, as it comes
    screen.select("quantri")
    screen.active_button.click()
    assert screen.message.text() == "Không thể tự vô hiệu hóa tài khoản của chính mình"
    # focal officers per unit
    units = {
        screen.focal.item(i, 0).text(): screen.focal.item(i, 1).text()
        for i in range(screen.focal.rowCount())
    }
    assert "cb.so-gtvt" in units["Sở Giao thông vận tải tỉnh Thái Nguyên"]


def _queue_dues(window) -> dict[int, datetime]:
    model = window.queue_view.model
    rows = (model.row_data(i) for i in range(model.rowCount()))
    return {r.id: r.due_at for r in rows if r is not None and r.due_at is not None}


def test_a_day_off_moves_an_open_reports_deadline_in_its_queue(qtbot, demo) -> None:
    db, profile = demo
    officer = authenticate(db, "cb.so-gtvt", PASSWORD)
    window = open_main_window(db, profile, officer, lambda: NOW)
    qtbot.addWidget(window)
    window.queue_view.set_queue(Queue.UNIT)
    qtbot.waitUntil(lambda: window.queue_view.model.rowCount() > 0, timeout=10000)
    before = _queue_dues(window)
    spanning = {rid: due for rid, due in before.items() if due.date() >= DAY_OFF}
    assert spanning, "the unit holds a report due on or after the new day off"

    screen = CalendarScreen(api_for(demo, "quantri"))
    qtbot.addWidget(screen)
    screen.day.setDate(QDate(DAY_OFF.year, DAY_OFF.month, DAY_OFF.day))
    screen.reason.setText("Nghỉ bù theo Quyết định 20/QĐ-UBND")
    change = screen.preview()
    assert change is not None and change.deadlines > 0 and screen.apply_button.isEnabled()
    assert screen.outcome.text().startswith(f"Sẽ dời {change.deadlines} hạn xử lý")
    with qtbot.waitSignal(screen.changed, timeout=20000):
        screen.apply_button.click()
    assert screen.outcome.text().startswith(f"Đã dời {change.deadlines} hạn xử lý")
    listed = {
        screen.days.item(i, 0).text(): screen.days.item(i, 2).text()
        for i in range(screen.days.rowCount())
    }
    assert listed["25/11/2026"].startswith("Nghỉ bù theo Quyết định 20/QĐ-UBND")

    window.refresh()
    qtbot.waitUntil(
        lambda: all(_queue_dues(window).get(r) not in (None, d) for r, d in spanning.items()),
        timeout=10000,
    )
    after = _queue_dues(window)
    assert all(after[r] > d for r, d in spanning.items())
    assert all(after[r] == d for r, d in before.items() if d.date() < DAY_OFF)


def test_the_audit_screen_filters_and_exports(qtbot, demo, tmp_path: Path) -> None:
    db, _profile = demo
    api = api_for(demo, "quantri")
    for _ in range(5):  # locked at the fifth
        with pytest.raises(AuthError):
            authenticate(db, "dieuhanh1", "sai", now=NOW)
    assert api.admin.unlock("dieuhanh1")
    screen = AuditScreen(api)
    qtbot.addWidget(screen)
    screen.first.setDate(QDate(2026, 1, 1))
    screen.last.setDate(QDate(2030, 12, 31))
    screen.user.setText("dieuhanh1")
    screen.action.setCurrentIndex(screen.action.findData("login."))
    screen.show_button.click()
    assert sorted(r.action for r in screen.rows) == ["login.failed"] * 5 + ["login.locked"]
    assert {screen.table.item(i, 2).text() for i in range(6)} == {
        "Đăng nhập sai",
        "Khóa tài khoản do đăng nhập sai",
    }
    screen.action.setCurrentIndex(0)
    screen.show_button.click()
    assert screen.rows[0].action == "user.unlock"  # newest first
    assert screen.rows[0].actor_name == "quantri" and len(screen.rows) == 7
    out = tmp_path / "nhat-ky.csv"
    assert screen.export(out) == 7
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Thời điểm", "Người thực hiện", "Mã thao tác"]
    assert len(rows) == 8 and all(r[1] in ("dieuhanh1", "quantri") for r in rows[1:])


@pytest.mark.parametrize("username", ["truongca", "ld.so-gtvt"])
def test_a_non_administrators_screens_get_the_services_refusal(qtbot, demo, username: str) -> None:
    api = api_for(demo, username)
    assert not api.admin.allowed()
    users = UsersScreen(api)
    audit = AuditScreen(api)
    calendar = CalendarScreen(api)
    for w in (users, audit, calendar):
        qtbot.addWidget(w)
    assert users.table.rowCount() == 0 and "Chỉ quản trị viên" in users.message.text()
    assert audit.table.rowCount() == 0 and "Chỉ quản trị viên" in audit.status.text()
    calendar.reason.setText("x")
    assert calendar.preview() is None and "Chỉ quản trị viên" in calendar.outcome.text()
    assert not calendar.apply_button.isEnabled()


def test_anyone_changes_their_own_password_from_the_menu(qtbot, demo) -> None:
    from console.views.password_dialog import PasswordDialog

    db, profile = demo
    window = open_main_window(db, profile, authenticate(db, "dieuhanh1", PASSWORD), lambda: NOW)
    qtbot.addWidget(window)
    assert window.password_action.objectName() == "passwordAction"
    dialog = PasswordDialog(window.api, window)
    qtbot.addWidget(dialog)
    dialog.old.setText(PASSWORD)
    dialog.new.setText("Hoa-ban-trang-2026")
    dialog.again.setText("Hoa-ban-trang-2025")
    assert not dialog.save() and dialog.message.text() == "Hai lần nhập mật khẩu mới không khớp"
    dialog.again.setText("Hoa-ban-trang-2026")
    dialog.old.setText("sai-mat-khau")
    assert not dialog.save() and dialog.message.text() == "Mật khẩu hiện tại không đúng"
    dialog.old.setText(PASSWORD)
    assert dialog.save()
    assert authenticate(db, "dieuhanh1", "Hoa-ban-trang-2026").username == "dieuhanh1"


def test_the_administrator_names_a_units_focal_points(qtbot, demo) -> None:
    screen = UsersScreen(api_for(demo, "quantri"))
    qtbot.addWidget(screen)
    row = next(i for i, u in enumerate(screen.focal_units) if u.unit_code == "so_gtvt")
    screen.focal.selectRow(row)
    assert screen.focal_officer.findData("cb.so-gtvt") > 0
    screen.focal_leader.setCurrentIndex(screen.focal_leader.findData("ld.so-gtvt"))
    screen.focal_officer.setCurrentIndex(screen.focal_officer.findData("cb.so-gtvt"))
    assert screen.set_focal()
    assert screen.message.text() == (
        "Đã phân công đầu mối của Sở Giao thông vận tải tỉnh Thái Nguyên"
    )
    named = screen.focal.item(row, 3).text().splitlines()
    assert named == ["Lãnh đạo Sở GTVT", "Cán bộ đầu mối Sở GTVT"]
    assert screen.api.focal_points()["so_gtvt"].officer_username == "cb.so-gtvt"
