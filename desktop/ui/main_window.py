"""The main window every signed-in user sees: who they are, where the data is, recent calls.

Later parts of the product (the call card) add their actions to the menus exposed
here (``file_menu``, ``view_menu``, ``help_menu``). Users whose role may manage the
settings get a «Settings» button in the header (Ctrl+,) that opens the settings window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop.services.accounts import SignedIn
from desktop.services.context import Services
from desktop.ui import hotkeys, i18n, icons, settings
from desktop.ui.calls_table import RecentCallsView
from desktop.ui.widgets import ErrorLine

if TYPE_CHECKING:
    from desktop.ui.callcard.controller import CallController
    from desktop.ui.pbx_link import PbxLink

DEFAULT_SIZE = (1100, 700)
RECENT_LIMIT = 50
SETTINGS_SHORTCUT = "Ctrl+,"
OUTBOX_ROWS_SHOWN, OUTBOX_ROW, OUTBOX_CHROME = 5, 28, 96  # chrome: title, buttons, header


def sees_all_calls(signed_in: SignedIn) -> bool:
    """Supervisors (and roles that manage settings) watch the whole team's calls."""
    return signed_in.role.is_system or signed_in.role.may_manage_settings


def may_manage_settings(services: Services, signed_in: SignedIn) -> bool:
    """The settings window is for roles allowed to manage settings (when there are any)."""
    return signed_in.role.may_manage_settings and services.scripts is not None


