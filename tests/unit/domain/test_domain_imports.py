"""The domain stays plain Python: importing it must not pull in Qt or the database layer."""

from __future__ import annotations

import json
import subprocess
import sys

# Runs in a fresh interpreter so that what other tests imported cannot hide a leak.
PROBE = """
import importlib, json, pkgutil, sys
import desktop.domain as domain
names = sorted(m.name for m in pkgutil.walk_packages(domain.__path__, "desktop.domain."))
for name in names:
    importlib.import_module(name)
roots = {"PySide6", "shiboken6", "sqlalchemy", "alembic"}
loaded = sorted(m for m in sys.modules if m.split(".")[0] in roots)
print(json.dumps({"modules": names, "forbidden": loaded}))
"""


def test_domain_modules_import_neither_qt_nor_sqlalchemy() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          check=True, timeout=60)
    report = json.loads(done.stdout)
    assert {"desktop.domain.script", "desktop.domain.call", "desktop.domain.roles",
            "desktop.domain.buttons", "desktop.domain.versions",
            "desktop.domain.templates"} <= set(report["modules"])
    assert report["forbidden"] == []
