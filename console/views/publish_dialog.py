"""The publish editor: the approved answer (editable), how it is published, and the reply letter
as it will print, redrawn a moment after each change."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.models import Publication
from console.services.answer_actions import PUBLICATION_LABELS
from console.services.console_api import ConsoleApi
from console.services.detail import ReportDetail
from console.views.letter_preview import LetterPreview
from console.views.note_dialogs import ActionDialog
from console.views.operations import run_in_background
from console.views.typed import QT_TRANSLATE_NOOP, named

ORDER = (Publication.PUBLIC, Publication.PRIVATE, Publication.NONE)
MNEMONICS = {
    Publication.PUBLIC: QT_TRANSLATE_NOOP("PublishDialog", "&Công khai"),
    Publication.PRIVATE: QT_TRANSLATE_NOOP("PublishDialog", "Gửi &riêng người phản ánh"),
    Publication.NONE: QT_TRANSLATE_NOOP("PublishDialog", "&Không công khai"),
}
PREVIEW_DELAY_MS = 400


def publication_limit(detail: ReportDetail) -> Publication:
    """The most open mode the service allows for this report (the reporter's request for
    secrecy, a state secret, harm to a reputation): ``ReportDetail.publication_choices``,
    the very list ``publish`` accepts."""
    return Publication(detail.publication_choices[0])


def approved_text(detail: ReportDetail) -> str:
    if not detail.results:
        return ""
    _at, draft, approved, published = detail.results[-1]
    return published or approved or draft


class PublishDialog(ActionDialog):
    def __init__(
        self, api: ConsoleApi, detail: ReportDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__("publish", detail, parent)
        self.api = api
        self.original = approved_text(detail)
        self.limit = publication_limit(detail)
        self._seq = 0

        heading = QLabel(
            self.tr("<b>{0}</b> — {1}<br>Đơn vị xử lý: {2}").format(
                html.escape(detail.code), html.escape(detail.title), html.escape(detail.unit)
            )
        )
        heading.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("answerEdit")
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(self.original)
        text_label = QLabel(self.tr("&Nội dung trả lời (đã phê duyệt, có thể biên tập)"))
        text_label.setBuddy(self.text)
        modes = QGroupBox(self.tr("Hình thức trả lời"), self)
        modes_layout = QVBoxLayout(modes)
        self.group = QButtonGroup(self)
        self.radios: dict[Publication, QRadioButton] = {}
        for i, mode in enumerate(ORDER):
            radio = QRadioButton(
                QCoreApplication.translate("PublishDialog", MNEMONICS[mode]), modes
            )
            radio.setObjectName(f"publication_{mode.value}")
            radio.setToolTip(PUBLICATION_LABELS[mode])
            if mode.value not in detail.publication_choices:
                radio.setEnabled(False)
                radio.setToolTip(self.tr("Quy định không cho phép với phản ánh này"))
            self.group.addButton(radio, i)
            self.radios[mode] = radio
            modes_layout.addWidget(radio)
        self.radios[self.limit].setChecked(True)
        if detail.restriction != "none":
            restricted = named(
                QLabel(
                    self.tr(
                        "Nội dung hạn chế công khai (bí mật nhà nước hoặc ảnh "
                        "hưởng uy tín): chỉ được chọn hình thức quy định cho "
                        "phép."
                    )
                ),
                "restrictionNote",
            )
            restricted.setWordWrap(True)
            restricted.setStyleSheet("color: #4a148c;")
            modes_layout.addWidget(restricted)
        if detail.confidential:
            note = QLabel(
                self.tr(
                    "Người phản ánh đề nghị giữ bí mật thông tin: bản công khai không ghi họ tên."
                )
            )
            note.setWordWrap(True)
            note.setStyleSheet("color: #8a4b00;")
            modes_layout.addWidget(note)

        left = QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(text_label)
        left.addWidget(self.text, 1)
        left.addWidget(modes)
        left_box = QWidget(self)
        left_box.setLayout(left)
        left_box.setMinimumWidth(400)
        self.preview = LetterPreview(self)
        self.preview.setObjectName("letterPreview")
        self.preview.suggested_name = f"{detail.code}.pdf"
        preview_box = QGroupBox(self.tr("Xem trước thư trả lời"), self)
        QVBoxLayout(preview_box).addWidget(self.preview)
        columns = QHBoxLayout()
        columns.addWidget(left_box, 2)
        columns.addWidget(preview_box, 3)
        self.layout_.addLayout(columns, 1)
        self.finish_layout()
        self.resize(1280, 740)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.text.textChanged.connect(self.timer.start)
        self.group.idToggled.connect(self._mode_toggled)
        self.refresh_preview()
        self.text.setFocus()

    def _mode_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.timer.start()

    def mode(self) -> Publication:
        return ORDER[max(self.group.checkedId(), 0)]

    def edited_text(self) -> str | None:
        text = self.text.toPlainText().strip()
        return text if text != self.original.strip() else None

    # -- the letter ----------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self.timer.stop()
        self._seq += 1
        seq, rid = self._seq, self.detail.id
        public, text = self.mode() is Publication.PUBLIC, self.text.toPlainText()
        self.preview.set_message(self.tr("Đang dựng thư trả lời…"))
        run_in_background(
            lambda: self.api.letter_pdf(rid, public=public, text=text),
            lambda pdf: self._letter(seq, pdf),
            lambda exc: self._no_letter(seq, exc),
            parent=self,
        )

    def _letter(self, seq: int, pdf: bytes) -> None:
        if seq == self._seq:
            self.preview.set_pdf(pdf)

    def _no_letter(self, seq: int, exc: BaseException) -> None:
        if seq == self._seq:
            self.preview.set_message(self.tr("Không dựng được thư trả lời: {0}").format(exc))

    # -- the action ------------------------------------------------------------------------
    def problem(self) -> str | None:
        if not self.text.toPlainText().strip():
            return self.tr("Nội dung trả lời không được để trống")
        return None

    def params(self) -> dict[str, Any]:
        return {"publication": self.mode(), "text": self.edited_text()}
