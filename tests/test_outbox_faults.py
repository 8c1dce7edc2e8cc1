"""Issue 15 item 5: the outbox never blocks and never takes a refusal for an outage.

Each test reproduces a fault probe's finding: a server error queued as an outage and blocking
every later entry; a damaged entry.json blocking every replay; a killed put's ``.tmp-`` folder
left for an hour.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from console.db import Database
from console.intake import ReportDraft
from console.models import Role
from console.profiles import load_profile
from console.services.action_base import ActionResult
from console.services.console_api import ConsoleApi
from console.services.hotline import take_call
from console.services.outbox import Outbox, is_unreachable
from tests.outbox_helpers import unreachable
from tests.scenario_helpers import Province, draft, make_province

CALL = datetime(2026, 3, 2, 9, 0)
# A text of distinct words longer than a tsvector holds (1 MB): PostgreSQL answers with an
# OperationalError (SQLSTATE 54000), a refusal, not an outage.
HUGE = " ".join(f"tu{i:07d}" for i in range(120_000))


def setup(db: Database, tmp_path: Path) -> tuple[Province, ConsoleApi, Outbox]:
    p = make_province(db, load_profile("thai-nguyen"), CALL)
    api = ConsoleApi(db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    return p, api, Outbox(tmp_path / "outbox", clock=p.clock)


def too_long_for_tsvector(db: Database) -> None:
    with db.session() as s:
        s.execute(text("SELECT to_tsvector('simple', :t)"), {"t": HUGE})


class RefusesHuge:
    """The server refuses the entries whose description is marked HUGE with its real error
    (the input checks refuse a 1 MB description now, an entry typed before them did not)."""

    def __init__(self, api: ConsoleApi) -> None:
        self.api = api

    def submit(self, d: ReportDraft) -> ActionResult:
        if d.description.startswith("HUGE"):
            too_long_for_tsvector(self.api.db)
        return self.api.submit(d)


def test_a_server_error_is_an_answer_and_only_a_lost_link_is_an_outage(pg_db: Database) -> None:
    with pytest.raises(Exception) as refused:
        too_long_for_tsvector(pg_db)
    assert type(refused.value).__name__ == "OperationalError"  # what fooled the old check
    assert getattr(refused.value.orig, "sqlstate", None) == "54000"
    assert not is_unreachable(refused.value)

    with unreachable(pg_db), pytest.raises(Exception) as refused_port:
        too_long_for_tsvector(pg_db)
    assert is_unreachable(refused_port.value)  # connection refused: no SQLSTATE

    with pg_db.engine.connect() as victim:
        pid = victim.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with pg_db.engine.connect() as admin:
            admin.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
        with pytest.raises(Exception) as cut:
            victim.exec_driver_sql("SELECT 1")
    assert is_unreachable(cut.value)  # the backend killed mid-session

    with pg_db.engine.connect() as conn, pytest.raises(Exception) as slow:
        conn.exec_driver_sql("SET statement_timeout = 50")
        conn.exec_driver_sql("SELECT pg_sleep(5)")
    assert getattr(slow.value.orig, "sqlstate", None) == "57014"
    assert is_unreachable(slow.value)  # a timeout: try again later


def test_a_refused_entry_never_blocks_the_ones_behind_it(pg_db: Database, tmp_path: Path) -> None:
    _p, api, outbox = setup(pg_db, tmp_path)
    titles = ["Mất điện cả khu phố", "Cây đổ chắn đường", "Nước ngập sâu ở hầm chui"]
    outbox.put(draft(title=titles[0], description="HUGE " + "mô tả rất dài"), api.actor)
    for title in titles[1:]:
        outbox.put(draft(title=title), api.actor)
    target = RefusesHuge(api)
    first = outbox.replay(target, api.actor)
    assert [(d.result is not None, d.unreachable) for d in first] == [
        (False, False),
        (True, False),
        (True, False),
    ]
    assert "Mất điện cả khu phố" in first[0].message
    for _ in range(2):  # tried again each run, still kept, never in the way
        (again,) = outbox.replay(target, api.actor)
        assert again.message and not again.unreachable
    (kept,) = outbox.pending()
    assert kept.draft.title == titles[0] and kept.refused
    with pg_db.session() as s:
        stored = s.execute(text("SELECT title FROM reports ORDER BY id")).scalars().all()
    assert stored == titles[1:]


def test_a_server_error_at_the_form_is_shown_not_queued(pg_db: Database, tmp_path: Path) -> None:
    _p, api, outbox = setup(pg_db, tmp_path)
    with pytest.raises(Exception) as shown:
        take_call(
            RefusesHuge(api).submit,
            api.act,
            lambda: outbox,
            api.actor,
            draft(description="HUGE mô tả"),
            at=CALL,
        )
    assert not is_unreachable(shown.value)
    assert outbox.pending() == []  # the form keeps it: nothing queued for ever
    with unreachable(pg_db):
        queued = take_call(api.submit, api.act, lambda: outbox, api.actor, draft(), at=CALL)
    assert queued.queued and len(outbox.pending()) == 1


def test_a_damaged_entry_is_set_aside_with_its_reason_and_replay_goes_on(
    sqlite_db: Database, tmp_path: Path
) -> None:
    _p, api, outbox = setup(sqlite_db, tmp_path)
    bad = outbox.put(draft(title="Rác thải ùn ứ ở chợ"), api.actor)
    outbox.put(draft(title="Đèn đường hỏng ở ngã tư"), api.actor)
    broken = outbox.root / bad.id / "entry.json"
    broken_bytes = broken.read_bytes()[:40]
    broken.write_bytes(broken_bytes)  # a disk that lost the end of the file
    (sent,) = outbox.replay(api, api.actor)
    assert sent.result is not None and sent.entry.draft.title == "Đèn đường hỏng ở ngã tư"
    assert outbox.pending() == []
    ((folder, reason),) = outbox.set_aside()
    assert folder.name == bad.id and "not a Fernet token" in reason  # a cut token
    assert (folder / "entry.json").read_bytes() == broken_bytes  # kept for IT to repair
    assert Outbox(outbox.root).pending() == [] and len(Outbox(outbox.root).set_aside()) == 1


SLOW_PUT = """
import sys, time
from datetime import datetime
from pathlib import Path
import console.services.outbox as ob
from console.services.auth import system_actor
from tests.scenario_helpers import draft

def hang(path, data):
    print("writing", flush=True)
    time.sleep(600)  # the machine is switched off here

ob._write_bytes = hang
photo = Path(sys.argv[2])
ob.Outbox(Path(sys.argv[1])).put(draft(attachments=[photo]), system_actor())
"""


def test_a_killed_put_is_swept_at_the_next_start_not_after_an_hour(tmp_path: Path) -> None:
    root = tmp_path / "outbox"
    photo = tmp_path / "anh.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 4096)
    writer = subprocess.Popen(
        [sys.executable, "-c", SLOW_PUT, str(root), str(photo)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
        (tmp,) = [p for p in root.iterdir() if p.name.startswith(".tmp-")]
        Outbox(root)  # another console starting now: a live put is left alone
        assert tmp.exists()
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
    assert tmp.exists()  # what a kill leaves
    assert Outbox(root).pending() == []
    assert [p.name for p in root.iterdir()] == []  # swept at the next start, however young
