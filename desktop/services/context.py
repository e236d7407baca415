"""The services the windows get: narrow, built once at start-up (the composition root).

``Services`` is what exists before anyone signs in: accounts, call history, and the
settings services acting as nobody (they read what every operator may read and refuse
every change). After sign-in, :meth:`Services.for_user` hands out the same services
bound to that user; the settings window works only with those.

The app starts with :meth:`Services.for_sign_in` (what the login window needs) and
calls :meth:`Services.complete` once someone signs in, so the first window does not
wait for the script graph library, the CRM or the call machinery to load.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.services.accounts import AccountService, SignedIn
from desktop.services.calls import CallHistory
from desktop.storage.database import Database

if TYPE_CHECKING:
    from desktop.crm.gateway import CrmGateway
    from desktop.crm.outbox import Outbox
    from desktop.services.audit import AuditService
    from desktop.services.buttons import ButtonService
    from desktop.services.call_work import CallWork
    from desktop.services.roles import RoleService
    from desktop.services.scripts import ScriptService
    from desktop.services.users import UserService


@dataclass(frozen=True)
class BoundServices:
    """The settings services acting as one signed-in user: each change they make is
    checked against that user's role as stored at that moment, and audited."""

    actor: SignedIn
    scripts: ScriptService
    buttons: ButtonService
    roles: RoleService
    users: UserService
    audit: AuditService

    @classmethod
    def open(cls, db: Database, actor: SignedIn) -> BoundServices:
        return cls(actor, *_settings_services(db, actor))


def _settings_services(db: Database, actor: SignedIn | None) -> tuple[
        ScriptService, ButtonService, RoleService, UserService, AuditService]:
    """Scripts, buttons, roles, users and audit services acting as ``actor`` (or nobody)."""
    from desktop.services.audit import AuditService
    from desktop.services.buttons import ButtonService
    from desktop.services.roles import RoleService
    from desktop.services.scripts import ScriptService
    from desktop.services.users import UserService

    return (ScriptService(db, actor), ButtonService(db, actor), RoleService(db, actor),
            UserService(db, actor), AuditService(db, actor))


@dataclass
class Services:
    db_url: str
    db_label: str
    accounts: AccountService
    calls: CallHistory
    crm_kind: str  # "embedded" or "bitrix24"; the UI names it in its language

    db: Database | None = None
    # Acting as nobody: reading only. Tests without a database put stand-ins here, and
    # for_user hands those out as they are.
    scripts: ScriptService | None = None
    buttons: ButtonService | None = None
    roles: RoleService | None = None
    users: UserService | None = None
    audit: AuditService | None = None
    # The call card's back end: the CRM, the outbox of CRM writes and the call journal.
    crm: CrmGateway | None = None
    outbox: Outbox | None = None
    call_work: CallWork | None = None

    def close(self) -> None:
        self.close_crm()
        if self.db is not None:
            self.db.dispose()

    def use_crm(self, crm: CrmGateway, kind: str) -> None:
        """Work with ``crm`` from now on (sign-in builds the CRM Settings → CRM chose)."""
        if crm is not self.crm:
            self.close_crm()
        self.crm, self.crm_kind = crm, kind

    def close_crm(self) -> None:
        """Let go of a remote CRM's connections (the embedded one holds none of its own)."""
        close = getattr(self.crm, "close", None)
        if callable(close):
            close()

    def for_user(self, signed_in: SignedIn) -> BoundServices:
        """The settings services acting as ``signed_in``."""
        if self.db is not None:
            return BoundServices.open(self.db, signed_in)
        return BoundServices(signed_in, self.scripts, self.buttons, self.roles,  # type: ignore[arg-type]
                             self.users, self.audit)

    @classmethod
    def for_database(cls, db: Database) -> Services:
        services = cls.for_sign_in(db)
        services.complete()
        return services

    @classmethod
    def for_sign_in(cls, db: Database) -> Services:
        """What the login window needs; :meth:`complete` adds the rest after sign-in."""
        return cls(db_url=db.url, db_label=db.label, accounts=AccountService(db),
                   calls=CallHistory(db), crm_kind="embedded", db=db)

    def complete(self) -> None:
        """Build the settings services and the call card's back end (once; a no-op on
        services without a database, which tests fill in themselves)."""
        db = self.db
        if db is None or self.call_work is not None:
            return
        from desktop.crm.embedded import EmbeddedCrm
        from desktop.crm.outbox import Outbox
        from desktop.services.call_work import CallWork

        self.scripts, self.buttons, self.roles, self.users, self.audit = \
            _settings_services(db, None)
        if self.crm is None:
            self.crm = EmbeddedCrm(db.engine)
        self.outbox = Outbox(db)
        self.call_work = CallWork(db, self.outbox)
