"""The CRM of this session: the embedded one, or Bitrix24 as Settings → CRM chose it.

A Bitrix24 gateway needs the webhook secret from the keyring, and the keyring may block
(a locked collection). So the gateway is made on first use, in the worker thread that
first needs it (every CRM call runs in a worker), and :meth:`LazyGateway.warm` lets the
app make it, and read the portal's field metadata, in the background right after
sign-in, before the first call arrives.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from desktop.crm.errors import CrmAuthError, CrmUnavailable
from desktop.crm.gateway import CrmGateway, FieldMeta, Pipeline, Status
from desktop.domain.crm_types import EntityType

if TYPE_CHECKING:
    from desktop.crm.config import CrmConfig
    from desktop.storage.database import Database

__all__ = ["LazyGateway", "MetadataView", "app_person", "metadata_source", "open_session_crm",
           "responsible_finder"]

_GATEWAY_METHODS = (
    "find_by_phone", "get_item", "fields", "create_item", "update_fields", "timeline",
    "add_comment", "add_activity", "add_task", "set_lead_status", "set_deal_stage",
    "lead_statuses", "deal_pipelines",
)


class LazyGateway:
    """A :class:`CrmGateway` made by ``make`` when first used; thread-safe."""

    def __init__(self, make: Callable[[], CrmGateway], label: str) -> None:
        self._make, self.label = make, label
        self._gateway: CrmGateway | None = None
        self._lock = threading.Lock()

    def gateway(self) -> CrmGateway:
        with self._lock:
            if self._gateway is None:
                self._gateway = self._make()
            return self._gateway

    def warm(self) -> None:
        """Make the gateway and read the field metadata (slow: call it in a worker)."""
        gateway = self.gateway()
        gateway.lead_statuses()

    def metadata_ready(self) -> bool:
        gateway = self._gateway
        ready = getattr(gateway, "metadata_ready", None)
        return gateway is not None and (ready is None or bool(ready()))

    def refresh_metadata(self) -> None:
        """Read the portal's fields anew (slow: call it in a worker)."""
        refresh = getattr(self.gateway(), "refresh_metadata", None)
        if callable(refresh):
            refresh()

    def close(self) -> None:
        with self._lock:
            client = getattr(self._gateway, "client", None)
            if client is not None:
                client.close()
            self._gateway = None


def _delegate(name: str) -> Callable[..., Any]:
    def method(self: LazyGateway, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.gateway(), name)(*args, **kwargs)

    method.__name__ = name
    method.__doc__ = getattr(CrmGateway, name).__doc__
    return method


for _name in _GATEWAY_METHODS:
    setattr(LazyGateway, _name, _delegate(_name))


class MetadataView:
    """The fields, statuses and pipelines of a remote CRM for windows, which ask on the GUI
    thread: answered from what the session has read, never by waiting on the portal.
    Before the metadata is read it says so with :class:`CrmUnavailable`, which the
    windows show like any CRM that does not answer, with their own Retry."""

    def __init__(self, crm: LazyGateway) -> None:
        self.crm = crm

    def _ready(self) -> LazyGateway:
        if not self.crm.metadata_ready():
            raise CrmUnavailable("The fields of the CRM are still being read; try again in "
                                 "a moment.")
        return self.crm

    def fields(self, entity: EntityType) -> list[FieldMeta]:
        return self._ready().fields(entity)  # type: ignore[attr-defined]

    def lead_statuses(self) -> list[Status]:
        return self._ready().lead_statuses()  # type: ignore[attr-defined]

    def deal_pipelines(self) -> list[Pipeline]:
        return self._ready().deal_pipelines()  # type: ignore[attr-defined]


def metadata_source(crm: Any, db: Database | None) -> Any:
    """What the settings window and the designer read field metadata from: the session's
    CRM (through a :class:`MetadataView` when it is remote), else the embedded CRM."""
    if isinstance(crm, LazyGateway):
        return MetadataView(crm)
    if crm is not None:
        return crm
    from desktop.crm.embedded import EmbeddedCrm

    assert db is not None
    return EmbeddedCrm(db.engine)


PersonLookup = Callable[[str], tuple[str, str] | None]  # name -> (CRM user ID, e-mail)


def responsible_finder(client: Any, people: PersonLookup) -> Callable[[str], str | None]:
    """An app user's name -> the Bitrix24 user ID: the portal user chosen for them in
    the users dialog, else the portal user with their e-mail (asked once per e-mail and
    kept). ``people`` is asked every time, so a choice made meanwhile applies at once."""
    by_email: dict[str, str | None] = {}
    lock = threading.Lock()

    def find(name: str) -> str | None:
        name = (name or "").strip()
        person = people(name) if name else None
        if person is None:
            return None
        crm_user_id, email = person
        if crm_user_id:
            return crm_user_id
        email = email.strip()
        if not email:
            return None
        with lock:
            if email.casefold() in by_email:
                return by_email[email.casefold()]
        rows = client.call("user.get", {"FILTER": {"EMAIL": email}}).result
        found = str(rows[0].get("ID")) if isinstance(rows, list) and rows else None
        with lock:
            by_email[email.casefold()] = found
        return found

    return find


def open_session_crm(db: Database, config: CrmConfig, *,
                     load_secret: Callable[[], str] | None = None,
                     **client_options: Any) -> tuple[CrmGateway, str]:
    """The gateway for ``config`` and its kind ("embedded" or "bitrix24");
    ``client_options`` go to the HTTP client (a transport, a clock)."""
    from desktop.crm.config import CrmKind

    if config.kind is not CrmKind.BITRIX24:
        from desktop.crm.embedded import EmbeddedCrm

        return EmbeddedCrm(db.engine), "embedded"
    if load_secret is None:
        from desktop.crm.config import load_webhook_secret as load_secret

    def make() -> CrmGateway:
        from desktop.crm.bitrix24.client import Bitrix24Client
        from desktop.crm.bitrix24.gateway import Bitrix24Crm

        secret = load_secret()
        if not secret:
            raise CrmAuthError("This computer has no Bitrix24 webhook secret: enter the "
                               "webhook address in Settings → CRM.")
        rate, burst = config.rate()
        client = Bitrix24Client(config.webhook(secret), rate=rate, burst=burst,
                                **client_options)
        return Bitrix24Crm(client, responsible=responsible_finder(client,
                                                                  partial(app_person, db)))

    return LazyGateway(make, config.webhook_url), "bitrix24"  # type: ignore[return-value]


def app_person(db: Database, name: str) -> tuple[str, str] | None:
    """(CRM user ID, e-mail) of the app user with this user name or display name (the
    names results are written under); None when nobody has it."""
    from sqlalchemy import func, or_, select

    from desktop.storage.models import UserRow

    with db.read() as session:
        rows = session.execute(
            select(UserRow.username, UserRow.crm_user_id, UserRow.email)
            .where(or_(func.lower(UserRow.username) == name.lower(),
                       UserRow.display_name == name))).all()
    rows.sort(key=lambda row: row.username.lower() != name.lower())  # a login wins
    return (rows[0].crm_user_id or "", rows[0].email or "") if rows else None
