"""The `operator-desk` command line (a contract: users and tests rely on it).

Every command accepts ``--db URL`` before or after its name; ``OPERATOR_DESK_DB`` sets
the default. Errors a user can cause print one sentence to stderr and exit non-zero
with nothing written.

Commands that change the settings (``script import``, ``user``, ``plan``) run as a user
whose role manages settings: ``--user NAME`` (see :mod:`desktop.cli_team`). Reading
scripts (``script export|lint|list``) needs no user: operators see the scripts anyway.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_team import add_team_commands, identity_option
from desktop.telephony.commands import add_call_commands, is_call_command, run_call_command

if TYPE_CHECKING:  # imported lazily at run time: `--version` and `--help` stay instant
    from desktop.domain.script import Script
    from desktop.services.context import Services
    from desktop.services.scripts import ScriptService

EXIT_USAGE = 2
EXIT_FAILED = 1
EXIT_LINT_ISSUES = 3


def _db_option(parser: argparse.ArgumentParser, *, default=None) -> None:
    parser.add_argument(
        "--db", metavar="URL", default=default,
        help="database: sqlite:///PATH or postgresql+psycopg://USER@HOST/NAME "
             "(default: $OPERATOR_DESK_DB, else a file in the user data folder)",
    )


class _PrintVersion(argparse.Action):
    """``--version``: the version is read only when asked for (see ``desktop.__version__``)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from desktop import __version__

        print(f"operator-desk {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="operator-desk",
        description="Operator Desk: call scripts, the call card and call results.",
    )
    parser.add_argument("--version", action=_PrintVersion, nargs=0,
                        help="show the version and exit")
    _db_option(parser)
    identity_option(parser)
    # How `call` hands its events to an app it starts (see desktop.telephony.launch).
    parser.add_argument("--event", action="append", default=[], metavar="JSON",
                        help=argparse.SUPPRESS)
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
    script = command("script", "export, import, check and list call scripts")
    identity_option(script, default=argparse.SUPPRESS)
    _script_commands(script)
    add_team_commands(command, _action_options)
    add_call_commands(command)
    return parser


def _action_options(parser: argparse.ArgumentParser) -> None:
    """What every configuration action repeats, keeping a value given before it."""
    _db_option(parser, default=argparse.SUPPRESS)
    identity_option(parser, default=argparse.SUPPRESS)


