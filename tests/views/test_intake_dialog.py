"""The intake form driven from the keyboard, against a real provisioned province."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import func, select

from console.db import Database
from console.intake import ReportDraft
from console.models import HistoryEntry, Report, ReportStatus, Role
from console.profiles import load_profile
from console.services.action_base import ActionResult
from console.services.console_api import ConsoleApi
from console.views.intake_dialog import ANSWER, DONE, REDIRECT, IntakeDialog
from console.views.intake_panels import PROBLEM_ROLE, human_size
from tests.scenario_helpers import Province, make_province
from tests.views.pane_helpers import shot_dir

NOW = datetime(2026, 3, 10, 9, 0)  # a Tuesday morning
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def province(db: Database, key: str = "tien-giang") -> tuple[Province, ConsoleApi]:
    p = make_province(db, load_profile(key), NOW)
    actor = p.add("dieuhanh", "ioc", Role.OPERATOR)
    return p, ConsoleApi(db, p.profile, actor, p.clock)


def open_dialog(qtbot, api: ConsoleApi, **kwargs: Any) -> IntakeDialog:
    dialog = IntakeDialog(api, **kwargs)
    # closing a dialog with typed text asks first; the test is over, close it for good
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.is_ready, timeout=5000)
    qtbot.waitUntil(dialog.phone.hasFocus, timeout=2000)
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot, text: str, widget: QWidget | None = None) -> None:
    """Type into the focused widget: ASCII with keyClicks, Vietnamese one QKeyEvent per letter
    (keyClicks with a non-ASCII character aborts the process: FIELD-NOTES)."""
    target = widget or focused()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(target, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )


def tab(qtbot) -> QWidget:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return focused()


def save(qtbot, dialog: IntakeDialog) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)


def stored(db: Database, report_id: int) -> dict[str, Any]:
    with db.session() as s:
        r = s.get(Report, report_id)
        assert r is not None
        return {
            "code": r.code,
            "channel": r.channel.code,
            "status": r.status,
            "category": r.category.code if r.category else None,
            "title": r.title,
            "description": r.description,
            "place": r.place,
            "area": r.area,
            "occurred_at": r.occurred_at,
            "name": r.reporter_name,
            "honorific": r.reporter_honorific,
            "phone": r.reporter_phone,
            "email": r.reporter_email,
            "address": r.reporter_address,
            "confidential": r.reporter_confidential,
            "emergency": r.emergency,
            "flagged": r.flagged_wording,
            "duplicate_of": r.duplicate_of_id,
        }


def report_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Report)) or 0


def test_a_hotline_call_typed_from_the_keyboard_is_saved_with_ctrl_enter(qtbot, any_db) -> None:
    _, api = province(any_db)
    dialog = open_dialog(qtbot, api)
    assert dialog.channel.currentData() == "hotline"  # Tiền Giang has a hotline
    ids: list[int] = []
    dialog.submitted.connect(ids.append)

    type_text(qtbot, "0912.345.678")
    assert tab(qtbot) is dialog.reporter_name
    type_text(qtbot, "Nguyễn Thị Hoa")
    assert tab(qtbot) is dialog.honorific
    qtbot.keyClick(dialog.honorific, Qt.Key.Key_Up)  # Ông/Bà -> Bà
    assert tab(qtbot) is dialog.email
    type_text(qtbot, "hoa.nguyen@example.vn")
    assert tab(qtbot) is dialog.address
    type_text(qtbot, "45 Lê Lợi, Phường 1, Mỹ Tho")
    assert tab(qtbot) is dialog.confidential
    qtbot.keyClick(dialog.confidential, Qt.Key.Key_Space)
    assert tab(qtbot) is dialog.title_edit
    type_text(qtbot, "Ổ gà lớn trên đường Ấp Bắc")
    assert tab(qtbot) is dialog.description
    type_text(qtbot, "Ổ gà sâu khoảng 20 cm giữa làn xe máy, ban đêm rất dễ té ngã.")
    assert tab(qtbot) is dialog.place
    type_text(qtbot, "Trước số 12 Ấp Bắc")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter moves on, it never saves
    assert focused() is dialog.area
    assert report_count(any_db) == 0
    dialog.area.setCurrentIndex(dialog.area.findData("Phường 4"))
    # the suggestion for the pothole, taken with its mnemonic
    assert dialog.suggest.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)  # a button's mnemonic clicks after 100 ms
    qtbot.waitUntil(lambda: dialog.category.currentData() == "ha_tang_giao_thong")

    with qtbot.waitSignal(dialog.submitted, timeout=5000):
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.side.currentIndex() == DONE, timeout=5000)
    row = stored(any_db, ids[0])
    assert dialog.done_panel.code.text() == row["code"] == "TG-2026-000001"
    assert row == row | {
        "channel": "hotline",
        "status": ReportStatus.RECEIVED,
        "phone": "0912345678",
        "name": "Nguyễn Thị Hoa",
        "honorific": "Bà",
        "email": "hoa.nguyen@example.vn",
        "address": "45 Lê Lợi, Phường 1, Mỹ Tho",
        "confidential": True,
        "title": "Ổ gà lớn trên đường Ấp Bắc",
        "place": "Trước số 12 Ấp Bắc",
        "description": "Ổ gà sâu khoảng 20 cm giữa làn xe máy, ban đêm rất dễ té ngã.",
        "area": "Phường 4",
        "category": "ha_tang_giao_thong",
        "occurred_at": NOW,
        "emergency": False,
        "flagged": False,
    }
    assert not dialog.form_box.isEnabled()  # saved: nothing more to type into
    qtbot.keyClick(dialog.new_button, Qt.Key.Key_Escape)  # nothing unsaved: closes at once
    assert not dialog.isVisible()
    assert dialog.result() == IntakeDialog.DialogCode.Accepted


def test_tab_order_follows_the_form(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db)
    dialog = open_dialog(qtbot, api)
    seen = [focused()]
    for _ in range(20):
        seen.append(tab(qtbot))
    names = [w.objectName() for w in seen]
    assert names == [
        "phone",
        "reporterName",
        "honorific",
        "email",
        "address",
        "confidential",
        "title",
        "description",
        "place",
        "area",
        "occurred",
        "category",
        "emergency",
        "stateSecret",
        "addFiles",
        "files",
        "primaryButton",
        "cancelButton",
        "answerButton",
        "redirectButton",
        "channel",
    ]
    assert tab(qtbot) is dialog.phone  # round again
    # every label has its Alt+letter
    qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
    assert focused() is dialog.title_edit
    qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
    assert focused() is dialog.phone


def test_caller_history_appears_after_typing_a_known_number(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db)
    for day, title in ((3, "Đèn đường hỏng"), (20, "Rác thải tồn đọng ở chợ")):
        api.submit(
            ReportDraft(
                channel="hotline",
                title=title,
                reporter_phone="0912 345 678",
                received_at=datetime(2026, 2, day, 8, 0),
            )
        )
    api.submit(ReportDraft(channel="hotline", title="Số khác", reporter_phone="0987654321"))
    dialog = open_dialog(qtbot, api)
    type_text(qtbot, "091234567")  # one digit short: no lookup
    assert dialog.history.topLevelItemCount() == 0
    type_text(qtbot, "8")
    qtbot.waitUntil(lambda: dialog.history.topLevelItemCount() == 2, timeout=5000)
    rows = [[dialog.history.topLevelItem(i).text(c) for c in range(4)] for i in range(2)]
    assert rows == [
        ["TG-2026-000002", "20/02/2026", "Rác thải tồn đọng ở chợ", "Mới tiếp nhận"],
        ["TG-2026-000001", "03/02/2026", "Đèn đường hỏng", "Mới tiếp nhận"],
    ]
    assert "đã phản ánh 2 lần" in dialog.history_box.note.text()
    assert dialog.phone_state.text() == "✓ 0912345678"
    # another way of writing the same number finds the same calls; a new number none
    lookups: list[str] = []
    real = api.caller_history
    api.caller_history = lambda phone, limit=20: lookups.append(phone) or real(phone, limit)
    dialog.phone.setText("+84 912 345 678")
    assert dialog._phone_timer.isActive()  # debounced: looked up when the typing pauses
    qtbot.waitUntil(lambda: not dialog._phone_timer.isActive(), timeout=2000)
    assert lookups == [] and dialog.history.topLevelItemCount() == 2  # the same number
    dialog.phone.setText("0909000111")
    qtbot.waitUntil(lambda: "Chưa có phản ánh" in dialog.history_box.note.text(), timeout=5000)
    assert dialog.history.topLevelItemCount() == 0


def test_category_is_suggested_for_a_pothole(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db)
    dialog = open_dialog(qtbot, api)
    assert not dialog.suggest.isVisible()
    dialog.title_edit.setFocus()
    type_text(qtbot, "ổ gà trên đường", dialog.title_edit)
    assert dialog.suggest.isVisible()
    assert "Sự cố hạ tầng giao thông" in dialog.suggest.text()
    qtbot.mouseClick(dialog.suggest, Qt.MouseButton.LeftButton)
    assert dialog.category.currentData() == "ha_tang_giao_thong"
    assert not dialog.suggest.isVisible()  # taken: nothing more to suggest


def test_area_completes_without_marks_and_takes_free_text(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db)
    dialog = open_dialog(qtbot, api)
    dialog.area.setFocus()
    qtbot.keyClicks(dialog.area.lineEdit(), "my tho")
    completer = dialog.area.completer()
    shown = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert "Thành phố Mỹ Tho" in shown and "Phường 1 (Thành phố Mỹ Tho)" in shown
    # two communes are called "Phường 1": the list says whose; the report keeps the area
    dialog.area.setCurrentIndex(dialog.area.findText("Phường 1 (Thành phố Mỹ Tho)"))
    assert dialog.draft().area == "Phường 1"
    dialog.area.setEditText("Ấp Tân Thuận, xã Bình Đức")
    assert dialog.draft().area == "Ấp Tân Thuận, xã Bình Đức"
    dialog.area.setEditText("")
    assert dialog.draft().area is None


def save_with_phone(qtbot, db, phone: str):
    """The intake dialog with ``phone`` typed and a title, saved; once its message names it."""
    _, api = province(db)
    dialog = open_dialog(qtbot, api)
    type_text(qtbot, phone)
    dialog.title_edit.setText("Ổ gà trên đường Ấp Bắc")
    dialog.title_edit.setFocus()
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: phone in dialog.message.text(), timeout=5000)
    return dialog


def test_an_invalid_phone_is_refused_in_vietnamese_and_nothing_is_saved(qtbot, sqlite_db) -> None:
    dialog = save_with_phone(qtbot, sqlite_db, "12345")
    assert dialog.message.text() == "Số điện thoại không hợp lệ: '12345'"
    assert report_count(sqlite_db) == 0
    assert dialog.title_edit.text() == "Ổ gà trên đường Ấp Bắc"  # nothing lost
    assert dialog.phone.hasFocus() and dialog.form_box.isEnabled()
    # corrected, it goes through
    dialog.phone.setText("0912345678")
    with qtbot.waitSignal(dialog.submitted, timeout=5000):
        save(qtbot, dialog)
    assert report_count(sqlite_db) == 1


def _discard_box(qtbot, dialog: IntakeDialog) -> QMessageBox:
    qtbot.waitUntil(
        lambda: dialog._discard_box is not None and dialog._discard_box.isVisible(), timeout=2000
    )
    box = dialog._discard_box
    assert box is not None
    return box


def _button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_escape_asks_before_throwing_typed_text_away(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db)
    dialog = open_dialog(qtbot, api)
    type_text(qtbot, "Ổ gà", dialog.title_edit)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    box = _discard_box(qtbot, dialog)
    assert box.text() == "Những gì đã nhập chưa được lưu sẽ mất."
    qtbot.mouseClick(_button(box, "Tiếp tục nhập"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._discard_box is None, timeout=2000)
    assert dialog.isVisible() and dialog.title_edit.text() == "Ổ gà"
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    box = _discard_box(qtbot, dialog)
    qtbot.mouseClick(_button(box, "Bỏ nội dung"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert dialog.result() == IntakeDialog.DialogCode.Rejected
    assert report_count(sqlite_db) == 0


def test_escape_on_an_empty_form_closes_at_once(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db)
    dialog = open_dialog(qtbot, api)
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog._discard_box is None


def test_a_ticked_box_alone_is_an_edit_too(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db)
    dialog = open_dialog(qtbot, api)
    qtbot.keyClick(dialog, Qt.Key.Key_M, ALT)  # Đề nghị giữ bí mật thông tin
    qtbot.waitUntil(dialog.confidential.isChecked)
    dialog.close()  # the window's close button asks too
    box = _discard_box(qtbot, dialog)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape in the question keeps the form
    qtbot.waitUntil(lambda: dialog._discard_box is None, timeout=2000)
    assert dialog.isVisible() and dialog.confidential.isChecked()


def test_an_emergency_category_ticks_emergency_and_untick_when_changed(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db)
    dialog = open_dialog(qtbot, api)
    dialog.category.setCurrentIndex(dialog.category.findData("phong_chong_thien_tai"))
    assert dialog.emergency.isChecked()  # Tiền Giang Điều 2.3
    dialog.category.setCurrentIndex(dialog.category.findData("dien"))
    assert not dialog.emergency.isChecked()
    dialog.emergency.setFocus()
    qtbot.keyClick(dialog.emergency, Qt.Key.Key_Space)  # the operator's own tick
    dialog.category.setCurrentIndex(dialog.category.findData("giao_duc"))
    assert dialog.emergency.isChecked()


def test_tien_giang_answer_directly_ends_answered_at_the_hotline(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db)
    dialog = open_dialog(qtbot, api)
    dialog.phone.setText("0912345678")
    dialog.title_edit.setText("Hỏi giờ làm việc của bộ phận một cửa")
    qtbot.keyClick(dialog, Qt.Key.Key_G, ALT)  # Giải đáp ngay
    qtbot.waitUntil(lambda: dialog.side.currentIndex() == ANSWER)
    assert dialog.answer_text.hasFocus()
    # no answer typed: the report is received, the service's message shows, nothing is lost
    with qtbot.waitSignal(dialog.submitted, timeout=5000) as sig:
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: "Cần nhập nội dung giải đáp" in dialog.message.text(), timeout=5000)
    assert dialog.side.currentIndex() == ANSWER
    type_text(
        qtbot, "Bộ phận một cửa làm việc từ 7 giờ 30, thứ Hai đến thứ Sáu.", dialog.answer_text
    )
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.side.currentIndex() == DONE, timeout=5000)
    rid = sig.args[0]
    assert stored(sqlite_db, rid)["status"] is ReportStatus.ANSWERED_DIRECTLY
    assert report_count(sqlite_db) == 1  # the retry did not submit a second report
    assert "Đã giải đáp tại tổng đài" in dialog.done_panel.status.text()
    assert not dialog.done_panel.dup_box.isVisible() and not dialog.answer_button.isVisible()
    with sqlite_db.session() as s:
        note = s.scalar(
            select(HistoryEntry.note).where(
                HistoryEntry.report_id == rid, HistoryEntry.action == "answer_directly"
            )
        )
    assert note == "Bộ phận một cửa làm việc từ 7 giờ 30, thứ Hai đến thứ Sáu."


def test_tien_giang_redirect_to_113_reads_the_guidance_first(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db)
    dialog = open_dialog(qtbot, api)
    dialog.phone.setText("0912345678")
    dialog.title_edit.setText("Có nhóm thanh niên tụ tập gây rối trước nhà")
    qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)  # Hướng dẫn kênh khác
    qtbot.waitUntil(lambda: dialog.side.currentIndex() == REDIRECT)
    assert dialog.topics.hasFocus()
    # the guidance shown is the one that will be recorded: the first topic until another
    assert dialog.topics.currentItem().data(Qt.ItemDataRole.UserRole) == "113"
    assert "gọi ngay số 113" in dialog.guide.guidance.text()
    assert dialog.guide.guidance.font().pointSize() >= 15  # big enough to read aloud
    qtbot.keyClick(dialog.topics, Qt.Key.Key_Down)
    assert "gọi ngay số 114" in dialog.guide.guidance.text()
    dialog.topics.setCurrentRow(-1)
    save(qtbot, dialog)  # nothing chosen: asked to choose, nothing saved
    assert dialog.message.text() == "Chọn kênh cần hướng dẫn người gọi."
    assert report_count(sqlite_db) == 0
    # Escape steps back to the form without losing anything, Alt+D returns
    qtbot.keyClick(dialog.topics, Qt.Key.Key_Escape)
    assert dialog.side.currentIndex() != REDIRECT and dialog.isVisible()
    assert dialog.title_edit.text().startswith("Có nhóm thanh niên")
    qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: dialog.side.currentIndex() == REDIRECT)
    assert "gọi ngay số 113" in dialog.guide.guidance.text()
    with qtbot.waitSignal(dialog.submitted, timeout=5000) as sig:
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.side.currentIndex() == DONE, timeout=5000)
    assert stored(sqlite_db, sig.args[0])["status"] is ReportStatus.REDIRECTED
    with sqlite_db.session() as s:
        data = s.scalar(
            select(HistoryEntry.data).where(
                HistoryEntry.report_id == sig.args[0], HistoryEntry.action == "redirect"
            )
        )
    assert data["target"] == "113"  # and the client key the outbox finds a lost answer by
    assert set(data) == {"target", "client_key"}


def test_thai_nguyen_has_no_hotline_buttons(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db, "thai-nguyen")
    dialog = open_dialog(qtbot, api)
    assert not dialog.answer_button.isVisible() and not dialog.redirect_button.isVisible()
    assert dialog.channel.currentIndex() == 0  # no hotline: the first channel


def saved_beside_a_duplicate(qtbot, api: ConsoleApi) -> tuple[ActionResult, IntakeDialog, int]:
    """A report stored, then one typed at the hotline about the same pothole and saved: the
    stored one, the dialog offering it as a possible duplicate, and the new report's id."""
    main = api.submit(
        ReportDraft(
            channel="app",
            title="Ổ gà giữa đường Ấp Bắc",
            place="Số 12 Ấp Bắc, Phường 4",
            category="ha_tang_giao_thong",
        )
    )
    dialog = open_dialog(qtbot, api)
    dialog.phone.setText("0912345678")
    dialog.title_edit.setText("Đường Ấp Bắc có ổ gà lớn")
    dialog.place.setText("Trước số 12 Ấp Bắc")
    dialog.category.setCurrentIndex(dialog.category.findData("ha_tang_giao_thong"))
    with qtbot.waitSignal(dialog.submitted, timeout=5000) as sig:
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.duplicates.count() == 1, timeout=5000)
    return main, dialog, sig.args[0]


