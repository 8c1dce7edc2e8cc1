"""What changes with the intake dialog's mode: the side, one page per mode, and the buttons.

Saving shows the caller's earlier reports and the files to attach; answering, what the operator
told the caller; redirecting, the guidance to read aloud; done, the saved report and the open
reports it may duplicate. The primary button says what Ctrl+Enter will record.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QWidget

from console.services.console_api import ConsoleApi
from console.views.intake_panels import AnswerPanel, AttachmentList, RedirectGuide, page, row
from console.views.intake_related import CallerHistory, DonePanel
from console.views.typed import named

SAVE, ANSWER, REDIRECT, DONE = range(4)  # the modes, each the index of its page


class IntakeSide(QStackedWidget):
    """The pages of the modes, SAVE … DONE; the dialog turns them with its mode."""

    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("side")
        self.history_box = CallerHistory(api)
        self.files_box = AttachmentList(api.attachment_limits())
        info = QWidget()  # SAVE: the caller's earlier reports and the files
        layout = page(info)
        layout.addWidget(self.history_box, 1)
        layout.addWidget(self.files_box)
        self.answer_panel = AnswerPanel()
        self.guide = RedirectGuide(api.profile.not_accepted)
        self.done_panel = DonePanel(api)
        for widget in (info, self.answer_panel, self.guide, self.done_panel):
            self.addWidget(widget)

    def focus_page(self, mode: int) -> None:
        """Put the cursor where answering or redirecting starts (saving starts on the form, the
        done page moves it itself)."""
        if mode == ANSWER:
            self.answer_panel.text.setFocus()
        elif mode == REDIRECT:
            topics = self.guide.topics
            if topics.currentRow() < 0:
                topics.setCurrentRow(0)  # shown, selected, and what will be recorded
            topics.setFocus()

    def clear(self) -> None:
        """Nothing answered, chosen, attached or saved: ready for the next call."""
        self.answer_panel.text.clear()
        self.files_box.clear()
        self.guide.topics.setCurrentRow(-1)
        self.done_panel.clear()


class IntakeButtons(QWidget):
    """The message line under the form, and the buttons: answer on the line, guide to another
    channel, the primary one worded for the mode, and the one Escape stands for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = named(QLabel(wordWrap=True), "messageLabel")
        self.answer_button = named(QPushButton(self.tr("&Giải đáp ngay")), "answerButton")
        self.redirect_button = named(QPushButton(self.tr("Hướng &dẫn kênh khác")), "redirectButton")
        self.primary = named(QPushButton(), "primaryButton")
        self.primary.setEnabled(False)
        self.cancel = named(QPushButton(), "cancelButton")
        layout = page(self)
        layout.addWidget(self.message)
        layout.addLayout(
            row(
                self.answer_button,
                self.redirect_button,
                QWidget(),
                self.primary,
                self.cancel,
                stretch=2,
            )
        )

    def show_mode(self, mode: int) -> None:
        labels = {
            SAVE: (self.tr("Lưu (Ctrl+Enter)"), self.tr("Hủy (Esc)")),
            ANSWER: (
                self.tr("Lưu và ghi nhận đã giải đáp (Ctrl+Enter)"),
                self.tr("Quay lại (Esc)"),
            ),
            REDIRECT: (
                self.tr("Lưu và ghi nhận đã hướng dẫn (Ctrl+Enter)"),
                self.tr("Quay lại (Esc)"),
            ),
            DONE: ("", self.tr("Đóng (Esc)")),
        }
        self.primary.setText(labels[mode][0])
        self.cancel.setText(labels[mode][1])
        self.primary.setVisible(mode != DONE)

    def say(self, text: str, *, error: bool = False) -> None:
        """``text`` on the message line; red and bold for an error."""
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.message.setText(text)
