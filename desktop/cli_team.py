"""`operator-desk user ...` and `plan ...`, and who runs the configuration commands.

A command that changes the settings, or shows what only managers see, runs as a user:
``--user NAME`` (or ``OPERATOR_DESK_USER``), with the password from
``OPERATOR_DESK_PASSWORD`` or asked for at the terminal, never taken from the command
line (it would stay in the shell history and the process list). The services then
refuse a user whose role may not manage settings, the same way the windows are refused.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.accounts import SignedIn
    from desktop.services.users import UserService
    from desktop.storage.database import Database

USER_ENV, PASSWORD_ENV = "OPERATOR_DESK_USER", "OPERATOR_DESK_PASSWORD"
PLANS = ("free", "team", "unlimited")
PLAN_NAMES = {"free": "free (2 users)", "team": "team (up to 7 users)",
              "unlimited": "unlimited"}

Command = Callable[[str, str], argparse.ArgumentParser]


def identity_option(parser: argparse.ArgumentParser, *, default=None) -> None:
    parser.add_argument(
        "--user", metavar="NAME", default=default,
        help=f"run as this user (default: ${USER_ENV}); the password comes from "
             f"${PASSWORD_ENV} or is asked for",
    )


def sign_in(db: Database, username: str | None) -> SignedIn:
    """The user a configuration command runs as; writes nothing (not even activity)."""
    from desktop.services.accounts import AccountService

    username = (username or os.environ.get(USER_ENV, "")).strip()
    if not username:
        raise ValueError(f"This command needs a user: give --user NAME or set {USER_ENV}.")
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise ValueError(f"No password for {username}: set {PASSWORD_ENV} or run the "
                             "command in a terminal to be asked.")
        import getpass

        password = getpass.getpass(f"Password for {username}: ")
    return AccountService(db).authenticate(username, password)


def add_team_commands(command: Command, action_option: Callable[[argparse.ArgumentParser],
                                                                 None]) -> None:
    """``user`` and ``plan``; ``command(name, help)`` makes a subcommand parser and
    ``action_option(parser)`` adds the options every action repeats (--db, --user)."""
    user = command("user", "list, add, block and unblock the app's users")
    identity_option(user, default=argparse.SUPPRESS)
    users = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    def action(sub, name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        action_option(p)
        return p

    action(users, "list", "list the users with their roles and states")
    add = action(users, "add", "add a user; prints a one-time password for the first "
                               "sign-in")
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--name", metavar="DISPLAY_NAME", default="",
                     help="the name shown in the app (default: the user name)")
    add.add_argument("--role", metavar="ROLE", required=True, help="the role's name")
    for name, help_text in (("block", "stop a user from signing in"),
                            ("unblock", "let a blocked user sign in again")):
        action(users, name, help_text).add_argument("username", metavar="USERNAME")

    plan = command("plan", "show or change the seat plan")
    identity_option(plan, default=argparse.SUPPRESS)
    plans = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    action(plans, "show", "show the plan in force and the seats in use")
    set_plan = action(plans, "set", "change the plan")
    set_plan.add_argument("plan", choices=PLANS)
    set_plan.add_argument("--paid-until", type=_date, metavar="YYYY-MM-DD")
    lapse = action(plans, "lapse", "the paid plan ended: keep the administrator and one "
                                   "user chosen at random, block the others")
    lapse.add_argument("--seed", type=int, help="seed of the random choice (reproducible)")
    renew = action(plans, "renew", "the plan is paid again: unblock those the lapse blocked")
    renew.add_argument("--plan", choices=PLANS, help="renew as this plan")
    renew.add_argument("--paid-until", type=_date, metavar="YYYY-MM-DD")


def run_team_command(db: Database, args: argparse.Namespace) -> int:
    from desktop.services.users import UserService

    users = UserService(db, sign_in(db, args.user))
    if args.command == "user":
        return _user(db, users, args)
    return _plan(users, args)


def _user(db: Database, users: UserService, args: argparse.Namespace) -> int:
    if args.user_command == "list":
        rows = users.list()
        print(f"{'USER':<16}  {'STATE':<15}  {'ROLE':<24}  NAME")
        for info in rows:
            state = info.state.value + (" (invited)" if info.must_change_password else "")
            print(f"{info.user.username:<16}  {state:<15}  {info.role_name:<24}  "
                  f"{info.user.display_name}")
        return 0
    if args.user_command == "add":
        from desktop.services.roles import RoleService

        roles = {r.role.name.casefold(): r.role for r in RoleService(db, users.actor).list()}
        role = roles.get(args.role.strip().casefold())
        if role is None:
            raise ValueError(f"There is no role named «{args.role}».")
        added = users.add(args.username, args.name, role.id)
        print(f"Added {added.user.username} ({added.user.display_name}) with the role "
              f"«{role.name}».")
        print(f"One-time password for the first sign-in: {added.first_login_password}")
        return 0
    user_id = _user_id(users, args.username)
    if args.user_command == "block":
        users.block(user_id)
        print(f"{args.username} is blocked.")
    else:
        users.unblock(user_id)
        print(f"{args.username} may sign in again.")
    return 0


def _user_id(users: UserService, username: str) -> int:
    for info in users.list():
        if info.user.username.casefold() == username.strip().casefold():
            return info.user.id
    raise ValueError(f"There is no user named «{username}».")


def _plan(users: UserService, args: argparse.Namespace) -> int:
    from desktop.domain.roles import SeatPlan

    if args.plan_command == "set":
        users.set_plan(SeatPlan(args.plan), args.paid_until)
    elif args.plan_command == "lapse":
        rng = random.Random(args.seed) if args.seed is not None else None
        kept = users.lapse(rng)
        print("The plan has lapsed. " + (f"Chosen to keep working: {kept.username}."
                                         if kept else "Nobody else was working."))
    elif args.plan_command == "renew":
        users.renew(SeatPlan(args.plan) if args.plan else None, args.paid_until)
    info = users.plan()
    limit = "unlimited" if info.seat_limit is None else str(info.seat_limit)
    print(f"Plan: {PLAN_NAMES[info.plan.value]}{', lapsed' if info.lapsed else ''}; "
          f"{info.seats_in_use} of {limit} seats in use.")
    if info.paid_until is not None:
        print(f"Paid until {info.paid_until:%Y-%m-%d}.")
    if info.lapsed and info.kept_user_name:
        print(f"Kept at the lapse: {info.kept_user_name}.")
    return 0


def _date(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
