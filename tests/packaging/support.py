"""Loads the modules of ``packaging/`` by path: that folder is no Python package (its
name belongs to the ``packaging`` library), so it is never imported by name."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
SPEC = PACKAGING / "operator-desk.spec"


def load(name: str) -> ModuleType:
    """``packaging/<name>.py`` as a module, loaded once."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
