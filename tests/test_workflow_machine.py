"""Random action sequences through the services on a real SQLite file (hypothesis).

Invariants after every step: a successful action wrote exactly one history row, moved the
version by one and made a transition the table allows for that role; a refused action changed
nothing; every open deadline is what the calendar says.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import func, select

from console.db import Database
from console.intake import IntakeError, ReportDraft
from console.models import (
    HistoryEntry,
    Publication,
    Report,
    ReportDeadline,
    Restriction,
    Role,
    Unit,
)
from console.profiles import load_profile
from console.services.calendar import load_engine
from console.services.detail import actions_for
from console.statistics import parse_period
from console.workflow import ACTIONS, WorkflowError, find_rule, in_scope
from tests.rollup_check import assert_rollup_exact
from tests.scenario_helpers import make_province

START = datetime(2026, 3, 2, 8, 0)
YEAR = parse_period("2026")
NOTES = st.sampled_from(["", "Đề nghị kiểm tra lại hiện trường.", "Đã xử lý xong."])
FILLED = st.sampled_from(["Đề nghị kiểm tra lại hiện trường.", "Đã xử lý xong.", ""])


_TEMPLATE: dict[str, Path] = {}
_TEMPLATE_DIR = tempfile.TemporaryDirectory()


def _template() -> Path:
    if "db" not in _TEMPLATE:
        path = Path(_TEMPLATE_DIR.name) / "template.sqlite3"
        db = Database(f"sqlite:///{path}")
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        _TEMPLATE["db"] = path
    return _TEMPLATE["db"]


def _snapshot(db: Database, report_id: int) -> tuple:
    with db.session() as s:
        r = s.get(Report, report_id)
        assert r is not None
        rows = s.execute(
            select(ReportDeadline.stage, ReportDeadline.due_at, ReportDeadline.completed_at)
            .where(ReportDeadline.report_id == report_id)
            .order_by(ReportDeadline.id)
        ).all()
        history = s.scalar(
            select(func.count(HistoryEntry.id)).where(HistoryEntry.report_id == report_id)
        )
        return (
            r.status,
            r.version,
            r.current_unit_id,
            r.due_at,
            r.category_id,
            tuple(rows),
            history,
        )


class WorkflowMachine(RuleBasedStateMachine):
    profile_key = "thai-nguyen"

    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        path = Path(self.tmp.name) / "m.sqlite3"
        shutil.copyfile(_template(), path)  # migrating a new file per example is the slow part
        self.db = Database(f"sqlite:///{path}")
        self.p = make_province(self.db, load_profile(self.profile_key), START)
        prof = self.p.profile
        ioc = "ioc"
        office = next(u.code for u in prof.units if u.kind == "office")
        unit = prof.categories[0].default_unit
        self.units = [unit, prof.categories[1].default_unit]
        self.actors = [
            self.p.add("op1", ioc, Role.OPERATOR),
            self.p.add("sup1", ioc, Role.SUPERVISOR, Role.OPERATOR),
            self.p.add("office", office, Role.OFFICE),
            self.p.add("officer", unit, Role.OFFICER),
            self.p.add("leader", unit, Role.LEADER),
        ]
        if prof.workflow["district_team"]:
            child = prof.children(unit)[0].code
            self.units.append(child)
            self.actors.append(self.p.add("team", unit, Role.TEAM))
            self.actors.append(self.p.add("child", child, Role.OFFICER, Role.LEADER))
        self.reports: list[int] = []
        self.checks = 0

    def teardown(self) -> None:
        self.db.close()
        self.tmp.cleanup()

    @precondition(lambda self: len(self.reports) < 3)  # few reports, long lives
    @rule(complete=st.integers(0, 3), hours=st.floats(0, 30))
    def submit(self, complete: int, hours: float) -> None:
        self.p.clock.now += timedelta(hours=hours)
        prof = self.p.profile
        draft = ReportDraft(
            channel=prof.channels[0].code,
            title="Ổ gà sâu trên đường Quang Trung",
            description="Ổ gà sâu gây nguy hiểm cho người tham gia giao thông.",
            place="Số 12 đường Quang Trung" if complete else "",
            reporter_name="Lê Văn Tám" if complete else "",
            reporter_phone="0912345678",
            category=prof.categories[0].code if complete else None,
        )
        r = self.p.service.submit(self.actors[0], draft)
        assert r.version == 1
        self.reports.append(r.report_id)

    @rule(data=st.data(), hours=st.floats(0, 30), stale=st.integers(0, 9), guided=st.integers(0, 4))
    def act(self, data: st.DataObject, hours: float, stale: int, guided: int) -> None:
        if not self.reports:
            return
        self.p.clock.now += timedelta(hours=hours)
        # Mostly the newest report and an (actor, action) pair the table offers, to reach deep
        # states; sometimes anything at all, to try the refusals.
        rid = self.reports[-1] if guided else data.draw(st.sampled_from(self.reports))
        before = _snapshot(self.db, rid)
        with self.db.session() as s:
            report = s.get(Report, rid)
            unit = s.get(Unit, report.current_unit_id) if report.current_unit_id else None
            offered = [
                (a, act)
                for a in self.actors
                for act in actions_for(a, self.p.profile, report, unit)
            ]
        if guided and offered:
            actor, action = data.draw(st.sampled_from(offered))
        else:
            actor = data.draw(st.sampled_from(self.actors))
            action = data.draw(st.sampled_from(ACTIONS[1:]))
        version = before[1] - (1 if stale == 0 and before[1] > 1 else 0)
        kwargs = self._params(data, action)
        try:
            result = getattr(self.p.service, action)(actor, rid, version, **kwargs)
        except (WorkflowError, IntakeError, ValueError) as exc:
            assert _snapshot(self.db, rid) == before, (action, exc)  # refused: nothing written
            return
        event(f"done: {action}")
        after = _snapshot(self.db, rid)
        assert version == before[1]
        assert after[1] == before[1] + 1 == result.version
        assert after[6] == before[6] + 1  # exactly one history row
        with self.db.session() as s:
            unit = s.get(Unit, before[2]) if before[2] else None
        rule_ = find_rule(action, before[0], actor.roles, self.p.profile.workflow, after[0])
        assert (
            in_scope(
                rule_.scope,
                actor_kind=actor.unit_kind,
                actor_unit=actor.unit_id,
                report_unit=before[2],
                report_parent=unit.parent_id if unit else None,
            )
            is None
        )

    def _params(self, data: st.DataObject, action: str) -> dict:
        prof = self.p.profile
        note = data.draw(NOTES if action in ("direct", "add_feedback") else FILLED)
        match action:
            case "redirect":
                return {
                    "target": data.draw(
                        st.sampled_from([t.code for t in prof.not_accepted] or ["113"])
                    )
                }
            case "answer_directly" | "submit_result" | "edit_and_approve":
                return {"text": note}
            case "classify":
                return {
                    "category": data.draw(st.sampled_from([c.code for c in prof.categories[:3]]))
                }
            case "forward":  # mostly the unit whose people are in the play
                return {"unit": data.draw(st.sampled_from([self.units[0]] * 3 + self.units))}
            case "delegate":
                return {"unit": data.draw(st.sampled_from(self.units))}
            case "link":
                with self.db.session() as s:
                    codes = list(s.scalars(select(Report.code)))
                return {"main_code": data.draw(st.sampled_from(codes))}
            case "accept" | "approve" | "close":
                return {}
            case "request_extension" | "report_cause":
                return {
                    "committed": self.p.clock.now + timedelta(days=data.draw(st.integers(1, 20))),
                    "note": note,
                }
            case "answer_consultation":
                return {"unit": data.draw(st.sampled_from(self.units)), "note": note}
            case "publish":
                return {"publication": data.draw(st.sampled_from(list(Publication)))}
            case "restrict":
                return {"restriction": data.draw(st.sampled_from(list(Restriction))), "note": note}
            case "notify_reporter":
                return {"means": data.draw(st.sampled_from(["phone", "email"])), "note": note}
            case "rate":
                return {
                    "rating": data.draw(
                        st.sampled_from([r.code for r in prof.ratings] or ["hai_long"])
                    )
                }
        return {"note": note}

    @invariant()
    def late_is_a_missed_stage(self) -> None:
        """The report's "trễ hạn" flag and its stages' missed duties say the same thing: one
        rule (console.sla.missed_duty) sets both, so the statistics can charge a unit."""
        with self.db.session() as s:
            for r in s.scalars(select(Report)):
                assert r.late == any(d.missed for d in r.deadlines), r.code

    @invariant()
    def statistics_rollup_is_a_recount(self) -> None:
        """The roll-up every commit keeps equals a recount from the raw tables (issue 13);
        every few steps, as the recount is slow beside an action."""
        self.checks += 1
        if self.checks % 6:
            return
        assert_rollup_exact(self.db, self.p.profile, self.p.clock.now, [YEAR], [None, *self.units])

    @invariant()
    def deadlines_follow_the_calendar(self) -> None:
        engine = load_engine(self.db, self.p.profile)
        with self.db.session() as s:
            for d in s.scalars(
                select(ReportDeadline).where(
                    ReportDeadline.completed_at.is_(None), ReportDeadline.original_due_at.is_(None)
                )
            ):
                r = d.report
                if r.paused_at is not None:
                    continue
                due = engine.stage_due(
                    d.stage,
                    d.started_at,
                    category=r.category.code if r.category else None,
                    emergency=r.emergency,
                    credit_seconds=d.paused_seconds,
                )
                assert d.due_at == due
            for r in s.scalars(select(Report)):
                # The earliest binding clock heads the report; a return clock only when alone.
                running = [
                    d
                    for d in r.deadlines
                    if d.completed_at is None and d.stage != "notify_progress" and d.due_at
                ]
                binding = [d.due_at for d in running if not d.stage.startswith("return")]
                open_due = binding or [d.due_at for d in running]
                assert r.due_at == (min(open_due) if open_due else None)


MACHINE_SETTINGS = settings(
    max_examples=10,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


class DakLakMachine(WorkflowMachine):
    profile_key = "dak-lak"


class LaiChauMachine(WorkflowMachine):
    profile_key = "lai-chau"


class TienGiangMachine(WorkflowMachine):
    profile_key = "tien-giang"


TestThaiNguyen = WorkflowMachine.TestCase
TestThaiNguyen.settings = MACHINE_SETTINGS
TestDakLak = DakLakMachine.TestCase
TestDakLak.settings = MACHINE_SETTINGS
TestLaiChau = LaiChauMachine.TestCase
TestLaiChau.settings = MACHINE_SETTINGS
TestTienGiang = TienGiangMachine.TestCase
TestTienGiang.settings = MACHINE_SETTINGS
