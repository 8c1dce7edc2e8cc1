"""The base of every action dialog, and the dialogs that ask for little more than a note.

A dialog never writes anything: when the person confirms (OK, Enter, Ctrl+Enter) and the
fields pass the local check, it emits ``submitted``; the detail pane runs ``steps()`` through
the ConsoleApi and either closes the dialog or shows the refusal in it, so nothing typed is lost.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.profiles import NotAccepted
from console.services.console_api import ConsoleApi
from console.services.detail import ReportDetail
from console.views.label_text import action_text
from console.views.typed import QT_TRANSLATE_NOOP

Step = tuple[str, dict[str, Any]]
ERROR_STYLE = "color: #b00020; font-weight: bold;"


def action_label(action: str) -> str:
    return action_text(action)


def fmt(at: datetime | None) -> str:
    return at.strftime("%H:%M %d/%m/%Y") if at else ""


class ActionDialog(QDialog):
    """One action's form. Subclasses build the fields and say what to run."""

    submitted = Signal()

    def __init__(self, action: str, detail: ReportDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.detail = detail
        self.setObjectName(f"dialog_{action}")
        self.setWindowTitle(f"{action_label(action)} — {detail.code}")
        self.layout_ = QVBoxLayout(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action_label(action))
        self.ok_button.setToolTip(self.tr("Xác nhận (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys),
                self,
                self.confirm,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self._busy = False

    def finish_layout(self) -> None:
        """Subclasses call this after adding their fields: error line and buttons last."""
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)

    # -- what the pane uses ------------------------------------------------------------------
    def params(self) -> dict[str, Any]:
        return {}

    def steps(self) -> list[Step]:
        return [(self.action, self.params())]

    def problem(self) -> str | None:
        """What is missing before the action can be sent, or None."""
        return None

    def confirm(self) -> None:
        if self._busy:
            return
        problem = self.problem()
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        for button in self.findChildren(QPushButton):
            if button.property("actionButton"):
                button.setEnabled(not busy)

    @property
    def busy(self) -> bool:
        """An action of this dialog is being run by the service."""
        return self._busy

    def reject(self) -> None:
        if not self._busy:  # an action in flight finishes first: its answer needs the dialog
            super().reject()


PROMPTS = {
    "request_info": QT_TRANSLATE_NOOP("NoteDialog", "Nội dung đề nghị người phản ánh bổ sung"),
    "supplement": QT_TRANSLATE_NOOP("NoteDialog", "Nội dung người phản ánh đã bổ sung"),
    "reject": QT_TRANSLATE_NOOP("NoteDialog", "Lý do không xử lý (gửi cho người phản ánh)"),
    "return_to_ioc": QT_TRANSLATE_NOOP(
        "NoteDialog", "Lý do trả lại IOC (ví dụ: không thuộc thẩm quyền)"
    ),
    "return_to_team": QT_TRANSLATE_NOOP(
        "NoteDialog",
        "Lý do trả lại Tổ xử lý (ví dụ: không thuộc thẩm quyền) — Tổ giao đơn vị khác phù hợp",
    ),
    "return_for_rework": QT_TRANSLATE_NOOP("NoteDialog", "Yêu cầu xử lý lại"),
    "post_progress": QT_TRANSLATE_NOOP("NoteDialog", "Nội dung tiến độ xử lý"),
    "record_field_check": QT_TRANSLATE_NOOP(
        "NoteDialog",
        "Nội dung kiểm tra thực tế tại hiện trường (thời hạn trả lại thành 03 "
        "ngày làm việc kể từ khi nhận phản ánh)",
    ),
    "reopen": QT_TRANSLATE_NOOP("NoteDialog", "Lý do xử lý lại"),
    "escalate": QT_TRANSLATE_NOOP("NoteDialog", "Nội dung báo cáo UBND"),
    "direct": QT_TRANSLATE_NOOP("NoteDialog", "Nội dung chỉ đạo"),
    "add_feedback": QT_TRANSLATE_NOOP("NoteDialog", "Phản hồi của người dân"),
    "close": QT_TRANSLATE_NOOP("NoteDialog", "Ghi chú khi đóng phản ánh"),
    "accept": QT_TRANSLATE_NOOP("NoteDialog", "Ghi chú khi nhận xử lý"),
}


class NoteDialog(ActionDialog):
    """A note (required where REQUIRES says so); post_progress adds "notify the citizen",
    supplement the fields the citizen may have supplied."""

    def __init__(self, action: str, detail: ReportDetail, parent: QWidget | None = None) -> None:
        super().__init__(action, detail, parent)
        self.required = ConsoleApi.note_required(action)
        prompt = self.prompt_text()
        self.prompt = QLabel(prompt + (" *" if self.required else self.tr(" (không bắt buộc)")))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(460, 120)
        self.prompt.setBuddy(self.note)
        heading = QLabel(f"<b>{detail.code}</b> — {detail.title}")
        heading.setWordWrap(True)
        self.layout_.addWidget(heading)
        self.layout_.addWidget(self.prompt)
        self.layout_.addWidget(self.note)
        self.notify: QCheckBox | None = None
        if action == "post_progress":
            self.notify = QCheckBox(self.tr("&Thông báo cho người dân"), self)
            self.notify.setObjectName("notifyCitizen")
            self.layout_.addWidget(self.notify)
        self.extra: dict[str, QLineEdit] = {}
        if action == "supplement":
            form = QFormLayout()
            for key, label in (
                ("description", self.tr("Nội dung bổ sung vào phản ánh")),
                ("place", self.tr("Địa điểm (thay thế)")),
                ("reporter_name", self.tr("Họ tên người phản ánh")),
                ("reporter_phone", self.tr("Số điện thoại")),
            ):
                edit = QLineEdit(self)
                edit.setObjectName(f"supplement_{key}")
                self.extra[key] = edit
                form.addRow(label, edit)
            self.layout_.addLayout(form)
        self.finish_layout()
        self.note.setFocus()

    def prompt_text(self) -> str:
        return QCoreApplication.translate("NoteDialog", PROMPTS.get(self.action, "Ghi chú"))

    def problem(self) -> str | None:
        if self.required and not self.note.toPlainText().strip():
            self.note.setFocus()
            return self.tr("Cần nhập: {0}").format(self.prompt_text().lower())
        return None

    def params(self) -> dict[str, Any]:
        out: dict[str, Any] = {"note": self.note.toPlainText().strip()}
        if self.notify is not None:
            out["notify_citizen"] = self.notify.isChecked()
        for key, edit in self.extra.items():
            if edit.text().strip():
                out[key] = edit.text().strip()
        return out


class RedirectDialog(ActionDialog):
    """A topic the province does not accept (113, 114, complaints…) and what to tell the caller."""

    def __init__(
        self, detail: ReportDetail, topics: tuple[NotAccepted, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__("redirect", detail, parent)
        self.topics = {t.code: t for t in topics}
        self.list = QListWidget(self)
        self.list.setObjectName("topicList")
        for topic in topics:
            item = QListWidgetItem(topic.name)
            item.setData(Qt.ItemDataRole.UserRole, topic.code)
            self.list.addItem(item)
        self.guidance = QLabel(self)
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setMinimumWidth(480)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Để trống: ghi lời hướng dẫn ở trên"))
        self.list.currentItemChanged.connect(self._show_guidance)
        label = QLabel(self.tr("&Kênh tiếp nhận phù hợp *"))
        label.setBuddy(self.list)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.list)
        self.layout_.addWidget(QLabel(self.tr("Hướng dẫn người phản ánh:")))
        self.layout_.addWidget(self.guidance)
        self.layout_.addWidget(QLabel(self.tr("Ghi chú (không bắt buộc)")))
        self.layout_.addWidget(self.note)
        self.finish_layout()
        if topics:
            self.list.setCurrentRow(0)

    def target(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_guidance(self) -> None:
        code = self.target()
        self.guidance.setText(self.topics[code].guidance if code else "")

    def problem(self) -> str | None:
        return None if self.target() else self.tr("Chọn kênh tiếp nhận phù hợp")

    def params(self) -> dict[str, Any]:
        return {"target": self.target(), "note": self.note.text().strip()}
