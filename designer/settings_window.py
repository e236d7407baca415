"""The settings window supervisors work in: tabs Buttons · Scripts · Roles.

Only a role that may manage the app's settings opens it; the window refuses anyone
else. The Scripts tab is here; the Buttons tab goes in front of it and the Roles tab
after it (``BUTTONS_TAB``, ``SCRIPTS_TAB``, ``ROLES_TAB`` name the order). The window
remembers its size and reloads the current tab whenever it becomes active again, so
what was saved in the designer (or by another supervisor) shows up on return. The tab
bar's corner opens the CRM connection (its tooltip names the CRM chosen) and the
change log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.scripts_tab import ScriptsTab
from designer.tab_widgets import ErrorReporter
from desktop.services.accounts import SignedIn
from desktop.services.context import Services
from desktop.ui import i18n, icons, settings

if TYPE_CHECKING:
    from desktop.ui.crm_dialog import CrmDialog

# The tabs are the window's main navigation: a flat bar with an accent underline.
STYLE = """
QTabWidget#settingsTabs::pane { border: none; border-top: 1px solid #e2e8f0; top: -1px; }
QTabWidget#settingsTabs::tab-bar { left: 8px; }
QTabWidget#settingsTabs > QTabBar::tab {
    background: transparent; border: none; border-bottom: 2px solid transparent;
    padding: 10px 12px 8px 12px; margin-right: 8px; color: #475569; font-weight: 600;
}
QTabWidget#settingsTabs > QTabBar::tab:selected { color: #1d4ed8; border-bottom-color: #2563eb; }
QTabWidget#settingsTabs > QTabBar::tab:hover:!selected { color: #0f172a; }
"""
GEOMETRY_KEY = "settings_window/geometry"
DEFAULT_SIZE = (1100, 680)
BUTTONS_TAB, SCRIPTS_TAB, ROLES_TAB = "buttons", "scripts", "roles"
TAB_ORDER = (BUTTONS_TAB, SCRIPTS_TAB, ROLES_TAB)
TAB_ICONS = {BUTTONS_TAB: icons.ADD, SCRIPTS_TAB: icons.DESIGNER, ROLES_TAB: icons.USER}


def may_open_settings(signed_in: SignedIn) -> bool:
    return signed_in.role.may_manage_settings


class DesignerWindows:
    """Opens a script in its designer window, one window per script: asking again for a
    script already open brings its window to the front. ``make_editor(script_id)`` builds
    a designer window (one that deletes itself when closed)."""

    def __init__(self, make_editor: Callable[[int], QWidget]) -> None:
        self.make_editor = make_editor
        self.open: dict[int, QWidget] = {}

    def __call__(self, script_id: int) -> None:
        window = self.open.get(script_id)
        if window is None:
            window = self.make_editor(script_id)
            self.open[script_id] = window
            window.destroyed.connect(lambda *_: self.open.pop(script_id, None))
        window.show()
        window.raise_()
        window.activateWindow()

    def close_all(self) -> bool:
        """Close every designer window; False when one stays open (the supervisor chose
        to keep unsaved changes)."""
        return all(window.close() for window in list(self.open.values()))


def crm_designer(services: Services, signed_in: SignedIn,
                 on_saved: Callable[[], None]) -> DesignerWindows | None:
    """Designer windows whose field lists come from the session's CRM (the embedded one
    or Bitrix24); ``on_saved`` runs after every save."""
    scripts = services.for_user(signed_in).scripts
    if services.db is None or scripts is None:
        return None
    from designer.editor import ScriptEditor
    from desktop.crm.session import metadata_source

    crm = metadata_source(services.crm, services.db)

    def make_editor(script_id: int) -> QWidget:
        editor = ScriptEditor(scripts, script_id, crm.fields, signed_in.user.id,
                              i18n.current_language())
        for signal in (editor.script_saved, editor.script_created, editor.published):
            signal.connect(lambda *_: on_saved())
        return editor

    return DesignerWindows(make_editor)


class SettingsWindow(i18n.Retranslatable, QMainWindow):
    """Raises ``PermissionError`` for a role that may not manage settings.

    ``open_designer(script_id)`` opens a script's canvas (by default a designer
    window per script, closed with this window); ``report_error(title, text)`` shows
    what the services refused (by default a message box).
    """

    def __init__(self, services: Services, signed_in: SignedIn,
                 open_designer: Callable[[int], None] | None = None,
                 report_error: ErrorReporter | None = None,
                 parent: QWidget | None = None) -> None:
        if not may_open_settings(signed_in):
            raise PermissionError(QCoreApplication.translate(
                "SettingsWindow", "Your role may not manage the app's settings."))
        bound = services.for_user(signed_in)  # every change is made as this user
        if bound.scripts is None:
            raise ValueError("The settings window needs the script service.")
        super().__init__(parent)
        self.setObjectName("settingsWindow")
        self.setWindowIcon(icons.icon(icons.APP))
        self.services = services
        self.signed_in = signed_in
        self.bound = bound
        self.designers = (crm_designer(services, signed_in, self.refresh)
                          if open_designer is None else None)
        open_designer = open_designer or self.designers
        self.tabs = QTabWidget(objectName="settingsTabs")
        self.setStyleSheet(STYLE)
        self.scripts_tab = ScriptsTab(self.bound.scripts, open_designer, report_error)
        self.pages: dict[str, QWidget] = {}
        self.add_page(SCRIPTS_TAB, self.scripts_tab)
        self._add_team_pages(report_error)
        self._make_corner()
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self.setCentralWidget(self.tabs)
        self.retranslate()
        self._restore_geometry()

    def _add_team_pages(self, report_error: ErrorReporter | None) -> None:
        """The Buttons and Roles tabs and the change log, where their services exist."""
        if self.services.db is None or self.bound.buttons is None:
            return
        from designer.audit_view import AuditView
        from designer.buttons_tab import ButtonsTab
        from designer.roles_tab import RolesTab
        from desktop.crm.session import metadata_source

        crm = metadata_source(self.services.crm, self.services.db)
        self.buttons_tab = ButtonsTab(self.bound.buttons, crm, report_error)
        self.add_page(BUTTONS_TAB, self.buttons_tab)
        self.roles_tab = RolesTab.for_services(self.bound, crm.fields, report_error=report_error)
        self.add_page(ROLES_TAB, self.roles_tab)
        self.audit_view = AuditView(self.bound.audit, report_error)
        self.audit_button = QToolButton(objectName="auditButton")
        self.audit_button.setIcon(icons.icon(icons.EDIT))
        self.audit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.audit_button.clicked.connect(self.show_audit)
        self.tabs.setCurrentWidget(self.scripts_tab)

    def _make_corner(self) -> None:
        """The tab bar's right corner: the CRM connection, then the change log (if any)."""
        self.crm_button = QToolButton(objectName="crmButton")
        self.crm_button.setIcon(icons.icon(icons.CRM))
        self.crm_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.crm_button.clicked.connect(self.show_crm_settings)
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 2, 12, 4)
        corner_layout.setSpacing(6)
        corner_layout.addWidget(self.crm_button)
        if self.services.crm_kind == "bitrix24":
            self.reload_fields_button = QToolButton(objectName="reloadCrmFields")
            self.reload_fields_button.setIcon(icons.icon(icons.REFRESH))
            self.reload_fields_button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.reload_fields_button.clicked.connect(self.reload_crm_fields)
            corner_layout.addWidget(self.reload_fields_button)
        if hasattr(self, "audit_button"):
            corner_layout.addWidget(self.audit_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

    def show_crm_settings(self) -> CrmDialog:
        """The CRM connection dialog, window-modal over this window."""
        from desktop.ui.crm_dialog import show_crm_dialog

        self.crm_dialog = show_crm_dialog(self, on_saved=lambda _config: self.retranslate(),
                                          users=self.bound.users)
        return self.crm_dialog

    def reload_crm_fields(self) -> None:
        """Read the portal's fields, statuses and pipelines again (a supervisor added a
        field in Bitrix24), in the background; the tabs reload when they are in."""
        from desktop.ui.background import ThreadJob

        crm = self.services.crm
        refresh = getattr(crm, "refresh_metadata", None)
        if not callable(refresh) or not self.reload_fields_button.isEnabled():
            return
        self.reload_fields_button.setEnabled(False)
        self.statusBar().showMessage(self.tr("Reading the fields from the CRM…"))
        self._reload_job = ThreadJob(refresh, "crm-fields")
        self._reload_job.finished.connect(self._crm_fields_reloaded)
        self._reload_job.start()

    def _crm_fields_reloaded(self, _result: object, error: object) -> None:
        from desktop.ui.crm_errors import crm_error_text

        self.reload_fields_button.setEnabled(True)
        if error is not None:
            self.statusBar().showMessage(
                self.tr("The CRM did not answer: {0}").format(crm_error_text(error)), 15_000)
            return
        self.statusBar().showMessage(self.tr("The fields of the CRM are read anew."), 8_000)
        self.refresh()

    def show_audit(self) -> QDialog:
        """The change log (who changed what, when) in a window of its own."""
        dialog = getattr(self, "audit_dialog", None)
        if dialog is None:
            dialog = self.audit_dialog = QDialog(self)
            layout = QVBoxLayout(dialog)
            layout.addWidget(self.audit_view)
            dialog.resize(1000, 620)
        dialog.setWindowTitle(self.tr("Change log — Operator Desk"))
        self.audit_view.refresh()
        dialog.show()
        dialog.raise_()
        return dialog

    def add_page(self, key: str, page: QWidget) -> None:
        """Put a tab in its place of ``TAB_ORDER`` (the tabs present keep their order)."""
        self.pages[key] = page
        before = sum(1 for k in TAB_ORDER[:TAB_ORDER.index(key)] if k in self.pages)
        self.tabs.insertTab(before, page, icons.icon(TAB_ICONS[key]), "")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings — Operator Desk"))
        titles = {BUTTONS_TAB: self.tr("Buttons"), SCRIPTS_TAB: self.tr("Scripts"),
                  ROLES_TAB: self.tr("Roles")}
        for key, page in self.pages.items():
            self.tabs.setTabText(self.tabs.indexOf(page), titles[key])
        if hasattr(self, "crm_button"):
            from desktop.crm.config import load_crm_config
            from desktop.ui.crm_words import CrmWords

            self.crm_button.setText(self.tr("CRM"))
            self.crm_button.setToolTip(CrmWords().chosen(load_crm_config()))
        if hasattr(self, "reload_fields_button"):
            self.reload_fields_button.setText(self.tr("Reload fields"))
            self.reload_fields_button.setToolTip(self.tr(
                "Read the fields, statuses and pipelines from Bitrix24 again"))
        if hasattr(self, "audit_button"):
            self.audit_button.setText(self.tr("Change log"))
            self.audit_button.setToolTip(self.tr("Who changed buttons, scripts, roles, "
                                                 "users and the plan, and when"))

    def refresh(self) -> None:
        """Reload the tab in view (others reload when they are shown)."""
        page = self.tabs.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh()

    # ---- window size --------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.app_settings().value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)

    def save_geometry(self) -> None:
        settings.app_settings().setValue(GEOMETRY_KEY, self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.designers is not None and not self.designers.close_all():
            event.ignore()  # a designer kept its unsaved changes: so does this window
            return
        self.save_geometry()
        super().closeEvent(event)