def _fact(icon_name: str, text: str) -> QWidget:
    """An icon and a grey label, for the facts in the header and the status bar."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    picture = QLabel()
    picture.setPixmap(icons.pixmap(icon_name, 16))
    label = QLabel(text, objectName="headerFact")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(picture)
    layout.addWidget(label)
    layout.addStretch(1)
    return box


class MainWindow(i18n.Retranslatable, QMainWindow):
    """``sign_out_requested`` asks the application to go back to the login window."""

    sign_out_requested = Signal()

    def __init__(self, services: Services, signed_in: SignedIn,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.icon(icons.APP))
        self.services = services
        self.signed_in = signed_in
        self.show_everyone = sees_all_calls(signed_in)
        self.settings_window: QMainWindow | None = None
        self.calls_controller: CallController | None = None
        self.pbx: PbxLink | None = None

        self.user_name = QLabel(signed_in.user.display_name, objectName="userName")
        self.role_badge = QLabel(signed_in.role.name, objectName="roleBadge")
        self.calls_title = QLabel(objectName="sectionTitle")
        self.calls_scope = QLabel(objectName="hint")
        self.calls = RecentCallsView(self.show_everyone)
        self._make_dial_box()
        self._make_settings_action()
        self.setCentralWidget(self._body())
        self.status_database = _fact(icons.DATABASE, services.db_label)
        self.statusBar().addWidget(self.status_database, 1)
        self.pbx_status = QLabel(objectName="pbxStatus")
        self.pbx_status.hide()
        self.statusBar().addPermanentWidget(self.pbx_status)
        self.statusBar().setSizeGripEnabled(True)
        self._make_actions()
        self._make_menus()
        self.retranslate()
        self._restore_layout()
        self.refresh_calls()

    # ---- building -----------------------------------------------------------------
    def _body(self) -> QWidget:
        header = QFrame(objectName="header")
        who = QHBoxLayout()
        who.setSpacing(10)
        who.addWidget(self.user_name)
        who.addWidget(self.role_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        who.addStretch(1)
        who.addWidget(self.dial_number)
        who.addWidget(self.dial_button)
        who.addSpacing(12)
        who.addWidget(self.settings_button)
        facts = QHBoxLayout()
        facts.setSpacing(24)
        facts.addWidget(_fact(icons.USER, self.signed_in.user.username))
        facts.addWidget(_fact(icons.DATABASE, self.services.db_label))
        self.crm_fact = _fact(icons.CRM, "")
        facts.addWidget(self.crm_fact)
        facts.addStretch(1)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(24, 16, 24, 14)
        header_layout.setSpacing(8)
        header_layout.addLayout(who)
        header_layout.addWidget(self.dial_error, 0, Qt.AlignmentFlag.AlignRight)
        header_layout.addLayout(facts)

        titles = QHBoxLayout()
        titles.addWidget(self.calls_title)
        titles.addSpacing(8)
        titles.addWidget(self.calls_scope, 0, Qt.AlignmentFlag.AlignBottom)
        titles.addStretch(1)
        content = QVBoxLayout()
        content.setContentsMargins(24, 18, 24, 18)
        content.setSpacing(10)
        content.addLayout(titles)
        content.addWidget(self.calls, 1)
        self.outbox_area = QVBoxLayout()
        content.addLayout(self.outbox_area)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addLayout(content, 1)
        return body

    def _make_dial_box(self) -> None:
        """A number and «Call»: an outgoing call card by hand (Enter works too)."""
        self.dial_number = QLineEdit(objectName="dialNumber")
        self.dial_number.setClearButtonEnabled(True)
        self.dial_number.setMinimumWidth(200)
        self.dial_button = QPushButton(icons.icon(icons.CALL_OUTGOING), "",
                                       objectName="dialButton")
        self.dial_error = ErrorLine()
        self.dial_number.returnPressed.connect(self.dial)
        self.dial_button.clicked.connect(self.dial)
        self.dial_number.textEdited.connect(lambda _text: self.dial_error.clear_error())
        for widget in (self.dial_number, self.dial_button):
            widget.setVisible(False)  # until calls are attached: no dead control

    def attach_calls(self, controller: CallController, pbx: PbxLink | None = None) -> None:
        """Calls come through ``controller``: the dial box works, the outbox is shown;
        with ``pbx``, File offers the PBX connection and the status bar shows its state."""
        from desktop.ui.outbox_view import OutboxView

        self.calls_controller = controller
        controller.calls_changed.connect(self.refresh_calls)
        for widget in (self.dial_number, self.dial_button):
            widget.setVisible(True)
        self.outbox_view = OutboxView(controller.outbox, controller.delivery)
        self.outbox_area.addWidget(self.outbox_view)
        controller.delivery.entries_changed.connect(self._fit_outbox)  # after the view
        self._fit_outbox()
        self.pbx = pbx
        if pbx is not None:
            self.pbx_action.setVisible(True)
            pbx.status_changed.connect(self._show_pbx_status)
            self._show_pbx_status(pbx.status)

    def _fit_outbox(self, _entries: object = None) -> None:
        """The outbox shows only while writes wait or failed, as tall as its rows."""
        rows = self.outbox_view.model.rowCount()
        self.outbox_view.setVisible(rows > 0)
        shown = min(rows, OUTBOX_ROWS_SHOWN)
        self.outbox_view.setFixedHeight(OUTBOX_CHROME + shown * OUTBOX_ROW)

    def open_pbx_settings(self) -> None:
        """«PBX connection»: edit it, then reconnect with what was saved."""
        from desktop.telephony.ami_config import load_ami_config
        from desktop.ui.pbx_dialog import PbxDialog

        dialog = PbxDialog(load_ami_config(), "", self)
        try:
            if dialog.exec() == PbxDialog.DialogCode.Accepted and self.pbx is not None:
                self.pbx.start()
        finally:
            dialog.deleteLater()

    def open_crm_settings(self) -> QDialog | None:
        """«CRM connection», for roles that manage settings; it applies at the next sign-in."""
        if not self.signed_in.role.may_manage_settings:
            return None
        from desktop.ui.crm_dialog import show_crm_dialog

        users = self.services.for_user(self.signed_in).users if self.services.db else None
        self.crm_dialog = show_crm_dialog(self, users=users)
        return self.crm_dialog

    def _show_pbx_status(self, status: str) -> None:
        texts = {"connecting": self.tr("PBX: connecting…"), "connected": self.tr("PBX: connected"),
                 "retrying": self.tr("PBX: no connection, retrying"),
                 "refused": self.tr("PBX: the login was refused")}
        self.pbx_status.setText(texts.get(status, ""))
        self.pbx_status.setVisible(status in texts)

    def dial(self) -> None:
        from desktop.crm.errors import InvalidPhoneError

        number = self.dial_number.text().strip()
        if self.calls_controller is None or not number:
            return
        try:
            self.calls_controller.dial(number)
        except InvalidPhoneError:
            self.dial_error.show_error(self.tr("«%1» is not a phone number.").replace("%1", number))
            return
        self.dial_number.clear()

    def _make_settings_action(self) -> None:
        allowed = may_manage_settings(self.services, self.signed_in)
        self.settings_action = QAction(icons.icon(icons.SETTINGS), "", self)
        self.settings_action.setObjectName("openSettings")
        self.settings_action.setShortcut(SETTINGS_SHORTCUT)
        self.settings_action.setVisible(allowed)
        self.settings_action.setEnabled(allowed)
        self.settings_action.triggered.connect(self.open_settings)
        self.addAction(self.settings_action)
        self.settings_button = QPushButton(icons.icon(icons.SETTINGS), "",
                                           objectName="settingsButton")
        self.settings_button.clicked.connect(self.settings_action.trigger)
        self.settings_button.setVisible(allowed)

    def _make_actions(self) -> None:
        self.sign_out_action = QAction(icons.icon(icons.SIGN_OUT), "", self)
        self.sign_out_action.setShortcut(hotkeys.SIGN_OUT)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.crm_action = QAction(icons.icon(icons.CRM), "", self)
        self.crm_action.setObjectName("crmConnection")
        self.crm_action.setVisible(self.signed_in.role.may_manage_settings)
        self.crm_action.triggered.connect(self.open_crm_settings)
        self.pbx_action = QAction("", self, visible=False)
        self.pbx_action.setObjectName("pbxConnection")
        self.pbx_action.triggered.connect(self.open_pbx_settings)
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(hotkeys.QUIT)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self._quit)
        self.refresh_action = QAction(icons.icon(icons.REFRESH), "", self)
        self.refresh_action.setShortcut(hotkeys.REFRESH)
        self.refresh_action.triggered.connect(self.refresh_calls)
        self.about_action = QAction("", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._about)
        self.system_language_action = QAction("", self, checkable=True)
        self.language_actions = {i18n.FOLLOW_SYSTEM: self.system_language_action}
        for code in i18n.LANGUAGES:
            self.language_actions[code] = QAction(i18n.LANGUAGE_NAMES[code], self,
                                                  checkable=True)
        group = QActionGroup(self)
        for code, action in self.language_actions.items():
            group.addAction(action)
            action.setData(code)
        self.language_actions[i18n.language_setting()].setChecked(True)
        group.triggered.connect(lambda action: i18n.choose_language(str(action.data())))

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.crm_action)
        self.file_menu.addAction(self.pbx_action)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu(icons.icon(icons.LANGUAGE), "")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(f"{self.tr('Operator Desk')} — {self.signed_in.user.display_name}")
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.crm_action.setText(self.tr("&CRM connection…"))
        self.pbx_action.setText(self.tr("&PBX connection…"))
        if self.pbx is not None:
            self._show_pbx_status(self.pbx.status)
        self.dial_number.setPlaceholderText(self.tr("Phone number"))
        self.dial_button.setText(self.tr("Call"))
        self.dial_button.setToolTip(self.tr("Open the card of an outgoing call (Enter)"))
        self.settings_action.setText(self.tr("Settings"))
        self.settings_action.setToolTip(self.tr("Scripts, buttons and roles (Ctrl+,)"))
        self.settings_button.setText(self.settings_action.text())
        self.settings_button.setToolTip(self.settings_action.toolTip())
        self.quit_action.setText(self.tr("&Quit"))
        self.refresh_action.setText(self.tr("&Refresh calls"))
        self.about_action.setText(self.tr("&About Operator Desk"))
        self.system_language_action.setText(self.tr("System language"))
        self.calls_title.setText(self.tr("Recent calls"))
        crm_names = {"embedded": self.tr("Embedded CRM"), "bitrix24": self.tr("Bitrix24")}
        self.crm_fact.findChild(QLabel, "headerFact").setText(
            crm_names.get(self.services.crm_kind, self.services.crm_kind))
        self.calls_scope.setText(self.tr("the whole team") if self.show_everyone
                                 else self.tr("your calls"))

    # ---- behaviour ----------------------------------------------------------------
    def refresh_calls(self) -> None:
        user_id = None if self.show_everyone else self.signed_in.user.id
        self.calls.set_calls(self.services.calls.recent(user_id, limit=RECENT_LIMIT))

    def open_settings(self) -> None:
        """Show the settings window (one per main window), in front."""
        if not may_manage_settings(self.services, self.signed_in):
            return
        if self.settings_window is None:
            from designer.settings_window import SettingsWindow

            self.settings_window = SettingsWindow(self.services, self.signed_in, parent=self)
        self.settings_window.show()
        self.settings_window.raise_()
        self.settings_window.activateWindow()

    def _close_settings(self) -> bool:
        """False when the settings window stays open (a designer kept unsaved changes)."""
        return self.settings_window is None or self.settings_window.close()

    def sign_out(self) -> None:
        if not self._close_settings():
            return
        self.save_layout()
        self.sign_out_requested.emit()
        self.hide()
        self.deleteLater()

    def _quit(self) -> None:
        if self.close():
            QApplication.quit()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Operator Desk"), self.about_text())

    def about_text(self) -> str:
        return self.tr("<h3>Operator Desk %1</h3><p>Call scripts, the call card and call "
                       "results for teams that sell and support by phone.</p>"
                       ).replace("%1", desktop.__version__)

    # ---- window layout ------------------------------------------------------------
    def _restore_layout(self) -> None:
        stored = settings.app_settings()
        geometry = stored.value(settings.MAIN_GEOMETRY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)
        state = stored.value(settings.MAIN_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def save_layout(self) -> None:
        stored = settings.app_settings()
        stored.setValue(settings.MAIN_GEOMETRY, self.saveGeometry())
        stored.setValue(settings.MAIN_STATE, self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_settings():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
