"""The queue screen: filter bar, debounced search, sort by header, activation, SLA badge."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication

from console.db import Database
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, Sort
from console.sla import SlaState
from console.views.queue_model import COL_DUE, COL_RECEIVED, COL_STATUS, COL_TITLE
from console.views.queue_view import QueueView
from console.views.sla_badge import SLA_COLOURS
from tests.views.test_queue_model import MON, Small, demo_api, small_province


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConsoleApi]:
    yield from demo_api(tmp_path_factory)


@pytest.fixture
def small(sqlite_db: Database) -> Small:
    return small_province(sqlite_db)


@pytest.fixture
def view(qtbot, small: Small) -> QueueView:
    v = QueueView(small.api)
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    qtbot.waitUntil(lambda: v.category.count() > 1 and v.channel.count() > 1)
    with qtbot.waitSignal(v.count_changed):
        v.set_queue(Queue.ALL)
    return v


def _ids(v: QueueView) -> set[int]:
    return {v.model.report_id(r) for r in range(v.model.rowCount())}


def _type(widget, text: str) -> None:
    """Vietnamese typed one character at a time (keyClicks aborts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def test_queue_count_label_and_default_sort(qtbot, view: QueueView, small: Small) -> None:
    assert view.model.rowCount() == 4
    assert view.count_label.text() == "4 phản ánh"
    assert view.model.sort_order is Sort.DUE  # deadline first
    assert view.table.horizontalHeader().sortIndicatorSection() == COL_DUE
    assert view.table.verticalHeader().isHidden()
    with qtbot.waitSignal(view.count_changed):
        view.table.horizontalHeader().sectionClicked.emit(COL_RECEIVED)
    assert view.model.sort_order is Sort.NEWEST
    with qtbot.waitSignal(view.count_changed) as blocker:
        view.set_queue(Queue.NEW)
    assert blocker.args == [3]
    assert view.model.sort_order is Sort.DUE  # a queue opens deadline first again
    assert view.model.index(0, COL_STATUS).data() == "Mới tiếp nhận"


def test_each_filter_reduces_the_rows(qtbot, view: QueueView, small: Small) -> None:
    ids = small.ids

    def pick(combo, code: str | None) -> None:
        with qtbot.waitSignal(view.count_changed):
            combo.setCurrentIndex(combo.findData(code))

    pick(view.category, "giao_thong")
    assert _ids(view) == {ids[0], ids[3]}
    pick(view.unit, "so_gtvt")
    assert _ids(view) == {ids[0]}
    pick(view.unit, None)
    pick(view.category, None)
    pick(view.channel, "portal")
    assert _ids(view) == {ids[1], ids[3]}
    assert view.count_label.text() == "2 phản ánh"
    pick(view.channel, None)
    with qtbot.waitSignal(view.count_changed):
        view.emergency.setChecked(True)
    assert _ids(view) == {ids[2]}
    with qtbot.waitSignal(view.count_changed):
        view.emergency.setChecked(False)
    day_before = MON - timedelta(days=1)
    with qtbot.waitSignal(view.count_changed):
        view.date_from.setDate(QDate(day_before.year, day_before.month, day_before.day))
    assert _ids(view) == {ids[0], ids[1], ids[2]}
    with qtbot.waitSignal(view.count_changed):
        view.date_to.setDate(QDate(day_before.year, day_before.month, day_before.day))
    assert _ids(view) == set()
    with qtbot.waitSignal(view.count_changed) as blocker:
        qtbot.mouseClick(view.clear_dates, Qt.MouseButton.LeftButton)
    assert blocker.args == [4]


def test_search_is_debounced_diacritic_insensitive_and_escape_clears(
    qtbot, view: QueueView, small: Small
) -> None:
    loads: list[int] = []
    view.count_changed.connect(loads.append)
    with qtbot.waitSignal(view.count_changed):
        qtbot.keyClicks(view.search, "duong")
    assert loads == [1]  # five keystrokes, one query
    assert _ids(view) == {small.ids[0]}
    assert "đường" in view.model.index(0, COL_TITLE).data()
    with qtbot.waitSignal(view.count_changed) as blocker:
        qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert blocker.args == [4] and view.search.text() == ""
    with qtbot.waitSignal(view.count_changed) as blocker:
        _type(view.search, "Đồng Quang")
    assert blocker.args == [2]
    with qtbot.waitSignal(view.count_changed) as blocker:
        view.search.setText("0987654322")
    assert _ids(view) == {small.ids[2]}


def test_a_search_past_the_count_cap_says_more_than(
    qtbot, view: QueueView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.services import queues
    from console.views import queue_view

    monkeypatch.setattr(queues, "SEARCH_COUNT_CAP", 1)
    monkeypatch.setattr(queue_view, "SEARCH_COUNT_CAP", 1)
    with qtbot.waitSignal(view.count_changed) as blocker:
        view.search.setText("dong quang")
    assert blocker.args == [2]  # the service counted one past the cap
    assert view.count_label.text() == "Hơn 1 phản ánh"
    assert view.table.horizontalHeader().sortIndicatorSection() == COL_RECEIVED


def test_ctrl_f_focuses_the_search_box(qtbot, view: QueueView) -> None:
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search.hasFocus)


def test_enter_and_double_click_open_the_report(qtbot, view: QueueView) -> None:
    view.table.setFocus()
    view.table.selectRow(1)
    with qtbot.waitSignal(view.report_activated) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [view.model.report_id(1)]
    rect = view.table.visualRect(view.model.index(2, COL_TITLE))
    viewport = view.table.viewport()
    with qtbot.waitSignal(view.report_activated) as blocker:  # a real double-click: press first
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [view.model.report_id(2)]


def test_header_clicks_switch_the_database_sort(qtbot, view: QueueView) -> None:
    header = view.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + 20
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    assert view.model.sort_order is Sort.DUE
    with qtbot.waitSignal(view.count_changed):
        click(COL_RECEIVED)
    assert view.model.sort_order is Sort.NEWEST
    with qtbot.waitSignal(view.count_changed):
        click(COL_RECEIVED)
    assert view.model.sort_order is Sort.OLDEST
    first, last = view.model.row_data(0), view.model.row_data(3)
    assert first is not None and last is not None and first.received_at <= last.received_at
    with qtbot.assertNotEmitted(view.count_changed, wait=400):
        click(COL_TITLE)  # titles are not a database order: nothing happens
    assert view.model.sort_order is Sort.OLDEST
    assert header.sortIndicatorSection() == COL_RECEIVED
    with qtbot.waitSignal(view.count_changed):
        click(COL_DUE)
    assert view.model.sort_order is Sort.DUE
    assert header.sortIndicatorSection() == COL_DUE


def test_refresh_keeps_the_current_report(qtbot, view: QueueView, small: Small) -> None:
    row = next(r for r in range(4) if view.model.report_id(r) == small.ids[2])
    view.table.selectRow(row)
    with qtbot.waitSignal(view.count_changed):
        view.refresh()
    assert view.current_report_id() == small.ids[2]


def test_overdue_row_is_tinted_and_its_badge_red(qtbot, view: QueueView, small: Small) -> None:
    small.province.clock.now = MON + timedelta(days=20)
    with qtbot.waitSignal(view.count_changed):
        view.set_queue(Queue.NEW)
    index = view.model.index(0, COL_DUE)
    assert index.data(Qt.ItemDataRole.UserRole.value + 3) == SlaState.OVERDUE
    fill = SLA_COLOURS[SlaState.OVERDUE][0]
    image: QImage = view.table.viewport().grab().toImage()
    rect = view.table.visualRect(index)
    y = rect.center().y() * image.height() // view.table.viewport().height()
    scale = image.width() / view.table.viewport().width()
    colours = {image.pixelColor(int(x * scale), y).name() for x in range(rect.left(), rect.right())}
    assert fill.name() in colours


def test_screenshot_script(qtbot, tmp_path: Path) -> None:
    from scripts.shot_queue import save_screenshot

    path = save_screenshot(tmp_path / "queue.png")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1366, 768)


