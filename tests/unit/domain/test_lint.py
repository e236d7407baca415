"""Lint rules: each one finds its flaw, names the steps, and stays quiet on a sound script."""

from __future__ import annotations

import pytest

from desktop.demo.scripts import demo_scripts
from desktop.domain.lint import LintIssue, LintKind, lint, reading_order
from desktop.domain.script import Script


def build(links: list[tuple[str, str]], *, finals: frozenset[str] | set[str] = frozenset(),
          titles: dict[str, str] | None = None, extra: tuple[str, ...] | list[str] = ()) -> Script:
    """Steps are named by their ids (title = id upper-cased unless given); the first
    step mentioned is the start."""
    script = Script("Проверка")
    titles = titles or {}
    for source, target in links:
        for step_id in (source, target):
            if step_id not in script:
                script.add_step(titles.get(step_id, step_id.upper()), step_id=step_id,
                                final=step_id in finals)
    for step_id in extra:
        script.add_step(titles.get(step_id, step_id.upper()), step_id=step_id,
                        final=step_id in finals)
    for source, target in links:
        script.link(source, target)
    return script


def of_kind(script: Script, kind: LintKind) -> list[LintIssue]:
    return [issue for issue in lint(script) if issue.kind is kind]


SOUND = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")]


def test_a_sound_script_has_no_issues():
    assert lint(build(SOUND, finals={"d"})) == []


def test_an_empty_script_has_no_issues():
    assert lint(Script("Пусто")) == []


@pytest.mark.parametrize("script", demo_scripts(), ids=lambda s: s.name)
def test_demo_scripts_lint_clean(script: Script):
    assert lint(script) == []


# ---- unreachable ---------------------------------------------------------------------------
def test_steps_no_path_leads_to_are_unreachable_one_issue_per_island():
    script = build([*SOUND, ("x", "y"), ("p", "q")], finals={"d", "y", "q"})
    issues = of_kind(script, LintKind.UNREACHABLE)
    assert [i.step_ids for i in issues] == [("p", "q"), ("x", "y")]
    assert issues[0].message == "2 steps cannot be reached from the start step: «P», «Q»."


def test_a_lone_unreachable_step_is_named():
    script = build(SOUND, finals={"d", "z"}, extra=["z"])
    assert of_kind(script, LintKind.UNREACHABLE) == [LintIssue(
        LintKind.UNREACHABLE, ("z",), "The step «Z» cannot be reached from the start step.")]


def test_a_step_reached_only_through_a_loop_is_reachable():
    script = build([("a", "b"), ("b", "c"), ("c", "b"), ("c", "d")], finals={"d"})
    assert of_kind(script, LintKind.UNREACHABLE) == []


def test_a_long_island_names_three_steps_and_counts_the_rest():
    chain = [(f"u{i}", f"u{i + 1}") for i in range(5)]
    script = build(SOUND + chain, finals={"d", "u5"})
    (issue,) = of_kind(script, LintKind.UNREACHABLE)
    assert issue.message.endswith("«U0», «U1», «U2» and 3 more.")
    assert len(issue.step_ids) == 6


# ---- dead ends -----------------------------------------------------------------------------
def test_a_step_with_no_way_forward_that_is_not_final_is_a_dead_end():
    script = build([*SOUND, ("a", "e")], finals={"d"})
    assert of_kind(script, LintKind.DEAD_END) == [LintIssue(
        LintKind.DEAD_END, ("e",), "The step «E» has no way forward and is not marked as final.")]


def test_marking_the_last_step_final_clears_the_dead_end():
    script = build([*SOUND, ("a", "e")], finals={"d"})
    script.set_final("e", True)
    assert of_kind(script, LintKind.DEAD_END) == []


# ---- duplicate sibling titles ---------------------------------------------------------------
def test_children_sharing_a_title_ignoring_case_and_spaces_are_reported_per_parent_and_title():
    titles = {"b": "Дорого", "c": " дорого ", "d": "ДОРОГО", "e": "Думаю", "f": "думаю"}
    script = build([("a", "b"), ("a", "c"), ("a", "d"), ("a", "e"), ("a", "f"),
                    ("b", "g"), ("c", "g"), ("d", "g"), ("e", "g"), ("f", "g")],
                   finals={"g"}, titles=titles)
    issues = of_kind(script, LintKind.DUPLICATE_SIBLING_TITLES)
    assert [i.step_ids for i in issues] == [("b", "c", "d"), ("e", "f")]
    assert issues[0].message == ("The step «A» leads to 3 steps titled «Дорого», so their "
                                 "buttons would look the same.")


