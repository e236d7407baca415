"""Script graph edits: what the canvas and storage rely on, one operation at a time."""

from __future__ import annotations

import pytest

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
from desktop.domain.script import (
    CHILD_OFFSET_Y,
    CHILD_SPACING_X,
    Link,
    Script,
    Step,
    StepField,
)

NAME = StepField(EntityType.CONTACT, "NAME")
PHONE = StepField(EntityType.CONTACT, "PHONE", editable=False)
TITLE = StepField(EntityType.DEAL, "TITLE")


@pytest.fixture
def script() -> Script:
    """Greeting -> Needs -> (Offer, Objection), Objection -> Offer."""
    s = Script("Входящий звонок", "Для новых клиентов", id=7)
    s.add_step("Приветствие", "Здравствуйте!", step_id="greet")
    s.add_child("greet", "Потребность", "Что вам нужно?", step_id="needs")
    s.add_child("needs", "Предложение", step_id="offer")
    s.add_child("needs", "Возражение", step_id="objection")
    s.link("objection", "offer")
    return s


def overlaps(a: Step, b: Step) -> bool:
    return abs(a.x - b.x) < CHILD_SPACING_X and abs(a.y - b.y) < CHILD_OFFSET_Y


# ---- adding steps -------------------------------------------------------------------
def test_first_step_becomes_start_and_later_ones_do_not() -> None:
    s = Script("s")
    assert s.start_step is None
    first = s.add_step("A")
    s.add_step("B")
    assert s.start_step_id == first.id
    assert s.start_step is first


def test_add_step_keeps_title_text_position_fields() -> None:
    s = Script("s")
    step = s.add_step("A", "hint", x=10, y=20, fields=[NAME, PHONE], final=True)
    assert s.step(step.id) == Step(step.id, "A", "hint", 10.0, 20.0, [NAME, PHONE], True)
    assert step.id in s and len(s) == 1


def test_add_step_refuses_duplicate_id_and_duplicate_field() -> None:
    s = Script("s")
    s.add_step(step_id="a")
    with pytest.raises(DuplicateStepError):
        s.add_step(step_id="a")
    with pytest.raises(DuplicateFieldError):
        s.add_step(fields=[NAME, StepField(EntityType.CONTACT, "NAME", editable=False)])
    assert [st.id for st in s.steps] == ["a"]


def test_generated_step_ids_are_unique() -> None:
    s = Script("s")
    ids = {s.add_step().id for _ in range(200)}
    assert len(ids) == 200


def test_add_child_links_from_parent_and_places_below(script: Script) -> None:
    parent = script.step("offer")
    child = script.add_child("offer", "Закрытие", "Оформляем?")
    assert script.has_link("offer", child.id)
    assert child.y == parent.y + CHILD_OFFSET_Y
    assert (child.title, child.text) == ("Закрытие", "Оформляем?")


def test_add_child_places_siblings_side_by_side(script: Script) -> None:
    offer, objection = script.step("offer"), script.step("objection")
    assert objection.x == offer.x + CHILD_SPACING_X
    assert objection.y == offer.y


def test_add_child_of_unknown_parent_changes_nothing(script: Script) -> None:
    before = script.copy()
    with pytest.raises(UnknownStepError) as err:
        script.add_child("nope")
    assert err.value.step_id == "nope"
    assert script == before


def test_add_child_does_not_overlap_a_step_placed_by_hand() -> None:
    s = Script("s")
    root = s.add_step(step_id="root")
    # Hand-placed steps exactly at and slightly off where the first child would go.
    s.add_step(step_id="on", x=root.x, y=root.y + CHILD_OFFSET_Y)
    s.add_step(step_id="near", x=root.x + CHILD_SPACING_X + 30, y=root.y + CHILD_OFFSET_Y - 20)
    child = s.add_child("root")
    assert not any(overlaps(child, other) for other in s.steps if other is not child)


def test_many_children_never_overlap_anything(script: Script) -> None:
    script.move("objection", 130, 330)  # a step dragged to an odd place
    for parent in ["greet", "needs", "needs", "greet", "offer", "needs", "objection"]:
        child = script.add_child(parent)
        assert not any(overlaps(child, other) for other in script.steps if other is not child)


# ---- links ----------------------------------------------------------------------------
def test_link_and_unlink(script: Script) -> None:
    assert script.link("greet", "offer") == Link("greet", "offer")
    assert script.has_link("greet", "offer")
    script.unlink("greet", "offer")
    assert not script.has_link("greet", "offer")


def test_link_to_itself_is_refused(script: Script) -> None:
    with pytest.raises(SelfLinkError) as err:
        script.link("offer", "offer")
    assert err.value.step_id == "offer"
    assert not script.has_link("offer", "offer")


def test_duplicate_link_is_refused(script: Script) -> None:
    with pytest.raises(DuplicateLinkError) as err:
        script.link("needs", "offer")
    assert (err.value.source, err.value.target) == ("needs", "offer")
    assert len(script.links) == 4


