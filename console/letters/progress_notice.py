"""The citizen's progress notice: what the IOC sends back through the report's channel while
a unit is still handling it (Thái Nguyên Điều 8 Bước 3: "quá 03 ngày mà chưa có kết quả thì
phải thông báo cho tổ chức, cá nhân phản ánh và IOC Thái Nguyên biết tình trạng đang giải
quyết"; Tiền Giang Điều 9.1.b, Đắk Lắk Bước 3.2: the expected date, "để thông báo cho tổ chức,
cá nhân biết").

The unit's latest notice for the citizen (a progress note marked for them, or an approved
extension) is worded as a short notice to the reporter; the IOC's queue "Thông báo tiến độ"
lists the reports that have one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import ProgressNote, Report, ReportDeadline, Unit, UnitKind


@dataclass(frozen=True)
class ProgressNotice:
    code: str
    at: datetime  # when the unit gave the news
    channel: str  # the way the report came in: the notice goes back the same way
    recipient: str  # "Bà Đặng Thị Hường"
    contact: str  # the phone number or e-mail it goes to ("" through the app or portal)
    text: str


def progress_notice(session: Session, report_id: int) -> ProgressNotice | None:
    """The notice of the unit's latest news for the citizen, or None when it has given none."""
    report = session.get(Report, report_id)
    note = session.scalar(
        select(ProgressNote)
        .where(ProgressNote.report_id == report_id, ProgressNote.notify_citizen.is_(True))
        .order_by(ProgressNote.at.desc(), ProgressNote.id.desc())
        .limit(1)
    )
    if report is None or note is None:
        return None
    unit = session.get(Unit, note.unit_id) if note.unit_id else None
    ioc = session.scalar(select(Unit).where(Unit.kind == UnitKind.IOC))
    due = session.scalar(
        select(ReportDeadline.due_at)
        .where(
            ReportDeadline.report_id == report_id,
            ReportDeadline.stage == "handle",
            ReportDeadline.completed_at.is_(None),
        )
        .limit(1)
    )
    recipient = f"{report.reporter_honorific} {report.reporter_name}".strip()
    lines = [
        f"Kính gửi {recipient or 'Ông/Bà'},",
        f"{ioc.short_name if ioc else 'Trung tâm'} thông báo: phản ánh mã {report.code} "
        f"“{report.title}” tiếp nhận ngày {report.received_at:%d/%m/%Y} đang được "
        f"{unit.name if unit else 'cơ quan xử lý'} giải quyết.",
        f"Tình hình xử lý đến ngày {note.at:%d/%m/%Y}: {note.text}",
    ]
    if due is not None:
        lines.append(f"Thời hạn giải quyết: trước {due:%H:%M} ngày {due:%d/%m/%Y}.")
    lines.append(f"Kết quả xử lý sẽ được gửi đến Ông/Bà qua {report.channel.name}.")
    contact = report.reporter_phone or report.reporter_email or ""
    return ProgressNotice(
        report.code, note.at, report.channel.name, recipient, contact, "\n".join(lines)
    )
