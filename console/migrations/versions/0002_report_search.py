"""Full-text search over reports: FTS5 on SQLite, a GIN tsvector index on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

from alembic import op

from console.search import PG_DDL, PG_DROP, SQLITE_DDL, SQLITE_DROP

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_DDL if dialect == "sqlite" else PG_DDL:
        op.execute(statement)
    if dialect == "sqlite":  # index what is already there
        op.execute("INSERT INTO report_search(report_search) VALUES ('rebuild')")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_DROP if dialect == "sqlite" else PG_DROP:
        op.execute(statement)
