"""The intake form: a new report or a hotline call, fast from the keyboard.

The operator types the caller's number first; the caller's earlier reports appear at the side as
soon as it is a valid number. Ctrl+Enter saves (or confirms the hotline answer or redirection),
Enter moves to the next field, Escape steps back and, when something was typed, asks before
throwing it away. Everything goes through ``ConsoleApi`` in the background; the services' own
(Vietnamese) messages show inline, the cursor goes to the field at fault, and the form keeps
what was typed. Files dropped on the window or added with Ctrl+O are stored with the report; one
the services would refuse shows red as soon as it is added. After saving, open reports that may
be the same problem are offered for linking. The side panels live in ``intake_panels``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
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
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.intake import HONORIFICS, IntakeError, ReportDraft, normalise_phone, rude_words
from console.services.console_api import Choice, ConsoleApi
from console.services.reports import ActionResult
from console.views.category_hint import suggest_category
from console.views.intake_panels import (
    AnswerPanel,
    AreaBox,
    AttachmentList,
    CallerHistory,
    DateTimeEdit,
    DonePanel,
    RedirectGuide,
    area_choices,
    row,
)
from console.views.operations import run_in_background

SAVE, ANSWER, REDIRECT, DONE = range(4)  # the side panel's pages, one per mode


class IntakeDialog(QDialog):
    submitted = Signal(int)  # the new report's id
    ready = Signal()  # the channel, category and area lists are loaded

    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("Tiếp nhận phản ánh — {0}").format(api.profile.name))
        self.setAcceptDrops(True)
        self._categories: list[Choice] = []
        self._suggestion: str | None = None
        self._saved: ActionResult | None = None  # the report exists once this is set
        self._busy = self._loaded = False
        self._mode = SAVE
        self._discard_box: QMessageBox | None = None
        self._pristine: tuple | None = None  # the form as it was opened, to see edits
        self._auto_emergency = False  # checked because the category is an emergency one
        self._build_form()
        self._build_side()
        self._build_buttons()
        self._wire()
        self.resize(1120, 720)
        self.phone.setFocus()
        run_in_background(lambda: (api.channels(), api.categories(), area_choices(api)),
                          self._lists_loaded, self._lists_failed, parent=self)

    # -- building -----------------------------------------------------------------------------
    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _build_form(self) -> None:
        self.channel = QComboBox(objectName="channel")
        self.phone = QLineEdit(objectName="phone", placeholderText=self.tr("VD: 0912 345 678"))
        self.phone_state = QLabel(objectName="phoneState")
        self.reporter_name = QLineEdit(objectName="reporterName")
        self.honorific = QComboBox(objectName="honorific")
        self.honorific.addItems(list(HONORIFICS))
        self.honorific.setCurrentText("Ông/Bà")
        self.email = QLineEdit(objectName="email")
        self.address = QLineEdit(objectName="address")
        self.confidential = QCheckBox(self.tr("Đề nghị giữ bí &mật thông tin"),
                                      objectName="confidential")
        self.title_edit = QLineEdit(objectName="title", maxLength=200)
        self.description = QPlainTextEdit(objectName="description", tabChangesFocus=True)
        self.description.setFixedHeight(110)
        self.rude = QLabel(objectName="rudeWarning", wordWrap=True, visible=False)
        self.rude.setStyleSheet("color: #8a4b00; background: #fff3cd; padding: 4px;")
        self.place = QLineEdit(objectName="place")
        self.area = AreaBox(objectName="area")
        self.occurred = DateTimeEdit(self.api.clock(), objectName="occurred", calendarPopup=True)
        self.occurred.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.category = QComboBox(objectName="category")
        self.suggest = QPushButton(objectName="suggestButton", visible=False)
        self.suggest.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.emergency = QCheckBox(self.tr("Khẩn cấ&p"), objectName="emergency")
        for edit in (self.phone, self.reporter_name, self.email, self.address, self.title_edit,
                     self.place, self.area, self.description, self.description.viewport()):
            edit.setAcceptDrops(False)  # a dropped file goes to the attachments, not the text

        caller = QGroupBox(self.tr("Người phản ánh"))
        f = QFormLayout(caller)
        f.addRow(self._label(self.tr("&Số điện thoại"), self.phone), row(
            self.phone, self.phone_state))
        f.addRow(self._label(self.tr("&Họ tên"), self.reporter_name), row(
            self.reporter_name, self._label(self.tr("Danh &xưng"), self.honorific),
            self.honorific))
        f.addRow(self._label(self.tr("&Email"), self.email), self.email)
        f.addRow(self._label(self.tr("Địa &chỉ"), self.address), self.address)
        f.addRow("", self.confidential)
        content = QGroupBox(self.tr("Nội dung phản ánh"))
        self.content_form = g = QFormLayout(content)
        g.addRow(self._label(self.tr("&Tiêu đề"), self.title_edit), self.title_edit)
        g.addRow(self._label(self.tr("&Nội dung"), self.description), self.description)
        g.addRow("", self.rude)
        g.addRow(self._label(self.tr("Đị&a điểm"), self.place), self.place)
        g.addRow(self._label(self.tr("Địa &bàn"), self.area), row(
            self.area, self._label(self.tr("Thời gian xảy &ra"), self.occurred), self.occurred))
        g.addRow(self._label(self.tr("&Lĩnh vực"), self.category), self.category)
        g.addRow("", self.suggest)
        g.addRow("", self.emergency)
        g.setRowVisible(self.rude, False)
        g.setRowVisible(self.suggest, False)

        self.form_box = QWidget(objectName="formBox")
        box = QVBoxLayout(self.form_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row(self._label(self.tr("&Kênh tiếp nhận"), self.channel), self.channel,
                          stretch=1))
        box.addWidget(caller)
        box.addWidget(content)
        box.addStretch(1)

    def _build_side(self) -> None:
        self.side = QStackedWidget(objectName="side")  # one page per mode: SAVE … DONE
        self.history_box = CallerHistory(self.api)
        self.files_box = AttachmentList(self.api.attachment_limits())
        info = QWidget()  # SAVE: the caller's earlier reports and the files
        lay = QVBoxLayout(info)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.history_box, 1)
        lay.addWidget(self.files_box)
        self.answer_panel = AnswerPanel()
        self.guide = RedirectGuide(self.api.profile.not_accepted)
        self.done_panel = DonePanel(self.api)
        for page in (info, self.answer_panel, self.guide, self.done_panel):
            self.side.addWidget(page)
        # the widgets the dialog moves the focus through
        self.history = self.history_box.tree
        self.files, self.add_files_button = self.files_box.list, self.files_box.add_button
        self.answer_text, self.topics = self.answer_panel.text, self.guide.topics
        self.duplicates = self.done_panel.duplicates
        self.link_button, self.new_button = self.done_panel.link_button, self.done_panel.new_button

    def _build_buttons(self) -> None:
        self.message = QLabel(objectName="messageLabel", wordWrap=True)
        self.answer_button = QPushButton(self.tr("&Giải đáp ngay"), objectName="answerButton")
        self.redirect_button = QPushButton(self.tr("Hướng &dẫn kênh khác"),
                                           objectName="redirectButton")
        self.primary = QPushButton(objectName="primaryButton", enabled=False)
        self.cancel = QPushButton(objectName="cancelButton")
        flow = self.api.profile.workflow
        self.answer_button.setVisible(bool(flow.get("answer_directly")))
        self.redirect_button.setVisible(bool(flow.get("redirect") and self.topics.count()))
        body = QHBoxLayout()
        body.addWidget(self.form_box, 4)
        body.addWidget(self.side, 3)
        buttons = row(self.answer_button, self.redirect_button, QWidget(), self.primary,
                      self.cancel, stretch=2)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.message)
        outer.addLayout(buttons)
        self._set_mode(SAVE)
        chain = (self.phone, self.reporter_name, self.honorific, self.email, self.address,
                 self.confidential, self.title_edit, self.description, self.place, self.area,
                 self.occurred, self.category, self.suggest, self.emergency,
                 self.add_files_button, self.files, self.answer_text, self.topics, self.primary,
                 self.cancel, self.answer_button, self.redirect_button, self.duplicates,
                 self.link_button, self.new_button, self.channel)
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _wire(self) -> None:
        self._phone_timer = QTimer(self, singleShot=True, interval=300)
        self._phone_timer.timeout.connect(self._lookup_caller)
        self.phone.textChanged.connect(self._phone_timer.start)
        self.title_edit.textChanged.connect(self._text_changed)
        self.description.textChanged.connect(self._text_changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.suggest.clicked.connect(self._apply_suggestion)
        self.emergency.clicked.connect(lambda: setattr(self, "_auto_emergency", False))
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
    def _lists_loaded(self, lists: tuple[list[Choice], list[Choice], list[tuple[str, str]]]
                      ) -> None:
        channels, self._categories, areas = lists
        hotline = re.sub(r"\D", "", self.api.profile.hotline or "")
        for i, c in enumerate(channels):
            self.channel.addItem(c.name, c.code)
            if hotline and (c.code == "hotline" or hotline in re.sub(r"\D", "", c.name)):
                self.channel.setCurrentIndex(i)
        self.category.addItem(self.tr("— Chưa phân loại —"), None)
        for c in self._categories:
            self.category.addItem(c.name, c.code)
        self.area.set_areas(areas)
        self._loaded = True
        self._set_busy(False)
        self._text_changed()
        self._pristine = self._snapshot()
        self.ready.emit()

    def _lists_failed(self, exc: BaseException) -> None:
        self._say(self.tr("Không tải được danh mục kênh, lĩnh vực: {0}").format(exc), error=True)

    def is_ready(self) -> bool:
        return self._loaded

    # -- as the operator types ----------------------------------------------------------------
    def _lookup_caller(self) -> None:
        raw = self.phone.text().strip()
        try:
            number = normalise_phone(raw)
        except IntakeError:
            number = None
        self.phone_state.setText("✓ " + number if number else
                                 self.tr("chưa đúng số") if raw else "")
        self.history_box.look_up(number)

    def _text_changed(self) -> None:
        text = f"{self.title_edit.text()}\n{self.description.toPlainText()}"
        words = rude_words(text)
        self.rude.setText(self.tr("⚠ Có từ ngữ thiếu chuẩn mực: {0}. Phản ánh vẫn được tiếp "
                                  "nhận và được đánh dấu để xem xét.").format(", ".join(words)))
        self.content_form.setRowVisible(self.rude, bool(words))
        self._suggestion = suggest_category(text, self._categories) if self._loaded else None
        self._show_suggestion()

    def _show_suggestion(self) -> None:
        code = self._suggestion
        show = bool(code) and code != self.category.currentData()
        if show:
            name = next(c.name for c in self._categories if c.code == code)
            self.suggest.setText(self.tr("Gợ&i ý lĩnh vực: {0}").format(name.replace("&", "&&")))
        self.content_form.setRowVisible(self.suggest, show)

    def _apply_suggestion(self) -> None:
        index = self.category.findData(self._suggestion)
        if index >= 0:
            self.category.setCurrentIndex(index)
            self.category.setFocus()

    def _category_changed(self) -> None:
        code = self.category.currentData()
        try:  # the profile handles some categories as emergencies: show it
            urgent = bool(code) and self.api.profile.category(code).emergency
        except KeyError:
            urgent = False
        if urgent and not self.emergency.isChecked():
            self.emergency.setChecked(True)
            self._auto_emergency = True
        elif not urgent and self._auto_emergency:
            self.emergency.setChecked(False)
            self._auto_emergency = False
        self._show_suggestion()

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
        return ReportDraft(
            channel=self.channel.currentData() or "",
            title=self.title_edit.text(),
            description=self.description.toPlainText(),
            place=self.place.text(),
            area=self.area.value(),
            occurred_at=self.occurred.dateTime().toPython(),
            reporter_name=self.reporter_name.text(),
            reporter_honorific=self.honorific.currentText(),
            reporter_phone=self.phone.text(),
            reporter_email=self.email.text(),
            reporter_address=self.address.text(),
            confidential=self.confidential.isChecked(),
            emergency=self.emergency.isChecked(),
            category=self.category.currentData(),
            attachments=self.attachments(),
        )

    def _primary(self) -> None:
        if self._busy or not self._loaded or self._mode == DONE:
            return
        action, params = None, {}
        if self._mode == ANSWER:
            action, params = "answer_directly", {"text": self.answer_text.toPlainText()}
        elif self._mode == REDIRECT:
            target = self.guide.target()
            if target is None:
                self._say(self.tr("Chọn kênh cần hướng dẫn người gọi."), error=True)
                self.topics.setFocus()
                return
            action, params = "redirect", {"target": target}
        api, draft, saved = self.api, self.draft(), self._saved

        def job() -> tuple[ActionResult, ActionResult | None, ValueError | None]:
            first = saved or api.submit(draft)  # never twice: a failed hotline step retries alone
            if action is None:
                return first, first, None
            try:
                return first, api.act(action, first.report_id, first.version, **params), None
            except ValueError as exc:
                return first, None, exc

        self._set_busy(True)
        self._say(self.tr("Đang lưu…"))
        run_in_background(job, self._save_done, self._save_failed, parent=self)

    def _save_done(self, out: tuple[ActionResult, ActionResult | None, ValueError | None]) -> None:
        first, final, exc = out
        self._set_busy(False)
        if self._saved is None:
            self._saved = first
            self.form_box.setEnabled(False)  # it is stored: later edits would not be
            self.submitted.emit(first.report_id)
        if exc is not None or final is None:
            self._say(self.tr("Đã tiếp nhận {0}, nhưng chưa thực hiện được: {1}")
                      .format(first.code, exc), error=True)
            return
        self._show_done(final)

    def _save_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, ValueError):
            self._say(self.tr("Chưa lưu được (nội dung vẫn còn nguyên, thử lại): {0}")
                      .format(exc), error=True)
            return
        self._say(str(exc), error=True)
        widget = self._field_widget(getattr(exc, "field", None))
        if widget is not None:
            if not widget.isVisibleTo(self):
                self._set_mode(SAVE)  # the files list is on the form's side page
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _field_widget(self, field: str | None) -> QWidget | None:
        """The widget of a ReportDraft field (IntakeError.field names it)."""
        return {"channel": self.channel, "title": self.title_edit,
                "description": self.description, "place": self.place, "area": self.area,
                "occurred_at": self.occurred, "reporter_name": self.reporter_name,
                "reporter_honorific": self.honorific, "reporter_phone": self.phone,
                "reporter_email": self.email, "reporter_address": self.address,
                "confidential": self.confidential, "emergency": self.emergency,
                "category": self.category, "attachments": self.files}.get(field or "")

    def _show_done(self, result: ActionResult) -> None:
        self._set_mode(DONE)
        self.answer_button.hide()
        self.redirect_button.hide()
        self.done_panel.show_result(result, len(self.attachments()))
        self._say(self.tr("Đã lưu phản ánh {0}.").format(result.code))

    # -- modes, closing -----------------------------------------------------------------------
    def _set_mode(self, mode: int) -> None:
        self._mode = mode
        self.side.setCurrentIndex(mode)
        labels = {SAVE: (self.tr("Lưu (Ctrl+Enter)"), self.tr("Hủy (Esc)")),
                  ANSWER: (self.tr("Lưu và ghi nhận đã giải đáp (Ctrl+Enter)"),
                           self.tr("Quay lại (Esc)")),
                  REDIRECT: (self.tr("Lưu và ghi nhận đã hướng dẫn (Ctrl+Enter)"),
                             self.tr("Quay lại (Esc)")),
                  DONE: ("", self.tr("Đóng (Esc)"))}
        self.primary.setText(labels[mode][0])
        self.cancel.setText(labels[mode][1])
        self.primary.setVisible(mode != DONE)
        if mode == ANSWER:
            self.answer_text.setFocus()
        elif mode == REDIRECT:
            if self.topics.currentRow() < 0:
                self.topics.setCurrentRow(0)  # shown, selected, and what will be recorded
            self.topics.setFocus()
        elif mode == SAVE and self.form_box.isEnabled():
            self.phone.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.primary.setEnabled(not busy and self._loaded)
        for w in (self.answer_button, self.redirect_button, self.files_box):
            w.setEnabled(not busy)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.message.setText(text)

    def _snapshot(self) -> tuple:
        texts = [w.text() for w in (self.phone, self.reporter_name, self.email, self.address,
                                    self.title_edit, self.place)]
        texts += [self.description.toPlainText(), self.area.currentText()]
        return (tuple(t.strip() for t in texts), tuple(self.attachments()),
                self.answer_text.toPlainText().strip(), self.channel.currentIndex(),
                self.honorific.currentIndex(), self.category.currentIndex(),
                self.confidential.isChecked(), self.emergency.isChecked(),
                self.occurred.dateTime())

    def has_unsaved_input(self) -> bool:
        if self._saved is not None:  # the report is stored; only a hotline answer may wait
            return self._mode != DONE and bool(self.answer_text.toPlainText().strip())
        if self._pristine is None:  # the lists are still loading
            return any(self._snapshot()[0]) or bool(self.attachments())
        return self._snapshot() != self._pristine

    def reject(self) -> None:
        if self._discard_box is not None:
            return  # already asking
        if self._busy or self.done_panel.busy:
            self._say(self.tr("Đang lưu, vui lòng chờ…"))
        elif self._mode in (ANSWER, REDIRECT):
            self._set_mode(SAVE)
            self._say("")
        elif self.has_unsaved_input():
            self._ask_discard()
        else:
            self.done(QDialog.DialogCode.Accepted if self._saved else QDialog.DialogCode.Rejected)

    def _ask_discard(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Bỏ nội dung đang nhập?"),
                          self.tr("Những gì đã nhập chưa được lưu sẽ mất."), parent=self)
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
        for w in (self.phone, self.reporter_name, self.email, self.address, self.title_edit,
                  self.place):
            w.clear()
        self.description.clear()
        self.answer_text.clear()
        self.honorific.setCurrentText("Ông/Bà")
        self.confidential.setChecked(False)
        self.category.setCurrentIndex(0)
        self.emergency.setChecked(False)
        self._auto_emergency = False
        self.area.setCurrentIndex(0)
        self.area.clearEditText()
        self.occurred.setDateTime(self.api.clock())
        self.files_box.clear()
        self.topics.setCurrentRow(-1)
        self._saved = None
        self._lookup_caller()
        self.done_panel.clear()
        self.form_box.setEnabled(True)
        flow = self.api.profile.workflow
        self.answer_button.setVisible(bool(flow.get("answer_directly")))
        self.redirect_button.setVisible(bool(flow.get("redirect") and self.topics.count()))
        self._say("")
        self._set_mode(SAVE)
        self._pristine = self._snapshot()
