"""Attachments: photos, recordings, videos and documents stored with a content hash, within
size limits and only of the kinds an IOC handles (DESIGN §6).

Files are read and checked before the transaction that stores them, so a bad file refuses
the whole action and nothing is half-saved. Bytes live in the database (one file, backed up
with everything else); 20 MiB a file keeps that reasonable.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from console.intake import IntakeError
from console.models import Attachment

MAX_BYTES = 20 * 1024 * 1024
MAX_FILES = 20
ALLOWED = {
    "image/jpeg", "image/png", "image/webp", "image/gif", "image/heic",
    "video/mp4", "video/quicktime", "video/3gpp",
    "audio/mpeg", "audio/wav", "audio/x-wav", "audio/mp4", "audio/aac", "audio/ogg",
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
# Leading bytes of the common kinds: a ".jpg" that is really something else is refused.
_MAGIC = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/gif": (b"GIF87a", b"GIF89a"),
    "application/pdf": (b"%PDF-",),
}


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
        if not path.is_file():
            raise IntakeError("Không đọc được tệp {name}: tệp không tồn tại", name=path.name)
        size = path.stat().st_size
        if size == 0:
            raise IntakeError("Tệp {name} rỗng", name=path.name)
        if size > MAX_BYTES:
            raise IntakeError("Tệp {name} lớn quá {limit} MB ({size:.1f} MB)", name=path.name,
                              limit=MAX_BYTES // (1024 * 1024), size=size / 1024 / 1024)
        mime = _mime(path)
        if mime not in ALLOWED:
            raise IntakeError("Không nhận loại tệp của {name} ({mime}): chỉ ảnh, video, "
                              "ghi âm, PDF và văn bản Word", name=path.name, mime=mime)
        content = path.read_bytes()
        magic = _MAGIC.get(mime)
        if magic and not content.startswith(magic):
            raise IntakeError("Nội dung tệp {name} không đúng loại {mime}", name=path.name,
                              mime=mime)
        uploads.append(Upload(path.name, mime, content))
    return uploads


def store(session: Session, report_id: int, uploads: Sequence[Upload], *, at: datetime,
          actor_id: int | None, history_id: int | None = None) -> list[Attachment]:
    rows = [Attachment(report_id=report_id, history_id=history_id, filename=u.filename,
                       mime_type=u.mime_type, size=len(u.content), sha256=u.sha256,
                       content=u.content, uploaded_by_id=actor_id, uploaded_at=at)
            for u in uploads]
    session.add_all(rows)
    return rows
