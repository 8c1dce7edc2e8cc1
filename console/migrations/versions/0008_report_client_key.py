"""Exactly-once intake: ``reports.client_key``, the submitting client's uuid4, unique.

The outbox (console/services/outbox.py) replays a report typed while the central database was
unreachable; a replay after a lost acknowledgement must find the report it already made, not
make a second one. The key is nullable: reports from before, and from the CLI or the demo,
have none (NULLs never collide in a unique index, on SQLite or PostgreSQL).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Not in batch mode: on SQLite that would copy the table and lose the search triggers.
    # ADD COLUMN of a nullable column without a default is a plain ALTER on both databases.
    op.add_column("reports", sa.Column("client_key", sa.String(36), nullable=True))
    op.create_index("ix_reports_client_key", "reports", ["client_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_reports_client_key", table_name="reports")
    # SQLite 3.35+ drops an unindexed column in place (no copy, the triggers stay).
    op.drop_column("reports", "client_key")
