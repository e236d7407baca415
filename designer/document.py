"""The script being edited: the domain ``Script`` plus Qt signals and an undo stack.

Everything that edits a script in the designer goes through this object: each public
method validates with the domain first (raising its ``ScriptError`` and pushing
nothing), then pushes exactly one undo command. The canvas, the lint panel and the
dirty marker follow the signals; nobody keeps a second copy of the data.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from designer import commands as cmd
from designer.clipboard import copy_steps, steps_from_data
from desktop.domain.errors import DuplicateFieldError
from desktop.domain.layout import layered_positions
from desktop.domain.script import Script, Step, StepField, new_step_id

# Where a duplicate lands relative to its original, in scene units.
DUPLICATE_OFFSET = (40.0, 40.0)


class ScriptDocument(QObject):
    step_added = Signal(str)
    step_removed = Signal(str)
    step_changed = Signal(str)  # title, text, position, fields or the final mark
    link_added = Signal(str, str)
    link_removed = Signal(str, str)
    start_changed = Signal(str)  # the new start step id ("" when the script is empty)
    script_replaced = Signal()  # a whole new script: views rebuild
    changed = Signal()  # once after any change

    def __init__(self, script: Script, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.script = script
        self.undo_stack = QUndoStack(self)
        self._edits = cmd.ModelEdits(self)

    def replace_script(self, script: Script) -> None:
        """Show another script (a reload or a restored version); history starts afresh."""
        self.undo_stack.clear()
        self.script = script
        self.script_replaced.emit()
        self.changed.emit()

    # ---- adding ---------------------------------------------------------------------
    def add_child(self, parent_id: str, title: str = "") -> str:
        """A new step linked from ``parent_id``, where the domain finds room for it."""
        step_id = new_step_id()
        probe = self.script.add_child(parent_id, title, step_id=step_id)
        self.script.remove_step(step_id)  # the domain only chose the place
        self._push(self.tr("Add step"), cmd.AddStep(probe, (parent_id,)))
        return step_id

    def add_step(self, x: float, y: float, title: str = "",
                 parent_id: str | None = None) -> str:
        """A step at (x, y), linked from ``parent_id`` when given."""
        if parent_id is not None:
            self.script.step(parent_id)
        step = Step(new_step_id(), title, "", float(x), float(y))
        incoming = (parent_id,) if parent_id else ()
        self._push(self.tr("Add step"), cmd.AddStep(step, incoming))
        return step.id

    # ---- links ----------------------------------------------------------------------
    def link(self, source: str, target: str) -> None:
        self.script.link(source, target)  # the domain judges; undone at once
        self.script.unlink(source, target)
        self._push(self.tr("Link steps"), cmd.AddLink(source, target))

    def unlink(self, source: str, target: str) -> None:
        self.script.unlink(source, target)
        self.script.link(source, target)
        self._push(self.tr("Remove link"), cmd.RemoveLink(source, target))

    # ---- removing -------------------------------------------------------------------
    def remove(self, step_ids: Iterable[str], links: Iterable[tuple[str, str]] = ()) -> None:
        """Remove links and steps (with all their links) as one edit."""
        steps = list(dict.fromkeys(step_ids))
        for step_id in steps:
            self.script.step(step_id)
        gone = set(steps)
        own = [(s, t) for s, t in dict.fromkeys(links)
               if s not in gone and t not in gone]
        for source, target in own:
            if not self.script.has_link(source, target):
                self.script.unlink(source, target)  # raises the domain's error
        if not steps and not own:
            return
        changes: list[cmd.Change] = [cmd.RemoveLink(s, t) for s, t in own]
        changes += [cmd.RemoveStep(step_id) for step_id in steps]
        self._push(self.tr("Delete"), *changes)

    # ---- changing one step ----------------------------------------------------------
    def rename(self, step_id: str, title: str) -> None:
        old = self.script.step(step_id).title
        if old != title:
            self._push(self.tr("Rename step"), cmd.SetTitle(step_id, old, title))

    def set_text(self, step_id: str, text: str) -> None:
        old = self.script.step(step_id).text
        if old != text:
            self._push(self.tr("Edit step text"), cmd.SetText(step_id, old, text))

    def move(self, positions: dict[str, tuple[float, float]]) -> None:
        """Move many steps as one edit; steps already in place are left out."""
        self._move(positions, self.tr("Move"))

    def _move(self, positions: dict[str, tuple[float, float]], text: str) -> None:
        old, new = {}, {}
        for step_id, (x, y) in positions.items():
            step = self.script.step(step_id)
            if (step.x, step.y) != (x, y):
                old[step_id], new[step_id] = (step.x, step.y), (float(x), float(y))
        if new:
            self._push(text, cmd.Move(old, new))

    def set_fields(self, step_id: str, fields: list[StepField]) -> None:
        """Replace the step's fields (added, removed, reordered, locked) as one edit."""
        old = list(self.script.step(step_id).fields)
        seen: set[tuple[Any, str]] = set()
        for f in fields:
            if f.key in seen:
                raise DuplicateFieldError(f.label())
            seen.add(f.key)
        if old != list(fields):
            self._push(self.tr("Edit fields"), cmd.SetFields(step_id, old, list(fields)))

    def set_start(self, step_id: str) -> None:
        self.script.step(step_id)
        old = self.script.start_step_id
        if old != step_id:
            self._push(self.tr("Set start step"), cmd.SetStart(step_id, old))

    def set_final(self, step_id: str, final: bool) -> None:
        if self.script.step(step_id).final != final:
            text = self.tr("Mark as final") if final else self.tr("Unmark final step")
            self._push(text, cmd.SetFinal(step_id, final))

    # ---- copies ---------------------------------------------------------------------
    def duplicate(self, step_ids: Iterable[str]) -> list[str]:
        data = copy_steps(self.script, step_ids)
        if not data["steps"]:
            return []
        x = min(s["x"] for s in data["steps"]) + DUPLICATE_OFFSET[0]
        y = min(s["y"] for s in data["steps"]) + DUPLICATE_OFFSET[1]
        return self._insert_copy(data, (x, y), self.tr("Duplicate"))

    def paste(self, data: dict[str, Any], at: tuple[float, float]) -> list[str]:
        """Insert copied steps with new ids, their top-left corner at ``at``."""
        return self._insert_copy(data, at, self.tr("Paste"))

    def _insert_copy(self, data: dict[str, Any], at: tuple[float, float],
                     text: str) -> list[str]:
        part = steps_from_data(data)
        steps = part.steps
        if not steps:
            return []
        dx = at[0] - min(s.x for s in steps)
        dy = at[1] - min(s.y for s in steps)
        ids = {s.id: new_step_id() for s in steps}
        changes: list[cmd.Change] = [
            cmd.AddStep(Step(ids[s.id], s.title, s.text, s.x + dx, s.y + dy, list(s.fields),
                             s.final)) for s in steps]
        changes += [cmd.AddLink(ids[link.source], ids[link.target]) for link in part.links]
        self._push(text, *changes)
        return list(ids.values())

    # ---- whole script ---------------------------------------------------------------
    def auto_layout(self) -> None:
        """Lay the script out in layers from the start step, as one edit."""
        self._move(layered_positions(self.script), self.tr("Auto layout"))

    def _push(self, text: str, *changes: cmd.Change) -> None:
        self.undo_stack.push(cmd.EditCommand(self._edits, text, list(changes)))
