"""The core's refusals reach the interface in its language; without a catalogue, in Vietnamese."""

from __future__ import annotations

import pytest

from console.models import ReportStatus, Role
from console.views.messages import error_text
from console.workflow import WorkflowError, find_rule
from tests.views.test_intake_dialog import report_count, save_with_phone


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
    dialog = save_with_phone(qtbot, sqlite_db, "12345")
    assert dialog.message.text() == "Invalid phone number: '12345'"
    assert report_count(sqlite_db) == 0
