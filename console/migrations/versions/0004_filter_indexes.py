"""Indexes for filters by category or channel in deadline order.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Not in batch mode: on SQLite that would copy the table and lose the search triggers.
    op.drop_index("ix_reports_category_received", table_name="reports")
    op.create_index("ix_reports_category_due", "reports", ["category_id", "due_at", "id"])
    op.create_index("ix_reports_channel_due", "reports", ["channel_id", "due_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_reports_channel_due", table_name="reports")
    op.drop_index("ix_reports_category_due", table_name="reports")
    op.create_index("ix_reports_category_received", "reports", ["category_id", "received_at"])
