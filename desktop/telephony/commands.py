"""`operator-desk call NUMBER` and `operator-desk open URI`: what softphones and links run.

These run once per ring, so they import no database, no CRM and no widgets: they read
the number, hand the event to the running app over the local socket and exit. When no
app answers, a ring or a placed call starts it (detached) with the event on its command
line; a hang-up for an app that is not running has nothing to end and starts nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.telephony.events import CallEvent

__all__ = ["CALL_COMMANDS", "add_call_commands", "event_from_args", "is_call_command",
           "run_call_command"]

CALL_COMMANDS = ("call", "open")
EXIT_USAGE = 2


def is_call_command(args: argparse.Namespace) -> bool:
    """`call`, or `open` with a link (a desktop menu runs `open` with none: the app opens)."""
    return args.command == "call" or (args.command == "open" and args.uri is not None)

Command = Callable[[str, str], argparse.ArgumentParser]


def add_call_commands(command: Command) -> None:
    """Add `call` and `open` through the command line's own subcommand factory."""
    call = command("call", "hand a call to the running app (what a softphone runs)")
    call.add_argument("number", metavar="NUMBER",
                      help="the other party's number, as the softphone gives it")
    direction = call.add_mutually_exclusive_group()
    direction.add_argument("--end", action="store_true", help="the call has ended")
    direction.add_argument("--outgoing", action="store_true",
                           help="the operator placed the call (default: it rang in)")
    link = command("open", "place a call from a tel:, callto: or sip: link")
    link.add_argument("uri", metavar="URI", nargs="?",
                      help="for example tel:+79991234567 (without one: open the app)")


def event_from_args(args: argparse.Namespace) -> CallEvent:
    """The event the command stands for; ``ValueError`` (one sentence) for a bad number."""
    from desktop.crm.phones import normalize
    from desktop.telephony.events import SOURCE_CLI, SOURCE_URI, CallEvent, EventKind

    if args.command == "open":
        from desktop.telephony.uri import number_from_uri

        return CallEvent(EventKind.OUTGOING, normalize(number_from_uri(args.uri)), SOURCE_URI)
    kind = (EventKind.END if args.end else EventKind.OUTGOING if args.outgoing
            else EventKind.INCOMING)
    return CallEvent(kind, normalize(args.number), SOURCE_CLI)


def run_call_command(args: argparse.Namespace) -> int:
    try:
        event = event_from_args(args)
    except ValueError as exc:
        print(f"operator-desk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from desktop.telephony.events import EventKind
    from desktop.telephony.instance import send_event
    from desktop.telephony.launch import start_app

    if send_event(event):
        return 0
    if event.kind is not EventKind.END:
        start_app(args.db, [event])
    return 0
