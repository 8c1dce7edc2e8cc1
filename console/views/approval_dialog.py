"""The unit's result and the leader's approval screen (report and proposed result side by side)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.services.detail import ReportDetail
from console.views.note_dialogs import ActionDialog, fmt

APPROVAL_ACTIONS = ("approve", "edit_and_approve", "return_for_rework")


def latest_draft(detail: ReportDetail) -> str:
    return detail.results[-1][1] if detail.results else ""


def rework_request(detail: ReportDetail) -> str:
    """The leader's last request to rework, if the report came back for it."""
    for h in reversed(detail.history):
        if h.action == "submit_result":
            return ""
        if h.action == "return_for_rework":
            return h.note
    return ""


def report_html(detail: ReportDetail) -> str:
    """The report as the approver reads it: what was reported and what the unit did."""
    e, translate = html.escape, QCoreApplication.translate
    rows = (
        (translate("ApprovalDialog", "Lĩnh vực"), detail.category),
        (translate("ApprovalDialog", "Địa điểm"), detail.place),
        (translate("ApprovalDialog", "Tiếp nhận"), fmt(detail.received_at)),
        (translate("ApprovalDialog", "Đơn vị xử lý"), detail.unit),
    )
    parts = [
        f"<h3>{e(detail.code)} — {e(detail.title)}</h3><p>",
        "<br>".join(f"<b>{e(label)}:</b> {e(value)}" for label, value in rows),
        f"</p><p>{e(detail.description).replace(chr(10), '<br>')}</p>",
    ]
    if detail.progress:
        progress = translate("ApprovalDialog", "Tiến độ xử lý")
        parts.append(f"<p><b>{e(progress)}:</b></p><ul>")
        parts += [f"<li>{fmt(at)}: {e(text)}</li>" for at, text in detail.progress]
        parts.append("</ul>")
    return "".join(parts)


class ResultDialog(ActionDialog):
    """The unit's result text (submit_result); after a rework request, the request is shown
    and the previous draft is the starting point."""

    def __init__(self, detail: ReportDetail, parent: QWidget | None = None) -> None:
        super().__init__("submit_result", detail, parent)
        heading = QLabel(f"<b>{html.escape(detail.code)}</b> — {html.escape(detail.title)}")
        heading.setWordWrap(True)
        self.layout_.addWidget(heading)
        request = rework_request(detail)
        if request:
            note = QLabel(self.tr("Lãnh đạo yêu cầu xử lý lại: {0}").format(request))
            note.setObjectName("reworkRequest")
            note.setWordWrap(True)
            note.setStyleSheet("background: #fff4e0; padding: 6px;")
            self.layout_.addWidget(note)
        label = QLabel(self.tr("&Kết quả xử lý *"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("resultEdit")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(560, 220)
        self.text.setPlainText(latest_draft(detail) if request else "")
        label.setBuddy(self.text)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.text)
        self.finish_layout()
        self.text.setFocus()

    def problem(self) -> str | None:
        return None if self.text.toPlainText().strip() else self.tr("Cần nhập kết quả xử lý")

    def params(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText().strip()}


class ApprovalDialog(ActionDialog):
    """Approve, return for rework (with the reason) or edit and approve — the buttons offered
    are the approval actions the leader may take now."""

    def __init__(
        self, detail: ReportDetail, initial: str = "approve", parent: QWidget | None = None
    ) -> None:
        super().__init__(initial, detail, parent)
        self.setWindowTitle(self.tr("Phê duyệt kết quả xử lý — {0}").format(detail.code))
        self.original = latest_draft(detail)
        sides = QHBoxLayout()
        report_box = QGroupBox(self.tr("Phản ánh"), self)
        report_view = QTextBrowser(report_box)
        report_view.setObjectName("approvalReport")
        report_view.setHtml(report_html(detail))
        QVBoxLayout(report_box).addWidget(report_view)
        result_box = QGroupBox(self.tr("Kết quả đề xuất của đơn vị"), self)
        col = QVBoxLayout(result_box)
        self.text = QPlainTextEdit(result_box)
        self.text.setObjectName("proposedResult")
        self.text.setPlainText(self.original)
        self.text.setTabChangesFocus(True)
        hint = QLabel(self.tr('Sửa trực tiếp nội dung rồi bấm "Sửa và phê duyệt".'))
        hint.setStyleSheet("color: #555;")
        reason_label = QLabel(self.tr("&Lý do trả lại (khi trả lại xử lý lại)"))
        self.reason = QPlainTextEdit(result_box)
        self.reason.setObjectName("reworkReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        reason_label.setBuddy(self.reason)
        col.addWidget(self.text, 3)
        col.addWidget(hint)
        col.addWidget(reason_label)
        col.addWidget(self.reason, 1)
        sides.addWidget(report_box, 1)
        sides.addWidget(result_box, 1)
        self.layout_.addLayout(sides)
        self.finish_layout()
        self.resize(1040, 620)

        self.ok_button.hide()  # one button per approval action instead of a generic OK
        self.action_buttons: dict[str, QPushButton] = {}
        mnemonic = {
            "approve": self.tr("&Phê duyệt"),
            "edit_and_approve": self.tr("&Sửa và phê duyệt"),
            "return_for_rework": self.tr("&Trả lại xử lý lại"),
        }
        allowed = [a for a in APPROVAL_ACTIONS if a in detail.actions] or [initial]
        for action in allowed:
            button = QPushButton(mnemonic[action], self)
            button.setObjectName(f"approval_{action}")
            button.setProperty("actionButton", True)
            button.setProperty("approvalAction", action)
            button.clicked.connect(self._clicked)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            self.action_buttons[action] = button
        self.text.textChanged.connect(self._edited)
        self._edited()
        if initial == "return_for_rework":
            self.reason.setFocus()
        elif initial == "edit_and_approve":
            self.text.setFocus()
        elif initial in self.action_buttons:
            self.action_buttons[initial].setDefault(True)
            self.action_buttons[initial].setFocus()

    def is_edited(self) -> bool:
        return self.text.toPlainText().strip() != self.original.strip()

    def _edited(self) -> None:
        edited = self.is_edited()
        if "approve" in self.action_buttons:
            self.action_buttons["approve"].setEnabled(not edited and not self._busy)
        if "edit_and_approve" in self.action_buttons:
            self.action_buttons["edit_and_approve"].setEnabled(edited and not self._busy)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self._edited()

    def _clicked(self) -> None:
        self.action = self.sender().property("approvalAction")
        self.confirm()

    def confirm(self) -> None:
        if self.action == "approve" and self.is_edited():
            # Ctrl+Enter after an edit means the edited text
            self.action = (
                "edit_and_approve" if "edit_and_approve" in self.action_buttons else self.action
            )
        super().confirm()

    def problem(self) -> str | None:
        if self.action == "return_for_rework" and not self.reason.toPlainText().strip():
            self.reason.setFocus()
            return self.tr("Cần nhập lý do trả lại để đơn vị xử lý lại")
        if self.action == "edit_and_approve" and not self.text.toPlainText().strip():
            return self.tr("Nội dung kết quả không được để trống")
        if self.action == "approve" and self.is_edited():
            return self.tr('Nội dung đã được sửa: hãy dùng "Sửa và phê duyệt"')
        return None

    def params(self) -> dict[str, Any]:
        if self.action == "return_for_rework":
            return {"note": self.reason.toPlainText().strip()}
        if self.action == "edit_and_approve":
            return {"text": self.text.toPlainText().strip()}
        return {}
