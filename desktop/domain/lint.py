"""Script lint: flaws that would confuse an operator during a call, found with networkx.

Lint only reports; it never blocks saving or publishing (a draft is often unfinished).
Every rule runs in linear time, so the designer can re-run it after each edit even on
scripts of thousands of steps. Issues come in a fixed order: by rule, then as their
steps come in the script's :func:`reading_order`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

import networkx as nx

from desktop.domain.script import Script

NAMES_SHOWN = 3  # titles named in one message before "and N more"


class LintKind(StrEnum):
    """The rules, in the order their issues are listed."""

    NO_START = "no-start"
    UNREACHABLE = "unreachable"
    TRAPPED_LOOP = "trapped-loop"
    DEAD_END = "dead-end"
    DUPLICATE_SIBLING_TITLES = "duplicate-sibling-titles"
    EMPTY_TITLE = "empty-title"


@dataclass(frozen=True, slots=True)
class LintIssue:
    kind: LintKind
    step_ids: tuple[str, ...]  # the steps to select when the issue is clicked
    message: str  # one English sentence naming the steps


def reading_order(script: Script) -> list[str]:
    """Step ids as people read the script: the start, then breadth-first, then the rest by id.

    Children are visited by id, not by canvas position, so moving a step never reorders
    anything (an exported file changes only where the script changed).
    """
    return _reading_order(_successors(script.graph), script.start_step_id)[0]


def lint(script: Script) -> list[LintIssue]:
    """Every issue of the script, in a deterministic order."""
    graph = script.graph
    if not graph:
        return []
    checker = _Checker(graph, script.start_step_id)
    return [
        *checker.no_start(),
        *checker.unreachable(),
        *checker.trapped_loops(),
        *checker.dead_ends(),
        *checker.duplicate_siblings(),
        *checker.empty_titles(),
    ]


def _successors(graph: nx.DiGraph) -> dict[str, list[str]]:
    """Plain adjacency lists: the rules walk them many times, and views are slow."""
    return {node: list(children) for node, children in graph.adjacency()}


def _reading_order(succ: dict[str, list[str]], start: str | None) -> tuple[list[str], int]:
    """The reading order, and how many of its first steps the start reaches."""
    order: list[str] = []
    if start is not None and start in succ:
        seen = {start}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            order.append(node)
            for child in sorted(succ[node]):
                if child not in seen:
                    seen.add(child)
                    queue.append(child)
    reached = len(order)
    if reached < len(succ):
        seen_all = set(order)
        order.extend(sorted(n for n in succ if n not in seen_all))
    return order, reached


class _Checker:
    """The rules, sharing the graph, the titles and the reading order.

    Each rule walks steps in reading order, so its issues come out in that order.
    """

    def __init__(self, graph: nx.DiGraph, start: str | None) -> None:
        self.graph = graph
        self.succ = _successors(graph)
        self.start = start if start in self.succ else None
        self.order, self.reached = _reading_order(self.succ, self.start)
        self.position = {node: index for index, node in enumerate(self.order)}
        steps = {node: data["step"] for node, data in graph.nodes(data=True)}
        self.titles = {node: step.title for node, step in steps.items()}
        self.finals = {node for node, step in steps.items() if step.final}

    def _ordered(self, nodes: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(nodes, key=self.position.__getitem__))

    def _by_first_step(self, groups: Iterable[Iterable[str]]) -> list[tuple[str, ...]]:
        return sorted((self._ordered(g) for g in groups), key=lambda g: self.position[g[0]])

    def no_start(self) -> list[LintIssue]:
        if self.start is not None:
            return []
        return [LintIssue(LintKind.NO_START, (self.order[0],),
                          "The script has no start step; choose the step calls begin with.")]

    def unreachable(self) -> list[LintIssue]:
        """One issue per island of steps no path from the start leads to."""
        if self.start is None:
            return []  # reported as NO_START; every step would be listed otherwise
        if self.reached == len(self.order):
            return []
        rest = self.graph.subgraph(self.order[self.reached:])
        issues = []
        for steps in self._by_first_step(nx.weakly_connected_components(rest)):
            if len(steps) == 1:
                text = f"The step {self._name(steps[0])} cannot be reached from the start step."
            else:
                text = (f"{len(steps)} steps cannot be reached from the start step: "
                        f"{self._names(steps)}.")
            issues.append(LintIssue(LintKind.UNREACHABLE, steps, text))
        return issues

    def trapped_loops(self) -> list[LintIssue]:
        """Loops with no final step and no link leading out of them.

        Only steps that can reach no final step and no last step can be trapped; among
        them, the loops nothing leads out of are the traps. A loop whose way out leads
        into a trap is not reported: the trap is, which is where the fix belongs.
        """
        stuck = set(self.succ) - self._can_finish()
        if not stuck:
            return []
        loops = [c for c in nx.strongly_connected_components(self.graph.subgraph(stuck))
                 if all(t in c for n in c for t in self.succ[n])]
        return [
            LintIssue(LintKind.TRAPPED_LOOP, steps,
                      f"The steps {self._names(steps)} form a loop with no way out and no "
                      "final step, so a call that enters it can never finish.")
            for steps in self._by_first_step(loops)
        ]

    def _can_finish(self) -> set[str]:
        """Steps from which some final step or some last step (no way forward) is reachable."""
        pred: dict[str, list[str]] = {node: [] for node in self.succ}
        for node, children in self.succ.items():
            for child in children:
                pred[child].append(node)
        done = self.finals | {n for n, children in self.succ.items() if not children}
        queue = deque(done)
        while queue:
            for parent in pred[queue.popleft()]:
                if parent not in done:
                    done.add(parent)
                    queue.append(parent)
        return done

    def dead_ends(self) -> list[LintIssue]:
        return [
            LintIssue(LintKind.DEAD_END, (node,),
                      f"The step {self._name(node)} has no way forward and is not marked "
                      "as final.")
            for node in self.order
            if not self.succ[node] and node not in self.finals
        ]

    def duplicate_siblings(self) -> list[LintIssue]:
        """Children of one step sharing a title: the operator would see twin buttons."""
        issues = []
        for parent in self.order:
            children = self.succ[parent]
            if len(children) < 2:
                continue
            groups: dict[str, list[str]] = {}
            for child in children:
                key = _title_key(self.titles[child])
                if key:  # empty titles are EMPTY_TITLE's business
                    groups.setdefault(key, []).append(child)
            if len(groups) == len(children):
                continue  # every title is different (or a single blank one)
            for steps in self._by_first_step(g for g in groups.values() if len(g) > 1):
                issues.append(LintIssue(
                    LintKind.DUPLICATE_SIBLING_TITLES, steps,
                    f"The step {self._name(parent)} leads to {len(steps)} steps titled "
                    f"{self._name(steps[0])}, so their buttons would look the same."))
        return issues

    def empty_titles(self) -> list[LintIssue]:
        return [
            LintIssue(LintKind.EMPTY_TITLE, (node,),
                      f"The step {self._name(node)} has no title, so its button on the "
                      "previous step would be blank.")
            for node in self.order
            if not self.titles[node].strip()
        ]

    def _name(self, node: str) -> str:
        title = " ".join(self.titles[node].split())
        return f"«{title}»" if title else f"«{node}» (untitled)"

    def _names(self, nodes: tuple[str, ...]) -> str:
        shown = ", ".join(self._name(n) for n in nodes[:NAMES_SHOWN])
        more = len(nodes) - NAMES_SHOWN
        return f"{shown} and {more} more" if more > 0 else shown


def _title_key(title: str) -> str:
    """Titles compare as the operator reads them: case and spacing do not count."""
    return " ".join(title.split()).casefold()
