"""The lazy queue model: paging window, roles, SLA colours, server-side sort."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import console.views.queue_pages as queue_pages
from console.db import Database
from console.demo import generate_demo
from console.intake import ReportDraft
from console.models import Role
from console.profiles import load_profile
from console.services.auth import authenticate
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter, QueueRow, Sort
from console.sla import Remaining, SlaState
from console.views.label_text import remaining_text
from console.views.queue_model import (
    COL_CODE,
    COL_DUE,
    COL_RECEIVED,
    COL_TITLE,
    QueueModel,
    ReportIdRole,
    SlaRole,
    VersionRole,
)
from console.views.sla_badge import SLA_COLOURS
from tests.scenario_helpers import Province, make_province

pytestmark = pytest.mark.usefixtures("qapp")

NOW = datetime(2026, 11, 24, 10, 0)
MON = datetime(2026, 3, 2, 8, 0)
BG = Qt.ItemDataRole.BackgroundRole.value
FG = Qt.ItemDataRole.ForegroundRole.value
FONT = Qt.ItemDataRole.FontRole.value
DECORATION = Qt.ItemDataRole.DecorationRole.value
TIP = Qt.ItemDataRole.ToolTipRole.value

# (title, category, channel, emergency, received days before MON)
REPORTS = [
    ("Ổ gà sâu trên đường Lương Ngọc Quyến", "giao_thong", "app", False, 0),
    ("Rác thải tồn đọng ở chợ Đồng Quang", "moi_truong", "portal", False, 0),
    ("Cháy kho hàng gần khu dân cư tổ 7", "an_ninh_trat_tu", "app", True, 0),
    ("Đèn tín hiệu giao thông hỏng tại ngã tư Đồng Quang", "giao_thong", "portal", False, 10),
]


@dataclass
class Small:
    province: Province
    api: ConsoleApi
    ids: list[int]


def small_province(db: Database) -> Small:
    """Four reports with known categories, channels, units, dates; the first forwarded."""
    p = make_province(db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    ids = []
    for i, (title, category, channel, emergency, days_before) in enumerate(REPORTS):
        p.clock.now = MON - timedelta(days=days_before) + timedelta(minutes=10 * i)
        r = p.service.submit(
            op,
            ReportDraft(
                channel=channel,
                title=title,
                description=f"Người dân phản ánh: {title.lower()}.",
                place="Phường Phan Đình Phùng, TP Thái Nguyên",
                reporter_name="Trần Văn Bình",
                reporter_phone=f"098765432{i}",
                category=category,
                emergency=emergency,
            ),
        )
        if i == 0:
            r = p.service.forward(op, r.report_id, r.version, "so_gtvt")
        ids.append(r.report_id)
    p.clock.now = MON + timedelta(minutes=45)
    return Small(p, ConsoleApi(db, p.profile, op, p.clock), ids)


def demo_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConsoleApi]:
    """450 demo reports (three pages of 200), seen by an IOC operator."""
    path: Path = tmp_path_factory.mktemp("queue") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    profile = load_profile("thai-nguyen")
    generate_demo(db, profile, reports=450, now=NOW, password="mat-khau-demo")
    actor = authenticate(db, "dieuhanh1", "mat-khau-demo", now=NOW)
    yield ConsoleApi(db, profile, actor, lambda: NOW)
    db.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConsoleApi]:
    yield from demo_api(tmp_path_factory)


@pytest.fixture
def calls(demo: ConsoleApi, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """The keyword arguments of every page read through ``demo`` from now on."""
    seen: list[dict] = []
    real_page = demo.page

    def spy(f, **kw):
        seen.append(kw)
        return real_page(f, **kw)

    monkeypatch.setattr(demo, "page", spy)
    return seen


def _all_rows(api: ConsoleApi, f: QueueFilter, sort: Sort) -> list[QueueRow]:
    rows: list[QueueRow] = []
    while True:
        page = api.page(f, sort=sort, after=rows[-1].key(sort) if rows else None)
        rows += page
        if len(page) < 200:
            return rows


def test_model_passes_the_model_tester(qtmodeltester, demo: ConsoleApi) -> None:
    model = QueueModel(demo)
    model.set_filter(QueueFilter(Queue.ALL), Sort.NEWEST)
    assert model.rowCount() == 450
    qtmodeltester.check(model)


def test_lazy_pages_keyset_then_offset_and_a_bounded_cache(
    demo: ConsoleApi, calls: list[dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queue_pages, "MAX_PAGES", 2)
    f = QueueFilter(Queue.ALL)
    expected = _all_rows(demo, f, Sort.DUE)
    calls.clear()
    model = QueueModel(demo)
    model.set_filter(f, Sort.DUE)
    n = model.rowCount()
    assert n == demo.count(f) == len(expected) == 450
    assert calls == []  # nothing is read before the view asks
    # a jump to the end reads one page by offset, nothing before it
    assert model.index(n - 1, COL_CODE).data() == expected[-1].code
    assert calls == [{"sort": Sort.DUE, "limit": 200, "offset": 400}]
    # scrolling from the top: page 0, then page 1 by keyset after page 0's last row
    for row in range(0, 400, 37):
        assert model.index(row, COL_CODE).data() == expected[row].code
        assert model.report_id(row) == expected[row].id
    assert calls[1] == {"sort": Sort.DUE, "limit": 200}
    assert calls[2] == {"sort": Sort.DUE, "limit": 200, "after": expected[199].key(Sort.DUE)}
    assert model.cached_pages == 2  # least recently used page 2 went out
    assert model.index(n, COL_CODE).data() is None  # past the end: nothing, no read


def test_roles(demo: ConsoleApi) -> None:
    model = QueueModel(demo)
    model.set_filter(QueueFilter(Queue.ALL), Sort.NEWEST)
    first = demo.page(QueueFilter(Queue.ALL), sort=Sort.NEWEST, limit=1)[0]
    index = model.index(0, COL_TITLE)
    assert index.data() == first.title
    assert index.data(TIP) == first.title
    assert index.data(ReportIdRole) == first.id
    assert index.data(VersionRole) == first.version
    assert SlaState(index.data(SlaRole)) in set(SlaState)  # the value (a str) across Qt
    assert model.index(0, COL_RECEIVED).data() == first.received_at.strftime("%d/%m/%Y %H:%M")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == [
        "Mã",
        "Tiếp nhận",
        "Tiêu đề",
        "Lĩnh vực",
        "Đơn vị",
        "Kênh",
        "Trạng thái",
        "Thời hạn",
    ]


def test_sort_switch_is_done_by_the_database(demo: ConsoleApi) -> None:
    model = QueueModel(demo)
    model.set_filter(QueueFilter(Queue.ALL), Sort.NEWEST)

    def received(row: int) -> datetime:
        return model.row_data(row).received_at  # type: ignore[union-attr]

    assert received(0) >= received(1) >= received(449)
    model.sort(COL_RECEIVED, Qt.SortOrder.AscendingOrder)
    assert model.sort_order is Sort.OLDEST
    assert received(0) <= received(1) <= received(449)
    model.sort(COL_DUE)
    assert model.sort_order is Sort.DUE
    dues = [model.row_data(r).due_at for r in range(20)]  # type: ignore[union-attr]
    assert all(dues) and dues == sorted(dues)
    model.sort(COL_TITLE)  # not a database order: ignored
    assert model.sort_order is Sort.DUE


def test_filters_each_reduce_to_the_right_rows(any_db: Database) -> None:
    small = small_province(any_db)
    model = QueueModel(small.api)
    ids = small.ids

    def shown(**kw) -> set[int]:
        model.set_filter(QueueFilter(Queue.ALL, **kw), Sort.NEWEST)
        return {model.report_id(r) for r in range(model.rowCount())}

    assert shown() == set(ids)
    assert shown(category="giao_thong") == {ids[0], ids[3]}
    assert shown(unit="so_gtvt") == {ids[0]}
    assert shown(channel="portal") == {ids[1], ids[3]}
    assert shown(emergency=True) == {ids[2]}
    assert shown(received_from=MON - timedelta(days=1)) == {ids[0], ids[1], ids[2]}
    assert shown(received_to=MON - timedelta(days=1)) == {ids[3]}
    assert shown(text="duong") == {ids[0]}  # "duong" finds "đường"
    assert shown(text="dong quang") == {ids[1], ids[3]}  # "Đồng Quang"
    assert shown(text="rac thai") == {ids[1]}
    assert shown(text="0987654322") == {ids[2]}
    assert shown(category="giao_thong", text="dong quang") == {ids[3]}
    model.set_filter(QueueFilter(Queue.ALL, text="duong"))
    assert "đường" in model.index(0, COL_TITLE).data()


def test_sla_colours_for_overdue_due_soon_and_emergency_rows(sqlite_db: Database) -> None:
    small = small_province(sqlite_db)
    model = QueueModel(small.api)
    model.set_filter(QueueFilter(Queue.NEW), Sort.DUE)
    rows = {model.report_id(r): r for r in range(model.rowCount())}
    emergency = rows[small.ids[2]]
    assert model.index(emergency, COL_CODE).data(FONT).bold()
    assert model.index(emergency, COL_CODE).data(DECORATION) is not None
    assert model.index(rows[small.ids[1]], COL_CODE).data(DECORATION) is None

    small.province.clock.now = MON + timedelta(days=20)  # every intake clock has run out
    model.refresh_clock()
    row = rows[small.ids[1]]
    overdue_fill, _ink, overdue_tint = SLA_COLOURS[SlaState.OVERDUE]
    assert model.index(row, COL_DUE).data(SlaRole) == SlaState.OVERDUE
    assert model.index(row, COL_TITLE).data(BG).color() == overdue_tint
    assert model.index(row, COL_DUE).data(FG).color() == overdue_fill
    assert model.index(row, COL_DUE).data().startswith("quá hạn ")
    assert model.index(row, COL_DUE).data(TIP).startswith("quá hạn ")
    assert "Hạn: " in model.index(row, COL_DUE).data(TIP)

    small.province.clock.now = MON + timedelta(minutes=45)
    model.refresh_clock()
    state = SlaState(model.index(row, COL_DUE).data(SlaRole))
    assert state in (SlaState.ON_TIME, SlaState.DUE_SOON)
    assert model.index(row, COL_DUE).data().startswith("còn ")
    if state is SlaState.ON_TIME:
        assert model.index(row, COL_TITLE).data(BG) is None
        assert model.index(row, COL_DUE).data(FG).color() == SLA_COLOURS[SlaState.ON_TIME][0]


def test_invalidate_reads_the_change(sqlite_db: Database) -> None:
    small = small_province(sqlite_db)
    model = QueueModel(small.api)
    model.set_filter(QueueFilter(Queue.NEW), Sort.DUE)
    assert model.rowCount() == 3
    op = small.api.actor
    r = small.province.report(small.ids[1])
    small.province.service.forward(op, r.id, r.version, "so_tnmt")
    model.set_filter(QueueFilter(Queue.NEW), Sort.DUE)
    assert model.rowCount() == 3  # the count is cached per filter
    model.invalidate()
    assert model.rowCount() == 2
    assert small.ids[1] not in {model.report_id(r) for r in range(2)}


def test_badge_text_is_short() -> None:
    def left(hours: float, working: bool = True) -> Remaining:
        return Remaining(hours, working, 8)

    assert remaining_text(left(-(8 + 2 + 5 / 60))) == "quá hạn 1 ngày 2 giờ 5 phút làm việc"
    assert remaining_text(left(-(8 + 2 + 5 / 60)), short=True) == "quá hạn 1 ngày 2 giờ"
    assert remaining_text(left(2.25)) == "còn 2 giờ 15 phút làm việc"
    assert remaining_text(left(2.25), short=True) == "còn 2 giờ 15 phút"
    assert remaining_text(left(40 / 60, working=False), short=True) == "còn 40 phút"
    assert remaining_text(left(0, working=False)) == "còn 0 phút"
    assert remaining_text(None) == ""
    # The core's own wording (the CLI) says the same.
    assert left(2.25).describe() == remaining_text(left(2.25))


def test_jumps_read_on_from_anchors_once_they_are_built(
    qtbot, demo: ConsoleApi, calls: list[dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.services import queue_anchors

    monkeypatch.setattr(queue_anchors, "ANCHOR_EVERY", 30)
    monkeypatch.setattr(queue_pages, "ANCHOR_MIN", 100)
    f = QueueFilter(Queue.ALL)
    expected = _all_rows(demo, f, Sort.DUE)
    model = QueueModel(demo)
    model.set_filter(f, Sort.DUE)
    calls.clear()
    # the first jump counts from the top, and starts building the anchors
    assert model.index(449, COL_CODE).data() == expected[449].code
    assert calls == [{"sort": Sort.DUE, "limit": 200, "offset": 400}]
    qtbot.waitUntil(lambda: model.pages.anchored, timeout=10000)
    # the next jump reads on from the anchor at row 179: after its key, 20 rows on
    assert model.index(400 - 200 + 5, COL_CODE).data() == expected[205].code
    assert calls[-1] == {
        "sort": Sort.DUE,
        "limit": 200,
        "after": expected[179].key(Sort.DUE),
        "offset": 20,
    }
    for row in range(200, 400, 13):
        assert model.report_id(row) == expected[row].id


def test_scrolling_reads_the_next_page_ahead_in_the_background(
    qtbot, demo: ConsoleApi, calls: list[dict]
) -> None:
    f = QueueFilter(Queue.ALL)
    expected = _all_rows(demo, f, Sort.NEWEST)
    model = QueueModel(demo)
    model.set_filter(f, Sort.NEWEST)
    assert model.index(0, COL_CODE).data() == expected[0].code
    model.read_ahead(0, 25)  # far from the page's end: nothing more
    assert model.cached_pages == 1
    model.read_ahead(80, 105)  # within 100 rows of row 200: page 1 comes by keyset
    qtbot.waitUntil(lambda: model.cached_pages == 2, timeout=10000)
    assert calls[-1] == {"sort": Sort.NEWEST, "limit": 200, "after": expected[199].key(Sort.NEWEST)}
    before = len(calls)
    assert [model.report_id(r) for r in range(200, 226)] == [r.id for r in expected[200:226]]
    assert len(calls) == before  # the screen found its rows waiting
    model.set_filter(f, Sort.OLDEST)  # a new order drops what was read for the old one
    assert model.cached_pages == 0


def test_a_provisional_count_grows_to_the_real_one(qtmodeltester, demo: ConsoleApi) -> None:
    f = QueueFilter(Queue.ALL)
    first = demo.page(f, sort=Sort.NEWEST)
    model = QueueModel(demo)
    model.set_filter(f, Sort.NEWEST, count=len(first), first_page=first, provisional=True)
    qtmodeltester.check(model)  # and it watches the insertion below
    assert model.rowCount() == 200 and model.cached_count(f) is None
    assert model.provisional(f, Sort.NEWEST) and not model.provisional(f, Sort.DUE)
    model.set_count(450)
    assert model.rowCount() == 450 and model.cached_count(f) == 450
    assert not model.provisional(f, Sort.NEWEST)
    assert model.index(449, COL_CODE).data() == _all_rows(demo, f, Sort.NEWEST)[449].code
