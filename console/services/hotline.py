"""The hotline's use case, one path for the intake dialog, the CLI and whatever else takes a
call (issue 14): receive the report, then, where the province has it, answer the caller on the
line (Tiền Giang Điều 9.2.a) or point them to the right number (Điều 6.5); when the database
does not answer, keep the report in the outbox (console/services/outbox.py) to be sent later.

The answer or redirection given on the line waits too (console/services/outbox_actions.py):
behind the report in the outbox when the report itself could not be sent, or alone, against
the stored report's version, when the report landed and the step did not. A report already
stored (``saved``) is never submitted twice: a hotline step that failed is retried alone.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.intake import ReportDraft
from console.services.action_base import ActionResult, client_key
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
    step_queued: bool = False  # the answer or redirection waits in the outbox

    @property
    def queued(self) -> bool:
        return self.report is None

    @property
    def step_not_recorded(self) -> bool:
        """An answer or redirection that was asked for, is not on the report and does not
        wait in the outbox either (the services refused it)."""
        return self.report is not None and self.final is None and not self.step_queued


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
    (durable on return), the step behind it, and the outcome is ``queued``. Unreachable after
    the report was stored: the step waits alone (``step_queued``). Any other refusal is
    raised, the form keeps what was typed. A refused hotline step comes back in ``step_error``.
    """
    try:
        first = saved or submit(draft)
    except Exception as exc:
        if saved is not None or not is_unreachable(exc):
            raise
        box = outbox()
        entry = box.put(draft, actor, at=at)
        if then is not None:
            action, params = _step(then)
            box.put_action(action, (None, None, None), params, actor, after=entry.key, at=at)
        return CallOutcome(None, None, step_queued=then is not None)
    if then is None:
        return CallOutcome(first, first)
    action, params = _step(then)
    key = str(uuid.uuid4())  # on the history row: a lost acknowledgement is found again
    try:
        with client_key(key):
            return CallOutcome(first, act(action, first.report_id, first.version, **params))
    except ValueError as exc:
        return CallOutcome(first, None, exc)
    except Exception as exc:
        if not is_unreachable(exc):
            raise
        report = (first.report_id, first.code, first.version)
        outbox().put_action(action, report, params, actor, at=at, key=key)
        return CallOutcome(first, None, step_queued=True)


def _step(then: AnswerOnLine | RedirectCall) -> tuple[str, dict[str, Any]]:
    if isinstance(then, AnswerOnLine):
        return "answer_directly", {"text": then.text}
    return "redirect", {"target": then.target}
