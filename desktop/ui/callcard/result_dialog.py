"""Confirming a result button: what each action will do, with the deadline or comment to adjust.

The second of the "two clicks": everything is pre-filled (the computed deadline, the
rendered comment), so Enter records the result as it stands; the operator changes a
date or types a comment only when the button asks. A comment the operator must type
and a deadline that is missing or past are refused in place, next to the action.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.buttons import ActionButton, ActionKind
from desktop.domain.colors import text_color_on
from desktop.services import results
from desktop.services.results import Answer, Prompt, ResultError
from desktop.ui.button_face import safe_color
from desktop.ui.callcard.field_editors import display_value
from desktop.ui.callcard.field_inputs import INPUT_STYLE, DateTimeInput, TextInput, mark_invalid

PAST_GRACE = timedelta(minutes=1)
WIDTH = 480
ACTION_GAP = 8  # between one action and the next
INPUT_TEXT_TOP = 6  # from an input's top edge to its text
Validate = Callable[[dict[int, Answer]], object]

_STYLE = INPUT_STYLE + """
QLabel#resultHeader { border-radius: 6px; padding: 10px 14px; font-size: 12pt;
                      font-weight: 600; }
QLabel#resultWarning { background: #fffbeb; border: 1px solid #fcd34d; border-radius: 4px;
                       color: #92400e; padding: 6px 8px; }
