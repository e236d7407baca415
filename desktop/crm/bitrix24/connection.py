""""Test connection" for a Bitrix24 webhook: one cheap request, answered in plain terms.

One ``batch`` of ``profile`` (who the webhook acts as) and ``scope`` (what it may do)
tells whether the portal answers, whether the webhook is valid, and which of the scopes
the app needs (crm, task, user) are missing. The window words the result in its
language from :class:`ConnectionReport`; nothing here raises for a portal that is down.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import httpx

from desktop.crm.bitrix24.webhook import Webhook
from desktop.crm.errors import CrmAuthError, CrmError, CrmUnavailable

__all__ = ["MAX_PORTAL_USERS", "REQUIRED_SCOPES", "ConnectionReport", "Outcome", "PortalUser",
           "check_connection", "read_portal_users"]

REQUIRED_SCOPES = ("crm", "task", "user")
MAX_PORTAL_USERS = 5_000  # a hundred pages of user.get: more than any sales team


class Outcome(StrEnum):
    OK = "ok"  # the portal answered and the webhook has every scope the app needs
    MISSING_SCOPES = "missing_scopes"  # valid webhook, but some scopes are not granted
    BAD_WEBHOOK = "bad_webhook"  # the portal refused the webhook (wrong secret or user)
    UNREACHABLE = "unreachable"  # no answer: address, network, portal down, timeout
    REFUSED = "refused"  # the portal answered with an error of another kind


@dataclass(frozen=True)
class ConnectionReport:
    outcome: Outcome
    portal: str
    user_name: str = ""  # who the webhook acts as: "Ирина Петрова (ID 1)"
    missing_scopes: tuple[str, ...] = ()
    detail: str = ""  # the portal's own words, for REFUSED and UNREACHABLE

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK


def check_connection(webhook: Webhook, *, transport: httpx.BaseTransport | None = None,
                     timeout: float = 10.0) -> ConnectionReport:
    """Ask the portal who the webhook is and what it may do. Blocks: run it in a worker."""
    from desktop.crm.bitrix24.client import Bitrix24Client

    client = Bitrix24Client(webhook, transport=transport, timeout=timeout, retries=0)
    try:
        reply = client.batch({"profile": ("profile", {}), "scope": ("scope", {})})
    except CrmAuthError:
        return ConnectionReport(Outcome.BAD_WEBHOOK, webhook.portal)
    except CrmUnavailable as exc:
        return ConnectionReport(Outcome.UNREACHABLE, webhook.portal, detail=str(exc))
    except CrmError as exc:
        return ConnectionReport(Outcome.REFUSED, webhook.portal, detail=str(exc))
    finally:
        client.close()
    if reply.errors:
        first = next(iter(reply.errors.values()))
        return ConnectionReport(Outcome.REFUSED, webhook.portal, detail=first.description)
    profile = reply.results.get("profile") or {}
    name = " ".join(str(profile.get(k) or "") for k in ("NAME", "LAST_NAME")).strip()
    user = f"{name} (ID {profile.get('ID', webhook.user_id)})" if name else \
        f"ID {profile.get('ID', webhook.user_id)}"
    granted = {str(s) for s in (reply.results.get("scope") or ())}
    missing = tuple(s for s in REQUIRED_SCOPES if s not in granted)
    outcome = Outcome.MISSING_SCOPES if missing else Outcome.OK
    return ConnectionReport(outcome, webhook.portal, user, missing)


@dataclass(frozen=True)
class PortalUser:
    """An active user of the portal, as the users dialog offers them."""

    id: str
    name: str
    email: str = ""

    @property
    def label(self) -> str:
        """«Ирина Петрова (ID 12)»: the name (or e-mail) and the ID that tells namesakes
        apart."""
        shown = self.name or self.email
        return f"{shown} (ID {self.id})" if shown else f"ID {self.id}"


def read_portal_users(webhook: Webhook, *, transport: httpx.BaseTransport | None = None,
                      timeout: float = 10.0) -> list[PortalUser]:
    """Every active user of the portal (``user.get``, page after page), by name. Raises
    the CRM errors of the client (:class:`CrmAuthError`, :class:`CrmUnavailable`…).
    Blocks: run it in a worker."""
    from desktop.crm.bitrix24.client import Bitrix24Client

    client = Bitrix24Client(webhook, transport=transport, timeout=timeout)
    try:
        rows = client.list_all("user.get", {"FILTER": {"ACTIVE": True}, "sort": "ID"},
                               limit=MAX_PORTAL_USERS)
    finally:
        client.close()
    users = []
    for row in rows:
        if not isinstance(row, dict) or not str(row.get("ID") or "").strip():
            continue
        name = " ".join(str(row.get(k) or "").strip() for k in ("NAME", "LAST_NAME")).strip()
        users.append(PortalUser(str(row["ID"]).strip(), name, str(row.get("EMAIL") or "").strip()))
    return sorted(users, key=lambda u: (u.name.casefold() or "\uffff", int(u.id)
                                        if u.id.isdigit() else 0))
