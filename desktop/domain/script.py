"""Call scripts: a directed graph of steps the operator walks through during a call.

The graph lives in a networkx DiGraph keyed by step id; step data lives in
:class:`Step` objects stored on the nodes. Every edit is a method that either
applies completely or raises a :class:`~desktop.domain.errors.ScriptError`.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from desktop.domain.crm_types import EntityType
from desktop.domain.errors import (
    DuplicateFieldError,
    DuplicateLinkError,
    DuplicateStepError,
    ScriptError,
    SelfLinkError,
    UnknownFieldError,
    UnknownLinkError,
    UnknownStepError,
)

if TYPE_CHECKING:
    import networkx as nx

# Where a new child is put relative to its parent, in scene units.
CHILD_OFFSET_Y = 160.0
CHILD_SPACING_X = 240.0


def new_step_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True, slots=True)
class StepField:
    """A CRM field shown on a step: editable, or read-only (shown with a lock)."""

    entity: EntityType
    code: str
    editable: bool = True

    @property
    def key(self) -> tuple[EntityType, str]:
        return (self.entity, self.code)

    def label(self) -> str:
        return f"{self.entity.value}.{self.code}"


@dataclass(slots=True)
class Step:
    id: str
    title: str = ""
    text: str = ""
    x: float = 0.0
    y: float = 0.0
    fields: list[StepField] = field(default_factory=list)
    final: bool = False  # a step where the script may end on purpose

    def copy(self) -> Step:
        return replace(self, fields=list(self.fields))


@dataclass(frozen=True, slots=True)
class Link:
    source: str
    target: str


class Script:
    """A script: name, description, steps and the links between them, and a start step."""

    def __init__(
        self,
        name: str,
        description: str = "",
        *,
        id: int | None = None,
        version: int = 0,
    ) -> None:
        self.id = id
        self.name = name
        self.description = description
        self.version = version  # optimistic-lock counter of the stored draft
        self.start_step_id: str | None = None
        import networkx  # here: modules that only name Script (the login) never load it

        self._graph: nx.DiGraph = networkx.DiGraph()

    # ---- reading -----------------------------------------------------------------
    @property
    def graph(self) -> nx.DiGraph:
        """A read-only view of the graph for analysis (lint, layout)."""
        return self._graph.copy(as_view=True)

    @property
    def steps(self) -> list[Step]:
        return [data["step"] for _, data in self._graph.nodes(data=True)]

    @property
    def links(self) -> list[Link]:
        return [Link(s, t) for s, t in self._graph.edges()]

    def __contains__(self, step_id: object) -> bool:
        return step_id in self._graph

    def __len__(self) -> int:
        return self._graph.number_of_nodes()

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def step(self, step_id: str) -> Step:
        try:
            return self._graph.nodes[step_id]["step"]
        except KeyError:
            raise UnknownStepError(step_id) from None

    @property
    def start_step(self) -> Step | None:
        return self.step(self.start_step_id) if self.start_step_id else None

    def next_steps(self, step_id: str) -> list[Step]:
        """The steps that follow ``step_id``, in the order the operator sees their buttons.

        Ordered left to right by canvas position, so what the supervisor draws is what
        the operator gets.
        """
        self._require(step_id)
        nexts = [self.step(t) for t in self._graph.successors(step_id)]
        return sorted(nexts, key=lambda s: (s.x, s.y, s.id))

    def previous_steps(self, step_id: str) -> list[Step]:
        self._require(step_id)
        return [self.step(s) for s in self._graph.predecessors(step_id)]

    def has_link(self, source: str, target: str) -> bool:
        return self._graph.has_edge(source, target)

    def links_of(self, step_id: str) -> list[Link]:
        self._require(step_id)
        incoming = [Link(s, step_id) for s in self._graph.predecessors(step_id)]
        outgoing = [Link(step_id, t) for t in self._graph.successors(step_id)]
        return incoming + outgoing

    # ---- editing -----------------------------------------------------------------
    def add_step(
        self,
        title: str = "",
        text: str = "",
        *,
        x: float = 0.0,
        y: float = 0.0,
        step_id: str | None = None,
        fields: Iterable[StepField] = (),
        final: bool = False,
    ) -> Step:
        """Add a free-standing step. The first step of a script becomes its start."""
        step_id = step_id or new_step_id()
        if step_id in self._graph:
            raise DuplicateStepError(step_id)
        fields = list(fields)
        _check_unique_fields(fields)
        step = Step(step_id, title, text, *_position(x, y), fields, final)
        self._graph.add_node(step_id, step=step)
        if self.start_step_id is None:
            self.start_step_id = step_id
        return step

    def insert_step(self, step: Step) -> Step:
        """Put back a step object (with its own id), e.g. on undo or paste."""
        return self.add_step(
            step.title, step.text, x=step.x, y=step.y, step_id=step.id,
            fields=step.fields, final=step.final,
        )

    def add_child(self, parent_id: str, title: str = "", text: str = "",
                  *, step_id: str | None = None) -> Step:
        """Create a step linked from ``parent_id``, placed below it beside its siblings."""
        parent = self.step(parent_id)
        siblings = list(self._graph.successors(parent_id))
        x, y = self._free_child_position(parent, len(siblings))
        child = self.add_step(title, text, x=x, y=y, step_id=step_id)
        self._graph.add_edge(parent_id, child.id)
        return child

    def link(self, source: str, target: str) -> Link:
        self._require(source)
        self._require(target)
        if source == target:
            raise SelfLinkError(source)
        if self._graph.has_edge(source, target):
            raise DuplicateLinkError(source, target)
        self._graph.add_edge(source, target)
        return Link(source, target)

    def unlink(self, source: str, target: str) -> None:
        self._require(source)
        self._require(target)
        if not self._graph.has_edge(source, target):
            raise UnknownLinkError(source, target)
        self._graph.remove_edge(source, target)

    def remove_step(self, step_id: str) -> tuple[Step, list[Link]]:
        """Remove a step and its links; returns both so the edit can be undone."""
        step = self.step(step_id)
        links = self.links_of(step_id)
        self._graph.remove_node(step_id)
        if self.start_step_id == step_id:
            self.start_step_id = self._first_root()
        return step, links

    def rename(self, step_id: str, title: str) -> str:
        """Set the title; returns the previous one."""
        step = self.step(step_id)
        old, step.title = step.title, title
        return old

    def set_text(self, step_id: str, text: str) -> str:
        step = self.step(step_id)
        old, step.text = step.text, text
        return old

    def move(self, step_id: str, x: float, y: float) -> tuple[float, float]:
        step = self.step(step_id)
        old = (step.x, step.y)
        step.x, step.y = _position(x, y)
        return old

    def set_final(self, step_id: str, final: bool) -> bool:
        step = self.step(step_id)
        old, step.final = step.final, final
        return old

    def set_start(self, step_id: str) -> str | None:
        self._require(step_id)
        old, self.start_step_id = self.start_step_id, step_id
        return old

    def add_field(self, step_id: str, step_field: StepField, index: int | None = None) -> None:
        step = self.step(step_id)
        if any(f.key == step_field.key for f in step.fields):
            raise DuplicateFieldError(step_field.label())
        if index is None:
            step.fields.append(step_field)
        else:
            step.fields.insert(index, step_field)

    def remove_field(self, step_id: str, entity: EntityType, code: str) -> tuple[StepField, int]:
        """Remove a field from a step; returns it and its index for undo."""
        step = self.step(step_id)
        for index, existing in enumerate(step.fields):
            if existing.key == (entity, code):
                del step.fields[index]
                return existing, index
        raise UnknownFieldError(f"{entity.value}.{code}")

    # ---- whole-script helpers ------------------------------------------------------
    def copy(self) -> Script:
        return Script.from_dict(self.to_dict(), id=self.id, version=self.version)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready snapshot (used for published versions, export and undo)."""
        return {
            "name": self.name,
            "description": self.description,
            "start_step_id": self.start_step_id,
            "steps": [
                {
                    "id": s.id, "title": s.title, "text": s.text, "x": s.x, "y": s.y,
                    "final": s.final,
                    "fields": [
                        {"entity": f.entity.value, "code": f.code, "editable": f.editable}
                        for f in s.fields
                    ],
                }
                for s in self.steps
            ],
            "links": [[link.source, link.target] for link in self.links],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, id: int | None = None,
                  version: int = 0) -> Script:
        script = cls(data["name"], data.get("description", ""), id=id, version=version)
        for s in data.get("steps", []):
            script.add_step(
                s.get("title", ""), s.get("text", ""), x=s.get("x", 0.0), y=s.get("y", 0.0),
                step_id=s["id"], final=s.get("final", False),
                fields=[StepField(EntityType(f["entity"]), f["code"], f.get("editable", True))
                        for f in s.get("fields", [])],
            )
        for source, target in data.get("links", []):
            script.link(source, target)
        start = data.get("start_step_id")
        script.start_step_id = start if start in script else script._first_root()
        return script

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Script):
            return NotImplemented
        return _canonical(self.to_dict()) == _canonical(other.to_dict())

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Script(id={self.id!r}, name={self.name!r}, steps={len(self)})"

    # ---- internals -----------------------------------------------------------------
    def _require(self, step_id: str) -> None:
        if step_id not in self._graph:
            raise UnknownStepError(step_id)

    def _first_root(self) -> str | None:
        for node in self._graph.nodes:
            if self._graph.in_degree(node) == 0:
                return node
        return next(iter(self._graph.nodes), None)

    def _free_child_position(self, parent: Step, sibling_count: int) -> tuple[float, float]:
        """Below the parent, right of the last sibling, moved on until it overlaps no step.

        Each step is taken to fill one layout cell (CHILD_SPACING_X by CHILD_OFFSET_Y), so
        a new child never lands on, or partly over, a step the supervisor placed by hand.
        """
        y = parent.y + CHILD_OFFSET_Y
        x = parent.x + sibling_count * CHILD_SPACING_X
        in_row = sorted(s.x for s in self.steps if abs(s.y - y) < CHILD_OFFSET_Y)
        for other_x in in_row:  # ascending, and x only grows: one pass is enough
            while abs(other_x - x) < CHILD_SPACING_X:
                x += CHILD_SPACING_X
        return x, y


def _position(x: float, y: float) -> tuple[float, float]:
    x, y = float(x), float(y)
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ScriptError("A step needs a finite position on the canvas.")
    return x, y


def _check_unique_fields(fields: list[StepField]) -> None:
    seen: set[tuple[EntityType, str]] = set()
    for f in fields:
        if f.key in seen:
            raise DuplicateFieldError(f.label())
        seen.add(f.key)


def _canonical(data: dict[str, Any]) -> dict[str, Any]:
    return {
        **data,
        "steps": sorted(data["steps"], key=lambda s: s["id"]),
        "links": sorted(map(tuple, data["links"])),
    }
