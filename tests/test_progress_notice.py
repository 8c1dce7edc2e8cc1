"""The progress notice reaches people (issue 17 item 11): Thái Nguyên Điều 8 Bước 3, "quá 03
ngày mà chưa có kết quả thì phải thông báo cho tổ chức, cá nhân phản ánh và IOC Thái Nguyên
biết": the IOC sees it in its queue "Thông báo tiến độ", and the citizen's notice is worded for
the report's channel. Tiền Giang Điều 9.1.b: an approved expected date is such news too."""

from __future__ import annotations

from datetime import datetime

from console.db import Database
from console.models import Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter, queues_for
from tests.scenario_helpers import draft, make_province
from tests.test_scenario_provinces import _draft

MON = datetime(2026, 3, 2, 9, 0)


def test_thai_nguyen_dieu8_buoc3_notice_after_three_days_reaches_the_ioc_and_citizen(
    any_db: Database,
) -> None:
    p = make_province(any_db, load_profile("thai-nguyen"), MON)
    ioc = ConsoleApi(any_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    officer = ConsoleApi(any_db, p.profile, p.add("cb.gtvt", "so_gtvt", Role.OFFICER), p.clock)
    assert Queue.PROGRESS in queues_for(ioc.actor)
    assert Queue.PROGRESS not in queues_for(officer.actor)
    r = ioc.submit(draft(category="giao_thong"))
    r = ioc.act("forward", r.report_id, r.version, unit="so_gtvt")
    r = officer.act("accept", r.report_id, r.version)
    # A note for the unit's own record is not news for the citizen.
    r = officer.act("post_progress", r.report_id, r.version, note="Đã khảo sát.")
    assert ioc.count(QueueFilter(queue=Queue.PROGRESS)) == 0
    assert ioc.progress_notice(r.report_id) is None
    # Forwarded Mon 09:00: 3 working days end Thu 09:00; no result by Thu 10:00 → the notice.
    p.clock.now = datetime(2026, 3, 5, 10, 0)
    r = officer.act(
        "post_progress",
        r.report_id,
        r.version,
        notify_citizen=True,
        note="Đang chờ Sở Xây dựng cho ý kiến về kết cấu mặt đường.",
    )
    assert ioc.count(QueueFilter(queue=Queue.PROGRESS)) == 1
    assert [row.code for row in ioc.page(QueueFilter(queue=Queue.PROGRESS))] == [r.code]
    notice = ioc.progress_notice(r.report_id)
    assert notice is not None
    assert notice.recipient == "Bà Đặng Thị Hường" and notice.contact == "0912345678"
    app = next(c.name for c in p.profile.channels if c.code == "app")
    assert notice.channel == app and notice.text.endswith(f"qua {app}.")
    assert "Đang chờ Sở Xây dựng cho ý kiến" in notice.text
    assert f"phản ánh mã {r.code}" in notice.text
    assert "Thời hạn giải quyết: trước 09:00 ngày 05/03/2026." in notice.text
    # Once the result is in and answered, the report leaves the queue.
    r = officer.act("submit_result", r.report_id, r.version, text="Đã vá ổ gà.")
    leader = ConsoleApi(any_db, p.profile, p.add("ld.gtvt", "so_gtvt", Role.LEADER), p.clock)
    assert ioc.count(QueueFilter(queue=Queue.PROGRESS)) == 1  # awaiting approval: still news
    leader.act("approve", r.report_id, r.version)
    assert ioc.count(QueueFilter(queue=Queue.PROGRESS)) == 0


def test_tien_giang_dieu9_1b_approved_expected_date_is_the_citizens_notice(
    sqlite_db: Database,
) -> None:
    p = make_province(sqlite_db, load_profile("tien-giang"), MON)
    ioc = ConsoleApi(sqlite_db, p.profile, p.add("tongdai1", "ioc", Role.OPERATOR), p.clock)
    health = p.add("cb.soyt", "so_yt", Role.OFFICER)
    head = p.add("ld.soyt", "so_yt", Role.LEADER)
    svc = p.service
    r = svc.submit(ioc.actor, _draft("web", "an_toan_thuc_pham"))
    r = svc.forward(ioc.actor, r.report_id, r.version, "so_yt")
    r = svc.accept(health, r.report_id, r.version)
    p.clock.now = datetime(2026, 3, 4, 9, 0)
    r = svc.request_extension(
        health, r.report_id, r.version, datetime(2026, 3, 16, 17, 0), "Chờ kết quả xét nghiệm mẫu."
    )
    assert ioc.count(QueueFilter(queue=Queue.PROGRESS)) == 0  # not yet the agency's word
    r = svc.approve_extension(head, r.report_id, r.version)
    assert ioc.count(QueueFilter(queue=Queue.PROGRESS)) == 1
    notice = ioc.progress_notice(r.report_id)
    assert notice is not None
    assert "Chờ kết quả xét nghiệm mẫu. Dự kiến hoàn thành trước 17:00 16/03/2026." in notice.text
    assert "Thời hạn giải quyết: trước 17:00 ngày 16/03/2026." in notice.text
