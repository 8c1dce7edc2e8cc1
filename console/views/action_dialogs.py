"""The action dialogs, and which one each workflow action opens.

``prepare(action, api, detail)`` fetches what a dialog needs from the database (it runs in the
background); ``make_dialog(action, api, detail, data, parent)`` builds the dialog on the UI thread.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from console.profiles import Rating
from console.services.console_api import Choice, ConsoleApi
from console.services.detail import ReportDetail
from console.services.duplicates import Candidate
from console.services.extension_actions import DECISIONS
from console.views.approval_dialog import APPROVAL_ACTIONS, ApprovalDialog, ResultDialog
from console.views.extension_dialogs import ExtensionDecisionDialog, ExtensionDialog
from console.views.label_text import status_text
from console.views.note_dialogs import (
    ActionDialog,
    NoteDialog,
    RedirectDialog,
    Step,
    fmt,
)
from console.views.typed import QT_TRANSLATE_NOOP

__all__ = [
    "ActionDialog",
    "ApprovalDialog",
    "ClassifyDialog",
    "ExtensionDialog",
    "LinkDialog",
    "NoteDialog",
    "RatingDialog",
    "RedirectDialog",
    "ResultDialog",
    "make_dialog",
    "prepare",
]

DISSATISFIED = "Không hài lòng"


class ClassifyDialog(ActionDialog):
    def __init__(
        self, detail: ReportDetail, categories: list[Choice], parent: QWidget | None = None
    ) -> None:
        super().__init__("classify", detail, parent)
        form = QFormLayout()
        self.category = QComboBox(self)
        self.category.setObjectName("categoryCombo")
        for c in categories:
            self.category.addItem(c.name, c.code)
        index = self.category.findData(detail.category_code) if detail.category_code else -1
        self.category.setCurrentIndex(index)
        self.emergency = QCheckBox(self.tr("&Khẩn cấp (xử lý ngay)"), self)
        self.emergency.setObjectName("emergencyCheck")
        self.emergency.setChecked(detail.emergency)
        self.note = QLineEdit(self)
        form.addRow(self.tr("&Lĩnh vực *"), self.category)
        form.addRow("", self.emergency)
        form.addRow(self.tr("Ghi chú"), self.note)
        self.layout_.addWidget(
            QLabel(f"<b>{html.escape(detail.code)}</b> — {html.escape(detail.title)}")
        )
        self.layout_.addLayout(form)
        self.finish_layout()
        self.category.setFocus()

    def problem(self) -> str | None:
        return None if self.category.currentData() else self.tr("Chọn lĩnh vực")

    def params(self) -> dict[str, Any]:
        return {
            "category": self.category.currentData(),
            "emergency": self.emergency.isChecked(),
            "note": self.note.text().strip(),
        }


def offers_reopen(rating: Rating) -> bool:
    return rating.reopens or rating.label == DISSATISFIED


class RatingDialog(ActionDialog):
    """The citizen's rating; a dissatisfied one offers to send the report back right after."""

    def __init__(
        self, detail: ReportDetail, ratings: tuple[Rating, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__("rate", detail, parent)
        self.ratings = ratings
        self.can_reopen = "reopen" in detail.actions
        self.group = QButtonGroup(self)
        heading = QLabel(f"<b>{html.escape(detail.code)}</b> — {html.escape(detail.title)}")
        heading.setWordWrap(True)
        self.layout_.addWidget(heading)
        self.layout_.addWidget(QLabel(self.tr("Mức độ hài lòng của người phản ánh *")))
        for i, rating in enumerate(ratings):
            radio = QRadioButton(f"&{i + 1}. {rating.label}", self)
            radio.setObjectName(f"rating_{rating.code}")
            self.group.addButton(radio, i)
            self.layout_.addWidget(radio)
        self.layout_.addWidget(QLabel(self.tr("Ý kiến của người dân")))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("ratingNote")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(440, 80)
        self.layout_.addWidget(self.note)
        self.reopen = QCheckBox(self.tr("&Chuyển xử lý lại ngay sau khi ghi đánh giá"), self)
        self.reopen.setObjectName("reopenCheck")
        self.reopen_reason = QLineEdit(self)
        self.reopen_reason.setObjectName("reopenReason")
        self.reopen_reason.setPlaceholderText(self.tr("Lý do xử lý lại"))
        self.layout_.addWidget(self.reopen)
        self.layout_.addWidget(self.reopen_reason)
        self.reopen.toggled.connect(self.reopen_reason.setEnabled)
        self.group.idToggled.connect(self._rated)
        self.finish_layout()
        self._rated()

    def chosen(self) -> Rating | None:
        i = self.group.checkedId()
        return self.ratings[i] if i >= 0 else None

    def _rated(self, *_: object) -> None:
        rating = self.chosen()
        offer = bool(rating and offers_reopen(rating) and self.can_reopen)
        self.reopen.setVisible(offer)
        self.reopen_reason.setVisible(offer)
        self.reopen.setChecked(offer)
        self.reopen_reason.setEnabled(offer)
        if offer and not self.reopen_reason.text():
            self.reopen_reason.setText(
                self.tr("Người dân không hài lòng với kết quả, đề nghị kiểm tra, xử lý lại")
            )

    def problem(self) -> str | None:
        if self.chosen() is None:
            return self.tr("Chọn mức độ hài lòng")
        if self.reopens() and not self.reopen_reason.text().strip():
            return self.tr("Cần nhập lý do xử lý lại")
        return None

    def reopens(self) -> bool:
        return not self.reopen.isHidden() and self.reopen.isChecked()

    def params(self) -> dict[str, Any]:
        rating = self.chosen()
        return {"rating": rating.code if rating else "", "note": self.note.toPlainText().strip()}

    def steps(self) -> list[Step]:
        steps: list[Step] = [("rate", self.params())]
        if self.reopens():
            note = self.reopen_reason.text().strip()
            feedback = self.note.toPlainText().strip()
            steps.append(("reopen", {"note": f"{note}: {feedback}" if feedback else note}))
        return steps


class LinkDialog(ActionDialog):
    """Pick the open report this one repeats (or type its code)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("LinkDialog", "Mã"),
        QT_TRANSLATE_NOOP("LinkDialog", "Tiêu đề"),
        QT_TRANSLATE_NOOP("LinkDialog", "Địa điểm"),
        QT_TRANSLATE_NOOP("LinkDialog", "Tiếp nhận"),
        QT_TRANSLATE_NOOP("LinkDialog", "Trạng thái"),
        QT_TRANSLATE_NOOP("LinkDialog", "Trùng khớp"),
    )

    def __init__(
        self, detail: ReportDetail, candidates: list[Candidate], parent: QWidget | None = None
    ) -> None:
        super().__init__("link", detail, parent)
        self.table = QTableWidget(len(candidates), len(self.HEADERS), self)
        self.table.setObjectName("duplicateTable")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("LinkDialog", h) for h in self.HEADERS]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, c in enumerate(candidates):
            values = (
                c.code,
                c.title,
                c.place,
                fmt(c.received_at),
                status_text(c.status),
                f"{c.score:.0%}",
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.code)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumSize(760, 160)
        self.code = QLineEdit(self)
        self.code.setObjectName("mainCode")
        self.code.setPlaceholderText(self.tr("Mã phản ánh chính, ví dụ TN-2026-000001"))
        self.table.itemSelectionChanged.connect(self._picked)
        self.layout_.addWidget(
            QLabel(
                self.tr("Phản ánh có thể trùng (cùng lĩnh vực, gần thời gian và địa điểm):")
                if candidates
                else self.tr("Không tìm thấy phản ánh trùng; có thể nhập mã phản ánh chính.")
            )
        )
        self.layout_.addWidget(self.table)
        form = QFormLayout()
        form.addRow(self.tr("&Mã phản ánh chính *"), self.code)
        self.layout_.addLayout(form)
        self.finish_layout()
        if candidates:
            self.table.selectRow(0)

    def _picked(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.code.setText(items[0].data(Qt.ItemDataRole.UserRole))

    def problem(self) -> str | None:
        return None if self.code.text().strip() else self.tr("Chọn hoặc nhập mã phản ánh chính")

    def params(self) -> dict[str, Any]:
        return {"main_code": self.code.text().strip().upper()}


# -- which dialog for which action ---------------------------------------------------------


def prepare(action: str, api: ConsoleApi, detail: ReportDetail) -> Any:
    """What the action's dialog needs from the database (called off the UI thread)."""
    if action in ("forward", "delegate"):
        from console.views.routing_dialog import routing_data

        return routing_data(action, api, detail)
    if action == "classify":
        return api.categories()
    if action in DECISIONS:
        return api.pending_extension(detail.id)
    if action == "link":
        return api.duplicates(detail.id)
    if action == "restrict":
        return api.restriction_effects()
    if action == "answer_consultation":
        return api.open_consultations(detail.id)
    return None


def make_dialog(
    action: str, api: ConsoleApi, detail: ReportDetail, data: Any, parent: QWidget | None = None
) -> ActionDialog:
    if action in ("forward", "delegate"):
        from console.views.routing_dialog import RoutingDialog

        return RoutingDialog(detail, data, parent)
    if action == "publish":
        from console.views.publish_dialog import PublishDialog

        return PublishDialog(api, detail, parent)
    if action in APPROVAL_ACTIONS:
        return ApprovalDialog(detail, action, parent)
    match action:
        case "classify":
            return ClassifyDialog(detail, data, parent)
        case "link":
            return LinkDialog(detail, data, parent)
        case "rate":
            return RatingDialog(detail, api.profile.ratings, parent)
        case "redirect":
            return RedirectDialog(detail, api.profile.not_accepted, parent)
        case "request_extension":
            return ExtensionDialog(
                detail, api.clock(), parent=parent, photos_required=api.extension_needs_photos()
            )
        case "approve_extension" | "refuse_extension":
            return ExtensionDecisionDialog(detail, data, action, parent)
        case "submit_result":
            return ResultDialog(detail, parent)
        case "answer_directly":
            return AnswerDialog(detail, parent)
        case "restrict":
            from console.views.restrict_dialog import RestrictDialog

            return RestrictDialog(detail, data, parent)
        case "answer_consultation" | "report_cause":
            from console.views.routing_action_dialogs import CauseDialog, ConsultationAnswerDialog

            if action == "report_cause":
                return CauseDialog(detail, api.clock(), parent)
            return ConsultationAnswerDialog(detail, data, parent)
        case "notify_reporter":
            from console.views.harm_dialog import NotifyReporterDialog

            return NotifyReporterDialog(api, detail, parent)
    return NoteDialog(action, detail, parent)


class AnswerDialog(ActionDialog):
    """The hotline operator's direct answer (Tiền Giang Điều 9.2)."""

    def __init__(self, detail: ReportDetail, parent: QWidget | None = None) -> None:
        super().__init__("answer_directly", detail, parent)
        self.layout_.addWidget(QLabel(self.tr("Nội dung giải đáp cho người phản ánh *")))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("noteEdit")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(480, 140)
        self.layout_.addWidget(self.text)
        self.finish_layout()
        self.text.setFocus()

    def problem(self) -> str | None:
        return None if self.text.toPlainText().strip() else self.tr("Cần nhập nội dung giải đáp")

    def params(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText().strip()}
