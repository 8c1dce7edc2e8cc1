"""The core's refusals reach the interface in its language; without a catalogue, in Vietnamese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from console.models import ReportStatus, Role
from console.views import i18n
from console.views.messages import error_text
from console.workflow import WorkflowError, find_rule
from tests.views.test_intake_dialog import open_dialog, province, report_count, save, type_text


@pytest.fixture
def english(qapp) -> Iterator[None]:
    translators = i18n.install_translator(qapp, "en")
    assert len(translators) == 1
    try:
        yield
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def refusal() -> WorkflowError:
    with pytest.raises(WorkflowError) as caught:
        find_rule("approve", ReportStatus.RECEIVED, frozenset({Role.OPERATOR}), {})
    return caught.value


def test_a_workflow_refusal_names_action_and_state_in_the_interface_language(english) -> None:
    exc = refusal()
    assert str(exc) == 'Không thể "Phê duyệt" khi phản ánh đang ở trạng thái "Mới tiếp nhận"'
    assert error_text(exc) == 'Cannot "Approve" while the report is "New"'


def test_without_a_catalogue_the_message_is_the_vietnamese_one(qapp) -> None:
    exc = refusal()
    assert error_text(exc) == str(exc)
    assert error_text(ValueError("khác")) == "khác"


def test_an_invalid_phone_is_refused_in_english(qtbot, english, sqlite_db) -> None:
    _, api = province(sqlite_db)
    dialog = open_dialog(qtbot, api)
    type_text(qtbot, "12345")
    dialog.title_edit.setText("Ổ gà trên đường Ấp Bắc")
    dialog.title_edit.setFocus()
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: "12345" in dialog.message.text(), timeout=5000)
    assert dialog.message.text() == "Invalid phone number: '12345'"
    assert report_count(sqlite_db) == 0
