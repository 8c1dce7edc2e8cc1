"""The partial index of 0021 for the progress notes told to the citizen, with the predicate the
queue's query states.

0021 made it ``WHERE notify_citizen``; the "Thông báo tiến độ" query says
``notify_citizen IS true`` (SQLAlchemy's ``is_(True)``), which PostgreSQL's planner does not
take as implying it, so it went on scanning every note (130 ms a count at 1,000,000 reports).
The predicate is now the query's own: ``IS true`` on PostgreSQL, ``IS 1`` on SQLite (how
SQLAlchemy writes it there; SQLite too uses a partial index only for a term of the same form).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_progress_notes_citizen"


def _index(postgresql: str, sqlite: str) -> None:
    op.drop_index(NAME, table_name="progress_notes")
    op.create_index(
        NAME,
        "progress_notes",
        ["report_id"],
        postgresql_where=sa.text(postgresql),
        sqlite_where=sa.text(sqlite),
    )


def upgrade() -> None:
    _index("notify_citizen IS true", "notify_citizen IS 1")


def downgrade() -> None:
    _index("notify_citizen", "notify_citizen")
