"""Shared helpers of the permission, settings-service and audit tests: a demo database,
signing in as its users, and a snapshot of every table to prove a refusal wrote nothing.

The demo has the administering supervisor «admin», the sales operator «anna» and the
support operator «pavel», on the plan of up to 7 users.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from desktop.cli import open_database
from desktop.demo import install_demo
from desktop.demo.settings import DEMO_ACCOUNTS
from desktop.services.accounts import AccountService, SignedIn
from desktop.services.context import BoundServices
from desktop.storage import schema
from desktop.storage.database import Database

PASSWORDS = {account.username: account.password for account in DEMO_ACCOUNTS}


def demo_database(url: str) -> Database:
    db = open_database(url)
    install_demo(db)
    return db


def copy_of(template: Path, folder: Path) -> str:
    """A SQLite URL of a private copy of a (closed) database file."""
    target = folder / "copy.sqlite3"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


def signed_in(db: Database, username: str, password: str | None = None) -> SignedIn:
    return AccountService(db).login(username, password or PASSWORDS[username])


def services_of(db: Database, username: str) -> BoundServices:
    return BoundServices.open(db, signed_in(db, username))


def user_id(db: Database, username: str) -> int:
    from desktop.storage.repositories import UserRepository

    with db.read() as session:
        user = UserRepository(session).by_username(username)
    assert user is not None, username
    return user.id


def role_id(db: Database, name: str) -> int:
    from desktop.storage.repositories import RoleRepository

    with db.read() as session:
        found = RoleRepository(session).find_id(name)
    assert found is not None, name
    return found


def snapshot(db: Database) -> dict[str, list[str]]:
    """Every row of every table, as text (rows hold None and mixed types)."""
    tables = schema.target_metadata().sorted_tables
    with db.read() as session:
        return {table.name: sorted(repr(tuple(row)) for row in session.execute(select(table)))
                for table in tables}
