"""The screens' door: queues, detail, actions, caller history, suggestions, as one person."""

from __future__ import annotations

from datetime import datetime

import pytest

from console.db import Database
from console.intake import ReportDraft
from console.models import ReportStatus, Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter
from console.workflow import WorkflowError
from tests.scenario_helpers import make_province

MON = datetime(2026, 3, 2, 9, 0)


def test_api_round(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = ConsoleApi(sqlite_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    officer = ConsoleApi(sqlite_db, p.profile, p.add("cb.gtvt", "so_gtvt", Role.OFFICER), p.clock)
    r = op.submit(
        ReportDraft(
            channel="app",
            title="Ổ gà trên đường Quang Trung",
            description="Ổ gà sâu, nhiều xe máy bị ngã.",
            place="Số 3 đường Quang Trung",
            reporter_name="Lê Thị Lan",
            reporter_phone="0912345678",
            category="giao_thong",
        )
    )
    assert op.counts()[Queue.NEW] == 1
    assert [row.code for row in op.page(QueueFilter(Queue.NEW))] == [r.code]
    assert op.page(QueueFilter(), offset=1) == []
    assert [c.code for c in op.caller_history("091 234 5678")] == [r.code]
    assert op.caller_history("không phải số") == []
    assert op.suggest_unit("giao_thong") == "so_gtvt"
    assert op.forward_due(r.report_id) == datetime(2026, 3, 5, 9, 0)  # 3 working days
    assert {c.code for c in op.units()} >= {"ioc", "so_gtvt"}
    r = op.act("forward", r.report_id, r.version, unit="so_gtvt")
    assert officer.detail(r.report_id).actions == ["accept", "return_to_ioc"]
    r = officer.act("accept", r.report_id, r.version)
    assert r.status is ReportStatus.IN_PROGRESS
    assert op.find(r.code.lower()) == r.report_id
    with pytest.raises(WorkflowError):
        op.act("submit", r.report_id, r.version)
    with pytest.raises(WorkflowError):
        op.act("approve", r.report_id, r.version)


def test_letter_pdf_for_an_approved_report_and_an_edited_text(sqlite_db: Database) -> None:
    import io

    from pypdf import PdfReader

    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = ConsoleApi(sqlite_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    officer = ConsoleApi(sqlite_db, p.profile, p.add("cb.gtvt", "so_gtvt", Role.OFFICER), p.clock)
    leader = ConsoleApi(sqlite_db, p.profile, p.add("ld.gtvt", "so_gtvt", Role.LEADER), p.clock)
    r = op.submit(
        ReportDraft(
            channel="app",
            title="Ổ gà trên đường Quang Trung",
            description="Ổ gà sâu, nhiều xe máy bị ngã.",
            place="Số 3 đường Quang Trung",
            reporter_name="Lê Thị Lan",
            reporter_honorific="Bà",
            reporter_phone="0912345678",
            category="giao_thong",
        )
    )
    r = op.act("forward", r.report_id, r.version, unit="so_gtvt")
    r = officer.act("accept", r.report_id, r.version)
    r = officer.act("submit_result", r.report_id, r.version, text="Đã vá ổ gà ngày 03/3/2026.")
    r = leader.act("approve", r.report_id, r.version)
    pdf = op.letter_pdf(r.report_id, text="Đơn vị đã vá xong ổ gà, mặt đường êm thuận.")
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "mặt đường êm thuận" in text and "Lê Thị Lan" in text
    assert "0912345678" not in text
