"""The action dialogs, each driven through the detail pane, with the database checked after."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QRadioButton
from sqlalchemy import select

from console.db import Database
from console.letters import load_template, render_letters
from console.letters.samples import sample_data
from console.models import (
    STATUS_LABELS,
    Publication,
    Report,
    ReportDeadline,
    ReportStatus,
    Restriction,
    Result,
    Role,
)
from console.profiles import load_profile
from console.services.detail import STAGE_LABELS
from console.sla import SLA_LABELS
from console.views.label_text import ACTION_TEXT, SLA_TEXT, STAGE_TEXT, STATUS_TEXT
from console.views.letter_preview import LetterPreview
from console.views.routing_dialog import RoutingDialog, routing_data
from console.workflow import ACTION_LABELS
from tests.scenario_helpers import draft
from tests.views.pane_helpers import (
    click_action,
    confirm,
    history,
    open_pane,
    refused,
    tick,
    type_text,
    world,
)


def pdf_text(pdf: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def approved(w, **kw):
    """A report forwarded, handled and approved in Thái Nguyên, ready to publish."""
    r = w.op.submit(draft(category="giao_thong", **kw))
    r = w.op.act("forward", r.report_id, r.version, unit="so_gtvt")
    r = w.officer.act("accept", r.report_id, r.version)
    r = w.officer.act(
        "submit_result",
        r.report_id,
        r.version,
        text="Đơn vị đã vá ổ gà bằng bê tông nhựa ngày 03/3/2026.",
    )
    return w.leader.act("approve", r.report_id, r.version)


def in_progress(w):
    r = w.op.submit(draft(category="giao_thong"))
    r = w.op.act("forward", r.report_id, r.version, unit="so_gtvt")
    return w.officer.act("accept", r.report_id, r.version)


def test_labels_for_translation_match_the_core() -> None:
    assert dict(ACTION_TEXT) == dict(ACTION_LABELS)
    assert {k: v for k, v in STATUS_TEXT.items()} == STATUS_LABELS
    assert SLA_TEXT == SLA_LABELS
    assert STAGE_TEXT == STAGE_LABELS


def test_note_dialog_requires_the_reason_and_confirms_with_ctrl_enter(
    qtbot, sqlite_db: Database
) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft())
    pane = open_pane(qtbot, w.op, r.report_id)
    dialog = click_action(qtbot, pane, "reject")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error_label.text() == "Cần nhập: lý do không xử lý (gửi cho người phản ánh)"
    assert history(w.op, r.report_id) == ["submit"]
    type_text(dialog.note, "Nội dung trùng với phản ánh đã trả lời.")
    with qtbot.waitSignals([pane.changed, pane.loaded], timeout=10000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    d = w.op.detail(r.report_id)
    assert d.status is ReportStatus.REJECTED
    assert d.history[-1].note == "Nội dung trùng với phản ánh đã trả lời."
    assert pane.action_buttons == {}  # final: nothing more to do


def test_extension_must_be_in_the_future_and_keeps_the_original_due(
    qtbot, sqlite_db: Database
) -> None:
    w = world(sqlite_db)
    r = in_progress(w)
    pane = open_pane(qtbot, w.officer, r.report_id)
    dialog = click_action(qtbot, pane, "request_extension")
    assert dialog.findChild(QLabel, "currentDue").text() == "Hạn xử lý hiện tại: 09:00 05/03/2026"
    dialog.committed.setDateTime(QDateTime(2026, 3, 1, 17, 0, 0))
    type_text(dialog.note, "Chờ nhà thầu bố trí máy rải nhựa.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "phải ở tương lai" in dialog.error_label.text()
    dialog.committed.setDateTime(QDateTime(2026, 3, 10, 17, 0, 0))
    confirm(qtbot, pane, dialog)
    assert history(w.officer, r.report_id)[-1] == "request_extension"
    assert "request_extension" not in pane.action_buttons  # one request waits at a time
    # A request, not a grant (issue 17 item 10): the unit's leader approves it.
    with sqlite_db.session() as s:
        handle = s.scalars(
            select(ReportDeadline).where(
                ReportDeadline.report_id == r.report_id, ReportDeadline.stage == "handle"
            )
        ).one()
        assert handle.due_at == datetime(2026, 3, 5, 9, 0) and handle.original_due_at is None
    pane = open_pane(qtbot, w.leader, r.report_id)
    dialog = click_action(qtbot, pane, "approve_extension")
    confirm(qtbot, pane, dialog, dialog.action_buttons["approve_extension"])
    with sqlite_db.session() as s:
        handle = s.scalars(
            select(ReportDeadline).where(
                ReportDeadline.report_id == r.report_id, ReportDeadline.stage == "handle"
            )
        ).one()
        assert handle.due_at == datetime(2026, 3, 10, 17, 0)
        assert handle.original_due_at == datetime(2026, 3, 5, 9, 0)
    table = pane.findChild(object, "deadlineTable")
    row = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == "Xử lý")
    assert table.item(row, 1).text() == "17:00 10/03/2026"
    assert table.item(row, 2).text() == "09:00 05/03/2026"


def test_routing_search_ignores_diacritics_and_enter_picks_the_match(
    qtbot, sqlite_db: Database
) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft(category="moi_truong"))
    detail = w.op.detail(r.report_id)
    dialog = RoutingDialog(detail, routing_data("forward", w.op, detail))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.unit_code() == "so_tnmt"
    submitted = []
    dialog.submitted.connect(lambda: submitted.append(1))
    qtbot.keyClicks(dialog.search, "so xay dung")
    proxy = dialog.proxy
    shown = [
        proxy.index(i, 0, proxy.index(g, 0)).data()
        for g in range(proxy.rowCount())
        for i in range(proxy.rowCount(proxy.index(g, 0)))
    ]
    assert shown == ["Sở Xây dựng tỉnh Thái Nguyên"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.unit_code() == "so_xd" and not submitted
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "hoang van thu")  # a ward, under its city
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.unit_code() == "p_hoang_van_thu"
    assert dialog.params() == {"unit": "p_hoang_van_thu", "note": "", "consult": ()}


def test_dak_lak_team_delegates_only_to_its_own_units(qtbot, sqlite_db: Database) -> None:
    w = world(sqlite_db, "dak-lak")
    team = w.api("to.bmt", "to_bmt", Role.TEAM)
    r = w.op.submit(
        draft(
            category="an_toan_giao_thong",
            place="Số 12 đường Lê Duẩn, phường Tân Lợi, Buôn Ma Thuột",
            reporter_address="Phường Tân Lợi",
        )
    )  # Bước 1.1.c
    r = w.op.act("forward", r.report_id, r.version, unit="to_bmt")
    pane = open_pane(qtbot, team, r.report_id)
    assert {"delegate", "accept", "return_to_ioc"} <= set(pane.action_buttons)
    dialog = click_action(qtbot, pane, "delegate")
    children = {u.code for u in dialog.data.units}
    assert children == {u.code for u in w.p.profile.children("to_bmt")}
    assert dialog.consult.isHidden() and dialog.due.text() == ""
    assert dialog.select("p_tan_loi")
    assert not dialog.select("so_gtvt")  # not the team's
    confirm(qtbot, pane, dialog)
    with sqlite_db.session() as s:
        report = s.get(Report, r.report_id)
        assert report.current_unit.code == "p_tan_loi"
    assert history(team, r.report_id)[-1] == "delegate"


def test_leader_edits_and_approves(qtbot, sqlite_db: Database) -> None:
    w = world(sqlite_db)
    r = in_progress(w)
    r = w.officer.act("submit_result", r.report_id, r.version, text="Đã vá ổ gà.")
    pane = open_pane(qtbot, w.leader, r.report_id)
    dialog = click_action(qtbot, pane, "approve")
    buttons = dialog.action_buttons
    assert buttons["approve"].isEnabled() and not buttons["edit_and_approve"].isEnabled()
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    type_text(dialog.text, " Mặt đường đã êm thuận.")
    assert not buttons["approve"].isEnabled() and buttons["edit_and_approve"].isEnabled()
    confirm(qtbot, pane, dialog, buttons["edit_and_approve"])
    with sqlite_db.session() as s:
        result = s.scalars(select(Result).where(Result.report_id == r.report_id)).one()
        assert result.draft_text == "Đã vá ổ gà."
        assert result.approved_text == "Đã vá ổ gà. Mặt đường đã êm thuận."
    assert history(w.leader, r.report_id)[-1] == "edit_and_approve"
    assert "Đã phê duyệt (có sửa)" in pane.findChild(QLabel, "result").text()


@pytest.mark.parametrize(
    ("profile", "label", "offers"),
    [
        ("thai-nguyen", "hai_long", False),
        ("thai-nguyen", "khong_hai_long", True),  # "Không hài lòng" though it does not reopen
        ("tien-giang", "binh_thuong", False),
        ("tien-giang", "khong_hai_long", True),  # reopens = true in the profile
    ],
)
def test_rating_offers_reopening_only_when_dissatisfied(
    qtbot, sqlite_db: Database, profile: str, label: str, offers: bool
) -> None:
    w = world(sqlite_db, profile)
    unit = w.p.profile.categories[0].default_unit
    officer = w.api("cb.xl", unit, Role.OFFICER, Role.LEADER)
    r = w.op.submit(
        draft(
            category=w.p.profile.categories[0].code,
            channel=w.p.profile.channels[0].code,
            reporter_address="Phường 1",
        )
    )  # Tiền Giang Điều 5.1.c
    r = w.op.act("forward", r.report_id, r.version, unit=unit)
    r = officer.act("accept", r.report_id, r.version)
    r = officer.act("submit_result", r.report_id, r.version, text="Đã xử lý xong.")
    if w.p.profile.workflow["approval"]:
        r = officer.act("approve", r.report_id, r.version)
    r = w.op.act("publish", r.report_id, r.version, publication=Publication.PUBLIC)
    pane = open_pane(qtbot, w.op, r.report_id)
    dialog = click_action(qtbot, pane, "rate")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Chọn mức độ hài lòng"
    tick(qtbot, dialog.findChild(QRadioButton, f"rating_{label}"))
    assert dialog.reopen.isHidden() is not offers
    if offers:  # offered, but the operator may only record the rating
        tick(qtbot, dialog.reopen)
        assert not dialog.reopen.isChecked()
    confirm(qtbot, pane, dialog)
    d = w.op.detail(r.report_id)
    assert d.status is ReportStatus.PUBLISHED and history(w.op, r.report_id)[-1] == "rate"
    assert ("reopen" in pane.action_buttons) and d.history[-1].note.startswith("Đánh giá:")


def test_redirect_shows_the_guidance_for_the_caller(qtbot, sqlite_db: Database) -> None:
    w = world(sqlite_db, "tien-giang")
    r = w.op.submit(
        draft(
            channel="hotline",
            title="Có đánh nhau trước quán nhậu",
            description="Hai nhóm thanh niên đánh nhau trước quán nhậu.",
        )
    )
    pane = open_pane(qtbot, w.op, r.report_id)
    dialog = click_action(qtbot, pane, "redirect")
    dialog.list.setCurrentRow(0)
    assert "113" in dialog.guidance.text()
    confirm(qtbot, pane, dialog)
    d = w.op.detail(r.report_id)
    assert d.status is ReportStatus.REDIRECTED and "113" in d.history[-1].note


def test_link_offers_the_duplicate_and_links_it(qtbot, sqlite_db: Database) -> None:
    w = world(sqlite_db)
    main = w.op.submit(draft(category="giao_thong"))
    w.p.clock.now = datetime(2026, 3, 2, 11, 0)
    dup = w.op.submit(
        draft(
            category="giao_thong",
            title="Đường Lương Ngọc Quyến có ổ gà",
            reporter_name="Ngô Văn Lâm",
            reporter_phone="0987000111",
        )
    )
    pane = open_pane(qtbot, w.op, dup.report_id)
    dialog = click_action(qtbot, pane, "link")
    assert dialog.table.rowCount() == 1 and dialog.code.text() == main.code
    confirm(qtbot, pane, dialog)
    assert history(w.op, dup.report_id) == ["submit", "link"]
    assert main.code in w.op.detail(dup.report_id).history[-1].note


def test_publish_confidential_report_privately_with_an_edited_letter(
    qtbot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world(sqlite_db)
    r = approved(w, confidential=True)
    pane = open_pane(qtbot, w.op, r.report_id)
    dialog = click_action(qtbot, pane, "publish")
    radios = dialog.radios
    assert not radios[Publication.PUBLIC].isEnabled()  # Điều 10.3: the reporter asked
    assert radios[Publication.PRIVATE].isChecked()
    qtbot.waitUntil(lambda: len(dialog.preview.pages) == 1, timeout=10000)
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    type_text(dialog.text, " Mặt đường đã êm thuận.")
    qtbot.waitUntil(
        lambda: (
            dialog.preview.pdf is not None
            and "Mặt đường đã êm thuận." in pdf_text(dialog.preview.pdf)
        ),
        timeout=10000,
    )
    qtbot.waitUntil(lambda: len(dialog.preview.pages) == 1, timeout=10000)

    target = tmp_path / "thu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)
    text = pdf_text(target.read_bytes())
    assert "Mặt đường đã êm thuận." in text and "0912345678" not in text

    confirm(qtbot, pane, dialog)
    with sqlite_db.session() as s:
        report = s.get(Report, r.report_id)
        assert report.status is ReportStatus.PUBLISHED
        assert report.publication is Publication.PRIVATE
        result = s.scalars(select(Result).where(Result.report_id == r.report_id)).one()
        assert result.published_text.endswith("Mặt đường đã êm thuận.")


def test_publish_refused_by_the_service_is_shown_and_nothing_changes(
    qtbot, sqlite_db: Database
) -> None:
    w = world(sqlite_db)
    r = approved(w)
    pane = open_pane(qtbot, w.op, r.report_id)
    dialog = click_action(qtbot, pane, "publish")
    assert dialog.radios[Publication.PUBLIC].isChecked()
    # marked behind the open dialog (no version bump): only the service can know now
    with sqlite_db.session() as s:
        s.get(Report, r.report_id).restriction = Restriction.REPUTATIONAL
    message = refused(qtbot, pane, dialog)
    assert "chỉ được: Gửi riêng người phản ánh" in message and dialog.isVisible()
    assert w.op.detail(r.report_id).status is ReportStatus.APPROVED
    tick(qtbot, dialog.radios[Publication.PRIVATE])
    confirm(qtbot, pane, dialog)
    assert w.op.detail(r.report_id).status is ReportStatus.PUBLISHED


def test_letter_preview_pages_zooms_saves_and_prints(qtbot, tmp_path: Path) -> None:
    profile = load_profile("thai-nguyen")
    template = load_template(profile.key)
    pdf = render_letters(
        [(sample_data(profile), template), (sample_data(profile, code="TN-2026-000124"), template)]
    )
    preview = LetterPreview()
    qtbot.addWidget(preview)
    preview.resize(800, 700)
    preview.show()
    with qtbot.waitSignal(preview.rendered, timeout=10000) as blocker:
        preview.set_pdf(pdf)
    assert blocker.args == [2] and preview.page_label.text() == "Trang 1/2"
    assert preview.fit and not preview.prev_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.page_label.text() == "Trang 2/2" and not preview.next_button.isEnabled()
    preview.zoom_out_button.setFocus()
    start = preview.zoom
    qtbot.keyClick(preview.zoom_out_button, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom > start and not preview.fit
    qtbot.keyClick(preview.zoom_out_button, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview.zoom_out_button, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom < start
    assert preview.view.pixmap().width() < preview.pages[1].width()

    printer = preview.printer()  # no printer on this machine: print to a PDF file
    assert printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    printer.setOutputFileName(str(tmp_path / "in.pdf"))
    preview.print_to(printer)
    assert len(PdfReader(tmp_path / "in.pdf").pages) == 2
    raster = QPrinter(QPrinter.PrinterMode.HighResolution)  # painted page images
    raster.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    raster.setOutputFileName(str(tmp_path / "raster.pdf"))
    raster.setResolution(150)
    from console.views.letter_preview import print_pdf

    assert print_pdf(pdf, raster) == 2
    assert len(PdfReader(tmp_path / "raster.pdf").pages) == 2
