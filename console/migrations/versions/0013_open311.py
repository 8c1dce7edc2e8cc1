"""``api_keys`` and ``open311_requests``: citizen apps on Open311 GeoReport v2 (issue 12).

An app's key is stored as its SHA-256 only; a report received through the API or a GeoReport
file import is linked to the app (or file) it came from, with its media_url kept as a link.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.String(length=12), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=False), nullable=True),
        sa.ForeignKeyConstraint(["channel_id"], ["channels.id"],
                                name=op.f("fk_api_keys_channel_id_channels")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("name", name=op.f("uq_api_keys_name")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_api_keys_key_hash")),
    )
    op.create_table(
        "open311_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("api_key_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("app_name", sa.String(length=120), nullable=False),
        sa.Column("media_url", sa.Text(), nullable=True),
        sa.Column("device_id", sa.String(length=120), nullable=True),
        sa.Column("account_id", sa.String(length=120), nullable=True),
        sa.Column("external_id", sa.String(length=120), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=False), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"],
                                name=op.f("fk_open311_requests_report_id_reports")),
        sa.ForeignKeyConstraint(["api_key_id"], ["api_keys.id"],
                                name=op.f("fk_open311_requests_api_key_id_api_keys")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_open311_requests")),
        sa.UniqueConstraint("report_id", name=op.f("uq_open311_requests_report_id")),
    )
    op.create_index("ix_open311_requests_api_key", "open311_requests", ["api_key_id"])


def downgrade() -> None:
    op.drop_index("ix_open311_requests_api_key", table_name="open311_requests")
    op.drop_table("open311_requests")
    op.drop_table("api_keys")
