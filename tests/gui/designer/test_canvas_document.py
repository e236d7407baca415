"""The designer's document: one undo command per edit, signals per step, domain rules first."""

from __future__ import annotations

import pytest

from designer.clipboard import copy_steps, steps_from_data
from designer.document import ScriptDocument
from desktop.domain.crm_types import EntityType
from desktop.domain.errors import (
    DuplicateFieldError,
    DuplicateLinkError,
    ScriptError,
    SelfLinkError,
    UnknownStepError,
)
from desktop.domain.script import Script, StepField
from tests.gui.designer.test_canvas_support import three_steps


class Recorder:
    """Every signal of a document, in order."""

    def __init__(self, document: ScriptDocument) -> None:
        self.events: list[tuple] = []
        for name in ("step_added", "step_removed", "step_changed", "link_added",
                     "link_removed", "start_changed", "changed", "script_replaced"):
            getattr(document, name).connect(
                lambda *args, name=name: self.events.append((name, *args)))

    def count(self, name: str) -> int:
        return sum(1 for e in self.events if e[0] == name)


def test_refused_links_raise_the_domain_error_and_push_nothing() -> None:
    document = ScriptDocument(three_steps())
    with pytest.raises(DuplicateLinkError):
        document.link("a", "b")
    with pytest.raises(SelfLinkError):
        document.link("a", "a")
    with pytest.raises(UnknownStepError):
        document.add_child("nope")
    assert document.undo_stack.count() == 0
    assert document.script == three_steps()


def test_deleting_a_selection_is_one_command_that_undo_restores_whole() -> None:
    script = three_steps()
    script.link("c", "b")
    document = ScriptDocument(script)
    before = script.copy()
    seen = Recorder(document)
    document.remove(["a", "b"], links=[("c", "b")])
    assert sorted(s.id for s in document.script.steps) == ["c"]
    assert document.script.start_step_id == "c"
    assert document.undo_stack.count() == 1
    assert seen.count("changed") == 1  # one refresh of lint and the dirty mark
    assert seen.count("step_removed") == 2 and seen.count("link_removed") == 2
    document.undo_stack.undo()
    assert document.script == before
    assert document.script.start_step_id == "a"


def test_every_edit_is_one_undo_step() -> None:
    document = ScriptDocument(three_steps())
    before = document.script.copy()
    child = document.add_child("a", "Child")
    document.add_step(900, 900, "Loose")
    document.link("c", child)
    document.unlink("a", "b")
    document.rename("a", "Hello")
    document.set_text("a", "Hi there")
    document.move({"a": (10, 20), "c": (500, 20)})
    document.set_start("c")
    document.set_final("b", True)
    document.set_fields("a", [StepField(EntityType.DEAL, "TITLE", editable=False)])
    document.auto_layout()
    assert document.undo_stack.count() == 11
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.script == before
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert document.script.step("a").title == "Hello"
    assert document.script.start_step_id == "c"


def test_edits_that_change_nothing_push_nothing() -> None:
    document = ScriptDocument(three_steps())
    document.rename("a", "Greeting")
    document.move({"a": (0.0, 0.0)})
    document.set_final("a", False)
    document.set_start("a")
    document.remove([])
    assert document.undo_stack.count() == 0


def test_fields_are_replaced_as_one_edit_and_duplicates_refused() -> None:
    document = ScriptDocument(three_steps())
    name, phone = document.script.step("b").fields
    locked = StepField(EntityType.CONTACT, "NAME", editable=False)
    seen = Recorder(document)
    document.set_fields("b", [phone, locked])
    assert document.script.step("b").fields == [phone, locked]
    assert seen.events == [("step_changed", "b"), ("changed",)]
    with pytest.raises(DuplicateFieldError):
        document.set_fields("b", [phone, phone])
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.script.step("b").fields == [name, phone]


def test_paste_gives_new_ids_and_keeps_only_links_among_the_copied_steps() -> None:
    source = three_steps()
    source.link("c", "b")
    data = copy_steps(source, ["b", "c"])
    assert [tuple(link) for link in data["links"]] == [("c", "b")]
    target = ScriptDocument(Script("Other"))
    new = target.paste(data, (100.0, 50.0))
    script = target.script
    assert len(new) == 2 and not {"b", "c"} & set(new)
    by_title = {script.step(i).title: script.step(i) for i in new}
    assert script.has_link(by_title["Offer"].id, by_title["Needs"].id)
    assert (by_title["Needs"].x, by_title["Offer"].y) == (100.0, 50.0)
    assert script.start_step_id in new
    target.undo_stack.undo()
    assert len(script) == 0


def test_a_broken_clipboard_payload_is_refused() -> None:
    with pytest.raises(ScriptError):
        steps_from_data({"format": 1, "steps": [{"id": "x"}], "links": [["x", "y"]]})
    with pytest.raises(ScriptError):
        steps_from_data({"something": "else"})


def test_replacing_the_script_starts_a_new_history() -> None:
    document = ScriptDocument(three_steps())
    document.rename("a", "Hi")
    seen = Recorder(document)
    document.replace_script(Script("Fresh"))
    assert document.undo_stack.count() == 0
    assert seen.events == [("script_replaced",), ("changed",)]
