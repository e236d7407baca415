"""The CRM choice and the Bitrix24 connection settings: QSettings for what may be seen,
the keyring for the webhook's secret."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QSettings

from desktop import secrets
from desktop.crm.bitrix24.webhook import Webhook, WebhookError
from desktop.crm.config import (
    SECRET_NAME,
    Bitrix24Plan,
    CrmConfig,
    CrmKind,
    load_crm_config,
    load_webhook_secret,
    public_webhook_url,
    save_crm_config,
    save_webhook_secret,
    split_webhook,
)

SECRET = "k3q9xw1ryv8z2m4t"
FULL_URL = f"https://stroymontazh.bitrix24.ru/rest/7/{SECRET}/"
PUBLIC_URL = "https://stroymontazh.bitrix24.ru/rest/7/"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def ini_text(settings: QSettings) -> str:
    settings.sync()
    return Path(settings.fileName()).read_text(encoding="utf-8")


def test_nothing_stored_means_the_embedded_crm(settings: QSettings) -> None:
    assert load_crm_config(settings) == CrmConfig()
    assert CrmConfig().kind is CrmKind.EMBEDDED


def test_the_settings_round_trip_and_the_secret_stays_in_the_keyring(settings, memory_keyring):
    public, secret = split_webhook(FULL_URL)
    config = CrmConfig(CrmKind.BITRIX24, public, Bitrix24Plan.ENTERPRISE, 3.5)
    save_crm_config(config, settings)
    save_webhook_secret(secret)

    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert load_crm_config(reread) == config
    assert load_webhook_secret() == SECRET
    assert memory_keyring.secrets == {(secrets.SERVICE, SECRET_NAME): SECRET}
    text = ini_text(settings)
    assert "[crm]" in text and SECRET not in text
    assert load_crm_config(reread).webhook(load_webhook_secret()) == Webhook(
        "stroymontazh.bitrix24.ru", "7", SECRET)


def test_a_whole_address_is_stored_without_its_secret(settings: QSettings) -> None:
    save_crm_config(CrmConfig(CrmKind.BITRIX24, FULL_URL + "profile.json"), settings)
    assert load_crm_config(settings).webhook_url == PUBLIC_URL
    assert SECRET not in ini_text(settings)


def test_split_webhook_gives_the_public_part_and_the_secret() -> None:
    assert split_webhook(f"  {FULL_URL}crm.lead.list.json ") == (PUBLIC_URL, SECRET)
    assert split_webhook(f"stroymontazh.bitrix24.ru/rest/7/{SECRET}") == (PUBLIC_URL, SECRET)
    with pytest.raises(WebhookError, match="not complete"):
        split_webhook(PUBLIC_URL + "abc/")
    with pytest.raises(WebhookError, match="https://"):
        split_webhook(f"http://stroymontazh.bitrix24.ru/rest/7/{SECRET}/")


def test_the_public_address_refuses_a_secret_and_anything_else() -> None:
    assert public_webhook_url("STROYMONTAZH.bitrix24.ru/rest/7") == PUBLIC_URL
    for bad, words in (("", "Paste"), (FULL_URL, "not a webhook address"),
                       ("https://stroymontazh.bitrix24.ru/rest/x/", "user number"),
                       ("https://stroymontazh.bitrix24.ru/", "not a webhook address")):
        with pytest.raises(WebhookError, match=words):
            public_webhook_url(bad)


def test_webhook_needs_both_the_address_and_the_secret() -> None:
    config = CrmConfig(CrmKind.BITRIX24, PUBLIC_URL)
    assert config.webhook(SECRET).base_url == FULL_URL
    assert config.portal == "stroymontazh.bitrix24.ru"
    with pytest.raises(WebhookError, match="not complete"):
        config.webhook("")
    with pytest.raises(WebhookError, match="not complete"):
        config.webhook("abc/def/ghi")
    with pytest.raises(WebhookError, match="Paste"):
        CrmConfig(CrmKind.BITRIX24).webhook(SECRET)
    assert CrmConfig().portal == ""


def test_the_rate_follows_the_plan_unless_overridden() -> None:
    assert CrmConfig().rate() == (2.0, 50)
    assert CrmConfig(plan=Bitrix24Plan.ENTERPRISE).rate() == (5.0, 250)
    assert CrmConfig(requests_per_second=1.5).rate() == (1.5, 50)
    assert CrmConfig(requests_per_second=0.1).rate() == (0.5, 50)
    assert CrmConfig(plan=Bitrix24Plan.ENTERPRISE, requests_per_second=500).rate() == (50.0, 250)


def test_unreadable_values_fall_back_to_their_defaults(settings: QSettings) -> None:
    settings.beginGroup("crm")
    for key, value in (("kind", "salesforce"), ("plan", "gold"),
                       ("requests_per_second", "fast")):
        settings.setValue(key, value)
    settings.endGroup()
    assert load_crm_config(settings) == CrmConfig()
    settings.setValue("crm/requests_per_second", "nan")
    assert load_crm_config(settings).requests_per_second is None


def test_without_a_keyring_the_secret_lasts_this_session_only() -> None:
    keyring.set_keyring(NoKeyring())
    try:
        with pytest.raises(secrets.NoSystemKeyring):
            save_webhook_secret(SECRET)
        assert load_webhook_secret() == SECRET
    finally:
        secrets.delete_secret(SECRET_NAME)
    assert load_webhook_secret() == ""
