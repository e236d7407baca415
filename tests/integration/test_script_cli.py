"""`operator-desk script export|import|lint|list`: lossless files, clear refusals, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import EXIT_LINT_ISSUES, open_database
from desktop.demo import install_demo
from desktop.demo.scripts import SALES, SUPPORT, sales_script
from desktop.domain.script import Script
from desktop.domain.script_io import dump
from desktop.services.accounts import AccountService
from desktop.services.scripts import ScriptService
from desktop.storage.database import Database

# Importing changes the settings: it runs as the demo supervisor.
ADMIN = {"OPERATOR_DESK_USER": "admin", "OPERATOR_DESK_PASSWORD": "admin-demo"}


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8", **ADMIN})


@pytest.fixture
def demo_url(db_url: str) -> Iterator[str]:
    db = open_database(db_url)
    install_demo(db)
    db.dispose()
    yield db_url


def scripts_in(url: str) -> dict[str, Script]:
    db = Database.open(url)
    try:
        service = ScriptService(db, None)  # reading only
        return {info.name: service.get(info.id) for info in service.list()}
    finally:
        db.dispose()


def refused(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_then_import_into_another_database_is_lossless(demo_url, tmp_path):
    other_url = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    other = open_database(other_url)
    AccountService(other).create_first_supervisor("admin", "Admin", ADMIN["OPERATOR_DESK_PASSWORD"])
    other.dispose()
    out = tmp_path / "sales.json"
    exported = run("script", "export", SALES, "--out", out, "--db", demo_url)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == f"Exported «{SALES}» (15 steps) to {out}."
    assert out.read_text(encoding="utf-8") == dump(sales_script())

    to_stdout = run("--db", demo_url, "script", "export", SALES)
    assert to_stdout.stdout == out.read_text(encoding="utf-8")

    imported = run("script", "--db", other_url, "import", out)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith(f"Imported «{SALES}» as script #1 (15 steps).")
    assert scripts_in(other_url)[SALES] == scripts_in(demo_url)[SALES]


def test_import_under_a_new_name_or_over_the_same_named_draft(demo_url, tmp_path):
    out = tmp_path / "support.json"
    assert run("script", "export", SUPPORT, "--out", out, "--db", demo_url).returncode == 0
    before = scripts_in(demo_url)

    taken = run("script", "import", out, "--db", demo_url)
    refused(taken, f"A script named «{SUPPORT}» already exists; import with --name")

    copy = run("script", "import", out, "--name", "Поддержка 2", "--db", demo_url)
    assert copy.returncode == 0, copy.stderr
    after = scripts_in(demo_url)
    after["Поддержка 2"].name = SUPPORT
    assert after["Поддержка 2"] == before[SUPPORT]

    data = json.loads(out.read_text(encoding="utf-8"))
    data["steps"][0]["title"] = "Добрый день"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    replaced = run("script", "import", out, "--replace", "--db", demo_url)
    assert replaced.returncode == 0, replaced.stderr
    assert "Replaced the draft" in replaced.stdout
    stored = scripts_in(demo_url)[SUPPORT]
    assert (stored.id, stored.version) == (before[SUPPORT].id, before[SUPPORT].version + 1)
    assert stored.start_step.title == "Добрый день"


def _malformed(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = json.loads(dump(sales_script()))

    def write(name: str, change) -> Path:
        data = json.loads(json.dumps(good))
        change(data)
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        return path

    def renamed(data: dict) -> None:
        data["name"] = "Новый"

    cases = {
        "dangling link": (write("dangling", lambda d: (renamed(d), d["links"].append(
            ["s-hello", "s-missing"]))), "refers to the unknown step «s-missing»"),
        "duplicate step id": (write("twice", lambda d: (renamed(d), d["steps"].append(
            dict(d["steps"][1])))), "Two steps have the id «s-name»"),
        "unknown field type": (write("entity", lambda d: (renamed(d), d["steps"][1][
            "fields"].append({"entity": "invoice", "code": "SUM"}))),
            "has the unknown entity «invoice»"),
        "title too long": (write("long", lambda d: (renamed(d), d["steps"][2].update(
            title="Ж" * 201))), "longer than 200 characters"),
        "name taken": (write("taken", lambda d: None), "already exists"),
        "missing file": (tmp_path / "nowhere.json", "Cannot read"),
    }
    (tmp_path / "binary.json").write_bytes(b"\xff\xfe{\x00")
    (tmp_path / "broken.json").write_text('{"format": "operator-desk-script",', "utf-8")
    cases["not utf-8"] = (tmp_path / "binary.json", "is not a text file in UTF-8")
    cases["not json"] = (tmp_path / "broken.json", "is not valid JSON")
    return cases


def test_importing_a_malformed_file_writes_nothing(demo_url, tmp_path):
    before = scripts_in(demo_url)
    for case, (path, message) in _malformed(tmp_path).items():
        result = run("script", "import", path, "--db", demo_url)
        assert message in result.stderr, case
        refused(result, message)
    assert scripts_in(demo_url) == before


def test_lint_exit_codes_for_clean_flawed_and_unknown_scripts(demo_url, tmp_path):
    clean = run("script", "lint", SALES, "--db", demo_url)
    assert (clean.returncode, clean.stdout.strip()) == (0, f"No issues in «{SALES}».")
    by_id = run("--db", demo_url, "script", "lint", str(scripts_in(demo_url)[SALES].id))
    assert by_id.returncode == 0, by_id.stderr

    flawed = sales_script()
    flawed.unlink("s-order", "s-close")
    flawed.add_step("", step_id="s-lost")
    path = tmp_path / "flawed.json"
    path.write_text(dump(flawed), encoding="utf-8")
    result = run("script", "lint", path)
    assert result.returncode == EXIT_LINT_ISSUES
    assert result.stdout.splitlines() == [
        "unreachable: The step «s-lost» (untitled) cannot be reached from the start step. "
        "[s-lost]",
        "dead-end: The step «Оформление заказа» has no way forward and is not marked as "
        "final. [s-order]",
        "dead-end: The step «s-lost» (untitled) has no way forward and is not marked as "
        "final. [s-lost]",
        "empty-title: The step «s-lost» (untitled) has no title, so its button on the "
        "previous step would be blank. [s-lost]",
    ]
    refused(run("script", "lint", "Нет такого", "--db", demo_url),
            "There is no script named «Нет такого».")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "operator-desk-script", "steps": [', encoding="utf-8")
    refused(run("script", "lint", broken), f"{broken}: The file is not valid JSON")


def test_list_shows_versions_unpublished_drafts_and_roles(demo_url, tmp_path):
    out = tmp_path / "sales.json"
    run("script", "export", SALES, "--out", out, "--db", demo_url)
    run("script", "import", out, "--name", "Копия продаж", "--db", demo_url)
    listed = run("script", "list", "--db", demo_url)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["ID", "STEPS", "PUBLISHED", "NAME"]
    copy_line = next(line for line in lines if "Копия продаж" in line)
    assert copy_line.split()[1:3] == ["15", "-*"]
    sales_line = next(line for line in lines if SALES in line)
    assert sales_line.split()[1:3] == ["15", "v1"]
    assert "(roles: Оператор продаж, Супервайзер)" in sales_line
    assert lines[-1] == "* the draft has changes that are not published"


def test_a_failed_export_leaves_no_file(demo_url, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "never.json"
    refused(run("script", "export", "Нет такого", "--out", out, "--db", demo_url),
            "There is no script named")
    refused(run("script", "export", "999", "--out", out, "--db", demo_url), "no script #999")
    refused(run("script", "export", SALES, "--out", folder / "no-dir" / "x.json",
                "--db", demo_url), "Cannot write")
    assert list(folder.iterdir()) == []
