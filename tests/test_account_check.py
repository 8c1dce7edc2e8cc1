"""Issue 15 item 5: a person deactivated while their console is open can no longer act.

A fault probe found ``submit`` still storing a report for an account deactivated after its
sign-in: the actor is a snapshot. Every action now reads the account in its own transaction.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.db import Database
from console.models import HistoryEntry, Report, Role
from console.profiles import load_profile
from console.services.account_check import SessionEndedError
from console.services.auth import system_actor
from console.services.console_api import ConsoleApi
from console.services.outbox import Outbox
from console.services.users import deactivate_user, reactivate_user
from tests.scenario_helpers import draft, make_province

CALL = datetime(2026, 3, 2, 9, 0)


def counts(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Report)) or 0,
            s.scalar(select(func.count()).select_from(HistoryEntry)) or 0,
        )


def test_a_deactivated_person_can_no_longer_act(any_db: Database, tmp_path: Path) -> None:
    p = make_province(any_db, load_profile("thai-nguyen"), CALL)
    api = ConsoleApi(any_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    stored = api.submit(draft(title="Trước khi bị vô hiệu hóa", category="giao_thong"))
    assert not api.account_ended()

    deactivate_user(any_db, system_actor(), "dieuhanh1")  # the console is still open
    assert api.account_ended()
    before = counts(any_db)
    with pytest.raises(SessionEndedError) as refused:
        api.submit(draft(title="Sau khi bị vô hiệu hóa"))
    assert "vô hiệu hóa" in str(refused.value)
    with pytest.raises(SessionEndedError):
        api.act("forward", stored.report_id, stored.version, unit="so_gtvt")
    assert counts(any_db) == before  # nothing written

    outbox = Outbox(tmp_path / "outbox", clock=p.clock)
    outbox.put(draft(title="Chờ gửi khi bị vô hiệu hóa"), api.actor)
    (kept,) = outbox.replay(api, api.actor)  # a refusal: it waits for an administrator
    assert kept.result is None and not kept.unreachable and "vô hiệu hóa" in kept.message
    assert len(outbox.pending()) == 1 and counts(any_db) == before

    reactivate_user(any_db, system_actor(), "dieuhanh1")
    assert (
        api.act("forward", stored.report_id, stored.version, unit="so_gtvt").version
        == stored.version + 1
    )