def test_a_possible_duplicate_is_offered_and_linked(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db)
    main, dialog, new_id = saved_beside_a_duplicate(qtbot, api)
    assert dialog.done_panel.dup_box.isVisible()
    assert dialog.duplicates.item(0).text().startswith(main.code)
    assert dialog.duplicates.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_G, ALT)  # Gộp vào phản ánh này
    qtbot.waitUntil(lambda: "Đã gộp" in dialog.done_panel.dup_note.text(), timeout=5000)
    assert stored(sqlite_db, new_id)["duplicate_of"] == main.report_id
    assert not dialog.link_button.isEnabled()


def test_rude_wording_is_flagged_while_typing_in_lai_chau(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db, "lai-chau")
    dialog = open_dialog(qtbot, api)
    assert dialog.channel.currentData() == "app"  # Lai Châu has no hotline
    dialog.title_edit.setFocus()
    type_text(qtbot, "Cán bộ phường thái độ ", dialog.title_edit)
    assert not dialog.rude.isVisible()
    type_text(qtbot, "mất dạy", dialog.title_edit)
    assert dialog.rude.isVisible() and "mất dạy" in dialog.rude.text()
    dialog.phone.setText("0912345678")
    with qtbot.waitSignal(dialog.submitted, timeout=5000) as sig:
        save(qtbot, dialog)
    assert stored(sqlite_db, sig.args[0])["flagged"] is True  # received, flagged


