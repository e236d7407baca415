"""Tables of the embedded CRM, kept in the app's own database (every name ``crm_*``).

Columns are Bitrix24's field codes in lower case (``STATUS_ID`` -> ``status_id``), so
the field catalog maps onto them without a table of names. Phones, e-mails and user
fields (``UF_CRM_*``) belong to any of the four item kinds, so they live in shared
tables keyed by (entity, item_id), as Bitrix24 keeps its multi-fields. Only portable
types: the same models run on SQLite and PostgreSQL, and alembic reads them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.crm_types import EntityType
from desktop.storage.base import Base

_ENTITY = String(16)  # an EntityType value
_CODE = String(50)  # a status, stage, enum item or currency ID
_MONEY = Numeric(15, 2, asdecimal=False)
_WHEN = DateTime(timezone=True)


class _Audited:
    """Columns every item kind has."""

    comments: Mapped[str | None] = mapped_column(Text)
    date_create: Mapped[datetime] = mapped_column(_WHEN)
    date_modify: Mapped[datetime] = mapped_column(_WHEN)


class CrmLeadStatus(Base):
    __tablename__ = "crm_statuses"

    status_id: Mapped[str] = mapped_column(_CODE, primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    sort: Mapped[int] = mapped_column(Integer)
    semantics: Mapped[str] = mapped_column(String(16))


class CrmPipeline(Base):
    __tablename__ = "crm_pipelines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(255))
    sort: Mapped[int] = mapped_column(Integer)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class CrmStage(Base):
    __tablename__ = "crm_stages"
    __table_args__ = (Index("ix_crm_stages_pipeline", "pipeline_id", "sort"),)

    stage_id: Mapped[str] = mapped_column(_CODE, primary_key=True)
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("crm_pipelines.id"))
    name: Mapped[str] = mapped_column(String(255))
    sort: Mapped[int] = mapped_column(Integer)
    semantics: Mapped[str] = mapped_column(String(16))


class CrmCompany(_Audited, Base):
    __tablename__ = "crm_companies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(255))
    company_type: Mapped[str | None] = mapped_column(_CODE)
    industry: Mapped[str | None] = mapped_column(_CODE)
    address: Mapped[str | None] = mapped_column(Text)
    revenue: Mapped[float | None] = mapped_column(_MONEY)


class CrmContact(_Audited, Base):
    __tablename__ = "crm_contacts"
    __table_args__ = (Index("ix_crm_contacts_company", "company_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    second_name: Mapped[str | None] = mapped_column(String(255))
    last_name: Mapped[str | None] = mapped_column(String(255))
    post: Mapped[str | None] = mapped_column(String(255))
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("crm_companies.id", ondelete="SET NULL"))
    source_id: Mapped[str | None] = mapped_column(_CODE)


class CrmLead(_Audited, Base):
    __tablename__ = "crm_leads"
    __table_args__ = (Index("ix_crm_leads_status", "status_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(255))
    status_id: Mapped[str] = mapped_column(ForeignKey("crm_statuses.status_id"))
    name: Mapped[str | None] = mapped_column(String(255))
    second_name: Mapped[str | None] = mapped_column(String(255))
    last_name: Mapped[str | None] = mapped_column(String(255))
    post: Mapped[str | None] = mapped_column(String(255))
    company_title: Mapped[str | None] = mapped_column(String(255))
    source_id: Mapped[str | None] = mapped_column(_CODE)
    opportunity: Mapped[float | None] = mapped_column(_MONEY)
    currency_id: Mapped[str | None] = mapped_column(_CODE)


class CrmDeal(_Audited, Base):
    __tablename__ = "crm_deals"
    __table_args__ = (
        Index("ix_crm_deals_contact", "contact_id"),
        Index("ix_crm_deals_company", "company_id"),
        Index("ix_crm_deals_stage", "stage_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(255))
    category_id: Mapped[int] = mapped_column(ForeignKey("crm_pipelines.id"))
    stage_id: Mapped[str] = mapped_column(ForeignKey("crm_stages.stage_id"))
    opportunity: Mapped[float | None] = mapped_column(_MONEY)
    currency_id: Mapped[str | None] = mapped_column(_CODE)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("crm_contacts.id", ondelete="SET NULL"))
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("crm_companies.id", ondelete="SET NULL"))
    closedate: Mapped[date | None] = mapped_column(Date)
    source_id: Mapped[str | None] = mapped_column(_CODE)


class CrmPhone(Base):
    """A phone of an item: as typed (``value``) and in E.164 (``e164``, what lookups use)."""

    __tablename__ = "crm_phones"
    __table_args__ = (
        # Covering index: a lookup by number never touches the table itself.
        Index("ix_crm_phones_e164", "e164", "entity", "item_id"),
        Index("ix_crm_phones_item", "entity", "item_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(_ENTITY)
    item_id: Mapped[int] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(String(64))
    e164: Mapped[str] = mapped_column(String(20))


class CrmEmail(Base):
    __tablename__ = "crm_emails"
    __table_args__ = (Index("ix_crm_emails_item", "entity", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(_ENTITY)
    item_id: Mapped[int] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(String(255))


class CrmUserFieldValue(Base):
    """The value of a ``UF_CRM_*`` field of an item, as text (ISO dates, enum item IDs)."""

    __tablename__ = "crm_user_field_values"
    __table_args__ = (
        UniqueConstraint("entity", "item_id", "code", name="uq_crm_user_field_values_item_code"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(_ENTITY)
    item_id: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)


class CrmTimelineEntry(Base):
    """A comment, activity (callback, meeting) or task in an item's history."""

    __tablename__ = "crm_timeline"
    __table_args__ = (Index("ix_crm_timeline_item", "entity", "item_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(_ENTITY)
    item_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    activity_type: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(255), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(_WHEN)
    deadline: Mapped[datetime | None] = mapped_column(_WHEN)
    end_at: Mapped[datetime | None] = mapped_column(_WHEN)
    responsible: Mapped[str] = mapped_column(String(255), default="")
    author: Mapped[str] = mapped_column(String(255), default="")
    completed: Mapped[bool] = mapped_column(Boolean, default=False)


class CrmWrite(Base):
    """A write already applied under an idempotency key, with what it produced.

    A retried write finds its key here and returns the first result instead of
    applying itself again.
    """

    __tablename__ = "crm_writes"

    idempotency_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    operation: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(_ENTITY)
    item_id: Mapped[str] = mapped_column(String(32))
    result_id: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(_WHEN)


ItemModel = type[CrmLead] | type[CrmDeal] | type[CrmContact] | type[CrmCompany]

ITEM_MODELS: dict[EntityType, ItemModel] = {
    EntityType.LEAD: CrmLead,
    EntityType.DEAL: CrmDeal,
    EntityType.CONTACT: CrmContact,
    EntityType.COMPANY: CrmCompany,
}
