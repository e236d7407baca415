"""Result buttons and roles: the settings supervisors edit, guarded by a version column."""

from __future__ import annotations

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.domain.buttons import ActionButton, action_from_dict, action_to_dict
from desktop.domain.crm_types import EntityType
from desktop.domain.roles import ClientField, Role
from desktop.storage.models import (
    ButtonActionRow,
    ButtonRow,
    RoleButtonRow,
    RoleFieldRow,
    RoleRow,
    RoleScriptRow,
    ScriptRow,
    UserRow,
)
from desktop.storage.repositories.common import (
    delete_row,
    flush_versioned,
    load_for_update,
    require_row,
)


class ButtonRepository:
    WHAT = "button"

    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self) -> list[ActionButton]:
        rows = self.session.scalars(select(ButtonRow).order_by(ButtonRow.position, ButtonRow.id))
        return [self._to_domain(row) for row in rows]

    def get(self, button_id: int) -> ActionButton:
        row = require_row(self.session, ButtonRow, button_id, self.WHAT)
        return self._to_domain(row)

    def find_id(self, title: str) -> int | None:
        return self.session.scalar(select(ButtonRow.id).where(ButtonRow.title == title))

    def save(self, button: ActionButton) -> ActionButton:
        """Validate and store; a new button goes to the end of the order."""
        button.validate()
        if button.id is None:
            position = (self.session.scalar(select(func.max(ButtonRow.position))) or 0) + 1
            row = ButtonRow(position=position)
            self.session.add(row)
        else:
            row = load_for_update(self.session, ButtonRow, button.id, button.version,
                                  self.WHAT, lambda r: r.title)
        row.title, row.color, row.shortcut = button.title, button.color, button.shortcut
        _bump_version(row)
        flush_versioned(self.session, self.WHAT, button.title)
        self.session.execute(delete(ButtonActionRow).where(ButtonActionRow.button_id == row.id))
        for index, action in enumerate(button.actions):
            data = action_to_dict(action)
            kind = data.pop("kind")
            self.session.add(ButtonActionRow(button_id=row.id, position=index, kind=kind,
                                             params=data))
        self.session.flush()
        button.id, button.version = row.id, row.version
        return button

    def delete(self, button_id: int) -> None:
        delete_row(self.session, ButtonRow, button_id, self.WHAT)

    def titles(self) -> dict[int, str]:
        return _pairs(self.session, select(ButtonRow.id, ButtonRow.title))

    def role_names(self) -> dict[int, list[str]]:
        """The names of the roles having each button, by button id, sorted by name."""
        rows = self.session.execute(
            select(RoleButtonRow.button_id, RoleRow.name)
            .join(RoleRow, RoleRow.id == RoleButtonRow.role_id).order_by(RoleRow.name))
        by_button: dict[int, list[str]] = {}
        for button_id, name in rows:
            by_button.setdefault(button_id, []).append(name)
        return by_button

    def role_ids_using(self, button_id: int) -> list[int]:
        return list(self.session.scalars(
            select(RoleButtonRow.role_id).where(RoleButtonRow.button_id == button_id)
            .order_by(RoleButtonRow.role_id)))

    def reorder(self, button_ids: list[int]) -> None:
        """Store the call-card order. A plain UPDATE on purpose: the order is not part of
        a button's content, so it must not make an open button editor conflict."""
        for position, button_id in enumerate(button_ids, start=1):
            self.session.execute(update(ButtonRow).where(ButtonRow.id == button_id)
                                 .values(position=position))
        self.session.flush()

    def _to_domain(self, row: ButtonRow) -> ActionButton:
        actions = self.session.scalars(
            select(ButtonActionRow).where(ButtonActionRow.button_id == row.id)
            .order_by(ButtonActionRow.position))
        return ActionButton(
            title=row.title, color=row.color, shortcut=row.shortcut, id=row.id,
            version=row.version,
            actions=[action_from_dict({"kind": a.kind, **a.params}) for a in actions],
        )


