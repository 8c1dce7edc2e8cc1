"""Issue 16 item 2: a unit sees only its own reports, at every door of ConsoleApi.

Thái Nguyên: a Sở GTVT report whose reporter asked for confidentiality (Điều 5.4), answered and
published; an officer of Sở Y tế tries each door and finds nothing of it, while the IOC and
Sở GTVT itself go on as before.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from console.db import Database
from console.models import Attachment, Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter
from console.workflow import WorkflowError
from tests.scenario_helpers import Province, draft, make_province

MON = datetime(2026, 3, 2, 9, 0)
PHONE = "0912345678"


@dataclass
class World:
    p: Province
    op: ConsoleApi  # the IOC's operator
    gtvt: ConsoleApi  # Sở GTVT's officer: the report is theirs
    yte: ConsoleApi  # Sở Y tế's officer: it is not
    office: ConsoleApi  # the province's office (Văn phòng UBND)
    report_id: int
    code: str
    other_id: int  # a second Sở GTVT report like the first (a possible duplicate)
    attachment_id: int


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def world(sqlite_db: Database, tmp_path) -> World:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    api = {
        name: ConsoleApi(sqlite_db, p.profile, p.add(name, unit, role), p.clock)
        for name, unit, role in (
            ("dieuhanh1", "ioc", Role.OPERATOR),
            ("cb.gtvt", "so_gtvt", Role.OFFICER),
            ("ld.gtvt", "so_gtvt", Role.LEADER),
            ("cb.yt", "so_yt", Role.OFFICER),
            ("vanphong", "vp_ubnd", Role.OFFICE),
        )
    }
    op, gtvt, leader = api["dieuhanh1"], api["cb.gtvt"], api["ld.gtvt"]
    photo = tmp_path / "o-ga.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    r = op.submit(
        draft(
            category="giao_thong",
            reporter_name="Lê Thị Lan",
            reporter_phone=PHONE,
            confidential=True,
            attachments=[photo],
        )
    )
    other = op.submit(
        draft(
            category="giao_thong",
            reporter_phone="0987654321",
            title="Ổ gà lớn trên đường Lương Ngọc Quyến lại sâu thêm",
        )
    )
    op.act("forward", other.report_id, other.version, unit="so_gtvt")
    r = op.act("forward", r.report_id, r.version, unit="so_gtvt")
    r = gtvt.act("accept", r.report_id, r.version)
    r = gtvt.act(
        "submit_result",
        r.report_id,
        r.version,
        text="Đã vá ổ gà; đã gọi bà Lan số 0912 345 678 để báo.",
    )
    r = leader.act("approve", r.report_id, r.version)
    p.clock.now = MON + timedelta(days=1)
    r = op.act("publish", r.report_id, r.version, publication="private")
    with sqlite_db.session() as s:
        att = s.query(Attachment).filter_by(report_id=r.report_id).one()
        attachment_id = att.id
    return World(
        p,
        op,
        gtvt,
        api["cb.yt"],
        api["vanphong"],
        r.report_id,
        r.code,
        other.report_id,
        attachment_id,
    )


def test_find_another_units_report_is_not_found(world: World) -> None:
    assert world.op.find(world.code) == world.report_id
    assert world.gtvt.find(world.code.lower()) == world.report_id
    with pytest.raises(WorkflowError) as refused:
        world.yte.find(world.code)
    assert "Không tìm thấy" in str(refused.value)  # the same answer as a code never given


def test_search_by_code_or_words_finds_nothing_of_another_unit(world: World) -> None:
    for text, theirs in ((world.code, 1), ("Lương Ngọc Quyến", 2)):
        assert world.yte.page(QueueFilter(Queue.ALL, text=text)) == []
        assert world.yte.count(QueueFilter(Queue.ALL, text=text)) == 0
        assert world.gtvt.count(QueueFilter(Queue.ALL, text=text)) == theirs


def test_caller_history_gives_another_unit_nothing(world: World) -> None:
    assert [c.code for c in world.op.caller_history(PHONE)] == [world.code]
    assert [c.code for c in world.gtvt.caller_history(PHONE)] == [world.code]
    assert world.yte.caller_history(PHONE) == []
    assert world.office.caller_history(PHONE) == []  # the office reads reports, not reporters


def test_duplicates_only_among_the_reports_one_may_see(world: World) -> None:
    assert [c.id for c in world.op.duplicates(world.other_id)] == [world.report_id]
    assert [c.id for c in world.gtvt.duplicates(world.other_id)] == [world.report_id]
    with world.p.db.session() as s:  # the first report moves on to Sở Y tế's hands
        from console.models import Report, Unit

        s.get(Report, world.report_id).current_unit_id = (
            s.query(Unit).filter_by(code="so_yt").one().id
        )
    assert world.gtvt.duplicates(world.other_id) == []  # no longer one it may see
    assert [c.id for c in world.op.duplicates(world.other_id)] == [world.report_id]
    with pytest.raises(WorkflowError):
        world.yte.duplicates(world.other_id)


def test_attachments_of_another_units_report_are_refused(world: World) -> None:
    name, mime, content = world.gtvt.attachment(world.attachment_id)
    assert (name, mime) == ("o-ga.png", "image/png") and content.startswith(b"\x89PNG")
    with pytest.raises(WorkflowError):
        world.yte.attachment(world.attachment_id)


def test_letter_of_another_units_confidential_reporter_is_refused(world: World) -> None:
    assert "Lê Thị Lan" in _text(world.op.letter_pdf(world.report_id))
    assert "Lê Thị Lan" in _text(world.gtvt.letter_pdf(world.report_id))
    for outsider in (world.yte, world.office):
        with pytest.raises(WorkflowError):
            outsider.letter_pdf(world.report_id)
        with pytest.raises(WorkflowError):
            outsider.letter_pdf(world.report_id, text="Thư xem trước")


def test_batch_letters_hold_only_the_units_own(world: World) -> None:
    day = date(2026, 3, 3)
    assert world.op.letters_pdf(day, day).letters == 1
    assert world.gtvt.letters_pdf(day, day).letters == 1
    from console.letters.data import LetterError

    with pytest.raises(LetterError):  # "no report answered in the period", for this unit
        world.yte.letters_pdf(day, day)


def test_other_doors_by_id_refuse_another_unit(world: World) -> None:
    with pytest.raises(WorkflowError):
        world.yte.detail(world.report_id)
    with pytest.raises(WorkflowError):
        world.yte.open_consultations(world.report_id)
    with pytest.raises(WorkflowError):
        world.yte.forward_due(world.other_id)
    with pytest.raises(WorkflowError):
        world.yte.harm_list_pdf(date(2026, 3, 1))
    assert world.gtvt.detail(world.report_id).reporter.name == "Lê Thị Lan"
    assert world.office.detail(world.report_id).reporter_visible is False


def test_the_edited_preview_hides_the_contact_details_as_the_letter_does(world: World) -> None:
    edited = "Đã vá ổ gà. Liên hệ bà Lan: 0912.345.678, số nhà 12 đường Quang Trung."
    printed = _text(world.op.letter_pdf(world.report_id))
    preview = _text(world.op.letter_pdf(world.report_id, text=edited))
    for letter in (printed, preview):
        assert "0912" not in letter and "345 678" not in letter and "345.678" not in letter
    assert "thông tin được giữ bí mật" in preview
