"""The limited mode's door (issue 15 item 2): a person signed in offline takes calls into the
outbox and nothing else; no database is touched.

The intake form's lists come from the regulation profile (what provisioning put in the
database; a category an administrator added later is missing here, and a code the server no
longer knows is refused at the replay, marked on its entry). ``take_call`` puts every report
in the outbox at once: the server is not tried from this mode, the window tries it
(OfflineVerifiers.recheck) and leaves the mode when it answers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from console.intake import ReportDraft
from console.profiles import Profile
from console.services.action_base import ActionResult
from console.services.auth import AuthenticatedUser
from console.services.capabilities import Capabilities
from console.services.console_api import CallerReport, Choice, ConsoleApi
from console.services.outbox import Outbox
from console.timeutil import now_local


class OfflineError(ConnectionError):
    """Not sent: this console works offline (an outage to ``outbox.is_unreachable``)."""


class OfflineApi(ConsoleApi):
    offline = True

    def __init__(
        self,
        db_shown: str,
        profile: Profile,
        actor: AuthenticatedUser,
        outbox: Outbox,
        clock: Callable[[], datetime] = now_local,
    ) -> None:
        super().__init__(None, profile, actor, clock)  # type: ignore[arg-type]  # no database
        self._shown = db_shown
        self._outbox = outbox

    @property
    def database_shown(self) -> str:
        return self._shown

    def outbox(self) -> Outbox:
        return self._outbox

    def capabilities(self) -> Capabilities:
        return Capabilities(
            take_intake=True,
            answer_on_the_line=False,
            redirect_calls=False,
            batch_print=False,
            open311_files=False,
            dashboard=False,
            administer=False,
        )

    def channels(self) -> list[Choice]:
        return [Choice(c.code, c.name) for c in self.profile.channels]

    def categories(self) -> list[Choice]:
        return [Choice(c.code, c.name) for c in self.profile.categories]

    def units(self) -> list[Choice]:
        return [Choice(u.code, u.name, u.parent, u.kind) for u in self.profile.units]

    def caller_history(self, phone: str, limit: int = 20) -> list[CallerReport]:
        return []  # the history is on the server

    def duplicates(self, report_id: int) -> list[Any]:
        return []

    def submit(self, draft: ReportDraft) -> ActionResult:
        raise OfflineError("offline: the report waits in the outbox")

    def act(self, action: str, report_id: int, version: int, **params: Any) -> ActionResult:
        raise OfflineError("offline: nothing but intake")
