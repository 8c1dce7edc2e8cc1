"""'Xuất báo cáo…': the figures on screen to JSON, CSV, XLSX (or PDF where the report
renderer exists), written in the background behind a progress dialog that can cancel."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from console.statistics import Figures
from console.statistics import export as exports
from console.views.messages import error_text
from console.views.operations import run_in_background


def pdf_renderer() -> Callable[[Figures], bytes] | None:
    """console.statistics.pdf.render_figures_pdf, when that module is installed."""
    try:
        return importlib.import_module("console.statistics.pdf").render_figures_pdf
    except (ImportError, AttributeError):
        return None


def write(figures: Figures, path: Path) -> Path:
    fmt = path.suffix.lower().lstrip(".")
    render = pdf_renderer()
    if fmt == "pdf" and render is not None:
        path.write_bytes(render(figures))
    else:
        exports.write(figures, fmt, path)
    return path


class Exporter:
    """One export at a time, from ``parent``'s figures; a cancelled one deletes its file."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.progress: QProgressDialog | None = None
        self.cancelled = False

    def filters(self) -> str:
        kinds = ["Excel (*.xlsx)", "CSV (*.csv)", "JSON (*.json)"]
        if pdf_renderer() is not None:
            kinds.insert(0, "PDF (*.pdf)")
        return ";;".join(kinds)

    def ask_and_run(self, figures: Figures) -> None:
        name = f"thong-ke-{figures.period.code.replace('..', '_')}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self.parent, QCoreApplication.translate("DashboardExport", "Xuất báo cáo thống kê"),
            name, self.filters())
        if path:
            suffix = chosen.rsplit("*", 1)[-1].rstrip(")") if chosen else ".xlsx"
            target = Path(path)
            if target.suffix.lower() not in (".pdf", ".xlsx", ".csv", ".json"):
                target = target.with_suffix(suffix)
            self.run(figures, target)

    def run(self, figures: Figures, path: Path) -> None:
        self.cancelled = False
        text = QCoreApplication.translate("DashboardExport", "Đang xuất {0}…").format(path.name)
        cancel = QCoreApplication.translate("DashboardExport", "Hủy")
        self.progress = QProgressDialog(text, cancel, 0, 0, self.parent)
        self.progress.setObjectName("exportProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self._cancel)
        self.progress.show()
        run_in_background(lambda: write(figures, path), self._done, self._failed,
                          parent=self.parent)

    def _cancel(self) -> None:
        self.cancelled = True

    def _close(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, path: Path) -> None:
        self._close()
        if self.cancelled:
            path.unlink(missing_ok=True)
            return
        self.parent.statusBar().showMessage(  # type: ignore[attr-defined]
            QCoreApplication.translate("DashboardExport", "Đã xuất {0}").format(path), 10_000)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if not self.cancelled:
            QMessageBox.warning(self.parent, QCoreApplication.translate(
                "DashboardExport", "Không xuất được"), error_text(exc))
