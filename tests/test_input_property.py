"""Issue 16 item 1, as a property on SQLite and PostgreSQL: whatever text a report, a note or a
search is given (controls, NUL, lone surrogates, combining marks, right-to-left scripts and
overrides, emoji, Vietnamese), the core either takes it, and then reads back exactly the cleaned
text, or refuses it with its own message (IntakeError, or WorkflowError for an empty note) and
stores nothing. No database error, no driver text, ever."""

from __future__ import annotations

import contextlib
import unicodedata
from datetime import datetime

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from console.db import Database
from console.intake import IntakeError, ReportDraft, clean_draft
from console.models import HistoryEntry, Report, Role
from console.profiles import load_profile
from console.services.console_api import ConsoleApi
from console.services.queues import QueueFilter
from console.text_input import check_text, refused_char
from console.workflow import WorkflowError
from tests.scenario_helpers import Province, make_province

MON = datetime(2026, 3, 2, 9, 0)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_HOSTILE = st.one_of(
    st.characters(exclude_categories=()),  # anything, lone surrogates and controls included
    st.sampled_from(
        [
            "\x00",
            "\x1b",
            "\x9b",
            "\x7f",
            "\u202e",
            "\u202a",
            "\u2066",
            "\u2069",
            "\u200f",
            "\ufeff",
            "\u2028",
            "\n",
            "\r",
            "\t",
            " ",
            "\ud83d",
        ]
    ),
)
_FRIENDLY = st.one_of(
    st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãằắặẳẵầấậẩẫềếệểễ ,.-0123456789")),
    st.sampled_from(["\u0300", "\u0301", "\u0302", "\u0303", "\u0309", "\u0323"]),  # combining
    st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),  # Hebrew, Arabic (RTL)
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),  # emoji
    st.sampled_from(["\n", "\t", " ", "\u00a0"]),
)
TEXT = st.one_of(
    st.text(_FRIENDLY, max_size=80),
    st.text(_FRIENDLY, max_size=20),
    st.text(_HOSTILE, max_size=40),
    st.text(st.one_of(_FRIENDLY, _HOSTILE), max_size=300),
)
EMAIL = st.one_of(
    st.just(""),
    st.just("lan.le@thainguyen.gov.vn"),
    TEXT,
    st.builds(lambda a: f"{a}@mien.vn", st.text(_FRIENDLY, max_size=130)),
)


def _counts(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Report)) or 0,
            s.scalar(select(func.count()).select_from(HistoryEntry)) or 0,
        )


def _clean_stored(value: str | None) -> None:
    if value:
        assert refused_char(value) is None
        assert unicodedata.is_normalized("NFC", value)
        assert value == value.strip()


@pytest.fixture
def province(any_db: Database) -> tuple[Province, ConsoleApi]:
    p = make_province(any_db, load_profile("thai-nguyen"), MON)
    return p, ConsoleApi(any_db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)


@SETTINGS
@given(
    title=TEXT,
    description=TEXT,
    place=TEXT,
    name=TEXT,
    address=TEXT,
    email=EMAIL,
    note=TEXT,
    search=TEXT,
)
def test_any_text_is_taken_cleaned_or_refused_with_nothing_stored(
    province: tuple[Province, ConsoleApi],
    title: str,
    description: str,
    place: str,
    name: str,
    address: str,
    email: str,
    note: str,
    search: str,
) -> None:
    p, op = province
    d = ReportDraft(
        channel="app",
        title=title,
        description=description,
        place=place,
        reporter_name=name,
        reporter_address=address,
        reporter_email=email,
    )
    before = _counts(p.db)
    try:
        r = op.submit(d)
    except IntakeError:
        event("report refused")
        assert _counts(p.db) == before
        return
    event("report taken")
    expected = clean_draft(d, now=MON)
    stored = p.report(r.report_id)
    assert stored.title == (expected.title or expected.description[:120])
    assert (stored.description, stored.place, stored.reporter_name) == (
        expected.description,
        expected.place,
        expected.reporter_name,
    )
    assert stored.reporter_address == (expected.reporter_address or None)
    assert stored.reporter_email == (expected.reporter_email or None)
    for value in (
        stored.description,
        stored.place,
        stored.reporter_name,
        stored.reporter_address,
        stored.reporter_email,
    ):
        _clean_stored(value)

    before = _counts(p.db)
    try:
        op.act("reject", r.report_id, r.version, note=note)
    except (IntakeError, WorkflowError):  # a character refused, or nothing left to say
        event("note refused")
        assert _counts(p.db) == before
    else:
        event("note taken")
        with p.db.session() as s:
            last = s.scalars(
                select(HistoryEntry.note)
                .where(HistoryEntry.report_id == r.report_id)
                .order_by(HistoryEntry.id.desc())
            ).first()
        assert last == check_text(note, "lý do không xử lý")

    with contextlib.suppress(IntakeError):  # a search is refused like any input, or counts
        assert op.count(QueueFilter(text=search)) >= 0
