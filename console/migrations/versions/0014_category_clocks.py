"""``category_clocks`` and ``area_defaults``: an administrator's category clocks over time and
default units per category and area (issue 11 items 2, 3).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "category_clocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.DateTime(timezone=False), nullable=False),
        sa.Column("clock_kind", sa.String(length=16), nullable=True),
        sa.Column("clock_amount", sa.Float(), nullable=True),
        sa.Column("article", sa.Text(), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=False), nullable=False),
        sa.ForeignKeyConstraint(["category_id"], ["categories.id"],
                                name=op.f("fk_category_clocks_category_id_categories")),
        sa.ForeignKeyConstraint(["changed_by_id"], ["users.id"],
                                name=op.f("fk_category_clocks_changed_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category_clocks")),
    )
    op.create_index("ix_category_clocks_category_from", "category_clocks",
                    ["category_id", "effective_from"])
    op.create_table(
        "area_defaults",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=120), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["category_id"], ["categories.id"],
                                name=op.f("fk_area_defaults_category_id_categories")),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"],
                                name=op.f("fk_area_defaults_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_area_defaults")),
        sa.UniqueConstraint("category_id", "area", name="uq_area_defaults_category_area"),
    )


def downgrade() -> None:
    op.drop_table("area_defaults")
    op.drop_index("ix_category_clocks_category_from", table_name="category_clocks")
    op.drop_table("category_clocks")
