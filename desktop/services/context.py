"""The services the windows get: narrow, built once at start-up (the composition root)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.accounts import AccountService
from desktop.services.calls import CallHistory
from desktop.services.scripts import ScriptService
from desktop.storage.database import Database


@dataclass
class Services:
    db_url: str
    db_label: str
    accounts: AccountService
    calls: CallHistory
    crm_kind: str  # "embedded" (later also "bitrix24"); the UI names it in its language

    db: Database | None = None
    scripts: ScriptService | None = None  # the settings window's Scripts tab and designer

    def close(self) -> None:
        if self.db is not None:
            self.db.dispose()

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(db_url=db.url, db_label=db.label, accounts=AccountService(db),
                   calls=CallHistory(db), crm_kind="embedded", db=db,
                   scripts=ScriptService(db))
