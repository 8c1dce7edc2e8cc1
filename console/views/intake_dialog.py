"""The intake form: a new report or a hotline call, fast from the keyboard.

The operator types the caller's number first; the caller's earlier reports appear at the side as
soon as it is a valid number. Ctrl+Enter saves (or confirms the hotline answer or redirection),
Enter moves to the next field, Escape steps back and, when something was typed, asks before
throwing it away. Everything goes through ``ConsoleApi`` in the background; the services' own
(Vietnamese) messages show inline and the form keeps what was typed. After saving, open reports
that may be the same problem are offered for linking.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.intake import HONORIFICS, IntakeError, ReportDraft, normalise_phone, rude_words
from console.models import STATUS_LABELS, ReportStatus
from console.search import fold
from console.services.console_api import CallerReport, Choice, ConsoleApi
from console.services.duplicates import Candidate
from console.services.reports import ActionResult, ConflictError
from console.views.category_hint import suggest_category
from console.views.operations import run_in_background

FOLD_ROLE = int(Qt.ItemDataRole.UserRole) + 1
DATA_ROLE = int(Qt.ItemDataRole.UserRole)
SAVE, ANSWER, REDIRECT, DONE = range(4)  # the side panel's pages, one per mode


def human_size(size: int) -> str:
    """1234567 -> '1,2 MB' (Vietnamese decimal comma)."""
    value, unit = float(size), "B"
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            break
        value /= 1024
    text = f"{value:.0f}" if unit == "B" else f"{value:.1f}".replace(".", ",")
    return f"{text} {unit}"


def area_choices(api: ConsoleApi) -> list[tuple[str, str]]:
    """(shown, value) for the area combo: the areas of the active districts, communes and
    teams; a name two units share ("Phường 1") shows its parent's area too."""
    active = {u.code for u in api.units() if u.kind in ("district", "commune", "team")}
    units = [u for u in api.profile.units if u.code in active and u.area]
    parents = {u.code: u for u in api.profile.units}
    shared = Counter(u.area for u in units)
    out: dict[str, str] = {}
    for u in units:
        shown = u.area or ""
        parent = parents.get(u.parent or "")
        if shared[u.area] > 1 and parent is not None and parent.area:
            shown = f"{u.area} ({parent.area})"
        out.setdefault(shown, u.area or "")
    return list(out.items())


