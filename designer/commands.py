"""Undo commands of the script designer, and the reversible changes they are made of.

Every user change is one :class:`EditCommand` pushed by
:class:`~designer.document.ScriptDocument`: a list of :class:`Change` objects done in
order and undone in reverse, so a compound edit (delete a selection, paste) is one
undo step and announces ``changed`` once. Changes touch only the model, through
:class:`ModelEdits`, which edits the domain ``Script`` and emits the document's
signals; the canvas follows those signals.

Changes are plain Python objects rather than child ``QUndoCommand``s: a Python
subclass owned by a Qt parent command is easy to free twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from desktop.domain.script import Link, Script, Step, StepField

if TYPE_CHECKING:
    from designer.document import ScriptDocument

Position = tuple[float, float]


class ModelEdits:
    """Edits without undo that keep the script and the document's signals in step.

    Only commands call these; everyone else goes through the document's methods.
    ``changed`` is announced once per outermost :meth:`batch`.
    """

    def __init__(self, document: ScriptDocument) -> None:
        self._document = document
        self._depth = 0
        self._dirty = False

    @property
    def script(self) -> Script:
        return self._document.script

    @contextmanager
    def batch(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0 and self._dirty:
                self._dirty = False
                self._document.changed.emit()

    def _touched(self) -> None:
        if self._depth:
            self._dirty = True
        else:
            self._document.changed.emit()

    # ---- steps ----------------------------------------------------------------------
    def insert_step(self, step: Step) -> None:
        had_start = self.script.start_step_id
        self.script.insert_step(step.copy())
        self._document.step_added.emit(step.id)
        if self.script.start_step_id != had_start:
            self._document.start_changed.emit(self.script.start_step_id or "")
        self._touched()

    def delete_step(self, step_id: str) -> tuple[Step, list[Link]]:
        had_start = self.script.start_step_id
        links = self.script.links_of(step_id)
        for link in links:  # announced while both ends still exist
            self.script.unlink(link.source, link.target)
            self._document.link_removed.emit(link.source, link.target)
        step, _ = self.script.remove_step(step_id)
        self._document.step_removed.emit(step_id)
        if self.script.start_step_id != had_start:
            self._document.start_changed.emit(self.script.start_step_id or "")
        self._touched()
        return step, links

    def set_title(self, step_id: str, title: str) -> None:
        self.script.rename(step_id, title)
        self._step_changed(step_id)

    def set_text(self, step_id: str, text: str) -> None:
        self.script.set_text(step_id, text)
        self._step_changed(step_id)

    def set_positions(self, positions: dict[str, Position]) -> None:
        for step_id, (x, y) in positions.items():
            self.script.move(step_id, x, y)
            self._document.step_changed.emit(step_id)
        self._touched()

    def set_fields(self, step_id: str, fields: list[StepField]) -> None:
        step = self.script.step(step_id)
        for old in list(step.fields):
            self.script.remove_field(step_id, old.entity, old.code)
        for new in fields:
            self.script.add_field(step_id, new)
        self._step_changed(step_id)

    def set_final(self, step_id: str, final: bool) -> None:
        self.script.set_final(step_id, final)
        self._step_changed(step_id)

    def set_start(self, step_id: str | None) -> None:
        if step_id is None:
            return
        self.script.set_start(step_id)
        self._document.start_changed.emit(step_id)
        self._touched()

    def _step_changed(self, step_id: str) -> None:
        self._document.step_changed.emit(step_id)
        self._touched()

    # ---- links ----------------------------------------------------------------------
    def add_link(self, source: str, target: str) -> None:
        self.script.link(source, target)
        self._document.link_added.emit(source, target)
        self._touched()

    def remove_link(self, source: str, target: str) -> None:
        self.script.unlink(source, target)
        self._document.link_removed.emit(source, target)
        self._touched()


class EditCommand(QUndoCommand):
    """One undo step made of changes, done in order and undone in reverse."""

    def __init__(self, model: ModelEdits, text: str, changes: list[Change]) -> None:
        super().__init__(text)
        self.model = model
        self.changes = changes

    def redo(self) -> None:
        with self.model.batch():
            for change in self.changes:
                change.do(self.model)

    def undo(self) -> None:
        with self.model.batch():
            for change in reversed(self.changes):
                change.undo(self.model)


class Change:
    """One reversible change of the model."""

    def do(self, model: ModelEdits) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo(self, model: ModelEdits) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class AddStep(Change):
    """A new step, with links from existing steps to it (a child, or a dropped link)."""

    def __init__(self, step: Step, incoming: tuple[str, ...] = ()) -> None:
        self.step = step.copy()
        self.incoming = incoming

    def do(self, model: ModelEdits) -> None:
        model.insert_step(self.step)
        for source in self.incoming:
            model.add_link(source, self.step.id)

    def undo(self, model: ModelEdits) -> None:
        model.delete_step(self.step.id)


class RemoveStep(Change):
    """A step removed with its links; undo puts back both, and the start mark."""

    def __init__(self, step_id: str) -> None:
        self.step_id = step_id
        self.removed: tuple[Step, list[Link]] | None = None
        self.was_start = False

    def do(self, model: ModelEdits) -> None:
        self.was_start = model.script.start_step_id == self.step_id
        self.removed = model.delete_step(self.step_id)

    def undo(self, model: ModelEdits) -> None:
        assert self.removed is not None
        step, links = self.removed
        model.insert_step(step)
        for link in links:
            model.add_link(link.source, link.target)
        if self.was_start:
            model.set_start(step.id)


class AddLink(Change):
    def __init__(self, source: str, target: str) -> None:
        self.source, self.target = source, target

    def do(self, model: ModelEdits) -> None:
        model.add_link(self.source, self.target)

    def undo(self, model: ModelEdits) -> None:
        model.remove_link(self.source, self.target)


class RemoveLink(AddLink):
    def do(self, model: ModelEdits) -> None:
        super().undo(model)

    def undo(self, model: ModelEdits) -> None:
        super().do(model)


class SetTitle(Change):
    def __init__(self, step_id: str, old: str, new: str) -> None:
        self.step_id, self.old, self.new = step_id, old, new

    def do(self, model: ModelEdits) -> None:
        model.set_title(self.step_id, self.new)

    def undo(self, model: ModelEdits) -> None:
        model.set_title(self.step_id, self.old)


class SetText(SetTitle):
    def do(self, model: ModelEdits) -> None:
        model.set_text(self.step_id, self.new)

    def undo(self, model: ModelEdits) -> None:
        model.set_text(self.step_id, self.old)


class Move(Change):
    """Any number of steps moved at once (a drag, or auto-layout)."""

    def __init__(self, old: dict[str, Position], new: dict[str, Position]) -> None:
        self.old, self.new = old, new

    def do(self, model: ModelEdits) -> None:
        model.set_positions(self.new)

    def undo(self, model: ModelEdits) -> None:
        model.set_positions(self.old)


class SetFields(Change):
    def __init__(self, step_id: str, old: list[StepField], new: list[StepField]) -> None:
        self.step_id, self.old, self.new = step_id, list(old), list(new)

    def do(self, model: ModelEdits) -> None:
        model.set_fields(self.step_id, self.new)

    def undo(self, model: ModelEdits) -> None:
        model.set_fields(self.step_id, self.old)


class SetFinal(Change):
    def __init__(self, step_id: str, final: bool) -> None:
        self.step_id, self.final = step_id, final

    def do(self, model: ModelEdits) -> None:
        model.set_final(self.step_id, self.final)

    def undo(self, model: ModelEdits) -> None:
        model.set_final(self.step_id, not self.final)


class SetStart(Change):
    def __init__(self, step_id: str, old: str | None) -> None:
        self.step_id, self.old = step_id, old

    def do(self, model: ModelEdits) -> None:
        model.set_start(self.step_id)

    def undo(self, model: ModelEdits) -> None:
        model.set_start(self.old)
