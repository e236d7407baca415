"""Every icon the application shows, named once.

Icons are small SVG files in ``resources/icons``; widgets ask for them by the
constants below so a renamed or missing file shows up in one place (and in the
test that checks every name resolves to a file).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

from desktop.ui.resources import resource_path

ADD = "add"
ADD_LIGHT = "add_light"  # on the accent-coloured primary button
APP = "app"
CALL_INCOMING = "call_incoming"
CALL_OUTGOING = "call_outgoing"
CALLS_EMPTY = "calls_empty"
CRM = "crm"
DATABASE = "database"
DELETE = "delete"
DESIGNER = "designer"
DUPLICATE = "duplicate"
EDIT = "edit"
LANGUAGE = "language"
LOCK = "lock"
REFRESH = "refresh"
SCRIPTS_EMPTY = "scripts_empty"
SEARCH = "search"
SETTINGS = "settings"
SIGN_OUT = "sign_out"
USER = "user"

ALL = (ADD, ADD_LIGHT, APP, CALL_INCOMING, CALL_OUTGOING, CALLS_EMPTY, CRM, DATABASE, DELETE,
       DESIGNER, DUPLICATE, EDIT, LANGUAGE, LOCK, REFRESH, SCRIPTS_EMPTY, SEARCH, SETTINGS,
       SIGN_OUT, USER)


def icon_path(name: str) -> Path:
    return resource_path("icons", f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (one of the constants above); cached, icons never change."""
    return QIcon(str(icon_path(name)))


def pixmap(name: str, size: int) -> QPixmap:
    """The icon rendered at ``size`` x ``size`` logical pixels, for labels."""
    return icon(name).pixmap(size, size)
