"""Phone numbers: one canonical form (E.164) for storing and matching.

Callers, PBXs and people write the same number many ways (``+7 999 123-45-67``,
``8 (999) 123 45 67``, ``9991234567``, ``tel:+79991234567``); the embedded CRM stores
and indexes E.164 so that all of them find the same client. A remote CRM keeps
whatever its users typed, so :func:`lookup_forms` lists the spellings worth asking for.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat

from desktop.crm.errors import InvalidPhoneError

__all__ = ["DEFAULT_REGION", "InvalidPhoneError", "display", "lookup_forms", "normalize"]

DEFAULT_REGION = "RU"

# URI schemes a softphone or a browser link may put in front of the number.
_URI_PREFIX = re.compile(r"^\s*(?:tel|callto|sip|sips)\s*:\s*(?://)?", re.IGNORECASE)
_MAX_INPUT = 64  # longer texts are not phone numbers, and parsing them wastes time


def parse(number: str, region: str = DEFAULT_REGION) -> PhoneNumber:
    """The parsed number, refused unless it is a valid number (``InvalidPhoneError``)."""
    if not isinstance(number, str) or not number.strip() or len(number) > _MAX_INPUT:
        raise InvalidPhoneError(number)
    text = _URI_PREFIX.sub("", number)
    text = text.split(";", 1)[0].split("@", 1)[0]  # tel: parameters, sip: host
    try:
        parsed = phonenumbers.parse(text, region.upper())
    except NumberParseException as exc:
        raise InvalidPhoneError(number) from exc
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidPhoneError(number)
    return parsed


def normalize(number: str, region: str = DEFAULT_REGION) -> str:
    """E.164 form (``+79991234567``); national numbers are read in ``region``."""
    return phonenumbers.format_number(parse(number, region), PhoneNumberFormat.E164)


def display(number: str, region: str = DEFAULT_REGION) -> str:
    """How people of ``region`` write the number: ``8 (999) 123-45-67`` for a Russian
    mobile in RU, the international form for a foreign one; unreadable text as given."""
    try:
        parsed = parse(number, region)
    except InvalidPhoneError:
        return number
    if phonenumbers.region_code_for_number(parsed) == region.upper():
        return phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL)


def lookup_forms(number: str, region: str = DEFAULT_REGION) -> list[str]:
    """Spellings a remote CRM may hold for the number, most likely first.

    E.164, E.164 without ``+``, and the national digits with and without the trunk
    prefix (``89991234567``, ``9991234567``).
    """
    parsed = parse(number, region)
    e164 = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
    national = phonenumbers.national_significant_number(parsed)
    formatted = phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
    with_prefix = re.sub(r"\D", "", formatted)
    forms = [e164, e164[1:], with_prefix, national]
    return list(dict.fromkeys(forms))
