"""Index on (due_at, id): the deadline-ordered walk of queues that span several states.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Not in batch mode: on SQLite that would copy the table and lose the search triggers.
    op.create_index("ix_reports_due", "reports", ["due_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_reports_due", table_name="reports")
