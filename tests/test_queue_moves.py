"""Re-counting only the queues a change can touch (issue 15 item 4) keeps every counter exact.

Through the services on the real PostgreSQL: a seeded walk over the workflow (every action type
the consoles use, by the person whose work it is), each change heard from the live feed as the
consoles hear it (migration 0020's moves), and after each one, for people of every kind (the
IOC, a department's officer and leader, a city's and its ward's, the province's office), the
counters of the queues the change can have touched, re-counted, laid over the counters before,
equal a full recount.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta

import pytest

from console.db import Database
from console.models import Report, ReportStatus, Role, UnitKind
from console.profiles import load_profile
from console.services.auth import AuthenticatedUser
from console.services.live import ANYTHING, Changes, Facts, Move, parse_payload, watch
from console.services.queue_moves import (
    UNKNOWN,
    concerns,
    counts_after,
    micros,
    scope_of,
    touched_queues,
)
from console.services.queues import Queue, queue_counts, queues_for
from console.workflow import WorkflowError
from tests.scenario_helpers import Province, draft, make_province
from tests.test_live import WAIT_S, Heard, started

NOW = datetime(2026, 11, 24, 9, 30)
STEP = timedelta(minutes=7)  # between two actions
WHEN = (timedelta(0), timedelta(hours=20), timedelta(days=3))  # the counts' time after them
LATER = ("op", "cb.gt", "ld.tp")  # counted at the later times too (due soon, overdue)
S = ReportStatus


def test_a_move_payload_is_parsed() -> None:
    c = parse_payload("m12:received.5..0>forwarded.7.3.0!,13:>received...1,14:closed.2..0>")
    assert c.report_ids == {12, 13, 14} and c.explained
    assert Move(12, Facts("received", 5, None, False), Facts("forwarded", 7, 3, False), True) in (
        c.moves
    )
    assert Move(13, None, Facts("received", None, None, True)) in c.moves
    assert Move(14, Facts("closed", 2, None, False), None) in c.moves
    assert parse_payload("m12:received") == ANYTHING  # malformed: anything may have changed
    assert not (c | Changes.made_here(99)).explained  # an id without its move
    assert (c | Changes.made_here(12)).explained


def test_an_unknown_change_touches_every_queue() -> None:
    actor = AuthenticatedUser(
        1, "x", "X", 1, "ioc", "IOC", UnitKind.IOC, frozenset({Role.OPERATOR})
    )
    assert touched_queues(ANYTHING, [Queue.NEW], actor, None, now=NOW) is None
    assert touched_queues(Changes.made_here(3), [Queue.NEW], actor, None, now=NOW) is None
    assert touched_queues(Changes(), [Queue.NEW], actor, None, now=NOW) == frozenset()


def test_a_deadline_counts_at_the_console_clock() -> None:
    """0021's facts: due soon and overdue told from the times the move carries."""
    actor = AuthenticatedUser(
        1, "x", "X", 1, "ioc", "IOC", UnitKind.IOC, frozenset({Role.OPERATOR})
    )
    hour = 3_600_000_000
    at = micros(NOW)
    # received, then forwarded: a new stage clock, due in 3 days (warned 1 day before)
    c = parse_payload(
        f"m7:received.1..0.{at + 5 * hour}.{at + 2 * hour}"
        f">forwarded.4..0.{at + 72 * hour}.{at + 48 * hour}"
    )
    deadline = [Queue.DUE_SOON, Queue.OVERDUE]
    assert touched_queues(c, deadline, actor, None, now=NOW) == frozenset()  # in neither
    later = NOW + timedelta(hours=3)  # it was due soon then, and is not now
    assert touched_queues(c, deadline, actor, None, now=later) == {Queue.DUE_SOON}
    much_later = NOW + timedelta(hours=6)  # it was overdue, and is not
    assert touched_queues(c, deadline, actor, None, now=much_later) == {Queue.OVERDUE}


