"""PostgreSQL: the search vector stored beside the text, with the GIN index on it.

Searching a common word ("duong") with the index on ``to_tsvector(search_text)`` either built
a bitmap of half the table or re-parsed each row's text while walking the ids (80 µs a row):
1.2 s for a page and its count at 1M reports. SQLite's FTS5 table is untouched.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24
"""

from collections.abc import Sequence

from alembic import op

from console.search import PG_VECTOR_DDL, PG_VECTOR_DROP

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_VECTOR_DDL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_VECTOR_DROP:
            op.execute(statement)
