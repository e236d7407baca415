"""Result buttons for the Buttons tab, the role editor and the call card.

Anyone may read the buttons (operators press them); every change needs a role that
manages settings (checked in the change's own transaction) and is written to the audit
log. Saves are optimistic like scripts: a stale button raises ConflictError. The order
of the list is the order of the call card.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.crm.fields import CATALOG
from desktop.domain.audit import AuditAction, AuditEntity, button_summary
from desktop.domain.buttons import ActionButton
from desktop.domain.crm_types import EntityType
from desktop.domain.errors import ButtonError, TemplateError
from desktop.domain.templates import BUILTIN_VARIABLES, unknown_variables
from desktop.services.editing import copy_name, name_key, restored_on_error
from desktop.services.permissions import Change, GuardedService
from desktop.services.roles import take_from_roles
from desktop.storage.models import ButtonRow
from desktop.storage.repositories import ButtonRepository

__all__ = ["ButtonInfo", "ButtonService", "known_variables"]

BUTTON = AuditEntity.BUTTON
TITLE_LIMIT: int = ButtonRow.__table__.c.title.type.length


@dataclass(frozen=True, slots=True)
class ButtonInfo:
    """A row of the Buttons tab: the button and the names of the roles that have it."""

    button: ActionButton
    roles: list[str]


def known_variables() -> list[str]:
    """Every variable a template may use: the CRM's fields of the four entities, then
    the operator's and the call's."""
    fields = [f"{entity.value}.{meta.code}" for entity in EntityType
              for meta in CATALOG[entity]]
    return fields + sorted(BUILTIN_VARIABLES)


class ButtonService(GuardedService):
    """``ButtonService(db, actor)``."""

    # ---- reading -----------------------------------------------------------------------
    def list(self) -> list[ButtonInfo]:
        """Every button in call-card order, with the roles having it."""
        with self.db.read() as session:
            buttons = ButtonRepository(session)
            roles = buttons.role_names()
            return [ButtonInfo(b, roles.get(b.id, [])) for b in buttons.list()]

    def get(self, button_id: int) -> ActionButton:
        with self.db.read() as session:
            return ButtonRepository(session).get(button_id)

    def known_variables(self) -> list[str]:
        return known_variables()

    def validate_templates(self, button: ActionButton) -> list[str]:
        """The unknown variables the button's templates use, in order, without repeats.
        A template written wrong (e.g. ``{{contact.NAME}`` ) raises TemplateError."""
        known = known_variables()
        unknown: dict[str, None] = {}
        for template in button.templates():
            unknown.update(dict.fromkeys(unknown_variables(template, known)))
        return list(unknown)

    # ---- writing -----------------------------------------------------------------------
    def save(self, button: ActionButton) -> ActionButton:
        """Store a new or edited button; updates its id and version.

        Refused with ButtonError when it cannot work (no action, no status chosen...),
        when a template uses a variable that does not exist, or when another button has
        its shortcut; with ConflictError when the stored button changed meanwhile.
        """
        button.title = button.title.strip()
        self._check(button)
        with restored_on_error(button), self.change() as change:
            buttons = ButtonRepository(change.session)
            _check_shortcut(buttons, button)
            before = button_summary(buttons.get(button.id)) if button.id else None
            buttons.save(button)
            action = AuditAction.UPDATED if before else AuditAction.CREATED
            _audit(change, action, button, before, button_summary(button))
            return button

    def duplicate(self, button_id: int) -> ActionButton:
        """A copy «<title> (копия)» at the end of the order, without a shortcut (two
        buttons cannot share one) and in no role."""
        with self.change() as change:
            buttons = ButtonRepository(change.session)
            copy = buttons.get(button_id)
            source = copy.title
            copy.id, copy.version, copy.shortcut = None, 0, ""
            copy.title = copy_name(copy.title, buttons.titles().values(), TITLE_LIMIT)
            buttons.save(copy)
            _audit(change, AuditAction.DUPLICATED, copy, {"title": source},
                   button_summary(copy))
            return copy

    def delete(self, button_id: int) -> list[str]:
        """Delete a button, taking it out of every role that has it (their versions move,
        so an open role editor conflicts). Returns the names of those roles."""
        with self.change() as change:
            buttons = ButtonRepository(change.session)
            button = buttons.get(button_id)
            lost = take_from_roles(change, buttons.role_ids_using(button_id),
                                   button_id=button_id)
            buttons.delete(button_id)
            _audit(change, AuditAction.DELETED, button,
                   {**button_summary(button), "roles": lost}, None)
            return lost

    def move(self, button_id: int, new_index: int) -> None:
        """Put a button at ``new_index`` of the call-card order (clamped to the list)."""
        with self.change() as change:
            buttons = ButtonRepository(change.session)
            order = [b.id for b in buttons.list()]
            button = buttons.get(button_id)
            old_index = order.index(button_id)
            order.remove(button_id)
            new_index = max(0, min(new_index, len(order)))
            order.insert(new_index, button_id)
            if new_index == old_index:
                return
            buttons.reorder(order)
            _audit(change, AuditAction.REORDERED, button, {"position": old_index + 1},
                   {"position": new_index + 1})

    def _check(self, button: ActionButton) -> None:
        button.validate()
        try:
            unknown = self.validate_templates(button)
        except TemplateError as exc:
            raise ButtonError(f"The button «{button.title}»: {exc}") from exc
        if unknown:
            shown = ", ".join("{{" + name + "}}" for name in unknown)
            raise ButtonError(f"The button «{button.title}» uses unknown variables: {shown}."
                              if len(unknown) > 1 else
                              f"The button «{button.title}» uses an unknown variable: {shown}.")
        if len(button.title) > TITLE_LIMIT:
            raise ButtonError(f"A button title holds at most {TITLE_LIMIT} characters.")


def _check_shortcut(buttons: ButtonRepository, button: ActionButton) -> None:
    key = name_key(button.shortcut)
    if not key:
        return
    for other in buttons.list():
        if other.id != button.id and name_key(other.shortcut) == key:
            raise ButtonError(f"The shortcut {button.shortcut} is already used by the button "
                              f"«{other.title}».")


def _audit(change: Change, action: AuditAction, button: ActionButton, before, after) -> None:
    change.audit(action, BUTTON, button.id, button.title, before, after)
