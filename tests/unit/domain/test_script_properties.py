"""Random sequences of canvas edits keep a script sound, and every edit can be undone.

Each edit is applied the way the canvas's undo commands apply it: the method's return
value is all the command keeps to build the inverse. After every edit the script must
still be well formed, and undoing the last edit must give back the script exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from desktop.domain.crm_types import EntityType
from desktop.domain.errors import (
    DuplicateFieldError,
    DuplicateLinkError,
    ScriptError,
    SelfLinkError,
    UnknownFieldError,
    UnknownLinkError,
    UnknownStepError,
)
from desktop.domain.script import Script, StepField

titles = st.text(max_size=6)
coords = st.floats(min_value=-1e5, max_value=1e5, allow_nan=False, allow_infinity=False)
step_fields = st.builds(
    StepField,
    st.sampled_from(list(EntityType)),
    st.sampled_from(["NAME", "PHONE", "TITLE", "UF_CRM_1"]),
    st.booleans(),
)


@dataclass
class Edit:
    """One applied edit: the script before it and how to take it back."""

    name: str
    before: Script
    undo: Callable[[], object]


class ScriptEdits(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.script = Script("Скрипт", "описание", id=1)
        self.history: list[Edit] = []
        self.next_number = 0  # step ids must not be random, or hypothesis cannot replay

    def _new_id(self) -> str:
        self.next_number += 1
        return f"s{self.next_number}"

    # ---- helpers -----------------------------------------------------------------
    def _ids(self) -> list[str]:
        return sorted(s.id for s in self.script.steps)

    def _pick(self, data: st.DataObject) -> str:
        return data.draw(st.sampled_from(self._ids()), label="step")

    def _apply(self, name: str, edit: Callable[[], Callable[[], object]]) -> None:
        """Do, undo and redo the edit (as an undo stack would), then keep it for later undo."""
        before = self.script.copy()
        undo = edit()
        after = self.script.copy()
        undo()
        assert self.script == before, f"undo of {name} did not restore the script"
        undo = edit()
        assert self.script == after, f"redo of {name} did not give the same script"
        self.history.append(Edit(name, before, undo))

    def has_steps(self) -> bool:
        return len(self.script) > 0

    def has_links(self) -> bool:
        return bool(self.script.links)

    def has_fields(self) -> bool:
        return any(s.fields for s in self.script.steps)

    # ---- edits -------------------------------------------------------------------
    @rule(title=titles, text=titles, x=coords, y=coords,
          fields=st.lists(step_fields, max_size=3, unique_by=lambda f: f.key))
    def add_step(self, title: str, text: str, x: float, y: float,
                 fields: list[StepField]) -> None:
        step_id = self._new_id()

        def edit() -> Callable[[], object]:
            step = self.script.add_step(title, text, x=x, y=y, step_id=step_id, fields=fields)
            return lambda: self.script.remove_step(step.id)
        self._apply("add_step", edit)

    @precondition(has_steps)
    @rule(data=st.data(), title=titles)
    def add_child(self, data: st.DataObject, title: str) -> None:
        parent, child_id = self._pick(data), self._new_id()

        def edit() -> Callable[[], object]:
            child = self.script.add_child(parent, title, step_id=child_id)
            assert self.script.has_link(parent, child.id)
            return lambda: self.script.remove_step(child.id)
        self._apply("add_child", edit)

    @precondition(lambda self: len(self.script) >= 2)
    @rule(data=st.data())
    def link(self, data: st.DataObject) -> None:
        free = [(a, b) for a in self._ids() for b in self._ids()
                if a != b and not self.script.has_link(a, b)]
        if not free:
            return
        source, target = data.draw(st.sampled_from(free), label="link")

        def edit() -> Callable[[], object]:
            link = self.script.link(source, target)
            return lambda: self.script.unlink(link.source, link.target)
        self._apply("link", edit)

    @precondition(has_links)
    @rule(data=st.data())
    def unlink(self, data: st.DataObject) -> None:
        link = data.draw(st.sampled_from(sorted(self.script.links,
                                                key=lambda lk: (lk.source, lk.target))))

        def edit() -> Callable[[], object]:
            self.script.unlink(link.source, link.target)
            return lambda: self.script.link(link.source, link.target)
        self._apply("unlink", edit)

    @precondition(has_steps)
    @rule(data=st.data())
    def remove_step(self, data: st.DataObject) -> None:
        step_id = self._pick(data)

        def edit() -> Callable[[], object]:
            old_start = self.script.start_step_id
            step, links = self.script.remove_step(step_id)
            assert step_id not in self.script

            def undo() -> None:
                self.script.insert_step(step)
                for link in links:
                    self.script.link(link.source, link.target)
                self.script.set_start(old_start)
            return undo
        self._apply("remove_step", edit)

    @precondition(has_steps)
    @rule(data=st.data(), title=titles)
    def rename(self, data: st.DataObject, title: str) -> None:
        step_id = self._pick(data)

        def edit() -> Callable[[], object]:
            old = self.script.rename(step_id, title)
            return lambda: self.script.rename(step_id, old)
        self._apply("rename", edit)

    @precondition(has_steps)
    @rule(data=st.data(), text=titles)
    def set_text(self, data: st.DataObject, text: str) -> None:
        step_id = self._pick(data)

        def edit() -> Callable[[], object]:
            old = self.script.set_text(step_id, text)
            return lambda: self.script.set_text(step_id, old)
        self._apply("set_text", edit)

    @precondition(has_steps)
    @rule(data=st.data(), x=coords, y=coords)
    def move(self, data: st.DataObject, x: float, y: float) -> None:
        step_id = self._pick(data)

        def edit() -> Callable[[], object]:
            old_x, old_y = self.script.move(step_id, x, y)
            return lambda: self.script.move(step_id, old_x, old_y)
        self._apply("move", edit)

    @precondition(has_steps)
    @rule(data=st.data(), field=step_fields, where=st.integers(0, 4) | st.none())
    def add_field(self, data: st.DataObject, field: StepField, where: int | None) -> None:
        step_id = self._pick(data)
        if any(f.key == field.key for f in self.script.step(step_id).fields):
            return

        def edit() -> Callable[[], object]:
            self.script.add_field(step_id, field, where)
            return lambda: self.script.remove_field(step_id, field.entity, field.code)
        self._apply("add_field", edit)

    @precondition(has_fields)
    @rule(data=st.data())
    def remove_field(self, data: st.DataObject) -> None:
        step_id = data.draw(st.sampled_from(
            sorted(s.id for s in self.script.steps if s.fields)))
        field = data.draw(st.sampled_from(self.script.step(step_id).fields))

        def edit() -> Callable[[], object]:
            removed, index = self.script.remove_field(step_id, field.entity, field.code)
            return lambda: self.script.add_field(step_id, removed, index)
        self._apply("remove_field", edit)

    @precondition(has_steps)
    @rule(data=st.data())
    def set_start(self, data: st.DataObject) -> None:
        step_id = self._pick(data)

        def edit() -> Callable[[], object]:
            old = self.script.set_start(step_id)
            assert old is not None  # a script with steps always has a start
            return lambda: self.script.set_start(old)
        self._apply("set_start", edit)

    @rule(data=st.data(), ghost=st.text(min_size=1, max_size=4).map(lambda t: "ghost-" + t))
    def impossible_edit_changes_nothing(self, data: st.DataObject, ghost: str) -> None:
        """Refused edits raise their typed error and leave the script as it was."""
        ids = self._ids()
        attempts: list[tuple[type[ScriptError], Callable[[], object]]] = [
            (UnknownStepError, lambda: self.script.rename(ghost, "x")),
            (UnknownStepError, lambda: self.script.remove_step(ghost)),
            (UnknownStepError, lambda: self.script.add_child(ghost)),
        ]
        if ids:
            some = self._pick(data)
            step = self.script.step(some)
            attempts += [
                (SelfLinkError, lambda: self.script.link(some, some)),
                (UnknownStepError, lambda: self.script.link(some, ghost)),
                (UnknownStepError, lambda: self.script.unlink(ghost, some)),
                (UnknownFieldError,
                 lambda: self.script.remove_field(some, EntityType.LEAD, "NO_SUCH_FIELD")),
            ]
            if step.fields:
                taken = step.fields[0]
                attempts.append((DuplicateFieldError,
                                 lambda: self.script.add_field(some, taken)))
        for link in self.script.links[:1]:
            attempts.append((DuplicateLinkError,
                             lambda link=link: self.script.link(link.source, link.target)))
        missing = [(a, b) for a in ids for b in ids
                   if a != b and not self.script.has_link(a, b)][:1]
        for a, b in missing:
            attempts.append((UnknownLinkError, lambda a=a, b=b: self.script.unlink(a, b)))
        error, attempt = data.draw(st.sampled_from(attempts), label="attempt")
        before = self.script.copy()
        try:
            attempt()
        except error:
            pass
        else:
            raise AssertionError(f"{error.__name__} was not raised")
        assert self.script == before

    @precondition(lambda self: bool(self.history))
    @rule()
    def undo_last(self) -> None:
        edit = self.history.pop()
        edit.undo()
        assert self.script == edit.before, f"undo of {edit.name} did not restore the script"
        assert self.script.to_dict().keys() == edit.before.to_dict().keys()

    # ---- invariants --------------------------------------------------------------
    @invariant()
    def links_join_existing_steps(self) -> None:
        for link in self.script.links:
            assert link.source in self.script and link.target in self.script
            assert link.source != link.target

    @invariant()
    def start_is_a_member_unless_empty(self) -> None:
        if len(self.script) == 0:
            assert self.script.start_step_id is None
        else:
            assert self.script.start_step_id in self.script

    @invariant()
    def fields_are_unique_per_step(self) -> None:
        for step in self.script.steps:
            keys = [f.key for f in step.fields]
            assert len(keys) == len(set(keys))

    @invariant()
    def round_trip_is_exact(self) -> None:
        data = self.script.to_dict()
        back = Script.from_dict(data, id=self.script.id)
        assert back == self.script
        assert back.to_dict() == data


ScriptEdits.TestCase.settings = settings(
    max_examples=60, stateful_step_count=25, deadline=None,
)
TestScriptEdits = ScriptEdits.TestCase
