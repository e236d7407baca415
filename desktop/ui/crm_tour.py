"""Settings → CRM for ``operator-desk tour``: a Bitrix24 webhook pasted and tested.

The connection check is answered in memory (the tour never reaches a portal) and
nothing is saved: the dialog is shown, photographed and closed.
"""

from __future__ import annotations

from PySide6.QtCore import QDeadlineTimer, QThread
from PySide6.QtWidgets import QWidget

from desktop.crm.bitrix24.connection import ConnectionReport, Outcome
from desktop.crm.bitrix24.webhook import Webhook
from desktop.crm.config import CrmConfig, CrmKind
from desktop.ui.crm_dialog import CrmDialog

DEMO_PORTAL = "stroymontazh.bitrix24.ru"
DEMO_KEY = "k3q9xw1ryv8z2m4t"  # made up: it opens nothing
DEMO_WEBHOOK_USER = "Ирина Петрова (ID 1)"
WAIT_MS = 5_000


def _answered(webhook: Webhook) -> ConnectionReport:
    return ConnectionReport(Outcome.OK, webhook.portal, DEMO_WEBHOOK_USER)


def crm_dialog_screen() -> QWidget:
    """The dialog with the demo webhook filled in and a successful test shown."""
    from desktop.ui.tour import settle

    config = CrmConfig(CrmKind.BITRIX24, f"https://{DEMO_PORTAL}/rest/1/")
    dialog = CrmDialog(config, DEMO_KEY, check=_answered, store_secret=lambda _secret: None,
                       load_secret=lambda: DEMO_KEY)
    dialog.show()
    settle()
    dialog.test_button.click()
    deadline = QDeadlineTimer(WAIT_MS)
    while not dialog.test_button.isEnabled():
        if deadline.hasExpired():
            raise RuntimeError("The CRM connection test did not answer in time.")
        settle()
        QThread.msleep(10)
    settle()
    return dialog
