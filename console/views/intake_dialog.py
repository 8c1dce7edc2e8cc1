"""The intake form: a new report or a hotline call, fast from the keyboard.

The operator types the caller's number first; the caller's earlier reports appear at the side as
soon as it is a valid number. Ctrl+Enter saves (or confirms the hotline answer or redirection),
Enter moves to the next field, Escape steps back and, when something was typed, asks before
throwing it away. Everything goes through ``ConsoleApi`` in the background; the services' own
(Vietnamese) messages show inline, the cursor goes to the field at fault, and the form keeps
what was typed. Files dropped on the window or added with Ctrl+O are stored with the report; one
the services would refuse shows red as soon as it is added. After saving, open reports that may
be the same problem are offered for linking.

The save is the services' hotline use case (``ConsoleApi.take_call``, console/services/hotline.py).
When the database does not answer, it puts the report in the outbox with its files and the form
is ready for the next call; it is sent when the database is back.
Each report typed carries one client key until the form is emptied, so a save retried after a
lost answer, or replayed from the outbox, stores it once. Only the report is queued: a hotline
answer or redirection needs the database.

The fields are in ``intake_form``; the side panels in ``intake_panels`` (files, answer, redirect)
and ``intake_related`` (the caller's earlier reports, the possible duplicates). The dialog wires
them, switches the modes and calls the services.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from console.intake import ReportDraft
from console.services.console_api import ActionResult, Choice, ConsoleApi
from console.services.hotline import AnswerOnLine, CallOutcome, RedirectCall, Then
from console.services.outbox import Outbox
from console.views.intake_fields import area_choices
from console.views.intake_form import IntakeForm
from console.views.intake_modes import ANSWER, DONE, REDIRECT, SAVE, IntakeButtons, IntakeSide
from console.views.messages import error_text
from console.views.operations import run_in_background


class IntakeDialog(QDialog):
    submitted = Signal(int)  # the new report's id
    queued = Signal()  # the database did not answer: the report waits in the outbox
    ready = Signal()  # the channel, category and area lists are loaded

    def __init__(
        self, api: ConsoleApi, parent: QWidget | None = None, *, outbox: Outbox | None = None
    ) -> None:
        super().__init__(parent)
        self.api = api
        self._outbox = outbox  # None: the user's, for this database (the services')
        self._key = str(uuid.uuid4())  # this report's client key, until the form is emptied
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("Tiếp nhận phản ánh — {0}").format(api.profile.name))
        self.setAcceptDrops(True)
        self._saved: ActionResult | None = None  # the report exists once this is set
        self._busy = self._loaded = False
        self._mode = SAVE
        self._discard_box: QMessageBox | None = None
        self._pristine: tuple | None = None  # the form as it was opened, to see edits
        self.can = api.capabilities()  # the hotline steps this person may take
        self._build_form()
        self._build_side()
        self._build_buttons()
        self._wire()
        self.resize(1120, 720)
        self.phone.setFocus()
        run_in_background(
            lambda: (api.channels(), api.categories(), area_choices(api)),
            self._lists_loaded,
            self._lists_failed,
            parent=self,
        )

    # -- building -----------------------------------------------------------------------------
    def _build_form(self) -> None:
        self.form_box = form = IntakeForm(self.api.profile, self.api.clock)
        # the fields the dialog moves the focus to (and the tests type in)
        self.channel, self.phone, self.phone_state = form.channel, form.phone, form.phone_state
        self.reporter_name, self.honorific = form.reporter_name, form.honorific
        self.email, self.address, self.confidential = form.email, form.address, form.confidential
        self.title_edit, self.description, self.rude = form.title_edit, form.description, form.rude
        self.place, self.area, self.occurred = form.place, form.area, form.occurred
        self.category, self.suggest, self.emergency = form.category, form.suggest, form.emergency

    def _build_side(self) -> None:
        self.side = side = IntakeSide(self.api)  # one page per mode: SAVE … DONE
        self.history_box, self.files_box, self.answer_panel = (
            side.history_box,
            side.files_box,
            side.answer_panel,
        )
        self.guide, self.done_panel = side.guide, side.done_panel
        # the widgets the dialog moves the focus through
        self.history = self.history_box.tree
        self.files, self.add_files_button = self.files_box.list, self.files_box.add_button
        self.answer_text, self.topics = self.answer_panel.text, self.guide.topics
        self.duplicates = self.done_panel.duplicates
        self.link_button, self.new_button = self.done_panel.link_button, self.done_panel.new_button

    def _build_buttons(self) -> None:
        self.buttons = bar = IntakeButtons()
        self.message, self.primary, self.cancel = bar.message, bar.primary, bar.cancel
        self.answer_button, self.redirect_button = bar.answer_button, bar.redirect_button
        self._show_hotline_buttons()
        body = QHBoxLayout()
        body.addWidget(self.form_box, 4)
        body.addWidget(self.side, 3)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(bar)
        self._set_mode(SAVE)
        chain = (
            *self.form_box.tab_chain(),
            self.add_files_button,
            self.files,
            self.answer_text,
            self.topics,
            self.primary,
            self.cancel,
            self.answer_button,
            self.redirect_button,
            self.duplicates,
            self.link_button,
            self.new_button,
            self.channel,
        )
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _show_hotline_buttons(self) -> None:
        """Answering on the line and redirecting, where the province's workflow has them."""
        can = self.can
        self.answer_button.setVisible(can.answer_on_the_line)
        self.redirect_button.setVisible(can.redirect_calls and bool(self.topics.count()))

    def _wire(self) -> None:
        self._phone_timer = QTimer(self, singleShot=True, interval=300)
        self._phone_timer.timeout.connect(self._lookup_caller)
        self.phone.textChanged.connect(self._phone_timer.start)
        self.add_files_button.clicked.connect(self._choose_files)
        self.answer_button.clicked.connect(lambda: self._set_mode(ANSWER))
        self.redirect_button.clicked.connect(lambda: self._set_mode(REDIRECT))
        self.primary.clicked.connect(self._primary)
        self.cancel.clicked.connect(self.reject)
        self.new_button.clicked.connect(self.reset)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._primary)
        QShortcut(QKeySequence("Ctrl+O"), self, self._choose_files)

    # -- reference lists ----------------------------------------------------------------------
    def _lists_loaded(
        self, lists: tuple[list[Choice], list[Choice], list[tuple[str, str]]]
    ) -> None:
        self.form_box.set_lists(*lists)
        self._loaded = True
        self._set_busy(False)
        self._pristine = self._snapshot()
        self.ready.emit()

    def _lists_failed(self, exc: BaseException) -> None:
        self.buttons.say(
            self.tr("Không tải được danh mục kênh, lĩnh vực: {0}").format(exc), error=True
        )

    def is_ready(self) -> bool:
        return self._loaded

    # -- as the operator types ----------------------------------------------------------------
    def _lookup_caller(self) -> None:
        self.history_box.look_up(self.form_box.caller_number())

    # -- attachments --------------------------------------------------------------------------
    def add_files(self, paths: Iterable[str | Path]) -> None:
        self.files_box.add(paths)

    def attachments(self) -> list[Path]:
        return self.files_box.paths()

    def _choose_files(self) -> None:
        if self._saved is None and not self._busy:
            names, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp đính kèm"))
            self.add_files(names)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self._saved is None and not self._busy and any(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files(u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile())
        event.acceptProposedAction()

    # -- saving -------------------------------------------------------------------------------
    def draft(self) -> ReportDraft:
        return replace(self.form_box.draft(self.attachments()), client_key=self._key)

    def _primary(self) -> None:
        if self._busy or not self._loaded or self._mode == DONE:
            return
        then: Then = None
        if self._mode == ANSWER:
            then = AnswerOnLine(self.answer_text.toPlainText())
        elif self._mode == REDIRECT:
            target = self.guide.target()
            if target is None:
                self.buttons.say(self.tr("Chọn kênh cần hướng dẫn người gọi."), error=True)
                self.topics.setFocus()
                return
            then = RedirectCall(target)
        api, draft, saved, outbox = self.api, self.draft(), self._saved, self._outbox
        self._set_busy(True)
        self.buttons.say(self.tr("Đang lưu…"))
        run_in_background(
            lambda: api.take_call(draft, then, saved=saved, outbox=outbox),
            self._save_done,
            self._save_failed,
            parent=self,
        )

    def _save_done(self, out: CallOutcome) -> None:
        self._set_busy(False)
        first = out.report
        if first is None:
            self._show_queued()
            return
        if self._saved is None:
            self._saved = first
            self.form_box.setEnabled(False)  # it is stored: later edits would not be
            self.submitted.emit(first.report_id)
        if out.final is None and out.step_queued:
            self._show_done(first)
            self.buttons.say(
                self.tr(
                    "Đã tiếp nhận {0}; mất kết nối máy chủ nên việc trả lời hoặc hướng dẫn "
                    "người gọi đã vào hàng chờ, sẽ tự gửi khi kết nối lại."
                ).format(first.code),
                error=True,
            )
            return
        if out.final is None:
            self.buttons.say(
                self.tr("Đã tiếp nhận {0}, nhưng chưa thực hiện được: {1}").format(
                    first.code, out.step_error
                ),
                error=True,
            )
            return
        self._show_done(out.final)

    def _save_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, ValueError):
            self.buttons.say(
                self.tr("Chưa lưu được (nội dung vẫn còn nguyên, thử lại): {0}").format(exc),
                error=True,
            )
            return
        self.buttons.say(error_text(exc), error=True)
        field = getattr(exc, "field", None)
        if field != "attachments":
            self.form_box.focus_field(field)
            return
        if not self.files.isVisibleTo(self):
            self._set_mode(SAVE)  # the files list is on the form's side page
        self.files.setFocus()

    def _show_queued(self) -> None:
        """In the outbox: ready for the next call, as after a save, but with no code yet."""
        hotline_step = self._mode in (ANSWER, REDIRECT)
        self.reset()
        text = self.tr(
            "Mất kết nối máy chủ: đã lưu phản ánh vào hàng chờ, sẽ tự gửi khi kết nối lại."
        )
        if hotline_step:
            text += " " + self.tr(
                "Việc trả lời hoặc hướng dẫn người gọi cũng đã vào hàng chờ, gửi ngay sau phản ánh."
            )
        self.buttons.say(text, error=True)
        self.queued.emit()

    def _show_done(self, result: ActionResult) -> None:
        self._set_mode(DONE)
        self.answer_button.hide()
        self.redirect_button.hide()
        self.done_panel.show_result(result, len(self.attachments()))
        self.buttons.say(self.tr("Đã lưu phản ánh {0}.").format(result.code))

    # -- modes, closing -----------------------------------------------------------------------
    def _set_mode(self, mode: int) -> None:
        self._mode = mode
        self.side.setCurrentIndex(mode)
        self.buttons.show_mode(mode)
        if mode == SAVE and self.form_box.isEnabled():
            self.phone.setFocus()
        else:
            self.side.focus_page(mode)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.primary.setEnabled(not busy and self._loaded)
        for w in (self.answer_button, self.redirect_button, self.files_box):
            w.setEnabled(not busy)

    def _snapshot(self) -> tuple:
        return (
            self.form_box.snapshot(),
            tuple(self.attachments()),
            self.answer_text.toPlainText().strip(),
        )

    def has_unsaved_input(self) -> bool:
        if self._saved is not None:  # the report is stored; only a hotline answer may wait
            return self._mode != DONE and bool(self.answer_text.toPlainText().strip())
        if self._pristine is None:  # the lists are still loading
            return self.form_box.has_text() or bool(self.attachments())
        return self._snapshot() != self._pristine

    def reject(self) -> None:
        if self._discard_box is not None:
            return  # already asking
        if self._busy or self.done_panel.busy:
            self.buttons.say(self.tr("Đang lưu, vui lòng chờ…"))
        elif self._mode in (ANSWER, REDIRECT):
            self._set_mode(SAVE)
            self.buttons.say("")
        elif self.has_unsaved_input():
            self._ask_discard()
        else:
            self.done(QDialog.DialogCode.Accepted if self._saved else QDialog.DialogCode.Rejected)

    def _ask_discard(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Bỏ nội dung đang nhập?"),
            self.tr("Những gì đã nhập chưa được lưu sẽ mất."),
            parent=self,
        )
        box.setObjectName("discardBox")
        drop = box.addButton(self.tr("Bỏ nội dung"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Tiếp tục nhập"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _: self._discard_answered(box.clickedButton() is drop))
        self._discard_box = box
        box.open()

    def _discard_answered(self, drop: bool) -> None:
        self._discard_box = None
        if drop:
            self.done(QDialog.DialogCode.Accepted if self._saved else QDialog.DialogCode.Rejected)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible():
            self.reject()
            if self.isVisible():
                event.ignore()
                return
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.focusNextChild()  # Enter moves on; only Ctrl+Enter saves
            return
        super().keyPressEvent(event)

    def reset(self) -> None:
        """Empty form for the next call (the channel stays)."""
        self.form_box.clear()
        self.side.clear()
        self._saved = None
        self._key = str(uuid.uuid4())  # the next report
        self._lookup_caller()
        self.form_box.setEnabled(True)
        self._show_hotline_buttons()
        self.buttons.say("")
        self._set_mode(SAVE)
        self._pristine = self._snapshot()
