"""A PDF preview: pages rendered with PDFium (pypdfium2) off the UI thread, zoom, paging,
"Lưu PDF…" and "In…" (the system's print dialog; printing to a PDF file works without printers).

Reusable wherever a letter (or a batch of letters) is shown before printing: ``set_pdf(bytes)``.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.views.messages import error_text
from console.views.operations import run_in_background

RENDER_SCALE = 2.0  # 144 dpi: sharp up to 150 % zoom on a 96-dpi screen
PRINT_DPI = 300
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
_PDFIUM = threading.Lock()  # PDFium is not thread-safe: one document at a time


def _image(page: object, scale: float) -> QImage:
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)  # type: ignore[attr-defined]
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
    )
    return image.copy()  # own the pixels: the bitmap's memory goes with it


def render_pages(pdf: bytes, scale: float = RENDER_SCALE) -> list[QImage]:
    """Every page of ``pdf`` as an image (safe in a worker thread)."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            return [_image(doc[i], scale) for i in range(len(doc))]
        finally:
            doc.close()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page onto ``printer`` at its resolution (up to 300 dpi); the page count."""
    import pypdfium2 as pdfium

    printer.setFullPage(True)  # the letter carries its own margins
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("LetterPreview", "Không mở được máy in"))
    try:
        with _PDFIUM:
            doc = pdfium.PdfDocument(pdf)
            try:
                for i in range(len(doc)):
                    if i:
                        printer.newPage()
                    image = _image(doc[i], dpi / 72)
                    target = painter.viewport()
                    size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                    painter.setViewport(QRect(target.topLeft(), size))
                    painter.setWindow(image.rect())
                    painter.drawImage(0, 0, image)
                    painter.setViewport(target)
                    painter.setWindow(target)
                return len(doc)
            finally:
                doc.close()
    finally:
        painter.end()


class LetterPreview(QWidget):
    rendered = Signal(int)  # page count, once the pages are on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf: bytes | None = None
        self.pages: list[QImage] = []
        self.page = 0
        self.zoom = 1.0
        self.fit = True  # the page fills the width of the view until the zoom is changed
        self.suggested_name = "thu-tra-loi.pdf"
        self._seq = 0

        self.prev_button = QPushButton(self.tr("◀ &Trang trước"), self)
        self.next_button = QPushButton(self.tr("Trang s&au ▶"), self)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.zoom_out_button = QPushButton("−", self)
        self.zoom_in_button = QPushButton("+", self)
        self.zoom_out_button.setToolTip(self.tr("Thu nhỏ (Ctrl+-)"))
        self.zoom_in_button.setToolTip(self.tr("Phóng to (Ctrl++)"))
        self.zoom_label = QLabel(self)
        self.fit_button = QPushButton(self.tr("&Vừa khung"), self)
        self.fit_button.setToolTip(self.tr("Vừa chiều rộng khung xem (Ctrl+0)"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.save_button = QPushButton(self.tr("&Lưu PDF…"), self)
        self.save_button.setObjectName("savePdf")
        self.print_button = QPushButton(self.tr("&In…"), self)
        self.print_button.setObjectName("printPdf")
        bar = QHBoxLayout()
        for w in (
            self.prev_button,
            self.page_label,
            self.next_button,
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)

        self.view = QLabel(self)
        self.view.setObjectName("pageView")
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setWordWrap(True)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.view)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setStyleSheet(
            "QLabel#pageView { background: #8a8a8a; color: white; padding: 8px; }"
        )  # the page stands out as a sheet
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.save_button.clicked.connect(self.save_dialog)
        self.print_button.clicked.connect(self.print_dialog)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            ("Ctrl+=", self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=context)
        QShortcut(QKeySequence("Ctrl+0"), self, self.fit_width, context=context)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.next_page, context=context)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self.previous_page, context=context)
        self.set_message(self.tr("Chưa có thư trả lời để xem trước"))

    # -- content -------------------------------------------------------------------------------
    def set_message(self, text: str) -> None:
        """Show a line of text instead of pages (loading, or why there is no letter)."""
        self._seq += 1
        self.pdf, self.pages, self.page = None, [], 0
        self.view.setPixmap(QPixmap())
        self.view.setText(text)
        self._update_controls()

    def set_pdf(self, pdf: bytes) -> None:
        self._seq += 1
        seq = self._seq
        self.pdf = pdf
        self._update_controls()  # it can be saved before its pages are drawn
        run_in_background(
            lambda: render_pages(pdf),
            lambda pages: self._rendered(seq, pages),
            lambda exc: self._failed(seq, exc),
            parent=self,
        )

    def _rendered(self, seq: int, pages: list[QImage]) -> None:
        if seq != self._seq:
            return  # a newer letter is on its way
        self.pages = pages
        self.show_page(min(self.page, len(pages) - 1))
        self.rendered.emit(len(pages))

    def _failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._seq:
            self.pages = []
            self.view.setText(self.tr("Không hiển thị được thư: {0}").format(error_text(exc)))
            self._update_controls()

    # -- paging and zoom ---------------------------------------------------------------------
    def show_page(self, page: int) -> None:
        if not self.pages:
            return
        self.page = max(0, min(page, len(self.pages) - 1))
        image = self.pages[self.page]
        natural = image.width() * 96 / 72 / RENDER_SCALE  # the page's width at 100 %
        if self.fit:
            room = self.scroll_area.viewport().width() - 40  # the padding and a margin
            self.zoom = max(ZOOMS[0], min(ZOOMS[-1], room / natural))
        width = round(natural * self.zoom)
        pixmap = QPixmap.fromImage(
            image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )
        self.view.setText("")
        self.view.setPixmap(pixmap)
        self._update_controls()

    def next_page(self) -> None:
        self.show_page(self.page + 1)

    def previous_page(self) -> None:
        self.show_page(self.page - 1)

    def zoom_in(self) -> None:
        self.step_zoom(1)

    def zoom_out(self) -> None:
        self.step_zoom(-1)

    def fit_width(self) -> None:
        self.fit = True
        self.show_page(self.page)
        self._update_controls()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit and self.pages:
            self.show_page(self.page)

    def step_zoom(self, step: int) -> None:
        self.fit = False
        nearest = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.zoom))
        self.zoom = ZOOMS[max(0, min(len(ZOOMS) - 1, nearest + step))]
        self.show_page(self.page)
        self._update_controls()

    def _update_controls(self) -> None:
        count = len(self.pages)
        self.page_label.setText(
            self.tr("Trang {0}/{1}").format(self.page + 1, count) if count else ""
        )
        self.prev_button.setEnabled(count > 0 and self.page > 0)
        self.next_button.setEnabled(self.page < count - 1)
        self.zoom_label.setText(f"{self.zoom:.0%}")
        self.fit_button.setChecked(self.fit)
        self.save_button.setEnabled(self.pdf is not None)
        self.print_button.setEnabled(bool(self.pages))

    # -- save and print ----------------------------------------------------------------------
    def save_to(self, path: str | Path) -> None:
        if self.pdf is None:
            raise OSError(self.tr("Chưa có thư để lưu"))
        Path(path).write_bytes(self.pdf)

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu thư trả lời"),
            str(Path.home() / self.suggested_name),
            self.tr("Tệp PDF (*.pdf)"),
        )
        if not path:
            return
        try:
            self.save_to(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Không lưu được"), error_text(exc))

    def printer(self) -> QPrinter:
        """A printer set up for A4; with no printer installed, print to a PDF file."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        if not QPrinterInfo.availablePrinters():
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(Path.home() / f"in-{self.suggested_name}"))
        return printer

    def print_to(self, printer: QPrinter) -> int:
        if self.pdf is None:
            raise OSError(self.tr("Chưa có thư để in"))
        target = printer.outputFileName()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and target:
            Path(target).write_bytes(self.pdf)  # "print to PDF": the letter itself, not a raster
            return len(self.pages)
        return print_pdf(self.pdf, printer)

    def print_dialog(self) -> None:
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In thư trả lời"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Không in được"), error_text(exc))
