"""Attachments in the detail pane: a thumbnail for a photo, the viewer, other files listed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from console.db import Database
from console.views.attachment_view import AttachmentsBox, AttachmentViewer
from tests.scenario_helpers import draft
from tests.views.pane_helpers import open_pane, world


def _png(path: Path) -> Path:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path.write_bytes(bytes(data))
    return path


def test_photo_thumbnail_and_viewer(qtbot, sqlite_db: Database, tmp_path: Path) -> None:
    w = world(sqlite_db)
    pdf = tmp_path / "bien-ban.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\n")
    r = w.op.submit(draft(attachments=[_png(tmp_path / "ổ-gà.png"), pdf]))
    pane = open_pane(qtbot, w.op, r.report_id)
    box = pane.findChild(AttachmentsBox)
    assert box is not None and box.title() == "Tệp đính kèm (2)"
    (photo_id, _n, _m, _s), (pdf_id, *_rest) = w.op.detail(r.report_id).attachments
    photo = box.buttons[photo_id]
    assert "ổ-gà.png" in photo.text() and "image/png" in photo.text()
    qtbot.waitUntil(lambda: not photo.icon().isNull(), timeout=10000)
    assert box.buttons[pdf_id].icon().isNull()  # a document has no picture
    qtbot.mouseClick(photo, Qt.MouseButton.LeftButton)
    viewer = box.findChild(AttachmentViewer, "attachmentViewer")
    assert viewer is not None and viewer.isVisible()
    picture = viewer.findChild(QLabel, "attachmentPicture")
    assert picture.pixmap().width() == 320
    viewer.close()


def test_a_report_without_files_says_so(qtbot, sqlite_db: Database) -> None:
    w = world(sqlite_db)
    r = w.op.submit(draft())
    pane = open_pane(qtbot, w.op, r.report_id)
    box = pane.findChild(AttachmentsBox)
    assert box is not None and box.buttons == {}
    assert box.findChild(QLabel).text() == "Không có tệp đính kèm"