def _script_commands(script: argparse.ArgumentParser) -> None:
    actions = script.add_subparsers(dest="script_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=help_text, description=help_text)
        _action_options(p)
        return p

    export = action("export", "write a script's draft as a JSON file")
    export.add_argument("script", metavar="NAME_OR_ID")
    export.add_argument("--out", type=Path, metavar="FILE",
                        help="file to write (default: standard output)")
    imp = action("import", "read a script from a JSON file into the database")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--name", metavar="NEW_NAME", help="store it under this name")
    imp.add_argument("--replace", action="store_true",
                     help="overwrite the draft of the script with the same name")
    lint = action("lint", "list a script's flaws (exit status 3 when there are any)")
    lint.add_argument("script", metavar="NAME_OR_ID_OR_FILE")
    action("list", "list the scripts with their published versions")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if is_call_command(args):  # once per ring: nothing heavy, no database
        return run_call_command(args)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if not isinstance(exc, _user_errors()):
            raise
        print(f"operator-desk: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _user_errors() -> tuple[type[Exception], ...]:
    """Errors a user can cause, said in one sentence; loaded only when something failed
    (the app's start must not wait for the database stack)."""
    from desktop.domain.errors import DomainError
    from desktop.services.sign_in import LoginError
    from desktop.storage.errors import StorageError

    return (StorageError, DomainError, ValueError, PermissionError, LoginError)


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "db":
        return _db_command(args)
    if args.command == "demo":
        return _demo(args)
    if args.command == "tour":
        return _tour(args)
    if args.command == "script":
        return _script(args)
    if args.command in ("user", "plan"):
        return _team(args)
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
    """The app. A malformed --db is refused here, in one sentence and before any window;
    everything that needs the database itself (a server that is down, a locked file, a
    newer schema) the login window says, with Retry."""
    from desktop.locations import DatabaseAddress, resolve_url
    from desktop.telephony.events import CallEvent
    from desktop.telephony.instance import send_event

    events = [CallEvent.from_json(text) for text in args.event]
    while events and send_event(events[0]):  # an app started meanwhile took it
        events.pop(0)
    if args.event and not events:
        return 0
    address = DatabaseAddress.parse(resolve_url(args.db))
    from desktop.app import DatabaseOpening, run_gui

    opening = DatabaseOpening(address.label, address.server,
                              lambda: _services_for_sign_in(address.url))
    return run_gui(opening, sys.argv[:1], events=events)


def _services_for_sign_in(url: str) -> Services:
    """What the login window needs (the rest is built once someone signs in)."""
    from desktop.services.context import Services

    return Services.for_sign_in(open_database(url))


def _team(args: argparse.Namespace) -> int:
    from desktop.cli_team import run_team_command

    db = open_database(args.db)
    try:
        return run_team_command(db, args)
    finally:
        db.dispose()


# ---- operator-desk script ... ---------------------------------------------------------------
def _script(args: argparse.Namespace) -> int:
    """Script files: validated completely before anything is written anywhere."""
    if args.script_command == "lint" and Path(args.script).is_file():
        return _print_lint(_read_script_file(Path(args.script)))
    from desktop.cli_team import sign_in
    from desktop.services.scripts import ScriptService

    db = open_database(args.db)
    try:
        actor = sign_in(db, args.user) if args.script_command == "import" else None
        service = ScriptService(db, actor)
        if args.script_command == "export":
            return _export(service, args)
        if args.script_command == "import":
            return _import(service, args)
        if args.script_command == "lint":
            return _print_lint(service.get(_script_id(service, args.script)))
        return _list_scripts(service)
    finally:
        db.dispose()


def _script_id(service: ScriptService, name_or_id: str) -> int:
    """A script's name wins over a number: a script may well be called «2024»."""
    found = service.find(name_or_id)
    if found is not None:
        return found
    if name_or_id.strip().isdigit():
        return int(name_or_id)
    raise ValueError(f"There is no script named «{name_or_id}».")


def _read_script_file(path: Path) -> Script:
    from desktop.domain.script_io import ScriptFileError, load

    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ValueError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise ScriptFileError(f"{path} is not a text file in UTF-8.") from None
    try:
        return load(text)
    except ScriptFileError as exc:
        raise ScriptFileError(f"{path}: {exc}") from None


def _export(service: ScriptService, args: argparse.Namespace) -> int:
    from desktop.domain.script_io import dump

    script = service.get(_script_id(service, args.script))
    data = dump(script).encode("utf-8")
    if args.out is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    _write_whole(args.out, data)
    print(f"Exported «{script.name}» ({len(script)} steps) to {args.out}.")
    return 0


def _write_whole(target: Path, data: bytes) -> None:
    """Written beside the target and renamed over it: a failure never leaves half a file."""
    import os

    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ValueError(f"Cannot write {target}: {exc.strerror or exc}.") from None


def _import(service: ScriptService, args: argparse.Namespace) -> int:
    from desktop.domain.lint import lint
    from desktop.services.scripts import NameTakenError

    script = _read_script_file(args.file)
    if args.name is not None:
        script.name = args.name
    try:
        stored, replaced = service.import_script(script, replace=args.replace)
    except NameTakenError as exc:
        raise ValueError(f"A script named «{exc.name}» already exists; import with "
                         "--name NEW_NAME, or --replace to overwrite its draft.") from None
    if replaced:
        print(f"Replaced the draft of «{stored.name}» (#{stored.id}, {len(stored)} steps).")
    else:
        print(f"Imported «{stored.name}» as script #{stored.id} ({len(stored)} steps).")
    issues = len(lint(stored))
    if issues:
        print(f"It has {issues} lint issue{'s' if issues > 1 else ''}; see "
              "`operator-desk script lint`.")
    return 0


def _print_lint(script: Script) -> int:
    from desktop.domain.lint import lint

    issues = lint(script)
    for issue in issues:
        print(f"{issue.kind.value}: {issue.message} [{', '.join(issue.step_ids)}]")
    if not issues:
        print(f"No issues in «{script.name}».")
    return EXIT_LINT_ISSUES if issues else 0


def _list_scripts(service: ScriptService) -> int:
    scripts = service.list()
    if not scripts:
        print("No scripts yet.")
        return 0
    print(f"{'ID':>4}  {'STEPS':>5}  {'PUBLISHED':<9}  NAME")
    for info in scripts:
        published = f"v{info.published_number}" if info.published_number else "-"
        if info.has_unpublished_changes:
            published += "*"
        roles = f"  (roles: {', '.join(info.roles)})" if info.roles else ""
        print(f"{info.id:>4}  {info.step_count:>5}  {published:<9}  {info.name}{roles}")
    if any(info.has_unpublished_changes for info in scripts):
        print("* the draft has changes that are not published")
    return 0