class Walk:
    """People of every kind and a seeded stream of their actions on a few reports."""

    def __init__(self, p: Province, seed: int) -> None:
        self.p, self.rand = p, random.Random(seed)
        self.op = p.add("dieuhanh", "ioc", Role.OPERATOR)
        self.people = {
            "op": self.op,
            "cb.gt": p.add("cb.gt", "so_gtvt", Role.OFFICER),
            "ld.gt": p.add("ld.gt", "so_gtvt", Role.LEADER),
            "cb.tp": p.add("cb.tp", "tp_thai_nguyen", Role.OFFICER),
            "ld.tp": p.add("ld.tp", "tp_thai_nguyen", Role.LEADER),
            "cb.p": p.add("cb.p", "p_hoang_van_thu", Role.OFFICER),
            "vp": p.add("vp.ubnd", "vp_ubnd", Role.OFFICE),
        }
        self.ids: list[int] = []

    def _by(self, unit_id: int | None, role: Role) -> AuthenticatedUser:
        return next(a for a in self.people.values() if a.unit_id == unit_id and role in a.roles)

    def step(self) -> str | None:
        """One action; its name, or None when the workflow refused it."""
        if len(self.ids) < 4 or self.rand.random() < 0.15:
            category = self.rand.choice(["giao_thong", "ha_tang_do_thi"])
            self.ids.append(self.p.service.submit(self.op, draft(category=category)).report_id)
            return "submit"
        rid = self.rand.choice(self.ids)
        r: Report = self.p.report(rid)
        svc, v, pick = self.p.service, r.version, self.rand.random()
        unit_role = (r.current_unit_id, Role.OFFICER)
        calls = {
            S.RECEIVED: [
                ("forward", self.op, dict(unit=self.rand.choice(["so_gtvt", "tp_thai_nguyen"]))),
                ("request_info", self.op, dict(note="Đề nghị bổ sung ảnh hiện trường")),
                ("reject", self.op, dict(note="Không thuộc phạm vi tiếp nhận")),
                ("link", self.op, dict(main_code=self.p.report(self.ids[0]).code)),
            ],
            S.NEEDS_INFO: [("supplement", self.op, dict(note="Người dân đã gửi ảnh"))],
            S.RETURNED: [("forward", self.op, dict(unit="so_gtvt"))],
            S.FORWARDED: [
                ("accept", unit_role, {}),
                ("return_to_ioc", unit_role, dict(note="Không thuộc thẩm quyền đơn vị")),
                ("delegate", (r.current_unit_id, Role.LEADER), dict(unit="p_hoang_van_thu")),
            ],
            S.IN_PROGRESS: [
                ("post_progress", unit_role, dict(note="Đã cử người", notify_citizen=True)),
                ("post_progress", unit_role, dict(note="Đang xử lý", notify_citizen=False)),
                ("submit_result", unit_role, dict(text="Đã xử lý xong, đã kiểm tra.")),
            ],
            S.PENDING_APPROVAL: [
                ("approve", (r.current_unit_id, Role.LEADER), {}),
                ("return_for_rework", (r.current_unit_id, Role.LEADER), dict(note="Làm lại")),
            ],
            S.APPROVED: [("publish", self.op, dict(publication="public"))],
            S.PUBLISHED: [
                ("close", self.op, {}),
                ("reopen", self.op, dict(note="Người dân phản ánh chưa xử lý xong")),
            ],
        }.get(r.status, [])
        if not calls:
            return None
        action, who, params = calls[int(pick * len(calls))]
        actor = self._by(*who) if isinstance(who, tuple) else who
        try:
            getattr(svc, action)(actor, rid, v, **params)
        except (WorkflowError, StopIteration):
            return None  # this province's workflow or nobody of that unit: nothing written
        return action


@pytest.mark.pg
def test_after_every_action_the_touched_counters_equal_a_full_recount(pg_db: Database) -> None:
    p = make_province(pg_db, load_profile("thai-nguyen"), NOW)
    walk = Walk(p, seed=15)
    heard = Heard()
    feed = started(watch(pg_db, heard))
    done: Counter[str] = Counter()
    recounted = full = dropped = 0
    try:
        with pg_db.session() as s:
            before = {
                (k, when): queue_counts(s, a, now=NOW + when)
                for k, a in walk.people.items()
                for when in (WHEN if k in LATER else WHEN[:1])
            }
        for _ in range(160):
            heard.clear()
            action = walk.step()
            if action is None:
                continue
            done[action] += 1
            assert heard.wait_for(lambda c: c.explained and bool(c.report_ids)), action
            changes = heard.merged
            assert changes.explained, changes
            with pg_db.session() as s:
                for key, actor in walk.people.items():
                    for when in WHEN if key in LATER else WHEN[:1]:  # now, and later
                        now = p.clock.now + when
                        partial = counts_after(s, actor, changes, now=now)
                        fresh = queue_counts(s, actor, now=now)
                        was = before[key, when]
                        assert {**was, **partial} == fresh, (action, key, when, changes)
                        scope = scope_of(s, actor)
                        if not concerns(changes, actor, scope, now=now, shows=nothing_shown):
                            assert fresh == was, (action, key, when, changes)  # no refresh
                            dropped += 1
                        # the old counts were at the previous step's time: the same here
                        before[key, when] = queue_counts(s, actor, now=now + STEP)
                        recounted += len(partial)
                        full += len(fresh)
            p.clock.now += STEP
    finally:
        feed.stop(wait=WAIT_S)
    kinds = {"submit", "forward", "accept", "post_progress", "submit_result", "approve"}
    kinds |= {"publish", "reject", "request_info", "return_for_rework", "close", "reopen"}
    assert kinds <= set(done), done
    assert recounted < full / 2  # the point: most counters are left alone
    assert dropped > 0  # and some changes need no refresh at all


