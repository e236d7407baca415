"""call card: result-required roles, the call's client, the CRM outbox

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 10:00:00

Columns are added and dropped with plain ALTER TABLE, as in 0002: a batch on SQLite
would copy ``roles`` and ``call_sessions`` into new tables, and dropping the old ones
fires the ON DELETE actions of every table pointing at them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_CALL_COLUMNS = (
    ("crm_entity", sa.String(length=16)),
    ("crm_item_id", sa.String(length=32)),
    ("client_title", sa.String(length=255)),
)


def upgrade() -> None:
    op.add_column(
        "roles",
        sa.Column("result_required", sa.Boolean(), server_default=sa.true(), nullable=False),
    )
    for name, column_type in _CALL_COLUMNS:
        op.add_column("call_sessions", sa.Column(name, column_type, nullable=True))

    op.create_table(
        "crm_outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("write_key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.String(length=32), nullable=False),
        sa.Column("after_key", sa.String(length=64), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("call_id", sa.String(length=32), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("field_errors", sa.JSON(), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_item_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["call_sessions.id"],
            name=op.f("fk_crm_outbox_call_id_call_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_outbox")),
        sa.UniqueConstraint("write_key", name=op.f("uq_crm_outbox_write_key")),
    )
    op.create_index("ix_crm_outbox_due", "crm_outbox", ["state", "next_attempt_at"],
                    unique=False)
    op.create_index(op.f("ix_crm_outbox_after_key"), "crm_outbox", ["after_key"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_crm_outbox_after_key"), table_name="crm_outbox")
    op.drop_index("ix_crm_outbox_due", table_name="crm_outbox")
    op.drop_table("crm_outbox")
    for name, _type in reversed(_CALL_COLUMNS):
        op.drop_column("call_sessions", name)
    op.drop_column("roles", "result_required")