def _drop(dialog: IntakeDialog, *paths: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(
        dialog,
        QDropEvent(
            QPointF(20, 20),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    return True


JPEG = b"\xff\xd8\xff\xe0\0\x10JFIF\0"  # the leading bytes of a real JPEG
MP3 = b"ID3\x04\0\0\0\0\0\0"  # an MP3 with an ID3 tag


def test_attachments_are_stored_with_the_report(qtbot, sqlite_db, tmp_path: Path) -> None:
    _, api = province(sqlite_db)
    photo = tmp_path / "o-ga.jpg"
    photo.write_bytes(JPEG + b"\0" * (2048 - len(JPEG)))
    clip = tmp_path / "ghi-am.mp3"
    clip.write_bytes(MP3 + b"\0" * (1_300_000 - len(MP3)))
    extra = tmp_path / "them.pdf"
    extra.write_bytes(b"%PDF-1.7\n")
    dialog = open_dialog(qtbot, api)
    assert _drop(dialog, photo, clip, extra, tmp_path)  # a folder is not a file: ignored
    assert [dialog.files.item(i).text() for i in range(dialog.files.count())] == [
        "o-ga.jpg — 2,0 KB",
        "ghi-am.mp3 — 1,2 MB",
        "them.pdf — 9 B",
    ]
    assert dialog.files_box.title() == "Tệp đính kèm (3)"
    assert not dialog.files_box.warning.isVisible()
    dialog.files.setCurrentRow(2)
    dialog.files.setFocus()
    qtbot.keyClick(dialog.files, Qt.Key.Key_Delete)  # Delete takes the chosen one off
    assert dialog.attachments() == [photo, clip] == dialog.draft().attachments
    dialog.phone.setText("0912345678")
    dialog.title_edit.setText("Ổ gà trên đường Ấp Bắc")
    with qtbot.waitSignal(dialog.submitted, timeout=5000) as sig:
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.side.currentIndex() == DONE, timeout=5000)
    assert [a[1:] for a in api.detail(sig.args[0]).attachments] == [
        ("o-ga.jpg", "image/jpeg", 2048),
        ("ghi-am.mp3", "audio/mpeg", 1_300_000),
    ]
    assert "Đã lưu 2 tệp đính kèm." in dialog.done_panel.status.text()
    assert "CHƯA" not in dialog.done_panel.status.text()
    assert not _drop(dialog, photo)  # saved: no more files to this report


def test_a_file_the_services_would_refuse_shows_red_as_it_is_added(
    qtbot, sqlite_db, tmp_path: Path
) -> None:
    _, api = province(sqlite_db)
    max_bytes, _, _ = api.attachment_limits()
    big = tmp_path / "camera.mp4"
    with big.open("wb") as f:
        f.truncate(max_bytes + 1)  # sparse: no 20 MB written
    archive = tmp_path / "ho-so.zip"
    archive.write_bytes(b"PK\x03\x04")
    photo = tmp_path / "o-ga.jpg"
    photo.write_bytes(JPEG)
    dialog = open_dialog(qtbot, api)
    dialog.add_files([big, archive, photo])
    items = [dialog.files.item(i) for i in range(dialog.files.count())]
    assert [i.data(PROBLEM_ROLE) for i in items] == [
        "lớn quá 20 MB",
        "không nhận loại tệp này",
        None,
    ]
    assert items[0].text() == "⚠ camera.mp4 — 20,0 MB — lớn quá 20 MB"
    assert items[0].foreground().color().name() == "#b00020"
    assert items[2].text() == "o-ga.jpg — 11 B"
    assert dialog.files_box.warning.isVisible()
    assert dialog.files_box.warning.text().startswith("2 tệp sẽ bị từ chối khi lưu")
    dialog.files.setCurrentRow(0)
    dialog.files.setFocus()
    qtbot.keyClick(dialog.files, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog.files, Qt.Key.Key_Delete)
    assert dialog.attachments() == [photo] and not dialog.files_box.warning.isVisible()


def test_a_fake_jpeg_is_refused_by_name_and_nothing_is_saved(
    qtbot, sqlite_db, tmp_path: Path
) -> None:
    _, api = province(sqlite_db)
    fake = tmp_path / "anh-hien-truong.jpg"
    fake.write_bytes(b"MZ\x90\0" + b"\0" * 100)  # not a JPEG whatever its name says
    dialog = open_dialog(qtbot, api)
    dialog.add_files([fake])
    assert dialog.files.item(0).data(PROBLEM_ROLE) is None  # the name alone looks fine
    dialog.phone.setText("0912345678")
    dialog.title_edit.setText("Cây xanh đổ chắn ngang đường")
    dialog.description.setPlainText("Cây đổ sau cơn mưa chiều qua.")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: "anh-hien-truong.jpg" in dialog.message.text(), timeout=5000)
    assert dialog.message.text() == "Nội dung tệp anh-hien-truong.jpg không đúng loại image/jpeg"
    assert report_count(sqlite_db) == 0
    assert dialog.side.currentIndex() != DONE and dialog.form_box.isEnabled()
    assert (
        dialog.phone.text(),
        dialog.title_edit.text(),
        dialog.description.toPlainText(),
        dialog.attachments(),
    ) == ("0912345678", "Cây xanh đổ chắn ngang đường", "Cây đổ sau cơn mưa chiều qua.", [fake])
    assert dialog.primary.isEnabled()  # fix the file (or take it off) and save again


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 B"),
        (1023, "1023 B"),
        (2048, "2,0 KB"),
        (1_300_000, "1,2 MB"),
        (5 * 1024**3, "5,0 GB"),
    ],
)
def test_human_size(size: int, text: str) -> None:
    assert human_size(size) == text


