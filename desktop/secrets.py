"""Secrets (PBX passwords, CRM tokens) in the operating system's keyring, and only there.

A machine without a keyring (a headless Linux box, a minimal desktop) gets an explicit
fallback: the secret is kept in this process's memory for the session, never written
to a file, the database or a log, and ``set_secret`` raises :class:`NoSystemKeyring` so
the window that asked can say so. Any other keyring failure stores nothing.

keyring may block on a locked collection: call these functions off the GUI thread and
away from call handling (read secrets once, keep them in memory).
"""

from __future__ import annotations

import threading

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

__all__ = ["SERVICE", "NoSystemKeyring", "SecretError", "delete_secret", "get_secret",
           "set_secret"]

SERVICE = "operator-desk"

_session: dict[str, str] = {}
_lock = threading.Lock()


class SecretError(Exception):
    """The keyring failed; nothing was stored."""


class NoSystemKeyring(SecretError):
    """There is no keyring: the secret is kept in memory for this session only."""

    def __init__(self) -> None:
        super().__init__("No system keyring: the secret is kept for this session only.")


def get_secret(name: str) -> str | None:
    """The stored secret, or None. Without a keyring: the one kept for this session."""
    try:
        return keyring.get_password(SERVICE, name)
    except NoKeyringError:
        with _lock:
            return _session.get(name)
    except KeyringError as exc:
        raise SecretError(f"The system keyring could not be read: {exc}") from None


def set_secret(name: str, value: str) -> None:
    """Store ``value`` (an empty one deletes). Raises :class:`NoSystemKeyring` after
    keeping it for the session when there is no keyring, :class:`SecretError` if the
    keyring refused it."""
    if not value:
        delete_secret(name)
        return
    try:
        keyring.set_password(SERVICE, name, value)
    except NoKeyringError:
        with _lock:
            _session[name] = value
        raise NoSystemKeyring() from None
    except KeyringError as exc:
        raise SecretError(f"The system keyring did not store the secret: {exc}") from None
    with _lock:
        _session.pop(name, None)


def delete_secret(name: str) -> None:
    """Forget the secret everywhere; forgetting one that is not there is fine."""
    with _lock:
        _session.pop(name, None)
    try:
        keyring.delete_password(SERVICE, name)
    except (NoKeyringError, PasswordDeleteError):
        pass
    except KeyringError as exc:
        raise SecretError(f"The system keyring did not delete the secret: {exc}") from None
