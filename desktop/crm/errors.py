"""Typed CRM errors, so callers (and the outbox) know whether to retry, fix or give up.

Messages are one sentence for people; ``field_errors`` says what is wrong with which
field so the call card can mark the offending inputs.
"""

from __future__ import annotations

from collections.abc import Mapping


class CrmError(Exception):
    """Base of every error a CRM gateway raises on purpose."""


class CrmUnavailable(CrmError):
    """The CRM cannot be reached or is busy right now; the same write may succeed later."""


class CrmAuthError(CrmError):
    """The CRM refused our credentials; retrying will not help until they are fixed."""


class CrmRejected(CrmError):
    """The CRM refused the request for good; nothing was written.

    ``field_errors`` maps a field code (``PHONE``, ``STAGE_ID``...) to what is wrong
    with its value.
    """

    def __init__(self, message: str, field_errors: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.field_errors: dict[str, str] = dict(field_errors or {})


class CrmNotFound(CrmRejected):
    """The item the request is about does not exist (any more)."""

    def __init__(self, entity: str, item_id: str) -> None:
        super().__init__(f"There is no {entity} with ID {item_id} in the CRM.")
        self.entity, self.item_id = entity, item_id


class InvalidPhoneError(CrmRejected, ValueError):
    """A text that cannot be read as a phone number."""

    def __init__(self, number: object) -> None:
        super().__init__(f"«{number}» is not a phone number.")
        self.number = number
