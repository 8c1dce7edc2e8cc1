"""Jump anchors: every n-th row's key, and pages read on from an anchor (SQLite + PG)."""

from __future__ import annotations

from datetime import datetime

import pytest

from console.db import Database
from console.demo import generate_demo
from console.profiles import load_profile
from console.services.auth import authenticate
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter, QueueRow, Sort

NOW = datetime(2026, 11, 24, 10, 0)


def _everything(api: ConsoleApi, f: QueueFilter, sort: Sort) -> list[QueueRow]:
    rows: list[QueueRow] = []
    while page := api.page(f, sort=sort, limit=50, after=rows[-1].key(sort) if rows else None):
        rows += page
    return rows


@pytest.fixture
def api(any_db: Database) -> ConsoleApi:
    profile = load_profile("thai-nguyen")
    generate_demo(any_db, profile, reports=160, now=NOW, password="mat-khau-demo")
    return ConsoleApi(
        any_db, profile, authenticate(any_db, "dieuhanh1", "mat-khau-demo"), lambda: NOW
    )


@pytest.mark.parametrize("every", [7, 40])
def test_anchors_name_the_rows_they_stand_at_and_pages_read_on_from_them(
    api: ConsoleApi, every: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.services import queue_anchors

    monkeypatch.setattr(queue_anchors, "ANCHOR_EVERY", every)
    for f in (QueueFilter(Queue.ALL), QueueFilter(Queue.ALL, channel="portal")):
        for sort in Sort:
            rows = _everything(api, f, sort)
            anchors = api.anchors(f, sort=sort)
            assert len(rows) == api.count(f) > every
            timed = sum(r.due_at is not None for r in rows)
            assert sort is not Sort.DUE or 0 < timed < len(rows)  # both walks are met
            for row, key in anchors:
                if row == timed - 1 and key[0] is True and sort is Sort.DUE:
                    continue  # the marker before the reports without a deadline
                assert rows[row].key(sort) == key, (sort, row)
            assert [r for r, _k in anchors] == sorted(r for r, _k in anchors)
            # From every anchor, any offset lands where counting from the top would,
            # across the end of the timed rows too.
            for row, key in anchors:
                for skip in (0, 1, every - 1, every + 3):
                    page = api.page(f, sort=sort, after=key, offset=skip, limit=5)
                    start = row + 1 + skip
                    assert [r.id for r in page] == [r.id for r in rows[start : start + 5]], (
                        sort,
                        row,
                        skip,
                    )


def test_a_search_has_no_anchors(api: ConsoleApi) -> None:
    assert api.anchors(QueueFilter(Queue.ALL, text="duong")) == []


@pytest.mark.parametrize("probe", [3, 40, 20_000])
def test_search_pages_are_the_newest_matches_whatever_walk_finds_them(
    api: ConsoleApi, probe: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL a page first looks among the newest PROBE_ROWS reports, then in the
    index; either way the page is the same (SQLite has one way: the same check)."""
    from console.services import queues

    monkeypatch.setattr(queues, "PROBE_ROWS", probe)
    for text in ("duong", "rac thai", "pho"):
        f = QueueFilter(Queue.ALL, text=text)
        every = _everything(api, f, Sort.DUE)
        assert every == sorted(every, key=lambda r: -r.id), text  # newest first
        for limit in (1, 7, 50):
            page = api.page(f, limit=limit)
            assert [r.id for r in page] == [r.id for r in every[:limit]], (text, limit)
            if page:
                more = api.page(f, limit=limit, after=page[-1].key(Sort.DUE))
                assert [r.id for r in more] == [r.id for r in every[limit : 2 * limit]]
