"""The address of a Bitrix24 incoming webhook, and how requests are authorised.

A webhook address is ``https://PORTAL/rest/USER_ID/SECRET/``. The secret is the whole
credential: it is kept in the keyring (see :mod:`desktop.secrets`), never in settings,
the database or a log, and this module's objects never show it (``repr`` and ``label``
name the portal and the user only).

:class:`Auth` is what the client asks of a way to authorise; a webhook is one, and an
OAuth application (access token in the request, refreshed after ``expired_token``)
fits the same shape without changing the client or its callers.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

__all__ = ["Auth", "Webhook", "WebhookError", "parse_webhook"]

_SECRET = re.compile(r"^[A-Za-z0-9_-]{6,64}$")


class WebhookError(ValueError):
    """The text is not the address of a Bitrix24 incoming webhook."""


class Auth(Protocol):
    """Where requests go and what they carry to be let in."""

    @property
    def portal(self) -> str: ...

    def method_url(self, method: str) -> str:
        """The URL a REST method is posted to."""
        ...

    def params(self) -> dict[str, Any]:
        """Extra request parameters (an OAuth ``auth`` token; nothing for a webhook)."""
        ...

    def refresh(self) -> bool:
        """After ``expired_token``: get new credentials; False when it cannot."""
        ...

    def secrets(self) -> tuple[str, ...]:
        """The texts that must never reach a log line."""
        ...


@dataclass(frozen=True)
class Webhook:
    """An incoming webhook: the portal's host, the user it acts as, and its secret."""

    portal: str
    user_id: str
    secret: str = field(repr=False)
    scheme: str = "https"

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.portal}/rest/{self.user_id}/{self.secret}/"

    @property
    def public_url(self) -> str:
        """The address with the secret left out: safe to show and to store."""
        return f"{self.scheme}://{self.portal}/rest/{self.user_id}/"

    @property
    def label(self) -> str:
        return self.portal

    def method_url(self, method: str) -> str:
        return f"{self.base_url}{method}.json"

    def params(self) -> dict[str, Any]:
        return {}

    def refresh(self) -> bool:
        return False  # a webhook does not expire; a wrong one stays wrong

    def secrets(self) -> tuple[str, ...]:
        return (self.secret,)

    def with_secret(self, secret: str) -> Webhook:
        return Webhook(self.portal, self.user_id, secret, self.scheme)


def parse_webhook(text: str) -> Webhook:
    """Read ``https://PORTAL/rest/USER_ID/SECRET/`` (a method name after it is ignored).

    Plain ``http`` is accepted only for this computer (a local test portal)."""
    raw = (text or "").strip()
    if not raw:
        raise WebhookError("Paste the address of the Bitrix24 incoming webhook.")
    parts = urlsplit(raw if "://" in raw else "https://" + raw)
    host = parts.hostname or ""
    if parts.scheme not in ("https", "http") or not host:
        raise WebhookError("The webhook address must start with https:// and the portal.")
    if parts.scheme == "http" and not _is_loopback(host):
        raise WebhookError("Bitrix24 webhooks must use https:// (http only for this computer).")
    pieces = [p for p in parts.path.split("/") if p]
    if len(pieces) < 3 or pieces[0] != "rest":
        raise WebhookError("This is not a webhook address: it should look like "
                           "https://PORTAL/rest/1/SECRET/.")
    user_id, secret = pieces[1], pieces[2]
    if not user_id.isdigit():
        raise WebhookError("The webhook address has no user number after /rest/.")
    if not _SECRET.match(secret):
        raise WebhookError("The secret part of the webhook address is not complete.")
    portal = host if parts.port is None else f"{host}:{parts.port}"
    return Webhook(portal.lower(), user_id, secret, parts.scheme)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
