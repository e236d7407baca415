"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "buttons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("color", sa.String(length=16), nullable=False),
        sa.Column("shortcut", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buttons")),
    )
    op.create_table(
        "crm_companies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("company_type", sa.String(length=50), nullable=True),
        sa.Column("industry", sa.String(length=50), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("revenue", sa.Numeric(precision=15, scale=2, asdecimal=False), nullable=True),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.Column("date_create", sa.DateTime(timezone=True), nullable=False),
        sa.Column("date_modify", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_companies")),
    )
    op.create_table(
        "crm_emails",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_emails")),
    )
    with op.batch_alter_table("crm_emails", schema=None) as batch_op:
        batch_op.create_index("ix_crm_emails_item", ["entity", "item_id"], unique=False)

    op.create_table(
        "crm_phones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.Column("e164", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_phones")),
    )
    with op.batch_alter_table("crm_phones", schema=None) as batch_op:
        batch_op.create_index("ix_crm_phones_e164", ["e164", "entity", "item_id"], unique=False)
        batch_op.create_index("ix_crm_phones_item", ["entity", "item_id"], unique=False)

    op.create_table(
        "crm_pipelines",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_pipelines")),
    )
    op.create_table(
        "crm_statuses",
        sa.Column("status_id", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("semantics", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("status_id", name=op.f("pk_crm_statuses")),
    )
    op.create_table(
        "crm_timeline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("activity_type", sa.String(length=16), nullable=True),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("end_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("responsible", sa.String(length=255), nullable=False),
        sa.Column("author", sa.String(length=255), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_timeline")),
    )
    with op.batch_alter_table("crm_timeline", schema=None) as batch_op:
        batch_op.create_index(
            "ix_crm_timeline_item", ["entity", "item_id", "created_at"], unique=False
        )

    op.create_table(
        "crm_user_field_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_user_field_values")),
        sa.UniqueConstraint("entity", "item_id", "code", name="uq_crm_user_field_values_item_code"),
    )
    op.create_table(
        "crm_writes",
        sa.Column("idempotency_key", sa.String(length=200), nullable=False),
        sa.Column("operation", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.String(length=32), nullable=False),
        sa.Column("result_id", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("idempotency_key", name=op.f("pk_crm_writes")),
    )
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("is_system", sa.Boolean(), nullable=False),
        sa.Column("keep_card_open", sa.Boolean(), nullable=False),
        sa.Column("may_manage_settings", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roles")),
        sa.UniqueConstraint("name", name=op.f("uq_roles_name")),
    )
    op.create_table(
        "scripts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("start_step_key", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scripts")),
    )
    op.create_table(
        "button_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("button_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["button_id"],
            ["buttons.id"],
            name=op.f("fk_button_actions_button_id_buttons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_button_actions")),
    )
    op.create_table(
        "crm_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=True),
        sa.Column("second_name", sa.String(length=255), nullable=True),
        sa.Column("last_name", sa.String(length=255), nullable=True),
        sa.Column("post", sa.String(length=255), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.String(length=50), nullable=True),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.Column("date_create", sa.DateTime(timezone=True), nullable=False),
        sa.Column("date_modify", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["crm_companies.id"],
            name=op.f("fk_crm_contacts_company_id_crm_companies"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_contacts")),
    )
    with op.batch_alter_table("crm_contacts", schema=None) as batch_op:
        batch_op.create_index("ix_crm_contacts_company", ["company_id"], unique=False)

    op.create_table(
        "crm_leads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("status_id", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=True),
        sa.Column("second_name", sa.String(length=255), nullable=True),
        sa.Column("last_name", sa.String(length=255), nullable=True),
        sa.Column("post", sa.String(length=255), nullable=True),
        sa.Column("company_title", sa.String(length=255), nullable=True),
        sa.Column("source_id", sa.String(length=50), nullable=True),
        sa.Column("opportunity", sa.Numeric(precision=15, scale=2, asdecimal=False), nullable=True),
        sa.Column("currency_id", sa.String(length=50), nullable=True),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.Column("date_create", sa.DateTime(timezone=True), nullable=False),
        sa.Column("date_modify", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["status_id"],
            ["crm_statuses.status_id"],
            name=op.f("fk_crm_leads_status_id_crm_statuses"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_leads")),
    )
    with op.batch_alter_table("crm_leads", schema=None) as batch_op:
        batch_op.create_index("ix_crm_leads_status", ["status_id"], unique=False)

    op.create_table(
        "crm_stages",
        sa.Column("stage_id", sa.String(length=50), nullable=False),
        sa.Column("pipeline_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("semantics", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["pipeline_id"],
            ["crm_pipelines.id"],
            name=op.f("fk_crm_stages_pipeline_id_crm_pipelines"),
        ),
        sa.PrimaryKeyConstraint("stage_id", name=op.f("pk_crm_stages")),
    )
    with op.batch_alter_table("crm_stages", schema=None) as batch_op:
        batch_op.create_index("ix_crm_stages_pipeline", ["pipeline_id", "sort"], unique=False)

    op.create_table(
        "role_buttons",
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("button_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["button_id"],
            ["buttons.id"],
            name=op.f("fk_role_buttons_button_id_buttons"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["roles.id"],
            name=op.f("fk_role_buttons_role_id_roles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("role_id", "button_id", name=op.f("pk_role_buttons")),
    )
    op.create_table(
        "role_client_fields",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("editable", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["roles.id"],
            name=op.f("fk_role_client_fields_role_id_roles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_client_fields")),
        sa.UniqueConstraint(
            "role_id", "entity", "code", name=op.f("uq_role_client_fields_role_id_entity_code")
        ),
    )
    op.create_table(
        "role_scripts",
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["roles.id"],
            name=op.f("fk_role_scripts_role_id_roles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["script_id"],
            ["scripts.id"],
            name=op.f("fk_role_scripts_script_id_scripts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("role_id", "script_id", name=op.f("pk_role_scripts")),
    )
    op.create_table(
        "script_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("step_key", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["script_id"],
            ["scripts.id"],
            name=op.f("fk_script_steps_script_id_scripts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_script_steps")),
        sa.UniqueConstraint(
            "script_id", "step_key", name=op.f("uq_script_steps_script_id_step_key")
        ),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("blocked", sa.Boolean(), nullable=False),
        sa.Column("blocked_by_plan", sa.Boolean(), nullable=False),
        sa.Column("administrator", sa.Boolean(), nullable=False),
        sa.Column("last_activity", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_id"], ["roles.id"], name=op.f("fk_users_role_id_roles"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "call_sessions",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("script_id", sa.Integer(), nullable=True),
        sa.Column("script_version", sa.Integer(), nullable=True),
        sa.Column("result_button_id", sa.Integer(), nullable=True),
        sa.Column("result_title", sa.String(length=100), nullable=True),
        sa.Column("result_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["users.id"],
            name=op.f("fk_call_sessions_operator_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["result_button_id"],
            ["buttons.id"],
            name=op.f("fk_call_sessions_result_button_id_buttons"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["script_id"],
            ["scripts.id"],
            name=op.f("fk_call_sessions_script_id_scripts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_sessions")),
    )
    with op.batch_alter_table("call_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_call_sessions_number"), ["number"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_call_sessions_operator_id"), ["operator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_call_sessions_started_at"), ["started_at"], unique=False
        )

    op.create_table(
        "crm_deals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.String(length=50), nullable=False),
        sa.Column("opportunity", sa.Numeric(precision=15, scale=2, asdecimal=False), nullable=True),
        sa.Column("currency_id", sa.String(length=50), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("closedate", sa.Date(), nullable=True),
        sa.Column("source_id", sa.String(length=50), nullable=True),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.Column("date_create", sa.DateTime(timezone=True), nullable=False),
        sa.Column("date_modify", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["crm_pipelines.id"],
            name=op.f("fk_crm_deals_category_id_crm_pipelines"),
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["crm_companies.id"],
            name=op.f("fk_crm_deals_company_id_crm_companies"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["crm_contacts.id"],
            name=op.f("fk_crm_deals_contact_id_crm_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["crm_stages.stage_id"], name=op.f("fk_crm_deals_stage_id_crm_stages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crm_deals")),
    )
    with op.batch_alter_table("crm_deals", schema=None) as batch_op:
        batch_op.create_index("ix_crm_deals_company", ["company_id"], unique=False)
        batch_op.create_index("ix_crm_deals_contact", ["contact_id"], unique=False)
        batch_op.create_index("ix_crm_deals_stage", ["stage_id"], unique=False)

    op.create_table(
        "script_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("source_key", sa.String(length=32), nullable=False),
        sa.Column("target_key", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["script_id", "source_key"],
            ["script_steps.script_id", "script_steps.step_key"],
            name="fk_script_links_source_script_steps",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["script_id", "target_key"],
            ["script_steps.script_id", "script_steps.step_key"],
            name="fk_script_links_target_script_steps",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["script_id"],
            ["scripts.id"],
            name=op.f("fk_script_links_script_id_scripts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_script_links")),
        sa.UniqueConstraint(
            "script_id",
            "source_key",
            "target_key",
            name=op.f("uq_script_links_script_id_source_key_target_key"),
        ),
    )
    op.create_table(
        "script_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["published_by"],
            ["users.id"],
            name=op.f("fk_script_versions_published_by_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["script_id"],
            ["scripts.id"],
            name=op.f("fk_script_versions_script_id_scripts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_script_versions")),
        sa.UniqueConstraint(
            "script_id", "number", name=op.f("uq_script_versions_script_id_number")
        ),
    )
    op.create_table(
        "seat_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan", sa.String(length=16), nullable=False),
        sa.Column("lapsed", sa.Boolean(), nullable=False),
        sa.Column("paid_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("kept_user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kept_user_id"],
            ["users.id"],
            name=op.f("fk_seat_plan_kept_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seat_plan")),
    )
    op.create_table(
        "step_fields",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("step_key", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("editable", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["script_id", "step_key"],
            ["script_steps.script_id", "script_steps.step_key"],
            name="fk_step_fields_step_script_steps",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["script_id"],
            ["scripts.id"],
            name=op.f("fk_step_fields_script_id_scripts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_fields")),
        sa.UniqueConstraint(
            "script_id",
            "step_key",
            "entity",
            "code",
            name=op.f("uq_step_fields_script_id_step_key_entity_code"),
        ),
    )
    op.create_table(
        "call_field_values",
        sa.Column("call_id", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["call_sessions.id"],
            name=op.f("fk_call_field_values_call_id_call_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("call_id", "key", name=op.f("pk_call_field_values")),
    )
    op.create_table(
        "call_path",
        sa.Column("call_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("step_key", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["call_sessions.id"],
            name=op.f("fk_call_path_call_id_call_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("call_id", "seq", name=op.f("pk_call_path")),
    )


def downgrade() -> None:
    op.drop_table("call_path")
    op.drop_table("call_field_values")
    op.drop_table("step_fields")
    op.drop_table("seat_plan")
    op.drop_table("script_versions")
    op.drop_table("script_links")
    with op.batch_alter_table("crm_deals", schema=None) as batch_op:
        batch_op.drop_index("ix_crm_deals_stage")
        batch_op.drop_index("ix_crm_deals_contact")
        batch_op.drop_index("ix_crm_deals_company")

    op.drop_table("crm_deals")
    with op.batch_alter_table("call_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_sessions_started_at"))
        batch_op.drop_index(batch_op.f("ix_call_sessions_operator_id"))
        batch_op.drop_index(batch_op.f("ix_call_sessions_number"))

    op.drop_table("call_sessions")
    op.drop_table("users")
    op.drop_table("script_steps")
    op.drop_table("role_scripts")
    op.drop_table("role_client_fields")
    op.drop_table("role_buttons")
    with op.batch_alter_table("crm_stages", schema=None) as batch_op:
        batch_op.drop_index("ix_crm_stages_pipeline")

    op.drop_table("crm_stages")
    with op.batch_alter_table("crm_leads", schema=None) as batch_op:
        batch_op.drop_index("ix_crm_leads_status")

    op.drop_table("crm_leads")
    with op.batch_alter_table("crm_contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_crm_contacts_company")

    op.drop_table("crm_contacts")
    op.drop_table("button_actions")
    op.drop_table("scripts")
    op.drop_table("roles")
    op.drop_table("crm_writes")
    op.drop_table("crm_user_field_values")
    with op.batch_alter_table("crm_timeline", schema=None) as batch_op:
        batch_op.drop_index("ix_crm_timeline_item")

    op.drop_table("crm_timeline")
    op.drop_table("crm_statuses")
    op.drop_table("crm_pipelines")
    with op.batch_alter_table("crm_phones", schema=None) as batch_op:
        batch_op.drop_index("ix_crm_phones_item")
        batch_op.drop_index("ix_crm_phones_e164")

    op.drop_table("crm_phones")
    with op.batch_alter_table("crm_emails", schema=None) as batch_op:
        batch_op.drop_index("ix_crm_emails_item")

    op.drop_table("crm_emails")
    op.drop_table("crm_companies")
    op.drop_table("buttons")
    op.drop_table("app_meta")
