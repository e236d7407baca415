"""The lint panel: one entry per issue in the interface language, clickable, kept current."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from designer.document import ScriptDocument
from designer.lint_panel import LintPanel
from desktop.domain.lint import LintKind
from desktop.domain.script import Script


def problem_script() -> Script:
    """A script with every kind of issue but NO_START (which hides UNREACHABLE)."""
    script = Script("Problems")
    hello = script.add_step("Hello", "Good afternoon!", step_id="hello")
    offer = script.add_child(hello.id, "Offer", step_id="offer")
    script.add_child(hello.id, "Offer", step_id="offer-twin")
    script.add_child(offer.id, "", step_id="blank")
    script.add_step("Forgotten", "Nothing leads here", x=900, y=0, step_id="forgotten")
    loop_a = script.add_child("offer-twin", "Round A", step_id="loop-a")
    loop_b = script.add_child(loop_a.id, "Round B", step_id="loop-b")
    script.link(loop_b.id, loop_a.id)
    script.set_final("offer", True)
    return script


def make_panel(qtbot: QtBot) -> LintPanel:
    panel = LintPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def entry(panel: LintPanel, kind: LintKind) -> int:
    rows = [i for i, issue in enumerate(panel.issues) if issue.kind == kind]
    assert len(rows) == 1, (kind, panel.issues)
    return rows[0]


def test_every_kind_gets_an_entry_naming_the_steps(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    script = problem_script()
    panel.show_script(script)
    texts = panel.entry_texts()
    assert panel.header.text() == f"Issues: {len(texts)}"
    assert texts[entry(panel, LintKind.UNREACHABLE)] == (
        "Cannot be reached from the start step: «Forgotten».")
    assert texts[entry(panel, LintKind.TRAPPED_LOOP)] == (
        "A loop with no way out: «Round A», «Round B».")
    assert texts[entry(panel, LintKind.DUPLICATE_SIBLING_TITLES)] == (
        "The buttons after «Hello» would look the same: «Offer», «Offer».")
    assert texts[entry(panel, LintKind.EMPTY_TITLE)] == (
        "No title, the button leading here would be blank: untitled step.")
    dead_ends = [t for t, i in zip(texts, panel.issues, strict=True)
                 if i.kind == LintKind.DEAD_END]
    assert dead_ends == ["No way forward and not marked as final: untitled step.",
                         "No way forward and not marked as final: «Forgotten»."]
    assert all(not panel.list.item(i).icon().isNull() for i in range(panel.list.count()))


def test_no_start_step_is_an_entry_too(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    script = Script("Headless")
    script.add_step("Only", final=True)
    script.start_step_id = None
    panel.show_script(script)
    assert panel.entry_texts() == ["The script has no start step."]


def test_a_clean_script_says_so(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    script = Script("Clean")
    hello = script.add_step("Hello")
    script.add_child(hello.id, "Bye")
    script.set_final(script.next_steps(hello.id)[0].id, True)
    panel.show_script(script)
    assert panel.issues == []
    assert panel.empty_label.isVisible() and panel.empty_label.text() == "No issues"
    assert not panel.list.isVisible()


def test_clicking_an_entry_emits_its_steps(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    script = problem_script()
    panel.show_script(script)
    row = entry(panel, LintKind.TRAPPED_LOOP)
    item = panel.list.item(row)
    panel.list.scrollToItem(item)
    with qtbot.waitSignal(panel.steps_chosen) as chosen:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.list.visualItemRect(item).center())
    assert chosen.args == [["loop-a", "loop-b"]]


def test_follows_the_document_as_it_is_edited(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    script = problem_script()
    document = ScriptDocument(script)
    panel.set_document(document)
    before = len(panel.issues)
    document.rename("blank", "Details")
    qtbot.waitUntil(lambda: len(panel.issues) == before - 1)
    assert all(issue.kind != LintKind.EMPTY_TITLE for issue in panel.issues)
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: len(panel.issues) == before)
    assert panel.header.text() == f"Issues: {before}"