def test_link_in_both_directions_is_allowed(script: Script) -> None:
    script.link("offer", "needs")  # a loop back: "back to needs"
    assert script.has_link("offer", "needs") and script.has_link("needs", "offer")


@pytest.mark.parametrize(("source", "target"), [("ghost", "offer"), ("offer", "ghost")])
def test_link_with_unknown_step_is_refused(script: Script, source: str, target: str) -> None:
    with pytest.raises(UnknownStepError) as err:
        script.link(source, target)
    assert err.value.step_id == "ghost"


def test_unlink_of_missing_link_is_refused(script: Script) -> None:
    with pytest.raises(UnknownLinkError):
        script.unlink("greet", "offer")


@pytest.mark.parametrize(("source", "target"), [("ghost", "offer"), ("offer", "ghost")])
def test_unlink_with_unknown_step_says_which(script: Script, source: str, target: str) -> None:
    with pytest.raises(UnknownStepError) as err:
        script.unlink(source, target)
    assert err.value.step_id == "ghost"


def test_errors_are_script_errors_with_readable_messages(script: Script) -> None:
    with pytest.raises(ScriptError, match="itself"):
        script.link("greet", "greet")


# ---- removing steps ---------------------------------------------------------------------
def test_remove_step_removes_its_links_and_returns_them(script: Script) -> None:
    step, links = script.remove_step("offer")
    assert step.id == "offer" and step.title == "Предложение"
    assert set(links) == {Link("needs", "offer"), Link("objection", "offer")}
    assert "offer" not in script
    assert all("offer" not in (lk.source, lk.target) for lk in script.links)
    assert script.next_steps("needs") == [script.step("objection")]


def test_remove_start_step_moves_start_to_a_root(script: Script) -> None:
    script.remove_step("greet")
    assert script.start_step_id == "needs"  # the only step nothing leads to


def test_remove_start_step_in_a_cycle_still_picks_a_member() -> None:
    s = Script("s")
    a = s.add_step(step_id="a")
    s.add_child("a", step_id="b")
    s.add_child("b", step_id="c")
    s.link("c", "b")
    s.remove_step(a.id)
    assert s.start_step_id in ("b", "c")


def test_remove_last_step_clears_start() -> None:
    s = Script("s")
    s.add_step(step_id="only")
    s.remove_step("only")
    assert s.start_step_id is None and s.start_step is None and len(s) == 0


def test_remove_unknown_step_is_refused(script: Script) -> None:
    with pytest.raises(UnknownStepError):
        script.remove_step("ghost")


def test_removed_step_can_be_put_back_with_insert_step(script: Script) -> None:
    before = script.copy()
    old_start = script.start_step_id
    step, links = script.remove_step("greet")
    script.insert_step(step)
    for link in links:
        script.link(link.source, link.target)
    script.set_start(old_start)
    assert script == before


# ---- step content ---------------------------------------------------------------------------
def test_rename_set_text_move_return_previous_values(script: Script) -> None:
    assert script.rename("offer", "Оффер") == "Предложение"
    assert script.set_text("offer", "Предложите тариф") == ""
    old_pos = (script.step("offer").x, script.step("offer").y)
    assert script.move("offer", 5, -7.5) == old_pos
    offer = script.step("offer")
    assert (offer.title, offer.text, offer.x, offer.y) == ("Оффер", "Предложите тариф", 5.0, -7.5)


@pytest.mark.parametrize("edit", [
    lambda s: s.rename("ghost", "x"),
    lambda s: s.set_text("ghost", "x"),
    lambda s: s.move("ghost", 1, 2),
    lambda s: s.set_start("ghost"),
    lambda s: s.add_field("ghost", NAME),
    lambda s: s.remove_field("ghost", EntityType.CONTACT, "NAME"),
    lambda s: s.set_final("ghost", True),
    lambda s: s.next_steps("ghost"),
    lambda s: s.previous_steps("ghost"),
    lambda s: s.links_of("ghost"),
    lambda s: s.step("ghost"),
])
def test_every_operation_on_unknown_step_raises_unknown_step(script: Script, edit) -> None:
    before = script.copy()
    with pytest.raises(UnknownStepError):
        edit(script)
    assert script == before


def test_set_start_and_set_final(script: Script) -> None:
    assert script.set_start("needs") == "greet"
    assert script.start_step is script.step("needs")
    assert script.set_final("offer", True) is False
    assert script.step("offer").final


def test_add_field_appends_or_inserts_and_keeps_lock(script: Script) -> None:
    script.add_field("greet", NAME)
    script.add_field("greet", TITLE)
    script.add_field("greet", PHONE, index=1)
    fields = script.step("greet").fields
    assert fields == [NAME, PHONE, TITLE]
    assert [f.editable for f in fields] == [True, False, True]
    assert PHONE.label() == "contact.PHONE"


