"""``stat_reports`` gains the columns the reads that move with the clock need, so that they
never decode a report's facts: its units and keys, the running hold's working position, and
when it becomes overdue with its running clocks (issue 13: the current quarter at 1,000,000
reports). The roll-up is recounted on first use (an empty database is complete at once).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (
    ("units", sa.String(length=400)), ("category_id", sa.Integer()),
    ("channel_id", sa.Integer()), ("area", sa.String(length=120)),
    ("hold_pos", sa.BigInteger()), ("overdue_from", sa.DateTime(timezone=False)),
    ("running", sa.Text()),
)


def upgrade() -> None:
    op.execute("DELETE FROM stat_daily")
    op.execute("DELETE FROM stat_reports")
    op.execute("DELETE FROM meta WHERE key = 'stats_rollup'")
    op.execute("INSERT INTO meta (key, value) SELECT 'stats_rollup', 'built' "
               "WHERE NOT EXISTS (SELECT 1 FROM reports)")
    with op.batch_alter_table("stat_reports") as batch:
        for name, kind in COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=name != "units",
                                       server_default="," if name == "units" else None))
    overdue = sa.text("overdue_from IS NOT NULL")
    op.create_index("ix_stat_reports_overdue", "stat_reports", ["overdue_from", "day"],
                    sqlite_where=overdue, postgresql_where=overdue)


def downgrade() -> None:
    op.drop_index("ix_stat_reports_overdue", table_name="stat_reports")
    with op.batch_alter_table("stat_reports") as batch:
        for name, _kind in reversed(COLUMNS):
            batch.drop_column(name)
