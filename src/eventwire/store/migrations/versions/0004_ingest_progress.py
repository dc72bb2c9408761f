"""Resumable ingest: ``ingest_progress`` holds, per input file, how far the last committed batch got (results
taken, stream position, lines or rows read, whether the file is finished, its digest), so a stopped
``eventwire ingest`` goes on from there instead of reading its inputs again.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingest_progress",
        sa.Column("path", sa.Text, primary_key=True),
        sa.Column("signature", sa.String(96), nullable=False),
        sa.Column("items", sa.BigInteger, nullable=False),
        sa.Column("articles", sa.BigInteger, nullable=False),
        sa.Column("cursor", sa.Text),
        sa.Column("lines", sa.BigInteger, nullable=False),
        sa.Column("done", sa.Boolean, nullable=False),
        sa.Column("digest", sa.String(64)),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("ingest_progress")
