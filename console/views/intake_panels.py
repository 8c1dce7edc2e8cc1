"""The widgets the intake dialog composes: its side panels (the caller's earlier reports, the
files to attach, what the operator told the caller, the guidance for a caller sent to another
channel, the saved report with the open reports it may duplicate) and two fields of its form
(the area, completed without diacritics, and the date-time).

The dialog keeps the form, the modes and the saving. Panels that need the database reach it
through ``ConsoleApi`` in the background.
"""

from __future__ import annotations

import mimetypes
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.models import STATUS_LABELS, ReportStatus
from console.profiles import NotAccepted
from console.search import fold
from console.services.console_api import CallerReport, ConsoleApi
from console.services.duplicates import Candidate
from console.services.reports import ActionResult, ConflictError
from console.views.operations import run_in_background

DATA_ROLE = int(Qt.ItemDataRole.UserRole)
FOLD_ROLE = int(Qt.ItemDataRole.UserRole) + 1
PROBLEM_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # why the services would refuse a file
RED = "#b00020"


def human_size(size: int) -> str:
    """1234567 -> '1,2 MB' (Vietnamese decimal comma)."""
    value, unit = float(size), "B"
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            break
        value /= 1024
    text = f"{value:.0f}" if unit == "B" else f"{value:.1f}".replace(".", ",")
    return f"{text} {unit}"


def file_kind(path: Path) -> str:
    """The MIME type the services will take the file for (by its name, as they do)."""
    if path.suffix.lower() == ".heic":
        return "image/heic"
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def row(*widgets: QWidget, stretch: int = 0) -> QHBoxLayout:
    """The widgets side by side; the one at ``stretch`` takes the room left."""
    layout = QHBoxLayout()
    for i, w in enumerate(widgets):
        layout.addWidget(w, 1 if i == stretch else 0)
    return layout


