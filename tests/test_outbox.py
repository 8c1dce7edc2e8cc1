"""The outbox keeps what was typed while the database was unreachable and lands it once."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.db import Database
from console.intake import ReportDraft
from console.models import Attachment, HistoryEntry, Report, Role
from console.profiles import load_profile
from console.services.action_base import ActionResult
from console.services.console_api import ConsoleApi
from console.services.outbox import Outbox, is_unreachable
from tests.outbox_helpers import unreachable
from tests.scenario_helpers import Province, draft, make_province

CALL = datetime(2026, 3, 2, 9, 0)  # the call is taken
BACK = datetime(2026, 3, 2, 11, 30)  # the server answers again
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def setup(db: Database, tmp_path: Path) -> tuple[Province, ConsoleApi, Outbox]:
    p = make_province(db, load_profile("thai-nguyen"), CALL)
    api = ConsoleApi(db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    return p, api, Outbox(tmp_path / "outbox", clock=p.clock)


def reports(db: Database) -> list[Report]:
    with db.session() as s:
        return list(s.scalars(select(Report).order_by(Report.id)))


def count(db: Database, table: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


class LostAck:
    """The submit commits, then the connection drops before the answer comes back."""

    def __init__(self, api: ConsoleApi) -> None:
        self.api = api

    def submit(self, d: ReportDraft) -> ActionResult:
        self.api.submit(d)
        with unreachable(self.api.db):
            return self.api.submit(d)  # raises the driver's OperationalError


def test_unreachable_keeps_the_entry_and_the_replay_lands_it_once(
    pg_db: Database, tmp_path: Path
) -> None:
    p, api, outbox = setup(pg_db, tmp_path)
    photo = tmp_path / "o-ga.png"
    photo.write_bytes(PNG)
    typed = draft(attachments=[photo], client_key=str(uuid.uuid4()))
    with unreachable(pg_db):
        with pytest.raises(Exception) as caught:
            api.submit(typed)
        assert is_unreachable(caught.value)
        entry = outbox.put(typed, api.actor)
        photo.unlink()  # the operator's file may go: the outbox has its copy
        p.clock.now = BACK
        (tried,) = outbox.replay(api, api.actor)
        assert tried.unreachable and tried.result is None
        assert outbox.pending() == [entry]
    assert reports(pg_db) == []

    (sent,) = outbox.replay(api, api.actor)
    assert sent.result is not None and not sent.unreachable
    assert outbox.pending() == []
    (r,) = reports(pg_db)
    assert r.client_key == typed.client_key
    assert r.received_at == CALL  # when the call was taken, not when it landed
    assert (r.title, r.reporter_phone) == (typed.title, "0912345678")
    assert count(pg_db, Attachment) == 1
    assert outbox.replay(api, api.actor) == []  # nothing left to send


def test_a_lost_acknowledgement_replayed_still_gives_one_report(
    pg_db: Database, tmp_path: Path
) -> None:
    _p, api, outbox = setup(pg_db, tmp_path)
    photo = tmp_path / "o-ga.png"
    photo.write_bytes(PNG)
    outbox.put(draft(attachments=[photo]), api.actor)
    (lost,) = outbox.replay(LostAck(api), api.actor)
    assert lost.unreachable  # committed, but the console could not know
    assert len(outbox.pending()) == 1
    (sent,) = outbox.replay(api, api.actor)
    assert sent.result is not None and outbox.pending() == []
    assert len(reports(pg_db)) == 1
    assert (count(pg_db, HistoryEntry), count(pg_db, Attachment)) == (1, 1)


def test_order_is_kept_and_the_first_unreachable_stops(pg_db: Database, tmp_path: Path) -> None:
    p, api, outbox = setup(pg_db, tmp_path)
    titles = [f"Phản ánh thứ {i} về ổ gà trên đường" for i in range(3)]
    for i, title in enumerate(titles):
        p.clock.now = CALL.replace(minute=i)
        outbox.put(draft(title=title), api.actor)
    assert [e.draft.title for e in outbox.pending()] == titles
    with unreachable(pg_db):
        done = outbox.replay(api, api.actor)
    assert [d.unreachable for d in done] == [True]  # the next two were not tried
    done = outbox.replay(api, api.actor)
    assert [d.entry.draft.title for d in done] == titles
    landed = reports(pg_db)
    assert [r.title for r in landed] == titles
    assert [r.received_at.minute for r in landed] == [0, 1, 2]
    assert [r.code[-1] for r in landed] == ["1", "2", "3"]


def test_a_refusal_stays_marked_and_the_others_go_on(sqlite_db: Database, tmp_path: Path) -> None:
    _p, api, outbox = setup(sqlite_db, tmp_path)
    outbox.put(draft(title="Đèn đường hỏng ở ngã tư", channel="bo-cau"), api.actor)
    outbox.put(draft(title="Rác thải ùn ứ ở chợ"), api.actor)
    refused, sent = outbox.replay(api, api.actor)
    assert refused.result is None and not refused.unreachable
    assert "Máy chủ không nhận" in refused.message and "bo-cau" in refused.message
    assert "Đèn đường hỏng" in refused.message
    assert sent.result is not None
    (kept,) = outbox.pending()
    assert kept.refused == refused.message  # never dropped silently
    assert [r.title for r in reports(sqlite_db)] == ["Rác thải ùn ứ ở chợ"]
    (again,) = outbox.replay(api, api.actor)  # tried again: still refused, still kept
    assert again.message and len(outbox.pending()) == 1


def test_entries_wait_for_the_person_who_typed_them(sqlite_db: Database, tmp_path: Path) -> None:
    p, api, outbox = setup(sqlite_db, tmp_path)
    other = ConsoleApi(sqlite_db, p.profile, p.add("dieuhanh2", "ioc", Role.OPERATOR), p.clock)
    outbox.put(draft(), other.actor)
    assert outbox.replay(api, api.actor) == []
    assert len(outbox.pending()) == 1 and outbox.pending("dieuhanh1") == []
    (sent,) = outbox.replay(p.service, other.actor)  # a ReportService serves as well
    assert sent.result is not None
    (r,) = reports(sqlite_db)
    assert r.created_by_id == other.actor.id


def test_an_entry_is_whole_on_disk_and_keeps_every_field(
    sqlite_db: Database, tmp_path: Path
) -> None:
    _p, api, outbox = setup(sqlite_db, tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "anh.png").write_bytes(PNG)  # two files of one name
    typed = ReportDraft(
        channel="hotline",
        title="Cháy rừng",
        description="Khói lớn ở đồi thông",
        place="Đồi thông xã Phúc Xuân",
        area="Thành phố Thái Nguyên",
        latitude=21.6,
        longitude=105.8,
        occurred_at=datetime(2026, 3, 2, 8, 45),
        reporter_name="Hà Văn Tú",
        reporter_honorific="Ông",
        reporter_phone="0912345678",
        reporter_email="tu@example.vn",
        reporter_address="Phúc Xuân",
        confidential=True,
        emergency=True,
        category="giao_thong",
        attachments=[tmp_path / "a" / "anh.png", tmp_path / "b" / "anh.png"],
        extra={"zalo": "123"},
        client_key=str(uuid.uuid4()),
    )
    entry = outbox.put(typed, api.actor)
    assert entry.typed_at == CALL and entry.key == typed.client_key
    again = Outbox(tmp_path / "outbox")
    with again.opened(again.pending()[0]) as stored:  # read back from disk, decrypted
        assert [p.read_bytes() for p in stored.attachments] == [PNG, PNG]
        assert [p.name for p in stored.attachments] == ["anh.png", "anh.png"]
        assert stored.attachments[0] != stored.attachments[1]
        stored.attachments = typed.attachments
    assert stored == typed
    folders = sorted(p.name for p in (tmp_path / "outbox").iterdir())
    assert folders == [entry.id]  # no half-written leftovers, no opened copies left
    data = json.loads(again.key.open((tmp_path / "outbox" / entry.id / "entry.json").read_bytes()))
    assert data["username"] == "dieuhanh1"


def test_two_outboxes_of_one_folder_send_one_at_a_time(tmp_path: Path) -> None:
    """ConsoleApi.outbox() makes a new Outbox each call (the status bar's replay, Gửi lại, Bỏ):
    their lock is the folder's, so a discard never rewrites what a replay is reading."""
    one, two = Outbox(tmp_path / "a"), Outbox(tmp_path / "a")
    assert one.replaying is two.replaying
    assert Outbox(tmp_path / "b").replaying is not one.replaying
