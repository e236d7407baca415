"""Storage errors, each carrying one sentence a user can act on."""

from __future__ import annotations

from enum import StrEnum


class StorageError(Exception):
    """Base of the errors storage raises on purpose."""


class ConflictError(StorageError):
    """Someone saved the same item meanwhile; saving now would overwrite their change."""

    def __init__(self, what: str, name: str) -> None:
        super().__init__(
            f"The {what} «{name}» was changed by someone else since you opened it; "
            "reload it or save yours as a copy."
        )
        self.what, self.name = what, name


class NotFoundError(StorageError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"There is no {what} #{key}; it may have been deleted.")
        self.what, self.key = what, key


class DatabaseFault(StrEnum):
    """Why a database cannot be used, for windows that say it in their own language."""

    BUSY = "busy"  # locked by another program
    FILE = "file"  # the SQLite file cannot be opened (path, permissions)
    CONNECT = "connect"  # the server is down, unknown or unreachable
    LOGIN = "login"  # the server refused the user or password
    MISSING = "missing"  # no such database on the server
    OTHER = "other"


class DatabaseUnavailableError(StorageError):
    """The database cannot be reached or opened (server down, file locked, no access).

    ``fault`` says which; ``detail`` is the driver's own words, when they are all there is.
    """

    def __init__(self, message: str, fault: DatabaseFault = DatabaseFault.OTHER,
                 detail: str = "") -> None:
        super().__init__(message)
        self.fault, self.detail = fault, detail


class SchemaError(StorageError):
    """The database schema is not the one this version of the app works with."""


class NewerSchemaError(SchemaError):
    """The database was written by a newer version of the app."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"This database was created by a newer version of Operator Desk "
                         f"(schema {revision}); update the app to open it.")
        self.revision = revision


class ForeignTablesError(SchemaError):
    """The database holds tables of some other program."""

    def __init__(self) -> None:
        super().__init__("This database holds tables Operator Desk did not create; "
                         "choose an empty database or one made by Operator Desk.")


class ScriptInUseError(StorageError):
    """A script still assigned to roles; deleting it would take it from their operators."""

    def __init__(self, name: str, roles: list[str]) -> None:
        super().__init__(
            f"The script «{name}» is used by the roles {', '.join(roles)}; "
            "remove it from them first or confirm removing it from those roles."
        )
        self.name, self.roles = name, roles