def test_a_new_filter_starts_at_the_top_a_refresh_stays(qtbot, demo: ConsoleApi) -> None:
    v = QueueView(demo)
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    with qtbot.waitSignal(v.count_changed):
        v.set_queue(Queue.ALL)
    bar = v.table.verticalScrollBar()
    v.table.selectRow(430)  # deep in the third page: read by offset
    v.table.scrollTo(v.model.index(430, 0))
    deep = v.current_report_id()
    assert deep is not None and bar.value() > 300
    with qtbot.waitSignal(v.count_changed):
        v.refresh()
    assert v.current_report_id() == deep and bar.value() > 300
    with qtbot.waitSignal(v.count_changed):
        v.emergency.setChecked(True)
    assert bar.value() == 0


def test_scrolling_near_a_page_end_reads_the_next_page_before_it_is_needed(
    qtbot, demo: ConsoleApi
) -> None:
    v = QueueView(demo)
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    with qtbot.waitSignal(v.count_changed):
        v.set_queue(Queue.ALL)
    bar = v.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the table's layout follows the reset later
    assert v.model.cached_pages == 1
    bar.setValue(120)  # the screen's last row is within 100 rows of row 200
    qtbot.waitUntil(lambda: v.model.cached_pages == 2, timeout=10000)
    assert bar.value() == 120  # and the wait did not move the screen
    assert v._ahead.interval() == 0  # right after the paint, whatever the scroll value


def test_a_new_queue_shows_its_rows_before_its_count(
    qtbot, demo: ConsoleApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    release = threading.Event()
    real_count = demo.count

    def slow_count(f):  # a search's count over a million reports, say
        release.wait(15)
        return real_count(f)

    v = QueueView(demo)
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    monkeypatch.setattr(demo, "count", slow_count)
    try:
        with qtbot.waitSignal(v.rows_shown, timeout=10000):
            v.set_queue(Queue.ALL)
        assert v.model.rowCount() == 200 and v.count_label.text() == "Đang đếm…"
        first = v.model.report_id(0)
    finally:
        release.set()
    qtbot.waitUntil(lambda: v.model.rowCount() == 450, timeout=10000)
    assert v.count_label.text() == "450 phản ánh"
    assert v.model.report_id(0) == first and v.model.report_id(449) is not None
    assert v.model.cached_count(v.model.queue_filter) == 450
