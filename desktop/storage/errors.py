"""Storage errors, each carrying one sentence a user can act on."""

from __future__ import annotations


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


class DatabaseUnavailableError(StorageError):
    """The database cannot be reached or opened (server down, file locked, no access)."""


class SchemaError(StorageError):
    """The database schema is not the one this version of the app works with."""


class ScriptInUseError(StorageError):
    """A script still assigned to roles; deleting it would take it from their operators."""

    def __init__(self, name: str, roles: list[str]) -> None:
        super().__init__(
            f"The script «{name}» is used by the roles {', '.join(roles)}; "
            "remove it from them first or confirm removing it from those roles."
        )
        self.name, self.roles = name, roles
