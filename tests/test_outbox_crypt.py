"""Issue 15 item 1: what waits in the outbox holds citizens' names, phones and photos, so it is
encrypted at rest under a key kept in the OS keyring (console/services/outbox_key.py); without a
keyring a key file (0600) beside the outbox, said in the log. Old plain entries still replay; an
entry under another key is set aside as damaged; a locked keyring makes entries wait."""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.fernet import Fernet, InvalidToken
from keyring.backends import fail
from keyring.errors import KeyringError
from sqlalchemy import func, select

from console.db import Database
from console.models import Attachment, HistoryEntry, Report, Role
from console.profiles import load_profile
from console.services import outbox_format as fmt
from console.services.console_api import ConsoleApi
from console.services.outbox import Outbox
from console.services.outbox_key import SERVICE, OutboxKey
from tests.keyring_memory import MemoryKeyring
from tests.scenario_helpers import draft, make_province

CALL = datetime(2026, 3, 2, 9, 0)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
NAME, PHONE, PLACE = "Đặng Thị Hường", "0912 345 678", "Lương Ngọc Quyến"


class LockedKeyring(MemoryKeyring):
    """A keyring that holds the secrets but cannot be read now (locked, its daemon gone)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the keyring is locked")


def setup(db: Database, root: Path, backend: object) -> tuple[ConsoleApi, Outbox]:
    p = make_province(db, load_profile("thai-nguyen"), CALL)
    api = ConsoleApi(db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    return api, Outbox(root, clock=p.clock, key=OutboxKey(root, backend))  # type: ignore[arg-type]


def photo(tmp_path: Path) -> Path:
    path = tmp_path / "o-ga-nha-ba-huong.png"  # a file name may name the citizen too
    path.write_bytes(PNG)
    return path


def on_disk(folder: Path) -> list[tuple[str, bytes]]:
    return [
        (str(p.relative_to(folder)), p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    ]


def count(db: Database, table: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


def test_an_entry_on_disk_holds_no_plain_name_phone_or_photo(
    sqlite_db: Database, tmp_path: Path
) -> None:
    ring = MemoryKeyring()
    api, outbox = setup(sqlite_db, tmp_path / "outbox", ring)
    entry = outbox.put(draft(attachments=[photo(tmp_path)]), api.actor)
    files = on_disk(outbox.root / entry.id)
    assert [name for name, _ in files] == ["entry.json", "files/0"]  # no file name kept plain
    for _name, content in files:
        for secret in (NAME, PHONE, PLACE, "huong"):
            assert secret.encode() not in content
        assert b"PNG" not in content
    assert json.loads(outbox.key.open(files[0][1]))["draft"]["reporter_name"] == NAME
    ((account, key),) = ((a, k) for (s, a), k in ring.secrets.items() if s == SERVICE)
    assert account == str(outbox.root.resolve())  # one key per outbox folder, in the keyring
    assert Fernet(key.encode()).decrypt(files[1][1]) == PNG
    assert not outbox.key.key_file.exists() and not outbox.key.in_file()


def test_an_encrypted_entry_replays_exactly_once_with_its_photo(
    pg_db: Database, tmp_path: Path
) -> None:
    api, outbox = setup(pg_db, tmp_path / "outbox", MemoryKeyring())
    outbox.put(draft(attachments=[photo(tmp_path)]), api.actor)
    (sent,) = outbox.replay(api, api.actor)
    assert sent.result is not None and outbox.pending() == []
    assert outbox.replay(api, api.actor) == []
    with pg_db.session() as s:
        (r,) = s.scalars(select(Report))
        (att,) = s.scalars(select(Attachment))
        assert (r.reporter_name, r.reporter_phone) == (NAME, "0912345678")
        assert att.filename == "o-ga-nha-ba-huong.png"  # its name, from inside entry.json
    assert count(pg_db, HistoryEntry) == 1
    assert list(outbox.root.iterdir()) == []  # the opened copies are gone too


def write_legacy(root: Path, d: object, username: str, photo_path: Path) -> Path:
    """An entry as the outbox wrote it before encryption (format 1): plain JSON, plain copy."""
    key = str(uuid.uuid4())
    folder = root / f"{time.time_ns():020d}-{key}"
    (folder / "files" / "0").mkdir(parents=True)
    (folder / "files" / "0" / photo_path.name).write_bytes(photo_path.read_bytes())
    stored = fmt.dump_draft(d)  # type: ignore[arg-type]
    stored.update(client_key=key, attachments=[f"files/0/{photo_path.name}"])
    (folder / "entry.json").write_text(
        json.dumps(
            {
                "format": 1,
                "key": key,
                "username": username,
                "typed_at": CALL.isoformat(),
                "draft": stored,
                "refused": None,
            },
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    return folder


def test_a_plain_entry_written_before_encryption_still_replays(
    pg_db: Database, tmp_path: Path
) -> None:
    api, outbox = setup(pg_db, tmp_path / "outbox", MemoryKeyring())
    write_legacy(outbox.root, draft(), "dieuhanh1", photo(tmp_path))
    (waiting,) = outbox.pending()
    assert waiting.draft.reporter_name == NAME and waiting.names == ()
    (sent,) = outbox.replay(api, api.actor)
    assert sent.result is not None and outbox.pending() == [] and outbox.set_aside() == []
    assert (count(pg_db, Report), count(pg_db, Attachment)) == (1, 1)
    assert outbox.replay(api, api.actor) == []


def test_a_refused_legacy_entry_is_marked_sealed_and_still_read(
    sqlite_db: Database, tmp_path: Path
) -> None:
    api, outbox = setup(sqlite_db, tmp_path / "outbox", MemoryKeyring())
    folder = write_legacy(outbox.root, draft(channel="bo-cau"), "dieuhanh1", photo(tmp_path))
    (refused,) = outbox.replay(api, api.actor)  # an unknown channel: the service refuses it
    assert refused.message and refused.result is None
    assert NAME.encode() not in (folder / "entry.json").read_bytes()  # rewritten sealed
    (waiting,) = outbox.pending()
    assert waiting.refused == refused.message
    with outbox.opened(waiting) as d:
        assert [p.read_bytes() for p in d.attachments] == [PNG]  # its plain copy still used


def test_an_entry_under_another_key_is_set_aside_as_damaged(
    sqlite_db: Database, tmp_path: Path
) -> None:
    api, outbox = setup(sqlite_db, tmp_path / "outbox", MemoryKeyring())
    lost = outbox.put(draft(title="Rác thải ùn ứ ở chợ"), api.actor)
    # the keyring was reset (another user profile, a reinstalled system): a new key is made
    other = Outbox(outbox.root, clock=outbox.clock, key=OutboxKey(outbox.root, MemoryKeyring()))
    kept = other.put(draft(title="Đèn đường hỏng ở ngã tư"), api.actor)
    (sent,) = other.replay(api, api.actor)
    assert sent.entry.id == kept.id and sent.result is not None
    ((folder, reason),) = other.set_aside()
    assert folder.name == lost.id and "not a Fernet token" in reason
    assert (folder / "entry.json").exists()  # kept, for whoever still has the key
    with pytest.raises(InvalidToken):
        Fernet(Fernet.generate_key()).decrypt((folder / "entry.json").read_bytes())


def test_an_attachment_that_does_not_decrypt_sets_its_entry_aside(
    sqlite_db: Database, tmp_path: Path
) -> None:
    api, outbox = setup(sqlite_db, tmp_path / "outbox", MemoryKeyring())
    bad = outbox.put(draft(title="Cây đổ", attachments=[photo(tmp_path)]), api.actor)
    outbox.put(draft(title="Đèn đường hỏng ở ngã tư"), api.actor)
    (outbox.root / bad.id / "files" / "0").write_bytes(Fernet(Fernet.generate_key()).encrypt(PNG))
    (sent,) = outbox.replay(api, api.actor)
    assert sent.entry.draft.title == "Đèn đường hỏng ở ngã tư" and sent.result is not None
    ((folder, reason),) = outbox.set_aside()
    assert folder.name == bad.id and "files/0" not in reason and "0: ValueError" in reason
    assert count(sqlite_db, Report) == 1 and outbox.pending() == []
    assert [p.name for p in outbox.root.iterdir()] == ["damaged"]  # no opened copy left


def test_without_a_keyring_the_key_file_beside_the_outbox_protects_and_the_log_says_so(
    sqlite_db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "outbox"
    api, outbox = setup(sqlite_db, root, fail.Keyring())
    with caplog.at_level(logging.WARNING, logger="console.services.outbox_key"):
        entry = outbox.put(draft(attachments=[photo(tmp_path)]), api.actor)
    assert outbox.key.in_file() and outbox.key.key_file == tmp_path / "outbox.key"
    assert os.stat(outbox.key.key_file).st_mode & 0o777 == 0o600
    assert "only this computer account protects them" in caplog.text
    for _name, content in on_disk(root / entry.id):
        assert NAME.encode() not in content and PHONE.encode() not in content
    file_key = Fernet(outbox.key.key_file.read_bytes())
    assert json.loads(file_key.decrypt((root / entry.id / "entry.json").read_bytes()))["key"]
    (sent,) = outbox.replay(api, api.actor)
    assert sent.result is not None and count(sqlite_db, Attachment) == 1


def test_entries_kept_under_the_key_file_are_read_once_a_keyring_works(
    sqlite_db: Database, tmp_path: Path
) -> None:
    root = tmp_path / "outbox"
    api, before = setup(sqlite_db, root, fail.Keyring())
    old = before.put(draft(title="Trước khi có keyring"), api.actor)
    ring = MemoryKeyring()
    after = Outbox(root, clock=before.clock, key=OutboxKey(root, ring))
    new = after.put(draft(title="Sau khi có keyring"), api.actor)
    assert not after.key.in_file() and ring.secrets  # the new key in the keyring...
    with pytest.raises(InvalidToken):  # ...and the new entry under it, not under the file's
        Fernet(after.key.key_file.read_bytes()).decrypt((root / new.id / "entry.json").read_bytes())
    assert [e.id for e in after.pending()] == [old.id, new.id]
    assert len(after.replay(api, api.actor)) == 2 and count(sqlite_db, Report) == 2


def test_a_locked_keyring_makes_entries_wait_never_set_aside(
    sqlite_db: Database, tmp_path: Path
) -> None:
    root = tmp_path / "outbox"
    ring = MemoryKeyring()
    api, outbox = setup(sqlite_db, root, ring)
    waiting = outbox.put(draft(), api.actor)
    locked = LockedKeyring()
    locked.secrets = ring.secrets
    later = Outbox(root, clock=outbox.clock, key=OutboxKey(root, locked))
    assert later.pending() == [] and later.replay(api, api.actor) == []
    assert later.set_aside() == [] and (root / waiting.id / "entry.json").exists()
    typed = later.put(draft(title="Nhận khi keyring bị khóa"), api.actor)  # under a key file
    assert later.key.in_file()
    again = Outbox(root, clock=outbox.clock, key=OutboxKey(root, ring))  # unlocked again
    assert [e.id for e in again.pending()] == [waiting.id, typed.id]
    assert len(again.replay(api, api.actor)) == 2 and count(sqlite_db, Report) == 2


def test_a_keyring_that_refuses_writes_falls_back_to_the_key_file(
    sqlite_db: Database, tmp_path: Path
) -> None:
    root = tmp_path / "outbox"
    api, outbox = setup(sqlite_db, root, MemoryKeyring(refuse_writes=True))
    outbox.put(draft(), api.actor)
    assert outbox.key.in_file() and not outbox.key.keyring_failed  # it holds no key of ours
    bad = outbox.put(draft(title="Cây đổ"), api.actor)
    (root / bad.id / "entry.json").write_bytes(b"gAAAAA-cut")
    assert len(outbox.pending()) == 1 and len(outbox.set_aside()) == 1  # damaged, not waiting
    assert len(outbox.replay(api, api.actor)) == 1 and count(sqlite_db, Report) == 1
