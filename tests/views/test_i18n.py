"""The English catalogue is complete and current, and the English interface uses it."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from console.db import Database
from console.demo import generate_demo
from console.models import ROLE_LABELS, Role
from console.profiles import load_profile
from console.remember import UNAVAILABLE_MESSAGE
from console.services.auth import (
    BAD_CREDENTIALS,
    AccountDisabledError,
    WrongPasswordError,
    authenticate,
)
from console.services.queues import QUEUE_LABELS, Queue
from console.views import i18n

TS = i18n.ts_path("en")
VIEWS = Path(i18n.__file__).parent
PLACEHOLDER = re.compile(r"\{(\w+)[^{}]*\}")  # "{0}"; a core template's "{code!r}", "{at:%H:%M}"


def _script(name: str):
    path = VIEWS.parent.parent / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translate_ts = _script("translate_ts")
TAG = re.compile(r"</?[a-z]+[^>]*>")


def messages(path: Path) -> Iterator[tuple[str, str, ET.Element | None]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation")


@pytest.mark.parametrize("path", [TS, i18n.I18N_DIR / "qt_vi.ts"], ids=lambda p: p.name)
def test_every_message_is_translated(path: Path) -> None:
    problems = []
    count = 0
    for context, source, translation in messages(path):
        count += 1
        text = (translation.text or "") if translation is not None else ""
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "vanished", "obsolete", "missing") or not text.strip():
            problems.append(f"[{context}] {source!r}: {kind or 'empty'}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"[{context}] {source!r}: placeholders differ in {text!r}")
        elif sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            problems.append(f"[{context}] {source!r}: markup differs in {text!r}")
        elif source.count("&") != text.count("&"):
            problems.append(f"[{context}] {source!r}: mnemonic lost in {text!r}")
    assert count > (300 if path == TS else 20)
    assert not problems, "\n".join(problems)


def test_contexts_are_class_names() -> None:
    """lupdate mis-reads a self.tr() that follows QCoreApplication.translate() in a method
    (context "QCoreApplication.self"): the string would never be translated at run time."""
    bad = {context for context, _s, _t in messages(TS) if not context.isidentifier()}
    assert not bad


def test_the_catalogue_holds_every_string_of_the_views(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(i18n.find_lrelease() or "").parent))
    assert lupdate, "pyside6-lupdate is installed with PySide6"
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-silent", *map(str, sorted(VIEWS.rglob("*.py"))), "-ts", str(fresh)], check=True
    )
    translate_ts.add_messages(fresh)  # the core's templates, context "Messages"
    wanted = {(c, s) for c, s, _t in messages(fresh)}
    assert any(c == translate_ts.MESSAGES for c, _s in wanted)
    have = {(c, s) for c, s, _t in messages(TS)}
    missing = sorted(wanted - have)
    assert not missing, (
        "run .venv/bin/python scripts/translate_ts.py (extracts and fills the English)\n"
        + "\n".join(map(str, missing))
    )


def test_every_core_template_has_its_english() -> None:
    found = translate_ts.core_messages.find()
    assert len(found.templates) > 60
    english = {
        s: t.text for c, s, t in messages(TS) if c == translate_ts.MESSAGES and t is not None
    }
    missing = [s for s in found.templates if not (english.get(s) or "").strip()]
    assert not missing, "run .venv/bin/python scripts/translate_ts.py\n" + "\n".join(missing)
    # the one message passed through: store.unavailable_reason() is UNAVAILABLE_MESSAGE
    assert found.dynamic == [
        "console/services/auth.py: RememberUnavailableError(store.unavailable_reason())"
    ]
    assert UNAVAILABLE_MESSAGE in found.templates


def test_literal_labels_match_the_services() -> None:
    assert i18n.QUEUE_TEXT == QUEUE_LABELS
    assert i18n.ROLE_TEXT == ROLE_LABELS
    # the login's fixed messages are core templates, translated like every other
    templates = translate_ts.core_messages.find().templates
    for text in (
        BAD_CREDENTIALS,
        str(AccountDisabledError()),
        str(WrongPasswordError()),
        UNAVAILABLE_MESSAGE,
        "Mật khẩu mới phải khác mật khẩu cũ",
    ):
        assert text in templates


def test_compiles_a_missing_or_stale_catalogue(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    shutil.copy(TS, tmp_path / TS.name)
    qm = i18n.compiled_catalogue("en")
    assert qm == tmp_path / "console_en.qm" and qm.stat().st_size > 1000
    assert i18n.compiled_catalogue("en") == qm  # up to date: used as is
    # without lrelease: Vietnamese, and a warning
    qm.unlink()
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    assert i18n.compiled_catalogue("en") is None
    assert "pyside6-lrelease" in capsys.readouterr().err


def test_vietnamese_has_qt_own_buttons_in_vietnamese(qtbot, qapp) -> None:
    translators = i18n.install_translator(qapp, "vi")
    try:
        assert len(translators) == 1
        box = QMessageBox(QMessageBox.Icon.Information, "Dữ liệu mẫu", "…")
        box.setDetailedText("dieuhanh1")
        qtbot.addWidget(box)
        box.show()
        texts = {b.text() for b in box.findChildren(QPushButton)}
        assert texts == {"Xem chi tiết…", "Đồng ý"}
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_the_english_interface(qtbot, english, sqlite_db: Database) -> None:
    from console.views.app import open_main_window
    from console.views.login_dialog import LoginDialog

    profile = load_profile("thai-nguyen")
    now = datetime(2026, 11, 24, 10)
    generate_demo(sqlite_db, profile, reports=40, now=now, password="mat-khau-demo")
    login = LoginDialog(sqlite_db, profile)
    qtbot.addWidget(login)
    assert login.login_button.text() == "Sign in"
    assert login.windowTitle() == "Sign in — Field-report console"

    actor = authenticate(sqlite_db, "dieuhanh1", "mat-khau-demo")
    window = open_main_window(sqlite_db, profile, actor, lambda: now)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.nav.counts_changed, timeout=10000):
        window.show()
    assert window.windowTitle() == "Field-report console — Tỉnh Thái Nguyên"
    assert window.intake_action.text() == "New report"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&View", "&Help"]
    assert window.nav.item_for(Queue.NEW).text().startswith("New (")
    assert window.nav.item_for(Queue.OVERDUE).text().startswith("Overdue / late (")
    assert window.user_label.text().endswith("IOC operator")
    assert i18n.role_label(Role.LEADER) == "Unit leader"
    assert window.updated_label.text() == "Updated at 10:00:00"
    assert window.queue_view.search.placeholderText().startswith("Search code")


def test_deadline_texts_follow_the_interface_language(english) -> None:
    from console.sla import Remaining
    from console.views.label_text import remaining_text

    assert remaining_text(Remaining(2.25, True, 8)) == "2 h 15 min working time left"
    assert remaining_text(Remaining(-(8 + 2 + 5 / 60), True, 8), short=True) == "1 d 2 h overdue"
    assert remaining_text(Remaining(40 / 60, False, 8)) == "40 min left"
