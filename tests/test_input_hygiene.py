"""Issue 16 item 1: every text that enters the core is checked before anything is stored, on
SQLite and PostgreSQL alike; the database's own refusals never reach the operator."""

from __future__ import annotations

import math
from datetime import datetime

import pytest
from sqlalchemy import func, select

from console.db import Database
from console.errors import StorageError
from console.intake import IntakeError
from console.models import HistoryEntry, Report, Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.queues import QueueFilter
from console.text_input import check_text
from tests.scenario_helpers import draft, make_province

MON = datetime(2026, 3, 2, 9, 0)


def _stored(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Report)) or 0,
            s.scalar(select(func.count()).select_from(HistoryEntry)) or 0,
        )


REFUSED = [
    ({"description": "Ổ gà\x00 sâu"}, "description", "U+0000"),
    ({"title": "Ổ gà \x1b[31mĐỎ\x1b[0m"}, "title", "U+001B"),
    ({"place": "Số 3 \u202eđường"}, "place", "U+202E"),
    ({"reporter_name": "Lê \u2066Lan"}, "reporter_name", "U+2066"),
    ({"reporter_address": "Tổ 5\x9b"}, "reporter_address", "U+009B"),
    ({"description": "lỗi \ud800 mã"}, "description", "U+D800"),
    ({"place": "x" * 256}, "place", "255"),
    ({"reporter_address": "đ" * 256}, "reporter_address", "255"),
    ({"reporter_name": "n" * 121}, "reporter_name", "120"),
    ({"reporter_email": "a" * 116 + "@b.vn"}, "reporter_email", "120"),
    ({"area": "a" * 121}, "area", "120"),
    ({"title": "t" * 201}, "title", "200"),
    ({"description": "d" * 1_000_000}, "description", "10000"),
    ({"reporter_email": "không phải email"}, "reporter_email", "thư điện tử"),
    ({"latitude": 999.0, "longitude": 105.8}, "latitude", "999"),
    ({"latitude": math.nan, "longitude": 105.8}, "latitude", "nan"),
    ({"latitude": 21.5, "longitude": math.inf}, "longitude", "inf"),
    ({"latitude": 21.5}, "longitude", "cả vĩ độ"),
    ({"occurred_at": datetime(2099, 1, 1)}, "occurred_at", "tương lai"),
    ({"occurred_at": datetime(1900, 1, 1)}, "occurred_at", "quá xa"),
    ({"received_at": datetime(1900, 1, 1)}, "received_at", "quá xa"),
    ({"channel": "app\x00"}, "channel", "U+0000"),
    ({"category": "giao_thong\x00"}, "category", "U+0000"),
]


@pytest.mark.parametrize(
    ("change", "field", "said"), REFUSED, ids=[f"{c[1]}-{i}" for i, c in enumerate(REFUSED)]
)
def test_hostile_intake_is_refused_naming_the_field_and_stores_nothing(
    any_db: Database, change: dict[str, object], field: str, said: str
) -> None:
    p = make_province(any_db, load_profile("thai-nguyen"), MON)
    op = ConsoleApi(any_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    before = _stored(any_db)
    with pytest.raises(IntakeError) as caught:
        op.submit(draft(**change))
    assert caught.value.field == field
    assert said in str(caught.value)
    assert "INSERT" not in str(caught.value) and "SELECT" not in str(caught.value)
    assert _stored(any_db) == before


def test_accepted_text_is_cleaned_before_it_is_stored(any_db: Database) -> None:
    p = make_province(any_db, load_profile("thai-nguyen"), MON)
    op = ConsoleApi(any_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    decomposed = "Đe\u0302\u0300n đường hỏng"  # "ề" typed as e + two combining marks
    r = op.submit(
        draft(
            title=f"  {decomposed}\n\tquá lâu  ",
            place="Số 3\nđường Quang Trung",
            description="Dòng một\r\n\tDòng  hai\n",
            reporter_email=" a@b.vn ",
            latitude=21.59,
            longitude=105.85,
        )
    )
    stored = p.report(r.report_id)
    assert stored.title == "Đền đường hỏng quá lâu"
    assert stored.place == "Số 3 đường Quang Trung"
    assert stored.description == "Dòng một\nDòng hai"
    assert stored.reporter_email == "a@b.vn"
    assert (stored.latitude, stored.longitude) == (21.59, 105.85)


def test_notes_results_and_answers_are_checked_and_refused_whole(any_db: Database) -> None:
    p = make_province(any_db, load_profile("thai-nguyen"), MON)
    op = ConsoleApi(any_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    r = op.submit(draft(category="giao_thong"))
    before = _stored(any_db)
    for note in ("lý do\x00", "lý do \u202e", "x" * 10_001):
        with pytest.raises(IntakeError) as caught:
            op.act("reject", r.report_id, r.version, note=note)
        assert "lý do không xử lý" in str(caught.value)
    with pytest.raises(IntakeError):
        op.act("supplement", r.report_id, r.version, note="bổ sung", place="p" * 300)
    assert _stored(any_db) == before
    assert p.report(r.report_id).version == r.version  # nothing written, not even the version


def test_search_filters_with_control_characters_are_refused(any_db: Database) -> None:
    p = make_province(any_db, load_profile("thai-nguyen"), MON)
    op = ConsoleApi(any_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    op.submit(draft())
    assert op.count(QueueFilter(text="Lương Ngọc")) == 1
    with pytest.raises(IntakeError):
        op.count(QueueFilter(text="Lương\x00 Ngọc"))
    with pytest.raises(IntakeError):
        op.page(QueueFilter(category="giao_thong\x00"))
    with pytest.raises(IntakeError):
        op.count(QueueFilter(area="\u202e"))


def test_a_value_the_database_refuses_reaches_the_operator_in_vietnamese(any_db: Database) -> None:
    """Past the checks (here: written directly), the driver's error is not shown as it is."""
    p = make_province(any_db, load_profile("thai-nguyen"), MON)
    op = ConsoleApi(any_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    r = op.submit(draft())
    bad = "\x00" if any_db.url.startswith("postgresql") else "\ud800"
    with pytest.raises(StorageError) as caught, any_db.session() as s:
        report = s.get(Report, r.report_id)
        assert report is not None
        report.place = f"Số 3{bad}"
        s.flush()
    text = str(caught.value)
    assert "Cơ sở dữ liệu không nhận dữ liệu này" in text
    assert "UPDATE" not in text and "psycopg" not in text and "codec" not in text
    assert p.report(r.report_id).place == draft().place


@pytest.mark.parametrize("text", ["", "  a  b ", "Đe\u0302\u0300n\n\n x", "\u0301a", "😀\tb"])
def test_check_text_is_idempotent(text: str) -> None:
    once = check_text(text, "x")
    assert check_text(once, "x") == once
