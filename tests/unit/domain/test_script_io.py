"""Script files: lossless, stable, diff-friendly, and every malformed file refused clearly."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.demo.scripts import demo_scripts, sales_script
from desktop.domain.crm_types import EntityType
from desktop.domain.errors import DomainError
from desktop.domain.script import Script, StepField
from desktop.domain.script_io import ScriptFileError, dump, load


# ---- round trips ---------------------------------------------------------------------------
@pytest.mark.parametrize("script", demo_scripts(), ids=lambda s: s.name)
def test_demo_scripts_round_trip_losslessly(script: Script):
    text = dump(script)
    loaded = load(text)
    assert loaded == script
    assert loaded.start_step_id == script.start_step_id
    assert {s.id: s.fields for s in loaded.steps} == {s.id: s.fields for s in script.steps}
    assert dump(loaded) == text


ids = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
              max_size=8)
coords = st.floats(allow_nan=False, allow_infinity=False)
codes = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,10}", fullmatch=True)


@st.composite
def scripts(draw: st.DrawFn) -> Script:
    script = Script(draw(st.text(min_size=1).filter(str.strip)), draw(st.text()))
    step_ids = draw(st.lists(ids.filter(str.strip), max_size=12, unique=True))
    for step_id in step_ids:
        fields = draw(st.lists(st.builds(StepField, st.sampled_from(list(EntityType)), codes,
                                         st.booleans()),
                               max_size=3, unique_by=lambda f: f.key))
        script.add_step(draw(st.text()), draw(st.text()), x=draw(coords), y=draw(coords),
                        step_id=step_id, fields=fields, final=draw(st.booleans()))
    if len(step_ids) > 1:
        pairs = st.tuples(st.sampled_from(step_ids), st.sampled_from(step_ids))
        for source, target in draw(st.lists(pairs.filter(lambda p: p[0] != p[1]),
                                            max_size=20, unique=True)):
            script.link(source, target)
    if step_ids:
        script.set_start(draw(st.sampled_from(step_ids)))
    return script


@settings(max_examples=150, deadline=None)
@given(scripts())
def test_any_script_round_trips_losslessly_and_dumps_the_same_text_again(script: Script):
    text = dump(script)
    loaded = load(text)
    assert loaded == script
    assert loaded.start_step_id == script.start_step_id
    assert dump(loaded) == text


# ---- the file's shape ----------------------------------------------------------------------
def test_the_file_has_a_stable_key_order_start_first_and_readable_cyrillic():
    text = dump(sales_script())
    data = json.loads(text)
    assert list(data) == ["format", "version", "name", "description", "start", "steps",
                          "links"]
    assert (data["format"], data["version"]) == ("operator-desk-script", 1)
    assert data["steps"][0]["id"] == data["start"] == "s-hello"
    assert list(data["steps"][0]) == ["id", "title", "text", "x", "y", "final", "fields"]
    assert data["links"] == sorted(data["links"])
    assert "Входящий звонок: продажа" in text and "\\u" not in text
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '    ["s-hello", "s-name"],\n' in text  # one link per line
    assert '{"entity": "contact", "code": "PHONE", "editable": false}' in text


def test_the_same_script_built_in_another_order_gives_the_same_file():
    script = sales_script()
    data = script.to_dict()
    data["steps"].reverse()
    data["links"].reverse()
    assert dump(Script.from_dict(data)) == dump(script)


def test_moving_a_step_changes_only_its_position_lines():
    script = sales_script()
    before = dump(script).splitlines()
    script.move("s-price", 1234.5, -20.0)
    after = dump(script).splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert [b.strip() for _, b in changed] == ['"x": 1234.5,', '"y": -20.0,']


def test_an_empty_script_round_trips():
    script = Script("Пустой", "")
    assert load(dump(script)) == script
    assert json.loads(dump(script))["start"] is None


# ---- malformed files ------------------------------------------------------------------------
def base() -> dict[str, Any]:
    return {
        "format": "operator-desk-script", "version": 1, "name": "Проба", "description": "",
        "start": "a",
        "steps": [
            {"id": "a", "title": "Начало", "text": "", "x": 0, "y": 0, "final": False,
             "fields": [{"entity": "contact", "code": "NAME", "editable": True}]},
            {"id": "b", "title": "Конец", "text": "", "x": 0, "y": 160, "final": True,
             "fields": []},
        ],
        "links": [["a", "b"]],
    }


def edited(change: Callable[[dict[str, Any]], object]) -> str:
    data = base()
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=2)


def step(index: int, **values: Any) -> Callable[[dict[str, Any]], object]:
    return lambda d: d["steps"][index].update(values)


def top(**values: Any) -> Callable[[dict[str, Any]], object]:
    return lambda d: d.update(values)


MALFORMED = {
    "not json": ('{"format": "operator-desk-script",\n  "steps": [', "not valid JSON"),
    "a list": ("[]", "must hold one JSON object"),
    "other format": (edited(top(format="something-else")), "not an Operator Desk script"),
    "newer version": (edited(top(version=2)), "script format version 2"),
    "version as text": (edited(top(version="1")), "script format version '1'"),
    "no steps key": (edited(lambda d: d.pop("steps")), 'The key "steps" is missing'),
    "no start key": (edited(lambda d: d.pop("start")), 'The key "start" is missing'),
    "unknown key": (edited(top(author="me")), 'The key "author" in the file is not part'),
    "name not text": (edited(top(name=5)), '"name" in the file must be text'),
    "blank name": (edited(top(name="  ")), 'empty "name"'),
    "steps not a list": (edited(top(steps={})), '"steps" in the file must be a list'),
    "step not object": (edited(lambda d: d["steps"].append("c")), "Step 3 in \"steps\" must"),
    "step without title": (edited(lambda d: d["steps"][1].pop("title")),
                           'The key "title" is missing in the step «b» (line 24)'),
    "step with typo": (edited(step(0, titel="x")), 'The key "titel" in the step «a»'),
    "empty step id": (edited(step(1, id="")), 'Step 2 in "steps" has an empty "id"'),
    "title not text": (edited(step(1, title=7)), '"title" in the step «b» (line 24) must be'),
    "x as text": (edited(step(0, x="10")), '"x" in the step «a» (line 9) must be a number'),
    "y as bool": (edited(step(0, y=True)), '"y" in the step «a» (line 9) must be a number'),
    "final as 1": (edited(step(0, final=1)), '"final" in the step «a» (line 9) must be true'),
    "duplicate step id": (edited(step(1, id="a")), "Two steps have the id «a» (line 24)"),
    "dangling link": (edited(top(links=[["a", "b"], ["b", "zz"]])),
                      "The link [«b», «zz»] (line 38) refers to the unknown step «zz»"),
    "self link": (edited(top(links=[["a", "a"]])), "leads a step to itself"),
    "duplicate link": (edited(top(links=[["a", "b"], ["a", "b"]])), "appears twice"),
    "link not a pair": (edited(top(links=[["a", "b", "c"]])), "must be a pair of step ids"),
    "unknown entity": (edited(step(0, fields=[{"entity": "invoice", "code": "SUM"}])),
                       "field 1 of the step «a» (line 9) has the unknown entity «invoice»"),
    "bad field code": (edited(step(0, fields=[{"entity": "deal", "code": "1 SUM"}])),
                       "has the code «1 SUM», which is not a CRM field code"),
    "field not object": (edited(step(0, fields=["NAME"])), "field 1 of the step «a»"),
    "duplicate field": (edited(step(0, fields=[{"entity": "deal", "code": "TITLE"}] * 2)),
                        "The field deal.TITLE appears twice in the step «a»"),
    "NaN position": (edited(step(0, x=float("nan"))), "contains NaN"),
    "infinite position": (edited(step(0, y=float("inf"))), "contains Infinity"),
    "huge position": (edited(step(0, x=10**400)), '"x" in the step «a» (line 9) is too large'),
    "overflowing float": ('{"format": "operator-desk-script", "version": 1, "name": "n", '
                          '"start": "a", "steps": [{"id": "a", "title": "t", "x": 1e999}], '
                          '"links": []}', "is too large to be a position"),
    "unknown start": (edited(top(start="zz")), '"start" names the unknown step «zz»'),
    "no start": (edited(top(start=None)), 'has steps but no "start" step'),
    "start not text": (edited(top(start=1)), '"start" must be the id of a step'),
    "repeated key": ('{"format": "operator-desk-script", "version": 1, "name": "a", '
                     '"name": "b", "start": null, "steps": [], "links": []}',
                     'The key "name" appears twice in one object'),
}


@pytest.mark.parametrize("case", MALFORMED, ids=str)
def test_a_malformed_file_is_refused_with_a_clear_message(case: str):
    text, expected = MALFORMED[case]
    with pytest.raises(ScriptFileError) as caught:
        load(text)
    assert expected in str(caught.value)
    assert isinstance(caught.value, DomainError)
    assert "\n" not in str(caught.value)


def test_the_base_of_the_malformed_cases_is_itself_valid():
    script = load(edited(lambda d: None))
    assert [s.id for s in script.steps] == ["a", "b"]
    assert script.step("a").fields == [StepField(EntityType.CONTACT, "NAME")]


def test_optional_step_keys_take_their_defaults():
    text = json.dumps({"format": "operator-desk-script", "version": 1, "name": "Кратко",
                       "start": "a", "steps": [{"id": "a", "title": "Привет",
                                                "fields": [{"entity": "lead",
                                                            "code": "TITLE"}]}],
                       "links": []})
    only = load(text).step("a")
    assert (only.text, only.x, only.y, only.final) == ("", 0.0, 0.0, False)
    assert only.fields == [StepField(EntityType.LEAD, "TITLE", editable=True)]
