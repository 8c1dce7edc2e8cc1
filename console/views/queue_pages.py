"""The queue model's window of pages: which rows are held, how a missing page is read, and
what is read ahead in the background.

A page the view asks for and nobody has read is read at once, the cheapest way known: by
keyset after the page before it, else from the nearest jump anchor before it (a short OFFSET
from a known key), else by OFFSET from the top, which also starts building the anchors in the
background. While the operator scrolls, the page beyond the screen's edge is read ahead in the
background, so a scroll step finds its rows waiting and only paints.
"""

from __future__ import annotations

import bisect
import logging
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from console.services.console_api import ConsoleApi
from console.services.queue_anchors import Anchor
from console.services.queues import QueueFilter, QueueRow, Sort
from console.sla import SlaState
from console.views.messages import error_text
from console.views.operations import run_in_background

PAGE = 200
MAX_PAGES = 20
AHEAD = PAGE // 2  # rows from a page's edge at which the next page is read ahead
ANCHOR_MIN = 10 * PAGE  # in a shorter queue an OFFSET from the top is short anyway

log = logging.getLogger(__name__)


class Page:
    """One fetched page and what the model works out for its rows, filled lazily."""

    __slots__ = ("rows", "sla", "text")

    def __init__(self, rows: list[QueueRow]) -> None:
        self.rows = rows
        self.text: list[tuple[str, ...] | None] = [None] * len(rows)  # the first 7 columns
        self.sla: list[tuple[SlaState, str, str] | None] = [None] * len(rows)


class PageWindow(QObject):
    """At most MAX_PAGES pages of one queue (least recently used go first)."""

    failed = Signal(str)  # a page the view needed could not be read: the message

    def __init__(self, api: ConsoleApi, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._filter, self._sort, self._count = QueueFilter(), Sort.DUE, 0
        self._generation = 0  # bumped by every reset: late background reads are dropped
        self._anchors: list[Anchor] | None = None
        self._anchor_rows: list[int] = []
        self._anchoring = False
        self._reading: set[int] = set()  # pages being read ahead
        self._wanted: set[int] = set()  # pages the screen is near now
        self._hot: tuple[int, Page] | None = None  # the last page asked for: most cells hit it

    def reset(
        self, f: QueueFilter, sort: Sort, count: int, first_page: list[QueueRow] | None = None
    ) -> None:
        self._generation += 1
        self._filter, self._sort, self._count = f, sort, count
        self._pages.clear()
        self._hot = None
        self._anchors, self._anchor_rows, self._anchoring = None, [], False
        self._reading.clear()
        self._wanted.clear()  # queued reads for the old queue skip themselves
        self._wanted = set()
        if first_page is not None:
            self._pages[0] = Page(first_page)

    def grow(self, count: int) -> None:
        """The queue's real count came after its first page."""
        self._count = count

    @property
    def anchored(self) -> bool:
        """Jumps read on from anchors (built in the background after the first long jump)."""
        return bool(self._anchor_rows)

    def __len__(self) -> int:
        return len(self._pages)

    def values(self) -> Sequence[Page]:
        return list(self._pages.values())

    def items(self) -> Sequence[tuple[int, Page]]:
        return list(self._pages.items())

    def get(self, number: int) -> Page | None:
        """Page ``number``, read now if it is not held; None if it cannot be read."""
        hot = self._hot
        if hot is not None and hot[0] == number:
            return hot[1]
        page = self._pages.get(number)
        if page is None:
            after, offset = self._plan(number)
            try:
                rows = self.api.page(
                    self._filter, sort=self._sort, limit=PAGE, **_where_from(after, offset)
                )
            except Exception as exc:  # shown once in the status bar; the cells stay empty
                log.exception("queue page %d", number)
                self.failed.emit(error_text(exc))
                return None
            page = self._keep(number, rows)
        else:
            self._pages.move_to_end(number)
        self._hot = (number, page)
        return page

    def read_ahead(self, first_row: int, last_row: int) -> None:
        """The rows on screen moved: read the page beyond either edge in the background
        when the screen comes within AHEAD rows of it."""
        last_row = min(last_row, self._count - 1)
        if last_row < 0:
            return
        pages = set()
        below = last_row // PAGE + 1
        if below * PAGE < self._count and below * PAGE - last_row <= AHEAD:
            pages.add(below)
        above = first_row // PAGE - 1
        if above >= 0 and first_row - (above + 1) * PAGE < AHEAD:
            pages.add(above)
        # A set the queued jobs share: drop what the screen left, never (even for an instant)
        # a page it is still near.
        self._wanted.intersection_update(pages)
        self._wanted.update(pages)
        for number in sorted(pages):
            self._read_in_background(number)

    # -- how a page is read -------------------------------------------------------------------
    def _plan(self, number: int) -> tuple[tuple[Any, ...] | None, int]:
        """(after, offset) that read page ``number`` most cheaply with what is known."""
        if number == 0:
            return None, 0
        previous = self._pages.get(number - 1)
        if previous is not None and len(previous.rows) == PAGE:
            return previous.rows[-1].key(self._sort), 0
        first = number * PAGE
        at = bisect.bisect_left(self._anchor_rows, first) - 1  # the last anchor before it
        if at >= 0:
            row, key = self._anchors[at]  # type: ignore[index]
            return key, first - row - 1
        self._build_anchors()
        return None, first

    def _keep(self, number: int, rows: list[QueueRow]) -> Page:
        page = self._pages[number] = Page(rows)
        while len(self._pages) > MAX_PAGES:
            gone, _page = self._pages.popitem(last=False)
            if self._hot is not None and self._hot[0] == gone:
                self._hot = None
        return page

    def _read_in_background(self, number: int) -> None:
        if number in self._pages or number in self._reading:
            return
        after, offset = self._plan(number)
        if after is None and offset:  # no cheap way yet: the view reads it when it needs it
            return
        self._reading.add(number)
        generation, api, f, sort = self._generation, self.api, self._filter, self._sort
        wanted = self._wanted  # the screen moved on before the job started: skip it

        def read() -> list[QueueRow] | None:
            if number not in wanted:
                return None
            return api.page(f, sort=sort, limit=PAGE, **_where_from(after, offset))

        def done(rows: list[QueueRow] | None) -> None:
            if generation == self._generation:
                self._reading.discard(number)
                if rows is not None and number not in self._pages:
                    self._keep(number, rows)

        def failed(exc: BaseException) -> None:  # the view reads it again when it needs it
            log.warning("reading queue page %d ahead: %s", number, exc)
            if generation == self._generation:
                self._reading.discard(number)

        run_in_background(read, done, failed, parent=self)

    def _build_anchors(self) -> None:
        if self._anchoring or self._count < ANCHOR_MIN:  # (a search: the service has none)
            return
        self._anchoring = True
        generation, api, f, sort = self._generation, self.api, self._filter, self._sort

        def done(anchors: list[Anchor]) -> None:
            if generation == self._generation:
                self._anchors, self._anchor_rows = anchors, [row for row, _key in anchors]

        def failed(exc: BaseException) -> None:  # jumps go on by OFFSET from the top
            log.warning("queue anchors: %s", exc)

        run_in_background(lambda: api.anchors(f, sort=sort), done, failed, parent=self)


def _where_from(after: tuple[Any, ...] | None, offset: int) -> dict[str, Any]:
    """The page call's keyword arguments: only those in use (keeps the calls readable)."""
    args: dict[str, Any] = {}
    if after is not None:
        args["after"] = after
    if offset:
        args["offset"] = offset
    return args
