"""The labels the workflow, the states and the clocks define, repeated as literals so that
``pyside6-lupdate`` extracts them (context "Labels"), and looked up in the interface language.
``tests/views/test_action_dialogs.py`` checks they match the core's tables word for word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.models import ReportStatus
from console.sla import Remaining, SlaState
from console.views.typed import QT_TRANSLATE_NOOP

ACTION_TEXT = {
    "submit": QT_TRANSLATE_NOOP("Labels", "Tiếp nhận"),
    "request_info": QT_TRANSLATE_NOOP("Labels", "Đề nghị bổ sung"),
    "supplement": QT_TRANSLATE_NOOP("Labels", "Bổ sung thông tin"),
    "reject": QT_TRANSLATE_NOOP("Labels", "Không xử lý"),
    "redirect": QT_TRANSLATE_NOOP("Labels", "Hướng dẫn kênh khác"),
    "answer_directly": QT_TRANSLATE_NOOP("Labels", "Giải đáp tại tổng đài"),
    "classify": QT_TRANSLATE_NOOP("Labels", "Phân loại"),
    "link": QT_TRANSLATE_NOOP("Labels", "Gộp phản ánh trùng"),
    "forward": QT_TRANSLATE_NOOP("Labels", "Chuyển xử lý"),
    "delegate": QT_TRANSLATE_NOOP("Labels", "Giao đơn vị xử lý"),
    "accept": QT_TRANSLATE_NOOP("Labels", "Nhận xử lý"),
    "return_to_ioc": QT_TRANSLATE_NOOP("Labels", "Trả lại IOC"),
    "return_to_team": QT_TRANSLATE_NOOP("Labels", "Trả lại Tổ xử lý"),
    "answer_consultation": QT_TRANSLATE_NOOP("Labels", "Ghi ý kiến đơn vị phối hợp"),
    "report_cause": QT_TRANSLATE_NOOP("Labels", "Báo cáo nguyên nhân, dự kiến thời gian"),
    "record_field_check": QT_TRANSLATE_NOOP("Labels", "Kiểm tra thực tế"),
    "post_progress": QT_TRANSLATE_NOOP("Labels", "Cập nhật tiến độ"),
    "request_extension": QT_TRANSLATE_NOOP("Labels", "Đề nghị gia hạn"),
    "approve_extension": QT_TRANSLATE_NOOP("Labels", "Duyệt gia hạn"),
    "refuse_extension": QT_TRANSLATE_NOOP("Labels", "Không duyệt gia hạn"),
    "submit_result": QT_TRANSLATE_NOOP("Labels", "Gửi kết quả"),
    "approve": QT_TRANSLATE_NOOP("Labels", "Phê duyệt"),
    "edit_and_approve": QT_TRANSLATE_NOOP("Labels", "Sửa và phê duyệt"),
    "return_for_rework": QT_TRANSLATE_NOOP("Labels", "Trả lại xử lý lại"),
    "publish": QT_TRANSLATE_NOOP("Labels", "Công khai / trả lời"),
    "add_feedback": QT_TRANSLATE_NOOP("Labels", "Ghi phản hồi"),
    "rate": QT_TRANSLATE_NOOP("Labels", "Ghi đánh giá"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "Xử lý lại"),
    "escalate": QT_TRANSLATE_NOOP("Labels", "Báo cáo UBND"),
    "direct": QT_TRANSLATE_NOOP("Labels", "Chỉ đạo"),
    "close": QT_TRANSLATE_NOOP("Labels", "Đóng"),
    "restrict": QT_TRANSLATE_NOOP("Labels", "Hạn chế công khai"),
    "notify_reporter": QT_TRANSLATE_NOOP("Labels", "Báo tin người phản ánh"),
}
STATUS_TEXT = {
    ReportStatus.RECEIVED: QT_TRANSLATE_NOOP("Labels", "Mới tiếp nhận"),
    ReportStatus.NEEDS_INFO: QT_TRANSLATE_NOOP("Labels", "Chờ bổ sung"),
    ReportStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "Không xử lý"),
    ReportStatus.REDIRECTED: QT_TRANSLATE_NOOP("Labels", "Hướng dẫn kênh khác"),
    ReportStatus.ANSWERED_DIRECTLY: QT_TRANSLATE_NOOP("Labels", "Đã giải đáp tại tổng đài"),
    ReportStatus.FORWARDED: QT_TRANSLATE_NOOP("Labels", "Đã chuyển xử lý"),
    ReportStatus.RETURNED: QT_TRANSLATE_NOOP("Labels", "Trả lại IOC"),
    ReportStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "Đang xử lý"),
    ReportStatus.PENDING_APPROVAL: QT_TRANSLATE_NOOP("Labels", "Chờ phê duyệt"),
    ReportStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Đã phê duyệt"),
    ReportStatus.PUBLISHED: QT_TRANSLATE_NOOP("Labels", "Đã trả lời"),
    ReportStatus.REOPENED: QT_TRANSLATE_NOOP("Labels", "Xử lý lại"),
    ReportStatus.ESCALATED: QT_TRANSLATE_NOOP("Labels", "Báo cáo UBND"),
    ReportStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Đã đóng"),
}
SLA_TEXT = {
    SlaState.NONE: "",
    SlaState.ON_TIME: QT_TRANSLATE_NOOP("Labels", "Trong hạn"),
    SlaState.DUE_SOON: QT_TRANSLATE_NOOP("Labels", "Sắp đến hạn"),
    SlaState.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Trễ hạn"),
    SlaState.PAUSED: QT_TRANSLATE_NOOP("Labels", "Tạm dừng"),
}
STAGE_TEXT = {
    "check": QT_TRANSLATE_NOOP("Labels", "Kiểm tra thông tin"),
    "route": QT_TRANSLATE_NOOP("Labels", "Phân loại, chuyển xử lý"),
    "accept": QT_TRANSLATE_NOOP("Labels", "Nhận xử lý"),
    "return": QT_TRANSLATE_NOOP("Labels", "Trả lại nếu không đúng thẩm quyền"),
    "return_field_check": QT_TRANSLATE_NOOP("Labels", "Trả lại (có kiểm tra thực tế)"),
    "handle": QT_TRANSLATE_NOOP("Labels", "Xử lý"),
    "notify_progress": QT_TRANSLATE_NOOP("Labels", "Thông báo tiến độ"),
    "approve": QT_TRANSLATE_NOOP("Labels", "Phê duyệt kết quả"),
    "verify": QT_TRANSLATE_NOOP("Labels", "Tổ kiểm tra kết quả"),
    "publish": QT_TRANSLATE_NOOP("Labels", "Biên tập, trả lời"),
    "consult": QT_TRANSLATE_NOOP("Labels", "Đơn vị được lấy ý kiến trả lời"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text) if text else ""


def action_text(action: str) -> str:
    return _t(ACTION_TEXT.get(action, action))


def status_text(status: ReportStatus) -> str:
    return _t(STATUS_TEXT[status])


def sla_text(state: SlaState) -> str:
    return _t(SLA_TEXT[state])


def stage_text(stage: str) -> str:
    return _t(STAGE_TEXT.get(stage, stage))


# Time left on a clock: (days, hours, minutes), then (overdue, working time) -> the phrase.
SPAN_TEXT = (
    QT_TRANSLATE_NOOP("Labels", "{0} ngày"),
    QT_TRANSLATE_NOOP("Labels", "{0} giờ"),
    QT_TRANSLATE_NOOP("Labels", "{0} phút"),
)
LEFT_TEXT = {
    (False, True): QT_TRANSLATE_NOOP("Labels", "còn {0} làm việc"),
    (False, False): QT_TRANSLATE_NOOP("Labels", "còn {0}"),
    (True, True): QT_TRANSLATE_NOOP("Labels", "quá hạn {0} làm việc"),
    (True, False): QT_TRANSLATE_NOOP("Labels", "quá hạn {0}"),
}


def remaining_text(left: Remaining | None, *, short: bool = False) -> str:
    """Time left on a clock in the interface language: 'còn 2 giờ 15 phút làm việc'.
    ``short`` is the badge's form: the two largest units, without "làm việc" (the
    tooltip keeps the full text)."""
    if left is None:
        return ""
    span = left.span()
    parts = [_t(SPAN_TEXT[i]).format(n) for i, n in enumerate(span) if n]
    parts = parts or [_t(SPAN_TEXT[2]).format(0)]
    text = " ".join(parts[:2] if short else parts)
    return _t(LEFT_TEXT[left.overdue, left.working and not short]).format(text)


def label_text(vietnamese: str) -> str:
    """A label the core stored as its Vietnamese text (an action's, a state's), in the
    interface language; a text that is no label stays as it is."""
    return QCoreApplication.translate("Labels", vietnamese)
