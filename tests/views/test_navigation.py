"""The queue navigation: the person's queues, live counters off the UI thread, overdue in red."""

from __future__ import annotations

import threading
from datetime import datetime

from console.models import Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.queues import Queue
from console.views.navigation import REFRESH_MS, QueueNavigation
from tests.scenario_helpers import make_province

NOW = datetime(2026, 11, 24, 9, 30, 15)


class FakeApi:
    """queues(), counts() and clock(): all the navigation uses."""

    def __init__(self, counts: dict[Queue, int], fail: bool = False) -> None:
        self._counts = counts
        self.calls = 0
        self.fail = fail
        self.gate = threading.Event()
        self.gate.set()

    def queues(self) -> list[Queue]:
        return list(self._counts)

    def counts(self) -> dict[Queue, int]:
        self.gate.wait(5)
        self.calls += 1
        if self.fail:
            raise RuntimeError("máy chủ không trả lời")
        return dict(self._counts)

    def clock(self) -> datetime:
        return NOW


def nav_for(qtbot, api, **kwargs) -> QueueNavigation:
    nav = QueueNavigation(api, **kwargs)
    qtbot.addWidget(nav)
    return nav


def test_lists_the_queues_of_the_person_with_counters(qtbot, sqlite_db) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), NOW)
    officer = p.add("canbo", "so_gtvt", Role.OFFICER)
    api = ConsoleApi(sqlite_db, p.profile, officer, p.clock)
    nav = nav_for(qtbot, api)
    assert nav.queues() == api.queues()
    assert nav.item(0).text() == "Của đơn vị"  # no counter before the first answer
    assert nav.timer.interval() == REFRESH_MS == 30_000 and nav.timer.isActive()
    with qtbot.waitSignal(nav.counts_changed, timeout=5000) as blocker:
        nav.refresh()
    assert blocker.args == [api.counts()]
    assert nav.item(0).text() == "Của đơn vị (0)"
    assert nav.updated_at == NOW


def test_overdue_is_red_only_when_there_is_some(qtbot) -> None:
    api = FakeApi({Queue.NEW: 1234, Queue.DUE_SOON: 2, Queue.OVERDUE: 0, Queue.ALL: 5000})
    nav = nav_for(qtbot, api)
    with qtbot.waitSignal(nav.counts_changed):
        nav.refresh()
    assert nav.item_for(Queue.NEW).text() == "Mới tiếp nhận (1.234)"
    overdue = nav.item_for(Queue.OVERDUE)
    assert overdue.text() == "Quá hạn / trễ hạn (0)" and not overdue.font().bold()
    assert overdue.foreground().color().name() != "#b00020"
    assert nav.item_for(Queue.DUE_SOON).font().bold()
    nav.set_counts({**api._counts, Queue.OVERDUE: 7})
    assert overdue.text() == "Quá hạn / trễ hạn (7)" and overdue.font().bold()
    assert overdue.foreground().color().name() == "#b00020"
    nav.set_counts({**api._counts, Queue.OVERDUE: 0})
    assert overdue.foreground().color().name() != "#b00020"


def test_refreshes_coalesce_while_one_runs(qtbot) -> None:
    api = FakeApi({Queue.NEW: 1, Queue.ALL: 1})
    nav = nav_for(qtbot, api)
    api.gate.clear()  # hold the first query in the worker
    nav.refresh()
    assert nav.busy
    nav.refresh()
    nav.refresh()
    with qtbot.waitSignals([nav.counts_changed, nav.counts_changed], timeout=5000):
        api.gate.set()
    qtbot.waitUntil(lambda: not nav.busy)
    assert api.calls == 2  # the one running, then one for all asked meanwhile


def test_the_timer_refreshes_and_stops(qtbot) -> None:
    api = FakeApi({Queue.NEW: 3, Queue.ALL: 9})
    nav = nav_for(qtbot, api, interval_ms=20)
    with qtbot.waitSignal(nav.counts_changed, timeout=5000):
        pass
    nav.stop()
    qtbot.waitUntil(lambda: not nav.busy)
    calls = api.calls
    nav.refresh()
    assert not nav.timer.isActive() and not nav.busy and api.calls == calls


def test_a_failed_refresh_is_reported(qtbot) -> None:
    nav = nav_for(qtbot, FakeApi({Queue.NEW: 1}, fail=True))
    with qtbot.waitSignal(nav.refresh_failed) as blocker:
        nav.refresh()
    assert blocker.args == ["máy chủ không trả lời"]
    assert nav.item(0).text() == "Mới tiếp nhận" and not nav.busy


def test_choosing_a_queue_says_which(qtbot) -> None:
    nav = nav_for(qtbot, FakeApi({Queue.NEW: 1, Queue.OVERDUE: 2, Queue.ALL: 3}))
    with qtbot.waitSignal(nav.queue_selected) as blocker:
        nav.select_queue(Queue.OVERDUE)
    assert blocker.args == [Queue.OVERDUE] and nav.current_queue() is Queue.OVERDUE
