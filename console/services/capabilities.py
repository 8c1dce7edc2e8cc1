"""What one signed-in person may do, for the screens to show only that (issue 14).

Each answer comes from the rule the services enforce: the workflow's own rules for intake and
the hotline steps, the dashboard's scope, the administrator's live account check. A screen
asks once and shows or hides; the services still refuse whatever is not allowed.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.db import Database
from console.models import ReportStatus, Role
from console.profiles import Profile
from console.services.auth import AuthenticatedUser
from console.services.dashboard import dashboard_scope
from console.workflow import rules_for

IOC_ROLES = frozenset({Role.OPERATOR, Role.SUPERVISOR})


@dataclass(frozen=True)
class Capabilities:
    take_intake: bool  # receive new reports and hotline calls
    answer_on_the_line: bool  # the hotline answers a call itself (profile flag answer_directly)
    redirect_calls: bool  # the hotline points a caller to 113/114/115… (profile flag redirect)
    batch_print: bool  # a period's reply letters in one PDF (the IOC prints them)
    open311_files: bool  # GeoReport files: export a period, import an app's requests
    dashboard: bool  # a supervision dashboard (its scope: ConsoleApi.dashboard_scope)
    administer: bool  # accounts, units, categories, calendar, audit ("Quản trị")


def _may(
    actor: AuthenticatedUser, profile: Profile, action: str, source: ReportStatus | None
) -> bool:
    return any(actor.roles & rule.roles for rule in rules_for(action, source, profile.workflow))


def capabilities_of(db: Database, profile: Profile, actor: AuthenticatedUser) -> Capabilities:
    from console.services.admin_api import AdminApi

    intake = _may(actor, profile, "submit", None)
    ioc = bool(actor.roles & IOC_ROLES)
    return Capabilities(
        take_intake=intake,
        answer_on_the_line=intake
        and _may(actor, profile, "answer_directly", ReportStatus.RECEIVED),
        redirect_calls=intake and _may(actor, profile, "redirect", ReportStatus.RECEIVED),
        batch_print=ioc,
        open311_files=ioc,
        dashboard=dashboard_scope(actor) is not None,
        administer=AdminApi(db, profile, actor).allowed(),
    )
