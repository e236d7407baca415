"""The Client tab of the call card: who is calling, as the CRM knows them.

The panel asks the CRM in its :class:`~desktop.ui.callcard.crm_runner.CrmRunner`, so
the card shows «Поиск клиента…» at once and never waits for the CRM. Items found
by the number are grouped by entity (lead, deal, contact, company), each with the
fields the operator's role lists; the item being worked with is outlined and its
history shown below. Edits are saved with one Save (Ctrl+S): the panel asks for
the save (``save_requested``) and the card's controller answers with
:meth:`ClientPanel.show_save_result`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.crm import phones
from desktop.crm.errors import InvalidPhoneError
from desktop.crm.gateway import CrmGateway, CrmItem, FieldMeta
from desktop.domain.crm_types import EntityType
from desktop.domain.roles import Role
from desktop.services.results import ClientContext
from desktop.ui import i18n
from desktop.ui.callcard.client_pages import MissingPage, SaveBar, SearchingPage, TroublePage
from desktop.ui.callcard.client_sections import Catalog, EntitySection, ItemForm, ItemKey
from desktop.ui.callcard.client_style import CLIENT_STYLE
from desktop.ui.callcard.crm_runner import CrmRunner, Ticket, load_catalog
from desktop.ui.callcard.field_editors import field_label
from desktop.ui.callcard.new_lead_form import NewLeadForm
from desktop.ui.callcard.timeline_view import HistoryBox
from desktop.ui.crm_errors import crm_error_text, field_errors_in_language

IDLE, SEARCHING, TROUBLE, MISSING, FOUND = range(5)

log = logging.getLogger(__name__)


@dataclass
class _Saving:
    """A save asked for and not answered yet."""

    key: ItemKey
    values: dict[str, Any]
    before: dict[str, str]  # the inputs' saved texts before, restored if the CRM refuses


class ClientPanel(i18n.Retranslatable, QWidget):
    """The Client tab. Signals:

    ``client_changed(ClientContext)`` -- items arrived (none too) or another item was chosen.
    ``save_requested(entity, item_id, {code: value})`` -- changed fields of one item; one
    signal per item; answer each with :meth:`show_save_result`.
    ``create_lead_requested(name, number)`` -- the New lead form was sent.
    """

    client_changed = Signal(object)
    save_requested = Signal(object, str, dict)
    create_lead_requested = Signal(str, str)

    def __init__(self, runner: CrmRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientPanel")
        self.setStyleSheet(CLIENT_STYLE)
        self.runner = runner
        self.role: Role | None = None
        self.catalog: dict[tuple[EntityType, str], FieldMeta] = {}
        self.number = ""
        self.items: list[CrmItem] = []
        self.chosen: ItemKey | None = None
        self.sections: dict[EntityType, EntitySection] = {}
        self._wanted: ItemKey | None = None  # the item asked for by begin (a recovered call)
        self._saving: list[_Saving] = []
        self._tickets: dict[str, Ticket] = {}
        self._generation = 0  # moves on with every call, so late work for an old one is dropped
        self._state = IDLE

        self.searching = SearchingPage()
        self.trouble = TroublePage()
        self.trouble.retry_requested.connect(self.reload)
        self.lead_form = NewLeadForm()
        self.lead_form.submitted.connect(self.create_lead_requested)
        self.missing = MissingPage(self.lead_form)
        self.history = HistoryBox(runner)
        self.history.item_chosen.connect(self._choose)
        self.timeline = self.history.timeline
        self.save_bar = SaveBar()
        self.save_button = self.save_bar.button
        self.save_button.clicked.connect(self.save)
        self.pages = QStackedWidget()
        self._lay_out()
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.retranslate()
        self._show(IDLE)

    def _lay_out(self) -> None:
        self.items_column = QVBoxLayout()
        self.items_column.setSpacing(12)
        content = QWidget(objectName="clientItems")
        column = QVBoxLayout(content)
        column.setContentsMargins(14, 14, 14, 14)
        column.setSpacing(12)
        column.addLayout(self.items_column)
        column.addSpacing(6)
        column.addWidget(self.history)
        column.addStretch(1)
        self.scroll = QScrollArea(objectName="clientScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        found = QWidget()
        found_column = QVBoxLayout(found)
        found_column.setContentsMargins(0, 0, 0, 0)
        found_column.setSpacing(0)
        found_column.addWidget(self.scroll, 1)
        found_column.addWidget(self.save_bar)
        for page in (QWidget(), self.searching, self.trouble, self.missing, found):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def retranslate(self) -> None:
        language = i18n.current_language()
        for section in self.sections.values():
            section.retranslate(language)
        if self._state == FOUND:
            self._update_save()

    # ---- the contract ----------------------------------------------------------------
    def set_role(self, role: Role, catalog: Catalog) -> None:
        """The operator's role and the CRM's fields; redraws the client if nothing is typed."""
        self.role, self.catalog = role, dict(catalog)
        if self._state == FOUND and not self._busy_editing():
            self._build_sections(self._shown_items())

    def begin(self, number: str, chosen: ItemKey | None = None) -> None:
        """A call with ``number``: show «searching» now, fill in when the CRM answers."""
        self._reset()
        self.number, self._wanted = number, chosen
        self.searching.show_number(phones.display(number))
        self._show(SEARCHING)
        if not self.catalog:
            self._submit("catalog", load_catalog, self._catalog_loaded, self._catalog_failed)
        self._submit("search", lambda gateway: gateway.find_by_phone(number), self._found,
                     self._search_failed)

    def reload(self) -> None:
        """Search the number again (the CRM is back, a lead was created)."""
        if self.number:
            self.begin(self.number, self.chosen or self._wanted)

    def clear(self) -> None:
        """Forget the call: nothing shown, nothing pending (the card is kept for the next)."""
        self._reset()
        self.number, self._wanted = "", None
        self._show(IDLE)

    def context(self) -> ClientContext:
        return ClientContext(items=tuple(self.items), chosen=self.chosen)

    def show_save_result(self, ok: bool, message: str, field_errors: Mapping[str, str], *,
                         item: ItemKey | None = None) -> None:
        """The answer to one ``save_requested`` (the oldest one waiting unless ``item``
        names it), or to ``create_lead_requested`` while the New lead form is shown. A
        refusal's ``message`` and ``field_errors`` are the CRM's; they are shown in the
        interface language."""
        if not ok:
            message, field_errors = crm_error_text(message), field_errors_in_language(
                field_errors)
        if self._state == MISSING:
            if not ok:
                self.lead_form.show_error(message or self.tr("The lead was not created."))
            return
        saving = next((s for s in self._saving if item is None or s.key == item), None)
        if saving is None:
            return  # an answer about a call this panel no longer shows
        self._saving.remove(saving)
        form = self._form(saving.key)
        if ok:
            self._saved(saving, form)
            self._say("ok", message or self.tr("Saved."))
        else:
            self._refused(saving, form, message, field_errors)
        self._update_save()

    def show_save_waiting(self, why: str) -> None:
        """The CRM did not answer a save: what was typed is kept on this computer and is
        sent when the CRM is back (the outbox retries); the operator may go on. ``why`` is
        the CRM's own sentence, shown in the interface language."""
        why = crm_error_text(why)
        if self._state == MISSING:
            self.lead_form.say_waiting(self.tr(
                "%1 The lead is kept and will be created when the CRM answers.").replace(
                "%1", why))
            return
        if self._saving:
            self._say("warn", self.tr(
                "%1 The changes are kept and will be saved when the CRM answers.").replace(
                "%1", why))

    # ---- searching -------------------------------------------------------------------
    def _found(self, items: Sequence[CrmItem]) -> None:
        self.items = list(items)
        if not self.items:
            self._show_missing(invalid=False)
            return
        keys = [(item.entity, item.id) for item in self.items]
        self.chosen = self._wanted if self._wanted in keys else keys[0]
        # The card shows the caller's name first; the fields are built a moment later,
        # once that has been painted (they take far longer than a frame).
        self.client_changed.emit(self.context())
        generation = self._generation
        QTimer.singleShot(0, self, lambda: self._show_found(generation))

    def _show_found(self, generation: int) -> None:
        if generation != self._generation or not self.items:
            return  # another call, or cleared, since
        self._build_sections({})
        self._apply_choice()
        self._say("", "")
        self._show(FOUND)

    def _search_failed(self, error: Exception) -> None:
        if isinstance(error, InvalidPhoneError):
            self._show_missing(invalid=True)
            return
        self.trouble.show_error(error)
        self._show(TROUBLE)

    def _show_missing(self, invalid: bool) -> None:
        self.items, self.chosen = [], None
        self.lead_form.start(self.number)
        self.missing.show_number(self.number, invalid)
        self._show(MISSING)
        if self.isVisible():
            self.lead_form.name.setFocus()
        self.client_changed.emit(self.context())

    def _catalog_loaded(self, catalog: dict[tuple[EntityType, str], FieldMeta]) -> None:
        if self.role is not None:
            self.set_role(self.role, catalog)
        else:
            self.catalog = catalog

    def _catalog_failed(self, error: Exception) -> None:
        # The search fails the same way and says so; fields stay locked until it is read.
        log.info("The CRM's field list could not be read: %s", error)

    # ---- items and choosing ------------------------------------------------------------
    def _build_sections(self, shown: Mapping[EntityType, str]) -> None:
        for section in self.sections.values():
            self.items_column.removeWidget(section)
            section.hide()
            section.deleteLater()
        self.sections = {}
        language = i18n.current_language()
        for entity in EntityType:
            found = [item for item in self.items if item.entity is entity]
            if not found:
                continue
            fields = self.role.fields_of(entity) if self.role is not None else []
            section = EntitySection(entity, found, fields, self.catalog, language)
            if entity in shown:
                section.show_item(shown[entity])
            section.item_shown.connect(self._choose)
            section.clicked.connect(self._choose)
            section.edited.connect(self._update_save)
            self.items_column.addWidget(section)
            self.sections[entity] = section
        if self.chosen is not None and self.chosen[0] in self.sections:
            self.sections[self.chosen[0]].set_chosen(True)
        self.history.set_items(self.items, self.chosen)

    def _shown_items(self) -> dict[EntityType, str]:
        return {entity: section.shown.id for entity, section in self.sections.items()}

    def _choose(self, key: ItemKey) -> None:
        """Work with this item: its card outlined, its history below, the card told."""
        if key == self.chosen or key[0] not in self.sections:
            return
        self.chosen = key
        self._apply_choice()
        self.client_changed.emit(self.context())

    def _apply_choice(self) -> None:
        if self.chosen is None:
            return
        entity, item_id = self.chosen
        for kind, section in self.sections.items():
            if kind is entity:
                section.show_item(item_id)
            section.set_chosen(kind is entity)
        self.history.set_items(self.items, self.chosen)
        self.history.load(self.chosen)

    # ---- saving ----------------------------------------------------------------------
    def save(self) -> None:
        """Send the changed fields, one ``save_requested`` per item; bad inputs stop it."""
        forms = [form for form in self._forms() if form.changed_codes()]
        if self._state != FOUND or not forms:
            return
        if not all([form.check() for form in forms]):
            self._say("error", self.tr("Correct the marked fields, then save again."))
            self._show_first_error()
            return
        self._say("", self.tr("Saving…"))
        for form in forms:
            values = form.changes()
            saving = _Saving(form.key, values, form.accept(list(values)))
            self._saving.append(saving)
            self.save_requested.emit(form.item.entity, form.item.id, dict(values))
        self._update_save()

    def _saved(self, saving: _Saving, form: ItemForm | None) -> None:
        entity = saving.key[0]
        self.items = [CrmItem(i.entity, i.id, i.title, {**i.fields, **saving.values})
                      if (i.entity, i.id) == saving.key else i for i in self.items]
        updated = next(i for i in self.items if (i.entity, i.id) == saving.key)
        if entity in self.sections:
            self.sections[entity].replace_item(updated)
        if form is not None:
            form.show_errors({})
        self.client_changed.emit(self.context())

    def _refused(self, saving: _Saving, form: ItemForm | None, message: str,
                 field_errors: Mapping[str, str]) -> None:
        lines = [message or self.tr("The CRM did not save the changes.")]
        if form is not None:
            form.undo(saving.before)
            self._choose(saving.key)  # show the item whose fields are marked
            elsewhere = form.show_errors(field_errors)
            language = i18n.current_language()
            lines += [f"{field_label(self.catalog.get((saving.key[0], code)), code, language)}:"
                      f" {text}" for code, text in elsewhere.items()]
            self._show_first_error()
        self._say("error", "\n".join(lines))

    def _show_first_error(self) -> None:
        """Scroll to the first marked input and put the cursor in it."""
        for form in self._forms():
            for editor in form.editors.values():
                if editor.error.text() and form.isVisibleTo(self.scroll.widget()):
                    self.scroll.ensureWidgetVisible(editor)
                    editor.setFocus()
                    return

    def _update_save(self) -> None:
        dirty = any(form.changed_codes() for form in self._forms())
        self.save_button.setEnabled(dirty)
        unsaved = self.tr("Changes not saved yet.")
        if dirty and self.save_bar.tone != "error":
            self._say("", unsaved)
        elif not dirty and self.save_bar.message.text() == unsaved:
            self._say("", "")

    def _busy_editing(self) -> bool:
        return bool(self._saving) or any(form.changed_codes() for form in self._forms())

    def _forms(self) -> list[ItemForm]:
        return [form for section in self.sections.values() for form in section.forms.values()]

    def _form(self, key: ItemKey) -> ItemForm | None:
        section = self.sections.get(key[0])
        return section.forms.get(key[1]) if section is not None else None

    def _say(self, tone: str, text: str) -> None:
        self.save_bar.say(tone, text)

    # ---- plumbing --------------------------------------------------------------------
    def _submit(self, name: str, fn: Callable[[CrmGateway], Any],
                on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
        """Ask the CRM; a newer request of the same name makes the older one moot."""
        old = self._tickets.pop(name, None)
        if old is not None:
            old.cancel()
        self._tickets[name] = self.runner.submit(fn, on_done, on_error)

    def _reset(self) -> None:
        self._generation += 1
        for ticket in self._tickets.values():
            ticket.cancel()
        self._tickets.clear()
        self._saving.clear()
        self.items, self.chosen = [], None
        self._build_sections({})
        self.history.clear()
        self._say("", "")
        self.save_button.setEnabled(False)

    def _show(self, state: int) -> None:
        self._state = state
        self.pages.setCurrentIndex(state)
