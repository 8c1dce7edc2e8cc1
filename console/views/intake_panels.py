"""The side panels of the intake dialog's modes, and the small layout helpers the intake widgets
share: the files to attach (saving), what the operator told the caller (answering on the line)
and the guidance for a caller sent to another channel (redirecting).

The caller's earlier reports and the saved report's possible duplicates are in
``intake_related``; the form's fields in ``intake_form``. A file the services would refuse shows
red as soon as it is added; nothing here reaches the database.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.profiles import NotAccepted
from console.views.typed import named

DATA_ROLE = int(Qt.ItemDataRole.UserRole)
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


def page(parent: QWidget) -> QVBoxLayout:
    """``parent``'s column of widgets, flush with its edges (a page of the side panel)."""
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class AttachmentList(QGroupBox):
    """The files to store with the report. A file the services would refuse (too big, a kind
    an IOC does not take, one too many) shows red with the reason as soon as it is added;
    the services check again, contents included, when saving."""

    def __init__(
        self, limits: tuple[int, int, frozenset[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.max_bytes, self.max_files, self.kinds = limits
        self._paths: list[Path] = []
        self.list = named(QListWidget(), "files")
        self.list.setMaximumHeight(120)
        self.list.setWordWrap(True)  # a long name and its reason wrap, never hide
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = named(QPushButton(self.tr("Thêm tệp… (Ctrl+O)")), "addFiles")
        self.warning = named(QLabel(wordWrap=True), "filesWarning")
        self.warning.setVisible(False)
        self.warning.setStyleSheet(f"color: {RED};")
        note = QLabel(
            self.tr(
                "Ảnh, video, ghi âm, PDF, Word; tối đa {0} tệp, mỗi tệp đến {1}. "
                "Kéo thả tệp vào cửa sổ này; Delete để bỏ tệp đã chọn."
            ).format(self.max_files, self._mb(self.max_bytes)),
            wordWrap=True,
        )
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
        self.setTitle(
            self.tr("Tệp đính kèm ({0})").format(len(self._paths))
            if self._paths
            else self.tr("Tệp đính kèm")
        )
        self.warning.setText(
            self.tr("{0} tệp sẽ bị từ chối khi lưu: chọn tệp đó và bấm Delete để bỏ.").format(bad)
        )
        self.warning.setVisible(bad > 0)


class AnswerPanel(QWidget):
    """What the operator told the caller, for a call answered on the line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page(self)
        layout.addWidget(QLabel(self.tr("<b>Giải đáp ngay tại tổng đài</b>")))
        self.text = named(QPlainTextEdit(tabChangesFocus=True), "answerText")
        self.text.setPlaceholderText(self.tr("Nội dung đã giải đáp cho người gọi…"))
        layout.addWidget(self.text, 1)
        layout.addWidget(
            QLabel(
                self.tr("Ctrl+Enter: lưu phản ánh và ghi nhận đã giải đáp. Esc: quay lại."),
                wordWrap=True,
            )
        )


class RedirectGuide(QWidget):
    """The channels the IOC does not handle, and the guidance to read aloud for the chosen one
    (the one that is recorded)."""

    def __init__(self, topics: Sequence[NotAccepted], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._topics = list(topics)
        layout = page(self)
        layout.addWidget(QLabel(self.tr("<b>Hướng dẫn người gọi liên hệ kênh khác</b>")))
        self.topics = named(QListWidget(), "topics")
        for topic in self._topics:
            item = QListWidgetItem(topic.name)
            item.setData(DATA_ROLE, topic.code)
            self.topics.addItem(item)
        self.topics.setMaximumHeight(
            self.topics.sizeHintForRow(0) * max(3, self.topics.count()) + 8
        )
        layout.addWidget(self.topics)
        layout.addWidget(QLabel(self.tr("Đọc cho người gọi:")))
        self.guidance = named(QLabel(wordWrap=True), "guidance")
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.guidance.font())
        font.setPointSize(max(15, font.pointSize() + 5))
        self.guidance.setFont(font)
        self.guidance.setStyleSheet(
            "background: #eef5ff; border: 1px solid #9bbbe0; padding: 10px;"
        )
        layout.addWidget(self.guidance, 1)
        layout.addWidget(
            QLabel(
                self.tr("Ctrl+Enter: lưu phản ánh và ghi nhận đã hướng dẫn. Esc: quay lại."),
                wordWrap=True,
            )
        )
        self.topics.currentRowChanged.connect(self._show_guidance)

    def target(self) -> str | None:
        """The code of the chosen channel, None when none is chosen."""
        item = self.topics.currentItem()
        return item.data(DATA_ROLE) if item is not None else None

    def _show_guidance(self, current: int) -> None:
        inside = 0 <= current < len(self._topics)
        self.guidance.setText(self._topics[current].guidance if inside else "")
