"""Every kind of attachment an IOC takes (DESIGN §6) is checked by its leading bytes: a program
renamed .mp4, .docx or .webp is refused; a file name the file system could not decode is stored
readable on both databases (issue 16 item 7)."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from console.db import Database
from console.intake import IntakeError, ReportDraft
from console.models import Role
from console.profiles import load_profile
from console.services.attachments import ALLOWED, clean_filename, content_matches, read_uploads
from console.services.console_api import ConsoleApi
from console.services.queues import QueueFilter
from tests.scenario_helpers import make_province

MON = datetime(2026, 3, 2, 9, 0)
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64


def _docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("setup.exe", EXE)
    return buf.getvalue()


def _ftyp(brand: bytes) -> bytes:
    return b"\x00\x00\x00\x18ftyp" + brand + b"\x00\x00\x00\x00" + b"\x00" * 32


# One real-looking file per extension a phone or an office sends (the first bytes are the kind's).
GOOD = {
    "anh.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 32,
    "anh.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 32,
    "anh.gif": b"GIF89a" + b"\x00" * 32,
    "anh.webp": b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 32,
    "anh.heic": _ftyp(b"heic"),
    "video.mp4": _ftyp(b"isom"),
    "video.mov": _ftyp(b"qt  "),
    "ghi-am.mp3": b"ID3\x04\x00" + b"\x00" * 32,
    "ghi-am-khung.mp3": b"\xff\xfb\x90\x64" + b"\x00" * 32,
    "ghi-am.wav": b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 32,
    "ghi-am.m4a": _ftyp(b"M4A "),
    "ghi-am.aac": b"\xff\xf1\x50\x80" + b"\x00" * 32,
    "ghi-am.ogg": b"OggS\x00\x02" + b"\x00" * 32,
    "van-ban.pdf": b"%PDF-1.7\n" + b"\x00" * 32,
    "van-ban.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 32,
    "van-ban.docx": _docx(),
}


def _write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_every_allowed_kind_has_a_check_and_accepts_its_own_bytes(tmp_path: Path) -> None:
    uploads = read_uploads([_write(tmp_path, n, c) for n, c in GOOD.items()])
    kinds = {u.mime_type for u in uploads}
    # Every kind the console takes is covered here (audio/wav is audio/x-wav's other name).
    assert ALLOWED - kinds <= {"audio/wav", "video/3gpp"}
    assert content_matches("audio/wav", GOOD["ghi-am.wav"])
    assert content_matches("video/3gpp", _ftyp(b"3gp5"))
    assert not content_matches("application/x-unknown", b"anything")  # no check: refused


@pytest.mark.parametrize("name", sorted(GOOD))
def test_a_program_renamed_to_any_allowed_kind_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(IntakeError, match=r"^Nội dung tệp .* không đúng loại"):
        read_uploads([_write(tmp_path, name, EXE)])


def test_a_zip_renamed_docx_and_a_heic_with_a_video_brand_are_refused(tmp_path: Path) -> None:
    with pytest.raises(IntakeError, match=r"van-ban\.docx"):
        read_uploads([_write(tmp_path, "van-ban.docx", _zip())])
    with pytest.raises(IntakeError, match=r"anh\.heic"):
        read_uploads([_write(tmp_path, "anh.heic", _ftyp(b"isom"))])
    with pytest.raises(IntakeError, match=r"anh\.webp"):
        read_uploads([_write(tmp_path, "anh.webp", GOOD["ghi-am.wav"])])  # RIFF, but a WAVE


def test_file_names_are_made_printable() -> None:
    assert clean_filename("a\udcffb.png") == "a\ufffdb.png"  # an undecodable byte on disk
    assert clean_filename("a\ud800.png") == "a\ufffd.png"  # a lone surrogate
    assert clean_filename("gpj.\u202eexe") == "gpj.\ufffdexe"  # a direction override
    assert clean_filename("x\x1b[31m.png") == "x\ufffd[31m.png"  # a terminal escape
    assert clean_filename("Ô\u0309 ga\u0300.png") == "Ổ gà.png"  # NFC
    long = clean_filename("a" * 300 + ".jpg")
    assert len(long) == 255 and long.endswith(".jpg")


def test_a_path_that_cannot_be_encoded_gives_a_vietnamese_message() -> None:
    with pytest.raises(IntakeError, match=r"^Không đọc được tệp"):
        read_uploads(["/tmp/anh\ud800.png"])
    with pytest.raises(IntakeError, match=r"^Không đọc được tệp"):
        read_uploads(["/tmp/anh\x00.png"])


def test_an_undecodable_file_name_is_stored_readable(any_db: Database, tmp_path: Path) -> None:
    p = make_province(any_db, load_profile("thai-nguyen"), MON)
    op = ConsoleApi(any_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)
    photo = _write(tmp_path, "anh\udcff.png", GOOD["anh.png"])  # bytes b"anh\xff.png" on disk
    r = op.submit(
        ReportDraft(
            channel="app",
            title="Ổ gà trên đường Quang Trung",
            category="giao_thong",
            attachments=[photo],
        )
    )
    ((att_id, name, mime, _size),) = op.detail(r.report_id).attachments
    assert (name, mime) == ("anh\ufffd.png", "image/png")
    assert op.attachment(att_id)[2] == GOOD["anh.png"]
    renamed = _write(tmp_path, "phim.mp4", EXE)
    with pytest.raises(IntakeError, match=r"phim\.mp4"):
        op.submit(ReportDraft(channel="app", title="Ổ gà", attachments=[renamed]))
    assert op.count(QueueFilter()) == 1  # the refused one stored nothing
