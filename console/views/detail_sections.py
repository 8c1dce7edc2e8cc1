"""The parts of the detail pane, each built from a ReportDetail: header, report, reporter,
completeness checklist, deadlines, attachments, results, progress notes and the timeline."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.services.detail import ReportDetail
from console.sla import SlaState
from console.views.label_text import (
    action_text,
    remaining_text,
    sla_text,
    stage_text,
    status_text,
)
from console.views.typed import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
SLA_COLOURS = {
    SlaState.ON_TIME: "#1b5e20",
    SlaState.DUE_SOON: "#b26a00",
    SlaState.OVERDUE: "#b00020",
    SlaState.PAUSED: "#555555",
    SlaState.NONE: "#555555",
}
BADGE = (
    "QLabel {{ background: {0}; color: white; border-radius: 3px; padding: 2px 6px; "
    "font-weight: bold; }}"
)
MISSING_STYLE = "color: #b00020; font-weight: bold; background: #fdecea;"
DEADLINE_HEADERS = (
    QT_TRANSLATE_NOOP("DetailPane", "Bước"),
    QT_TRANSLATE_NOOP("DetailPane", "Hạn"),
    QT_TRANSLATE_NOOP("DetailPane", "Hạn ban đầu"),
    QT_TRANSLATE_NOOP("DetailPane", "Tình trạng"),
    QT_TRANSLATE_NOOP("DetailPane", "Còn lại / hoàn thành"),
)


def fmt(at: datetime | None) -> str:
    return at.strftime("%H:%M %d/%m/%Y") if at else ""


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    unit, value = ("KB", size / 1024) if size < 1024 * 1024 else ("MB", size / 1024 / 1024)
    return f"{value:.1f} {unit}".replace(".", ",")


def _html(text: str | None) -> str:
    return html.escape(text or "").replace("\n", "<br>")


def _label(text: str, name: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def _badge(text: str, colour: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setStyleSheet(BADGE.format(colour))
    return label


def header(d: ReportDetail) -> QWidget:
    box = QWidget()
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    line = QHBoxLayout()
    code = _label(d.code, "detailCode")
    code.setStyleSheet("font-size: 15px; font-weight: bold;")
    line.addWidget(code)
    line.addWidget(_badge(status_text(d.status), "#37474f", "detailStatus"))
    badges = (
        (d.emergency, translate("DetailPane", "KHẨN CẤP"), "#b00020", "badgeEmergency"),
        (
            d.confidential,
            translate("DetailPane", "Giữ bí mật người phản ánh"),
            "#6a1b9a",
            "badgeConfidential",
        ),
        (d.late, translate("DetailPane", "Trễ hạn"), "#b00020", "badgeLate"),
        (
            d.restriction == "state_secret",
            translate("DetailPane", "Bí mật nhà nước"),
            "#4a148c",
            "badgeStateSecret",
        ),
        (
            d.restriction == "reputational",
            translate("DetailPane", "Ảnh hưởng uy tín tổ chức, cá nhân"),
            "#4a148c",
            "badgeReputational",
        ),
        (
            d.flagged_wording,
            translate("DetailPane", "Ngôn từ cần xem xét"),
            "#8a4b00",
            "badgeWording",
        ),
    )
    for shown, text, colour, name in badges:
        if shown:
            line.addWidget(_badge(text, colour, name))
    if d.sla is not SlaState.NONE:
        parts = (sla_text(d.sla), remaining_text(d.sla_left))
        sla = _label(" · ".join(p for p in parts if p), "detailSla")
        sla.setWordWrap(False)
        sla.setStyleSheet(f"color: {SLA_COLOURS[d.sla]}; font-weight: bold;")
        line.addWidget(sla)
    line.addStretch(1)
    col.addLayout(line)
    title = _label(d.title, "detailTitle")
    title.setStyleSheet("font-size: 14px; font-weight: bold;")
    col.addWidget(title)
    return box


def report_box(d: ReportDetail) -> QGroupBox:
    box = QGroupBox(translate("DetailPane", "Nội dung phản ánh"))
    form = QFormLayout(box)
    form.addRow(
        _label(d.description or translate("DetailPane", "(không có nội dung)"), "detailDescription")
    )
    rows = (
        (translate("DetailPane", "Địa điểm:"), d.place),
        (translate("DetailPane", "Địa bàn:"), d.area or ""),
        (translate("DetailPane", "Kênh tiếp nhận:"), d.channel),
        (
            translate("DetailPane", "Lĩnh vực:"),
            d.category or translate("DetailPane", "Chưa phân loại"),
        ),
        (translate("DetailPane", "Đơn vị đang giữ:"), d.unit),
        (translate("DetailPane", "Tiếp nhận lúc:"), fmt(d.received_at)),
        (translate("DetailPane", "Thời điểm xảy ra:"), fmt(d.occurred_at)),
    )
    for label, value in rows:
        if value:
            form.addRow(label, _label(value))
    return box


def reporter_box(d: ReportDetail) -> QGroupBox:
    """The reporter, or the service's mask and a note where this person may not see them."""
    box = QGroupBox(translate("DetailPane", "Người phản ánh"))
    box.setObjectName("reporterBox")
    form = QFormLayout(box)
    r = d.reporter
    note = ""
    if not d.reporter_visible:
        note = translate("DetailPane", "Thông tin người phản ánh được ẩn")
    elif d.confidential:
        note = translate(
            "DetailPane", "Người phản ánh đề nghị giữ bí mật: không công bố họ tên, liên hệ"
        )
    if note:
        label = _label(note, "reporterNote")
        label.setStyleSheet("color: #6a1b9a; font-style: italic;")
        form.addRow(label)
    name = r.name
    if d.reporter_visible:
        name = f"{r.honorific} {r.name}" if r.name else translate("DetailPane", "(chưa có họ tên)")
    rows = (
        (translate("DetailPane", "Họ tên:"), name, "reporterName"),
        (translate("DetailPane", "Điện thoại:"), r.phone, "reporterPhone"),
        (translate("DetailPane", "Thư điện tử:"), r.email, "reporterEmail"),
        (translate("DetailPane", "Địa chỉ:"), r.address, "reporterAddress"),
    )
    for label_text, value, key in rows:
        if value:
            form.addRow(label_text, _label(value, key))
    return box


