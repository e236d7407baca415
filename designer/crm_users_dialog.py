"""Settings → CRM → «Сотрудники»: whom each app user is in Bitrix24.

Activities and tasks an operator's result button creates are made for a portal user:
the one chosen here for that app user, else the portal user with the same e-mail, else
the webhook's own user. The dialog lists the app's users with their e-mail (editable)
and a choice of the portal's active users, read in a background thread; until they
arrive, or when the portal does not answer, the e-mails can still be edited and the
choices made before are kept. Saving changes every user at once or none.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from designer.roster_errors import general_text
from desktop.crm.bitrix24.connection import PortalUser
from desktop.crm.errors import CrmAuthError, CrmError, CrmUnavailable
from desktop.services.users import CrmLink, CrmLinkError, UserInfo, UserService, check_crm_link
from desktop.ui.background import ThreadJob
from desktop.ui.crm_errors import crm_error_text
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import ErrorLine, dialog_body, dialog_buttons, set_style_flag

__all__ = ["CrmUsersDialog"]

ReadUsers = Callable[[], list[PortalUser]]  # blocks: run in a worker
USER, EMAIL, PORTAL_USER = range(3)
ROW_HEIGHT = 52
_BY_EMAIL = ""  # the combo's data for «find by e-mail»


class CrmUsersDialog(Retranslatable, QDialog):
    """``users`` acts as the signed-in supervisor; ``read_users`` asks the portal."""

    def __init__(self, users: UserService, read_users: ReadUsers,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crmUsersDialog")
        self.users = users
        self.people: list[UserInfo] = users.list()
        self.portal: list[PortalUser] | None = None  # None until the portal answers
        self.heading = QLabel(objectName="pageTitle")
        self.text = QLabel(objectName="hint", wordWrap=True)
        self.status = QLabel(objectName="crmUsersStatus", wordWrap=True)
        self.table = QTableWidget(len(self.people), 3, objectName="crmUsersTable")
        self.emails: list[QLineEdit] = []
        self.logins: list[QLabel] = []
        self.choices: list[QComboBox] = []
        self.error = ErrorLine()
        self.buttons, self.save_button = dialog_buttons(self)
        self._fill()
        dialog_body(self, self.heading, self.text, self.status, (self.table, 1), self.error,
                    self.buttons)
        self.resize(920, min(680, 280 + ROW_HEIGHT * max(4, len(self.people))))
        self.retranslate()
        self._job = ThreadJob(read_users, "crm-users")
        self._job.finished.connect(self._portal_read)
        self._job.start()

    def _fill(self) -> None:
        table = self.table
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the editors
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(USER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(PORTAL_USER, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(EMAIL, 240)
        table.setColumnWidth(PORTAL_USER, 420)
        for row, info in enumerate(self.people):
            user = info.user
            name, login = QLabel(user.display_name), QLabel(objectName="hint")
            self.logins.append(login)
            table.setCellWidget(row, USER, _padded(name, login))
            email = QLineEdit(user.email, objectName="crmUserEmail")
            email.setMaxLength(200)
            email.textEdited.connect(lambda _text, row=row: self._email_edited(row))
            table.setCellWidget(row, EMAIL, _padded(email))
            choice = QComboBox(objectName="crmUserChoice")
            choice.addItem("", _BY_EMAIL)
            if user.crm_user_id:
                choice.addItem(f"ID {user.crm_user_id}", user.crm_user_id)
                choice.setCurrentIndex(1)
            choice.currentIndexChanged.connect(lambda _i: self.error.clear_error())
            table.setCellWidget(row, PORTAL_USER, _padded(choice))
            self.emails.append(email)
            self.choices.append(choice)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bitrix24 users"))
        self.heading.setText(self.tr("Who is who in Bitrix24"))
        self.text.setText(self.tr(
            "Callbacks, meetings and tasks an operator creates are assigned in Bitrix24 to "
            "the portal user chosen here. «By e-mail» finds the portal user with the same "
            "e-mail; without one they go to the webhook's own user."))
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("E-mail"),
                                              self.tr("Portal user")])
        for email in self.emails:
            email.setPlaceholderText(self.tr("name@company.ru"))
        for login, info in zip(self.logins, self.people, strict=True):
            login.setText(self.tr("login: %1").replace("%1", info.user.username))
        self.save_button.setText(self.tr("Save"))
        self._show_status()
        for row in range(len(self.people)):
            self._by_email_text(row)

    # ---- the portal's users --------------------------------------------------------------
    def _portal_read(self, users: list[PortalUser] | None, error: Exception | None) -> None:
        if error is not None or users is None:
            self._show_status(error)
            return
        self.portal = users
        by_id = {u.id: u for u in users}
        for row, choice in enumerate(self.choices):
            chosen = str(choice.currentData() or "")
            choice.blockSignals(True)
            while choice.count() > 1:
                choice.removeItem(1)
            for user in users:
                choice.addItem(user.label, user.id)
            if chosen and chosen not in by_id:  # no longer active on the portal: kept, named
                choice.addItem(self.tr("ID %1 (not active on the portal)").replace(
                    "%1", chosen), chosen)
            choice.setCurrentIndex(max(0, choice.findData(chosen)))
            choice.blockSignals(False)
            self._by_email_text(row)
        self._show_status()

    def _show_status(self, error: Exception | None = None) -> None:
        if error is not None:
            text = self.tr("The portal's users could not be read: %1 E-mails can still be "
                           "edited; the choices made before are kept.").replace(
                "%1", self._why(error))
        elif self.portal is None:
            text = self.tr("Reading the portal's users…")
        else:
            text = self.tr("Active users on the portal: %1.").replace("%1",
                                                                      str(len(self.portal)))
        self.status.setText(text)
        self.status.setToolTip(str(error) if error is not None else "")
        set_style_flag(self.status, "problem", error is not None)

    def _why(self, error: Exception) -> str:
        if isinstance(error, CrmUnavailable):
            return self.tr("the portal does not answer.")
        if isinstance(error, CrmAuthError):
            return self.tr("the portal refused the webhook (it needs the «Users» "
                           "permission).")
        return crm_error_text(error) if isinstance(error, CrmError) else general_text(error)

    def _by_email_text(self, row: int) -> None:
        """The first choice says whom the e-mail finds, once the portal's users are in."""
        email = self.emails[row].text().strip().casefold()
        if self.portal is None:
            text = self.tr("By e-mail")
        elif not email:
            text = self.tr("By e-mail: no e-mail, the webhook's user")
        else:
            found = next((u for u in self.portal if u.email.casefold() == email), None)
            text = (self.tr("By e-mail: %1").replace("%1", found.label) if found
                    else self.tr("By e-mail: not on the portal, the webhook's user"))
        self.choices[row].setItemText(0, text)

    def _email_edited(self, row: int) -> None:
        self.error.clear_error()
        set_style_flag(self.emails[row], "invalid", False)
        self._by_email_text(row)

    # ---- save ----------------------------------------------------------------------------
    def links(self) -> dict[int, CrmLink]:
        """What would be saved: each user's e-mail and chosen portal user."""
        names = {u.id: u.label for u in self.portal or ()}
        links = {}
        for info, email, choice in zip(self.people, self.emails, self.choices, strict=True):
            chosen = str(choice.currentData() or "")
            links[info.user.id] = CrmLink(email.text(), chosen, names.get(chosen, ""))
        return links

    def accept(self) -> None:
        links = self.links()
        for row, (info, link) in enumerate(zip(self.people, links.values(), strict=True)):
            try:
                check_crm_link(link, info.user.display_name)
            except CrmLinkError:
                self._refuse(row)
                return
        try:
            self.users.set_crm_links(links)
        except Exception as exc:  # the database, the permission check: said, nothing lost
            self.error.show_error(self.tr("Nothing was saved: %1").replace(
                "%1", general_text(exc)))
            return
        super().accept()

    def _refuse(self, row: int) -> None:
        edit = self.emails[row]
        set_style_flag(edit, "invalid", True)
        edit.setFocus()
        self.error.show_error(self.tr("«%1» is not an e-mail address (%2).").replace(
            "%1", edit.text().strip()).replace("%2", self.people[row].user.display_name))


def _padded(*widgets: QWidget) -> QWidget:
    """Widgets in a table cell, one under another, with room so they do not touch the
    row's edges."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(8, 4, 8, 4)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder
