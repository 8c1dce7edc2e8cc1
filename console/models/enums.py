"""The vocabulary of the domain: report states, roles and the kinds the schema stores."""

from __future__ import annotations

from enum import StrEnum


class ReportStatus(StrEnum):
    RECEIVED = "received"
    NEEDS_INFO = "needs_info"
    REJECTED = "rejected"
    REDIRECTED = "redirected"
    ANSWERED_DIRECTLY = "answered_directly"
    FORWARDED = "forwarded"
    RETURNED = "returned"
    IN_PROGRESS = "in_progress"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"
    PUBLISHED = "published"
    REOPENED = "reopened"
    ESCALATED = "escalated"
    CLOSED = "closed"


STATUS_LABELS: dict[ReportStatus, str] = {
    ReportStatus.RECEIVED: "Mới tiếp nhận",
    ReportStatus.NEEDS_INFO: "Chờ bổ sung",
    ReportStatus.REJECTED: "Không xử lý",
    ReportStatus.REDIRECTED: "Hướng dẫn kênh khác",
    ReportStatus.ANSWERED_DIRECTLY: "Đã giải đáp tại tổng đài",
    ReportStatus.FORWARDED: "Đã chuyển xử lý",
    ReportStatus.RETURNED: "Trả lại IOC",
    ReportStatus.IN_PROGRESS: "Đang xử lý",
    ReportStatus.PENDING_APPROVAL: "Chờ phê duyệt",
    ReportStatus.APPROVED: "Đã phê duyệt",
    ReportStatus.PUBLISHED: "Đã trả lời",
    ReportStatus.REOPENED: "Xử lý lại",
    ReportStatus.ESCALATED: "Báo cáo UBND",
    ReportStatus.CLOSED: "Đã đóng",
}

FINAL_STATUSES = frozenset(
    {
        ReportStatus.REJECTED,
        ReportStatus.REDIRECTED,
        ReportStatus.ANSWERED_DIRECTLY,
        ReportStatus.CLOSED,
    }
)


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    TEAM = "team"
    OFFICER = "officer"
    LEADER = "leader"
    OFFICE = "office"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.OPERATOR: "Tổng đài viên / người xử lý tại IOC",
    Role.SUPERVISOR: "Trưởng bộ phận điều hành IOC",
    Role.TEAM: "Tổ xử lý phản ánh, kiến nghị",
    Role.OFFICER: "Cán bộ đầu mối / người xử lý",
    Role.LEADER: "Lãnh đạo đơn vị",
    Role.OFFICE: "Văn phòng UBND",
    Role.ADMIN: "Quản trị",
}


class UnitKind(StrEnum):
    IOC = "ioc"
    OFFICE = "office"
    TEAM = "team"
    AGENCY = "agency"
    DISTRICT = "district"
    COMMUNE = "commune"


class OverrideKind(StrEnum):
    DAY_OFF = "day_off"
    WORKING_DAY = "working_day"


class Publication(StrEnum):
    """How an answer reaches people (DESIGN §2 publish)."""

    PUBLIC = "public"
    PRIVATE = "private"
    NONE = "none"


class Restriction(StrEnum):
    """Why an answer may not be public, beyond the reporter's own request."""

    NONE = "none"
    STATE_SECRET = "state_secret"
    REPUTATIONAL = "reputational"


class ExtensionStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"  # the result came before the leader decided: nothing to decide
