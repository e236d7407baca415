"""Published script versions: numbered, frozen, and what operators run."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from desktop.domain.call import CallSession, Direction
from desktop.domain.crm_types import EntityType
from desktop.domain.errors import DomainError, NotPublishedError, UnsavedScriptError
from desktop.domain.script import Script, StepField
from desktop.domain.versions import ScriptVersion, latest_version, publish

WHEN = datetime(2024, 5, 6, 9, 30)


@pytest.fixture
def draft() -> Script:
    s = Script("Продажи", "Холодные звонки", id=11, version=4)
    s.add_step("Приветствие", "Здравствуйте", step_id="greet")
    s.add_child("greet", "Предложение", step_id="offer")
    s.add_field("offer", StepField(EntityType.DEAL, "OPPORTUNITY", editable=False))
    return s


def test_publishing_numbers_versions_from_the_latest(draft: Script) -> None:
    first = publish(draft, latest_number=0, at=WHEN, by=1, note="первая")
    draft.rename("greet", "Добрый день")
    second = publish(draft, latest_number=first.number, at=WHEN, by=2)
    assert (first.number, second.number) == (1, 2)
    assert (first.script_id, first.published_at, first.published_by, first.note) == (
        11, WHEN, 1, "первая")
    assert first.script().step("greet").title == "Приветствие"
    assert second.script().step("greet").title == "Добрый день"


def test_version_holds_the_draft_content(draft: Script) -> None:
    version = publish(draft, latest_number=0, at=WHEN, by=None)
    assert version.name == "Продажи"
    assert version.as_dict() == draft.to_dict()
    script = version.script()
    assert script == draft and script.id == 11


def test_later_draft_edits_do_not_change_a_published_version(draft: Script) -> None:
    version = publish(draft, latest_number=0, at=WHEN, by=1)
    frozen = version.as_dict()
    draft.rename("greet", "Другое")
    draft.remove_step("offer")
    draft.name = "Новое имя"
    assert version.as_dict() == frozen
    assert version.name == "Продажи"


def test_mutating_the_returned_script_or_dict_does_not_change_the_version(
        draft: Script) -> None:
    version = publish(draft, latest_number=0, at=WHEN, by=1)
    frozen = version.as_dict()
    script = version.script()
    script.rename("greet", "изменено")
    script.add_step("лишний")
    script.step("offer").fields.clear()
    data = version.as_dict()
    data["steps"][0]["title"] = "изменено"
    data["links"].clear()
    assert version.as_dict() == frozen
    assert version.script() == draft


def test_content_cannot_be_mutated(draft: Script) -> None:
    version = publish(draft, latest_number=0, at=WHEN, by=1)
    with pytest.raises(TypeError):
        version.content["name"] = "x"  # type: ignore[index]
    with pytest.raises(TypeError):
        version.content["steps"][0]["title"] = "x"  # type: ignore[index]
    with pytest.raises(AttributeError):
        version.content["steps"].append({})  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        version.content["steps"][1]["fields"].append({})  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        version.number = 99  # type: ignore[misc]
    assert version.script() == draft


def test_unsaved_script_is_refused() -> None:
    unsaved = Script("Новый")
    unsaved.add_step("Шаг")
    with pytest.raises(UnsavedScriptError, match="Новый") as err:
        publish(unsaved, latest_number=0, at=WHEN, by=1)
    assert isinstance(err.value, DomainError) and isinstance(err.value, ValueError)


def test_operators_run_the_latest_published_version(draft: Script) -> None:
    versions: list[ScriptVersion] = []
    for title in ("v1", "v2", "v3"):
        draft.rename("greet", title)
        latest = max((v.number for v in versions), default=0)
        versions.append(publish(draft, latest_number=latest, at=WHEN, by=1))
    draft.rename("greet", "unpublished draft")
    shuffled = [versions[1], versions[2], versions[0]]
    running = latest_version(shuffled, draft.name)
    assert running.number == 3
    assert running.script().step("greet").title == "v3"


def test_no_published_version_is_a_clear_error() -> None:
    with pytest.raises(NotPublishedError, match="Продажи"):
        latest_version([], "Продажи")


def test_a_call_records_the_version_it_ran(draft: Script) -> None:
    v1 = publish(draft, latest_number=0, at=WHEN, by=1)
    call = CallSession("+79160000000", Direction.OUTGOING, WHEN)
    running = v1.script()
    call.choose_script(v1.script_id, v1.number, running.start_step_id)
    draft.rename("greet", "changed later")
    publish(draft, latest_number=v1.number, at=WHEN, by=1)
    assert (call.script_id, call.script_version) == (11, 1)
    assert call.current_step_id == "greet"
