"""The administrator's door (issue 11): what the "Quản trị" screens ask, for one actor.

``ConsoleApi.admin`` returns one. Every action is a service function that checks the admin role
itself (``console.services.users.require_admin``) in its own transaction, so a screen that
forgot to hide a button still cannot change anything; this class only carries the actor.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from console.db import Database
from console.models import Role, User
from console.profiles import Profile
from console.services.auth import AuthenticatedUser
from console.timeutil import now_local

if TYPE_CHECKING:  # imported when the screens ask for them
    from console.services.admin_categories import CategoryAdmin
    from console.services.admin_units import UnitAdmin


class AdminApi:
    def __init__(self, db: Database, profile: Profile, actor: AuthenticatedUser,
                 clock: Callable[[], datetime] = now_local) -> None:
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

    # -- units and categories (H5) ------------------------------------------------------------
    def units(self) -> UnitAdmin:
        """Units: tree, add, rename, move, deactivate, default unit per category and area."""
        from console.services.admin_units import UnitAdmin

        return UnitAdmin(self.db, self.profile, self.actor, self.clock)

    def categories(self) -> CategoryAdmin:
        """Categories: add, rename, deactivate, default unit, the category's own clock."""
        from console.services.admin_categories import CategoryAdmin

        return CategoryAdmin(self.db, self.profile, self.actor, self.clock)
