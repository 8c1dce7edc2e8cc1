"""A report that came through Open311 shows its channel and the app's name in the console."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from console.db import Database
from console.models import Report, Role
from console.profiles import load_profile
from console.services.api_keys import add_key, client_for
from console.services.auth import system_actor
from console.services.detail import report_detail
from console.services.open311_requests import Open311Service, RequestForm, RequestQuery
from tests.scenario_helpers import draft, make_province

PROFILE = load_profile("thai-nguyen")
MON = datetime(2026, 3, 2, 9)


def test_the_detail_names_the_channel_and_the_app(any_db: Database) -> None:
    p = make_province(any_db, PROFILE, MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    _, key = add_key(any_db, system_actor(), "c-thainguyen")
    service = Open311Service(any_db, PROFILE, clock=p.clock)
    with any_db.session() as s:
        client = client_for(s, key)
    assert client is not None
    made = service.submit(
        client,
        RequestForm(
            service_code="giao_thong",
            address_string="Phường Hoàng Văn Thụ",
            description="Ổ gà lớn giữa đường.",
            media_url="https://anh.example/1.jpg",
        ),
    )
    typed = p.service.submit(op, draft(channel="portal"))
    [view] = service.requests(RequestQuery(ids=(made.service_request_id,)))
    assert view.media_url == "https://anh.example/1.jpg"  # kept as a link, not fetched
    with any_db.session() as s:
        rid = s.scalar(select(Report.id).where(Report.code == made.service_request_id))
    assert rid is not None
    detail = report_detail(any_db, PROFILE, op, rid, now=p.clock.now)
    assert detail.channel == "Ứng dụng C-ThaiNguyen — ứng dụng c-thainguyen (Open311)"
    other = report_detail(any_db, PROFILE, op, typed.report_id, now=p.clock.now)
    assert other.channel == "Cổng thông tin tương tác tuongtac.thainguyen.gov.vn"
