"""Configuration from the command line: `user ...`, `plan ...` and `script import` run as
a user whose role manages settings; anyone else is refused in one sentence, exit 1,
with nothing written. Passwords come from the environment, never from arguments."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.demo.scripts import SALES
from desktop.demo.settings import SALES_ROLE
from desktop.domain.script_io import dump
from desktop.services.accounts import AccountService
from desktop.storage.database import Database
from tests.unit.test_permissions_support import (
    PASSWORDS,
    demo_database,
    services_of,
    snapshot,
)


def run(*args: str | Path, user: str | None = None, password: str | None = None,
        ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPERATOR_DESK_USER", "OPERATOR_DESK_PASSWORD")}
    if user is not None:
        env["OPERATOR_DESK_USER"] = user
    if password is not None or user in PASSWORDS:
        env["OPERATOR_DESK_PASSWORD"] = password if password is not None else PASSWORDS[user]
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
                          env={**env, "PYTHONIOENCODING": "utf-8"})


def refused(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.strip() == f"operator-desk: {message}"
    assert result.stdout == ""


@pytest.fixture
def demo(sqlite_url: str) -> Iterator[tuple[str, Database]]:
    db = demo_database(sqlite_url)
    yield sqlite_url, db
    db.dispose()


def test_a_configuration_command_needs_a_user_and_a_password(demo):
    url, db = demo
    before = snapshot(db)
    refused(run("user", "list", "--db", url),
            "This command needs a user: give --user NAME or set OPERATOR_DESK_USER.")
    refused(run("--user", "admin", "user", "list", "--db", url),
            "No password for admin: set OPERATOR_DESK_PASSWORD or run the command in a "
            "terminal to be asked.")
    refused(run("plan", "show", "--db", url, user="admin", password="not-the-password"),
            "Wrong user name or password.")
    refused(run("plan", "show", "--db", url, user="nobody", password="whatever1"),
            "Wrong user name or password.")
    assert snapshot(db) == before


def test_an_operator_is_refused_and_nothing_is_written(demo, tmp_path: Path):
    url, db = demo
    script_file = tmp_path / "sales.json"
    script_file.write_text(dump(services_of(db, "admin").scripts.get(
        services_of(db, "admin").scripts.find(SALES))), encoding="utf-8")
    before = snapshot(db)
    refusal = "Your role may not manage the app's settings."
    for args in (("user", "add", "ivan", "--role", SALES_ROLE), ("user", "list"),
                 ("user", "block", "pavel"), ("plan", "set", "unlimited"),
                 ("plan", "lapse", "--seed", "1"), ("plan", "show"),
                 ("script", "import", script_file, "--name", "Копия")):
        refused(run(*args, "--db", url, user="anna"), refusal)
    blocked = services_of(db, "admin")
    blocked.users.block(next(i.user.id for i in blocked.users.list()
                             if i.user.username == "pavel"))
    before = snapshot(db)
    refused(run("--user", "pavel", "plan", "renew", "--db", url, password=PASSWORDS["pavel"]),
            "Your account is blocked; ask your supervisor.")
    assert snapshot(db) == before


def test_reading_scripts_needs_no_user(demo):
    url, _ = demo
    listed = run("script", "list", "--db", url)
    assert listed.returncode == 0, listed.stderr
    assert SALES in listed.stdout


def test_a_supervisor_adds_a_user_who_signs_in_with_the_one_time_password(demo):
    url, db = demo
    added = run("--user", "admin", "user", "add", "ivan", "--name", "Иван Орлов", "--role",
                SALES_ROLE.upper(), "--db", url, password=PASSWORDS["admin"])
    assert added.returncode == 0, added.stderr
    lines = added.stdout.splitlines()
    assert lines[0] == f"Added ivan (Иван Орлов) with the role «{SALES_ROLE}»."
    one_time = lines[1].removeprefix("One-time password for the first sign-in: ")
    assert len(one_time) == 14 and one_time not in repr(snapshot(db))
    assert AccountService(db).login("ivan", one_time).must_change_password

    listed = run("user", "list", "--db", url, user="admin")
    assert listed.returncode == 0, listed.stderr
    ivan = next(line for line in listed.stdout.splitlines() if line.startswith("ivan "))
    assert ivan.split()[1:3] == ["active", "(invited)"] and "Иван Орлов" in ivan

    assert run("user", "block", "ivan", "--db", url, user="admin").stdout == "ivan is blocked.\n"
    again = run("user", "unblock", "IVAN", "--db", url, user="admin")
    assert again.stdout == "IVAN may sign in again.\n"
    refused(run("user", "block", "nobody", "--db", url, user="admin"),
            "There is no user named «nobody».")
    refused(run("user", "add", "olga", "--role", "Бухгалтер", "--db", url, user="admin"),
            "There is no role named «Бухгалтер».")
    refused(run("user", "block", "admin", "--db", url, user="admin"),
            "At least one active user must keep the Supervisor role.")
    actions = [e.action.value for e in services_of(db, "admin").audit.list(3)]
    assert actions == ["unblocked", "blocked", "created"]


def test_plan_show_set_lapse_with_a_seed_and_renew(db_url: str):
    db = demo_database(db_url)
    try:
        shown = run("plan", "show", "--db", db_url, user="admin")
        assert shown.stdout == "Plan: team (up to 7 users); 3 of 7 seats in use.\n"
        refused(run("plan", "set", "free", "--db", db_url, user="admin"),
                "The new plan allows 2 active users and 3 are active; block 1 of them first.")
        paid = run("plan", "set", "unlimited", "--paid-until", "2027-01-31", "--db", db_url,
                   user="admin")
        assert paid.stdout.splitlines() == [
            "Plan: unlimited; 3 of unlimited seats in use.", "Paid until 2027-01-31."]

        admin = services_of(db, "admin")
        others = sorted((i.user for i in admin.users.list() if i.user.username != "admin"),
                        key=lambda u: u.id)
        chosen = random.Random(5).choice(others)
        lapsed = run("plan", "lapse", "--seed", "5", "--db", db_url, user="admin")
        assert lapsed.returncode == 0, lapsed.stderr
        assert lapsed.stdout.splitlines() == [
            f"The plan has lapsed. Chosen to keep working: {chosen.username}.",
            "Plan: unlimited, lapsed; 2 of 2 seats in use.", "Paid until 2027-01-31.",
            f"Kept at the lapse: {chosen.display_name}."]
        assert admin.audit.list(1)[0].after["kept_user"] == chosen.display_name

        renewed = run("plan", "renew", "--plan", "team", "--db", db_url, user="admin")
        assert renewed.stdout == "Plan: team (up to 7 users); 3 of 7 seats in use.\n"
        assert {i.state.value for i in admin.users.list()} == {"active"}
    finally:
        db.dispose()
