"""The fake portal itself: credentials, request log, faults, rate limit and the data.

Tests point the real client at it through :meth:`FakeBitrix24.transport` (in-process)
or :meth:`FakeBitrix24.serve` (loopback HTTP), and look at the data directly.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from typing import Any

import httpx

from tests.fake_bitrix24.demo import seed_demo
from tests.fake_bitrix24.dispatch import Incoming, RequestRecord, handle
from tests.fake_bitrix24.faults import Faults
from tests.fake_bitrix24.fields import ENTITY_NAMES
from tests.fake_bitrix24.items import create_item
from tests.fake_bitrix24.methods_timeline import bound_tasks
from tests.fake_bitrix24.ratelimit import LeakyBucket
from tests.fake_bitrix24.rest import RestError
from tests.fake_bitrix24.server import serve
from tests.fake_bitrix24.state import Item, PortalState

__all__ = ["FakeBitrix24"]


class FakeBitrix24:
    """A dict-backed Bitrix24 portal with one inbound webhook; thread-safe (one lock)."""

    def __init__(self, portal: str = "example.bitrix24.ru", user_id: str = "1",
                 secret: str = "k3y5ecret0abc", clock: Callable[[], float] = time.monotonic,
                 rate: float = 2.0, burst: int = 50,
                 scopes: Iterable[str] = ("crm", "task", "user")) -> None:
        self.portal, self.user_id, self.secret = portal, str(user_id), secret
        self.clock = clock
        self.lock = threading.RLock()
        self.latency = 0.0
        self.requests: list[RequestRecord] = []
        self.limit_violations = 0
        self.faults = Faults(self.lock)
        self.bucket = LeakyBucket(rate, burst, clock)
        self.state = PortalState(self.user_id, tuple(scopes), self.lock)
        # a portal always has the user its webhook belongs to
        self.state.add_user("Ирина", "Петрова", "irina@example.ru", user_id=self.user_id,
                            admin=True)

    @property
    def webhook_url(self) -> str:
        return f"https://{self.portal}/rest/{self.user_id}/{self.secret}/"

    # ---- transports ----------------------------------------------------------------------
    def transport(self) -> httpx.MockTransport:
        """In-process HTTP for httpx; any other host fails to connect."""
        expected = httpx.URL(f"https://{self.portal}/")

        def respond(request: httpx.Request) -> httpx.Response:
            if (request.url.host, request.url.port) != (expected.host, expected.port):
                raise httpx.ConnectError(f"cannot connect to {request.url.host}",
                                         request=request)
            exchange = handle(self, Incoming(
                request.method, request.url.path, request.url.query.decode("ascii"),
                request.headers.get("content-type", ""), request.read()))
            if exchange.lost:
                raise httpx.ReadTimeout("the portal did not answer in time", request=request)
            return httpx.Response(exchange.status, json=exchange.body)

        return httpx.MockTransport(respond)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> AbstractContextManager[str]:
        """Loopback HTTP on ``host:port`` (0: a free port); yields the webhook URL."""
        return serve(self, host, port)

    # ---- demo and direct access ----------------------------------------------------------
    def seed_demo(self) -> dict[str, Any]:
        """A small portal to click through; returns the ids of what it made."""
        return seed_demo(self)

    def add_user(self, name: str, last_name: str, email: str) -> str:
        return self.state.add_user(name, last_name, email)

    def add_item(self, entity_type_id: int, fields: Mapping[str, object],
                 phones: Iterable[str] = (), emails: Iterable[str] = ()) -> int:
        """An item from upper-case codes, checked like ``crm.item.add``; returns its id."""
        entries = [{"typeId": kind, "valueType": "WORK", "value": value}
                   for kind, values in (("PHONE", phones), ("EMAIL", emails))
                   for value in values]
        with self.lock:
            item = create_item(self.state, entity_type_id,
                               {**fields, **({"FM": entries} if entries else {})})
            return item.id

    def item(self, entity_type_id: int, item_id: int) -> dict[str, Any]:
        """Upper-case codes, plus ``PHONE`` and ``EMAIL`` lists of values."""
        with self.lock:
            return self._item(entity_type_id, item_id).plain()

    def comments(self, entity_type_id: int, item_id: int) -> list[dict[str, Any]]:
        """The item's timeline comments, newest first (as ``crm.timeline.comment.list``)."""
        with self.lock:
            self._item(entity_type_id, item_id)
            name = ENTITY_NAMES[entity_type_id]
            return [dict(row) for row in reversed(self.state.comments)
                    if row["ENTITY_TYPE"] == name and row["ENTITY_ID"] == str(item_id)]

    def activities(self, entity_type_id: int, item_id: int) -> list[dict[str, Any]]:
        """The item's activities, newest first (as ``crm.activity.list``)."""
        with self.lock:
            self._item(entity_type_id, item_id)
            return [dict(row) for row in reversed(self.state.activities)
                    if row["OWNER_TYPE_ID"] == str(entity_type_id)
                    and row["OWNER_ID"] == str(item_id)]

    def tasks(self, entity_type_id: int, item_id: int) -> list[dict[str, Any]]:
        """Tasks bound to the item, newest first (as ``tasks.task.list``)."""
        with self.lock:
            self._item(entity_type_id, item_id)
            return bound_tasks(self.state, entity_type_id, item_id)

    def _item(self, entity_type_id: int, item_id: int) -> Item:
        try:
            return self.state.get_item(entity_type_id, int(item_id))
        except RestError:
            raise KeyError(f"no item {item_id} of entity type {entity_type_id}") from None
