"""The Script tab of the call card: the operator walks the script step by step.

The panel runs the published version of each script (``ScriptVersion.script()``) and
writes every move and every typed text into the :class:`CallSession` at once, then says
``changed`` so the card journals it; after a crash :meth:`ScriptPanel.start` puts the
operator back on the same step with the same texts.

Keys (while the tab is shown): 1..9 take the numbered next step, Backspace goes back
unless the focus is in a text input (then it edits the text), Alt+Left goes back always,
Ctrl+Shift+S picks another script and keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.crm.gateway import FieldMeta
from desktop.domain.call import CallSession, Direction
from desktop.domain.crm_types import EntityType
from desktop.domain.script import Script
from desktop.domain.versions import ScriptVersion
from desktop.ui import i18n
from desktop.ui.callcard.field_editors import display_value
from desktop.ui.callcard.script_picker import ScriptPicker
from desktop.ui.callcard.step_view import NUMBER_KEYS, StepView
from desktop.ui.formatting import format_phone

CHANGE_SCRIPT_KEY = "Ctrl+Shift+S"
BACK_KEYS = ("Backspace", "Alt+Left")


class ScriptPanel(i18n.Retranslatable, QWidget):
    """``changed``: the path, the script or a typed value changed (journal the call)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptPanel")
        self.call: CallSession | None = None
        self._versions: dict[int, ScriptVersion] = {}
        self._order: list[ScriptVersion] = []
        self._last_used: list[int] = []
        self._scripts: dict[tuple[int, int], Script] = {}  # by (script ID, version number)
        self._catalog: dict[tuple[EntityType, str], FieldMeta] = {}
        self._values: dict[str, dict[str, Any]] = {}
        self.empty = QLabel(objectName="hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.picker = ScriptPicker()
        self.picker.chosen.connect(self._chosen)
        self.picker.cancelled.connect(self._show_step)
        self.step_view = StepView()
        self.step_view.next_chosen.connect(self.go_to)
        self.step_view.back_requested.connect(self.back)
        self.step_view.change_requested.connect(self.choose_script_again)
        self.step_view.field_edited.connect(self._typed)
        self.pages = QStackedWidget()
        for page in (self.empty, self.picker, self.step_view):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._shortcuts()
        self.retranslate()

    def _shortcuts(self) -> None:
        for number in range(1, NUMBER_KEYS + 1):
            for text in (str(number), f"Num+{number}"):
                self._shortcut(text, lambda n=number: self._number_key(n))
        for text in BACK_KEYS:
            self._shortcut(text, self._back_key)
        self._shortcut(CHANGE_SCRIPT_KEY, self.choose_script_again)

    def _shortcut(self, key: str, slot: Any) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No script is assigned to your role.\n"
                                   "Work with the Client tab and the result buttons."))
        self.step_view.retranslate()
        if self.pages.currentWidget() is self.step_view:
            self._show_step()

    # ---- what the panel knows -----------------------------------------------------------
    def set_scripts(self, versions: list[ScriptVersion], last_used: list[int]) -> None:
        """The published versions the operator may run (role order) and the recent ones."""
        self._order = list(versions)
        self._versions = {v.script_id: v for v in versions}
        self._last_used = list(last_used)

    def set_catalog(self, metas: Mapping[tuple[EntityType, str], FieldMeta]) -> None:
        self._catalog = dict(metas)
        if self._on_step():
            self._show_step()

    def set_client_values(self, values: Mapping[str, Mapping[str, Any]]) -> None:
        """The client's CRM data: fills the text's variables and the locked fields."""
        self._values = {namespace: dict(fields) for namespace, fields in values.items()}
        if self._on_step():
            self.step_view.show_values(self._catalog, self._all_values(),
                                       self._typed_values(), i18n.current_language())

    # ---- a call ------------------------------------------------------------------
    def start(self, call: CallSession) -> None:
        """Show ``call``'s script: where it stood (recovery), the only script, or the picker."""
        self.call = call
        running = self._versions.get(call.script_id) if call.script_id is not None else None
        if running is not None and self._step_of(call) is not None:
            self._show_step()
        elif running is not None:  # the published version no longer has that step
            self._chosen(running)
        elif len(self._order) == 1:
            self._chosen(self._order[0])
        elif self._order:
            self._show_picker()
        else:
            self.pages.setCurrentWidget(self.empty)

    def choose_script_again(self) -> None:
        """Show the picker mid-call; the values typed so far stay in the call."""
        if self.call is not None and len(self._order) > 1 and self._on_step():
            self._show_picker()

    def clear(self) -> None:
        """Forget the call and the client: ready for the next call."""
        self.call = None
        self._values = {}
        self.pages.setCurrentWidget(self.empty)

    def current_script(self) -> Script | None:
        if self.call is None or self.call.script_id not in self._versions:
            return None
        return self._script(self.call.script_id)  # type: ignore[arg-type]

    # ---- walking -----------------------------------------------------------------
    def go_to(self, step_id: str) -> None:
        if self.call is None or not self._on_step():
            return
        self.call.go_to(step_id)
        self._show_step(focus=True)
        self.changed.emit()

    def back(self) -> None:
        if self.call is None or not self._on_step():
            return
        if self.call.back() is not None:
            self._show_step(focus=True)
            self.changed.emit()

    def _number_key(self, number: int) -> None:
        buttons = self.step_view.nav_buttons
        if self._on_step() and number <= len(buttons):
            buttons[number - 1].click()

    def _back_key(self) -> None:
        self.back()

    def _chosen(self, version: ScriptVersion) -> None:
        if self.call is None:
            return
        script = self._script(version.script_id)
        self.call.choose_script(version.script_id, version.number, script.start_step_id)
        if self._step_of(self.call) is None and script.start_step_id is not None:
            self.call.go_to(script.start_step_id)  # the journal held a step since removed
        self._show_step(focus=True)
        self.changed.emit()

    def _typed(self, key: str, text: str) -> None:
        if self.call is None:
            return
        self.call.set_field(key, text)
        self.step_view.show_values(self._catalog, self._all_values(), self._typed_values(),
                                   i18n.current_language())
        self.changed.emit()

    # ---- pages -------------------------------------------------------------------
    def _show_picker(self) -> None:
        current = self.call.script_id if self.call is not None and self._on_step() else None
        self.picker.set_scripts(self._order, self._last_used, current=current)
        self.pages.setCurrentWidget(self.picker)
        self.picker.focus_input()

    def _show_step(self, *, focus: bool = False) -> None:
        call = self.call
        step_id = self._step_of(call) if call is not None else None
        if call is None or step_id is None:
            return
        script = self._script(call.script_id)  # type: ignore[arg-type]
        path = [s for s in call.current_path() if s in script]
        self.step_view.show_step(
            script, path or [step_id], can_change=len(self._order) > 1,
            catalog=self._catalog, values=self._all_values(), typed=self._typed_values(),
            language=i18n.current_language())
        had_focus = self.isAncestorOf(QApplication.focusWidget())
        self.pages.setCurrentWidget(self.step_view)
        if focus or had_focus:
            self.step_view.focus_first()

    def _on_step(self) -> bool:
        return self.pages.currentWidget() is self.step_view

    def _step_of(self, call: CallSession | None) -> str | None:
        """The step to show: the call's current one if the script still has it."""
        if call is None or call.script_id not in self._versions:
            return None
        step_id = call.current_step_id
        script = self._script(call.script_id)  # type: ignore[arg-type]
        return step_id if step_id is not None and step_id in script else None

    def _script(self, script_id: int) -> Script:
        """The runnable script of the published version, built once per version."""
        version = self._versions[script_id]
        key = (script_id, version.number)
        if key not in self._scripts:
            self._scripts[key] = version.script()
        return self._scripts[key]

    def _typed_values(self) -> dict[str, str]:
        return dict(self.call.field_values) if self.call is not None else {}

    def _all_values(self) -> dict[str, dict[str, Any]]:
        """Client data plus what the call itself knows, for the text's variables."""
        values = {namespace: dict(fields) for namespace, fields in self._values.items()}
        if self.call is not None:
            moment = self.call.started_at.astimezone()
            incoming = self.call.direction is Direction.INCOMING
            call_values = {"number": format_phone(self.call.number),
                           "direction": self.tr("incoming") if incoming else self.tr("outgoing"),
                           "date": display_value(None, moment.date(), i18n.current_language()),
                           "time": moment.strftime("%H:%M")}
            values["call"] = {**call_values, **values.get("call", {})}
        return values
