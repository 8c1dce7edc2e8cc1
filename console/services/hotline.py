"""The hotline's use case, one path for the intake dialog, the CLI and whatever else takes a
call (issue 14): receive the report, then, where the province has it, answer the caller on the
line (Tiền Giang Điều 9.2.a) or point them to the right number (Điều 6.5); when the database
does not answer, keep the report in the outbox (console/services/outbox.py) to be sent later.

Only the report is queued: an answer or a redirection given on the line needs the database,
and the outcome says it was not recorded. A report already stored (``saved``) is never
submitted twice: a hotline step that failed is retried alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.intake import ReportDraft
from console.services.action_base import ActionResult
from console.services.auth import AuthenticatedUser
from console.services.outbox import Outbox, is_unreachable


@dataclass(frozen=True)
class AnswerOnLine:
    """The operator answered the caller from the knowledge base (``answer_directly``)."""

    text: str


@dataclass(frozen=True)
class RedirectCall:
    """The caller was pointed to another channel (``redirect``: "113", "khieu_nai"…)."""

    target: str


Then = AnswerOnLine | RedirectCall | None


@dataclass(frozen=True)
class CallOutcome:
    report: ActionResult | None  # the stored report; None: it waits in the outbox
    final: ActionResult | None  # after the hotline step (the report itself without one)
    step_error: ValueError | None = None  # the services refused the step (the report stays)

    @property
    def queued(self) -> bool:
        return self.report is None

    @property
    def step_not_recorded(self) -> bool:
        """An answer or redirection that was asked for and is not on the report."""
        return self.report is not None and self.final is None


def take_call(
    submit: Callable[[ReportDraft], ActionResult],
    act: Callable[..., ActionResult],
    outbox: Callable[[], Outbox],
    actor: AuthenticatedUser,
    draft: ReportDraft,
    then: Then = None,
    *,
    saved: ActionResult | None = None,
    at: datetime,
) -> CallOutcome:
    """Receive ``draft`` (unless ``saved``), then take the hotline step ``then``.

    The database unreachable before the report was stored: the draft goes to the outbox
    (durable on return) and the outcome is ``queued``. Any other refusal is raised, the
    form keeps what was typed. A refused hotline step comes back in ``step_error``.
    """
    try:
        first = saved or submit(draft)
    except Exception as exc:
        if saved is not None or not is_unreachable(exc):
            raise
        outbox().put(draft, actor, at=at)
        return CallOutcome(None, None)
    if then is None:
        return CallOutcome(first, first)
    action, params = _step(then)
    try:
        return CallOutcome(first, act(action, first.report_id, first.version, **params))
    except ValueError as exc:
        return CallOutcome(first, None, exc)


def _step(then: AnswerOnLine | RedirectCall) -> tuple[str, dict[str, Any]]:
    if isinstance(then, AnswerOnLine):
        return "answer_directly", {"text": then.text}
    return "redirect", {"target": then.target}
