"""'Xuất báo cáo…': the period on screen as XLSX, CSV, JSON, or the numbered PDF report (issued
with a frozen copy of its figures), made by the services in the background behind a progress
dialog that can cancel (ConsoleApi.export_statistics)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from console.services.console_api import ConsoleApi
from console.statistics import Period
from console.views.messages import error_text
from console.views.operations import run_in_background


class Exporter:
    """One export at a time, from ``parent``'s figures; a cancelled one deletes its file."""

    def __init__(self, parent: QWidget, api: ConsoleApi) -> None:
        self.parent = parent
        self.api = api
        self.progress: QProgressDialog | None = None
        self.cancelled = False

    def filters(self) -> str:
        pdf = QCoreApplication.translate("DashboardExport", "Báo cáo có số (*.pdf)")
        return ";;".join(["Excel (*.xlsx)", pdf, "CSV (*.csv)", "JSON (*.json)"])

    def ask_and_run(self, period: Period) -> None:
        name = f"thong-ke-{period.code.replace('..', '_')}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self.parent,
            QCoreApplication.translate("DashboardExport", "Xuất báo cáo thống kê"),
            name,
            self.filters(),
        )
        if path:
            suffix = chosen.rsplit("*", 1)[-1].rstrip(")") if chosen else ".xlsx"
            target = Path(path)
            if target.suffix.lower() not in (".pdf", ".xlsx", ".csv", ".json"):
                target = target.with_suffix(suffix)
            self.run(period, target)

    def run(self, period: Period, path: Path) -> None:
        self.cancelled = False
        text = QCoreApplication.translate("DashboardExport", "Đang xuất {0}…").format(path.name)
        cancel = QCoreApplication.translate("DashboardExport", "Hủy")
        self.progress = QProgressDialog(text, cancel, 0, 0, self.parent)
        self.progress.setObjectName("exportProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self._cancel)
        self.progress.show()
        api = self.api
        run_in_background(
            lambda: (path, api.export_statistics(period, path)),
            self._done,
            self._failed,
            parent=self.parent,
        )

    def _cancel(self) -> None:
        self.cancelled = True

    def _close(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result: tuple[Path, str | None]) -> None:
        path, number = result
        self._close()
        if self.cancelled:  # an issued report keeps its number in the register (stats issued)
            path.unlink(missing_ok=True)
            return
        text = (
            QCoreApplication.translate("DashboardExport", "Đã xuất {0}").format(path)
            if number is None
            else QCoreApplication.translate(
                "DashboardExport", "Đã ban hành báo cáo số {0}: {1}"
            ).format(number, path)
        )
        self.parent.statusBar().showMessage(text, 10_000)  # type: ignore[attr-defined]

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if not self.cancelled:
            QMessageBox.warning(
                self.parent,
                QCoreApplication.translate("DashboardExport", "Không xuất được"),
                error_text(exc),
            )
