"""The Open311 GeoReport v2 server over real HTTP (issue 12), on SQLite and on PostgreSQL:
every endpoint in JSON and XML, each error, a retried POST, the publication rules."""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy import func, select

from console.db import Database
from console.models import Open311Request, Publication, Report, ReportStatus, Role
from console.profiles import Profile, load_profile
from console.services.api_keys import add_key, revoke_key
from console.services.auth import system_actor
from console.services.reports import ReportService
from console.timeutil import now_local
from tests.open311_helpers import call, running_server
from tests.scenario_helpers import Province, SetClock, make_province

PROFILE = load_profile("thai-nguyen")
MON = datetime(2026, 3, 2, 9)


@dataclass
class Site:
    db: Database
    profile: Profile
    url: str
    key: str  # the C-ThaiNguyen app's key (channel "app")

    def post(self, fmt: str = "json", **fields: str) -> object:
        form = {
            "api_key": self.key,
            "service_code": "giao_thong",
            "address_string": "Số 45 đường Lương Ngọc Quyến, Phường Hoàng Văn Thụ",
            "description": "Ổ gà sâu giữa đường, xe máy bị ngã ban đêm.",
            "first_name": "Hường",
            "last_name": "Đặng Thị",
            "phone": "0912 345 678",
            **fields,
        }
        return call(f"{self.url}/requests.{fmt}", {k: v for k, v in form.items() if v != "-"})

    def count(self) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(Report)) or 0


@pytest.fixture
def site(any_db: Database) -> Iterator[Site]:
    make_province(any_db, PROFILE, MON)
    _, key = add_key(any_db, system_actor(), "c-thainguyen")
    with running_server(any_db, PROFILE, rate_per_minute=0) as url:
        yield Site(any_db, PROFILE, url, key)


def test_services_are_the_profiles_categories_in_json_and_xml(site: Site) -> None:
    listed = call(f"{site.url}/services.json")
    assert listed.status == 200 and listed.content_type.startswith("application/json")
    codes = [s["service_code"] for s in listed.json()]
    assert codes == [c.code for c in PROFILE.categories]
    first = listed.json()[0]
    assert (first["metadata"], first["type"], first["service_name"]) == (
        False,
        "realtime",
        "Giao thông",
    )
    assert set(first) == {
        "service_code",
        "service_name",
        "description",
        "metadata",
        "type",
        "keywords",
        "group",
    }
    xml = call(f"{site.url}/services.xml").xml()
    assert xml.tag == "services" and len(xml.findall("service")) == len(codes)
    one = call(f"{site.url}/services/giao_thong.xml").xml()
    assert one.findtext("service/service_name") == "Giao thông"
    assert one.findtext("service/metadata") == "false"
    assert call(f"{site.url}/services/moi_truong.json").json()[0]["service_code"] == "moi_truong"


def test_a_posted_request_is_a_report_on_the_keys_channel(site: Site) -> None:
    made = site.post(media_url="https://anh.example/o-ga.jpg", account_id="u-17", device_id="dev-1")
    assert made.status == 201
    [answer] = made.json()
    code = answer["service_request_id"]
    assert code == "TN-2026-000001" or code.startswith("TN-")
    assert code in answer["service_notice"] and answer["account_id"] == "u-17"
    with site.db.session() as s:
        report = s.scalar(select(Report).where(Report.code == code))
        assert report is not None
        assert (
            report.channel.code,
            report.category.code,
            report.reporter_name,
            report.reporter_phone,
            report.status,
        ) == ("app", "giao_thong", "Đặng Thị Hường", "0912345678", ReportStatus.RECEIVED)
        origin = s.scalar(select(Open311Request).where(Open311Request.report_id == report.id))
        assert origin is not None
        assert (origin.app_name, origin.source, origin.media_url, origin.device_id) == (
            "c-thainguyen",
            "api",
            "https://anh.example/o-ga.jpg",
            "dev-1",
        )

    got = call(f"{site.url}/requests/{code}.json").json()[0]
    assert (got["status"], got["service_code"], got["media_url"]) == (
        "open",
        "giao_thong",
        "https://anh.example/o-ga.jpg",
    )
    assert got["requested_datetime"].endswith("+07:00")
    assert got["expected_datetime"].endswith("+07:00")  # the current deadline
    assert got["agency_responsible"].startswith("Trung tâm Điều hành")
    assert "status_notes" in got and got["status_notes"] is None
    xml = call(f"{site.url}/requests/{code}.xml").xml()
    assert xml.tag == "service_requests"
    assert xml.findtext("request/service_request_id") == code
    assert xml.findtext("request/status") == "open"
    # An XML POST answers in XML.
    posted = site.post("xml", description="Đèn đường hỏng cả dãy phố.")
    assert posted.status == 201 and posted.xml().findtext("request/service_request_id")


