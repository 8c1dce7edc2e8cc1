"""The administrator's door (issue 11): what the "Quản trị" screens ask, for one actor.

``ConsoleApi.admin`` returns one. Every action is a service function that checks the admin role
itself (``console.services.users.require_admin``) in its own transaction, so a screen that
forgot to hide a button still cannot change anything; this class only carries the actor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from console.db import Database
from console.models import OverrideKind, Role, User
from console.profiles import Profile
from console.services.auth import AuthenticatedUser
from console.timeutil import now_local

if TYPE_CHECKING:  # imported when the screens ask for them
    from console.services.admin_categories import CategoryAdmin
    from console.services.admin_units import UnitAdmin
    from console.services.api_keys import ApiKeyInfo
    from console.services.audit import AuditRow
    from console.services.calendar_admin import CalendarYear, DayChange
    from console.services.user_admin import FocalUnit
    from console.services.users import UserSummary


class AdminApi:
    def __init__(
        self,
        db: Database,
        profile: Profile,
        actor: AuthenticatedUser,
        clock: Callable[[], datetime] = now_local,
    ) -> None:
        self.db = db
        self.profile = profile
        self.actor = actor
        self.clock = clock

    def allowed(self) -> bool:
        """Is this person an administrator now (the account still active and an admin)?
        The main window shows the "Quản trị" menu on this answer."""
        if Role.ADMIN not in self.actor.roles:
            return False
        if self.actor.id is None:
            return True
        with self.db.session() as s:
            user = s.get(User, self.actor.id)
            return user is not None and user.active and Role.ADMIN in user.role_set

    # -- accounts, calendar, audit (issue 11 part A) ----------------------------------------
    def users(self, **filters: Any) -> list[UserSummary]:
        """Accounts by text, unit_code, role, active, locked (user_admin.search_users)."""
        from console.services.user_admin import search_users

        return search_users(self.db, self.actor, now=self.clock(), **filters)

    def unit_choices(self) -> list[tuple[str, str]]:
        """(code, name) of every active unit, for the account form and the filters."""
        from sqlalchemy import select

        from console.models import Unit

        with self.db.session() as s:
            return [
                (c, n)
                for c, n in s.execute(
                    select(Unit.code, Unit.name).where(Unit.active.is_(True)).order_by(Unit.id)
                )
            ]

    def add_user(
        self,
        *,
        username: str,
        full_name: str,
        unit_code: str,
        roles: Iterable[Role | str],
        password: str | None = None,
    ) -> str:
        """A new account; the password (typed or generated) to hand over once."""
        from console.services.user_admin import add_user

        return add_user(
            self.db,
            self.actor,
            username=username,
            full_name=full_name,
            unit_code=unit_code,
            roles=roles,
            password=password,
            now=self.clock(),
        )

    def update_user(self, username: str, **changes: Any) -> bool:
        """Change full_name, unit_code, roles; False when nothing changed."""
        from console.services.user_admin import update_user

        return update_user(self.db, self.actor, username, now=self.clock(), **changes)

    def reset_password(self, username: str, password: str | None = None) -> str:
        from console.services.users import reset_password

        return reset_password(self.db, self.actor, username, password, now=self.clock())

    def unlock(self, username: str) -> bool:
        from console.services.user_admin import unlock_user

        return unlock_user(self.db, self.actor, username, now=self.clock())

    def set_active(self, username: str, active: bool) -> bool:
        from console.services.users import deactivate_user, reactivate_user

        if active:
            return reactivate_user(self.db, self.actor, username, now=self.clock())
        return deactivate_user(self.db, self.actor, username, now=self.clock())

    # -- the outbox of an ended session (issue 15 item 2) -------------------------------------
    def held_outbox(self) -> list[Any]:
        """The entries on this workstation held because their author's session ended
        (console/services/outbox_admin.py), oldest first."""
        from console.services.outbox_admin import held_entries

        return held_entries(self._outbox(), self.db, self.actor)

    def release_held(self, username: str) -> list[Any]:
        """Send ``username``'s held entries in their name; refused while the account is not
        active again. The Replayed of each entry."""
        from console.services.outbox_admin import release

        return release(self._outbox(), self.db, self.profile, self.actor, username, self.clock)

    def discard_held(self, entry_id: str) -> None:
        """Drop one held entry (recorded in the audit trail)."""
        from console.services.outbox_admin import discard_held

        discard_held(self._outbox(), self.db, self.actor, entry_id)

    def _outbox(self) -> Any:
        from console.services.outbox import Outbox, default_dir

        return Outbox(default_dir(self.db.url), clock=self.clock)

    def revoke_remembered(self, username: str) -> int:
        from console.services.user_admin import revoke_remembered

        return revoke_remembered(self.db, self.actor, username, now=self.clock())

    def focal_officers(self) -> list[FocalUnit]:
        """Each handling unit's focal officers and leaders (user_admin.focal_officers)."""
        from console.services.user_admin import focal_officers

        return focal_officers(self.db, self.actor)

    def calendar_year(self, year: int) -> CalendarYear:
        from console.services.calendar_admin import calendar_year

        return calendar_year(self.db, self.profile, year)

    def preview_day(self, day: date, kind: OverrideKind | None) -> DayChange:
        """How many open deadlines a change would move, and by how much (nothing written)."""
        from console.services.calendar_admin import preview_day

        return preview_day(self.db, self.profile, self.actor, day, kind)

    def change_day(
        self,
        day: date,
        kind: OverrideKind | None,
        reason: str = "",
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> DayChange:
        """Make the change and move the deadlines, in one transaction."""
        from console.services.calendar_admin import change_day

        return change_day(
            self.db, self.profile, self.actor, day, kind, reason, progress=progress, at=self.clock()
        )

    def audit(self, **filters: Any) -> list[AuditRow]:
        """Audit entries by first, last (dates), user, action, text; newest first."""
        from console.services.audit import audit_entries

        return audit_entries(self.db, self.actor, **filters)

    @staticmethod
    def audit_csv(rows: list[AuditRow]) -> str:
        from console.services.audit import to_csv

        return to_csv(rows)

    # -- the citizen apps' Open311 keys (issue 12) ----------------------------------------
    def api_keys(self) -> list[ApiKeyInfo]:
        from console.services.api_keys import list_keys

        return list_keys(self.db, self.actor)

    def add_api_key(self, name: str, channel: str) -> tuple[ApiKeyInfo, str]:
        """(the key's record, the key itself: shown this once, never stored)."""
        from console.services.api_keys import add_key

        return add_key(self.db, self.actor, name, channel)

    def revoke_api_key(self, name: str) -> bool:
        from console.services.api_keys import revoke_key

        return revoke_key(self.db, self.actor, name)

    def channel_choices(self) -> list[tuple[str, str]]:
        """(code, name) of the province's intake channels, for a key's application."""
        from console.services.api_keys import channel_choices

        return channel_choices(self.db)

    # -- units and categories (H5) ------------------------------------------------------------
    def units(self) -> UnitAdmin:
        """Units: tree, add, rename, move, deactivate, default unit per category and area."""
        from console.services.admin_units import UnitAdmin

        return UnitAdmin(self.db, self.profile, self.actor, self.clock)

    def categories(self) -> CategoryAdmin:
        """Categories: add, rename, deactivate, default unit, the category's own clock."""
        from console.services.admin_categories import CategoryAdmin

        return CategoryAdmin(self.db, self.profile, self.actor, self.clock)
