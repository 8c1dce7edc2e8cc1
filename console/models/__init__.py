"""The schema: SQLAlchemy 2.0 typed declarative entities and nothing else."""

from console.models.activity import (
    Attachment,
    Consultation,
    Extension,
    Feedback,
    HistoryEntry,
    ProgressNote,
    Result,
)
from console.models.audit import AuditEntry
from console.models.base import Base
from console.models.catalog import CalendarOverride, Category, Channel, CodeSequence, Meta
from console.models.enums import (
    FINAL_STATUSES,
    ROLE_LABELS,
    STATUS_LABELS,
    ExtensionStatus,
    OverrideKind,
    Publication,
    ReportStatus,
    Restriction,
    Role,
    UnitKind,
)
from console.models.focal import FocalPoint
from console.models.issued import IssuedReport
from console.models.open311 import ApiKey, Open311Request
from console.models.org import RememberToken, Unit, User, UserRole
from console.models.report import Report, ReportDeadline
from console.models.routing_ref import AreaDefault, CategoryClock
from console.models.stats import StatDaily, StatReport

__all__ = [
    "FINAL_STATUSES",
    "ROLE_LABELS",
    "STATUS_LABELS",
    "ApiKey",
    "AreaDefault",
    "Attachment",
    "AuditEntry",
    "Base",
    "CalendarOverride",
    "Category",
    "CategoryClock",
    "Channel",
    "CodeSequence",
    "Consultation",
    "Extension",
    "ExtensionStatus",
    "Feedback",
    "FocalPoint",
    "HistoryEntry",
    "IssuedReport",
    "Meta",
    "Open311Request",
    "OverrideKind",
    "ProgressNote",
    "Publication",
    "RememberToken",
    "Report",
    "ReportDeadline",
    "ReportStatus",
    "Restriction",
    "Result",
    "Role",
    "StatDaily",
    "StatReport",
    "Unit",
    "UnitKind",
    "User",
    "UserRole",
]