QLabel#actionKind { font-weight: 600; color: #0f172a; }
QLabel#actionDetail { color: #334155; }
QLabel#actionError { color: #b91c1c; }
QFrame#commentShown { background: #f8fafc; border: 1px solid #e2e8f0; border-radius: 4px; }
"""


class ResultDialog(QDialog):
    """Ask what the pressed button needs; :meth:`answers` holds the operator's answers.

    ``names`` maps lead status and deal stage IDs to their names. ``validate``, when
    given, is run with the answers before the dialog closes (e.g. planning the result);
    a :class:`ResultError` it raises is shown next to its action.
    """

    def __init__(self, button: ActionButton, prompts: list[Prompt], warnings: list[str],
                 names: Mapping[str, str], parent: QWidget | None = None, *,
                 validate: Validate | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultDialog")
        self.setStyleSheet(_STYLE)
        self.setWindowTitle(button.title)
        self.setMinimumWidth(WIDTH)
        self.prompts = list(prompts)
        self.names = names
        self._validate = validate
        self.deadlines: dict[int, DateTimeInput] = {}
        self.comments: dict[int, QPlainTextEdit] = {}
        self.errors: dict[int, QLabel] = {}
        self.header = QLabel(button.title, objectName="resultHeader")
        background = safe_color(button.color)
        self.header.setStyleSheet(f"background: {background}; color: {text_color_on(background)};")
        self.warning_labels = [self._warning(text) for text in warnings]
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(self.tr("Record the result"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setObjectName("primaryButton")
        self.confirm.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self.resize(WIDTH, 0)
        self._fit()
        self._focus_first()

    # ---- building ------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        for label in self.warning_labels:
            layout.addWidget(label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        row = 0
        for prompt in self.prompts:
            row = self._add_action(grid, row, prompt)
        layout.addLayout(grid)
        layout.addStretch(1)  # a taller window keeps the actions together at the top
        if self.comments:
            hint = QLabel(self.tr("Enter records the result; Shift+Enter starts a new line."),
                          objectName="hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def _add_action(self, grid: QGridLayout, row: int, prompt: Prompt) -> int:
        """The action's name on the left, what it does and its input on the right; a fixed
        change (status, stage) is one line across."""
        kind = QLabel(self._kind_title(prompt), objectName="actionKind")
        kind.setWordWrap(True)
        if row:
            grid.setRowMinimumHeight(row, ACTION_GAP)
            row += 1
        if prompt.kind in (ActionKind.LEAD_STATUS, ActionKind.DEAL_STAGE):
            grid.addWidget(kind, row, 0, 1, 2)
            row += 1
        else:
            grid.addWidget(kind, row, 0, Qt.AlignmentFlag.AlignTop)
            widgets = [w for w in (self._detail(prompt), self._editor(prompt)) if w is not None]
            if widgets and not isinstance(widgets[0], QLabel):
                kind.setContentsMargins(0, INPUT_TEXT_TOP, 0, 0)  # level with the input's text
            for widget in widgets:
                grid.addWidget(widget, row, 1)
                row += 1
        error = QLabel(objectName="actionError")
        error.setWordWrap(True)
        error.hide()
        self.errors[prompt.index] = error
        grid.addWidget(error, row, 1)
        return row + 1

    def _kind_title(self, prompt: Prompt) -> str:
        name = self.names.get(prompt.fixed, prompt.fixed)
        titles = {
            ActionKind.CALLBACK: lambda: self.tr("Callback"),
            ActionKind.MEETING: lambda: self.tr("Meeting"),
            ActionKind.COMMENT: lambda: self.tr("Comment"),
            ActionKind.TASK: lambda: self.tr("Task"),
            ActionKind.LEAD_STATUS: lambda: self.tr("Lead status → «%1»").replace("%1", name),
            ActionKind.DEAL_STAGE: lambda: self.tr("Deal stage → «%1»").replace("%1", name),
        }
        return titles[prompt.kind]()

    def _detail(self, prompt: Prompt) -> QWidget | None:
        if prompt.kind in (ActionKind.CALLBACK, ActionKind.MEETING) and prompt.title:
            return _label(prompt.title, "actionDetail")
        if prompt.kind is ActionKind.TASK:
            shown = display_value(None, prompt.deadline, "")
            due = (self.tr("Due %1").replace("%1", shown)
                   if prompt.deadline else self.tr("No deadline"))
            return _label(f"{prompt.title}\n{due}", "actionDetail")
        if prompt.kind is ActionKind.COMMENT and not prompt.editable:
            box = QFrame(objectName="commentShown")
            text = _label(prompt.text or "", "actionDetail")
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            QVBoxLayout(box).addWidget(text)
            return box
        return None

    def _editor(self, prompt: Prompt) -> QWidget | None:
        if prompt.kind in (ActionKind.CALLBACK, ActionKind.MEETING):
            moment = DateTimeInput(self)
            moment.setObjectName("deadlineEdit")
            if prompt.deadline is not None:
                moment.set_iso(prompt.deadline.isoformat())
            moment.dateTimeChanged.connect(lambda *_a, i=prompt.index: self._clear_error(i))
            self.deadlines[prompt.index] = moment
            return moment
        if prompt.kind is ActionKind.COMMENT and prompt.editable:
            box = TextInput(self)
            box.setObjectName("commentEdit")
            box.setPlaceholderText(self.tr("Type the comment"))
            box.installEventFilter(self)
            box.textChanged.connect(lambda i=prompt.index: self._clear_error(i))
            self.comments[prompt.index] = box
            return box
        return None

    def _warning(self, text: str) -> QLabel:
        label = QLabel("⚠ " + self._translated(text), objectName="resultWarning")
        label.setWordWrap(True)
        return label

    def _focus_first(self) -> None:
        """The first input of the actions, in their order; the confirm button if none."""
        inputs: dict[int, QWidget] = {**self.deadlines, **self.comments}
        first = inputs[min(inputs)] if inputs else self.confirm
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- answers -------------------------------------------------------------------
    def answers(self) -> dict[int, Answer]:
        """The deadline or text of each action that asks the operator, by action index."""
        found: dict[int, Answer] = {}
        for index, moment in self.deadlines.items():
            found[index] = Answer(deadline=_as_moment(moment.iso()))
        for index, box in self.comments.items():
            found[index] = Answer(text=box.toPlainText().strip())
        return found

    def accept(self) -> None:
        """Close only with answers the result can be recorded with."""
        problems = self._problems()
        if not problems and self._validate is not None:
            try:
                self._validate(self.answers())
            except ResultError as error:
                problems = {error.index: str(error)}
        for index in self.errors:
            self._show_error(index, self._translated(problems.get(index, "")))
        if problems:
            self._fit()
            return
        super().accept()

    def _fit(self) -> None:
        """Tall enough for every line at the current width (errors add lines)."""
        self.layout().activate()
        height = self.layout().totalHeightForWidth(self.width())
        self.resize(self.width(), max(height, self.layout().totalMinimumSize().height()))

    def _problems(self) -> dict[int, str]:
        now = datetime.now(UTC)
        found: dict[int, str] = {}
        for index, answer in self.answers().items():
            if index in self.comments and not answer.text:
                found[index] = results.TYPE_COMMENT
            elif index in self.deadlines and answer.deadline is None:
                found[index] = results.CHOOSE_MOMENT
            elif index in self.deadlines and answer.deadline is not None \
                    and answer.deadline < now - PAST_GRACE:
                found[index] = results.MOMENT_PASSED
        return found

    def _show_error(self, index: int, message: str) -> None:
        self.errors[index].setText(message)
        self.errors[index].setVisible(bool(message))
        editor = self.comments.get(index) or self.deadlines.get(index)
        if editor is not None:
            mark_invalid(editor, bool(message))
            if message:
                editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_error(self, index: int) -> None:
        if self.errors[index].isVisible():
            self._show_error(index, "")

    def _translated(self, text: str) -> str:
        """The UI's words for the services' messages (English in the code)."""
        known = {
            results.TYPE_COMMENT: lambda: self.tr("Type the comment."),
            results.CHOOSE_MOMENT: lambda: self.tr("Choose the date and time."),
            results.MOMENT_PASSED: lambda: self.tr("This moment has passed: choose a later one."),
            results.NEW_LEAD: lambda: self.tr(
                "No client with this number: the result creates a new lead for it."),
            results.NO_LEAD: lambda: self.tr(
                "No lead for this number: the lead status is not changed."),
            results.NO_DEAL: lambda: self.tr("No deal for this number: the stage is not changed."),
            results.OTHER_PIPELINE: lambda: self.tr(
                "The deal is in another pipeline: the stage is not changed."),
        }
        make = known.get(text)
        return make() if make else text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the comment confirms; Shift+Enter is a new line."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.accept()
            return True
        return super().eventFilter(watched, event)


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text, objectName=name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def _as_moment(iso: str) -> datetime | None:
    return datetime.fromisoformat(iso) if iso else None

