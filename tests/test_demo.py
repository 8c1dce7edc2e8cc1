"""Demo data: every state the profile allows, history consistent with the workflow."""

from __future__ import annotations

import itertools
import time
from collections import Counter, defaultdict
from datetime import datetime

import pytest
from sqlalchemy import func, inspect, select

from console.db import Database
from console.demo import generate_demo
from console.demo.paths import path_to
from console.demo.trail import MOVES
from console.models import (
    HistoryEntry,
    Report,
    ReportDeadline,
    ReportStatus,
    Result,
    Role,
    User,
)
from console.profiles import list_profiles, load_profile

NOW = datetime(2026, 11, 24, 10, 0)


@pytest.mark.parametrize("key", list_profiles())
def test_every_allowed_state_with_consistent_history(tmp_path, key: str) -> None:
    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    profile = load_profile(key)
    result = generate_demo(db, profile, reports=500, now=NOW, password="mat-khau-demo")
    allowed = {s for s in ReportStatus if path_to(s, profile) is not None}
    assert set(result.by_status) == {s.value for s in allowed}
    with db.session() as s:
        statuses = Counter(s.scalars(select(Report.status)))
        assert set(statuses) == allowed
        assert sum(statuses.values()) == 500
        trails: dict[int, list[HistoryEntry]] = defaultdict(list)
        for h in s.scalars(select(HistoryEntry).order_by(HistoryEntry.report_id, HistoryEntry.id)):
            trails[h.report_id].append(h)
        for report in s.scalars(select(Report)):
            trail = trails[report.id]
            assert trail[0].action == "submit" and trail[0].from_status is None
            for before, after in itertools.pairwise(trail):
                assert after.from_status == before.to_status  # a chain, no jumps
                assert after.at >= before.at
                assert after.version == before.version + 1
            assert trail[-1].to_status == report.status
            assert report.version == len(trail)
            assert trail[-1].at <= NOW
            assert report.received_at == trail[0].at
            if report.due_at is not None:
                assert report.due_at >= report.received_at
        # every report past the unit's result has a result row
        with_result = s.scalar(select(func.count(Result.id)))
        past_result = sum(
            statuses[st]
            for st in (
                ReportStatus.PENDING_APPROVAL,
                ReportStatus.APPROVED,
                ReportStatus.PUBLISHED,
                ReportStatus.REOPENED,
                ReportStatus.CLOSED,
            )
        )
        assert with_result == past_result
        assert s.scalar(select(func.count(ReportDeadline.id))) > 0
        roles = {r for u in s.scalars(select(User)) for r in u.role_set}
        expected = {
            Role.OPERATOR,
            Role.SUPERVISOR,
            Role.OFFICER,
            Role.LEADER,
            Role.OFFICE,
            Role.ADMIN,
        }
        if profile.workflow.get("district_team"):
            expected.add(Role.TEAM)
        assert expected <= roles
        codes = list(s.scalars(select(Report.code)))
        assert len(set(codes)) == len(codes)
        assert all(c.startswith(f"{profile.code_prefix}-") for c in codes)
    db.close()


def test_open_report_deadline_matches_the_profile(tmp_path) -> None:
    """A report waiting for IOC's check is due ½ working day after receipt (TN Điều 6.2)."""
    from console.worktime import WorkCalendar

    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    profile = load_profile("thai-nguyen")
    generate_demo(db, profile, reports=300, now=NOW, password="mat-khau-demo")
    cal = WorkCalendar.for_profile(profile)
    with db.session() as s:
        received = s.scalars(
            select(Report).where(
                Report.status == ReportStatus.RECEIVED, Report.emergency.is_(False)
            )
        ).all()
        assert received
        for r in received:
            assert r.stage == "check"
            assert r.due_at == cal.add_working_days(r.received_at, 0.5)
    db.close()


