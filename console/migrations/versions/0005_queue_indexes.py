"""Covering indexes for the due-soon and new queues and the emergency filter.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Not in batch mode: on SQLite that would copy the table and lose the search triggers.
    op.drop_index("ix_reports_status_warn", table_name="reports")
    op.create_index("ix_reports_status_warn", "reports", ["status", "warn_at", "due_at", "id"])
    op.create_index("ix_reports_status_dup_due", "reports",
                    ["status", "duplicate_of_id", "due_at", "id"])
    op.create_index("ix_reports_emergency_due", "reports", ["emergency", "due_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_reports_emergency_due", table_name="reports")
    op.drop_index("ix_reports_status_dup_due", table_name="reports")
    op.drop_index("ix_reports_status_warn", table_name="reports")
    op.create_index("ix_reports_status_warn", "reports", ["status", "warn_at"])
