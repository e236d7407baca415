"""Which CRM the app works with, and how it reaches Bitrix24: QSettings, and the keyring.

The choice (embedded or Bitrix24), the public part of the webhook address and the
portal's plan are workstation settings in the "crm" group. The webhook's secret
is the whole credential: it is kept by :mod:`desktop.secrets` (the OS keyring), never in
the settings file, the database or a log. The app switches CRM at the next sign-in,
when the gateway is built from what is stored here.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QSettings

from desktop import secrets
from desktop.crm.bitrix24.webhook import Webhook, WebhookError, parse_webhook

__all__ = ["MAX_RATE", "MIN_RATE", "SECRET_NAME", "Bitrix24Plan", "CrmConfig", "CrmKind",
           "load_crm_config", "load_webhook_secret", "public_webhook_url", "save_crm_config",
           "save_webhook_secret", "split_webhook"]

SECRET_NAME = "bitrix24-webhook"
MIN_RATE, MAX_RATE = 0.5, 50.0  # requests per second a workstation may be set to
_GROUP = "crm"
EnumT = TypeVar("EnumT", bound=StrEnum)


class CrmKind(StrEnum):
    EMBEDDED = "embedded"
    BITRIX24 = "bitrix24"


class Bitrix24Plan(StrEnum):
    """The portal's plan decides how fast Bitrix24 lets requests through."""

    STANDARD = "standard"  # 2 requests per second, bursts of 50
    ENTERPRISE = "enterprise"  # 5 requests per second, bursts of 250


_PLAN_RATES: dict[Bitrix24Plan, tuple[float, int]] = {
    Bitrix24Plan.STANDARD: (2.0, 50),
    Bitrix24Plan.ENTERPRISE: (5.0, 250),
}


@dataclass
class CrmConfig:
    """The CRM this workstation signs in to; the embedded one until a supervisor chooses."""

    kind: CrmKind = CrmKind.EMBEDDED
    webhook_url: str = ""  # the public part only: "https://PORTAL/rest/USER_ID/"
    plan: Bitrix24Plan = Bitrix24Plan.STANDARD
    requests_per_second: float | None = None  # None: the plan's rate; a number overrides it

    def rate(self) -> tuple[float, int]:
        """(requests per second, burst) for the client's leaky bucket."""
        rate, burst = _PLAN_RATES[self.plan]
        if self.requests_per_second is not None:
            rate = min(max(float(self.requests_per_second), MIN_RATE), MAX_RATE)
        return rate, burst

    @property
    def portal(self) -> str:
        """The portal's host as stored ("" when there is no address), for labels."""
        try:
            return _public_webhook(self.webhook_url).portal
        except WebhookError:
            return ""

    def webhook(self, secret: str) -> Webhook:
        """The stored address with ``secret``; raises ``WebhookError`` when either is
        missing or the stored address is more than a portal and a user."""
        public = _public_webhook(self.webhook_url)
        secret = (secret or "").strip().strip("/")
        if not secret:
            raise WebhookError("The secret part of the webhook address is not complete.")
        hook = parse_webhook(f"{public.public_url}{secret}/")
        if hook.secret != secret:
            raise WebhookError("The secret part of the webhook address is not complete.")
        return hook


_PLACEHOLDER = "x" * 8  # stands in for the secret while the public part is checked


def public_webhook_url(url: str) -> str:
    """``https://PORTAL/rest/USER_ID/`` as stored, from what was typed; raises
    ``WebhookError`` when it is not that (a secret after the user is refused too)."""
    return _public_webhook(url).public_url


def _public_webhook(url: str) -> Webhook:
    """``https://PORTAL/rest/USER_ID/`` read by the same rules as a whole address."""
    text = (url or "").strip()
    if not text:
        raise WebhookError("Paste the address of the Bitrix24 incoming webhook.")
    hook = parse_webhook(f"{text.rstrip('/')}/{_PLACEHOLDER}/")
    if hook.secret != _PLACEHOLDER:  # the text already had a secret (or more) after the user
        raise WebhookError("This is not a webhook address: it should look like "
                           "https://PORTAL/rest/1/SECRET/.")
    return hook


def split_webhook(text: str) -> tuple[str, str]:
    """A pasted webhook address -> (the public URL to store, the secret for the keyring).
    Raises ``WebhookError`` with one sentence when it is not a complete address."""
    hook = parse_webhook(text)
    return hook.public_url, hook.secret


def _settings(settings: QSettings | None) -> QSettings:
    if settings is not None:
        return settings
    from desktop.ui.settings import app_settings  # the app's (or the test's) settings file

    return app_settings()


def _enum(value: object, default: EnumT) -> EnumT:
    try:
        return type(default)(str(value))
    except ValueError:
        return default


def _rate(value: object) -> float | None:
    if value in (None, ""):
        return None
    try:
        rate = float(str(value))
    except ValueError:
        return None
    return rate if math.isfinite(rate) and rate > 0 else None


def load_crm_config(settings: QSettings | None = None) -> CrmConfig:
    """What is stored, with anything unreadable replaced by its default."""
    store = _settings(settings)
    store.beginGroup(_GROUP)
    try:
        default = CrmConfig()
        return CrmConfig(
            kind=_enum(store.value("kind", default.kind), default.kind),
            webhook_url=str(store.value("webhook_url", "") or "").strip(),
            plan=_enum(store.value("plan", default.plan), default.plan),
            requests_per_second=_rate(store.value("requests_per_second", "")),
        )
    finally:
        store.endGroup()


def save_crm_config(config: CrmConfig, settings: QSettings | None = None) -> None:
    """Store ``config``; a webhook address is stored without its secret, whatever it holds."""
    url = config.webhook_url.strip()
    if url:
        with contextlib.suppress(WebhookError):  # a whole address: keep only the public part
            url = parse_webhook(url).public_url
    store = _settings(settings)
    store.beginGroup(_GROUP)
    store.setValue("kind", str(config.kind))
    store.setValue("webhook_url", url)
    store.setValue("plan", str(config.plan))
    rate = config.requests_per_second
    store.setValue("requests_per_second", "" if rate is None else f"{float(rate):g}")
    store.remove("user_map")  # kept in the database now (each user's CRM user)
    store.endGroup()
    store.sync()


def load_webhook_secret() -> str:
    """The webhook's secret ("" when none); may block on a locked keyring: not on the GUI
    thread."""
    return secrets.get_secret(SECRET_NAME) or ""


def save_webhook_secret(secret: str) -> None:
    """Raises ``secrets.NoSystemKeyring`` (kept for the session) or ``secrets.SecretError``."""
    secrets.set_secret(SECRET_NAME, secret)
