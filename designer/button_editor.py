"""The button editor: title, colour, shortcut and the ordered actions of a result button,
with a live preview of what the operator sees and what pressing it writes.

Opened with ``open()`` (window-modal), like the Scripts tab's dialogs. Save checks the
button with the domain (``ActionButton.validate``) and its templates with the service
(``validate_templates``), refuses a shortcut another button has, then calls
``save(button)``; whatever is refused keeps the dialog open with one clear sentence
under the form and the focus on what to fix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from designer.action_editors import EditorContext
from designer.action_list import ActionList, focus_first_input
from designer.button_preview import ButtonPreview
from designer.button_refusals import describe, shortcut_taken_text, unknown_variables_text
from designer.color_picker import ColorPicker
from designer.tab_widgets import SERVICE_ERRORS
from desktop.domain.buttons import DEFAULT_COLOR, ActionButton
from desktop.domain.errors import ButtonError, TemplateError, UnknownVariableError
from desktop.services.buttons import TITLE_LIMIT
from desktop.ui.button_face import shortcut_text
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import ErrorLine, dialog_body, dialog_buttons

SUGGESTED_KEYS = tuple(f"F{n}" for n in range(1, 13))
SUGGESTIONS_SHOWN = 4
DIALOG_SIZE = (1080, 720)
PREVIEW_WIDTH = 360


def portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


class ButtonEditor(Retranslatable, QDialog):
    """Edits ``button`` (a new one when None).

    ``others`` are the other buttons (for shortcut clashes); ``validate_templates``
    returns the unknown variables of a button's templates; ``save`` stores the button
    and returns it as stored (``saved`` holds it after a successful save).
    """

    def __init__(self, parent: QWidget | None, button: ActionButton | None,
                 context: EditorContext, *, others: Sequence[ActionButton] = (),
                 validate_templates: Callable[[ActionButton], list[str]],
                 save: Callable[[ActionButton], ActionButton]) -> None:
        super().__init__(parent)
        self.setObjectName("buttonEditor")
        self.original = button
        self.context = context
        self.others = [b for b in others if button is None or b.id != button.id]
        self.validate_templates = validate_templates
        self.save = save
        self.saved: ActionButton | None = None
        self.tried = False  # after a refused save, problems are marked as they change
        self._build()
        start = button or ActionButton("", DEFAULT_COLOR)
        self.title_edit.setText(start.title)
        self.colors.set_color(start.color)
        self.shortcut_edit.setKeySequence(QKeySequence(start.shortcut))
        self.actions.set_actions(list(start.actions))
        self.retranslate()
        self._changed()
        self.resize(*DIALOG_SIZE)
        self.title_edit.setFocus()

    # ---- building -------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(objectName="pageTitle")
        self.title_edit = QLineEdit(objectName="buttonTitle")
        self.title_edit.setMaxLength(TITLE_LIMIT)
        self.colors = ColorPicker()
        self.shortcut_edit = QKeySequenceEdit(objectName="buttonShortcut")
        self.shortcut_edit.setMaximumSequenceLength(1)
        self.shortcut_edit.setClearButtonEnabled(True)
        self.shortcut_edit.setMinimumWidth(200)
        self.shortcut_edit.setMaximumWidth(200)
        self.shortcut_hint = QLabel(objectName="hint", wordWrap=True)
        self.suggestions: list[QPushButton] = []
        suggestion_row = QHBoxLayout()
        suggestion_row.setSpacing(4)
        suggestion_row.addWidget(self.shortcut_edit)
        suggestion_row.addSpacing(6)
        self.free_label = QLabel(objectName="hint")
        suggestion_row.addWidget(self.free_label)
        for _ in range(SUGGESTIONS_SHOWN):
            key = QPushButton(objectName="keySuggestion")
            key.setStyleSheet("QPushButton#keySuggestion { padding: 2px 8px; }")
            key.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            key.clicked.connect(lambda _checked=False, k=key: self._use_key(k.text()))
            suggestion_row.addWidget(key)
            self.suggestions.append(key)
        suggestion_row.addStretch(1)

        self.actions = ActionList(self.context)
        self.actions_title = QLabel(objectName="sectionTitle")
        self.actions_hint = QLabel(objectName="hint", wordWrap=True)

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.title_label, self.color_label, self.shortcut_label = QLabel(), QLabel(), QLabel()
        self.title_label.setBuddy(self.title_edit)
        self.color_label.setBuddy(self.colors)
        self.shortcut_label.setBuddy(self.shortcut_edit)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.color_label, self.colors)
        form.addRow(self.shortcut_label, suggestion_row)
        form.addRow(None, self.shortcut_hint)

        body = QWidget(objectName="editorBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(2, 2, 14, 8)
        column.setSpacing(10)
        column.addLayout(form)
        column.addSpacing(6)
        column.addWidget(self.actions_title)
        column.addWidget(self.actions_hint)
        column.addWidget(self.actions, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(body)

        self.preview = ButtonPreview(self.context, self.context.clock or datetime.now)
        self.preview.setFixedWidth(PREVIEW_WIDTH)
        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(self.scroll, 1)
        middle.addWidget(self.preview)

        self.error = ErrorLine()
        self.buttons, self.save_button = dialog_buttons(self)
        dialog_body(self, self.heading, (middle, 1), self.error, self.buttons)

        self.title_edit.textChanged.connect(self._changed)
        self.colors.color_changed.connect(self._changed)
        self.shortcut_edit.keySequenceChanged.connect(self._changed)
        self.actions.changed.connect(self._changed)

    def retranslate(self) -> None:
        original = self.original
        editing = original is not None and original.id is not None
        title = (self.tr("Edit button «%1»").replace("%1", original.title)
                 if original is not None and editing else self.tr("Add button"))
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.title_label.setText(self.tr("&Title:"))
        self.color_label.setText(self.tr("Colour:"))
        self.shortcut_label.setText(self.tr("&Shortcut:"))
        self.title_edit.setPlaceholderText(self.tr("What the operator sees, e.g. Sale"))
        inner = self.shortcut_edit.findChild(QLineEdit)
        if inner is not None:
            inner.setPlaceholderText(self.tr("Press a key…"))
        self.shortcut_edit.setToolTip(self.tr("Press the key (with Ctrl, Alt or Shift if you "
                                              "like) that presses this button in the call "
                                              "card"))
        self.free_label.setText(self.tr("Free:"))
        self.actions_title.setText(self.tr("Actions"))
        self.actions_hint.setText(self.tr("Run in this order when the operator presses the "
                                          "button."))
        self.save_button.setText(self.tr("Save") if editing else self.tr("Add button"))
        self._update_shortcut_hint()

    # ---- the button as edited -------------------------------------------------------
    def button(self) -> ActionButton:
        """The button as the form shows it (id and version kept for an optimistic save)."""
        original = self.original
        return ActionButton(
            title=self.title_edit.text().strip(), color=self.colors.color(),
            actions=self.actions.actions(), shortcut=self.shortcut(),
            id=original.id if original else None, version=original.version if original else 0)

    def shortcut(self) -> str:
        return portable(self.shortcut_edit.keySequence())

    def shortcut_owner(self, shortcut: str) -> ActionButton | None:
        """The other button that already has ``shortcut``, if any."""
        if not shortcut:
            return None
        wanted = QKeySequence(shortcut)
        return next((b for b in self.others if b.shortcut and QKeySequence(b.shortcut)
                     == wanted), None)

    def free_keys(self) -> list[str]:
        taken = {portable(QKeySequence(b.shortcut)) for b in self.others if b.shortcut}
        return [key for key in SUGGESTED_KEYS if key not in taken]

    def _use_key(self, key: str) -> None:
        self.shortcut_edit.setKeySequence(QKeySequence(key))
        self.shortcut_edit.setFocus()

    def _changed(self) -> None:
        button = self.button()
        self.preview.show_button(button)
        self._update_shortcut_hint()
        if self.tried:
            self._mark_problems()
            self.error.show_error(self.problem(button))

    def _update_shortcut_hint(self) -> None:
        owner = self.shortcut_owner(self.shortcut())
        if owner is not None:
            self.shortcut_hint.setText(shortcut_taken_text(shortcut_text(self.shortcut()),
                                                           owner.title))
            self.shortcut_hint.setStyleSheet("color: #b91c1c;")
        else:
            self.shortcut_hint.setText(self.tr(
                "Optional. F1–F12 work best: one key press during the call."))
            self.shortcut_hint.setStyleSheet("")
        free = [k for k in self.free_keys() if k != self.shortcut()][:SUGGESTIONS_SHOWN]
        self.free_label.setVisible(bool(free))
        for button, key in zip(self.suggestions, free + [""] * SUGGESTIONS_SHOWN, strict=False):
            button.setText(key)
            button.setVisible(bool(key))
            button.setToolTip(self.tr("Use %1").replace("%1", key))

    # ---- saving ---------------------------------------------------------------------
    def problem(self, button: ActionButton) -> str:
        """Why ``button`` cannot be saved ("" when it can): the domain's rules first,
        then the templates' variables, then the shortcut."""
        try:
            button.validate()
            unknown = self.validate_templates(button)
        except (ButtonError, UnknownVariableError) as exc:
            return describe(exc)
        except TemplateError:
            return self.tr("A variable is written wrong: use {{entity.FIELD}}, for example "
                           "{{contact.NAME}}.")
        if unknown:
            return unknown_variables_text(unknown)
        owner = self.shortcut_owner(button.shortcut)
        if owner is not None:
            return shortcut_taken_text(shortcut_text(button.shortcut), owner.title)
        return ""

    def accept(self) -> None:
        button = self.button()
        problem = self.problem(button)
        if not problem:
            try:
                self.saved = self.save(button)
            except SERVICE_ERRORS as exc:
                problem = describe(exc)
        if problem:
            self.tried = True
            self.error.show_error(problem)
            self._mark_problems()
            self._focus_problem(button)
            return
        super().accept()

    def _mark_problems(self) -> None:
        for card in self.actions.cards:
            card.set_problem(card.editor.has_problem())

    def _focus_problem(self, button: ActionButton) -> None:
        """Put the focus where the refusal points: the title, the first action with a
        problem, the «Add action» button, or the shortcut."""
        if not button.title:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not button.actions:
            self.actions.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif card := next((c for c in self.actions.cards if c.editor.has_problem()), None):
            focus_first_input(card.editor)
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(card))
        elif self.shortcut_owner(button.shortcut) is not None:
            self.shortcut_edit.setFocus(Qt.FocusReason.OtherFocusReason)
