"""``unit_focal_points``: each unit's named leader and officer (Thái Nguyên Điều 14.1).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "unit_focal_points",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=True),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("set_by_id", sa.Integer(), nullable=True),
        sa.Column("set_at", sa.DateTime(timezone=False), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"],
                                name=op.f("fk_unit_focal_points_unit_id_units")),
        sa.ForeignKeyConstraint(["leader_id"], ["users.id"],
                                name=op.f("fk_unit_focal_points_leader_id_users")),
        sa.ForeignKeyConstraint(["officer_id"], ["users.id"],
                                name=op.f("fk_unit_focal_points_officer_id_users")),
        sa.ForeignKeyConstraint(["set_by_id"], ["users.id"],
                                name=op.f("fk_unit_focal_points_set_by_id_users")),
        sa.PrimaryKeyConstraint("unit_id", name=op.f("pk_unit_focal_points")),
    )


def downgrade() -> None:
    op.drop_table("unit_focal_points")
