"""The portal's data: users, CRM items with their multi-fields, timeline, vocabulary.

Everything lives in dicts and lists guarded by the portal's one lock; callers hold it
(the dispatcher holds it around each request). Timeline rows, activities and tasks are
kept in the portal's own REST shape with text ids, since that is all anyone reads.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from tests.fake_bitrix24.fields import CATEGORIES, ENTITY_NAMES, default_statuses
from tests.fake_bitrix24.rest import RestError, not_found

__all__ = ["FmEntry", "Item", "PortalState"]


@dataclass
class FmEntry:
    """One phone, e-mail, site or messenger of an item (``fm``); ids are portal-wide."""

    id: int
    type_id: str
    value_type: str
    value: str

    def rest(self) -> dict[str, Any]:
        return {"id": self.id, "typeId": self.type_id, "valueType": self.value_type,
                "value": self.value}


@dataclass
class Item:
    """A lead, deal, contact or company: values by upper code, already typed."""

    entity_type_id: int
    id: int
    values: dict[str, Any]
    fm: list[FmEntry] = field(default_factory=list)

    def plain(self) -> dict[str, Any]:
        """Upper codes, with ``PHONE``/``EMAIL`` lists of values (for tests)."""
        plain = dict(self.values)
        for kind in ("PHONE", "EMAIL"):
            plain[kind] = [e.value for e in self.fm if e.type_id == kind]
        return plain


class PortalState:
    def __init__(self, user_id: str, scopes: tuple[str, ...], lock: threading.RLock) -> None:
        self.lock = lock
        self.user_id = user_id
        self.scopes = scopes
        self.users: dict[str, dict[str, Any]] = {}
        self.admins: set[str] = set()
        self.items: dict[int, dict[int, Item]] = {etype: {} for etype in ENTITY_NAMES}
        self.comments: list[dict[str, Any]] = []
        self.activities: list[dict[str, Any]] = []
        self.tasks: list[dict[str, Any]] = []  # upper-case keys; see methods_timeline
        self.statuses = default_statuses()
        self.categories = [{"id": cid, "name": name, "sort": sort, "entityTypeId": 2,
                            "isDefault": "Y" if cid == 0 else "N"}
                           for cid, name, sort in CATEGORIES]
        self._counters: dict[str, int] = defaultdict(int)

    def next_id(self, counter: str) -> int:
        self._counters[counter] += 1
        return self._counters[counter]

    # ---- users ---------------------------------------------------------------------------
    def add_user(self, name: str, last_name: str, email: str, *, user_id: str | None = None,
                 admin: bool = False, active: bool = True) -> str:
        with self.lock:
            if user_id is None:
                user_id = str(max((int(u) for u in self.users if u.isdigit()), default=0) + 1)
            self.users[user_id] = {"ID": user_id, "NAME": name, "LAST_NAME": last_name,
                                   "EMAIL": email, "ACTIVE": active}
            if admin:
                self.admins.add(user_id)
            return user_id

    # ---- items ---------------------------------------------------------------------------
    def entity_items(self, entity_type_id: int) -> dict[int, Item]:
        try:
            return self.items[entity_type_id]
        except KeyError:
            raise RestError("NOT_FOUND", "Тип сущности не найден") from None

    def get_item(self, entity_type_id: int, item_id: int) -> Item:
        item = self.entity_items(entity_type_id).get(item_id)
        if item is None:
            raise not_found()
        return item

    def status_ids(self, entity_id: str) -> list[str]:
        return [row["STATUS_ID"] for row in self.statuses if row["ENTITY_ID"] == entity_id]

    def category_ids(self) -> list[int]:
        return [int(row["id"]) for row in self.categories]
