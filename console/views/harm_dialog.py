"""A report harmful to someone's reputation: the letter the province's text asks for (Đắk Lắk
Bước 2.3 to the district's UBND, Tiền Giang Điều 4.6 to the agency and its parent body), to
preview, save and print, and the record that the reporter was told by phone or e-mail.

The letter is made by the service (ConsoleApi.harm_letter_pdf) off the UI thread; confirming
records the notice (the ``notify_reporter`` action) with how and what the reporter was told.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from console.services.console_api import ConsoleApi
from console.services.detail import ReportDetail
from console.views.letter_preview import LetterPreview
from console.views.messages import error_text
from console.views.note_dialogs import ActionDialog
from console.views.operations import run_in_background
from console.views.typed import QT_TRANSLATE_NOOP

MEANS = {
    "phone": QT_TRANSLATE_NOOP("NotifyReporterDialog", "Điện &thoại"),
    "email": QT_TRANSLATE_NOOP("NotifyReporterDialog", "Thư điện tử (&e-mail)"),
}
ABOUT = {
    "received": QT_TRANSLATE_NOOP("NotifyReporterDialog", "Đã tiếp nhận, đang xử lý"),
    "result": QT_TRANSLATE_NOOP("NotifyReporterDialog", "Kết quả xử lý (không công khai)"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("NotifyReporterDialog", text)


class NotifyReporterDialog(ActionDialog):
    def __init__(
        self, api: ConsoleApi, detail: ReportDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__("notify_reporter", detail, parent)
        self.api = api
        heading = QLabel(f"<b>{html.escape(detail.code)}</b> — {html.escape(detail.title)}")
        heading.setWordWrap(True)
        self.layout_.addWidget(heading)
        self.layout_.addWidget(
            QLabel(
                self.tr(
                    "Phản ánh ảnh hưởng đến uy tín của tổ chức, cá nhân: không công khai; "
                    "văn bản gửi cơ quan theo quy định (xem, lưu, in bên dưới)."
                )
            )
        )
        self.preview = LetterPreview(self)
        self.preview.setObjectName("harmLetterPreview")
        self.preview.suggested_name = f"van-ban-{detail.code}.pdf"
        self.preview.setMinimumSize(780, 440)
        self.preview.set_message(self.tr("Đang tạo văn bản…"))
        self.layout_.addWidget(self.preview, 1)

        form = QFormLayout()
        means_row = QHBoxLayout()
        self.means = QButtonGroup(self)
        contact = {"phone": detail.reporter.phone, "email": detail.reporter.email}
        for i, (code, label) in enumerate(MEANS.items()):
            radio = QRadioButton(_t(label), self)
            radio.setObjectName(f"means_{code}")
            radio.setEnabled(bool(contact[code]))  # only a way the report gives
            self.means.addButton(radio, i)
            means_row.addWidget(radio)
        means_row.addStretch(1)
        first = next((b for b in self.means.buttons() if b.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
        self.about = QComboBox(self)
        self.about.setObjectName("aboutCombo")
        for code, label in ABOUT.items():
            self.about.addItem(_t(label), code)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setPlaceholderText(self.tr("Ví dụ: gọi lúc 9 giờ 30, bà Hạnh đã nghe máy"))
        form.addRow(self.tr("Đã báo người phản ánh qua *"), means_row)
        form.addRow(self.tr("&Nội dung báo tin"), self.about)
        form.addRow(self.tr("&Ghi chú"), self.note)
        self.layout_.addLayout(form)
        self.finish_layout()
        rid = detail.id
        run_in_background(
            lambda: api.harm_letter_pdf(rid),
            self.preview.set_pdf,
            lambda exc: self.preview.set_message(error_text(exc)),
            parent=self,
        )

    def chosen(self) -> str | None:
        i = self.means.checkedId()
        return list(MEANS)[i] if i >= 0 else None

    def problem(self) -> str | None:
        if self.chosen() is None:
            return self.tr("Chọn cách đã báo người phản ánh (điện thoại hoặc thư điện tử)")
        return None

    def params(self) -> dict[str, Any]:
        return {
            "means": self.chosen(),
            "about": self.about.currentData(),
            "note": self.note.text().strip(),
        }
