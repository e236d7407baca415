"""The one place widgets get their ``QSettings`` from, and the keys they use.

Normally settings live where Qt puts them for the organisation and application
names ``create_qapp`` sets. ``settings_file`` redirects them to a plain INI file for
a while: the offscreen tour and the tests use it so they neither read nor change
the user's own window layout, last user name or language.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings

LANGUAGE = "ui/language"  # "ru", "en" or "" (follow the system)
LAST_USER = "login/last_user"
LAST_DATABASE = "login/last_database"  # the label of the database LAST_USER signed in to
MAIN_GEOMETRY = "main_window/geometry"
MAIN_STATE = "main_window/state"

_override: Path | None = None


def app_settings() -> QSettings:
    """Settings of the running application (or of the active ``settings_file``)."""
    if _override is not None:
        return QSettings(str(_override), QSettings.Format.IniFormat)
    return QSettings()


@contextmanager
def settings_file(path: Path) -> Iterator[Path]:
    """Keep settings in ``path`` (an INI file) until the block ends."""
    global _override
    previous = _override
    _override = path
    try:
        yield path
    finally:
        _override = previous