def test_new_report_empties_the_form_for_the_next_call(qtbot, sqlite_db) -> None:
    _, api = province(sqlite_db)
    dialog = open_dialog(qtbot, api)
    dialog.phone.setText("0912345678")
    dialog.title_edit.setText("Mất nước sinh hoạt cả tuần")
    with qtbot.waitSignal(dialog.submitted, timeout=5000):
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.side.currentIndex() == DONE, timeout=5000)
    qtbot.keyClick(dialog, Qt.Key.Key_M, ALT)  # Tiếp nhận mới
    qtbot.waitUntil(dialog.form_box.isEnabled)
    assert dialog.title_edit.text() == ""
    assert dialog.phone.hasFocus() and dialog.answer_button.isVisible()
    dialog.title_edit.setText("Cúp điện từ sáng")
    dialog.phone.setText("0912345678")
    with qtbot.waitSignal(dialog.submitted, timeout=5000):
        save(qtbot, dialog)
    assert report_count(sqlite_db) == 2


def test_screenshots(qtbot, sqlite_db, tmp_path: Path) -> None:
    """docs/screenshots: a hotline call on Tiền Giang with the caller's history and the files
    to store (one of a kind the services refuse), and the redirection to 113 with the guidance
    to read aloud."""
    _, api = province(sqlite_db)
    phone = "0912 345 678"
    first = api.submit(
        ReportDraft(
            channel="hotline",
            title="Đèn chiếu sáng hỏng trên đường Ấp Bắc",
            description="Ba cột đèn liền nhau không sáng, đoạn đường tối hoàn toàn về đêm.",
            place="Đường Ấp Bắc, Phường 5",
            area="Thành phố Mỹ Tho",
            reporter_name="Trần Văn Bình",
            reporter_phone=phone,
            category="cay_xanh_chieu_sang",
            reporter_address="27 Trưng Trắc, Phường 1, thành phố Mỹ Tho",  # Điều 5.1.c
            received_at=datetime(2026, 1, 12, 8, 40),
            occurred_at=datetime(2026, 1, 11, 19, 0),
        )
    )
    api.act("forward", first.report_id, first.version, unit="so_xd")
    answered = api.submit(
        ReportDraft(
            channel="hotline",
            title="Hỏi thủ tục cấp lại CCCD",
            reporter_phone=phone,
            received_at=datetime(2026, 2, 24, 14, 5),
        )
    )
    api.act(
        "answer_directly",
        answered.report_id,
        answered.version,
        text="Hướng dẫn nộp hồ sơ tại Công an phường nơi cư trú.",
    )
    api.submit(
        ReportDraft(
            channel="zalo",
            title="Rác thải tồn đọng ở chợ Mỹ Tho",
            reporter_phone=phone,
            received_at=datetime(2026, 3, 2, 7, 55),
        )
    )
    dialog = open_dialog(qtbot, api)
    dialog.resize(1180, 720)
    type_text(qtbot, phone)
    dialog.reporter_name.setText("Trần Văn Bình")
    dialog.honorific.setCurrentText("Ông")
    dialog.address.setText("27 Trưng Trắc, Phường 1, thành phố Mỹ Tho")
    dialog.title_edit.setText("Ổ gà lớn trên đường Ấp Bắc")
    dialog.description.setPlainText(
        "Ổ gà sâu khoảng 20 cm giữa làn xe máy, trời mưa đọng nước không thấy, đã có người té ngã."
    )
    dialog.place.setText("Trước số 12 Ấp Bắc, Phường 5")
    dialog.area.setCurrentIndex(dialog.area.findData("Thành phố Mỹ Tho"))
    files = {
        "o-ga-ap-bac.jpg": JPEG + bytes(182_000),
        "ghi-am-cuoc-goi.mp3": MP3 + bytes(940_000),
        "danh-sach.xlsx": b"PK\x03\x04" + bytes(12_000),
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    dialog.add_files(tmp_path / name for name in files)
    qtbot.waitUntil(lambda: dialog.history.topLevelItemCount() == 3, timeout=5000)
    dialog.title_edit.setFocus()
    out = shot_dir(tmp_path)  # docs/screenshots only with CONSOLE_SCREENSHOTS set
    assert dialog.grab().save(str(out / "intake-dialog.png"))

    dialog.title_edit.setText("Nhóm thanh niên tụ tập gây rối, đánh nhau trước nhà")
    dialog.description.setPlainText("Đang xảy ra, có hung khí.")
    qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: dialog.side.currentIndex() == REDIRECT)
    assert "113" in dialog.guide.guidance.text()
    assert dialog.grab().save(str(out / "intake-redirect.png"))
