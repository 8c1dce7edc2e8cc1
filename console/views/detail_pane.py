"""One report in full, with exactly the actions its reader may take now.

Everything is read and written through the ConsoleApi in the background. An action opens its
dialog; the dialog stays open until the service has answered, so a refusal (shown in the
dialog) loses nothing typed. A stale version is reported with who changed the report and when,
and the pane reloads.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.services.console_api import ConflictError, ConsoleApi
from console.services.detail import ReportDetail
from console.services.outbox_actions import ActionEntry
from console.views import detail_sections as sections
from console.views.action_dialogs import ActionDialog, make_dialog, prepare
from console.views.attachment_view import AttachmentsBox
from console.views.label_text import action_text
from console.views.messages import error_text
from console.views.operations import run_in_background

log = logging.getLogger(__name__)
BUTTONS_PER_ROW = 6
# Letters the main window's menus use (Alt+T Tệp, Alt+X Xem, Alt+G Trợ giúp): never on a button.
RESERVED = frozenset("txg")
PREFERRED = {
    "accept": "n",
    "forward": "c",
    "classify": "p",
    "approve": "p",
    "publish": "c",
    "submit_result": "k",
    "reopen": "l",
    "rate": "d",
    "request_info": "n",
    "reject": "k",
    "post_progress": "c",
    "request_extension": "h",
}


def with_mnemonics(labels: dict[str, str], reserved: frozenset[str] = RESERVED) -> dict[str, str]:
    """Give each label a distinct Alt+letter (an ASCII letter of the label, a word's first
    letter where possible): {"forward": "Chuyển xử lý"} -> {"forward": "&Chuyển xử lý"}."""
    used = set(reserved)
    out = {}
    for action, label in labels.items():
        starts = [
            i
            for i, ch in enumerate(label)
            if ch.isascii() and ch.isalpha() and (i == 0 or label[i - 1] == " ")
        ]
        others = [i for i, ch in enumerate(label) if ch.isascii() and ch.isalpha()]
        wanted = PREFERRED.get(action)
        order = [i for i in starts + others if label[i].lower() == wanted] + starts + others
        pos = next((i for i in order if label[i].lower() not in used), None)
        if pos is None:
            out[action] = label.replace("&", "&&")
            continue
        used.add(label[pos].lower())
        out[action] = label[:pos] + "&" + label[pos:]
    return out


def _discard(widget: QWidget) -> None:
    """Take a widget out of the pane now (it is freed later, once its events are done)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class DetailPane(QWidget):
    changed = Signal(int)  # an action on this report was committed
    loaded = Signal(int)  # a report (or its reload) is on screen
    failed = Signal(str)  # the report could not be shown (e.g. not this person's to see)
    queued = Signal(str)  # the server did not answer: the action waits in the outbox (what)

    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.detail: ReportDetail | None = None
        self.dialog: ActionDialog | None = None
        self.action_buttons: dict[str, QPushButton] = {}
        self._seq = 0
        self._wanted: int | None = None
        self._seen_version: int | None = None  # set while re-reading after a live change

        self.header_holder = QVBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("paneStatus")
        self.status.setStyleSheet("color: #555;")
        self.actions_bar = QWidget(self)
        self.actions_bar.setObjectName("actionsBar")
        self.actions_grid = QGridLayout(self.actions_bar)
        self.actions_grid.setContentsMargins(0, 0, 0, 0)
        self.actions_grid.setColumnStretch(BUTTONS_PER_ROW, 1)  # buttons keep their size
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fdecea; color: #b00020; padding: 6px; font-weight: bold;"
        )
        self.banner.hide()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setObjectName("detailScroll")
        self.placeholder = QLabel(self.tr("Chọn một phản ánh để xem chi tiết"), self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.scroll_area.setWidget(self.placeholder)

        top = QHBoxLayout()
        top.addLayout(self.header_holder, 1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)

    # -- loading -------------------------------------------------------------------------------
    def show_report(self, report_id: int) -> None:
        if self.detail is None or self.detail.id != report_id:
            self.show_banner("")
        self._load(report_id)

    def reload(self) -> None:
        if self._wanted is not None:
            self._load(self._wanted)

    def changed_elsewhere(self) -> None:
        """The report on screen may have changed at another console: read it again, keeping
        the place, and say who changed it. An open dialog is left alone: its save meets the
        version check, which names who changed the report."""
        if self.detail is None or self.dialog is not None:
            return
        self._seen_version = self.detail.version
        self._load(self.detail.id)

    def _load(self, report_id: int) -> None:
        self._seq += 1
        seq, self._wanted = self._seq, report_id
        self.status.setText(self.tr("Đang tải…"))
        run_in_background(
            lambda: self.api.detail(report_id),
            lambda d: self._loaded(seq, d),
            lambda exc: self._load_failed(seq, exc),
            parent=self,
        )

    def _loaded(self, seq: int, detail: ReportDetail) -> None:
        if seq != self._seq:
            return  # a newer request is on its way
        same = self.detail is not None and self.detail.id == detail.id
        keep = self.scroll_area.verticalScrollBar().value() if same else 0
        seen, self._seen_version = self._seen_version, None
        if same and seen is not None and detail.version > seen:
            self._announce(detail)
        self.detail = detail
        self.status.setText("")
        self._build(detail)
        self.scroll_area.verticalScrollBar().setValue(keep)
        self.loaded.emit(detail.id)

    def _load_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self.detail = None
        self.status.setText("")
        self._clear_header()
        self._set_buttons([])
        self.placeholder = QLabel(self.tr("Không mở được phản ánh: {0}").format(error_text(exc)))
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidget(self.placeholder)
        if not isinstance(exc, ValueError):
            log.error("detail failed: %s", getattr(exc, "__traceback_text__", exc))
        self.failed.emit(error_text(exc))

    # -- building --------------------------------------------------------------------------
    def _clear_header(self) -> None:
        while self.header_holder.count():
            item = self.header_holder.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget:
                _discard(widget)

    def _build(self, d: ReportDetail) -> None:
        self._clear_header()
        head = sections.header(d)
        self.header_holder.addWidget(head)
        head.show()
        content = QWidget()
        content.setObjectName("detailContent")
        grid = QGridLayout(content)
        grid.addWidget(sections.report_box(d), 0, 0)
        side = QVBoxLayout()
        side.addWidget(sections.reporter_box(d))
        side.addWidget(sections.checklist_box(d))
        side.addStretch(1)
        grid.addLayout(side, 0, 1)
        grid.addWidget(sections.deadline_box(d), 1, 0, 1, 2)
        grid.addWidget(sections.results_box(d), 2, 0, 1, 2)
        grid.addWidget(sections.progress_box(d), 3, 0)
        grid.addWidget(AttachmentsBox(self.api, d.attachments), 3, 1)
        grid.addWidget(sections.timeline_box(d), 4, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(5, 1)
        self.scroll_area.setWidget(content)
        self._set_buttons(d.actions)

    def _set_buttons(self, actions: list[str]) -> None:
        for button in self.action_buttons.values():
            self.actions_grid.removeWidget(button)
            _discard(button)
        self.action_buttons = {}
        labels = with_mnemonics({a: action_text(a) for a in actions})
        for n, action in enumerate(actions):
            button = QPushButton(labels[action], self.actions_bar)
            button.setObjectName(f"action_{action}")
            button.clicked.connect(lambda _=False, a=action: self.start(a))
            self.actions_grid.addWidget(button, n // BUTTONS_PER_ROW, n % BUTTONS_PER_ROW)
            button.show()  # now, not on the layout's queued show: "loaded" means on screen
            self.action_buttons[action] = button
        self.actions_bar.setVisible(bool(actions))

    def _enable_buttons(self, enabled: bool) -> None:
        for button in self.action_buttons.values():
            button.setEnabled(enabled)

    def _announce(self, detail: ReportDetail) -> None:
        last = detail.history[-1] if detail.history else None
        if last is None or last.actor == self.api.actor.full_name:
            return  # our own action, heard back through the live feed
        self.show_banner(
            self.tr("{0} vừa cập nhật phản ánh này lúc {1}: {2}.").format(
                last.actor, last.at.strftime("%H:%M"), action_text(last.action)
            )
        )

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # -- actions ---------------------------------------------------------------------------
    def start(self, action: str) -> None:
        """Open the dialog of ``action`` (after fetching what it needs, in the background)."""
        detail = self.detail
        if detail is None or action not in detail.actions or self.dialog is not None:
            return
        self._enable_buttons(False)
        run_in_background(
            lambda: prepare(action, self.api, detail),
            lambda data: self._open(action, detail, data),
            self._prepare_failed,
            parent=self,
        )

    def _prepare_failed(self, exc: BaseException) -> None:
        self._enable_buttons(True)
        self.show_banner(error_text(exc))

    def _open(self, action: str, detail: ReportDetail, data: Any) -> None:
        if self.detail is None or self.detail.id != detail.id or self.dialog is not None:
            self._enable_buttons(True)  # another report is on screen by now
            return
        # The pane alone holds the dialog: no closure keeps a reference to it, so it dies
        # exactly once, when it is closed (bound methods, not lambdas, below).
        dialog = make_dialog(action, self.api, detail, data, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.submitted.connect(self._run)
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self, _result: int = 0) -> None:
        dialog, self.dialog = self.dialog, None
        self._enable_buttons(True)
        if dialog is not None:
            dialog.deleteLater()

    def _run(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        rid, code = dialog.detail.id, dialog.detail.code
        current = self.detail if self.detail and self.detail.id == rid else dialog.detail
        steps, version = dialog.steps(), current.version

        def work() -> tuple[int, int, ValueError | None]:
            """(steps committed, steps kept in the outbox, the refusal that stopped them)."""
            done, waiting, v = 0, 0, version
            for action, params in steps:
                try:
                    out = self.api.act_or_wait(action, rid, v, code=code, **params)
                except ValueError as exc:  # a refusal: its message is for the person
                    return done, waiting, exc
                if isinstance(out, ActionEntry):  # the server did not answer: it waits,
                    waiting += 1  # and the next steps go behind it
                else:
                    v, done = out.version, done + 1
            return done, waiting, None

        dialog.set_busy(True)
        run_in_background(work, lambda out: self._ran(rid, *out), self._crashed, parent=self)

    def _ran(self, rid: int, done: int, waiting: int, error: ValueError | None) -> None:
        dialog = self.dialog  # busy: it could not be closed meanwhile
        if dialog is not None:
            dialog.set_busy(False)
            if error is None or done or waiting:
                dialog.accept()  # committed or kept (all, or the first steps): nothing to redo
            else:
                dialog.show_error(error_text(error))
        if waiting:
            text = self.tr(
                "Mất kết nối máy chủ: thao tác đã vào hàng chờ, sẽ tự gửi khi kết nối lại "
                "(xem «Chưa gửi được»)."
            )
            self.show_banner(text)
            self.queued.emit(text)
        elif error is None or done or isinstance(error, ConflictError):
            self.show_banner(error_text(error) if error else "")
        if done:
            self.changed.emit(rid)
        if done or isinstance(error, ConflictError):
            self.reload()

    def _crashed(self, exc: BaseException) -> None:
        log.error("action failed: %s", getattr(exc, "__traceback_text__", exc))
        if self.dialog is not None:
            self.dialog.set_busy(False)
            self.dialog.show_error(self.tr("Lỗi hệ thống, chưa có gì được ghi: {0}").format(exc))