def test_requests_are_filtered_by_id_service_status_and_dates(site: Site) -> None:
    a = site.post().json()[0]["service_request_id"]
    b = site.post(service_code="moi_truong", description="Rác thải đổ trộm ven sông.").json()[0][
        "service_request_id"
    ]
    both = call(f"{site.url}/requests.json?service_request_id={a},{b}").json()
    assert {r["service_request_id"] for r in both} == {a, b}
    env = call(f"{site.url}/requests.xml?service_code=moi_truong").xml()
    assert [r.findtext("service_request_id") for r in env.findall("request")] == [b]
    assert {
        r["service_request_id"] for r in call(f"{site.url}/requests.json?status=open").json()
    } == {a, b}
    assert call(f"{site.url}/requests.json?status=closed").json() == []
    old = urllib.parse.urlencode(
        {"start_date": "2025-01-01T00:00:00+07:00", "end_date": "2025-03-01T00:00:00+07:00"}
    )
    assert call(f"{site.url}/requests.json?{old}").json() == []


def test_a_retried_post_with_the_same_idempotency_key_makes_one_report(site: Site) -> None:
    first = site.post(idempotency_key="lan-gui-1")
    again = site.post(idempotency_key="lan-gui-1")
    header = call(
        f"{site.url}/requests.json",
        {
            "api_key": site.key,
            "service_code": "giao_thong",
            "lat": "21.59",
            "long": "105.84",
            "description": "Cây đổ chắn đường.",
        },
        headers={"Idempotency-Key": "lan-gui-2"},
    )
    header_again = call(
        f"{site.url}/requests.json",
        {
            "api_key": site.key,
            "service_code": "giao_thong",
            "lat": "21.59",
            "long": "105.84",
            "description": "Cây đổ chắn đường.",
        },
        headers={"Idempotency-Key": "lan-gui-2"},
    )
    assert (first.status, again.status) == (201, 200)  # 200: made before, nothing new
    assert first.json()[0]["service_request_id"] == again.json()[0]["service_request_id"]
    assert header.json()[0]["service_request_id"] == header_again.json()[0]["service_request_id"]
    assert site.count() == 2
    with site.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Open311Request)) == 2
    site.post()  # no key: each POST is a new report
    assert site.count() == 3


def test_each_error_is_a_georeport_error_list_with_its_status(site: Site) -> None:
    def error(reply: object) -> tuple[int, str]:
        [item] = reply.json()  # type: ignore[attr-defined]
        assert item["code"] == reply.status  # type: ignore[attr-defined]
        return reply.status, item["description"]  # type: ignore[attr-defined]

    assert error(site.post(api_key="-"))[0] == 403
    assert error(site.post(api_key="ioc_not-a-key"))[0] == 403
    assert error(call(f"{site.url}/requests.json?api_key=wrong"))[0] == 403
    status, text = error(site.post(address_string="-"))
    assert status == 400 and "vị trí" in text
    assert error(site.post(lat="abc", long="105.8"))[0] == 400
    assert error(site.post(lat="95", long="105.8"))[0] == 400
    status, text = error(site.post(phone="12"))
    assert status == 400 and text.startswith("Số điện thoại không hợp lệ")  # the intake's own
    assert error(site.post(description="-"))[0] == 400  # nothing said: the intake refuses
    assert error(site.post(service_code="khong_co"))[0] == 404
    assert error(site.post(service_code="-"))[0] == 400
    assert error(call(f"{site.url}/requests/TN-2026-999999.json"))[0] == 404
    assert error(call(f"{site.url}/services/khong_co.json"))[0] == 404
    assert error(call(f"{site.url}/services.csv"))[0] == 404
    assert error(call(f"{site.url}/khong-co"))[0] == 404
    wide = urllib.parse.urlencode(
        {"start_date": "2026-01-01T00:00:00+07:00", "end_date": "2026-06-01T00:00:00+07:00"}
    )
    status, text = error(call(f"{site.url}/requests.json?{wide}"))
    assert status == 400 and "90 ngày" in text
    assert error(call(f"{site.url}/requests.json?start_date=hom-qua"))[0] == 400
    assert error(call(f"{site.url}/requests.json?status=pending"))[0] == 400
    huge = urllib.parse.urlencode(
        {
            "api_key": site.key,
            "service_code": "giao_thong",
            "address_string": "x",
            "description": "a" * 70_000,
        }
    )
    assert error(call(f"{site.url}/requests.json", data=huge.encode()))[0] == 413
    xml = call(f"{site.url}/services/khong_co.xml")
    assert xml.status == 404 and xml.xml().tag == "errors"
    assert xml.xml().findtext("error/code") == "404"
    revoke_key(site.db, system_actor(), "c-thainguyen")
    assert error(site.post())[0] == 403  # a revoked key opens nothing
    assert site.count() == 0  # and no refused request wrote anything


