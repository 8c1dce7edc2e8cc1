"""Issue 14: a queue row comes from the services with its SLA state and the working time left
already worked out by the DeadlineEngine (the screens only colour and word them), and it says
what the report's detail says. Thái Nguyên Điều 8 Bước 3: handled within 3 working days of
forwarding; "sắp đến hạn" under 25 % of the stage's time left (the profile's choice)."""

from __future__ import annotations

from datetime import datetime, timedelta

from console.db import Database
from console.models import Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter, QueueRow
from console.sla import SlaState
from tests.scenario_helpers import Province, draft, make_province

MON = datetime(2026, 3, 2, 8, 0)  # a Monday: the handling clock runs out on Thursday 08:00


def _row(api: ConsoleApi, report_id: int) -> QueueRow:
    return next(r for r in api.page(QueueFilter(Queue.ALL)) if r.id == report_id)


def test_dieu_8_queue_row_carries_the_detail_sla_state_and_time_left(any_db: Database) -> None:
    p = make_province(any_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    r = p.service.submit(op, draft(category="giao_thong"))
    rid = p.service.forward(op, r.report_id, r.version, "so_gtvt").report_id
    api = ConsoleApi(any_db, p.profile, op, p.clock)
    moments = [
        (MON + timedelta(hours=1), SlaState.ON_TIME, 23.0),
        (datetime(2026, 3, 4, 15, 0), SlaState.DUE_SOON, 3.0),  # Wed: 2.5 h + 0.5 h
        (datetime(2026, 3, 6, 10, 0), SlaState.OVERDUE, -10.0),
    ]  # Thu 7.5 h + Fri 2.5 h
    for now, state, hours in moments:
        p.clock.now = now
        row, detail = _row(api, rid), api.detail(rid)
        assert (row.sla, detail.sla) == (state, state), now
        assert row.left is not None and detail.sla_left is not None and row.left.working
        assert row.left.hours == hours == detail.sla_left.hours
    assert row.left.span() == (1, 2, 0)  # "quá hạn 1 ngày 2 giờ làm việc"

    # A screen whose row was read on Monday asks the services again as the clock moves on.
    monday_row = _row_at(api, p, rid, MON + timedelta(hours=1))
    assert monday_row.sla is SlaState.ON_TIME
    state, left = api.row_sla(monday_row, datetime(2026, 3, 6, 10, 0))
    assert state is SlaState.OVERDUE and left is not None and left.hours == -10.0


def _row_at(api: ConsoleApi, p: Province, rid: int, now: datetime) -> QueueRow:
    before, p.clock.now = p.clock.now, now
    try:
        return _row(api, rid)
    finally:
        p.clock.now = before


def test_dieu_7_waiting_for_the_citizen_is_paused_without_time_left(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    r = p.service.submit(op, draft(category="giao_thong"))
    p.service.request_info(op, r.report_id, r.version, "Đề nghị bổ sung số nhà cụ thể")
    api = ConsoleApi(sqlite_db, p.profile, op, p.clock)
    p.clock.now = MON + timedelta(days=10)  # long past the check's half day: still paused
    row = _row(api, r.report_id)
    assert (row.sla, row.left) == (SlaState.PAUSED, None)
    assert api.detail(r.report_id).sla is SlaState.PAUSED
    assert api.row_sla(row) == (SlaState.PAUSED, None)
