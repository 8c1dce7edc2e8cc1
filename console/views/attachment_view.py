"""Attachments in the detail pane: image thumbnails loaded off the UI thread, a viewer for
the full picture, and saving any file to disk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.services.console_api import ConsoleApi
from console.views.detail_sections import size_text
from console.views.operations import run_in_background

THUMB = 96


def _image(content: bytes) -> QImage:
    image = QImage()
    image.loadFromData(content)
    return image


class AttachmentViewer(QDialog):
    """The full picture, scrollable, with "save a copy"."""

    def __init__(self, name: str, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.name, self.content = name, content
        picture = QLabel(self)
        picture.setObjectName("attachmentPicture")
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setPixmap(QPixmap.fromImage(_image(content)))
        scroll = QScrollArea(self)
        scroll.setWidget(picture)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(
            self.tr("&Lưu bản sao…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(lambda: save_copy(self, name, content))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)


def save_copy(parent: QWidget, name: str, content: bytes) -> None:
    title = QCoreApplication.translate("AttachmentsBox", "Lưu tệp đính kèm")
    path, _ = QFileDialog.getSaveFileName(parent, title, name)
    if path:
        with open(path, "wb") as f:
            f.write(content)


class AttachmentsBox(QGroupBox):
    """One button a file: a thumbnail for a picture (opens the viewer), a save for the rest."""

    def __init__(
        self,
        api: ConsoleApi,
        attachments: list[tuple[int, str, str, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Tệp đính kèm ({0})").format(len(attachments)), parent)
        self.api = api
        self.buttons: dict[int, QToolButton] = {}
        layout = QVBoxLayout(self)
        if not attachments:
            layout.addWidget(QLabel(self.tr("Không có tệp đính kèm"), self))
        for att_id, name, mime, size in attachments:
            button = QToolButton(self)
            button.setObjectName(f"attachment_{att_id}")
            button.setText(f"{name}\n{mime}, {size_text(size)}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIconSize(QSize(THUMB, THUMB))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, i=att_id: self.open(i))
            layout.addWidget(button)
            self.buttons[att_id] = button
            if mime.startswith("image/"):
                run_in_background(
                    lambda i=att_id: self._thumbnail(i),
                    lambda result: self._show_thumb(*result),
                    lambda _exc: None,
                    parent=self,
                )

    def _thumbnail(self, att_id: int) -> tuple[int, QImage]:  # worker thread
        _name, _mime, content = self.api.attachment(att_id)
        image = _image(content)
        if not image.isNull():
            image = image.scaled(
                THUMB,
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return att_id, image

    def _show_thumb(self, att_id: int, image: QImage) -> None:
        if not image.isNull() and att_id in self.buttons:
            self.buttons[att_id].setIcon(QIcon(QPixmap.fromImage(image)))

    def open(self, att_id: int) -> None:
        """A picture in the viewer; any other file is saved where the operator chooses."""
        name, mime, content = self.api.attachment(att_id)
        if mime.startswith("image/") and not _image(content).isNull():
            viewer = AttachmentViewer(name, content, self)
            viewer.setObjectName("attachmentViewer")
            viewer.open()
        else:
            save_copy(self, name, content)