def checklist_box(d: ReportDetail) -> QGroupBox:
    # the province's own article (the core's rule): Điều 5, Bước 1.1, Điều 3.1, Điều 5.1
    box = QGroupBox(translate("DetailPane", "Kiểm tra thông tin ({0})").format(d.checklist_rule))
    box.setObjectName("checklist")
    col = QVBoxLayout(box)
    gaps = [i for i in d.checklist if not i.ok]
    summary = (
        translate("DetailPane", "Còn thiếu {0} mục: chưa thể chuyển xử lý").format(len(gaps))
        if gaps
        else translate("DetailPane", "Đủ thông tin theo quy định")
    )
    if not gaps:
        summary = f"✔ {summary} ({len(d.checklist)}/{len(d.checklist)})"
    head = _label(summary, "checklistSummary")
    head.setStyleSheet(f"font-weight: bold; color: {'#b00020' if gaps else '#1b5e20'};")
    col.addWidget(head)
    for item in d.checklist if gaps else []:  # complete: the summary says it all
        label = _label(f"{'✔' if item.ok else '✘'} {item.label}", f"check_{item.key}")
        label.setProperty("missing", not item.ok)
        label.setStyleSheet("color: #1b5e20;" if item.ok else MISSING_STYLE)
        col.addWidget(label)
    return box


def _fit_height(table: QTableWidget) -> None:
    """One line per row, the whole table shown (the pane scrolls, not the table)."""
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    table.setFixedHeight(height + table.rowCount() * rows.defaultSectionSize() + 2)