def test_a_key_past_its_rate_is_refused_with_429(any_db: Database) -> None:
    make_province(any_db, PROFILE, MON)
    _, key = add_key(any_db, system_actor(), "c-thainguyen")
    _, other = add_key(any_db, system_actor(), "portal", "portal")
    form = {
        "service_code": "giao_thong",
        "address_string": "Phường Phan Đình Phùng",
        "description": "Nước ngập sau mưa.",
    }
    with running_server(any_db, PROFILE, rate_per_minute=3) as url:
        replies = [call(f"{url}/requests.json", {"api_key": key, **form}) for _ in range(4)]
        assert [r.status for r in replies] == [201, 201, 201, 429]
        assert "thử lại sau" in replies[-1].json()[0]["description"]
        assert call(f"{url}/requests.json", {"api_key": other, **form}).status == 201  # its own


def _answer(p: Province, code: str, publication: Publication) -> None:
    """Forward, handle, approve and publish ``code`` (Thái Nguyên Điều 7–10), now."""
    op, officer, leader = (p.actors[n] for n in ("dieuhanh1", "cb.gtvt", "ld.gtvt"))
    with p.db.session() as s:
        report = s.scalar(select(Report).where(Report.code == code))
        assert report is not None
        rid, version = report.id, report.version
    svc = p.service
    r = svc.forward(op, rid, version, "so_gtvt")
    r = svc.accept(officer, rid, r.version)
    r = svc.submit_result(officer, rid, r.version, "Đã vá ổ gà bằng bê tông nhựa ngày 05/3.")
    r = svc.approve(leader, rid, r.version)
    svc.publish(op, rid, r.version, publication)


def test_status_notes_show_the_public_answer_only_thai_nguyen_dieu_10(site: Site) -> None:
    public = site.post().json()[0]["service_request_id"]
    secret = site.post(
        confidential="true", first_name="Bí", last_name="Mật Người", phone="0987 654 321"
    ).json()[0]["service_request_id"]
    p = Province(site.db, PROFILE, SetClock(now_local()), ReportService(site.db, PROFILE))
    p.add("dieuhanh1", "ioc", Role.OPERATOR)
    p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    p.add("ld.gtvt", "so_gtvt", Role.LEADER)
    _answer(p, public, Publication.PUBLIC)
    # Điều 10.3: a reporter who asked for secrecy gets the answer privately, never published.
    _answer(p, secret, Publication.PRIVATE)

    shown = {r["service_request_id"]: r for r in call(f"{site.url}/requests.json").json()}
    assert shown[public]["status"] == "closed"
    assert shown[public]["status_notes"] == "Đã vá ổ gà bằng bê tông nhựa ngày 05/3."
    assert shown[public]["expected_datetime"] is None
    assert shown[secret]["status"] == "closed"
    assert shown[secret]["status_notes"] is None  # the private answer is not published
    assert shown[secret]["description"] is None and shown[secret]["address"] is None
    for fmt in ("json", "xml"):
        body = (
            call(f"{site.url}/requests.{fmt}").text
            + call(f"{site.url}/requests/{secret}.{fmt}").text
        )
        assert "Mật Người" not in body and "0987654321" not in body and "Bí" not in body
        assert "Đặng Thị Hường" not in body  # no reporter's details at all in GeoReport
    xml = call(f"{site.url}/requests/{public}.xml").xml()
    assert xml.findtext("request/status_notes") == "Đã vá ổ gà bằng bê tông nhựa ngày 05/3."
