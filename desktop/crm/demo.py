"""Fill the embedded CRM with demo clients (see :mod:`desktop.crm.demo_data`).

Seeding goes through the gateway like any other write, each under its own
idempotency key, so running it twice adds nothing and an interrupted run completes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine

from desktop.crm.demo_data import COMMENTS, COMPANIES, CONTACTS, DEALS, LEADS, SERVICE_PIPELINE
from desktop.crm.embedded import EmbeddedCrm
from desktop.crm.gateway import ActivityKind
from desktop.domain.crm_types import EntityType

_KEY_PREFIX = "demo-crm:"


@dataclass(frozen=True, slots=True)
class DemoCrmSummary:
    added: bool  # False when the demo data was all there already
    companies: int
    contacts: int
    leads: int
    deals: int
    timeline: int


def seed_demo_crm(target: EmbeddedCrm | Engine) -> DemoCrmSummary:
    """Create the demo statuses, pipelines and clients that are missing."""
    crm = target if isinstance(target, EmbeddedCrm) else EmbeddedCrm(target)
    seeder = _Seeder(crm)
    seeder.added = crm.install_defaults() + crm.install_vocabulary(
        pipelines=(SERVICE_PIPELINE,)) > 0
    companies = seeder.create_all(EntityType.COMPANY, COMPANIES)
    contacts = seeder.create_all(EntityType.CONTACT, CONTACTS, companies=companies)
    leads = seeder.create_all(EntityType.LEAD, LEADS)
    deals = seeder.create_all(EntityType.DEAL, DEALS, companies=companies, contacts=contacts)
    ids = {EntityType.COMPANY: companies, EntityType.CONTACT: contacts,
           EntityType.LEAD: leads, EntityType.DEAL: deals}
    timeline = seeder.add_timeline(ids)
    return DemoCrmSummary(seeder.added, len(companies), len(contacts), len(leads), len(deals),
                          timeline)


class _Seeder:
    def __init__(self, crm: EmbeddedCrm) -> None:
        self.crm = crm
        self.added = False

    def _fresh(self, key: str) -> str:
        """The key, noting whether its write is about to be applied for the first time."""
        if not self.crm.write_applied(key):
            self.added = True
        return key

    def create_all(self, entity: EntityType, rows: dict[str, dict[str, Any]], *,
                   companies: dict[str, str] | None = None,
                   contacts: dict[str, str] | None = None) -> dict[str, str]:
        """Create the rows; returns their IDs by demo key."""
        ids = {}
        for name, row in rows.items():
            values = {code: value for code, value in row.items() if code.isupper()}
            if "company" in row and companies is not None:
                values["COMPANY_ID"] = companies[row["company"]]
            if "contact" in row and contacts is not None:
                values["CONTACT_ID"] = contacts[row["contact"]]
            key = self._fresh(f"{_KEY_PREFIX}{entity.value}:{name}")
            ids[name] = self.crm.create_item(entity, values, idempotency_key=key).id
        return ids

    def add_timeline(self, ids: dict[EntityType, dict[str, str]]) -> int:
        for index, (kind, name, author, text) in enumerate(COMMENTS):
            entity = EntityType(kind)
            self.crm.add_comment(entity, ids[entity][name], text, author=author,
                                 idempotency_key=self._fresh(f"{_KEY_PREFIX}comment:{index}"))
        tomorrow = datetime.now().date() + timedelta(days=1)
        self.crm.add_activity(
            EntityType.LEAD, ids[EntityType.LEAD]["delivery_question"], ActivityKind.CALLBACK,
            "Перезвонить: уточнить адрес доставки",
            datetime.combine(tomorrow, time(10, 0)).astimezone(), responsible="Ирина Оператор",
            idempotency_key=self._fresh(f"{_KEY_PREFIX}callback:delivery_question"))
        self.crm.add_activity(
            EntityType.DEAL, ids[EntityType.DEAL]["crm_rollout"], ActivityKind.MEETING,
            "Встреча: приёмка первого этапа", datetime.combine(tomorrow, time(15, 0)).astimezone(),
            duration_minutes=90, responsible="Олег Менеджер",
            idempotency_key=self._fresh(f"{_KEY_PREFIX}meeting:crm_rollout"))
        self.crm.add_task(
            EntityType.DEAL, ids[EntityType.DEAL]["spb_moscow"], "Проверить оплату счёта",
            description="Если оплата не пришла — позвонить Елене Викторовне.",
            deadline=datetime.combine(tomorrow + timedelta(days=2), time(12, 0)).astimezone(),
            responsible="Олег Менеджер",
            idempotency_key=self._fresh(f"{_KEY_PREFIX}task:spb_moscow"))
        return len(COMMENTS) + 3
