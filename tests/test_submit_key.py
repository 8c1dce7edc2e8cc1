"""A submit carrying a client key is received at most once (the outbox's replay relies on it)."""

from __future__ import annotations

import threading
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.db import Database
from console.intake import IntakeError
from console.models import Attachment, HistoryEntry, Report, Role
from console.profiles import load_profile
from console.services.reports import ReportService
from tests.scenario_helpers import draft, make_province

MON = datetime(2026, 3, 2, 9, 0)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def counts(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Report)) or 0,
            s.scalar(select(func.count()).select_from(HistoryEntry)) or 0,
            s.scalar(select(func.count()).select_from(Attachment)) or 0,
        )


def test_the_same_key_gives_the_same_report_and_its_files_once(
    any_db: Database, tmp_path: Path
) -> None:
    p = make_province(any_db, load_profile("thai-nguyen"), MON)
    actor = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    photo = tmp_path / "o-ga.png"
    photo.write_bytes(PNG)
    key = str(uuid.uuid4())
    first = p.service.submit(actor, draft(client_key=key, attachments=[photo]))
    assert counts(any_db) == (1, 1, 1)
    p.clock.now = datetime(2026, 3, 2, 9, 30)
    again = p.service.submit(actor, draft(client_key=key, attachments=[photo]))
    assert again == first  # the lost acknowledgement, replayed: nothing more written
    assert counts(any_db) == (1, 1, 1)
    assert p.report(first.report_id).client_key == key

    other = p.service.submit(actor, draft(client_key=str(uuid.uuid4())))
    plain = p.service.submit(actor, draft())  # no key: every submit is a new report
    plain2 = p.service.submit(actor, draft())
    assert len({first.report_id, other.report_id, plain.report_id, plain2.report_id}) == 4
    assert p.report(plain.report_id).client_key is None


def test_a_key_already_used_answers_even_after_the_report_moved_on(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    actor = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    key = uuid.uuid4().hex  # any spelling of a UUID is the same key
    first = p.service.submit(actor, draft(client_key=key, category="giao_thong"))
    moved = p.service.forward(actor, first.report_id, first.version, unit="so_gtvt")
    again = p.service.submit(actor, draft(client_key=str(uuid.UUID(key))))
    assert (again.report_id, again.code, again.history_id) == (
        first.report_id,
        first.code,
        first.history_id,
    )
    assert (again.status, again.version) == (moved.status, moved.version)
    assert counts(sqlite_db)[0] == 1


def test_a_key_that_is_not_a_uuid_is_refused(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    actor = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    with pytest.raises(IntakeError, match="Mã gửi"):
        p.service.submit(actor, draft(client_key="not-a-key"))
    assert counts(sqlite_db) == (0, 0, 0)


def test_two_racing_submits_of_one_key_make_one_report(pg_db: Database) -> None:
    p = make_province(pg_db, load_profile("thai-nguyen"), MON)
    actor = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    key = str(uuid.uuid4())
    services = [ReportService(pg_db, p.profile, clock=p.clock) for _ in range(4)]
    results: list[object] = []
    start = threading.Barrier(len(services))

    def go(service: ReportService) -> None:
        start.wait()
        results.append(service.submit(actor, draft(client_key=key)))

    threads = [threading.Thread(target=go, args=(s,)) for s in services]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and len(set(results)) == 1
    assert counts(pg_db)[:2] == (1, 1)
