"""What a CRM said went wrong, in the interface language.

The CRM gateways explain their refusals in English sentences, for logs, the command line
and the outbox's record (they must not depend on the window's language, and an outbox
entry outlives a language switch). Windows show them through :func:`crm_error_text`
and :func:`field_errors_in_language`, which read each sentence against the gateways' own
patterns and say it again in the interface language. ``%N`` in a pattern stands for
what the sentence names (a portal, an ID, the portal's own words), carried over as is;
a sentence no pattern knows is shown as it came, so nothing is ever hidden.

``tests/unit/test_crm_error_texts.py`` checks that every sentence the gateways can
raise is known here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.crm_types import EntityType
from desktop.ui.formatting import entity_name

__all__ = ["PATTERNS", "crm_error_text", "field_errors_in_language", "field_errors_text"]

CONTEXT = "CrmErrors"

PATTERNS: tuple[str, ...] = (
    # the Bitrix24 client: the portal away, busy or refusing
    QT_TRANSLATE_NOOP("CrmErrors", "Bitrix24 (%1) cannot be reached."),
    QT_TRANSLATE_NOOP("CrmErrors", "Bitrix24 (%1) did not answer in time."),
    QT_TRANSLATE_NOOP("CrmErrors", "The connection to Bitrix24 (%1) broke off."),
    QT_TRANSLATE_NOOP("CrmErrors", "Bitrix24 (%1) is having trouble (HTTP %2)."),
    QT_TRANSLATE_NOOP("CrmErrors", "Bitrix24 (%1) is having trouble (%2)."),
    QT_TRANSLATE_NOOP("CrmErrors", "Bitrix24 (%1) sent an answer that is not JSON (HTTP %2)."),
    QT_TRANSLATE_NOOP("CrmErrors", "Bitrix24 (%1) asks to slow down: too many requests."),
    QT_TRANSLATE_NOOP("CrmErrors",
                      "Bitrix24 (%1) paused this kind of request for a while (operation "
                      "time limit)."),
    QT_TRANSLATE_NOOP("CrmErrors", "Bitrix24 (%1) refused the webhook or token: %2."),
    QT_TRANSLATE_NOOP("CrmErrors",
                      "The Bitrix24 webhook may not do this (%1); give it the crm, task and "
                      "user scopes."),
    QT_TRANSLATE_NOOP("CrmErrors", "Bitrix24 denied access: %1."),
    QT_TRANSLATE_NOOP("CrmErrors", "Bitrix24 refused the request: %1."),
    QT_TRANSLATE_NOOP("CrmErrors", "Bitrix24 did not return the item it saved."),
    QT_TRANSLATE_NOOP("CrmErrors",
                      "This computer has no Bitrix24 webhook secret: enter the webhook "
                      "address in Settings → CRM."),
    QT_TRANSLATE_NOOP("CrmErrors",
                      "The fields of the CRM are still being read; try again in a moment."),
    # any CRM
    QT_TRANSLATE_NOOP("CrmErrors", "There is no %1 with ID %2 in the CRM."),
    QT_TRANSLATE_NOOP("CrmErrors", "The CRM did not accept some values. %1"),
    QT_TRANSLATE_NOOP("CrmErrors", "This write cannot be read (%1); discard it."),
    QT_TRANSLATE_NOOP("CrmErrors", "The change conflicts with data already in the CRM."),
    QT_TRANSLATE_NOOP("CrmErrors",
                      "The CRM database is busy or unreachable; try again in a moment."),
    QT_TRANSLATE_NOOP("CrmErrors", "The connection to the CRM database was lost."),
    QT_TRANSLATE_NOOP("CrmErrors", "This write key was already used for a different change."),
    QT_TRANSLATE_NOOP("CrmErrors", "Unexpected error: %1"),
    # one field's value
    QT_TRANSLATE_NOOP("CrmErrors", "There is no field %1."),
    QT_TRANSLATE_NOOP("CrmErrors", "The field «%1» cannot be changed."),
    QT_TRANSLATE_NOOP("CrmErrors", "The field «%1» is required."),
    QT_TRANSLATE_NOOP("CrmErrors", "The field «%1» takes one value."),
    QT_TRANSLATE_NOOP("CrmErrors", "Enter text."),
    QT_TRANSLATE_NOOP("CrmErrors", "Keep it under %1 characters."),
    QT_TRANSLATE_NOOP("CrmErrors", "This cannot be empty."),
    QT_TRANSLATE_NOOP("CrmErrors", "Enter a whole number."),
    QT_TRANSLATE_NOOP("CrmErrors", "Enter an amount such as 15000 or 1 500,50."),
    QT_TRANSLATE_NOOP("CrmErrors", "Enter an amount from 0 to 9 999 999 999 999."),
    QT_TRANSLATE_NOOP("CrmErrors", "Enter a date such as 31.03.2025 or 2025-03-31."),
    QT_TRANSLATE_NOOP("CrmErrors", "Enter a date and time such as 2025-03-31 10:00."),
    QT_TRANSLATE_NOOP("CrmErrors", "«%1» is not one of the values of «%2»."),
    QT_TRANSLATE_NOOP("CrmErrors", "There is no pipeline %1."),
    QT_TRANSLATE_NOOP("CrmErrors", "«%1» is not an item ID."),
    QT_TRANSLATE_NOOP("CrmErrors", "Enter a phone number."),
    QT_TRANSLATE_NOOP("CrmErrors", "«%1» is not a phone number."),
    QT_TRANSLATE_NOOP("CrmErrors", "«%1» is not an e-mail address."),
    QT_TRANSLATE_NOOP("CrmErrors", "There is no %1 with ID %2."),
    QT_TRANSLATE_NOOP("CrmErrors", "This stage belongs to another pipeline than the deal's."),
    QT_TRANSLATE_NOOP("CrmErrors", "Choose the date and time."),
    QT_TRANSLATE_NOOP("CrmErrors", "Enter a duration from 1 minute to 7 days."),
)

# "CODE: problem" pieces of "The CRM did not accept some values. …", one after another.
_FIELD_PIECE = re.compile(r"(?:^|(?<=\s))([A-Za-z][A-Za-z0-9_]*): ")


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each pattern as a regular expression; longer (more specific) patterns first."""
    compiled = []
    for pattern in sorted(PATTERNS, key=len, reverse=True):
        parts = re.split(r"(%\d)", pattern)
        regex = "".join(f"(?P<p{p[1]}>.+?)" if re.fullmatch(r"%\d", p) else re.escape(p)
                        for p in parts)
        compiled.append((re.compile(f"^{regex}$", re.DOTALL), pattern))
    return tuple(compiled)


