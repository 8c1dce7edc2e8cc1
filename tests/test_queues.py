"""Queues: who sees what, filters, keyset pages, diacritic-insensitive search (SQLite + PG)."""

from __future__ import annotations

from datetime import datetime, timedelta

from console.db import Database
from console.intake import ReportDraft
from console.models import ReportStatus, Role
from console.profiles import load_profile
from console.services.queues import (
    Queue,
    QueueFilter,
    Sort,
    queue_count,
    queue_counts,
    queue_page,
    queues_for,
)
from tests.scenario_helpers import make_province

MON = datetime(2026, 3, 2, 8, 0)
TITLES = [
    ("Ổ gà sâu trên đường Lương Ngọc Quyến", "giao_thong", "so_gtvt"),
    ("Rác thải tồn đọng ở chợ Đồng Quang", "moi_truong", "so_tnmt"),
    ("Đèn tín hiệu giao thông hỏng tại ngã tư Đồng Quang", "giao_thong", "so_gtvt"),
    ("Karaoke gây ồn sau 22 giờ ở tổ 5 phường Phan Đình Phùng", "an_ninh_trat_tu", "ca_tinh"),
]


def _province(db: Database):
    p = make_province(db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    officer = p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    ids = []
    for i, (title, cat, unit) in enumerate(TITLES):
        p.clock.now = MON + timedelta(minutes=10 * i)
        r = p.service.submit(
            op,
            ReportDraft(
                channel="app",
                title=title,
                description=f"Người dân phản ánh: {title.lower()}.",
                place="Phường Phan Đình Phùng, TP Thái Nguyên",
                reporter_name="Trần Văn Bình",
                reporter_phone="0987654321",
                category=cat,
            ),
        )
        if i < 3:
            r = p.service.forward(op, r.report_id, r.version, unit)
        ids.append(r.report_id)
    return p, op, officer, ids


def test_queues_scope_filters_and_search(any_db: Database) -> None:
    _p, op, officer, ids = _province(any_db)
    now = MON + timedelta(hours=1)
    with any_db.session() as s:
        assert queue_count(s, op, QueueFilter(Queue.NEW), now=now) == 1
        assert queue_count(s, op, QueueFilter(Queue.ALL), now=now) == 4
        # the unit sees only what it holds, and never the IOC's new reports
        unit_rows = queue_page(s, officer, QueueFilter(Queue.UNIT), now=now)
        assert {r.id for r in unit_rows} == {ids[0], ids[2]}
        assert queue_count(s, officer, QueueFilter(Queue.ALL), now=now) == 2
        assert queue_count(s, op, QueueFilter(category="moi_truong"), now=now) == 1
        assert queue_count(s, op, QueueFilter(unit="so_gtvt"), now=now) == 2
        # "duong" finds "đường", "dong quang" finds "Đồng Quang", phone and code too
        for query, expected in [
            ("duong", {ids[0]}),
            ("dong quang", {ids[1], ids[2]}),
            ("ĐỒNG QUANG", {ids[1], ids[2]}),
            ("karaoke", {ids[3]}),
            ("0987654321", set(ids)),
            ("TN-2026-000002", {ids[1]}),
            ("den tin hieu", {ids[2]}),
            ("xyz khong co", set()),
        ]:
            rows = queue_page(s, op, QueueFilter(text=query), now=now)
            assert {r.id for r in rows} == expected, query
        # hostile input is only words: no syntax reaches the index
        assert queue_page(s, op, QueueFilter(text='" OR * NEAR( -- ;'), now=now) == []
        # forwarded reports are late by their handling deadline (3 working days, Điều 8
        # bước 3), not by the return clock (1 clock hour), which binds only on a return
        late = queue_page(s, op, QueueFilter(Queue.OVERDUE), now=MON + timedelta(hours=1.5))
        assert late == []
        late = queue_page(s, op, QueueFilter(Queue.OVERDUE), now=MON + timedelta(days=3, hours=3))
        assert {r.id for r in late} == set(ids)
        counts = queue_counts(s, op, now=now)
        assert counts[Queue.NEW] == 1 and counts[Queue.ALL] == 4
        assert queues_for(op)[0] is Queue.NEW and Queue.UNIT in queues_for(officer)


def test_keyset_pages_cover_everything_once(sqlite_db: Database) -> None:
    p, op, _officer, _ids = _province(sqlite_db)
    for i in range(30):
        p.clock.now = MON + timedelta(hours=2, minutes=i)
        p.service.submit(
            op, ReportDraft(channel="portal", title=f"Phản ánh số {i}", place="Phường Trưng Vương")
        )
    now = MON + timedelta(hours=3)
    for sort in Sort:
        with sqlite_db.session() as s:
            seen, after = [], None
            while True:
                page = queue_page(s, op, QueueFilter(), now=now, sort=sort, after=after, limit=7)
                if not page:
                    break
                seen += [r.id for r in page]
                after = page[-1].key(sort)
            assert len(seen) == len(set(seen)) == 34, sort
            full = queue_page(s, op, QueueFilter(), now=now, sort=sort, limit=100)
            assert [r.id for r in full] == seen
            for k in range(0, 34, 5):  # a jump anywhere lands where scrolling would
                jump = queue_page(s, op, QueueFilter(), now=now, sort=sort, offset=k, limit=4)
                assert [r.id for r in jump] == seen[k : k + 4], (sort, k)
    with sqlite_db.session() as s:
        rows = queue_page(s, op, QueueFilter(), now=now, sort=Sort.DUE, limit=100)
        dues = [r.due_at for r in rows if r.due_at]
        # three working days to handle outlast every intake clock
        assert dues == sorted(dues) and rows[-1].status is ReportStatus.FORWARDED


def test_search_pages_newest_first_and_capped_count(sqlite_db: Database, monkeypatch) -> None:
    from console.services import queues

    p, op, _officer, _ids = _province(sqlite_db)
    for i in range(12):
        p.clock.now = MON + timedelta(hours=2, minutes=i)
        p.service.submit(
            op,
            ReportDraft(channel="portal", title=f"Đường hỏng đoạn {i}", place="Phường Trưng Vương"),
        )
    now = MON + timedelta(hours=3)
    with sqlite_db.session() as s:
        f = QueueFilter(text="duong hong")
        every = [r.id for r in queue_page(s, op, f, now=now, limit=100)]
        assert len(every) == 12 and every == sorted(every, reverse=True)
        seen, after = [], None
        while page := queue_page(s, op, f, now=now, after=after, limit=5):
            seen += [r.id for r in page]
            after = page[-1].key(Sort.DUE)
        assert seen == every
        assert [r.id for r in queue_page(s, op, f, now=now, offset=7, limit=3)] == every[7:10]
        assert queue_count(s, op, f, now=now) == 12
        monkeypatch.setattr(queues, "SEARCH_COUNT_CAP", 10)
        assert queue_count(s, op, f, now=now) == 11  # "more than 10"
