"""The operator's work on a call, kept in the database as it happens.

The call journal (the session with its path, typed values and client) is written on
every change, so a card survives a crash; a result is recorded with its CRM writes in
one transaction, so either both are kept or neither is; field saves and new leads go
through the outbox like every other CRM write. Every method is one short transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import phones
from desktop.crm.errors import CrmRejected, InvalidPhoneError
from desktop.crm.gateway import FieldMeta
from desktop.crm.outbox import CrmWrite, Outbox, WriteKind
from desktop.crm.values import MAX_STRING, check_values
from desktop.crm.writes import json_values
from desktop.domain.buttons import ActionButton
from desktop.domain.call import CallSession
from desktop.domain.crm_types import EntityType
from desktop.domain.roles import Role
from desktop.domain.versions import ScriptVersion
from desktop.services.results import NEW_LEAD_TITLE
from desktop.storage.database import Database
from desktop.storage.models import CallRow
from desktop.storage.repositories import ButtonRepository, CallRepository, ScriptRepository

NOTHING_TO_SAVE = "There is nothing to save."
VALUES_REFUSED = "Some values cannot be saved: see the marked fields."


class CallWork:
    """``CallWork(db, outbox)``: the journal, the role's scripts and buttons, and the
    writes a call makes."""

    def __init__(self, db: Database, outbox: Outbox, region: str = phones.DEFAULT_REGION
                 ) -> None:
        self.db, self.outbox, self.region = db, outbox, region

    # ---- the journal -----------------------------------------------------------------
    def save(self, call: CallSession) -> None:
        """Write the session as it is now: state, path, typed values, client, result."""
        with self.db.transaction() as session:
            CallRepository(session).save(call)

    def unfinished(self, operator_id: int) -> list[CallSession]:
        """This operator's calls never closed (the app was killed), oldest first."""
        with self.db.read() as session:
            calls = CallRepository(session)
            return [calls.get(call_id) for call_id in calls.unfinished(operator_id)]

    def last_used_scripts(self, operator_id: int) -> list[int]:
        """Script ids this operator ran, the most recent first, each once."""
        with self.db.read() as session:
            return CallRepository(session).last_used_scripts(operator_id)

    # ---- what the role offers ----------------------------------------------------------
    def scripts_for(self, role: Role) -> list[ScriptVersion]:
        """The latest published version of each of the role's scripts, in the role's
        order; a script never published (or deleted) is left out."""
        with self.db.read() as session:
            scripts = ScriptRepository(session)
            versions = (scripts.latest_published(script_id) for script_id in role.script_ids)
            return [version for version in versions if version is not None]

    def buttons_for(self, role: Role) -> list[ActionButton]:
        """The role's result buttons in the role's order (deleted ones left out)."""
        with self.db.read() as session:
            by_id = {b.id: b for b in ButtonRepository(session).list()}
        return [by_id[button_id] for button_id in role.button_ids if button_id in by_id]

    # ---- writes ----------------------------------------------------------------------
    def record_result(self, call: CallSession, button: ActionButton,
                      writes: Sequence[CrmWrite], at: datetime) -> list[int]:
        """Record the result on the session and queue its CRM writes, in ONE transaction:
        a failure keeps neither (and leaves ``call`` as it was)."""
        before = call.result_button_id, call.result_at
        call.record_result(button.id or 0, at)
        try:
            with self.db.transaction() as session:
                CallRepository(session).save(call)
                return self.outbox.enqueue(session, writes)
        except Exception:
            call.result_button_id, call.result_at = before
            raise

    def save_fields(self, call_id: str | None, entity: EntityType, item_id: str,
                    values: Mapping[str, Any], metas: Mapping[str, FieldMeta]) -> int:
        """Queue one save of the item's fields; returns the outbox entry's id.

        Every value is checked first: any bad one raises :class:`CrmRejected` with a
        message per field, and nothing is queued."""
        if not values:
            raise CrmRejected(NOTHING_TO_SAVE)
        clean, errors = check_values(metas, values, self.region, creating=False)
        if errors:
            raise CrmRejected(VALUES_REFUSED, errors)
        write = CrmWrite(WriteKind.UPDATE_FIELDS, entity, item_id,
                         {"values": json_values(clean)})
        return self._queue(call_id, write)

    def create_lead(self, call_id: str | None, name: str, number: str) -> tuple[int, str]:
        """Queue a new lead with the caller's name and number; returns (entry id, write
        key). Refuses a number that is not a phone number, nothing queued."""
        name = " ".join(name.split())
        errors = {}
        try:
            phones.normalize(number, self.region)
        except InvalidPhoneError as exc:
            errors["PHONE"] = str(exc)
        if len(name) > MAX_STRING:
            errors["NAME"] = f"Keep it under {MAX_STRING} characters."
        if errors:
            raise CrmRejected(VALUES_REFUSED, errors)
        values: dict[str, Any] = {
            "TITLE": name or NEW_LEAD_TITLE.format(number=phones.display(number, self.region)),
            "PHONE": [number.strip()], "SOURCE_ID": "CALL"}
        if name:
            values["NAME"] = name
        write = CrmWrite(WriteKind.CREATE_LEAD, EntityType.LEAD, "", {"values": values})
        return self._queue(call_id, write), write.key

    def _queue(self, call_id: str | None, write: CrmWrite) -> int:
        with self.db.transaction() as session:
            linked = CrmWrite(write.kind, write.entity, write.item_id, write.payload,
                              key=write.key, call_id=_known_call(session, call_id),
                              after_key=write.after_key)
            return self.outbox.enqueue(session, [linked])[0]


def _known_call(session: Session, call_id: str | None) -> str | None:
    """The call's id if the journal has it (a card may save before its first journal
    write; the write is queued all the same, just not linked to the call)."""
    if call_id is None:
        return None
    return session.scalar(select(CallRow.id).where(CallRow.id == call_id))
