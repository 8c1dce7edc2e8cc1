"""Attachments: stored with their hash inside the action's transaction; bad files refused."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest

from console.db import Database
from console.intake import IntakeError, ReportDraft
from console.models import Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.queues import QueueFilter
from console.workflow import WorkflowError
from tests.scenario_helpers import make_province

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
MON = datetime(2026, 3, 2, 9, 0)


def test_files_are_stored_with_hash_and_refused_when_bad(
    sqlite_db: Database, tmp_path: Path
) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = ConsoleApi(sqlite_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    officer = ConsoleApi(sqlite_db, p.profile, p.add("cb.gtvt", "so_gtvt", Role.OFFICER), p.clock)
    stranger = ConsoleApi(sqlite_db, p.profile, p.add("cb.yt", "so_yt", Role.OFFICER), p.clock)
    photo = tmp_path / "ổ-gà.png"
    photo.write_bytes(PNG)
    fake = tmp_path / "anh.jpg"
    fake.write_bytes(b"not a jpeg at all")
    exe = tmp_path / "virus.exe"
    exe.write_bytes(b"MZ")

    draft = ReportDraft(
        channel="app",
        title="Ổ gà trên đường Quang Trung",
        place="Số 3 đường Quang Trung",
        category="giao_thong",
        attachments=[photo, fake],
    )
    with pytest.raises(IntakeError, match=r"anh\.jpg"):
        op.submit(draft)
    assert op.count(QueueFilter()) == 0  # refused: nothing saved
    for bad, message in (
        (exe, "Không nhận loại tệp"),
        (tmp_path / "khong-co.png", "không tồn tại"),
    ):
        with pytest.raises(IntakeError, match=message):
            op.submit(ReportDraft(channel="app", title="Ổ gà", attachments=[bad]))

    r = op.submit(
        ReportDraft(
            channel="app",
            title="Ổ gà trên đường Quang Trung",
            description="Ổ gà sâu gây nguy hiểm cho xe máy.",
            place="Số 3 đường Quang Trung",
            reporter_name="Lê Lan",
            reporter_phone="0912345678",
            category="giao_thong",
            attachments=[photo],
        )
    )
    detail = op.detail(r.report_id)
    ((att_id, name, mime, size),) = detail.attachments
    assert (name, mime, size) == ("ổ-gà.png", "image/png", len(PNG))
    assert op.attachment(att_id) == ("ổ-gà.png", "image/png", PNG)
    r = op.act("forward", r.report_id, r.version, unit="so_gtvt")
    r = officer.act("accept", r.report_id, r.version)
    after = tmp_path / "sau-khi-va.png"
    after.write_bytes(PNG + b"\x01")
    r = officer.act(
        "post_progress", r.report_id, r.version, note="Đã vá xong.", attachments=[after]
    )
    assert len(officer.detail(r.report_id).attachments) == 2
    with pytest.raises(WorkflowError):
        stranger.attachment(att_id)
    with sqlite_db.session() as s:
        from console.models import Attachment

        row = s.get(Attachment, att_id)
        assert row is not None and row.sha256 == hashlib.sha256(PNG).hexdigest()
        assert row.history_id is not None
