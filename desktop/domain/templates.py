"""Template variables such as ``{{contact.NAME}}`` filled from the client's data.

A variable is ``{{namespace.NAME}}``: the namespace is a CRM entity (lead, deal,
contact, company) or ``operator`` / ``call``. Whether a variable exists is checked
against what the CRM can hold (the known set), not against one client's values: a
known variable with no value for this client renders as empty text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from desktop.domain.errors import TemplateError, UnknownVariableError

VARIABLE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_BRACES = re.compile(r"\{\{|\}\}")

# Variables every template may use whatever the CRM holds.
BUILTIN_VARIABLES = frozenset({
    "operator.name", "operator.username", "call.number", "call.direction", "call.date",
    "call.time",
})

Values = Mapping[str, Mapping[str, Any]]


def variables(template: str) -> list[str]:
    """The variables a template uses, in order, without repeats."""
    _check_syntax(template)
    seen: dict[str, None] = {}
    for namespace, name in VARIABLE.findall(template):
        seen[f"{namespace}.{name}"] = None
    return list(seen)


def unknown_variables(template: str, known: Iterable[str]) -> list[str]:
    known_set = set(known) | BUILTIN_VARIABLES
    return [v for v in variables(template) if v not in known_set]


def check(template: str, known: Iterable[str]) -> None:
    unknown = unknown_variables(template, known)
    if unknown:
        raise UnknownVariableError(unknown)


def render(template: str, values: Values, known: Iterable[str] | None = None) -> str:
    """Fill the variables from ``values`` ({"contact": {"NAME": "Анна"}, ...}).

    With ``known`` given, a variable outside it raises :class:`UnknownVariableError`;
    without it, every variable must have a namespace present in ``values``.
    """
    if known is not None:
        check(template, known)
    else:
        missing = [v for v in variables(template)
                   if v.split(".", 1)[0] not in values and v not in BUILTIN_VARIABLES]
        if missing:
            raise UnknownVariableError(missing)

    def fill(match: re.Match[str]) -> str:
        value = values.get(match.group(1), {}).get(match.group(2))
        if value is None:
            return ""
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        return str(value)

    return VARIABLE.sub(fill, template)


def _check_syntax(template: str) -> None:
    stripped = VARIABLE.sub("", template)
    if _BRACES.search(stripped):
        raise TemplateError(
            "A variable is written wrong: use {{entity.FIELD}}, e.g. {{contact.NAME}}."
        )
