"""Tables of the app's own data: scripts, buttons, roles, users, plan, call sessions.

The embedded CRM keeps its tables in :mod:`desktop.crm.models` on the same metadata.
Rows are converted to domain objects in :mod:`desktop.storage.repositories`; nothing
outside storage sees these classes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.base import Base

STEP_KEY = String(32)


class MetaRow(Base):
    """Small key/value facts about the database (e.g. that it holds demo data)."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ScriptRow(Base):
    __tablename__ = "scripts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    start_step_key: Mapped[str | None] = mapped_column(STEP_KEY)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class StepRow(Base):
    __tablename__ = "script_steps"
    __table_args__ = (UniqueConstraint("script_id", "step_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("scripts.id", ondelete="CASCADE"))
    step_key: Mapped[str] = mapped_column(STEP_KEY)
    title: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    final: Mapped[bool] = mapped_column(Boolean, default=False)

class StepFieldRow(Base):
    __tablename__ = "step_fields"
    __table_args__ = (
        UniqueConstraint("script_id", "step_key", "entity", "code"),
        ForeignKeyConstraint(
            ["script_id", "step_key"], ["script_steps.script_id", "script_steps.step_key"],
            ondelete="CASCADE", name="fk_step_fields_step_script_steps",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("scripts.id", ondelete="CASCADE"))
    step_key: Mapped[str] = mapped_column(STEP_KEY)
    position: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(64))
    editable: Mapped[bool] = mapped_column(Boolean, default=True)


class LinkRow(Base):
    __tablename__ = "script_links"
    __table_args__ = (
        UniqueConstraint("script_id", "source_key", "target_key"),
        ForeignKeyConstraint(
            ["script_id", "source_key"], ["script_steps.script_id", "script_steps.step_key"],
            ondelete="CASCADE", name="fk_script_links_source_script_steps",
        ),
        ForeignKeyConstraint(
            ["script_id", "target_key"], ["script_steps.script_id", "script_steps.step_key"],
            ondelete="CASCADE", name="fk_script_links_target_script_steps",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("scripts.id", ondelete="CASCADE"))
    source_key: Mapped[str] = mapped_column(STEP_KEY)
    target_key: Mapped[str] = mapped_column(STEP_KEY)


class ScriptVersionRow(Base):
    """An immutable published version; never updated once written."""

    __tablename__ = "script_versions"
    __table_args__ = (UniqueConstraint("script_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("scripts.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    published_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[dict[str, Any]] = mapped_column(JSON)


class ButtonRow(Base):
    __tablename__ = "buttons"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    color: Mapped[str] = mapped_column(String(16))
    shortcut: Mapped[str] = mapped_column(String(32), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class ButtonActionRow(Base):
    __tablename__ = "button_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    button_id: Mapped[int] = mapped_column(ForeignKey("buttons.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class RoleRow(Base):
    __tablename__ = "roles"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    is_system: Mapped[bool] = mapped_column(Boolean, default=False)
    keep_card_open: Mapped[bool] = mapped_column(Boolean, default=False)
    may_manage_settings: Mapped[bool] = mapped_column(Boolean, default=False)
    result_required: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class RoleFieldRow(Base):
    __tablename__ = "role_client_fields"
    __table_args__ = (UniqueConstraint("role_id", "entity", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(64))
    editable: Mapped[bool] = mapped_column(Boolean, default=True)


class RoleButtonRow(Base):
    __tablename__ = "role_buttons"
    role_id: Mapped[int] = mapped_column(
        ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True)
    button_id: Mapped[int] = mapped_column(
        ForeignKey("buttons.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class RoleScriptRow(Base):
    __tablename__ = "role_scripts"
    role_id: Mapped[int] = mapped_column(
        ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True)
    script_id: Mapped[int] = mapped_column(
        ForeignKey("scripts.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    # The CRM's own user this one works as (a Bitrix24 user ID); "" finds them by e-mail.
    crm_user_id: Mapped[str] = mapped_column(String(32), default="", server_default="")
    role_id: Mapped[int | None] = mapped_column(ForeignKey("roles.id", ondelete="RESTRICT"))
    password_hash: Mapped[str] = mapped_column(String(255), default="")
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    blocked_by_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    administrator: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set for an invited user's one-time password until they choose their own.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False,
                                                       server_default=false())
    last_activity: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PlanRow(Base):
    """The seat plan in force: a single row (id 1)."""

    __tablename__ = "seat_plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan: Mapped[str] = mapped_column(String(16))
    lapsed: Mapped[bool] = mapped_column(Boolean, default=False)
    paid_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    kept_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))


class AuditRow(Base):
    """One change to the settings; written in the change's own transaction, never updated.

    ``actor_name`` is copied so the entry still says who it was after the user is removed.
    """

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(32))
    entity_type: Mapped[str] = mapped_column(String(16), index=True)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    entity_name: Mapped[str] = mapped_column(String(200), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))


class CallRow(Base):
    __tablename__ = "call_sessions"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    number: Mapped[str] = mapped_column(String(32), index=True)
    direction: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    operator_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    script_id: Mapped[int | None] = mapped_column(ForeignKey("scripts.id", ondelete="SET NULL"))
    script_version: Mapped[int | None] = mapped_column(Integer)
    result_button_id: Mapped[int | None] = mapped_column(
        ForeignKey("buttons.id", ondelete="SET NULL"))
    result_title: Mapped[str | None] = mapped_column(String(100))
    result_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    crm_entity: Mapped[str | None] = mapped_column(String(16))
    crm_item_id: Mapped[str | None] = mapped_column(String(32))
    client_title: Mapped[str | None] = mapped_column(String(255))


class CallPathRow(Base):
    __tablename__ = "call_path"
    call_id: Mapped[str] = mapped_column(
        ForeignKey("call_sessions.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    script_id: Mapped[int] = mapped_column(Integer)
    step_key: Mapped[str] = mapped_column(STEP_KEY)


class CallValueRow(Base):
    __tablename__ = "call_field_values"
    call_id: Mapped[str] = mapped_column(
        ForeignKey("call_sessions.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class OutboxRow(Base):
    """One CRM write waiting to be delivered, delivered, failed or discarded.

    Rows are never deleted: a delivered or discarded write stays as the record of what
    was sent. ``item_id`` is the item as enqueued ("" for the lead created by the
    write ``after_key`` names); ``resolved_item_id`` the item it went to, once known.
    ``lease_until`` marks an entry being sent, so two workstations never send it at once.
    """

    __tablename__ = "crm_outbox"
    __table_args__ = (Index("ix_crm_outbox_due", "state", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    write_key: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[str] = mapped_column(String(32), default="")
    after_key: Mapped[str | None] = mapped_column(String(64), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    call_id: Mapped[str | None] = mapped_column(
        ForeignKey("call_sessions.id", ondelete="SET NULL"))
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str] = mapped_column(Text, default="")
    field_errors: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolved_item_id: Mapped[str] = mapped_column(String(32), default="")
