"""Attachments: photos, recordings, videos and documents stored with a content hash, within
size limits and only of the kinds an IOC handles (DESIGN §6).

Files are read and checked before the transaction that stores them, so a bad file refuses
the whole action and nothing is half-saved. Bytes live in the database (one file, backed up
with everything else); 20 MiB a file keeps that reasonable.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from console.models import Attachment
from console.text_input import IntakeError

MAX_BYTES = 20 * 1024 * 1024
MAX_FILES = 20
MAX_NAME = 255  # attachments.filename
ALLOWED = {
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/gif",
    "image/heic",
    "video/mp4",
    "video/quicktime",
    "video/3gpp",
    "audio/mpeg",
    "audio/wav",
    "audio/x-wav",
    "audio/mp4",
    "audio/aac",
    "audio/ogg",
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_FTYP_VIDEO = (
    b"isom",
    b"iso2",
    b"iso4",
    b"iso5",
    b"iso6",
    b"mp41",
    b"mp42",
    b"avc1",
    b"M4V ",
    b"dash",
    b"mmp4",
    b"MSNV",
    b"NDAS",
    b"XAVC",
    b"3gp4",
    b"3gp5",
    b"3gp6",
    b"qt  ",
)
_FTYP = {
    "image/heic": (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"),
    "video/mp4": _FTYP_VIDEO,
    "video/quicktime": _FTYP_VIDEO,
    "video/3gpp": (b"3gp4", b"3gp5", b"3gp6", b"3gp7", b"3gs7", b"3ge6", b"3gg6", b"isom"),
    "audio/mp4": (b"M4A ", b"M4B ", b"mp42", b"isom", b"iso2", b"dash"),
}
_MP3_FRAME = 0xFFE0  # 11 sync bits
_ADTS_FRAME = 0xFFF0  # 12 sync bits; layer 00


def _ftyp_brand(content: bytes) -> bytes | None:
    """The major brand of an ISO base media file (MP4, MOV, 3GP, HEIC, M4A), else None."""
    return content[8:12] if content[4:8] == b"ftyp" else None


def _is_docx(content: bytes) -> bool:
    """A Word 2007+ document: a ZIP holding word/document.xml (an .exe or any ZIP is not)."""
    if not content.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
    return "[Content_Types].xml" in names and "word/document.xml" in names


def content_matches(mime: str, content: bytes) -> bool:
    """The file's leading bytes are those of ``mime``: every kind in ALLOWED has its check, so
    an .exe renamed .mp4, .docx or .webp is refused (issue 16)."""
    head = content[:16]
    if mime in _FTYP:
        brand = _ftyp_brand(content)
        if mime == "video/quicktime" and head[4:8] in (
            b"moov",
            b"mdat",
            b"wide",
            b"free",
            b"skip",
            b"pnot",
        ):
            return True  # an old QuickTime file starts with an atom, not "ftyp"
        return brand is not None and brand in _FTYP[mime]
    if mime == "image/jpeg":
        return head.startswith(b"\xff\xd8\xff")
    if mime == "image/png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if mime == "image/gif":
        return head.startswith((b"GIF87a", b"GIF89a"))
    if mime == "image/webp":
        return head.startswith(b"RIFF") and head[8:12] == b"WEBP"
    if mime in ("audio/wav", "audio/x-wav"):
        return head.startswith(b"RIFF") and head[8:12] == b"WAVE"
    if mime == "audio/ogg":
        return head.startswith(b"OggS")
    if mime == "audio/mpeg":
        return head.startswith(b"ID3") or (
            len(head) >= 2 and int.from_bytes(head[:2], "big") & _MP3_FRAME == _MP3_FRAME
        )
    if mime == "audio/aac":
        return head.startswith((b"ADIF", b"ID3")) or (
            len(head) >= 2 and int.from_bytes(head[:2], "big") & 0xFFF6 == _ADTS_FRAME
        )
    if mime == "application/pdf":
        return head.startswith(b"%PDF-")
    if mime == "application/msword":  # OLE2 compound file
        return head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    if mime == "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
        return _is_docx(content)
    return False  # a kind without a check is refused, never waved through


def clean_filename(name: str) -> str:
    """The name to store and show: NFC; a byte the file system could not decode (a lone
    surrogate), a control character or a direction override becomes "\ufffd", which every
    database and terminal can hold; at most 255 characters, the extension kept."""
    name = unicodedata.normalize("NFC", name)
    name = "".join(
        "\ufffd" if 0xD800 <= ord(c) <= 0xDFFF or unicodedata.category(c) in ("Cc", "Cf") else c
        for c in name
    )
    if len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        name = (
            (stem[: MAX_NAME - len(ext) - 1] + dot + ext)
            if dot and len(ext) < 16
            else name[:MAX_NAME]
        )
    return name


@dataclass(frozen=True)
class Upload:
    filename: str
    mime_type: str
    content: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


def _mime(path: Path) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    if path.suffix.lower() == ".heic":
        return "image/heic"
    return guessed or "application/octet-stream"


def read_uploads(paths: Sequence[Path | str]) -> list[Upload]:
    """Read and check files; IntakeError (Vietnamese, naming the file) on the first bad one."""
    if len(paths) > MAX_FILES:
        raise IntakeError("Tối đa {count} tệp đính kèm mỗi lần", count=MAX_FILES)
    uploads = []
    for raw in paths:
        path = Path(raw)
        name = clean_filename(path.name)  # a message naming the file must be printable too
        try:
            size = path.stat().st_size if path.is_file() else None
        except (OSError, ValueError) as exc:  # a NUL or a lone surrogate in the path, no access
            raise IntakeError("Không đọc được tệp {name}", name=name) from exc
        if size is None:
            raise IntakeError("Không đọc được tệp {name}: tệp không tồn tại", name=name)
        if size == 0:
            raise IntakeError("Tệp {name} rỗng", name=name)
        if size > MAX_BYTES:
            raise IntakeError(
                "Tệp {name} lớn quá {limit} MB ({size:.1f} MB)",
                name=name,
                limit=MAX_BYTES // (1024 * 1024),
                size=size / 1024 / 1024,
            )
        mime = _mime(path)
        if mime not in ALLOWED:
            raise IntakeError(
                "Không nhận loại tệp của {name} ({mime}): chỉ ảnh, video, "
                "ghi âm, PDF và văn bản Word",
                name=name,
                mime=mime,
            )
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise IntakeError("Không đọc được tệp {name}", name=name) from exc
        if not content_matches(mime, content):
            raise IntakeError("Nội dung tệp {name} không đúng loại {mime}", name=name, mime=mime)
        uploads.append(Upload(name, mime, content))
    return uploads


def store(
    session: Session,
    report_id: int,
    uploads: Sequence[Upload],
    *,
    at: datetime,
    actor_id: int | None,
    history_id: int | None = None,
) -> list[Attachment]:
    rows = [
        Attachment(
            report_id=report_id,
            history_id=history_id,
            filename=u.filename,
            mime_type=u.mime_type,
            size=len(u.content),
            sha256=u.sha256,
            content=u.content,
            uploaded_by_id=actor_id,
            uploaded_at=at,
        )
        for u in uploads
    ]
    session.add_all(rows)
    return rows
