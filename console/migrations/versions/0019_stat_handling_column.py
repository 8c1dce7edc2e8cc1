"""``stat_reports.handling_us`` and a covering index: the report documents' handling-time
median and 90th percentile read one small index instead of decoding every report's facts
(issue 13: a quarter's document at 1,000,000 reports). Filled from the facts already kept.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HANDLED = sa.text("handling_us IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("stat_reports") as batch:
        batch.add_column(sa.Column("handling_us", sa.BigInteger(), nullable=True))
    # facts is Facts.dumps(): a JSON list whose 10th item (index 9) is the handling span.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("UPDATE stat_reports SET handling_us = json_extract(facts, '$[9]')")
    else:
        op.execute("UPDATE stat_reports SET handling_us = CAST(facts::json->>9 AS BIGINT)")
    op.create_index("ix_stat_reports_handling", "stat_reports",
                    ["day", "handling_us", "category_id", "channel_id", "area", "units"],
                    sqlite_where=HANDLED, postgresql_where=HANDLED)


def downgrade() -> None:
    op.drop_index("ix_stat_reports_handling", table_name="stat_reports")
    with op.batch_alter_table("stat_reports") as batch:
        batch.drop_column("handling_us")
