"""What the CRM settings say, in the interface language: one home for these sentences.

The Bitrix24 modules explain problems in English for logs and developers; here the
same facts become the user's words (the connection check, a webhook address that is
not one, the CRM a workstation uses), shared by the dialog and the windows that open it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.crm.bitrix24.connection import ConnectionReport, Outcome
from desktop.crm.bitrix24.webhook import WebhookError
from desktop.crm.config import CrmConfig, CrmKind

__all__ = ["CrmWords"]


class CrmWords(QObject):
    """Sentences about the CRM settings; each is translated when it is asked for."""

    def scope_name(self, scope: str) -> str:
        """The name Bitrix24 gives a webhook permission in its own settings."""
        names = {"crm": self.tr("CRM"), "task": self.tr("Tasks"), "user": self.tr("Users")}
        return names.get(scope, scope)

    def report(self, report: ConnectionReport) -> str:
        """The connection check's answer, as one or two plain sentences."""
        portal = report.portal
        user = report.user_name.replace("ID ", "ID\u00a0")  # "(ID 7)" never breaks apart
        if report.outcome is Outcome.OK:
            return self.tr("Connected to %1. The webhook acts as %2 and may use the CRM, "
                           "tasks and users.").replace("%1", portal).replace("%2", user)
        if report.outcome is Outcome.MISSING_SCOPES:
            missing = ", ".join(f"«{self.scope_name(s)}»" for s in report.missing_scopes)
            return self.tr("Connected to %1 as %2, but the webhook lacks the permissions "
                           "%3. Add them to the webhook in Bitrix24 and test again."
                           ).replace("%1", portal).replace("%2", user).replace("%3", missing)
        if report.outcome is Outcome.BAD_WEBHOOK:
            return self.tr("%1 refused the webhook: its address or key is wrong, or the "
                           "webhook was deleted in Bitrix24.").replace("%1", portal)
        if report.outcome is Outcome.UNREACHABLE:
            return self.tr("%1 does not answer. Check the portal's address and the network, "
                           "then test again.").replace("%1", portal)
        if report.detail:
            return self.tr("%1 answered with an error: %2").replace("%1", portal).replace(
                "%2", report.detail)
        return self.tr("%1 answered with an error.").replace("%1", portal)

    def address_problem(self, error: WebhookError) -> str:
        """One sentence for a webhook address that is not one (the English is the key)."""
        known = {
            "Paste the address of the Bitrix24 incoming webhook.":
                self.tr("Paste the address of the Bitrix24 incoming webhook."),
            "The webhook address must start with https:// and the portal.":
                self.tr("The webhook address must start with https:// and the portal."),
            "Bitrix24 webhooks must use https:// (http only for this computer).":
                self.tr("Bitrix24 webhooks must use https:// (http only for this computer)."),
            "The webhook address has no user number after /rest/.":
                self.tr("The webhook address has no user number after /rest/."),
        }
        return known.get(str(error), self.tr(
            "This is not a webhook address: it should look like "
            "https://PORTAL/rest/1/KEY/."))

    def kind_name(self, config: CrmConfig) -> str:
        """«Embedded CRM», or «Bitrix24 — portal»."""
        if config.kind is CrmKind.BITRIX24:
            portal = config.portal
            return self.tr("Bitrix24 — %1").replace("%1", portal) if portal \
                else self.tr("Bitrix24")
        return self.tr("Embedded CRM")

    def chosen(self, config: CrmConfig) -> str:
        """For a tooltip: the CRM the next sign-in uses."""
        return self.tr("Choose the CRM and connect Bitrix24. Chosen: %1.").replace(
            "%1", self.kind_name(config))

    def switch_notice(self, config: CrmConfig) -> str:
        """Said after a save: nothing changes under a signed-in user's feet."""
        if config.kind is CrmKind.BITRIX24:
            return self.tr("Saved. Operator Desk works with Bitrix24 (%1) from the next "
                           "sign-in.").replace("%1", config.portal)
        return self.tr("Saved. Operator Desk works with the embedded CRM from the next "
                       "sign-in.")
