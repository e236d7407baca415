"""The lint panel: what in the script would trip an operator, refreshed as the supervisor edits.

The rules live in the domain (``desktop.domain.lint``); this panel only words them in
the interface language, naming the steps by their titles, and lets a click select the
steps concerned. Lint runs a moment after the last edit (debounced), so typing a
title stays smooth on big scripts. It never blocks saving or publishing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.toolbar import painted_icon
from desktop.domain.lint import NAMES_SHOWN, LintIssue, LintKind, lint
from desktop.domain.script import Script, Step
from desktop.ui import i18n

DEBOUNCE_MS = 150

TITLE_CHARS = 40
STEPS_ROLE = Qt.ItemDataRole.UserRole

ICONS = {
    LintKind.UNREACHABLE: "lint_unreachable",
    LintKind.DEAD_END: "lint_dead_end",
    LintKind.DUPLICATE_SIBLING_TITLES: "lint_duplicate",
    LintKind.TRAPPED_LOOP: "lint_loop",
    LintKind.EMPTY_TITLE: "lint_empty_title",
    LintKind.NO_START: "lint_no_start",
}


def step_label(step: Step) -> str:
    """How a step is named in a sentence: «its title», or the start of its text."""
    title = " ".join(step.title.split())
    if title:
        return f"«{_clip(title)}»"
    text = " ".join(step.text.split())
    if text:
        return QCoreApplication.translate("LintPanel", "untitled step (%1)").replace(
            "%1", f"«{_clip(text)}»")
    return QCoreApplication.translate("LintPanel", "untitled step")


def _clip(text: str) -> str:
    return text if len(text) <= TITLE_CHARS else text[:TITLE_CHARS - 1].rstrip() + "…"


def steps_named(script: Script, step_ids: Sequence[str]) -> str:
    """«A», «B», «C» and 4 more — at most a few names, so an entry stays readable."""
    labels = [step_label(script.step(i)) for i in step_ids if i in script]
    shown = ", ".join(labels[:NAMES_SHOWN])
    rest = len(labels) - NAMES_SHOWN
    if rest > 0:
        shown += " " + QCoreApplication.translate("LintPanel", "and %1 more").replace(
            "%1", str(rest))
    return shown


def describe(issue: LintIssue, script: Script) -> str:
    """The issue as one sentence in the interface language."""
    translate = QCoreApplication.translate
    sentences = {
        LintKind.UNREACHABLE: translate("LintPanel",
                                        "Cannot be reached from the start step: %1."),
        LintKind.DEAD_END: translate("LintPanel", "No way forward and not marked as final: %1."),
        LintKind.DUPLICATE_SIBLING_TITLES: translate(
            "LintPanel", "The buttons after %2 would look the same: %1."),
        LintKind.TRAPPED_LOOP: translate("LintPanel", "A loop with no way out: %1."),
        LintKind.EMPTY_TITLE: translate(
            "LintPanel", "No title, the button leading here would be blank: %1."),
        LintKind.NO_START: translate("LintPanel", "The script has no start step."),
    }
    sentence = sentences.get(issue.kind)
    if sentence is None:
        return issue.message
    if issue.kind == LintKind.DUPLICATE_SIBLING_TITLES:
        sentence = sentence.replace("%2", _common_parent(script, issue.step_ids))
    return sentence.replace("%1", steps_named(script, issue.step_ids))


def _common_parent(script: Script, step_ids: Sequence[str]) -> str:
    """The step the twin buttons are shown on (the parent all of them share)."""
    shared: set[str] | None = None
    for step_id in step_ids:
        if step_id in script:
            parents = {s.id for s in script.previous_steps(step_id)}
            shared = parents if shared is None else shared & parents
    parent = min(shared) if shared else None
    return step_label(script.step(parent)) if parent else "…"


class LintPanel(i18n.Retranslatable, QWidget):
    """Issues of the document's script; ``steps_chosen`` carries the step ids of a clicked one."""

    steps_chosen = Signal(list)
    title_changed = Signal(str)  # «Issues: 3», for a host that shows the title itself

    def __init__(self, parent: QWidget | None = None,
                 linter: Callable[[Script], list[LintIssue]] = lint) -> None:
        super().__init__(parent)
        self.setObjectName("lintPanel")
        self._linter = linter
        self._document = None
        self.issues: list[LintIssue] = []
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

        self.header = QLabel(objectName="sectionTitle")
        self.empty_icon = QLabel()
        self.empty_icon.setPixmap(painted_icon("lint_clean").pixmap(18, 18))
        self.empty_label = QLabel(objectName="hint")
        self.hint = QLabel(objectName="footnote")
        self.hint.setWordWrap(True)
        self.list = QListWidget(objectName="lintList")
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(18, 18))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setStyleSheet(
            "QListWidget { border: 1px solid #e2e8f0; border-radius: 6px; background: #ffffff;"
            " outline: 0; }"
            "QListWidget::item { padding: 6px 4px; border-bottom: 1px solid #f1f5f9; }"
            "QListWidget::item:selected { background: #dbeafe; color: #0f172a; }")
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)

        empty = QHBoxLayout()
        empty.setContentsMargins(2, 4, 0, 0)
        empty.setSpacing(6)
        empty.addWidget(self.empty_icon)
        empty.addWidget(self.empty_label, 1)
        self.empty_row = QWidget()
        self.empty_row.setLayout(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.empty_row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addStretch(0)  # takes the room while the list is hidden
        self._script: Script | None = None
        self._show()

    # ---- feeding --------------------------------------------------------------------
    def set_document(self, document) -> None:
        """Follow ``document`` (a ScriptDocument): lint again shortly after each change."""
        if self._document is not None:
            self._document.changed.disconnect(self.schedule)
        self._document = document
        document.changed.connect(self.schedule)
        self.refresh()

    def schedule(self) -> None:
        """Lint a moment after the last change (restarts the wait on every change)."""
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        if self._document is not None:
            self.show_script(self._document.script)

    def show_script(self, script: Script) -> None:
        """Lint ``script`` now and list what was found."""
        self._script = script
        self.issues = self._linter(script)
        self._show()

    # ---- showing --------------------------------------------------------------------
    def _show(self) -> None:
        self.list.clear()
        script = self._script
        for issue in self.issues:
            item = QListWidgetItem(painted_icon(ICONS.get(issue.kind, "lint_unreachable")),
                                   describe(issue, script) if script else issue.message)
            item.setData(STEPS_ROLE, list(issue.step_ids))
            self.list.addItem(item)
        count = len(self.issues)
        self.header.setText(self.title())
        self.title_changed.emit(self.title())
        self.empty_label.setText(self.tr("No issues"))
        self.hint.setText(self.tr("Click an issue to select its steps. Issues never block "
                                  "saving or publishing."))
        self.empty_row.setVisible(count == 0)
        self.list.setVisible(count > 0)
        self.hint.setVisible(count > 0)

    def retranslate(self) -> None:
        self._show()

    def title(self) -> str:
        count = len(self.issues)
        return self.tr("Issues: %1").replace("%1", str(count)) if count else self.tr("Issues")

    def entry_texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        step_ids = list(item.data(STEPS_ROLE) or [])
        if step_ids:
            self.steps_chosen.emit(step_ids)