def _entity_text(code: str) -> str:
    try:
        return entity_name(EntityType(code)).lower()
    except ValueError:
        return code


def crm_error_text(error: BaseException | str) -> str:
    """The sentence a CRM error (or its recorded message) says, in the interface language."""
    message = " ".join(str(error).split())
    for regex, pattern in _compiled():
        found = regex.match(message)
        if found is None:
            continue
        values = {f"%{name[1:]}": value for name, value in found.groupdict().items()}
        if pattern == "The CRM did not accept some values. %1":
            values["%1"] = field_errors_text(_split_fields(values["%1"]))
        elif pattern.startswith("There is no %1 with ID %2"):
            values["%1"] = _entity_text(values["%1"])
        text = QCoreApplication.translate(CONTEXT, pattern)
        for key, value in values.items():
            text = text.replace(key, value)
        return text
    return message


def field_errors_in_language(field_errors: Mapping[str, str]) -> dict[str, str]:
    """Each field's problem, as the CRM said it, in the interface language."""
    return {code: crm_error_text(problem) for code, problem in field_errors.items()}


def field_errors_text(field_errors: Mapping[str, str]) -> str:
    """«CODE: problem» for each field, the problems in the interface language."""
    return " ".join(f"{code}: {problem}" if code else problem
                    for code, problem in field_errors_in_language(field_errors).items())


def _split_fields(detail: str) -> dict[str, str]:
    """"STAGE_ID: a problem. PHONE: another." -> {"STAGE_ID": …, "PHONE": …}."""
    marks = list(_FIELD_PIECE.finditer(detail))
    if not marks or marks[0].start() != 0:
        return {"": detail} if detail else {}
    pieces = {}
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        end = after.start() if after is not None else len(detail)
        pieces[mark.group(1)] = detail[mark.end():end].strip()
    return pieces
