"""Where the application's data files (icons, themes, translations) live.

One lookup for both ways the app runs: from a source tree (``resources/`` next to
``desktop/``) and from a PyInstaller bundle, which unpacks data under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder of the running application."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """A file under ``resources``, e.g. ``resource_path("icons", "app.svg")``."""
    return resources_dir().joinpath(*parts)
