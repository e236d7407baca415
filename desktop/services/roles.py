"""Roles for the Roles tab and the role editor.

Anyone may read roles (the call card is built from one); every change needs a role that
manages settings and is written to the audit log. The system role (Supervisor) can be
renamed but not deleted, and always manages the settings; a role still held by users
cannot be deleted (:class:`~desktop.domain.roles.Roster` keeps both rules).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.audit import AuditAction, AuditEntity, Summary, role_summary
from desktop.domain.errors import RosterError
from desktop.domain.roles import ClientField, Role
from desktop.services.editing import clean_name, copy_name, name_key, restored_on_error
from desktop.services.permissions import Change, GuardedService
from desktop.storage.errors import NotFoundError
from desktop.storage.models import RoleRow
from desktop.storage.repositories import (
    ButtonRepository,
    PlanRepository,
    RoleRepository,
    ScriptRepository,
)

__all__ = ["RoleInfo", "RoleService", "take_from_roles"]

ROLE = AuditEntity.ROLE
NAME_LIMIT: int = RoleRow.__table__.c.name.type.length


@dataclass(frozen=True, slots=True)
class RoleInfo:
    """A row of the roles list: the role and how many users hold it."""

    role: Role
    user_count: int


class RoleService(GuardedService):
    """``RoleService(db, actor)``."""

    def list(self) -> list[RoleInfo]:
        """The system role first, then the others by name."""
        with self.db.read() as session:
            roles = RoleRepository(session)
            counts = roles.user_counts()
            return [RoleInfo(r, counts.get(r.id, 0)) for r in roles.list()]

    def get(self, role_id: int) -> Role:
        with self.db.read() as session:
            return RoleRepository(session).get(role_id)

    def save(self, role: Role) -> Role:
        """Store a new or edited role; updates its id and version.

        The name is required and unique (ignoring case and spacing); buttons and scripts
        must exist. Whether a role is the system role is not the editor's to change, and
        the system role always manages the settings. Raises ConflictError when the stored
        role changed since ``role`` was loaded.
        """
        role.name = _clean_name(role.name)
        with restored_on_error(role), self.change() as change:
            roles = RoleRepository(change.session)
            _require_free(roles, role)
            stored = roles.get(role.id) if role.id is not None else None
            role.is_system = stored.is_system if stored else False
            if role.is_system:
                role.may_manage_settings = True
            _check_references(change, role)
            before = _summary(roles, stored) if stored else None
            roles.save(role)
            _audit(change, AuditAction.UPDATED if stored else AuditAction.CREATED, role,
                   before, _summary(roles, role))
            return role

    def duplicate(self, role_id: int) -> Role:
        """A copy «<name> (копия)» with the same settings, fields, buttons and scripts;
        never the system role, held by nobody."""
        with self.change() as change:
            roles = RoleRepository(change.session)
            copy = roles.get(role_id)
            source = copy.name
            copy.id, copy.version, copy.is_system = None, 0, False
            copy.name = copy_name(copy.name, roles.names().values(), NAME_LIMIT)
            roles.save(copy)
            _audit(change, AuditAction.DUPLICATED, copy, {"name": source},
                   _summary(roles, copy))
            return copy

    def delete(self, role_id: int) -> None:
        """Refused for the system role (SystemRoleError) and for a role users still hold
        (RosterError naming them)."""
        with self.change() as change:
            roles = RoleRepository(change.session)
            role = roles.get(role_id)
            PlanRepository(change.session).roster(lock=True).remove_role(role_id)
            before = _summary(roles, role)
            roles.delete(role_id)
            _audit(change, AuditAction.DELETED, role, before, None)


def take_from_roles(change: Change, role_ids: list[int], *, button_id: int | None = None,
                    script_id: int | None = None) -> list[str]:
    """Take a button or a script out of these roles (each role's version moves, so an
    open role editor conflicts), auditing each role. Returns their names, sorted."""
    roles = RoleRepository(change.session)
    names = []
    for role_id in role_ids:
        role = roles.get(role_id)
        before = _summary(roles, role)
        role.button_ids = [b for b in role.button_ids if b != button_id]
        role.script_ids = [s for s in role.script_ids if s != script_id]
        roles.save(role)
        _audit(change, AuditAction.UPDATED, role, before, _summary(roles, role))
        names.append(role.name)
    return sorted(names)


def _clean_name(name: str) -> str:
    name = clean_name(name, "Enter the role's name.")
    if len(name) > NAME_LIMIT:
        raise ValueError(f"A role's name holds at most {NAME_LIMIT} characters.")
    return name


def _require_free(roles: RoleRepository, role: Role) -> None:
    key = name_key(role.name)
    if any(name_key(name) == key for rid, name in roles.names().items() if rid != role.id):
        raise RosterError(f"A role named «{role.name}» already exists.")


def _check_references(change: Change, role: Role) -> None:
    """Buttons and scripts must exist; repeats are dropped (the order of first mention
    stays), since a role lists each field, button and script once."""
    role.button_ids = list(dict.fromkeys(role.button_ids))
    role.script_ids = list(dict.fromkeys(role.script_ids))
    fields: dict[tuple[str, str], ClientField] = {}
    for f in role.client_fields:
        fields.setdefault((f.entity.value, f.code), f)
    role.client_fields = list(fields.values())
    buttons = ButtonRepository(change.session).titles()
    scripts = ScriptRepository(change.session).names()
    for what, wanted, known in (("button", role.button_ids, buttons),
                                ("script", role.script_ids, scripts)):
        for item_id in wanted:
            if item_id not in known:
                raise NotFoundError(what, item_id)


def _summary(roles: RoleRepository, role: Role) -> Summary:
    return role_summary(role, *roles.summary_names(role))


def _audit(change: Change, action: AuditAction, role: Role, before: Summary | None,
           after: Summary | None) -> None:
    change.audit(action, ROLE, role.id, role.name, before, after)
