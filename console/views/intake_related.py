"""The reports related to the one being taken, at the side of the intake dialog: the caller's
earlier reports, looked up as soon as the number is valid, and, once it is saved, the open reports
it may duplicate with the offer to link it to one of them. Both reach the database through
``ConsoleApi`` in the background.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.models import STATUS_LABELS, ReportStatus
from console.services.console_api import ActionResult, CallerReport, ConflictError, ConsoleApi
from console.services.duplicates import Candidate
from console.services.outbox_actions import ActionEntry
from console.views.intake_panels import DATA_ROLE, page, row
from console.views.messages import error_text
from console.views.operations import run_in_background
from console.views.typed import named


class CallerHistory(QGroupBox):
    """The caller's earlier reports, looked up in the background once the number is valid."""

    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Các lần phản ánh trước của số này"))
        self.api = api
        self.number: str | None = None  # the number shown (or being looked up)
        self.note = named(QLabel(wordWrap=True), "historyNote")
        self.tree = named(QTreeWidget(), "callerHistory")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(
            [self.tr("Mã"), self.tr("Ngày"), self.tr("Tiêu đề"), self.tr("Trạng thái")]
        )
        self.tree.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for col in range(4):  # the title takes what the code, date and status leave
            header.setSectionResizeMode(
                col,
                QHeaderView.ResizeMode.Stretch
                if col == 2
                else QHeaderView.ResizeMode.ResizeToContents,
            )
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
        run_in_background(
            lambda: api.caller_history(number),
            lambda rows: self._show(number, rows),
            self._failed,
            parent=self,
        )

    def _show(self, number: str, rows: list[CallerReport]) -> None:
        if number != self.number:
            return  # the number changed while we looked
        self.tree.clear()
        for r in rows:
            item = QTreeWidgetItem([r.code, r.received_at.strftime("%d/%m/%Y"), r.title, r.status])
            item.setToolTip(2, r.title)
            self.tree.addTopLevelItem(item)
        self.note.setText(
            self.tr("Số {0} đã phản ánh {1} lần.").format(number, len(rows))
            if rows
            else self.tr("Chưa có phản ánh nào từ số {0}.").format(number)
        )

    def _failed(self, exc: BaseException) -> None:
        self.number = None
        self.note.setText(self.tr("Không tra được lịch sử cuộc gọi: {0}").format(exc))


class DonePanel(QWidget):
    """The saved report's code and status, what was stored with it, and the open reports it
    may duplicate with the offer to link it to one of them."""

    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.busy = False  # linking
        self._result: ActionResult | None = None
        self._version = 0
        self.code = named(QLabel(), "doneCode")
        big = QFont(self.code.font())
        big.setPointSize(big.pointSize() + 8)
        big.setBold(True)
        self.code.setFont(big)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = named(QLabel(wordWrap=True), "doneStatus")
        self.dup_box = QGroupBox(self.tr("Có thể trùng với phản ánh đang mở"))
        self.duplicates = named(QListWidget(), "duplicates")
        self.link_button = named(QPushButton(self.tr("&Gộp vào phản ánh này")), "linkButton")
        self.dup_note = named(QLabel(wordWrap=True), "dupNote")
        dups = QVBoxLayout(self.dup_box)
        dups.addWidget(self.duplicates)
        dups.addLayout(row(self.link_button, QWidget(), stretch=1))
        dups.addWidget(self.dup_note)
        self.new_button = named(QPushButton(self.tr("Tiếp nhận &mới")), "newButton")
        layout = page(self)
        for w in (self.code, self.status, self.dup_box):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(row(self.new_button, QWidget(), stretch=1))
        self.link_button.clicked.connect(self._link)

    def show_result(self, result: ActionResult, files: int) -> None:
        """The report is saved (with ``files`` attachments): say so, look for duplicates."""
        self._result, self._version = result, result.version
        self.code.setText(result.code)
        lines = [
            self.tr("Đã tiếp nhận phản ánh {0} — trạng thái: {1}.").format(
                result.code, STATUS_LABELS[result.status]
            )
        ]
        if files:
            lines.append(self.tr("Đã lưu {0} tệp đính kèm.").format(files))
        self.status.setText("\n".join(lines))
        self.dup_box.hide()
        self.new_button.setFocus()
        if result.status is ReportStatus.RECEIVED:
            api, rid = self.api, result.report_id
            run_in_background(
                lambda: api.duplicates(rid),
                self._show_duplicates,
                lambda exc: self.dup_note.setText(error_text(exc)),
                parent=self,
            )

    def clear(self) -> None:
        self._result = None
        self.duplicates.clear()
        self.duplicates.setEnabled(True)
        self.link_button.setEnabled(True)
        self.dup_note.clear()

    def _show_duplicates(self, found: list[Candidate]) -> None:
        self.duplicates.clear()
        for c in found:
            item = QListWidgetItem(
                f"{c.code} — {c.title}\n{c.place} · "
                f"{c.received_at:%d/%m/%Y %H:%M} · {STATUS_LABELS[c.status]}"
            )
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
        code = self._result.code
        main = item.data(DATA_ROLE)
        self._set_busy(True)
        run_in_background(  # into the outbox when the server does not answer
            lambda: api.act_or_wait("link", rid, version, code=code, main_code=main),
            lambda r: self._linked(r, main),
            self._link_failed,
            parent=self,
        )

    def _linked(self, result: ActionResult | ActionEntry, main: str) -> None:
        self._set_busy(False)
        self.duplicates.setEnabled(False)
        self.link_button.setEnabled(False)
        if isinstance(result, ActionEntry):
            self.dup_note.setText(
                self.tr(
                    "Mất kết nối máy chủ: việc gộp {0} vào phản ánh {1} đã vào hàng chờ, sẽ tự "
                    "gửi khi kết nối lại."
                ).format(result.code, main)
            )
        else:
            self._version = result.version
            self.dup_note.setText(
                self.tr("Đã gộp {0} vào phản ánh {1}: trả lời cùng phản ánh đó.").format(
                    result.code, main
                )
            )
        self.new_button.setFocus()

    def _link_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.dup_note.setText(error_text(exc))
        if isinstance(exc, ConflictError) and self._result is not None:
            api, rid = self.api, self._result.report_id  # reload the version, then retry
            run_in_background(
                lambda: api.detail(rid).version,
                lambda v: setattr(self, "_version", v),
                lambda e: None,
                parent=self,
            )
