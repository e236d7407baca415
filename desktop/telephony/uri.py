"""The phone number inside a ``tel:``, ``callto:`` or ``sip:`` link.

Browsers and CRMs hand the app whatever their page held: RFC 3966 numbers with visual
separators (``tel:+7-999-123-45-67``), parameters (``;ext=12``, ``;phone-context=``),
percent-encoded spaces, Skype-style ``callto://`` and SIP addresses whose user part is
a number (``sip:+79991234567@pbx;user=phone``). This module only takes the number out;
whether it is a real phone number is for :mod:`desktop.crm.phones` to say.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

__all__ = ["SCHEMES", "number_from_uri"]

SCHEMES = ("tel", "callto", "sip", "sips")
_SEPARATORS = re.compile(r"[\s\-.()/\[\]]")  # RFC 3966 visual separators, and spaces
_NUMBER = re.compile(r"\+?\d{2,20}")
_MAX_URI = 256


def number_from_uri(uri: str) -> str:
    """The dialable digits of ``uri`` (``+`` kept): ``tel:+7 (999) 123-45-67;ext=1`` gives
    ``+79991234567``. ``ValueError`` with a sentence for people when there is none."""
    shown = uri.strip()[:80]
    text = unquote(uri).strip()
    scheme, colon, rest = text.partition(":")
    if not colon or scheme.strip().lower() not in SCHEMES or len(text) > _MAX_URI:
        raise ValueError(f"«{shown}» is not a tel:, callto: or sip: link.")
    scheme = scheme.strip().lower()
    rest = rest.strip().lstrip("/")
    if scheme in ("sip", "sips"):
        number, params = _sip_user(rest)
    else:
        number, _, tail = rest.partition(";")
        number = number.split("?", 1)[0]
        params = _params(tail)
    digits = _SEPARATORS.sub("", number)
    context = _SEPARATORS.sub("", params.get("phone-context", ""))
    if digits and not digits.startswith("+") and context.startswith("+"):
        digits = context + digits  # a local number in a global context (RFC 3966 5.1.5)
    if not _NUMBER.fullmatch(digits):
        raise ValueError(f"The link «{shown}» holds no phone number.")
    return digits


def _sip_user(rest: str) -> tuple[str, dict[str, str]]:
    """``user[:password][;params]@host...``: the user part is the number, if any."""
    user, at, _host = rest.partition("@")
    if not at:
        user = rest.split(";", 1)[0]  # sip:+7999... without a host
    user, _, tail = user.partition(";")
    return user.split(":", 1)[0], _params(tail)


def _params(tail: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in tail.split(";"):
        name, _, value = item.partition("=")
        if name.strip():
            params[name.strip().lower()] = value.strip()
    return params
