"""The statistics' roll-up: ``stat_reports`` (each report's facts) and ``stat_daily`` (their
sums per scope, day, kind and key), and the index of the stage clocks still running.

The tables start empty: on a database that holds reports the roll-up is built from the raw
tables the first time figures are asked for (console.services.stats_rollup.ensure_built), in
Python, because the facts need the working calendar; an empty database is complete at once. Issue 13: a year's dashboard at 1,000,000 reports.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SUMS = ("received", "rejected", "redirected", "answered_directly", "forwarded", "returned",
        "resolved", "answered", "open", "extensions", "reopened", "rated", "on_time", "late",
        "hours_n", "hours_us", "held_us", "bounces", "charged")


def upgrade() -> None:
    op.create_table(
        "stat_reports",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hold_unit_id", sa.Integer(), nullable=True),
        sa.Column("hold_since", sa.DateTime(timezone=False), nullable=True),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"],
                                name=op.f("fk_stat_reports_report_id_reports")),
        sa.PrimaryKeyConstraint("report_id", name=op.f("pk_stat_reports")),
    )
    op.create_index("ix_stat_reports_day", "stat_reports", ["day", "report_id"])
    holding = sa.text("hold_unit_id IS NOT NULL")
    op.create_index("ix_stat_reports_holding", "stat_reports", ["day", "report_id"],
                    sqlite_where=holding, postgresql_where=holding)
    op.create_table(
        "stat_daily",
        sa.Column("scope", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=1), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=False) for name in SUMS),
        sa.PrimaryKeyConstraint("scope", "day", "kind", "key", name=op.f("pk_stat_daily")),
    )
    # An empty database's roll-up is complete as it is: from now on every commit keeps it.
    op.execute("INSERT INTO meta (key, value) SELECT 'stats_rollup', 'built' "
                "WHERE NOT EXISTS (SELECT 1 FROM reports)")
    running = sa.text("completed_at IS NULL")
    op.create_index("ix_report_deadlines_open_due", "report_deadlines", ["due_at", "report_id"],
                    sqlite_where=running, postgresql_where=running)


def downgrade() -> None:
    op.execute("DELETE FROM meta WHERE key = 'stats_rollup'")
    op.drop_index("ix_report_deadlines_open_due", table_name="report_deadlines")
    op.drop_table("stat_daily")
    op.drop_index("ix_stat_reports_holding", table_name="stat_reports")
    op.drop_index("ix_stat_reports_day", table_name="stat_reports")
    op.drop_table("stat_reports")
