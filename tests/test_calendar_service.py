"""An administrator's day off moves every open working-time deadline, in one batch."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from console.db import Database
from console.demo import generate_demo
from console.models import OverrideKind, Report, ReportDeadline
from console.profiles import load_profile
from console.services.calendar import load_engine, set_override

NOW = datetime(2026, 11, 20, 10, 0)  # a Friday
EXTRA_DAY_OFF = date(2026, 11, 23)  # the next Monday


def _snapshot(db: Database) -> tuple[dict[int, datetime | None], dict[int, datetime | None]]:
    with db.session() as s:
        deadlines = {d.id: d.due_at for d in s.scalars(select(ReportDeadline))}
        reports = {r.id: r.due_at for r in s.scalars(select(Report))}
    return deadlines, reports


def test_day_off_moves_open_deadlines_and_back(any_db: Database) -> None:
    profile = load_profile("thai-nguyen")
    generate_demo(any_db, profile, reports=250, now=NOW, password="mat-khau-demo")
    before, reports_before = _snapshot(any_db)

    moved = set_override(
        any_db, profile, EXTRA_DAY_OFF, OverrideKind.DAY_OFF, note="Nghỉ bù do tỉnh quyết định"
    )
    assert moved > 0
    engine = load_engine(any_db, profile)
    assert not engine.calendar.is_working_day(EXTRA_DAY_OFF)
    with any_db.session() as s:
        for d in s.scalars(select(ReportDeadline)):
            report = d.report
            if d.completed_at is not None or d.original_due_at is not None:
                assert d.due_at == before[d.id]  # history and commitments never move
                continue
            cat = report.category.code if report.category else None
            expected = engine.stage_due(
                d.stage,
                d.started_at,
                category=cat,
                emergency=report.emergency,
                credit_seconds=d.paused_seconds,
            )
            assert d.due_at == expected
            if report.stage == d.stage:
                assert report.due_at == d.due_at
        spans_monday = [
            d
            for d in s.scalars(select(ReportDeadline).where(ReportDeadline.completed_at.is_(None)))
            if before[d.id] is not None
            and before[d.id].date() >= EXTRA_DAY_OFF
            and engine.clock(d.stage, category=None, emergency=False) is not None
            and d.report.emergency is False
            and d.started_at.date() < EXTRA_DAY_OFF
        ]
        assert spans_monday and all(d.due_at > before[d.id] for d in spans_monday)

    assert set_override(any_db, profile, EXTRA_DAY_OFF, None) == moved
    assert _snapshot(any_db) == (before, reports_before)
