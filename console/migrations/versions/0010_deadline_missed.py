"""``report_deadlines.missed``: the stage's duty was missed (console.sla.missed_duty).

The "trễ hạn" flag on a report says that some duty was missed; the statistics need to know
which stage, and which unit held the report when its clock ran out. The flag is set by the
services when a stage ends. Existing rows are filled from the rule's binding part: a stage
ended after its due time, except the conditional clocks (return, return with a field check,
the progress notice), whose ending action is not on the row; they start as not missed.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A NOT NULL column with a constant default is a plain ALTER on both databases.
    op.add_column("report_deadlines", sa.Column("missed", sa.Boolean(), nullable=False,
                                                server_default=sa.false()))
    op.execute(
        "UPDATE report_deadlines SET missed = TRUE WHERE completed_at > due_at "
        "AND stage NOT IN ('return', 'return_field_check', 'notify_progress')"
    )


def downgrade() -> None:
    op.drop_column("report_deadlines", "missed")
