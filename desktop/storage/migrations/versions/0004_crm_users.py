"""crm users: the portal user each app user's activities and tasks are made for

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 10:00:00

A plain ALTER TABLE, as in 0002 and 0003 (a batch on SQLite would copy ``users`` and fire
the ON DELETE actions of the tables pointing at it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "users",
        sa.Column("crm_user_id", sa.String(length=32), server_default="", nullable=False),
    )


def downgrade() -> None:
    op.drop_column("users", "crm_user_id")
