"""Diacritic-insensitive search: one folding rule for the indexed text and for the query.

"duong" finds "đường": marks are removed and đ/Đ (a letter of its own, not a marked d) becomes
d, in Python, before the text reaches the database. SQLite indexes the folded column with FTS5,
PostgreSQL with a GIN index over ``to_tsvector('simple', …)``; both match word prefixes.
"""

from __future__ import annotations

import re
import unicodedata

_TABLE: dict[int, str] = {}
for _cp in range(0xC0, 0x2000):
    _ch = chr(_cp)
    _base = "".join(c for c in unicodedata.normalize("NFD", _ch) if not unicodedata.combining(c))
    if _base != _ch and _base.isascii():
        _TABLE[_cp] = _base
_TABLE.update({ord("đ"): "d", ord("Đ"): "D"})
_WORD = re.compile(r"[0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, no diacritics, đ -> d: 'Đường Lê Lợi' -> 'duong le loi'."""
    text = unicodedata.normalize("NFC", text or "").translate(_TABLE)
    if not text.isascii():  # a letter outside the table: decompose the slow way
        text = "".join(
            c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
        )
    return text.lower()


def search_text(code: str, title: str, description: str, place: str, phone: str | None) -> str:
    """The indexed text: folded words only, so both databases split it the same way."""
    text = " ".join(p for p in (code, title, description, place, phone or "") if p)
    # Every Vietnamese letter is in the table; what remains non-ASCII is punctuation, which
    # the word split drops anyway, so the slow decomposition of fold() is not needed here.
    folded = unicodedata.normalize("NFC", text).translate(_TABLE).lower()
    return " ".join(_WORD.findall(folded))


def query_words(query: str) -> list[str]:
    """The folded words of a query; punctuation and operators are dropped (never injected)."""
    return _WORD.findall(fold(query))[:12]


def fts5_query(words: list[str]) -> str:
    return " AND ".join(f'"{w}"*' for w in words)


def tsquery(words: list[str]) -> str:
    return " & ".join(f"{w}:*" for w in words)


SQLITE_DDL = (
    # External content: the text lives once, in reports.search_text; triggers keep the index.
    "CREATE VIRTUAL TABLE report_search USING fts5(search_text, content='reports', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER report_search_ai AFTER INSERT ON reports BEGIN "
    "INSERT INTO report_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER report_search_ad AFTER DELETE ON reports BEGIN "
    "INSERT INTO report_search(report_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER report_search_au AFTER UPDATE OF search_text ON reports BEGIN "
    "INSERT INTO report_search(report_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO report_search(rowid, search_text) VALUES (new.id, new.search_text); END",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS report_search_au",
    "DROP TRIGGER IF EXISTS report_search_ad",
    "DROP TRIGGER IF EXISTS report_search_ai",
    "DROP TABLE IF EXISTS report_search",
)
PG_DDL = (
    "CREATE INDEX ix_reports_search ON reports USING gin (to_tsvector('simple', search_text))",
)
PG_DROP = ("DROP INDEX IF EXISTS ix_reports_search",)
# Migration 0009: the vector stored beside the text. Checking a row against a query then costs
# microseconds instead of re-parsing the text (80 µs a row), so a common word's page walks
# the id index and filters, and a rare word's comes from the GIN index, both in a few ms.
PG_VECTOR_DDL = (
    "ALTER TABLE reports ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', coalesce(search_text, ''))) STORED",
    "CREATE INDEX ix_reports_search_vector ON reports USING gin (search_vector)",
    "DROP INDEX IF EXISTS ix_reports_search",
)
PG_VECTOR_DROP = (
    *PG_DDL,
    "DROP INDEX IF EXISTS ix_reports_search_vector",
    "ALTER TABLE reports DROP COLUMN IF EXISTS search_vector",
)

# Objects the migrations make by hand; autogenerate must not see them as strays.
HAND_MADE = frozenset(
    {
        "report_search",
        "report_search_data",
        "report_search_idx",
        "report_search_docsize",
        "report_search_config",
        "report_search_content",
        "ix_reports_search",
        "search_vector",
        "ix_reports_search_vector",
        "report_totals",  # PostgreSQL's per-unit totals (migration 0023)
    }
)
