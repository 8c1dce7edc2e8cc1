"""The interface language: Vietnamese is the source text; English comes from a Qt catalogue.

``resources/i18n/console_en.ts`` is the catalogue kept in git (``pyside6-lupdate`` extracts it,
``scripts/translate_ts.py`` fills the English). The compiled ``.qm`` is not committed: it is built
at start with ``pyside6-lrelease`` when it is missing or older than the ``.ts``. Without lrelease
the app stays in Vietnamese and says why on stderr.

Labels that the services define (queue and role names) are repeated here as literals so that
lupdate extracts them; ``tests/views/test_i18n.py`` checks they match the services' tables.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QTranslator

from console.models import Role
from console.services.queues import Queue
from console.settings import APP_NAME
from console.views.typed import QT_TRANSLATE_NOOP

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
I18N_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "i18n"

QUEUE_TEXT = {
    Queue.NEW: QT_TRANSLATE_NOOP("Labels", "Mới tiếp nhận"),
    Queue.MINE: QT_TRANSLATE_NOOP("Labels", "Của tôi"),
    Queue.UNIT: QT_TRANSLATE_NOOP("Labels", "Của đơn vị"),
    Queue.DUE_SOON: QT_TRANSLATE_NOOP("Labels", "Sắp đến hạn"),
    Queue.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Quá hạn / trễ hạn"),
    Queue.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("Labels", "Chờ phê duyệt"),
    Queue.TO_PUBLISH: QT_TRANSLATE_NOOP("Labels", "Chờ trả lời"),
    Queue.RETURNED: QT_TRANSLATE_NOOP("Labels", "Bị trả lại"),
    Queue.NEEDS_INFO: QT_TRANSLATE_NOOP("Labels", "Chờ bổ sung"),
    Queue.ESCALATED: QT_TRANSLATE_NOOP("Labels", "Báo cáo UBND"),
    Queue.PROGRESS: QT_TRANSLATE_NOOP("Labels", "Thông báo tiến độ"),
    Queue.ALL: QT_TRANSLATE_NOOP("Labels", "Tất cả"),
}

ROLE_TEXT = {
    Role.OPERATOR: QT_TRANSLATE_NOOP("Labels", "Tổng đài viên / người xử lý tại IOC"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Trưởng bộ phận điều hành IOC"),
    Role.TEAM: QT_TRANSLATE_NOOP("Labels", "Tổ xử lý phản ánh, kiến nghị"),
    Role.OFFICER: QT_TRANSLATE_NOOP("Labels", "Cán bộ đầu mối / người xử lý"),
    Role.LEADER: QT_TRANSLATE_NOOP("Labels", "Lãnh đạo đơn vị"),
    Role.OFFICE: QT_TRANSLATE_NOOP("Labels", "Văn phòng UBND"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Quản trị"),
}


def queue_label(queue: Queue) -> str:
    return QCoreApplication.translate("Labels", QUEUE_TEXT[queue])


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Labels", ROLE_TEXT[role])


def ts_path(language: str) -> Path:
    """The app's catalogue for ``language`` (English: console_en.ts)."""
    return I18N_DIR / f"console_{language}.ts"


# Qt's own texts (standard buttons, edit menus): Qt ships no Vietnamese catalogue, so the
# Vietnamese interface carries a small hand-written one; other languages use Qt's (or English).
QT_CATALOGUE = {"vi": "qt_vi"}


def find_lrelease() -> str | None:
    """The venv's ``pyside6-lrelease`` (next to this Python), else one on PATH."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    if here.exists():
        return str(here)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def _writable_qm(ts: Path) -> Path:
    """Beside the .ts when that folder is writable (a checkout), else in the user cache."""
    if os.access(ts.parent, os.W_OK):
        return ts.with_suffix(".qm")
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "i18n"
    cache.mkdir(parents=True, exist_ok=True)
    return cache / ts.with_suffix(".qm").name


def compiled(ts: Path) -> Path | None:
    """The ``.qm`` of ``ts``, compiled now if missing or stale; None (and why on stderr)."""
    if not ts.exists():
        print(f"Cảnh báo: không có bản dịch {ts}; giao diện dùng tiếng Việt", file=sys.stderr)
        return None
    qm = _writable_qm(ts)
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    lrelease = find_lrelease()
    if lrelease is None:
        print(
            "Cảnh báo: không tìm thấy pyside6-lrelease để biên dịch bản dịch; "
            "giao diện dùng tiếng Việt",
            file=sys.stderr,
        )
        return qm if qm.exists() else None
    done = subprocess.run(
        [lrelease, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
    )
    if done.returncode != 0 or not qm.exists():
        print(f"Cảnh báo: biên dịch bản dịch thất bại: {done.stderr.strip()}", file=sys.stderr)
        return None
    return qm


def compiled_catalogue(language: str) -> Path | None:
    return compiled(ts_path(language))


def _install(app: QCoreApplication, ts: Path) -> QTranslator | None:
    qm = compiled(ts)
    if qm is None:
        return None
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        print(f"Cảnh báo: không nạp được bản dịch {qm}", file=sys.stderr)
        return None
    app.installTranslator(translator)
    return translator


def install_translator(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the catalogues of ``language``; the translators installed (to remove them).

    Vietnamese is the source language: only Qt's own texts need a catalogue. Anything missing
    leaves the interface in Vietnamese, with a warning on stderr.
    """
    if language not in LANGUAGES:
        print(f"Cảnh báo: ngôn ngữ không hỗ trợ {language!r}; dùng tiếng Việt", file=sys.stderr)
        language = DEFAULT_LANGUAGE
    names = []
    if language != DEFAULT_LANGUAGE:
        names.append(f"console_{language}")
    if language in QT_CATALOGUE:
        names.append(QT_CATALOGUE[language])
    installed = [_install(app, I18N_DIR / f"{name}.ts") for name in names]
    return [t for t in installed if t is not None]