class RoleRepository:
    WHAT = "role"

    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self) -> list[Role]:
        rows = self.session.scalars(select(RoleRow).order_by(RoleRow.is_system.desc(),
                                                             RoleRow.name))
        return [self._to_domain(row) for row in rows]

    def get(self, role_id: int) -> Role:
        row = require_row(self.session, RoleRow, role_id, self.WHAT)
        return self._to_domain(row)

    def find_id(self, name: str) -> int | None:
        return self.session.scalar(select(RoleRow.id).where(RoleRow.name == name))

    def system_role(self) -> Role | None:
        row = self.session.scalars(select(RoleRow).where(RoleRow.is_system.is_(True))).first()
        return self._to_domain(row) if row else None

    def save(self, role: Role) -> Role:
        if role.id is None:
            row = RoleRow()
            self.session.add(row)
        else:
            row = load_for_update(self.session, RoleRow, role.id, role.version, self.WHAT,
                                  lambda r: r.name)
        row.name, row.is_system = role.name, role.is_system
        row.keep_card_open, row.may_manage_settings = role.keep_card_open, role.may_manage_settings
        row.result_required = role.result_required
        _bump_version(row)
        flush_versioned(self.session, self.WHAT, role.name)
        for table in (RoleFieldRow, RoleButtonRow, RoleScriptRow):
            self.session.execute(delete(table).where(table.role_id == row.id))
        self.session.add_all(
            RoleFieldRow(role_id=row.id, position=i, entity=f.entity.value, code=f.code,
                         editable=f.editable)
            for i, f in enumerate(role.client_fields))
        self.session.add_all(RoleButtonRow(role_id=row.id, button_id=b, position=i)
                             for i, b in enumerate(role.button_ids))
        self.session.add_all(RoleScriptRow(role_id=row.id, script_id=s, position=i)
                             for i, s in enumerate(role.script_ids))
        self.session.flush()
        role.id, role.version = row.id, row.version
        return role

    def delete(self, role_id: int) -> None:
        delete_row(self.session, RoleRow, role_id, self.WHAT)

    def names(self) -> dict[int, str]:
        return _pairs(self.session, select(RoleRow.id, RoleRow.name))

    def user_counts(self) -> dict[int, int]:
        """How many users (active or blocked) hold each role, by role id."""
        return _pairs(self.session, select(UserRow.role_id, func.count())
                      .where(UserRow.role_id.is_not(None)).group_by(UserRow.role_id))

    def summary_names(self, role: Role) -> tuple[list[str], list[str]]:
        """The titles of a role's buttons and the names of its scripts, in its order."""
        titles = _pairs(self.session, select(ButtonRow.id, ButtonRow.title)
                        .where(ButtonRow.id.in_(role.button_ids)))
        names = _pairs(self.session, select(ScriptRow.id, ScriptRow.name)
                       .where(ScriptRow.id.in_(role.script_ids)))
        return ([titles[b] for b in role.button_ids if b in titles],
                [names[s] for s in role.script_ids if s in names])

    def _to_domain(self, row: RoleRow) -> Role:
        def ordered(table):
            return self.session.scalars(
                select(table).where(table.role_id == row.id).order_by(table.position))

        return Role(
            name=row.name, keep_card_open=row.keep_card_open,
            may_manage_settings=row.may_manage_settings, result_required=row.result_required,
            is_system=row.is_system,
            id=row.id, version=row.version,
            client_fields=[ClientField(EntityType(f.entity), f.code, f.editable)
                           for f in ordered(RoleFieldRow)],
            button_ids=[b.button_id for b in ordered(RoleButtonRow)],
            script_ids=[s.script_id for s in ordered(RoleScriptRow)],
        )


def _bump_version(row: ButtonRow | RoleRow) -> None:
    """Make the flush UPDATE the row even when only its child rows changed (actions,
    fields, buttons, scripts): the version must move, or a stale save would not conflict."""
    if row.id is not None:
        flag_modified(row, "title" if isinstance(row, ButtonRow) else "name")


def _pairs(session: Session, query: Select) -> dict:
    """A two-column query as a dict of its first column to its second."""
    return {key: value for key, value in session.execute(query)}
