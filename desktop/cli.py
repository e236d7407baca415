"""The `operator-desk` command line (a contract: users and tests rely on it).

Every command accepts ``--db URL`` before or after its name; ``OPERATOR_DESK_DB`` sets
the default. Errors a user can cause print one sentence to stderr and exit non-zero
with nothing written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__

EXIT_USAGE = 2
EXIT_FAILED = 1


def _db_option(parser: argparse.ArgumentParser, *, default=None) -> None:
    parser.add_argument(
        "--db", metavar="URL", default=default,
        help="database: sqlite:///PATH or postgresql+psycopg://USER@HOST/NAME "
             "(default: $OPERATOR_DESK_DB, else a file in the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="operator-desk",
        description="Operator Desk: call scripts, the call card and call results.",
    )
    parser.add_argument("--version", action="version", version=f"operator-desk {__version__}")
    _db_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    # Subcommands repeat --db with SUPPRESS so a value given before the command survives.
    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _db_option(p, default=argparse.SUPPRESS)
        return p

    demo = command("demo", "create the schema and fill it with demo data")
    demo.add_argument("--if-new", action="store_true",
                      help="only when the database has no users yet (used by `make run`)")
    demo.add_argument("--quiet", action="store_true", help="print nothing on success")

    db = command("db", "database schema")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    for name, help_text in (("upgrade", "apply migrations up to the newest schema"),
                            ("current", "print the schema revision of the database")):
        _db_option(db_sub.add_parser(name, help=help_text), default=argparse.SUPPRESS)
    down = db_sub.add_parser("downgrade", help="undo migrations down to REVISION")
    down.add_argument("revision", help="target revision, e.g. base or -1")
    _db_option(down, default=argparse.SUPPRESS)

    tour = command("tour", "render every main screen to PNG files (offscreen)")
    tour.add_argument("--out", required=True, type=Path, metavar="DIR")
    tour.add_argument("--lang", choices=("ru", "en"), default="ru")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from desktop.storage.errors import StorageError

    try:
        return _dispatch(args)
    except (StorageError, ValueError) as exc:
        print(f"operator-desk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "db":
        return _db_command(args)
    if args.command == "demo":
        return _demo(args)
    if args.command == "tour":
        return _tour(args)
    return _gui(args)


def open_database(url: str | None, *, migrate: bool = True):
    """Open the database, creating or upgrading its schema when it is behind."""
    from desktop.storage import schema
    from desktop.storage.database import Database

    db = Database.open(url)
    if migrate and not schema.is_current(db.engine):
        schema.upgrade(db.engine)
    return db


def _db_command(args: argparse.Namespace) -> int:
    from desktop.storage import schema

    db = open_database(args.db, migrate=False)
    try:
        if args.db_command == "upgrade":
            before = schema.check_known(db.engine)
            schema.upgrade(db.engine)
            after = schema.current_revision(db.engine)
            print(f"Schema {before or 'empty'} -> {after} ({db.label})" if before != after
                  else f"Schema is up to date: {after} ({db.label})")
        elif args.db_command == "downgrade":
            schema.downgrade(db.engine, args.revision)
            print(f"Schema is now {schema.current_revision(db.engine) or 'empty'} ({db.label})")
        else:
            print(schema.current_revision(db.engine) or "empty")
    finally:
        db.dispose()
    return 0


def _demo(args: argparse.Namespace) -> int:
    from desktop.demo import install_demo
    from desktop.demo.settings import DEMO_ACCOUNTS
    from desktop.storage.repositories import UserRepository

    db = open_database(args.db)
    try:
        if args.if_new:
            with db.transaction() as session:
                if UserRepository(session).count():
                    return 0
        summary = install_demo(db)
        if not args.quiet:
            added = ", ".join(f"{n} {what}" for what, n in summary.added.items() if n)
            print(f"Demo data in {db.label}: " + (f"added {added}." if added
                                                  else "already there, nothing added."))
            print("Demo accounts (user name / password / role):")
            for account in DEMO_ACCOUNTS:
                print(f"  {account.username:<8} {account.password:<12} {account.role_name}")
    finally:
        db.dispose()
    return 0


def _tour(args: argparse.Namespace) -> int:
    """Render the screens. Without --db a throwaway demo database is used, so the tour
    never writes demo data into the user's own database."""
    import os
    import tempfile

    from desktop.demo import install_demo
    from desktop.services.context import Services
    from desktop.storage.repositories import UserRepository
    from desktop.ui.tour import render_tour

    with tempfile.TemporaryDirectory(prefix="operator-desk-tour-") as scratch:
        url = args.db or os.environ.get("OPERATOR_DESK_DB") or f"sqlite:///{scratch}/tour.db"
        db = open_database(url)
        try:
            with db.transaction() as session:
                empty = UserRepository(session).count() == 0
            if empty:
                install_demo(db)
            paths = render_tour(Services.for_database(db), args.out, language=args.lang)
        finally:
            db.dispose()
    for path in paths:
        print(path)
    return 0


def _gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui
    from desktop.services.context import Services

    db = open_database(args.db)
    services = Services.for_database(db)
    try:
        return run_gui(services, sys.argv[:1])
    finally:
        services.close()