class _FoldingCompleter(QCompleter):
    """Completes "my tho" to "Thành phố Mỹ Tho": the typed text is folded like the items."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index) -> str:
        return index.data()


class _DateTimeEdit(QDateTimeEdit):
    """Tab leaves the field (arrows move between day, month, year, hour, minute)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


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
        self._files: list[Path] = []
        self._suggestion: str | None = None
        self._history_for: str | None = None
        self._saved: ActionResult | None = None  # the report exists once this is set
        self._version = 0
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
        self.area = QComboBox(objectName="area", editable=True)
        self.area.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.area.lineEdit().setPlaceholderText(self.tr("Chọn hoặc gõ địa bàn"))
        self.occurred = _DateTimeEdit(self.api.clock(), objectName="occurred", calendarPopup=True)
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
        f.addRow(self._label(self.tr("&Số điện thoại"), self.phone), self._row(
            self.phone, self.phone_state))
        f.addRow(self._label(self.tr("&Họ tên"), self.reporter_name), self._row(
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
        g.addRow(self._label(self.tr("Địa &bàn"), self.area), self._row(
            self.area, self._label(self.tr("Thời gian xảy &ra"), self.occurred), self.occurred))
        g.addRow(self._label(self.tr("&Lĩnh vực"), self.category), self.category)
        g.addRow("", self.suggest)
        g.addRow("", self.emergency)
        g.setRowVisible(self.rude, False)
        g.setRowVisible(self.suggest, False)

        self.form_box = QWidget(objectName="formBox")
        box = QVBoxLayout(self.form_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self._row(self._label(self.tr("&Kênh tiếp nhận"), self.channel),
                                self.channel, stretch=1))
        box.addWidget(caller)
        box.addWidget(content)
        box.addStretch(1)

    @staticmethod
    def _row(*widgets: QWidget, stretch: int = 0) -> QHBoxLayout:
        row = QHBoxLayout()
        for i, w in enumerate(widgets):
            row.addWidget(w, 1 if i == stretch else 0)
        return row

    def _build_side(self) -> None:
        self.side = QStackedWidget(objectName="side")
        # SAVE: the caller's earlier reports and the attachments
        info = QWidget()
        lay = QVBoxLayout(info)
        lay.setContentsMargins(0, 0, 0, 0)
        self.history_box = QGroupBox(self.tr("Các lần phản ánh trước của số này"))
        hl = QVBoxLayout(self.history_box)
        self.history_note = QLabel(self.tr("Nhập số điện thoại để xem các lần gọi trước."),
                                   objectName="historyNote", wordWrap=True)
        self.history = QTreeWidget(objectName="callerHistory", rootIsDecorated=False,
                                   uniformRowHeights=True)
        self.history.setHeaderLabels([self.tr("Mã"), self.tr("Ngày"), self.tr("Tiêu đề"),
                                      self.tr("Trạng thái")])
        self.history.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header = self.history.header()
        header.setStretchLastSection(False)
        for col in range(4):  # the title takes what the code, date and status leave
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 2
                                        else QHeaderView.ResizeMode.ResizeToContents)
        hl.addWidget(self.history_note)
        hl.addWidget(self.history)
        self.files_box = QGroupBox(self.tr("Tệp đính kèm"))
        fl = QVBoxLayout(self.files_box)
        self.files = QListWidget(objectName="files")
        self.files.setMaximumHeight(110)
        self.add_files_button = QPushButton(self.tr("Thêm tệp… (Ctrl+O)"), objectName="addFiles")
        note = QLabel(self.tr("Kéo thả tệp vào cửa sổ này; Delete để bỏ tệp đã chọn. Hệ thống "
                              "chưa lưu được tệp vào phản ánh: giữ lại tệp gốc."), wordWrap=True)
        note.setStyleSheet("color: #666;")
        fl.addWidget(self.files)
        fl.addLayout(self._row(self.add_files_button, QWidget(), stretch=1))
        fl.addWidget(note)
        lay.addWidget(self.history_box, 1)
        lay.addWidget(self.files_box)
        # ANSWER: what the operator told the caller
        answer = QWidget()
        al = QVBoxLayout(answer)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(QLabel(self.tr("<b>Giải đáp ngay tại tổng đài</b>")))
        self.answer_text = QPlainTextEdit(objectName="answerText", tabChangesFocus=True)
        self.answer_text.setPlaceholderText(self.tr("Nội dung đã giải đáp cho người gọi…"))
        al.addWidget(self.answer_text, 1)
        al.addWidget(QLabel(self.tr("Ctrl+Enter: lưu phản ánh và ghi nhận đã giải đáp. "
                                    "Esc: quay lại."), wordWrap=True))
        # REDIRECT: the guidance to read aloud
        redirect = QWidget()
        rl = QVBoxLayout(redirect)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("<b>Hướng dẫn người gọi liên hệ kênh khác</b>")))
        self.topics = QListWidget(objectName="topics")
        for topic in self.api.profile.not_accepted:
            item = QListWidgetItem(topic.name)
            item.setData(DATA_ROLE, topic.code)
            self.topics.addItem(item)
        self.topics.setMaximumHeight(
            self.topics.sizeHintForRow(0) * max(3, self.topics.count()) + 8)
        rl.addWidget(self.topics)
        rl.addWidget(QLabel(self.tr("Đọc cho người gọi:")))
        self.guidance = QLabel(objectName="guidance", wordWrap=True)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.guidance.font())
        font.setPointSize(max(15, font.pointSize() + 5))
        self.guidance.setFont(font)
        self.guidance.setStyleSheet("background: #eef5ff; border: 1px solid #9bbbe0; "
                                    "padding: 10px;")
        rl.addWidget(self.guidance, 1)
        rl.addWidget(QLabel(self.tr("Ctrl+Enter: lưu phản ánh và ghi nhận đã hướng dẫn. "
                                    "Esc: quay lại."), wordWrap=True))
        # DONE: the new code, what was not stored, the duplicates offer
        done = QWidget()
        dl = QVBoxLayout(done)
        dl.setContentsMargins(0, 0, 0, 0)
        self.done_code = QLabel(objectName="doneCode")
        big = QFont(self.done_code.font())
        big.setPointSize(big.pointSize() + 8)
        big.setBold(True)
        self.done_code.setFont(big)
        self.done_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_status = QLabel(objectName="doneStatus", wordWrap=True)
        self.files_note = QLabel(objectName="filesNote", wordWrap=True)
        self.files_note.setStyleSheet("color: #8a4b00; background: #fff3cd; padding: 4px;")
        self.dup_box = QGroupBox(self.tr("Có thể trùng với phản ánh đang mở"))
        xl = QVBoxLayout(self.dup_box)
        self.duplicates = QListWidget(objectName="duplicates")
        self.link_button = QPushButton(self.tr("&Gộp vào phản ánh này"), objectName="linkButton")
        self.dup_note = QLabel(objectName="dupNote", wordWrap=True)
        xl.addWidget(self.duplicates)
        xl.addLayout(self._row(self.link_button, QWidget(), stretch=1))
        xl.addWidget(self.dup_note)
        self.new_button = QPushButton(self.tr("Tiếp nhận &mới"), objectName="newButton")
        for w in (self.done_code, self.done_status, self.files_note, self.dup_box):
            dl.addWidget(w)
        dl.addStretch(1)
        dl.addLayout(self._row(self.new_button, QWidget(), stretch=1))
        for page in (info, answer, redirect, done):
            self.side.addWidget(page)

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
        buttons = self._row(self.answer_button, self.redirect_button, QWidget(), self.primary,
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
        self.topics.currentRowChanged.connect(self._show_guidance)
        self.answer_button.clicked.connect(lambda: self._set_mode(ANSWER))
        self.redirect_button.clicked.connect(lambda: self._set_mode(REDIRECT))
        self.primary.clicked.connect(self._primary)
        self.cancel.clicked.connect(self.reject)
        self.link_button.clicked.connect(self._link)
        self.new_button.clicked.connect(self.reset)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._primary)
        QShortcut(QKeySequence("Ctrl+O"), self, self._choose_files)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.files, self._remove_file)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)

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
        self.area.addItem("", None)
        for shown, value in areas:
            self.area.addItem(shown, value)
            self.area.setItemData(self.area.count() - 1, fold(shown), FOLD_ROLE)
        completer = _FoldingCompleter(self.area.model(), self.area)
        completer.setCompletionRole(FOLD_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.area.setCompleter(completer)
        self.area.setCurrentIndex(0)
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
        if number is None:
            self._history_for = None
            self.history.clear()
            self.phone_state.setText(self.tr("chưa đúng số") if raw else "")
            self.history_note.setText(self.tr("Nhập số điện thoại để xem các lần gọi trước."))
            return
        self.phone_state.setText("✓ " + number)
        if number == self._history_for:
            return
        self._history_for = number
        self.history_note.setText(self.tr("Đang tìm các lần gọi trước…"))
        api = self.api
        run_in_background(lambda: api.caller_history(number),
                          lambda rows: self._show_history(number, rows),
                          self._history_failed, parent=self)

    def _show_history(self, number: str, rows: list[CallerReport]) -> None:
        if number != self._history_for:
            return  # the number changed while we looked
        self.history.clear()
        for r in rows:
            item = QTreeWidgetItem([r.code, r.received_at.strftime("%d/%m/%Y"), r.title, r.status])
            item.setToolTip(2, r.title)
            self.history.addTopLevelItem(item)
        self.history_note.setText(
            self.tr("Số {0} đã phản ánh {1} lần.").format(number, len(rows)) if rows
            else self.tr("Chưa có phản ánh nào từ số {0}.").format(number))

    def _history_failed(self, exc: BaseException) -> None:
        self._history_for = None
        self.history_note.setText(self.tr("Không tra được lịch sử cuộc gọi: {0}").format(exc))

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

    def _show_guidance(self, row: int) -> None:
        topics = self.api.profile.not_accepted
        self.guidance.setText(topics[row].guidance if 0 <= row < len(topics) else "")

    # -- attachments --------------------------------------------------------------------------
    def add_files(self, paths: Iterable[str | Path]) -> None:
        for raw in paths:
            path = Path(raw)
            if not path.is_file() or path in self._files:
                continue
            self._files.append(path)
            item = QListWidgetItem(f"{path.name} — {human_size(path.stat().st_size)}")
            item.setToolTip(str(path))
            self.files.addItem(item)
        self.files_box.setTitle(self.tr("Tệp đính kèm ({0})").format(len(self._files))
                                if self._files else self.tr("Tệp đính kèm"))

    def attachments(self) -> list[Path]:
        return list(self._files)

    def _choose_files(self) -> None:
        if self._saved is None and not self._busy:
            names, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp đính kèm"))
            self.add_files(names)

    def _remove_file(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)
            del self._files[row]
            self.add_files(())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._saved is None and any(u.isLocalFile() for u in event.mimeData().urls()):
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
            area=self._area_value(),
            occurred_at=self.occurred.dateTime().toPython(),
            reporter_name=self.reporter_name.text(),
            reporter_honorific=self.honorific.currentText(),
            reporter_phone=self.phone.text(),
            reporter_email=self.email.text(),
            reporter_address=self.address.text(),
            confidential=self.confidential.isChecked(),
            emergency=self.emergency.isChecked(),
            category=self.category.currentData(),
        )

    def _area_value(self) -> str | None:
        text = self.area.currentText().strip()
        index = self.area.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        return self.area.itemData(index) if index > 0 else (text or None)

    def _primary(self) -> None:
        if self._busy or not self._loaded or self._mode == DONE:
            return
        action, params = None, {}
        if self._mode == ANSWER:
            action, params = "answer_directly", {"text": self.answer_text.toPlainText()}
        elif self._mode == REDIRECT:
            item = self.topics.currentItem()
            if item is None:
                self._say(self.tr("Chọn kênh cần hướng dẫn người gọi."), error=True)
                self.topics.setFocus()
                return
            action, params = "redirect", {"target": item.data(DATA_ROLE)}
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
        if isinstance(exc, ValueError):
            self._say(str(exc), error=True)
            if "điện thoại" in str(exc):  # the service names the field only in its message
                self.phone.setFocus()
                self.phone.selectAll()
        else:
            self._say(self.tr("Chưa lưu được (nội dung vẫn còn nguyên, thử lại): {0}")
                      .format(exc), error=True)

    def _show_done(self, result: ActionResult) -> None:
        self._version = result.version
        self._set_mode(DONE)
        self.done_code.setText(result.code)
        self.done_status.setText(self.tr("Đã tiếp nhận phản ánh {0} — trạng thái: {1}.")
                                 .format(result.code, STATUS_LABELS[result.status]))
        self.files_note.setVisible(bool(self._files))
        self.files_note.setText(self.tr(
            "Tệp đính kèm CHƯA được lưu vào phản ánh (hệ thống chưa có chức năng lưu tệp). "
            "Giữ lại các tệp gốc:\n{0}").format("\n".join(str(p) for p in self._files)))
        self.answer_button.hide()
        self.redirect_button.hide()
        self.dup_box.hide()
        self.new_button.setFocus()
        self._say(self.tr("Đã lưu phản ánh {0}.").format(result.code))
        if result.status is ReportStatus.RECEIVED:
            api, rid = self.api, result.report_id
            run_in_background(lambda: api.duplicates(rid), self._show_duplicates,
                              lambda exc: self.dup_note.setText(str(exc)), parent=self)

    def _show_duplicates(self, found: list[Candidate]) -> None:
        self.duplicates.clear()
        for c in found:
            item = QListWidgetItem(f"{c.code} — {c.title}\n{c.place} · "
                                   f"{c.received_at:%d/%m/%Y %H:%M} · {STATUS_LABELS[c.status]}")
            item.setData(DATA_ROLE, c.code)
            self.duplicates.addItem(item)
        self.dup_box.setVisible(bool(found))
        self.dup_note.clear()
        if found:
            self.duplicates.setCurrentRow(0)
            self.duplicates.setFocus()

    def _link(self) -> None:
        item = self.duplicates.currentItem()
        if item is None or self._saved is None or self._busy:
            return
        api, rid, version = self.api, self._saved.report_id, self._version
        main = item.data(DATA_ROLE)
        self._set_busy(True)
        run_in_background(lambda: api.act("link", rid, version, main_code=main),
                          lambda r: self._linked(r, main), self._link_failed, parent=self)

    def _linked(self, result: ActionResult, main: str) -> None:
        self._set_busy(False)
        self._version = result.version
        self.duplicates.setEnabled(False)
        self.link_button.setEnabled(False)
        self.dup_note.setText(self.tr("Đã gộp {0} vào phản ánh {1}: trả lời cùng phản ánh đó.")
                              .format(result.code, main))
        self.new_button.setFocus()

    def _link_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.dup_note.setText(str(exc))
        if isinstance(exc, ConflictError) and self._saved is not None:
            api, rid = self.api, self._saved.report_id  # reload the version, then retry
            run_in_background(lambda: api.detail(rid).version,
                              lambda v: setattr(self, "_version", v), lambda e: None, parent=self)

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
        for b in (self.answer_button, self.redirect_button, self.link_button, self.new_button):
            b.setEnabled(not busy)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.message.setText(text)

    def _snapshot(self) -> tuple:
        texts = [w.text() for w in (self.phone, self.reporter_name, self.email, self.address,
                                    self.title_edit, self.place)]
        texts += [self.description.toPlainText(), self.area.currentText()]
        return (tuple(t.strip() for t in texts), tuple(self._files),
                self.answer_text.toPlainText().strip(), self.channel.currentIndex(),
                self.honorific.currentIndex(), self.category.currentIndex(),
                self.confidential.isChecked(), self.emergency.isChecked(),
                self.occurred.dateTime())

    def has_unsaved_input(self) -> bool:
        if self._saved is not None:  # the report is stored; only a hotline answer may wait
            return self._mode != DONE and bool(self.answer_text.toPlainText().strip())
        if self._pristine is None:  # the lists are still loading
            return any(self._snapshot()[0]) or bool(self._files)
        return self._snapshot() != self._pristine

    def reject(self) -> None:
        if self._discard_box is not None:
            return  # already asking
        if self._busy:
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
        self._files.clear()
        self.files.clear()
        self.add_files(())
        self.topics.setCurrentRow(-1)
        self._saved, self._history_for = None, None
        self._lookup_caller()
        self.duplicates.clear()
        self.duplicates.setEnabled(True)
        self.link_button.setEnabled(True)
        self.form_box.setEnabled(True)
        flow = self.api.profile.workflow
        self.answer_button.setVisible(bool(flow.get("answer_directly")))
        self.redirect_button.setVisible(bool(flow.get("redirect") and self.topics.count()))
        self._say("")
        self._set_mode(SAVE)
        self._pristine = self._snapshot()
