"""Why the database did not open, in the interface language.

Storage explains its refusals in English sentences, for the command line and logs; the
login window says the same through :func:`database_error_text`, by the kind of fault
storage names (``DatabaseFault``, the schema errors), with the database's label.
Anything else is shown with its own words, so nothing is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("DatabaseErrors", "...")


def database_error_text(exc: BaseException, label: str) -> str:
    """One sentence (two at most) on ``exc``, raised opening the database at ``label``."""
    from desktop.locations import DatabaseUrlError
    from desktop.storage.errors import (
        DatabaseFault,
        DatabaseUnavailableError,
        ForeignTablesError,
        NewerSchemaError,
    )

    if isinstance(exc, NewerSchemaError):
        return translate("DatabaseErrors",
                         "This database was created by a newer version of Operator Desk "
                         "(schema %1). Update the app to open it.").replace("%1", exc.revision)
    if isinstance(exc, ForeignTablesError):
        return translate("DatabaseErrors",
                         "This database holds tables Operator Desk did not create. Choose "
                         "an empty database or one made by Operator Desk.")
    if isinstance(exc, DatabaseUnavailableError):
        texts = {
            DatabaseFault.BUSY: translate(
                "DatabaseErrors", "The database is busy: another program holds it locked "
                                  "(%1). Try again in a moment."),
            DatabaseFault.FILE: translate(
                "DatabaseErrors", "Cannot open the database file (%1). Check the path and "
                                  "its permissions."),
            DatabaseFault.CONNECT: translate(
                "DatabaseErrors", "Cannot connect to the database server (%1). Check that "
                                  "it is running and reachable from this computer."),
            DatabaseFault.LOGIN: translate(
                "DatabaseErrors", "The database server refused the user name or password "
                                  "(%1)."),
            DatabaseFault.MISSING: translate(
                "DatabaseErrors", "There is no such database on the server (%1)."),
        }
        text = texts.get(exc.fault)
        if text is None:
            text = translate("DatabaseErrors", "The database reported an error (%1): %2")
        return text.replace("%1", label).replace("%2", exc.detail or str(exc))
    if isinstance(exc, DatabaseUrlError):
        return translate("DatabaseErrors", "Cannot read the database address (%1).").replace(
            "%1", label)
    return translate("DatabaseErrors", "Could not open the database (%1): %2").replace(
        "%1", label).replace("%2", str(exc) or type(exc).__name__)
