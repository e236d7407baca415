"""Start-up loads only what the login window needs, and writes only into the data folder.

The real start (`python -m desktop` on a demo database) runs in a subprocess under
``-X importtime`` until its login window is ready; the modules it imported are read
from that report, which the app's own lines (first window painted, login window ready)
cut where they were printed. No time is asserted: bench/startup.py measures.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import FIRST_WINDOW_ENV, FIRST_WINDOW_SHOWN, LOGIN_SETTLED
from desktop.cli import open_database
from desktop.demo import install_demo

ROOT = Path(__file__).resolve().parents[2]
# Loaded on first use, never for the login window: the designer, the call card and
# main window, the CRM clients, the PBX link, the keyring, the script graph library,
# migrations (only when a database is behind) and HTTP.
DEFERRED = ("designer", "desktop.ui.main_window", "desktop.ui.callcard", "desktop.ui.pbx_link",
            "desktop.ui.crm_dialog", "desktop.crm.bitrix24", "desktop.crm.embedded",
            "desktop.crm.outbox", "desktop.telephony.ami", "desktop.secrets", "keyring",
            "networkx", "alembic", "httpx", "panoramisk", "cryptography", "phonenumbers")
# Loaded in a thread once the login window has painted: the database stack.
AFTER_FIRST_WINDOW = ("sqlalchemy", "psycopg", "sqlite3", "desktop.storage",
                      "desktop.services.accounts", "desktop.services.context")


def start_to_first_window(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    url = f"sqlite:///{tmp_path / 'data' / 'desk.sqlite3'}"
    db = open_database(url)
    try:
        install_demo(db)
    finally:
        db.dispose()
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    env = {**os.environ, FIRST_WINDOW_ENV: "1", "QT_QPA_PLATFORM": "offscreen",
           "OPERATOR_DESK_DATA_DIR": str(tmp_path / "data"),
           "OPERATOR_DESK_INSTANCE": f"operator-desk-startup-test-{os.getpid()}",
           "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONDONTWRITEBYTECODE": "1",
           "PYTHONPATH": str(ROOT)}
    # One pipe for both: the import report (stderr) and the app's lines (stdout) keep
    # the order they were written in.
    result = subprocess.run([sys.executable, *extra, "-m", "desktop", "--db", url], cwd=cwd,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:]
    lines = result.stdout.splitlines()
    assert lines.index(FIRST_WINDOW_SHOWN) < lines.index(LOGIN_SETTLED)
    return result


def imported(report: str) -> set[str]:
    return set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", report, re.MULTILINE))


def matching(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(f"{n}.") for n in names))


def test_the_login_window_loads_none_of_the_deferred_modules(tmp_path: Path) -> None:
    result = start_to_first_window(tmp_path, "-X", "importtime")
    before_window, _, after_window = result.stdout.partition(FIRST_WINDOW_SHOWN)
    first_window = imported(before_window)
    assert "desktop.ui.login" in first_window  # the report was read
    assert matching(first_window, AFTER_FIRST_WINDOW) == []
    until_ready = first_window | imported(after_window)
    assert "desktop.storage.database" in until_ready  # the login window got its database
    assert matching(until_ready, DEFERRED) == []


@pytest.mark.skipif(sys.platform == "win32", reason="file modes")
def test_a_start_writes_only_into_the_data_and_settings_folders(tmp_path: Path) -> None:
    watched = [ROOT / "resources", ROOT / "desktop" / "storage" / "migrations"]

    def listing() -> dict[Path, tuple[int, int]]:
        return {p: (p.stat().st_size, p.stat().st_mtime_ns)
                for folder in watched for p in folder.rglob("*")
                if "__pycache__" not in p.parts}

    before = listing()
    start_to_first_window(tmp_path)
    assert listing() == before  # nothing beside the program: its resources, its migrations
    assert list((tmp_path / "cwd").iterdir()) == []  # nor in the working folder
    written = {p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*") if p.is_file()}
    assert written <= {"data", "config", "cache"}