def test_second_run_adds_reports_without_new_accounts(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    profile = load_profile("lai-chau")
    first = generate_demo(db, profile, reports=50, now=NOW, password="mat-khau-demo")
    second = generate_demo(db, profile, reports=30, now=NOW, seed=7)
    assert first.accounts and not second.accounts
    with db.session() as s:
        assert s.scalar(select(func.count(Report.id))) == 80
    db.close()


def test_demo_on_postgresql(pg_db: Database) -> None:
    profile = load_profile("tien-giang")
    result = generate_demo(pg_db, profile, reports=200, now=NOW, password="mat-khau-demo")
    with pg_db.session() as s:
        assert s.scalar(select(func.count(Report.id))) == 200
        assert s.scalar(select(func.count(HistoryEntry.id))) == result.history
        # sequences moved past the explicit ids: the ORM can insert after a bulk load
        s.add(
            HistoryEntry(
                report_id=1, at=NOW, action="direct", to_status=ReportStatus.RECEIVED, version=99
            )
        )


def _dump(db: Database) -> dict[str, list[tuple]]:
    """Every demo table's rows (but the ids the database numbers)."""
    out = {}
    with db.engine.connect() as conn:
        for table in (Report, HistoryEntry, ReportDeadline, Result):
            cols = [c for c in table.__table__.c if table is Report or c.name != "id"]
            out[table.__tablename__] = sorted(tuple(r) for r in conn.execute(select(*cols)))
    return out


def _schema(db: Database) -> set[tuple]:
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "sqlite":
            return set(conn.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        indexes = conn.exec_driver_sql(
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
        )
        keys = conn.exec_driver_sql(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), convalidated "
            "FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
        )
        return set(indexes) | set(keys)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_big_run_pipeline_and_deferred_indexes(tmp_path, monkeypatch, request, kind) -> None:
    """The million-report path, made small: rows from two more processes, the database's
    indexes (and on PostgreSQL its foreign keys) dropped for the load and made again, SQLite's
    journal off for a new file and back to WAL; the same rows as built in-process, chunk by
    chunk, and the same schema as a small demo."""
    from console.demo import generate

    def made(db: Database, pipeline_from: int) -> generate.DemoResult:
        monkeypatch.setattr(generate, "PIPELINE_FROM", pipeline_from)
        monkeypatch.setattr(generate, "CHUNK", 60)
        return generate_demo(
            db, load_profile("dak-lak"), reports=150, now=NOW, password="mat-khau-demo"
        )

    if kind == "sqlite":
        db = Database(f"sqlite:///{tmp_path / 'big.sqlite3'}")
        small = Database(f"sqlite:///{tmp_path / 'small.sqlite3'}")
    else:
        db = request.getfixturevalue("pg_db")
    result = made(db, 100)
    assert result.reports == 150 and {"rows", "write", "indexes"} <= set(result.phases)
    with db.session() as s:
        assert s.scalar(select(func.count(Report.id))) == 150
        assert s.scalar(select(func.count(HistoryEntry.id))) == result.history
        codes = list(s.scalars(select(Report.code).order_by(Report.id)))
    assert len(set(codes)) == 150
    names = {ix["name"] for ix in inspect(db.engine).get_indexes("reports")}
    assert {"ix_reports_due", "ix_reports_status_due", "ix_reports_received"} <= names
    if kind == "sqlite":
        with db.engine.connect() as conn:  # the search index got every row
            hits = conn.exec_driver_sql(  # every code starts "DL-": the token "dl"
                "SELECT count(*) FROM report_search WHERE report_search MATCH 'dl'"
            ).scalar_one()
            assert hits == 150
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        assert not list(tmp_path.glob("*.part*"))  # the builders' chunk files are gone
        made(small, 10**9)  # in-process, the same chunks
        assert _dump(db) == _dump(small) and _schema(db) == _schema(small)
        small.close()
    else:
        with db.engine.connect() as conn:  # the stored search vector was made for every row
            hits = conn.exec_driver_sql(
                "SELECT count(*) FROM reports WHERE search_vector @@ to_tsquery('simple', 'dl')"
            ).scalar_one()
        assert hits == 150
    db.close()


def test_big_run_on_postgresql_keeps_the_schema(pg_url: str, monkeypatch) -> None:
    """The indexes and foreign keys dropped for the load are all back, checked."""
    from console.demo import generate

    db = Database(pg_url)
    before = _schema(db)
    monkeypatch.setattr(generate, "PIPELINE_FROM", 100)
    monkeypatch.setattr(generate, "CHUNK", 60)
    generate_demo(db, load_profile("thai-nguyen"), reports=130, now=NOW, password="mat-khau-demo")
    assert _schema(db) == before
    with db.session() as s:  # the ORM inserts after the load: sequences moved past the ids
        s.add(
            HistoryEntry(
                report_id=1, at=NOW, action="direct", to_status=ReportStatus.RECEIVED, version=99
            )
        )
    db.close()


def test_every_reporter_has_a_home_address(tmp_path) -> None:
    """Đắk Lắk Bước 1.1.c and Tiền Giang Điều 5.1.c ask for the reporter's address: demo
    reports in triage must not all look incomplete."""
    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    generate_demo(db, load_profile("dak-lak"), reports=60, seed=7)
    with db.session() as s:
        addresses = s.scalars(select(Report.reporter_address)).all()
    assert addresses and all(a and ", " in a for a in addresses)  # "Buôn Ea Kmar, Huyện …"
    db.close()


def test_demo_late_flags_are_missed_stages(tmp_path) -> None:
    """The demo applies the services' one late rule: a late report has a missed stage."""
    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    generate_demo(db, load_profile("tien-giang"), reports=300, seed=3)
    with db.session() as s:
        missed = (
            select(ReportDeadline.id)
            .where(ReportDeadline.report_id == Report.id, ReportDeadline.missed.is_(True))
            .exists()
        )
        flags = s.execute(select(Report.late, missed)).all()
    assert flags and any(late for late, _ in flags)
    assert all(late == has_missed for late, has_missed in flags)
    db.close()


@pytest.mark.parametrize("key", ["thai-nguyen", "dak-lak"])
def test_demo_history_names_a_unit_only_where_the_services_do(tmp_path, key: str) -> None:
    """The services name a unit on a history entry only when the report moves to it (submit
    to the IOC, forward, delegate, return, escalate, reopen): that is what the statistics read
    as a hold. Naming the acting unit on every step made the IOC hold every published report
    until it was closed, its working hours growing each day."""
    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    generate_demo(db, load_profile(key), reports=300, seed=5)
    with db.session() as s:
        named = set(
            s.scalars(
                select(HistoryEntry.action).where(HistoryEntry.unit_id.is_not(None)).distinct()
            )
        )
    assert named and named <= set(MOVES)
    db.close()


def test_big_sqlite_run_stopped_midway_leaves_no_chunk_files(tmp_path, monkeypatch) -> None:
    """The row builders hand their chunks over as SQLite files beside the target: a load that
    fails half way removes them all and puts the database's journal and indexes back."""
    from console.demo import generate

    monkeypatch.setattr(generate, "PIPELINE_FROM", 100)
    monkeypatch.setattr(generate, "CHUNK", 30)
    db = Database(f"sqlite:///{tmp_path / 'big.sqlite3'}")
    written: list[int] = []

    def progress(n: int) -> None:
        written.append(n)
        if len(written) == 2:  # stop with chunk files waiting (the builders run ahead)
            for _ in range(500):
                if list(tmp_path.glob("*.part")):
                    break
                time.sleep(0.02)
            raise RuntimeError("stopped")

    with pytest.raises(RuntimeError, match="stopped"):
        generate_demo(
            db,
            load_profile("dak-lak"),
            reports=240,
            now=NOW,
            password="mat-khau-demo",
            progress=progress,
        )
    assert not list(tmp_path.glob("*.part*"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        assert conn.exec_driver_sql("SELECT count(*) FROM reports").scalar_one() == 60
    names = {ix["name"] for ix in inspect(db.engine).get_indexes("reports")}
    assert {"ix_reports_due", "ix_reports_status_due", "ix_reports_received"} <= names
    db.close()
