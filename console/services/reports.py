"""The workflow's actions on reports (DESIGN §2): one method each, one transaction each.

The GUI, the CLI and the tests all act through ``ReportService``; the rules live in
console.workflow (who may do what, from which state) and console.services.stages (clocks).
"""

from __future__ import annotations

from console.services.action_base import ActionResult, ConflictError
from console.services.answer_actions import AnswerActions
from console.services.extension_actions import ExtensionActions
from console.services.handling_actions import HandlingActions
from console.services.intake_actions import IntakeActions
from console.services.restriction_actions import RestrictionActions
from console.services.routing_actions import RoutingActions


class ReportService(
    IntakeActions,
    RoutingActions,
    HandlingActions,
    ExtensionActions,
    AnswerActions,
    RestrictionActions,
):
    """Every action on a report, for one province's database."""


__all__ = ["ActionResult", "ConflictError", "ReportService"]