def test_same_titles_under_different_parents_are_fine():
    titles = {"c": "Итог", "d": "итог"}
    script = build([("a", "b"), ("a", "x"), ("b", "c"), ("x", "d")], finals={"c", "d"},
                   titles=titles)
    assert of_kind(script, LintKind.DUPLICATE_SIBLING_TITLES) == []


# ---- trapped loops -------------------------------------------------------------------------
def test_a_loop_with_no_way_out_and_no_final_step_is_trapped():
    script = build([("a", "b"), ("b", "c"), ("c", "d"), ("d", "b"), ("a", "e")], finals={"e"})
    assert of_kind(script, LintKind.TRAPPED_LOOP) == [LintIssue(
        LintKind.TRAPPED_LOOP, ("b", "c", "d"),
        "The steps «B», «C», «D» form a loop with no way out and no final step, so a call "
        "that enters it can never finish.")]
    assert of_kind(script, LintKind.DEAD_END) == []  # every step in it has a way forward


def test_a_loop_with_a_way_out_or_a_final_step_is_not_trapped():
    with_exit = build([("a", "b"), ("b", "c"), ("c", "b"), ("c", "d")], finals={"d"})
    with_final = build([("a", "b"), ("b", "c"), ("c", "b")], finals={"c"})
    assert of_kind(with_exit, LintKind.TRAPPED_LOOP) == []
    assert of_kind(with_final, LintKind.TRAPPED_LOOP) == []


def test_only_the_trap_is_reported_not_the_loop_leading_into_it():
    script = build([("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("d", "c")])
    assert [i.step_ids for i in of_kind(script, LintKind.TRAPPED_LOOP)] == [("c", "d")]


# ---- empty title and start ---------------------------------------------------------------------
def test_a_blank_title_is_reported_with_the_step_id():
    script = build(SOUND, finals={"d"}, titles={"c": "  "})
    assert of_kind(script, LintKind.EMPTY_TITLE) == [LintIssue(
        LintKind.EMPTY_TITLE, ("c",),
        "The step «c» (untitled) has no title, so its button on the previous step would be "
        "blank.")]
    assert of_kind(build(SOUND, finals={"d"}), LintKind.EMPTY_TITLE) == []


def test_two_blank_siblings_are_empty_titles_not_duplicates():
    script = build(SOUND, finals={"d"}, titles={"b": "", "c": ""})
    assert [i.step_ids for i in of_kind(script, LintKind.EMPTY_TITLE)] == [("b",), ("c",)]
    assert of_kind(script, LintKind.DUPLICATE_SIBLING_TITLES) == []


def test_steps_without_a_start_give_one_issue_instead_of_everything_unreachable():
    script = build(SOUND, finals={"d"})
    script.start_step_id = None
    assert [i.kind for i in lint(script)] == [LintKind.NO_START]
    assert lint(script)[0].step_ids == ("a",)


# ---- order ---------------------------------------------------------------------------------
def test_issues_come_by_rule_then_in_reading_order_whatever_the_insertion_order():
    links = [("a", "c"), ("a", "b"), ("b", "e"), ("c", "f"), ("x", "y")]
    forward = build(links, titles={"b": ""})
    backward = build(list(reversed(links)), titles={"b": ""})
    backward.set_start("a")
    assert lint(forward) == lint(backward)
    assert [(i.kind, i.step_ids) for i in lint(forward)] == [
        (LintKind.UNREACHABLE, ("x", "y")),
        (LintKind.DEAD_END, ("e",)),
        (LintKind.DEAD_END, ("f",)),
        (LintKind.DEAD_END, ("y",)),
        (LintKind.EMPTY_TITLE, ("b",)),
    ]


def test_reading_order_is_start_then_breadth_first_by_id_then_the_rest_by_id():
    script = build([("s", "m"), ("s", "b"), ("b", "z"), ("m", "c"), ("q", "p")], extra=["k"])
    assert reading_order(script) == ["s", "b", "m", "z", "c", "k", "p", "q"]


def test_lint_changes_nothing():
    script = build([*SOUND, ("x", "y")], titles={"b": ""})
    before = script.copy()
    lint(script)
    assert script == before and script.start_step_id == before.start_step_id