def test_add_same_field_twice_is_refused_even_with_other_lock(script: Script) -> None:
    script.add_field("greet", NAME)
    with pytest.raises(DuplicateFieldError) as err:
        script.add_field("greet", StepField(EntityType.CONTACT, "NAME", editable=False))
    assert err.value.field == "contact.NAME"
    assert script.step("greet").fields == [NAME]


def test_same_code_on_another_entity_is_a_different_field(script: Script) -> None:
    script.add_field("greet", StepField(EntityType.LEAD, "NAME"))
    script.add_field("greet", NAME)
    assert len(script.step("greet").fields) == 2


def test_remove_field_returns_field_and_index(script: Script) -> None:
    for f in (NAME, PHONE, TITLE):
        script.add_field("greet", f)
    assert script.remove_field("greet", EntityType.CONTACT, "PHONE") == (PHONE, 1)
    assert script.step("greet").fields == [NAME, TITLE]
    with pytest.raises(UnknownFieldError) as err:
        script.remove_field("greet", EntityType.CONTACT, "PHONE")
    assert err.value.field == "contact.PHONE"


# ---- reading ---------------------------------------------------------------------------
def test_next_steps_are_ordered_left_to_right_then_top_to_bottom(script: Script) -> None:
    a = script.add_child("greet", "A")
    b = script.add_child("greet", "B")
    script.move(a.id, 500, 0)
    script.move(b.id, -100, 0)
    script.move("needs", 500, -50)
    assert [s.title for s in script.next_steps("greet")] == ["B", "Потребность", "A"]


def test_next_steps_of_a_leaf_is_empty_and_previous_steps_lists_sources(script: Script) -> None:
    assert script.next_steps("offer") == []
    assert {s.id for s in script.previous_steps("offer")} == {"needs", "objection"}


def test_links_of_lists_incoming_and_outgoing(script: Script) -> None:
    assert set(script.links_of("needs")) == {
        Link("greet", "needs"), Link("needs", "offer"), Link("needs", "objection"),
    }


def test_graph_view_is_read_only_and_live(script: Script) -> None:
    view = script.graph
    with pytest.raises(Exception, match="Frozen"):
        view.add_node("x")
    script.add_step(step_id="late")
    assert "late" in view


# ---- whole script ---------------------------------------------------------------------------
def test_to_dict_from_dict_round_trip(script: Script) -> None:
    script.add_field("offer", PHONE)
    script.set_final("offer", True)
    script.set_start("needs")
    data = script.to_dict()
    back = Script.from_dict(data, id=7, version=3)
    assert back == script
    assert back.to_dict() == data
    assert (back.id, back.version, back.start_step_id) == (7, 3, "needs")
    assert back.step("offer").fields == [PHONE]


def test_from_dict_with_missing_start_picks_a_root() -> None:
    data = {
        "name": "s",
        "steps": [{"id": "a"}, {"id": "b"}],
        "links": [["b", "a"]],
        "start_step_id": "gone",
    }
    assert Script.from_dict(data).start_step_id == "b"


def test_from_dict_refuses_broken_content() -> None:
    with pytest.raises(UnknownStepError):
        Script.from_dict({"name": "s", "steps": [{"id": "a"}], "links": [["a", "b"]]})


def test_equality_ignores_step_order_but_not_content(script: Script) -> None:
    same = Script(script.name, script.description)
    for step in reversed(script.steps):
        same.insert_step(step.copy())
    for link in reversed(script.links):
        same.link(link.source, link.target)
    same.set_start(script.start_step_id)
    assert same == script
    same.rename("offer", "другое")
    assert same != script
    assert script != "not a script"


def test_copy_is_independent(script: Script) -> None:
    twin = script.copy()
    assert twin == script and twin is not script
    assert (twin.id, twin.version) == (script.id, script.version)
    twin.rename("greet", "Алло")
    twin.add_field("greet", NAME)
    twin.move("greet", 999, 999)
    twin.unlink("needs", "offer")
    twin.remove_step("objection")
    greet = script.step("greet")
    assert (greet.title, greet.fields, greet.x) == ("Приветствие", [], 0.0)
    assert script.has_link("needs", "offer") and "objection" in script


def test_step_copy_does_not_share_fields() -> None:
    step = Step("a", fields=[NAME])
    twin = step.copy()
    twin.fields.append(PHONE)
    assert step.fields == [NAME]


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_positions_must_be_finite(bad: float):
    script = Script("Позиции")
    step = script.add_step("A", x=10, y=20)
    with pytest.raises(ScriptError, match="finite position"):
        script.move(step.id, bad, 0)
    with pytest.raises(ScriptError, match="finite position"):
        script.add_step("B", x=0, y=bad)
    assert (step.x, step.y) == (10.0, 20.0) and len(script) == 1
