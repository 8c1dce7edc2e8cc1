"""Issue 16 item 9, the rest of English mode: the queue's deadline badges and the services'
refusals (workflow, intake checks) read in English when the interface is English, while the
core's own text (the CLI, the logs) stays Vietnamese."""

from __future__ import annotations

import ast
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from console.errors import Label, phrase
from console.intake import ReportDraft
from console.services.queues import Queue, QueueFilter, Sort
from console.sla import SlaState
from console.text_input import IntakeError, check_line
from console.views.messages import error_text
from console.views.queue_model import COL_DUE, QueueModel, SlaRole
from console.workflow import WorkflowError
from tests.views.test_i18n import translate_ts
from tests.views.test_intake_dialog import open_dialog, province, report_count, save
from tests.views.test_queue_model import MON, small_province

TIP = Qt.ItemDataRole.ToolTipRole.value
core_messages = translate_ts.core_messages  # scripts/core_messages.py, as the catalogue uses it


def test_a_queue_rows_badge_and_tooltip_in_english(qtbot, english, sqlite_db) -> None:
    small = small_province(sqlite_db)
    p = small.province
    op = small.api.actor
    # the second report waits for the citizen: its clock stands still
    version = small.api.detail(small.ids[1]).version
    p.service.request_info(op, small.ids[1], version, "Đề nghị bổ sung ảnh hiện trường")
    p.clock.now = MON + timedelta(days=20)  # every other intake clock has run out
    model = QueueModel(small.api)
    model.set_filter(QueueFilter(Queue.ALL), Sort.DUE)
    cells = {model.report_id(r): model.index(r, COL_DUE) for r in range(model.rowCount())}

    overdue = cells[small.ids[3]]
    assert overdue.data(SlaRole) == SlaState.OVERDUE
    assert overdue.data().endswith(" overdue") and " d" in overdue.data()
    assert "quá hạn" not in overdue.data()
    tip = overdue.data(TIP)
    assert "working time overdue" in tip and "\nDue: " in tip

    paused = cells[small.ids[1]]
    assert paused.data(SlaRole) == SlaState.PAUSED
    assert paused.data() == "Paused"


def test_a_workflow_refusal_names_what_is_missing_in_english(english, sqlite_db) -> None:
    small = small_province(sqlite_db)
    version = small.api.detail(small.ids[1]).version
    with pytest.raises(WorkflowError) as caught:
        small.province.service.reject(small.api.actor, small.ids[1], version, "  ")
    assert str(caught.value) == "Cần nhập lý do không xử lý"  # the CLI and the log
    assert error_text(caught.value) == "Enter the reason for not handling it"


def test_an_intake_check_names_the_field_in_english(english) -> None:
    with pytest.raises(IntakeError) as caught:
        check_line("x" * 201, "Tiêu đề", limit=200, field="title")
    assert str(caught.value) == "“Tiêu đề” dài quá 200 ký tự (đang có 201)"
    assert error_text(caught.value) == "“Title” is longer than 200 characters (201)"


def test_without_a_catalogue_the_field_stays_vietnamese(qapp) -> None:
    with pytest.raises(IntakeError) as caught:
        check_line("a\x1bb", "Địa điểm", limit=200)
    assert error_text(caught.value) == str(caught.value)
    assert error_text(caught.value).startswith("“Địa điểm” chứa ký tự điều khiển U+001B")


def test_the_intake_dialog_refuses_a_bad_email_in_english(qtbot, english, sqlite_db) -> None:
    _, api = province(sqlite_db)
    dialog = open_dialog(qtbot, api)
    dialog.phone.setText("0912345678")
    dialog.email.setText("không phải email")
    dialog.title_edit.setText("Ổ gà trên đường Ấp Bắc")
    dialog.title_edit.setFocus()
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: "e-mail" in dialog.message.text(), timeout=5000)
    assert dialog.message.text() == (
        "“Reporter's e-mail” is not an e-mail address (such as name@domain.vn): 'không phải email'"
    )
    assert report_count(sqlite_db) == 0


def test_phrases_are_labels_found_by_the_catalogue_script() -> None:
    label = phrase("Tiêu đề")
    assert label == Label("phrase", "Tiêu đề", "Tiêu đề") and phrase(label) is label
    assert f"“{label}”" == "“Tiêu đề”"
    tree = ast.parse(
        'def check_email(value, label="Thư điện tử", *, field=None): ...\n'
        'check_line(v, "Tiêu đề", limit=9)\n'
        'self._need(note, "lý do không xử lý")\n'
        "check_text(v, label=what)\n"  # passed through: caught where written
        'phrase("số điện thoại")\n'
    )
    found = [text for text, _line in core_messages._phrases(tree)]
    assert sorted(found) == sorted(["Thư điện tử", "Tiêu đề", "lý do không xử lý", "số điện thoại"])
    templates = core_messages.find().templates
    assert "lý do không xử lý" in templates and "Thời điểm xảy ra" in templates


def test_a_draft_in_the_future_names_its_field_in_both_languages(english) -> None:
    from console.intake import clean_draft

    now = MON
    draft = ReportDraft(channel="app", title="t", occurred_at=now + timedelta(days=400))
    with pytest.raises(IntakeError) as caught:
        clean_draft(draft, now=now)
    assert str(caught.value).startswith("“Thời điểm xảy ra” ở tương lai")
    assert error_text(caught.value).startswith("“Time it happened” ")


def test_an_administrators_refusal_names_the_field_in_english(english, sqlite_db) -> None:
    from console.services.admin_units import UnitAdmin, UnitAdminError
    from tests.admin_helpers import admin_province

    p = admin_province(sqlite_db, "lai-chau", MON)
    units = UnitAdmin(sqlite_db, p.profile, p.actors["quantri"])
    with pytest.raises(UnitAdminError) as caught:
        units.add(code="phong_gd", name="   ", short_name="", kind="agency", parent="ioc")
    assert str(caught.value) == "Tên đơn vị không được để trống"
    assert error_text(caught.value) == "The unit's name must not be empty"


def test_a_restriction_refusal_names_the_level_in_english(english, sqlite_db) -> None:
    small = small_province(sqlite_db)
    version = small.api.detail(small.ids[1]).version
    with pytest.raises(WorkflowError) as caught:
        small.province.service.restrict(
            small.api.actor, small.ids[1], version, "none", note="Nội dung không còn nhạy cảm"
        )
    assert str(caught.value) == "Phản ánh đã ở mức: Không hạn chế"
    assert error_text(caught.value) == "The report is already at this level: Not restricted"
