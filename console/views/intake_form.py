"""The intake form: the channel, the caller and the report, in the order Tab follows.

As the operator types, the form shows what it can tell at once: whether the number is a valid
one, wording that will be flagged, the category the text suggests, and the emergency a category
implies. It reads the profile and the clock it is given, never the database: the dialog saves
``draft()`` and, when the services refuse it, ``focus_field()`` shows the field at fault.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.intake import (
    HONORIFICS,
    ReportDraft,
    asked_of_reporter,
    normalise_phone,
    reporter_rule_text,
    rude_words,
)
from console.profiles import Profile
from console.services.console_api import Choice
from console.text_input import IntakeError
from console.views.category_hint import suggest_category
from console.views.intake_fields import AreaBox, DateTimeEdit
from console.views.intake_panels import row
from console.views.typed import named, py_datetime


class IntakeForm(QWidget):
    """The fields of the report and its caller; the intake dialog puts the side panels and the
    buttons around it."""

    def __init__(
        self, profile: Profile, clock: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formBox")
        self.profile, self.clock = profile, clock
        self._categories: list[Choice] = []
        self._suggestion: str | None = None
        self._loaded = False  # the channel, category and area lists are in
        self._auto_emergency = False  # checked because the category is an emergency one
        self._build_fields()
        self._build_layout()
        self.title_edit.textChanged.connect(self._text_changed)
        self.description.textChanged.connect(self._text_changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.suggest.clicked.connect(self._apply_suggestion)
        self.emergency.clicked.connect(lambda: setattr(self, "_auto_emergency", False))
        self.channel.currentIndexChanged.connect(self._channel_changed)

    # -- building -----------------------------------------------------------------------------
    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _build_fields(self) -> None:
        self.channel = named(QComboBox(), "channel")
        self.phone = named(QLineEdit(placeholderText=self.tr("VD: 0912 345 678")), "phone")
        self.phone_state = named(QLabel(), "phoneState")
        self.reporter_name = named(QLineEdit(), "reporterName")
        self.honorific = named(QComboBox(), "honorific")
        self.honorific.addItems(list(HONORIFICS))
        self.honorific.setCurrentText("Ông/Bà")
        self.email = named(QLineEdit(), "email")
        self.address = named(QLineEdit(), "address")
        self.confidential = named(
            QCheckBox(self.tr("Đề nghị giữ bí &mật thông tin")), "confidential"
        )
        # the province's rule, stated by the core (console.intake.reporter_rule_text)
        self.reporter_rule = named(QLabel(wordWrap=True), "reporterRule")
        self.reporter_rule.setStyleSheet("color: #555;")
        self.state_secret = named(
            QCheckBox(self.tr("Nội dung th&uộc bí mật nhà nước")), "stateSecret"
        )
        self.title_edit = named(QLineEdit(maxLength=200), "title")
        self.description = named(QPlainTextEdit(tabChangesFocus=True), "description")
        self.description.setFixedHeight(110)
        self.rude = named(QLabel(wordWrap=True), "rudeWarning")
        self.rude.setVisible(False)
        self.rude.setStyleSheet("color: #8a4b00; background: #fff3cd; padding: 4px;")
        self.place = named(QLineEdit(), "place")
        self.area = AreaBox(objectName="area")
        self.occurred = named(
            DateTimeEdit(self.clock(), calendarPopup=True),  # type: ignore[call-overload]  # PySide6 takes a datetime; its stub wants QDateTime
            "occurred",
        )
        self.occurred.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.category = named(QComboBox(), "category")
        self.suggest = named(QPushButton(), "suggestButton")
        self.suggest.setVisible(False)
        self.suggest.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.emergency = named(QCheckBox(self.tr("Khẩn cấ&p")), "emergency")
        for edit in (
            self.phone,
            self.reporter_name,
            self.email,
            self.address,
            self.title_edit,
            self.place,
            self.area,
            self.description,
            self.description.viewport(),
        ):
            edit.setAcceptDrops(False)  # a dropped file goes to the attachments, not the text

    def _build_layout(self) -> None:
        caller = QGroupBox(self.tr("Người phản ánh"))
        f = QFormLayout(caller)
        f.addRow(
            self._label(self.tr("&Số điện thoại"), self.phone), row(self.phone, self.phone_state)
        )
        f.addRow(
            self._label(self.tr("&Họ tên"), self.reporter_name),
            row(
                self.reporter_name,
                self._label(self.tr("Danh &xưng"), self.honorific),
                self.honorific,
            ),
        )
        f.addRow(self._label(self.tr("&Email"), self.email), self.email)
        f.addRow(self._label(self.tr("Địa &chỉ"), self.address), self.address)
        f.addRow("", self.confidential)
        f.addRow("", self.reporter_rule)
        self.caller_box = caller
        content = QGroupBox(self.tr("Nội dung phản ánh"))
        self.content_form = g = QFormLayout(content)
        g.addRow(self._label(self.tr("&Tiêu đề"), self.title_edit), self.title_edit)
        g.addRow(self._label(self.tr("&Nội dung"), self.description), self.description)
        g.addRow("", self.rude)
        g.addRow(self._label(self.tr("Đị&a điểm"), self.place), self.place)
        g.addRow(
            self._label(self.tr("Địa &bàn"), self.area),
            row(self.area, self._label(self.tr("Thời gian xảy &ra"), self.occurred), self.occurred),
        )
        g.addRow(self._label(self.tr("&Lĩnh vực"), self.category), self.category)
        g.addRow("", self.suggest)
        g.addRow("", self.emergency)
        g.addRow("", self.state_secret)
        g.setRowVisible(self.rude, False)
        g.setRowVisible(self.suggest, False)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(
            row(self._label(self.tr("&Kênh tiếp nhận"), self.channel), self.channel, stretch=1)
        )
        box.addWidget(caller)
        box.addWidget(content)
        box.addStretch(1)

    def tab_chain(self) -> tuple[QWidget, ...]:
        """The fields in the order Tab visits them; the channel, seldom changed, comes last,
        after the dialog's own widgets."""
        return (
            self.phone,
            self.reporter_name,
            self.honorific,
            self.email,
            self.address,
            self.confidential,
            self.title_edit,
            self.description,
            self.place,
            self.area,
            self.occurred,
            self.category,
            self.suggest,
            self.emergency,
            self.state_secret,
        )

    def set_lists(
        self, channels: list[Choice], categories: list[Choice], areas: list[tuple[str, str]]
    ) -> None:
        """The choices, once loaded; the hotline is the channel when the province has one."""
        self._categories = categories
        hotline = re.sub(r"\D", "", self.profile.hotline or "")
        for i, c in enumerate(channels):
            self.channel.addItem(c.name, c.code)
            if hotline and (c.code == "hotline" or hotline in re.sub(r"\D", "", c.name)):
                self.channel.setCurrentIndex(i)
        self.category.addItem(self.tr("— Chưa phân loại —"), None)
        for c in self._categories:
            self.category.addItem(c.name, c.code)
        self.area.set_areas(areas)
        self._loaded = True
        self._channel_changed()
        self._text_changed()

    # -- as the operator types ----------------------------------------------------------------
    def caller_number(self) -> str | None:
        """The number typed, normalised, or None when it is not one; said beside the field."""
        raw = self.phone.text().strip()
        try:
            number = normalise_phone(raw)
        except IntakeError:
            number = None
        self.phone_state.setText(
            "✓ " + number if number else self.tr("chưa đúng số") if raw else ""
        )
        return number

    def _text_changed(self) -> None:
        text = f"{self.title_edit.text()}\n{self.description.toPlainText()}"
        words = rude_words(text)
        self.rude.setText(
            self.tr(
                "⚠ Có từ ngữ thiếu chuẩn mực: {0}. Phản ánh vẫn được tiếp "
                "nhận và được đánh dấu để xem xét."
            ).format(", ".join(words))
        )
        self.content_form.setRowVisible(self.rude, bool(words))
        self._suggestion = suggest_category(text, self._categories) if self._loaded else None
        self._show_suggestion()

    def _show_suggestion(self) -> None:
        code = self._suggestion
        show = bool(code) and code != self.category.currentData()
        if show:
            name = next(c.name for c in self._categories if c.code == code)
            self.suggest.setText(self.tr("Gợ&i ý lĩnh vực: {0}").format(name.replace("&", "&&")))
        self.content_form.setRowVisible(self.suggest, show)

    def _apply_suggestion(self) -> None:
        index = self.category.findData(self._suggestion)
        if index >= 0:
            self.category.setCurrentIndex(index)
            self.category.setFocus()

    def _channel_changed(self) -> None:
        """The caller's fields as the province's rule asks for this channel: none where the
        IOC raised the report itself (Lai Châu Điều 7.1, camera)."""
        code = self.channel.currentData() or ""
        rule = self.profile.completeness
        self.reporter_rule.setText(reporter_rule_text(rule, code))
        citizen = asked_of_reporter(rule, code) is not None
        for w in (
            self.phone,
            self.reporter_name,
            self.honorific,
            self.email,
            self.address,
            self.confidential,
        ):
            w.setEnabled(citizen)

    def _category_changed(self) -> None:
        code = self.category.currentData()
        try:  # the profile handles some categories as emergencies: show it
            urgent = bool(code) and self.profile.category(code).emergency
        except KeyError:
            urgent = False
        if urgent and not self.emergency.isChecked():
            self.emergency.setChecked(True)
            self._auto_emergency = True
        elif not urgent and self._auto_emergency:
            self.emergency.setChecked(False)
            self._auto_emergency = False
        self._show_suggestion()

    # -- what was typed -----------------------------------------------------------------------
    def draft(self, attachments: list[Path]) -> ReportDraft:
        return ReportDraft(
            channel=self.channel.currentData() or "",
            title=self.title_edit.text(),
            description=self.description.toPlainText(),
            place=self.place.text(),
            area=self.area.value(),
            occurred_at=py_datetime(self.occurred.dateTime()),
            reporter_name=self.reporter_name.text(),
            reporter_honorific=self.honorific.currentText(),
            reporter_phone=self.phone.text(),
            reporter_email=self.email.text(),
            reporter_address=self.address.text(),
            confidential=self.confidential.isChecked(),
            state_secret=self.state_secret.isChecked(),
            emergency=self.emergency.isChecked(),
            category=self.category.currentData(),
            attachments=attachments,
        )

    def focus_field(self, field: str | None) -> None:
        """The cursor to the field the services refused (IntakeError.field names it), its text
        selected to be typed over."""
        widget = self.field_widget(field)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def field_widget(self, field: str | None) -> QWidget | None:
        """The widget of a ReportDraft field; None for the attachments, not on the form."""
        return {
            "channel": self.channel,
            "title": self.title_edit,
            "description": self.description,
            "place": self.place,
            "area": self.area,
            "occurred_at": self.occurred,
            "reporter_name": self.reporter_name,
            "reporter_honorific": self.honorific,
            "reporter_phone": self.phone,
            "reporter_email": self.email,
            "reporter_address": self.address,
            "confidential": self.confidential,
            "emergency": self.emergency,
            "state_secret": self.state_secret,
            "category": self.category,
        }.get(field or "")

    def snapshot(self) -> tuple:
        """The texts (stripped) first, then every choice: equal when nothing was edited."""
        texts = [
            w.text()
            for w in (
                self.phone,
                self.reporter_name,
                self.email,
                self.address,
                self.title_edit,
                self.place,
            )
        ]
        texts += [self.description.toPlainText(), self.area.currentText()]
        return (
            tuple(t.strip() for t in texts),
            self.channel.currentIndex(),
            self.honorific.currentIndex(),
            self.category.currentIndex(),
            self.confidential.isChecked(),
            self.emergency.isChecked(),
            self.state_secret.isChecked(),
            self.occurred.dateTime(),
        )

    def has_text(self) -> bool:
        return any(self.snapshot()[0])

    def clear(self) -> None:
        """Empty for the next call (the channel stays)."""
        for w in (
            self.phone,
            self.reporter_name,
            self.email,
            self.address,
            self.title_edit,
            self.place,
        ):
            w.clear()
        self.description.clear()
        self.honorific.setCurrentText("Ông/Bà")
        self.confidential.setChecked(False)
        self.state_secret.setChecked(False)
        self.category.setCurrentIndex(0)
        self.emergency.setChecked(False)
        self._auto_emergency = False
        self.area.setCurrentIndex(0)
        self.area.clearEditText()
        self.occurred.setDateTime(self.clock())