def _page(parent: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


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


class AreaBox(QComboBox):
    """The area: one of the province's, completed without diacritics, or free text."""

    def __init__(self, parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, editable=True, **kwargs)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(self.tr("Chọn hoặc gõ địa bàn"))

    def set_areas(self, areas: Iterable[tuple[str, str]]) -> None:
        """(shown, value) pairs from ``area_choices``, after an empty first item."""
        self.addItem("", None)
        for shown, value in areas:
            self.addItem(shown, value)
            self.setItemData(self.count() - 1, fold(shown), FOLD_ROLE)
        completer = _FoldingCompleter(self.model(), self)
        completer.setCompletionRole(FOLD_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setCurrentIndex(0)

    def value(self) -> str | None:
        """The chosen area's value ("Phường 1" for "Phường 1 (Thành phố Mỹ Tho)"), the typed
        text, or None."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        return self.itemData(index) if index > 0 else (text or None)


class DateTimeEdit(QDateTimeEdit):
    """Tab leaves the field (arrows move between day, month, year, hour, minute)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class CallerHistory(QGroupBox):
    """The caller's earlier reports, looked up in the background once the number is valid."""

    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Các lần phản ánh trước của số này"))
        self.api = api
        self.number: str | None = None  # the number shown (or being looked up)
        self.note = QLabel(objectName="historyNote", wordWrap=True)
        self.tree = QTreeWidget(objectName="callerHistory", rootIsDecorated=False,
                                uniformRowHeights=True)
        self.tree.setHeaderLabels([self.tr("Mã"), self.tr("Ngày"), self.tr("Tiêu đề"),
                                   self.tr("Trạng thái")])
        self.tree.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for col in range(4):  # the title takes what the code, date and status leave
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 2
                                        else QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree)
        self.look_up(None)

    def look_up(self, number: str | None) -> None:
        """Show the reports of ``number`` (normalised), or the prompt when there is none."""
        if number is None:
            self.number = None
            self.tree.clear()
            self.note.setText(self.tr("Nhập số điện thoại để xem các lần gọi trước."))
            return
        if number == self.number:
            return
        self.number = number
        self.note.setText(self.tr("Đang tìm các lần gọi trước…"))
        api = self.api
        run_in_background(lambda: api.caller_history(number),
                          lambda rows: self._show(number, rows), self._failed, parent=self)

    def _show(self, number: str, rows: list[CallerReport]) -> None:
        if number != self.number:
            return  # the number changed while we looked
        self.tree.clear()
        for r in rows:
            item = QTreeWidgetItem([r.code, r.received_at.strftime("%d/%m/%Y"), r.title, r.status])
            item.setToolTip(2, r.title)
            self.tree.addTopLevelItem(item)
        self.note.setText(
            self.tr("Số {0} đã phản ánh {1} lần.").format(number, len(rows)) if rows
            else self.tr("Chưa có phản ánh nào từ số {0}.").format(number))

    def _failed(self, exc: BaseException) -> None:
        self.number = None
        self.note.setText(self.tr("Không tra được lịch sử cuộc gọi: {0}").format(exc))


class AttachmentList(QGroupBox):
    """The files to store with the report. A file the services would refuse (too big, a kind
    an IOC does not take, one too many) shows red with the reason as soon as it is added;
    the services check again, contents included, when saving."""

    def __init__(self, limits: tuple[int, int, frozenset[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_bytes, self.max_files, self.kinds = limits
        self._paths: list[Path] = []
        self.list = QListWidget(objectName="files")
        self.list.setMaximumHeight(120)
        self.list.setWordWrap(True)  # a long name and its reason wrap, never hide
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(self.tr("Thêm tệp… (Ctrl+O)"), objectName="addFiles")
        self.warning = QLabel(objectName="filesWarning", wordWrap=True, visible=False)
        self.warning.setStyleSheet(f"color: {RED};")
        note = QLabel(self.tr("Ảnh, video, ghi âm, PDF, Word; tối đa {0} tệp, mỗi tệp đến {1}. "
                              "Kéo thả tệp vào cửa sổ này; Delete để bỏ tệp đã chọn.")
                      .format(self.max_files, self._mb(self.max_bytes)), wordWrap=True)
        note.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.warning)
        layout.addLayout(row(self.add_button, QWidget(), stretch=1))
        layout.addWidget(note)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_current)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._refresh()

    @staticmethod
    def _mb(size: int) -> str:
        return f"{size / 1024 / 1024:g} MB".replace(".", ",")

    def paths(self) -> list[Path]:
        return list(self._paths)

    def add(self, paths: Iterable[str | Path]) -> None:
        """Add the files among ``paths`` not listed yet (folders and missing files are not)."""
        for raw in paths:
            path = Path(raw)
            if path.is_file() and path not in self._paths:
                self._paths.append(path)
        self._refresh()

    def remove_current(self) -> None:
        current = self.list.currentRow()
        if current >= 0:
            del self._paths[current]
            self._refresh()
            self.list.setCurrentRow(min(current, self.list.count() - 1))

    def clear(self) -> None:
        self._paths.clear()
        self._refresh()

    def problem(self, path: Path, index: int) -> str | None:
        """Why the services would refuse the file at ``index``; None when it looks fine."""
        try:
            size = path.stat().st_size
        except OSError:
            return self.tr("không đọc được tệp")
        if index >= self.max_files:
            return self.tr("quá {0} tệp").format(self.max_files)
        if size == 0:
            return self.tr("tệp rỗng")
        if size > self.max_bytes:
            return self.tr("lớn quá {0}").format(self._mb(self.max_bytes))
        if file_kind(path) not in self.kinds:
            return self.tr("không nhận loại tệp này")  # the note below says which are taken
        return None

    def _refresh(self) -> None:
        self.list.clear()
        bad = 0
        for i, path in enumerate(self._paths):
            try:
                text = f"{path.name} — {human_size(path.stat().st_size)}"
            except OSError:
                text = path.name
            item = QListWidgetItem(text)
            item.setToolTip(str(path))
            reason = self.problem(path, i)
            if reason is not None:
                bad += 1
                item.setText(f"⚠ {text} — {reason}")
                item.setToolTip(f"{path}\n{reason}")
                item.setForeground(QColor(RED))
                item.setData(PROBLEM_ROLE, reason)
            self.list.addItem(item)
        self.setTitle(self.tr("Tệp đính kèm ({0})").format(len(self._paths)) if self._paths
                      else self.tr("Tệp đính kèm"))
        self.warning.setText(self.tr("{0} tệp sẽ bị từ chối khi lưu: chọn tệp đó và bấm Delete "
                                     "để bỏ.").format(bad))
        self.warning.setVisible(bad > 0)


class AnswerPanel(QWidget):
    """What the operator told the caller, for a call answered on the line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _page(self)
        layout.addWidget(QLabel(self.tr("<b>Giải đáp ngay tại tổng đài</b>")))
        self.text = QPlainTextEdit(objectName="answerText", tabChangesFocus=True)
        self.text.setPlaceholderText(self.tr("Nội dung đã giải đáp cho người gọi…"))
        layout.addWidget(self.text, 1)
        layout.addWidget(QLabel(self.tr("Ctrl+Enter: lưu phản ánh và ghi nhận đã giải đáp. "
                                        "Esc: quay lại."), wordWrap=True))


class RedirectGuide(QWidget):
    """The channels the IOC does not handle, and the guidance to read aloud for the chosen one
    (the one that is recorded)."""

    def __init__(self, topics: Sequence[NotAccepted], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._topics = list(topics)
        layout = _page(self)
        layout.addWidget(QLabel(self.tr("<b>Hướng dẫn người gọi liên hệ kênh khác</b>")))
        self.topics = QListWidget(objectName="topics")
        for topic in self._topics:
            item = QListWidgetItem(topic.name)
            item.setData(DATA_ROLE, topic.code)
            self.topics.addItem(item)
        self.topics.setMaximumHeight(
            self.topics.sizeHintForRow(0) * max(3, self.topics.count()) + 8)
        layout.addWidget(self.topics)
        layout.addWidget(QLabel(self.tr("Đọc cho người gọi:")))
        self.guidance = QLabel(objectName="guidance", wordWrap=True)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.guidance.font())
        font.setPointSize(max(15, font.pointSize() + 5))
        self.guidance.setFont(font)
        self.guidance.setStyleSheet("background: #eef5ff; border: 1px solid #9bbbe0; "
                                    "padding: 10px;")
        layout.addWidget(self.guidance, 1)
        layout.addWidget(QLabel(self.tr("Ctrl+Enter: lưu phản ánh và ghi nhận đã hướng dẫn. "
                                        "Esc: quay lại."), wordWrap=True))
        self.topics.currentRowChanged.connect(self._show_guidance)

    def target(self) -> str | None:
        """The code of the chosen channel, None when none is chosen."""
        item = self.topics.currentItem()
        return item.data(DATA_ROLE) if item is not None else None

    def _show_guidance(self, current: int) -> None:
        inside = 0 <= current < len(self._topics)
        self.guidance.setText(self._topics[current].guidance if inside else "")


class DonePanel(QWidget):
    """The saved report's code and status, what was stored with it, and the open reports it
    may duplicate with the offer to link it to one of them."""

    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.busy = False  # linking
        self._result: ActionResult | None = None
        self._version = 0
        self.code = QLabel(objectName="doneCode")
        big = QFont(self.code.font())
        big.setPointSize(big.pointSize() + 8)
        big.setBold(True)
        self.code.setFont(big)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(objectName="doneStatus", wordWrap=True)
        self.dup_box = QGroupBox(self.tr("Có thể trùng với phản ánh đang mở"))
        self.duplicates = QListWidget(objectName="duplicates")
        self.link_button = QPushButton(self.tr("&Gộp vào phản ánh này"), objectName="linkButton")
        self.dup_note = QLabel(objectName="dupNote", wordWrap=True)
        dups = QVBoxLayout(self.dup_box)
        dups.addWidget(self.duplicates)
        dups.addLayout(row(self.link_button, QWidget(), stretch=1))
        dups.addWidget(self.dup_note)
        self.new_button = QPushButton(self.tr("Tiếp nhận &mới"), objectName="newButton")
        layout = _page(self)
        for w in (self.code, self.status, self.dup_box):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(row(self.new_button, QWidget(), stretch=1))
        self.link_button.clicked.connect(self._link)

    def show_result(self, result: ActionResult, files: int) -> None:
        """The report is saved (with ``files`` attachments): say so, look for duplicates."""
        self._result, self._version = result, result.version
        self.code.setText(result.code)
        lines = [self.tr("Đã tiếp nhận phản ánh {0} — trạng thái: {1}.")
                 .format(result.code, STATUS_LABELS[result.status])]
        if files:
            lines.append(self.tr("Đã lưu {0} tệp đính kèm.").format(files))
        self.status.setText("\n".join(lines))
        self.dup_box.hide()
        self.new_button.setFocus()
        if result.status is ReportStatus.RECEIVED:
            api, rid = self.api, result.report_id
            run_in_background(lambda: api.duplicates(rid), self._show_duplicates,
                              lambda exc: self.dup_note.setText(str(exc)), parent=self)

    def clear(self) -> None:
        self._result = None
        self.duplicates.clear()
        self.duplicates.setEnabled(True)
        self.link_button.setEnabled(True)
        self.dup_note.clear()

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

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.link_button.setEnabled(not busy)
        self.new_button.setEnabled(not busy)

    def _link(self) -> None:
        item = self.duplicates.currentItem()
        if item is None or self._result is None or self.busy:
            return
        api, rid, version = self.api, self._result.report_id, self._version
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
        if isinstance(exc, ConflictError) and self._result is not None:
            api, rid = self.api, self._result.report_id  # reload the version, then retry
            run_in_background(lambda: api.detail(rid).version,
                              lambda v: setattr(self, "_version", v), lambda e: None, parent=self)
