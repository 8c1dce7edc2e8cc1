"""Issue 15 item 2: what a person typed offline waits for an administrator when the server's
first answer ended their session; it is sent in their name only once the account is active
again, or discarded, both recorded."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.db import Database
from console.models import AuditEntry, Report, Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.outbox_actions import ActionEntry
from console.workflow import WorkflowError
from tests.outbox_helpers import unreachable
from tests.scenario_helpers import draft, make_province

MON = datetime(2026, 3, 2, 9, 0)


def test_held_entries_wait_for_the_administrator(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONSOLE_OUTBOX_DIR", str(tmp_path / "outboxes"))
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = ConsoleApi(sqlite_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    admin = ConsoleApi(sqlite_db, p.profile, p.add("quantri", "ioc", Role.ADMIN), p.clock)
    r = op.submit(draft())
    with unreachable(sqlite_db):
        op.outbox().put(draft(title="Đèn đường hỏng"), op.actor)
        op.act_or_wait("classify", r.report_id, r.version, code=r.code, category="giao_thong")
    assert op.outbox().hold("dieuhanh1", "phiên ngoại tuyến kết thúc") == 2

    # held: not sent, not even to the author, and not theirs to re-send or discard
    assert op.send_waiting() == []
    report, action = op.waiting()
    assert report.held == action.held == "phiên ngoại tuyến kết thúc"
    with pytest.raises(WorkflowError, match="quản trị viên"):
        op.reapply_waiting(action.id)
    with pytest.raises(WorkflowError, match="quản trị viên"):
        op.discard_waiting(action.id)
    with pytest.raises(ValueError, match="quản trị viên"):
        op.admin.held_outbox()  # only an administrator sees them
    assert [e.id for e in admin.admin.held_outbox()] == [report.id, action.id]

    # sent in the author's name only once the account is active again
    admin.admin.set_active("dieuhanh1", False)
    with pytest.raises(WorkflowError, match="chưa hoạt động lại"):
        admin.admin.release_held("dieuhanh1")
    assert len(admin.admin.held_outbox()) == 2
    admin.admin.set_active("dieuhanh1", True)
    done = admin.admin.release_held("dieuhanh1")
    assert [d.result is not None for d in done] == [True, True]
    assert op.waiting() == [] and admin.admin.held_outbox() == []
    with sqlite_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Report)) == 2
        assert s.scalar(select(Report.title).where(Report.id != r.report_id)) == "Đèn đường hỏng"
        (release,) = s.scalars(select(AuditEntry).where(AuditEntry.action == "outbox.release"))
    assert release.target == "user:dieuhanh1" and release.actor_name == "quantri"


def test_the_administrator_discards_a_held_entry(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONSOLE_OUTBOX_DIR", str(tmp_path / "outboxes"))
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = ConsoleApi(sqlite_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    admin = ConsoleApi(sqlite_db, p.profile, p.add("quantri", "ioc", Role.ADMIN), p.clock)
    r = op.submit(draft())
    with unreachable(sqlite_db):
        entry = op.act_or_wait("reject", r.report_id, r.version, code=r.code, note="Trùng")
    assert isinstance(entry, ActionEntry)
    op.outbox().hold("dieuhanh1", "phiên ngoại tuyến kết thúc")
    admin.admin.discard_held(entry.id)
    assert op.waiting() == []
    with sqlite_db.session() as s:
        (row,) = s.scalars(select(AuditEntry).where(AuditEntry.action == "outbox.discard"))
    assert row.actor_name == "quantri" and row.old_value["author"] == "dieuhanh1"
    assert row.target == f"report:{r.code}"
