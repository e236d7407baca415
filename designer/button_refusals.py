"""What the Buttons tab and the button editor say when a button is refused.

The rules live in the domain (``ActionButton.validate``) and the service; their own
messages are English sentences for logs and the command line. Here each becomes a
sentence in the interface language that also says what to do. A message this table
does not know is shown as the domain wrote it, so nothing is ever hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from designer.roster_errors import general_text
from desktop.domain.errors import ButtonError, UnknownVariableError
from desktop.storage.errors import ConflictError, NotFoundError

translate = QCoreApplication.translate


def _refusals() -> list[tuple[re.Pattern[str], str]]:
    """(the domain's or the service's message, ours with %1, %2 = what it names)."""
    return [
        (re.compile(r"^A button needs a title\.$"), translate(
            "ButtonRefusals", "Enter the button's title: it is the text the operator sees.")),
        (re.compile(r"^The button «(.*)» has no action\.$"), translate(
            "ButtonRefusals",
            "The button «%1» has no action. Add at least one with «Add action».")),
        (re.compile(r"^The button «(.*)»: choose the lead status to set\.$"), translate(
            "ButtonRefusals", "The button «%1»: choose the lead status to set.")),
        (re.compile(r"^The button «(.*)»: choose the deal stage to set\.$"), translate(
            "ButtonRefusals", "The button «%1»: choose the deal stage to set.")),
        (re.compile(r"^The button «(.*)»: Cannot read the deadline «(.*?)»: ", re.DOTALL),
         translate("ButtonRefusals",
                   "The button «%1»: cannot read the deadline «%2». Write it like «+2 hours», "
                   "«+1 day at 10:00», «tomorrow at 10:00» or «next working day at 9:30».")),
        (re.compile(r"^The button «(.*)» changes the lead status twice\.$"), translate(
            "ButtonRefusals",
            "The button «%1» changes the lead status twice. Keep one «Change lead status» "
            "action.")),
        (re.compile(r"^The button «(.*)» changes the deal stage twice\.$"), translate(
            "ButtonRefusals",
            "The button «%1» changes the deal stage twice. Keep one «Change deal stage» "
            "action.")),
        (re.compile(r"^The button «(.*)» uses (?:an )?unknown variables?: (.*)\.$"), translate(
            "ButtonRefusals",
            "The button «%1» uses unknown variables: %2. Fix them or insert variables from "
            "the menu next to each field.")),
        (re.compile(r"^The button «(.*)»: A variable is written wrong"), translate(
            "ButtonRefusals",
            "The button «%1»: a variable is written wrong. Write it like {{contact.NAME}}.")),
        (re.compile(r"^The shortcut (.*) is already used by the button «(.*)»\.$"), translate(
            "ButtonRefusals",
            "The shortcut %1 already belongs to the button «%2». Choose another one, or "
            "clear it.")),
        (re.compile(r"^A button title holds at most (\d+) characters\.$"), translate(
            "ButtonRefusals", "A button title holds at most %1 characters; shorten it.")),
    ]


def refusal_text(exc: ButtonError) -> str:
    """The domain's refusal in the interface language."""
    message = str(exc)
    for pattern, text in _refusals():
        match = pattern.match(message)
        if match:
            for number, value in enumerate(match.groups(), start=1):
                text = text.replace(f"%{number}", value)
            return text
    return message


def unknown_variables_text(names: list[str]) -> str:
    shown = ", ".join("{{" + name + "}}" for name in names)
    if len(names) == 1:
        text = translate("ButtonRefusals",
                         "The template uses an unknown variable %1. Fix it or insert a "
                         "variable from the menu next to the field.")
    else:
        text = translate("ButtonRefusals",
                         "The templates use unknown variables %1. Fix them or insert variables "
                         "from the menu next to each field.")
    return text.replace("%1", shown)


def shortcut_taken_text(shortcut: str, title: str) -> str:
    return translate("ButtonRefusals",
                     "The shortcut %1 already belongs to the button «%2». Choose another one, "
                     "or clear it.").replace("%1", shortcut).replace("%2", title)


def describe(exc: Exception) -> str:
    """One sentence for anything the button service refused."""
    if isinstance(exc, UnknownVariableError):
        return unknown_variables_text(exc.names)
    if isinstance(exc, ButtonError):
        return refusal_text(exc)
    if isinstance(exc, ConflictError):
        return translate("ButtonRefusals",
                         "The button «%1» was changed by someone else meanwhile. Close this "
                         "window and open the button again to see their version.").replace(
            "%1", exc.name)
    if isinstance(exc, NotFoundError):
        return translate("ButtonRefusals",
                         "This button no longer exists; someone may have deleted it.")
    return general_text(exc)
