"""The unit's request for more time, and its leader's decision on it.

The request carries the progress so far and the date the unit commits to (with photos where
the profile's text asks for them, Đắk Lắk Bước 3.2); the deadline moves only when the leader
approves (console/services/extension_actions.py).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from console.services.detail import ReportDetail
from console.services.extension_actions import DECISIONS, ExtensionRequest
from console.views.label_text import action_text
from console.views.note_dialogs import ActionDialog, fmt
from console.views.typed import py_datetime


def _qdt(at: datetime) -> QDateTime:
    return QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0)


class ExtensionDialog(ActionDialog):
    """ "Đề nghị gia hạn": the progress so far, a committed date (later than the current
    deadline) and, where the province asks for them, photos of the work."""

    def __init__(
        self,
        detail: ReportDetail,
        now: datetime,
        *,
        photos_required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("request_extension", detail, parent)
        self.now = now
        self.photos_required = photos_required
        handle = next(
            (d for d in detail.deadlines if d.stage == "handle" and d.completed_at is None), None
        )
        due = handle.due_at if handle else None
        text = self.tr("Hạn xử lý hiện tại: {0}").format(fmt(due) if due else self.tr("chưa có"))
        if handle and handle.original_due_at:
            text += self.tr(" (hạn ban đầu {0})").format(fmt(handle.original_due_at))
        current = QLabel(text)
        current.setObjectName("currentDue")
        note = QLabel(
            self.tr("Đề nghị được gửi lãnh đạo đơn vị duyệt; hạn xử lý chỉ đổi khi được duyệt.")
        )
        note.setObjectName("extensionNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form = QFormLayout()
        self.committed = QDateTimeEdit(self)
        self.committed.setObjectName("committedEdit")
        self.committed.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.committed.setCalendarPopup(True)
        start = max(due or now, now) + timedelta(days=2)
        self.committed.setDateTime(_qdt(start.replace(hour=17, minute=0)))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(420, 90)
        form.addRow(self.tr("Cam kết hoàn thành trước *"), self.committed)
        form.addRow(self.tr("Tình hình xử lý và lý do *"), self.note)
        self.files = QListWidget(self)
        self.files.setObjectName("extensionPhotos")
        self.files.setMaximumHeight(70)
        pick = QPushButton(self.tr("Thêm &ảnh…"), self)
        pick.setObjectName("addPhotos")
        pick.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.files, 1)
        row.addWidget(pick)
        photos = (
            self.tr("Hình ảnh minh chứng *")
            if photos_required
            else self.tr("Hình ảnh (không bắt buộc)")
        )
        form.addRow(photos, row)
        self.layout_.addWidget(current)
        self.layout_.addWidget(note)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.note.setFocus()

    def add_files(self, paths: Iterable[str | Path]) -> None:
        for path in paths:
            if str(path):
                self.files.addItem(str(path))

    def paths(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn ảnh minh chứng"),
            "",
            self.tr("Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.gif)"),
        )
        self.add_files(names)

    def committed_at(self) -> datetime:
        return py_datetime(self.committed.dateTime()).replace(second=0, microsecond=0)

    def problem(self) -> str | None:
        if self.committed_at() <= self.now:
            return self.tr("Ngày cam kết hoàn thành phải ở tương lai (sau {0})").format(
                fmt(self.now)
            )
        if not self.note.toPlainText().strip():
            return self.tr("Cần nhập tình hình xử lý và lý do đề nghị gia hạn")
        if self.photos_required and not self.paths():
            return self.tr("Cần kèm hình ảnh minh chứng tình hình xử lý")
        return None

    def params(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "committed": self.committed_at(),
            "note": self.note.toPlainText().strip(),
        }
        if self.paths():
            out["attachments"] = self.paths()
        return out


class ExtensionDecisionDialog(ActionDialog):
    """The leader's decision on the request: approve, or refuse with a reason."""

    def __init__(
        self,
        detail: ReportDetail,
        request: ExtensionRequest | None,
        initial: str = "approve_extension",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(initial, detail, parent)
        self.setWindowTitle(self.tr("Đề nghị gia hạn — {0}").format(detail.code))
        e = html.escape
        if request is None:
            text = self.tr("Không có đề nghị gia hạn nào đang chờ quyết định.")
        else:
            text = "<br>".join(
                (
                    f"<b>{e(detail.code)}</b> — {e(detail.title)}",
                    self.tr("Người đề nghị: {0}, lúc {1}").format(
                        e(request.requested_by), fmt(request.requested_at)
                    ),
                    self.tr("Hạn xử lý hiện tại: {0}").format(fmt(request.due_at)),
                    self.tr("Đề nghị hoàn thành trước: <b>{0}</b>").format(
                        fmt(request.committed_at)
                    ),
                    self.tr("Tình hình xử lý và lý do: {0}").format(e(request.reason)),
                    self.tr("Ảnh minh chứng kèm theo: {0}").format(request.photos),
                )
            )
        summary = QLabel(text, self)
        summary.setObjectName("extensionRequest")
        summary.setWordWrap(True)
        summary.setMinimumWidth(480)
        self.layout_.addWidget(summary)
        label = QLabel(self.tr("&Lý do không duyệt (khi không duyệt)"))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("refusalReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        label.setBuddy(self.reason)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.reason)
        self.finish_layout()
        self.ok_button.hide()  # one button per decision
        self.action_buttons: dict[str, QPushButton] = {}
        allowed = [a for a in DECISIONS if a in detail.actions] or [initial]
        for action in allowed:
            button = QPushButton(action_text(action), self)
            button.setObjectName(f"decision_{action}")
            button.setProperty("actionButton", True)
            button.setProperty("decision", action)
            button.clicked.connect(self._clicked)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            self.action_buttons[action] = button
        if initial == "refuse_extension":
            self.reason.setFocus()
        elif initial in self.action_buttons:
            self.action_buttons[initial].setDefault(True)
            self.action_buttons[initial].setFocus()

    def _clicked(self) -> None:
        self.action = self.sender().property("decision")
        self.confirm()

    def problem(self) -> str | None:
        if self.action == "refuse_extension" and not self.reason.toPlainText().strip():
            self.reason.setFocus()
            return self.tr("Cần nhập lý do không duyệt gia hạn")
        return None

    def params(self) -> dict[str, Any]:
        return {"note": self.reason.toPlainText().strip()}
