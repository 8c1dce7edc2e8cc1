"""The "Chưa gửi được" screen: what the signed-in person typed while the server did not answer.

Each of their outbox entries (console/services/outbox_actions.py) in the order typed: reports and
actions still waiting to be sent, and those the server would not take, with what changed on the
report meanwhile (who, when, which action, the state it is in now) and the text they typed,
which they may edit. Gửi lại sends an entry again against the report as it is now (through the
same checks), Sửa keeps the edited text, Bỏ drops the entry after asking (recorded in the audit
trail). Reached from the status bar's count and from Tệp → Chưa gửi được… (Ctrl+Shift+G).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.services.console_api import ConsoleApi
from console.services.live import Changes
from console.services.outbox import Entry, Replayed
from console.services.outbox_actions import ActionEntry
from console.views.label_text import action_text, label_text
from console.views.messages import error_text, template_text
from console.views.operations import run_in_background

WHEN = "%H:%M %d/%m/%Y"


class UnsentDialog(QDialog):
    changed = Signal(object)  # Changes: an entry reached the database (queues to refresh)
    emptied = Signal()  # nothing of this person's waits any more

    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsentDialog")
        self.api = api
        self.entries: list[Entry] = []
        self.confirm: QMessageBox | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Chưa gửi được"))
        self.resize(1000, 620)

        self.list = QListWidget(self)
        self.list.setObjectName("unsentList")
        self.list.setMinimumWidth(330)
        self.list.currentRowChanged.connect(self._show)
        self.heading = QLabel(self)
        self.heading.setObjectName("unsentHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.state = QLabel(self)
        self.state.setObjectName("unsentState")
        self.state.setWordWrap(True)
        self.what_changed = QLabel(self)
        self.what_changed.setObjectName("unsentChanges")
        self.what_changed.setWordWrap(True)
        self.what_changed.setTextFormat(Qt.TextFormat.RichText)
        self.text_label = QLabel(self.tr("Nội dung đã nhập:"), self)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("unsentText")
        self.text_label.setBuddy(self.text)
        self.text.textChanged.connect(self._edited)
        self.message = QLabel(self)
        self.message.setObjectName("unsentMessage")
        self.message.setWordWrap(True)

        self.resend_button = QPushButton(self.tr("&Gửi lại"), self)
        self.resend_button.setObjectName("resendButton")
        self.resend_button.setToolTip(
            self.tr("Gửi lại lên phản ánh như hiện nay, qua đủ các bước kiểm tra")
        )
        self.resend_button.clicked.connect(self.resend)
        self.edit_button = QPushButton(self.tr("&Sửa"), self)
        self.edit_button.setObjectName("editButton")
        self.edit_button.setToolTip(self.tr("Lưu nội dung đã sửa (chưa gửi)"))
        self.edit_button.clicked.connect(self.save_text)
        self.discard_button = QPushButton(self.tr("&Bỏ"), self)
        self.discard_button.setObjectName("discardButton")
        self.discard_button.setToolTip(self.tr("Bỏ mục này (có ghi nhật ký)"))
        self.discard_button.clicked.connect(self.ask_discard)
        actions = QHBoxLayout()
        for b in (self.resend_button, self.edit_button, self.discard_button):
            actions.addWidget(b)
        actions.addStretch(1)

        side = QVBoxLayout()
        side.addWidget(self.heading)
        side.addWidget(self.state)
        side.addWidget(self.what_changed)
        side.addWidget(self.text_label)
        side.addWidget(self.text, 1)
        side.addLayout(actions)
        side.addWidget(self.message)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(side, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("Không có gì chờ gửi."), self)
        self.empty.setObjectName("unsentEmpty")
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.reload()

    # -- showing -------------------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        """Read this person's entries again (the outbox folder on this computer)."""
        current = keep or self.current_id()
        self.entries = self.api.waiting()
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(self._line(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [e.id for e in self.entries]
        self.empty.setVisible(not ids)
        row = ids.index(current) if current in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self._show(row)
        if not ids:
            self.emptied.emit()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current(self) -> Entry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _line(self, entry: Entry) -> str:
        mark = "⚠ " if entry.refused else "⏳ "
        return f"{mark}{self._what(entry)}\n{entry.typed_at:{WHEN}}"

    def _what(self, entry: Entry) -> str:
        """The entry in a few words: the action and the report, or the new report's title."""
        if isinstance(entry, ActionEntry):
            where = entry.code or self.tr("phản ánh đang chờ gửi")
            return f"{action_text(entry.action)} — {where}"
        return self.tr("Phản ánh mới — {0}").format(entry.draft.title or "")

    def _show(self, _row: int = -1) -> None:
        entry = self.current()
        for w in (self.resend_button, self.discard_button):  # a held one: the admin decides
            w.setEnabled(entry is not None and entry.held is None and not self._busy)
        if entry is None:
            self.heading.setText("")
            self.state.setText("")
            self.what_changed.setText("")
            self.text.blockSignals(True)
            self.text.setPlainText("")
            self.text.blockSignals(False)
            self.text.setReadOnly(True)
            self.edit_button.setEnabled(False)
            return
        self.heading.setText(self._what(entry))
        typed = self.tr("Nhập lúc {0}.").format(f"{entry.typed_at:{WHEN}}")
        if entry.held:
            state = self.tr("Chờ quản trị viên quyết định: {0}").format(entry.held)
        elif entry.refused:
            state = self.tr("Chưa gửi được: {0}").format(self._refusal(entry))
        else:
            state = self.tr("Đang chờ gửi: máy chủ chưa trả lời, sẽ tự gửi khi kết nối lại.")
        self.state.setText(f"{typed} {state}")
        self.what_changed.setText(self._changes(entry))
        editable = (
            isinstance(entry, ActionEntry) and entry.text_param is not None and entry.held is None
        )
        self.text.blockSignals(True)
        self.text.setPlainText(
            entry.text if isinstance(entry, ActionEntry) else entry.draft.description
        )
        self.text.blockSignals(False)
        self.text.setReadOnly(not editable or self._busy)
        self.text_label.setText(
            self.tr("Nội dung đã nhập (sửa được):") if editable else self.tr("Nội dung đã nhập:")
        )
        self.edit_button.setEnabled(False)

    @staticmethod
    def _refusal(entry: Entry) -> str:
        """Why it was not sent, in the interface's language where the reason says how."""
        if isinstance(entry, ActionEntry) and entry.conflict is not None:
            c = entry.conflict
            return template_text(c.template, dict(c.params), c.reason)
        return entry.refused or ""

    def _changes(self, entry: Entry) -> str:
        if not isinstance(entry, ActionEntry) or entry.conflict is None:
            return ""
        c = entry.conflict
        lines = [
            self.tr("{0}: {1} ({2}) → {3}").format(
                f"{x.at:{WHEN}}",
                escape(x.who or self.tr("hệ thống")),
                escape(label_text(x.action)),
                escape(label_text(x.status)),
            )
            for x in c.changes
        ]
        out = ""
        if lines:
            out += "<b>" + self.tr("Đã thay đổi trên phản ánh từ khi nhập:") + "</b><br>"
            out += "<br>".join("• " + line for line in lines)
        if c.status:
            out += "<br>" + self.tr("Trạng thái hiện nay: <b>{0}</b>").format(
                escape(label_text(c.status))
            )
        return out

    def _edited(self) -> None:
        entry = self.current()
        self.edit_button.setEnabled(
            isinstance(entry, ActionEntry)
            and entry.text_param is not None
            and self.text.toPlainText() != entry.text
            and not self._busy
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.list.setEnabled(not busy)
        self._show()

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")

    # -- the buttons -----------------------------------------------------------------------------
    def save_text(self) -> None:
        """Sửa: keep the edited text in the entry (it is sent by Gửi lại)."""
        entry = self.current()
        if not isinstance(entry, ActionEntry):
            return
        try:
            self.api.edit_waiting(entry.id, self.text.toPlainText())
        except ValueError as exc:
            self.say(error_text(exc), error=True)
            return
        self.say(self.tr("Đã lưu nội dung đã sửa; bấm Gửi lại để gửi."))
        self.reload(entry.id)

    def resend(self) -> None:
        """Gửi lại: the edited text first, then the entry against the report as it is now."""
        entry = self.current()
        if entry is None or self._busy:
            return
        if isinstance(entry, ActionEntry) and self.edit_button.isEnabled():
            self.save_text()
        api, entry_id = self.api, entry.id
        self._set_busy(True)
        self.say(self.tr("Đang gửi…"))
        run_in_background(
            lambda: api.reapply_waiting(entry_id), self._resent, self._failed, parent=self
        )

    def _resent(self, out: Replayed) -> None:
        self._set_busy(False)
        if out.result is not None:
            self.say(self.tr("Đã gửi: {0}.").format(out.result.code))
            self.changed.emit(Changes.made_here(out.result.report_id))
        elif out.unreachable:
            self.say(
                self.tr("Máy chủ chưa trả lời: mục này vẫn chờ, sẽ tự gửi khi kết nối lại."),
                error=True,
            )
        else:
            why = self._refusal(out.entry) if out.conflict else out.message
            self.say(self.tr("Vẫn chưa gửi được: {0}").format(why), error=True)
        self.reload(out.entry.id)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.say(error_text(exc), error=True)
        self.reload()

    def ask_discard(self) -> None:
        """Bỏ: asks first; the entry is then dropped and the drop recorded."""
        entry = self.current()
        if entry is None or self._busy:
            return
        entry_id = entry.id
        self.confirm = confirm_discard(
            self,
            self.tr("Bỏ hẳn «{0}»? Nội dung đã nhập sẽ không được gửi.").format(self._what(entry)),
            "discardConfirm",
            lambda: self._discard(entry_id),
        )

    def _discard(self, entry_id: str) -> None:
        api = self.api
        self._set_busy(True)
        run_in_background(
            lambda: api.discard_waiting(entry_id), self._discarded, self._failed, parent=self
        )

    def _discarded(self, recorded: bool) -> None:
        self._set_busy(False)
        if recorded:
            self.say(self.tr("Đã bỏ mục chờ gửi (đã ghi nhật ký)."))
        else:
            self.say(
                self.tr("Đã bỏ mục chờ gửi; máy chủ chưa trả lời nên chỉ ghi nhật ký trên máy này.")
            )
        self.reload()


def confirm_discard(
    owner: QWidget, text: str, name: str, discard: Callable[[], None]
) -> QMessageBox:
    """The question before an outbox entry is dropped for good (its author's list, the
    administrator's held entries): "Không bỏ" is the default; ``discard`` runs on "Bỏ". The
    box is open (window-modal) on return; ``owner.confirm`` is cleared when it closes."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("UnsentDialog", "Bỏ mục chờ gửi"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        owner,
    )
    box.setObjectName(name)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("UnsentDialog", "Bỏ")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("UnsentDialog", "Không bỏ")
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def finished(result: int) -> None:
        owner.confirm = None  # type: ignore[attr-defined]
        box.deleteLater()
        if result == QMessageBox.StandardButton.Yes:
            discard()

    box.finished.connect(finished)
    box.open()
    return box