def nothing_shown(_report_id: int) -> bool:
    return False


def test_a_change_on_screen_or_unexplained_always_concerns() -> None:
    officer = AuthenticatedUser(
        7, "cb", "Cán bộ", 3, "so_y_te", "Sở Y tế", UnitKind.AGENCY, frozenset({Role.OFFICER})
    )
    elsewhere = Move(40, Facts("forwarded", 9, None, False), Facts("in_progress", 9, None, False))
    moved = Changes(frozenset({40}), moves=frozenset({elsewhere}))
    assert not concerns(moved, officer, frozenset({3}), now=NOW, shows=nothing_shown)
    assert concerns(moved, officer, frozenset({3}), now=NOW, shows=lambda i: i == 40)
    assert concerns(moved, officer, UNKNOWN, now=NOW, shows=nothing_shown)  # not read yet
    assert concerns(Changes(frozenset({40})), officer, frozenset({3}), now=NOW, shows=nothing_shown)
    assert concerns(ANYTHING, officer, frozenset({3}), now=NOW, shows=nothing_shown)


def test_the_console_api_counts_what_it_is_asked(sqlite_db: Database) -> None:
    from console.services.console_api import ConsoleApi

    p = make_province(sqlite_db, load_profile("thai-nguyen"), NOW)
    op = p.add("dieuhanh", "ioc", Role.OPERATOR)
    p.service.submit(op, draft())
    api = ConsoleApi(sqlite_db, p.profile, op, clock=p.clock)
    everything = api.counts()
    assert list(everything) == queues_for(op) and everything[Queue.NEW] == 1
    assert api.counts(only=[Queue.NEW, Queue.ALL]) == {Queue.NEW: 1, Queue.ALL: 1}
    assert api.counts(only=[]) == {}
    assert api.counts_after(ANYTHING) == everything  # SQLite's feed: which, it cannot tell
    assert api.counts_after(Changes()) == {}


@pytest.mark.pg
def test_a_console_keeps_two_connections_and_borrows_three_more(pg_db: Database) -> None:
    pool = pg_db.engine.pool
    assert (pool.size(), pool._max_overflow) == (2, 3)  # type: ignore[attr-defined]


@pytest.mark.pg
def test_the_progress_count_walks_the_flagged_notes_only(pg_db: Database) -> None:
    """The "Thông báo tiến độ" counter, re-counted by every IOC console on most actions, must
    not read every progress note (130 ms at 1,000,000 reports): the partial index's predicate
    has to be the one the query states (``IS true``), or PostgreSQL cannot use it."""
    from sqlalchemy import text

    from console.services.queues import QueueFilter, queue_count
    from tests.test_queue_plans import Captured, nodes, plan_of

    p = make_province(pg_db, load_profile("thai-nguyen"), NOW)
    op = p.add("dieuhanh", "ioc", Role.OPERATOR)
    rid = p.service.submit(op, draft()).report_id
    with pg_db.engine.begin() as conn:  # a province's many notes, few of them for the citizen
        conn.execute(
            text(
                "INSERT INTO progress_notes (report_id, at, text, notify_citizen) "
                "SELECT :r, :at, 'Đang xử lý', false FROM generate_series(1, 20000)"
            ),
            {"r": rid, "at": NOW},
        )
    with pg_db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE progress_notes"))
    cap = Captured(pg_db)
    cap.run(lambda s: [queue_count(s, op, QueueFilter(Queue.PROGRESS), now=NOW)])  # type: ignore[list-item]
    (statement,) = cap.statements
    scans = [
        (n["Node Type"], n.get("Index Name"))
        for n in nodes(plan_of(pg_db, *statement))
        if n.get("Relation Name") == "progress_notes"
    ]
    assert scans and all(name == "ix_progress_notes_citizen" for _t, name in scans), scans
