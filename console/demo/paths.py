"""The action path that brings a demo report to each state, following DESIGN §2.

Pure data: which actions, in order, with the role that acts and the unit the report goes to.
The demo replays a path with the services' stage bookkeeping rules (console.services.stages);
a test checks every path against the workflow table.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.models import ReportStatus as S
from console.profiles import Profile


@dataclass(frozen=True)
class Step:
    action: str
    to: S
    role: str  # the Role value of the actor
    unit: str = ""  # "" keep, "handler", "ioc", "office", "delegate" (a team's unit)


def _router(p: Profile) -> str:
    # Lai Châu: the head of the IOC assigns reports himself.
    return "supervisor" if p.workflow.get("head_assigns") else "operator"


def _intake() -> list[Step]:
    return [Step("submit", S.RECEIVED, "operator")]


def _forwarded(p: Profile) -> list[Step]:
    steps = [
        *_intake(),
        Step("classify", S.RECEIVED, "operator"),
        Step(
            "forward",
            S.FORWARDED,
            _router(p),
            unit="handler",
        ),
    ]
    if p.workflow.get("district_team"):
        steps.append(Step("delegate", S.FORWARDED, "team", unit="delegate"))
    return steps


def _in_progress(p: Profile) -> list[Step]:
    return [
        *_forwarded(p),
        Step("accept", S.IN_PROGRESS, "officer"),
        Step("post_progress", S.IN_PROGRESS, "officer"),
    ]


def _result(p: Profile) -> list[Step]:
    if p.workflow.get("approval", True):
        return [
            *_in_progress(p),
            Step(
                "submit_result",
                S.PENDING_APPROVAL,
                "officer",
            ),
        ]
    return [
        *_in_progress(p),
        Step("submit_result", S.APPROVED, "officer"),
    ]


def _approved(p: Profile) -> list[Step]:
    steps = _result(p)
    if steps[-1].to is S.PENDING_APPROVAL:
        approver = "team" if p.workflow.get("team_verifies") else "leader"
        steps.append(Step("approve", S.APPROVED, approver))
    return steps


def _published(p: Profile) -> list[Step]:
    return [*_approved(p), Step("publish", S.PUBLISHED, "operator")]


def _returned(p: Profile) -> list[Step]:
    if p.workflow.get("district_team"):
        # Đắk Lắk: a unit returns a report to its team (Bước 3.2); the team returns to the
        # IOC one that belongs to another district or a department (III.2.b).
        forwarded = [s for s in _forwarded(p) if s.action != "delegate"]
        return [*forwarded, Step("return_to_ioc", S.RETURNED, "team", unit="ioc")]
    return [
        *_forwarded(p),
        Step(
            "return_to_ioc",
            S.RETURNED,
            "officer",
            unit="ioc",
        ),
    ]


def path_to(status: S, p: Profile) -> list[Step] | None:
    """The steps to reach ``status`` under profile ``p``, or None if it cannot occur there."""
    rate = "rate" if p.ratings else "add_feedback"
    match status:
        case S.RECEIVED:
            return _intake()
        case S.NEEDS_INFO:
            return [*_intake(), Step("request_info", S.NEEDS_INFO, "operator")]
        case S.REJECTED:
            return [*_intake(), Step("reject", S.REJECTED, "operator")]
        case S.REDIRECTED:
            if not p.workflow.get("redirect") or not p.not_accepted:
                return None
            return [*_intake(), Step("redirect", S.REDIRECTED, "operator")]
        case S.ANSWERED_DIRECTLY:
            if not p.workflow.get("answer_directly"):
                return None
            return [
                *_intake(),
                Step("answer_directly", S.ANSWERED_DIRECTLY, "operator"),
            ]
        case S.FORWARDED:
            return _forwarded(p)
        case S.RETURNED:
            return _returned(p)
        case S.IN_PROGRESS:
            return _in_progress(p)
        case S.PENDING_APPROVAL:
            steps = _result(p)
            return steps if steps[-1].to is S.PENDING_APPROVAL else None
        case S.APPROVED:
            return _approved(p)
        case S.PUBLISHED:
            return _published(p)
        case S.REOPENED:
            return [
                *_published(p),
                Step(rate, S.PUBLISHED, "operator"),
                Step("reopen", S.REOPENED, "operator", unit="handler"),
            ]
        case S.ESCALATED:
            if not p.workflow.get("escalate_to_office"):
                return None
            return [*_returned(p), Step("escalate", S.ESCALATED, "supervisor", unit="office")]
        case S.CLOSED:
            return [
                *_published(p),
                Step(rate, S.PUBLISHED, "operator"),
                Step("close", S.CLOSED, "operator"),
            ]
    return None


# How often each state shows up in a living province's database (open work is recent).
STATUS_WEIGHTS: dict[S, float] = {
    S.RECEIVED: 7,
    S.NEEDS_INFO: 4,
    S.REJECTED: 5,
    S.REDIRECTED: 3,
    S.ANSWERED_DIRECTLY: 4,
    S.FORWARDED: 7,
    S.RETURNED: 3,
    S.IN_PROGRESS: 12,
    S.PENDING_APPROVAL: 5,
    S.APPROVED: 4,
    S.PUBLISHED: 14,
    S.REOPENED: 3,
    S.ESCALATED: 2,
    S.CLOSED: 27,
}