def deadline_box(d: ReportDetail) -> QGroupBox:
    box = QGroupBox(translate("DetailPane", "Thời hạn từng bước"))
    table = QTableWidget(len(d.deadlines), len(DEADLINE_HEADERS))
    table.setObjectName("deadlineTable")
    table.setHorizontalHeaderLabels([translate("DetailPane", h) for h in DEADLINE_HEADERS])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for row, v in enumerate(d.deadlines):
        done = (
            translate("DetailPane", "hoàn thành {0}").format(fmt(v.completed_at))
            if v.completed_at
            else ""
        )
        values = (
            stage_text(v.stage),
            fmt(v.due_at),
            fmt(v.original_due_at),
            sla_text(v.state),
            remaining_text(v.left) or done,
        )
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            if col == 3:
                item.setForeground(QBrush(QColor(SLA_COLOURS[v.state])))
            table.setItem(row, col, item)
    h = table.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    h.setStretchLastSection(True)
    _fit_height(table)
    QVBoxLayout(box).addWidget(table)
    return box


def results_box(d: ReportDetail) -> QGroupBox:
    box = QGroupBox(translate("DetailPane", "Kết quả xử lý"))
    box.setObjectName("resultsBox")
    col = QVBoxLayout(box)
    if not d.results:
        col.addWidget(_label(translate("DetailPane", "Chưa có kết quả")))
    for n, (at, draft, approved, published) in enumerate(d.results, 1):
        parts = [
            translate("DetailPane", "<b>Lần {0} — gửi lúc {1}</b>").format(n, fmt(at)),
            translate("DetailPane", "<i>Dự thảo của đơn vị:</i> {0}").format(_html(draft)),
        ]
        if approved and approved != draft:
            parts.append(
                translate("DetailPane", "<i>Đã phê duyệt (có sửa):</i> {0}").format(_html(approved))
            )
        elif approved:
            parts.append(translate("DetailPane", "<i>Đã phê duyệt</i>"))
        if published:
            parts.append(
                translate("DetailPane", "<i>Đã trả lời người dân:</i> {0}").format(_html(published))
            )
        col.addWidget(_label("<br>".join(parts), "result", rich=True))
    return box


def progress_box(d: ReportDetail) -> QGroupBox:
    box = QGroupBox(translate("DetailPane", "Tiến độ xử lý"))
    col = QVBoxLayout(box)
    if not d.progress:
        col.addWidget(_label(translate("DetailPane", "Chưa có cập nhật tiến độ")))
    for at, text in d.progress:
        col.addWidget(_label(f"<b>{fmt(at)}</b> — {_html(text)}", "progress", rich=True))
    return box


def timeline_box(d: ReportDetail) -> QGroupBox:
    """The history, oldest first and newest last: who, when, what, from → to, the note."""
    box = QGroupBox(translate("DetailPane", "Lịch sử xử lý"))
    box.setObjectName("timeline")
    col = QVBoxLayout(box)
    col.setSpacing(6)
    for h in d.history:
        who = html.escape(h.actor) + (f" ({html.escape(h.unit)})" if h.unit else "")
        states = (
            f"{html.escape(h.from_status)} → {html.escape(h.to_status)}"
            if h.from_status and h.from_status != h.to_status
            else html.escape(h.to_status)
        )
        text = (
            f"<b>{fmt(h.at)}</b> · {who}<br><b>{html.escape(action_text(h.action))}</b> "
            f"<span style='color:#555'>[{states}]</span>"
        )
        if h.note:
            text += f"<br>{_html(h.note)}"
        entry = _label(text, "timelineEntry", rich=True)
        entry.setStyleSheet(
            "QLabel { border: none; border-left: 3px solid #90a4ae; padding-left: 8px; }"
        )
        col.addWidget(entry)
    return box
