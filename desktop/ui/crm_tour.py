"""Settings → CRM for ``operator-desk tour``: a Bitrix24 webhook pasted and tested, and
the portal's users matched to the app's.

The connection check and the portal's users are answered in memory (the tour never
reaches a portal) and nothing is saved: the dialogs are shown, photographed and closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QThread
from PySide6.QtWidgets import QWidget

from desktop.crm.bitrix24.connection import ConnectionReport, Outcome, PortalUser
from desktop.crm.bitrix24.webhook import Webhook
from desktop.crm.config import CrmConfig, CrmKind
from desktop.ui.crm_dialog import CrmDialog

if TYPE_CHECKING:
    from desktop.services.users import UserService

DEMO_PORTAL = "stroymontazh.bitrix24.ru"
DEMO_KEY = "k3q9xw1ryv8z2m4t"  # made up: it opens nothing
DEMO_WEBHOOK_USER = "Ирина Петрова (ID 1)"
WAIT_MS = 5_000
DEMO_PORTAL_USERS = [PortalUser("1", "Ирина Петрова", "irina@stroymontazh.ru"),
                     PortalUser("12", "Анна Смирнова", "a.smirnova@stroymontazh.ru"),
                     PortalUser("15", "Павел Кузнецов", "pavel.k@stroymontazh.ru"),
                     PortalUser("17", "Ольга Воронова", "olga@stroymontazh.ru")]


def _answered(webhook: Webhook) -> ConnectionReport:
    return ConnectionReport(Outcome.OK, webhook.portal, DEMO_WEBHOOK_USER)


def _wait(done: Callable[[], bool], what: str) -> None:
    from desktop.ui.tour import settle

    deadline = QDeadlineTimer(WAIT_MS)
    while not done():
        if deadline.hasExpired():
            raise RuntimeError(f"{what} did not answer in time.")
        settle()
        QThread.msleep(10)
    settle()


def crm_users_screen(users: UserService) -> QWidget:
    """The users dialog with the portal's users read: one user found by e-mail, one
    chosen by hand (typed, not saved)."""
    from designer.crm_users_dialog import CrmUsersDialog

    dialog = CrmUsersDialog(users, lambda: list(DEMO_PORTAL_USERS))
    dialog.show()
    _wait(lambda: dialog.portal is not None, "The portal's users")
    for row, info in enumerate(dialog.people):
        if info.user.username == "anna":
            dialog.emails[row].setText("a.smirnova@stroymontazh.ru")
            dialog._email_edited(row)
        elif info.user.username == "pavel":
            dialog.choices[row].setCurrentIndex(dialog.choices[row].findData("15"))
    _wait(lambda: True, "The users dialog")
    return dialog


def crm_dialog_screen(users: UserService | None = None) -> QWidget:
    """The dialog with the demo webhook filled in and a successful test shown."""
    from desktop.ui.tour import settle

    config = CrmConfig(CrmKind.BITRIX24, f"https://{DEMO_PORTAL}/rest/1/")
    dialog = CrmDialog(config, DEMO_KEY, check=_answered, store_secret=lambda _secret: None,
                       load_secret=lambda: DEMO_KEY, users=users)
    dialog.show()
    settle()
    dialog.test_button.click()
    _wait(dialog.test_button.isEnabled, "The CRM connection test")
    return dialog
