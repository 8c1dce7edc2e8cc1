"""The detail pane: what it shows to whom, exactly the legal buttons, stale versions, and a Thái
Nguyên report walked from triage to reopening through the widgets alone."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QRadioButton, QTableWidget
from sqlalchemy import select

from console.db import Database
from console.models import Consultation, ProgressNote, Publication, Report, ReportStatus
from console.services.detail import MASK
from console.views.detail_pane import RESERVED, with_mnemonics
from console.workflow import ACTION_LABELS
from tests.scenario_helpers import draft
from tests.views.pane_helpers import (
    click_action,
    confirm,
    history,
    open_pane,
    refused,
    save_shot,
    shot_dir,
    show,
    tick,
    type_text,
    world,
)


def labels(pane, name: str) -> list[str]:
    return [w.text() for w in pane.findChildren(QLabel, name)]


def all_text(pane) -> str:
    return "\n".join(w.text() for w in pane.findChildren(QLabel))


def test_new_incomplete_report_shows_the_checklist_and_triage_actions(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft(reporter_name="", emergency=True))
    pane = open_pane(qtbot, w.op, r.report_id)

    assert labels(pane, "detailCode") == [r.code]
    assert labels(pane, "detailStatus") == ["Mới tiếp nhận"]
    assert labels(pane, "badgeEmergency") == ["KHẨN CẤP"]
    missing = {lb.objectName() for lb in pane.findChildren(QLabel) if lb.property("missing")}
    assert missing == {"check_name", "check_category"}
    assert "Còn thiếu 2 mục" in labels(pane, "checklistSummary")[0]
    assert labels(pane, "reporterName") == ["(chưa có họ tên)"]
    assert labels(pane, "reporterPhone") == ["0912345678"]
    table = pane.findChild(QTableWidget, "deadlineTable")
    assert [table.item(i, 0).text() for i in range(table.rowCount())] == [
        "Kiểm tra thông tin",
        "Phân loại, chuyển xử lý",
    ]
    assert table.item(0, 3).text() == "Trong hạn" and table.item(0, 4).text() != ""
    entries = labels(pane, "timelineEntry")
    assert len(entries) == 1 and "Tiếp nhận" in entries[0] and "Thiếu: Họ tên" in entries[0]

    # exactly the legal actions, each with its own Alt+letter
    assert list(pane.action_buttons) == w.op.detail(r.report_id).actions
    assert set(pane.action_buttons) == {
        "request_info",
        "reject",
        "classify",
        "link",
        "forward",
        "restrict",
    }
    texts = [b.text() for b in pane.action_buttons.values()]
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(letters)) == len(letters) and not set(letters) & RESERVED
    assert pane.action_buttons["forward"].text() == "&Chuyển xử lý"
    save_shot(pane, shot_dir(tmp_path) / "triage.png")


def test_alt_letter_opens_the_action(qtbot, sqlite_db: Database) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft(category="giao_thong"))
    pane = open_pane(qtbot, w.op, r.report_id)
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    qtbot.keyClick(pane, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &Phân loại
    qtbot.waitUntil(lambda: pane.dialog is not None, timeout=5000)
    assert pane.dialog.action == "classify"
    qtbot.keyClick(pane.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pane.dialog is None)
    assert all(b.isEnabled() for b in pane.action_buttons.values())


def test_mnemonics_are_distinct_for_every_set_of_actions() -> None:
    labels_ = with_mnemonics(dict(ACTION_LABELS))
    letters = [t[t.index("&") + 1].lower() for t in labels_.values() if "&" in t]
    assert len(set(letters)) == len(letters)
    assert not set(letters) & RESERVED
    assert with_mnemonics({"accept": "Nhận xử lý"}) == {"accept": "&Nhận xử lý"}


def test_refused_forward_keeps_the_dialog_and_changes_nothing(qtbot, sqlite_db: Database) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft(reporter_name="", category="giao_thong"))
    pane = open_pane(qtbot, w.op, r.report_id)
    dialog = click_action(qtbot, pane, "forward")
    assert dialog.unit_code() == "so_gtvt"  # suggested from the category
    message = refused(qtbot, pane, dialog)
    assert "Chưa đủ thông tin để chuyển xử lý" in message and "Họ tên" in message
    assert dialog.isVisible() and dialog.unit_code() == "so_gtvt"
    assert w.op.detail(r.report_id).version == r.version
    assert history(w.op, r.report_id) == ["submit"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pane.dialog is None)


def test_each_person_sees_only_their_own_buttons(qtbot, sqlite_db: Database) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft(category="giao_thong"))
    r = w.op.act("forward", r.report_id, r.version, unit="so_gtvt")

    pane = open_pane(qtbot, w.op, r.report_id)  # the operator: the unit acts now
    assert "accept" not in pane.action_buttons
    assert list(pane.action_buttons) == w.op.detail(r.report_id).actions == []
    assert pane.actions_bar.isHidden()

    pane = open_pane(qtbot, w.officer, r.report_id)
    assert set(pane.action_buttons) == {"accept", "return_to_ioc"}
    assert labels(pane, "reporterPhone") == ["0912345678"]
    assert not labels(pane, "reporterNote")

    pane = open_pane(qtbot, w.stranger, r.report_id, fails=True)  # another unit's officer
    assert pane.action_buttons == {} and pane.detail is None
    assert "không thuộc đơn vị" in labels(pane, "placeholder")[0]
    assert "0912345678" not in all_text(pane)


def test_reporter_is_masked_for_a_unit_that_may_not_see_it(qtbot, sqlite_db: Database) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft(category="giao_thong"))
    r = w.op.act("forward", r.report_id, r.version, unit="so_gtvt")
    pane = open_pane(qtbot, w.office, r.report_id)
    assert labels(pane, "reporterNote") == ["Thông tin người phản ánh được ẩn"]
    assert labels(pane, "reporterName") == [MASK] and labels(pane, "reporterPhone") == [MASK]
    text = all_text(pane)
    assert "0912345678" not in text and "Đặng Thị Hường" not in text
    assert set(pane.action_buttons) == {"direct"}


def test_stale_version_shows_who_changed_it_and_reloads(qtbot, sqlite_db: Database) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft())
    pane = open_pane(qtbot, w.op, r.report_id)
    w.p.clock.now = datetime(2026, 3, 2, 9, 20)
    w.op2.act("classify", r.report_id, r.version, category="moi_truong")  # someone else, first

    dialog = click_action(qtbot, pane, "classify")
    dialog.category.setCurrentIndex(dialog.category.findData("giao_thong"))
    with qtbot.waitSignal(pane.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Cán bộ dieuhanh2 thay đổi lúc 09:20 ngày 02/03/2026" in dialog.error_label.text()
    assert pane.banner.text() == dialog.error_label.text() and pane.banner.isVisible()
    assert pane.detail.version == r.version + 1 and pane.detail.category_code == "moi_truong"
    assert w.op.detail(r.report_id).category_code == "moi_truong"  # nothing of ours written

    confirm(qtbot, pane, dialog)  # again, now on the reloaded version
    assert w.op.detail(r.report_id).category_code == "giao_thong"
    assert history(w.op, r.report_id) == ["submit", "classify", "classify"]
    assert pane.banner.isHidden()


def test_thai_nguyen_report_from_triage_to_reopening(
    qtbot, any_db: Database, tmp_path: Path
) -> None:
    sqlite_db = any_db  # both databases: the pane's work runs on worker threads
    w = world(sqlite_db)
    shots = shot_dir(tmp_path)
    clock = w.p.clock
    r = w.op.submit(draft(reporter_name=""))  # intake: another engineer's form
    rid = r.report_id
    op = open_pane(qtbot, w.op, rid)

    # triage: the name is missing, ask the citizen; the note is required
    clock.now = datetime(2026, 3, 2, 10, 0)
    dialog = click_action(qtbot, op, "request_info")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Cần nhập" in dialog.error_label.text() and dialog.isVisible()
    type_text(dialog.note, "Đề nghị bà cho biết họ tên đầy đủ.")
    with qtbot.waitSignals([op.changed, op.loaded], timeout=10000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert w.op.detail(rid).status is ReportStatus.NEEDS_INFO

    clock.now = datetime(2026, 3, 4, 10, 0)
    dialog = click_action(qtbot, op, "supplement")
    type_text(dialog.note, "Bà Hường bổ sung họ tên qua điện thoại")
    type_text(dialog.extra["reporter_name"], "Đặng Thị Hường")
    confirm(qtbot, op, dialog)
    d = w.op.detail(rid)
    assert d.status is ReportStatus.RECEIVED and d.reporter.name == "Đặng Thị Hường"
    assert [i.key for i in d.checklist if not i.ok] == ["category"]

    clock.now = datetime(2026, 3, 4, 11, 0)
    dialog = click_action(qtbot, op, "classify")
    dialog.category.setCurrentIndex(dialog.category.findData("giao_thong"))
    confirm(qtbot, op, dialog)
    assert w.op.detail(rid).category_code == "giao_thong"
    assert "Đủ thông tin" in labels(op, "checklistSummary")[0]

    # routing: the suggested unit, the deadline it would get, a unit asked for its opinion
    clock.now = datetime(2026, 3, 4, 14, 0)
    dialog = click_action(qtbot, op, "forward")
    assert dialog.unit_code() == "so_gtvt"
    assert dialog.due.text() == "Hạn xử lý: 14:00 09/03/2026"
    consult = dialog.consult
    so_xd = next(
        i
        for i in range(consult.count())
        if consult.item(i).data(Qt.ItemDataRole.UserRole) == "so_xd"
    )
    consult.item(so_xd).setCheckState(Qt.CheckState.Checked)
    save_shot(dialog, shots / "routing-dialog.png")
    confirm(qtbot, op, dialog)
    d = w.op.detail(rid)
    assert d.status is ReportStatus.FORWARDED and d.unit_code == "so_gtvt"
    with sqlite_db.session() as s:
        assert s.scalars(select(Consultation.unit_id).where(Consultation.report_id == rid)).all()
    assert "accept" not in op.action_buttons

    # the unit: accept, progress (the citizen is told), result
    officer = open_pane(qtbot, w.officer, rid)
    clock.now = datetime(2026, 3, 4, 14, 30)
    confirm(qtbot, officer, click_action(qtbot, officer, "accept"))
    assert w.officer.detail(rid).status is ReportStatus.IN_PROGRESS
    clock.now = datetime(2026, 3, 5, 9, 0)
    dialog = click_action(qtbot, officer, "post_progress")
    type_text(dialog.note, "Đã cử cán bộ kiểm tra hiện trường.")
    tick(qtbot, dialog.notify)
    confirm(qtbot, officer, dialog)
    with sqlite_db.session() as s:
        note = s.scalars(select(ProgressNote).where(ProgressNote.report_id == rid)).one()
        assert note.text == "Đã cử cán bộ kiểm tra hiện trường." and note.notify_citizen
    clock.now = datetime(2026, 3, 6, 10, 0)
    dialog = click_action(qtbot, officer, "submit_result")
    type_text(dialog.text, "Đã vá ổ gà bằng bê tông nhựa.")
    confirm(qtbot, officer, dialog)
    assert w.officer.detail(rid).status is ReportStatus.PENDING_APPROVAL

    # the leader sends it back with a reason (required)
    leader = open_pane(qtbot, w.leader, rid)
    assert set(leader.action_buttons) == {
        "approve",
        "edit_and_approve",
        "return_for_rework",
        "direct",
    }
    clock.now = datetime(2026, 3, 6, 11, 0)
    dialog = click_action(qtbot, leader, "return_for_rework")
    back = dialog.action_buttons["return_for_rework"]
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert "lý do trả lại" in dialog.error_label.text()
    type_text(dialog.reason, "Bổ sung ảnh sau khi vá.")
    confirm(qtbot, leader, dialog, back)
    assert w.leader.detail(rid).status is ReportStatus.IN_PROGRESS

    # the officer sees the request and starts from the previous draft
    clock.now = datetime(2026, 3, 6, 15, 0)
    show(qtbot, officer, rid)
    dialog = click_action(qtbot, officer, "submit_result")
    assert "Bổ sung ảnh sau khi vá." in dialog.findChild(QLabel, "reworkRequest").text()
    assert dialog.text.toPlainText() == "Đã vá ổ gà bằng bê tông nhựa."
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    type_text(dialog.text, " Ảnh chụp sau khi vá kèm theo.")
    confirm(qtbot, officer, dialog)

    clock.now = datetime(2026, 3, 9, 8, 0)
    show(qtbot, leader, rid)
    save_shot(leader, shots / "detail-pane.png")
    dialog = click_action(qtbot, leader, "approve")
    assert "Ổ gà sâu khoảng 20 cm" in dialog.findChild(object, "approvalReport").toPlainText()
    assert dialog.text.toPlainText().endswith("Ảnh chụp sau khi vá kèm theo.")
    save_shot(dialog, shots / "approval-dialog.png")
    confirm(qtbot, leader, dialog, dialog.action_buttons["approve"])
    assert w.leader.detail(rid).status is ReportStatus.APPROVED

    # the IOC publishes, with the letter on screen
    clock.now = datetime(2026, 3, 9, 10, 0)
    show(qtbot, op, rid)
    dialog = click_action(qtbot, op, "publish")
    qtbot.waitUntil(lambda: len(dialog.preview.pages) == 1, timeout=10000)
    assert dialog.radios[Publication.PUBLIC].isChecked()
    save_shot(dialog, shots / "publish-dialog.png")
    confirm(qtbot, op, dialog)
    with sqlite_db.session() as s:
        report = s.get(Report, rid)
        assert report.status is ReportStatus.PUBLISHED
        assert report.publication is Publication.PUBLIC

    # the citizen is not satisfied: the rating offers to reopen right away
    clock.now = datetime(2026, 3, 10, 10, 0)
    dialog = click_action(qtbot, op, "rate")
    assert dialog.reopen.isHidden()
    tick(qtbot, dialog.findChild(QRadioButton, "rating_khong_hai_long"))
    assert not dialog.reopen.isHidden() and dialog.reopen.isChecked()
    type_text(dialog.note, "Mặt đường vẫn lồi lõm.")
    save_shot(dialog, shots / "rating-dialog.png")
    confirm(qtbot, op, dialog)
    d = w.op.detail(rid)
    assert d.status is ReportStatus.REOPENED and d.unit_code == "so_gtvt"
    assert history(w.op, rid) == [
        "submit",
        "request_info",
        "supplement",
        "classify",
        "forward",
        "accept",
        "post_progress",
        "submit_result",
        "return_for_rework",
        "submit_result",
        "approve",
        "publish",
        "rate",
        "reopen",
    ]
    assert "Mặt đường vẫn lồi lõm." in d.history[-1].note
    with sqlite_db.session() as s:
        assert s.get(Report, rid).rating == "khong_hai_long"
    assert labels(op, "detailStatus") == ["Xử lý lại"]
    assert len(labels(op, "timelineEntry")) == 14
