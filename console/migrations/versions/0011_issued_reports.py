"""``issued_reports``: an issued periodic report's number and its frozen figures (issue 13).

Thái Nguyên Điều 13.5, Đắk Lắk's weekly report, Tiền Giang Điều 12.1 and 18: a report sent to
the People's Committee is a numbered document; reprinting it gives the figures it was issued
with (``Figures.to_dict()`` as JSON), not today's recount. Numbers run per year: (year, seq).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "issued_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_key", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("period_kind", sa.String(length=16), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"],
                                name=op.f("fk_issued_reports_unit_id_units")),
        sa.ForeignKeyConstraint(["issued_by_id"], ["users.id"],
                                name=op.f("fk_issued_reports_issued_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_reports")),
        sa.UniqueConstraint("number", name=op.f("uq_issued_reports_number")),
        sa.UniqueConstraint("year", "seq", name="uq_issued_reports_year_seq"),
    )


def downgrade() -> None:
    op.drop_table("issued_reports")
