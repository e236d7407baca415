"""Shared helpers of the designer window tests: a real database, a real ScriptService and
the editor on screen, with the questions it asks answered by the test.

(No tests here; the ``test_`` prefix keeps it next to the tests that use it.)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from designer.conflict import CloseChoice
from designer.editor import ScriptEditor
from desktop.cli import open_database
from desktop.crm.fields import CATALOG
from desktop.domain.crm_types import EntityType
from desktop.domain.script import Script, StepField
from desktop.services.accounts import AccountService
from desktop.services.scripts import ScriptService
from desktop.storage.database import Database
from tests.gui.designer.test_canvas_support import title_of

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def sales() -> Script:
    """Greeting -> Needs -> (Offer | Goodbye); Goodbye is final, Offer a dead end."""
    script = Script("Sales")
    script.add_step("Greeting", "Hello! This is Alpha Service.", step_id="a", x=0, y=0)
    script.add_step("Needs", "What do you need the service for?", step_id="b", x=0, y=220,
                    fields=[StepField(EntityType.CONTACT, "NAME")])
    script.add_step("Offer", "The Business plan suits you.", step_id="c", x=-150, y=440)
    script.add_step("Goodbye", "Thank you for the call!", step_id="d", x=150, y=440,
                    final=True)
    script.link("a", "b")
    script.link("b", "c")
    script.link("b", "d")
    return script


def field_catalog(entity: EntityType):
    return list(CATALOG[entity])


@dataclass
class FakeQuestions:
    """Answers the editor's questions at once and remembers them."""

    close_answer: CloseChoice = CloseChoice.CANCEL
    confirm_answer: bool = True
    asked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def unsaved_changes(self, parent: QWidget, name: str) -> CloseChoice:
        self.asked.append(f"unsaved {name}")
        return self.close_answer

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.confirm_answer

    def error(self, parent: QWidget, title: str, text: str) -> None:
        self.errors.append(f"{title}: {text}")


@dataclass
class Env:
    qtbot: QtBot
    db: Database
    scripts: ScriptService
    script_id: int
    user_id: int
    editors: list[ScriptEditor] = field(default_factory=list)

    def open(self, script_id: int | None = None, scripts=None) -> ScriptEditor:
        """The designer of the script on screen, active, with its canvas focused."""
        editor = ScriptEditor(scripts or self.scripts, script_id or self.script_id,
                              field_catalog, self.user_id, "en")
        editor.questions = FakeQuestions()
        self.editors.append(editor)
        editor.resize(1200, 800)
        editor.show()
        self.qtbot.waitExposed(editor)
        editor.activateWindow()
        self.qtbot.waitUntil(editor.isActiveWindow)
        editor.canvas.setFocus()
        self.qtbot.waitUntil(editor.canvas.hasFocus)
        editor.canvas.zoom_reset()
        editor.canvas.centerOn(editor.canvas.scene.content_rect().center())
        return editor

    def close_all(self) -> None:
        for editor in self.editors:
            if isValid(editor) and editor.isVisible():
                editor.questions.close_answer = CloseChoice.DISCARD
                editor.close()
        self.db.dispose()


def editor_env(qtbot: QtBot, url: str, script: Script | None = None) -> Iterator[Env]:
    """A fixture body: the database, a supervisor, the script stored; closes everything."""
    db = open_database(url)
    supervisor = AccountService(db).create_first_supervisor("anna", "Anna Smirnova",
                                                            "anna-secret")
    scripts = ScriptService(db, supervisor)
    stored = scripts.add(script or sales())
    env = Env(qtbot, db, scripts, stored.id, supervisor.user.id)
    try:
        yield env
    finally:
        env.close_all()


def rename_on_canvas(qtbot: QtBot, editor: ScriptEditor, step_id: str, title: str) -> None:
    """Double-click the step's title, type the new one (ASCII), press Enter."""
    canvas = editor.canvas
    point: QPoint = title_of(canvas, step_id)
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: canvas.scene.focusItem() is not None)
    qtbot.keyClicks(canvas.viewport(), title)
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.script.step(step_id).title == title)


def save_with_keys(qtbot: QtBot, editor: ScriptEditor) -> None:
    qtbot.keyClick(editor.canvas, Qt.Key.Key_S, CTRL)
