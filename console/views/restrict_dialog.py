"""Marking a report's content as a state secret or harmful to a reputation (or clearing it),
with a reason. The service decides what each mark allows: the dialog shows its answer."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QLabel, QPlainTextEdit, QRadioButton, QWidget

from console.services.detail import ReportDetail
from console.views.note_dialogs import ActionDialog
from console.views.typed import QT_TRANSLATE_NOOP

KINDS = ("none", "state_secret", "reputational")
KIND_TEXT = {
    "none": QT_TRANSLATE_NOOP("RestrictDialog", "&Không hạn chế"),
    "state_secret": QT_TRANSLATE_NOOP("RestrictDialog", "&Bí mật nhà nước"),
    "reputational": QT_TRANSLATE_NOOP("RestrictDialog", "Ảnh hưởng &uy tín tổ chức, cá nhân"),
}
MODE_TEXT = {
    "public": QT_TRANSLATE_NOOP("RestrictDialog", "trả lời công khai"),
    "private": QT_TRANSLATE_NOOP("RestrictDialog", "chỉ gửi riêng người phản ánh"),
    "none": QT_TRANSLATE_NOOP("RestrictDialog", "không công khai trên hệ thống"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("RestrictDialog", text)


class RestrictDialog(ActionDialog):
    """``effects``: each mark and the answer it allows (ConsoleApi.restriction_effects)."""

    def __init__(
        self, detail: ReportDetail, effects: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__("restrict", detail, parent)
        heading = QLabel(f"<b>{html.escape(detail.code)}</b> — {html.escape(detail.title)}")
        heading.setWordWrap(True)
        self.layout_.addWidget(heading)
        self.layout_.addWidget(QLabel(self.tr("Nội dung phản ánh *")))
        self.group = QButtonGroup(self)
        for i, kind in enumerate(KINDS):
            text = f"{_t(KIND_TEXT[kind])} — {_t(MODE_TEXT[effects[kind]])}"
            radio = QRadioButton(text, self)
            radio.setObjectName(f"restriction_{kind}")
            self.group.addButton(radio, i)
            self.layout_.addWidget(radio)
            radio.setChecked(kind == detail.restriction)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(440, 80)
        reason = QLabel(self.tr("&Lý do *"))
        reason.setBuddy(self.note)
        self.layout_.addWidget(reason)
        self.layout_.addWidget(self.note)
        self.finish_layout()
        self.note.setFocus()

    def chosen(self) -> str | None:
        i = self.group.checkedId()
        return KINDS[i] if i >= 0 else None

    def problem(self) -> str | None:
        if self.chosen() in (None, self.detail.restriction):
            return self.tr("Chọn mức khác mức hiện tại")
        if not self.note.toPlainText().strip():
            return self.tr("Cần nhập lý do")
        return None

    def params(self) -> dict[str, Any]:
        return {"restriction": self.chosen(), "note": self.note.toPlainText().strip()}
