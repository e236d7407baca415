"""Where the Asterisk (AMI) connection settings live: QSettings, and the keyring.

Host, port, user and the operator's extension are workstation settings; the AMI secret
is kept by :mod:`desktop.secrets` (the OS keyring), never in the settings file.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from desktop import secrets

__all__ = ["DEFAULT_PORT", "SECRET_NAME", "AmiConfig", "load_ami_config", "load_ami_secret",
           "save_ami_config", "save_ami_secret"]

DEFAULT_PORT = 5038
SECRET_NAME = "asterisk-ami"
_GROUP = "pbx"


@dataclass
class AmiConfig:
    """The PBX connection; off until a supervisor or the operator turns it on."""

    enabled: bool = False
    host: str = ""
    port: int = DEFAULT_PORT
    username: str = ""
    extension: str = ""  # the operator's phone: "101", or a channel prefix "PJSIP/101"

    def is_complete(self) -> bool:
        """Enough to connect and to recognise the operator's calls."""
        return bool(self.host.strip() and self.username.strip() and self.extension.strip()
                    and 0 < self.port < 65536)


def _settings(settings: QSettings | None) -> QSettings:
    if settings is not None:
        return settings
    from desktop.ui.settings import app_settings  # the app's (or the test's) settings file

    return app_settings()


def load_ami_config(settings: QSettings | None = None) -> AmiConfig:
    store = _settings(settings)
    store.beginGroup(_GROUP)
    try:
        default = AmiConfig()
        try:
            port = int(store.value("port", default.port))
        except (TypeError, ValueError):
            port = default.port
        return AmiConfig(
            enabled=str(store.value("enabled", "false")).lower() == "true",
            host=str(store.value("host", "")),
            port=port if 0 < port < 65536 else default.port,
            username=str(store.value("username", "")),
            extension=str(store.value("extension", "")),
        )
    finally:
        store.endGroup()


def save_ami_config(config: AmiConfig, settings: QSettings | None = None) -> None:
    store = _settings(settings)
    store.beginGroup(_GROUP)
    store.setValue("enabled", "true" if config.enabled else "false")
    store.setValue("host", config.host.strip())
    store.setValue("port", int(config.port))
    store.setValue("username", config.username.strip())
    store.setValue("extension", config.extension.strip())
    store.endGroup()
    store.sync()


def load_ami_secret() -> str:
    """The AMI secret ("" when none); may block on a locked keyring: not on the GUI thread."""
    return secrets.get_secret(SECRET_NAME) or ""


def save_ami_secret(secret: str) -> None:
    """Raises ``secrets.NoSystemKeyring`` (kept for the session) or ``secrets.SecretError``."""
    secrets.set_secret(SECRET_NAME, secret)
