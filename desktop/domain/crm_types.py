"""CRM vocabulary shared by the domain, the gateways and the UI."""

from __future__ import annotations

from enum import StrEnum


class EntityType(StrEnum):
    """The four CRM item kinds a call can be matched to (Bitrix24's entityTypeId in brackets)."""

    LEAD = "lead"  # 1
    DEAL = "deal"  # 2
    CONTACT = "contact"  # 3
    COMPANY = "company"  # 4

    @property
    def bitrix_type_id(self) -> int:
        return _BITRIX_IDS[self]

    @classmethod
    def from_bitrix_type_id(cls, type_id: int) -> EntityType:
        for entity, number in _BITRIX_IDS.items():
            if number == type_id:
                return entity
        raise ValueError(f"unknown Bitrix24 entityTypeId {type_id}")


_BITRIX_IDS = {
    EntityType.LEAD: 1,
    EntityType.DEAL: 2,
    EntityType.CONTACT: 3,
    EntityType.COMPANY: 4,
}
