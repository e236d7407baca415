"""The script service the Scripts tab and the designer use, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.cli import open_database
from desktop.demo import install_demo
from desktop.demo.scripts import SALES, SUPPORT, SURVEY
from desktop.demo.settings import SALES_ROLE, SUPPORT_ROLE
from desktop.domain.crm_types import EntityType
from desktop.domain.roles import SUPERVISOR_ROLE_NAME
from desktop.domain.script import Script, StepField
from desktop.services.accounts import AccountService
from desktop.services.scripts import (
    NameTakenError,
    NothingToPublishError,
    ScriptInUseError,
    ScriptService,
)
from desktop.storage.database import Database
from desktop.storage.errors import ConflictError, NotFoundError
from desktop.storage.repositories import RoleRepository, UserRepository
from desktop.storage.repositories.scripts import TooLongError


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    install_demo(database)
    yield database
    database.dispose()


@pytest.fixture
def service(db: Database) -> ScriptService:
    return ScriptService(db, AccountService(db).login("admin", "admin-demo"))


def script_id(service: ScriptService, name: str) -> int:
    found = service.find(name)
    assert found is not None, name
    return found


def info(service: ScriptService, name: str):
    return next(i for i in service.list() if i.name == name)


def roles_by_name(db: Database) -> dict[str, object]:
    with db.read() as session:
        return {r.name: r for r in RoleRepository(session).list()}


def test_the_list_shows_each_script_with_its_roles_and_publishing_state(service):
    rows = {i.name: i for i in service.list()}
    assert list(rows) == sorted(rows)
    sales = rows[SALES]
    assert (sales.step_count, sales.published_number, sales.has_unpublished_changes) == (
        15, 1, False)
    assert sales.roles == sorted([SALES_ROLE, SUPERVISOR_ROLE_NAME])
    assert rows[SUPPORT].roles == sorted([SUPPORT_ROLE, SUPERVISOR_ROLE_NAME])


def test_a_new_script_has_one_start_step_and_is_unpublished(service):
    created = service.create("  Холодный звонок ", "Первый контакт")
    assert created.id is not None and created.name == "Холодный звонок"
    assert [s.title for s in created.steps] == ["Приветствие"]
    assert created.start_step_id == created.steps[0].id
    assert service.get(created.id) == created
    row = info(service, "Холодный звонок")
    assert (row.published_number, row.has_unpublished_changes, row.roles) == (None, True, [])
    assert row.version == created.version


def test_names_are_required_and_unique_ignoring_case_and_spaces(service):
    with pytest.raises(ValueError, match="Enter a script name"):
        service.create("   ")
    with pytest.raises(NameTakenError, match="already exists"):
        service.create("  техническая   ПОДДЕРЖКА ")
    survey = service.get(script_id(service, SURVEY))
    survey.name = SALES
    with pytest.raises(NameTakenError):
        service.save(survey)
    assert service.get(survey.id).name == SURVEY


def test_a_stale_save_is_a_conflict_and_the_loser_can_save_a_copy(service):
    sales = script_id(service, SALES)
    mine, theirs = service.get(sales), service.get(sales)
    theirs.rename(theirs.start_step_id, "Их приветствие")
    service.save(theirs)
    mine.rename(mine.start_step_id, "Моё приветствие")
    version_held = mine.version
    with pytest.raises(ConflictError, match="changed by someone else"):
        service.save(mine)
    assert mine.version == version_held  # still the one it was loaded at
    assert service.get(sales).start_step.title == "Их приветствие"

    copy = service.save_as_copy(mine, "Мой вариант")
    assert copy.id not in (None, sales)
    assert service.get(copy.id).start_step.title == "Моё приветствие"
    assert (mine.id, mine.version) == (sales, version_held)  # the original is left alone
    assert service.get(sales).start_step.title == "Их приветствие"


def test_a_fresh_save_bumps_the_version_and_keeps_positions(service):
    script = service.get(script_id(service, SUPPORT))
    before = script.version
    script.move("t-other", -512.25, 1024.5)
    saved = service.save(script)
    assert saved is script and script.version == before + 1
    assert service.get(script.id).step("t-other").x == -512.25


def test_duplicates_are_named_as_copies_unpublished_and_in_no_role(service):
    sales = script_id(service, SALES)
    first, second = service.duplicate(sales), service.duplicate(sales)
    assert first.name == f"{SALES} (копия)"
    assert second.name == f"{SALES} (копия 2)"
    original = service.get(sales)
    first.name = original.name
    assert first == original  # same steps, fields, links, positions
    row = info(service, second.name)
    assert (row.published_number, row.roles) == (None, [])
    assert service.versions(second.id) == []


def test_a_long_name_still_gets_its_copy_suffix(service):
    long = service.create("Д" * 200)
    copy = service.duplicate(long.id)
    assert copy.name == "Д" * 192 + " (копия)" and len(copy.name) == 200


def test_delete_is_refused_while_roles_use_the_script(service, db):
    sales = script_id(service, SALES)
    with pytest.raises(ScriptInUseError) as refused:
        service.delete(sales)
    assert str(refused.value) == (f"The script «{SALES}» is used by the roles «{SALES_ROLE}», "
                                  f"«{SUPERVISOR_ROLE_NAME}»; remove it from them first.")
    assert refused.value.roles == sorted([SALES_ROLE, SUPERVISOR_ROLE_NAME])
    assert service.get(sales).name == SALES


def test_delete_with_remove_from_roles_takes_it_out_of_them_in_one_go(service, db):
    sales, survey = script_id(service, SALES), script_id(service, SURVEY)
    before = roles_by_name(db)
    service.delete(sales, remove_from_roles=True)
    with pytest.raises(NotFoundError):
        service.get(sales)
    after = roles_by_name(db)
    assert after[SALES_ROLE].script_ids == [survey]
    assert sales not in after[SUPERVISOR_ROLE_NAME].script_ids
    assert after[SALES_ROLE].version == before[SALES_ROLE].version + 1  # editors conflict
    assert after[SUPPORT_ROLE].version == before[SUPPORT_ROLE].version
    assert SALES not in {i.name for i in service.list()}


def test_a_script_no_role_uses_is_deleted_at_once(service):
    spare = service.create("Черновик")
    service.delete(spare.id)
    assert service.find("Черновик") is None


def test_publishing_numbers_versions_and_lists_who_published_them(service, db):
    sales = script_id(service, SALES)
    with db.read() as session:
        admin = UserRepository(session).by_username("admin")
    second = service.publish(sales, admin.id, "  Новое приветствие ")
    third = service.publish(sales, None)
    assert (second.number, third.number) == (2, 3)
    assert service.latest_published(sales).number == 3
    listed = service.versions(sales)
    assert [(v.number, v.published_by_name, v.note, v.step_count) for v in listed] == [
        (3, "Ольга Супервайзерова", "", 15),  # published by the signed-in user
        (2, "Ольга Супервайзерова", "Новое приветствие", 15),
        (1, None, "demo", 15)]
    assert listed[0].published_at >= listed[1].published_at >= listed[2].published_at
    assert info(service, SALES).published_number == 3


def test_an_empty_script_cannot_be_published(service):
    empty = service.add(Script("Пустой"))
    with pytest.raises(NothingToPublishError, match="no steps"):
        service.publish(empty.id, None)
    assert service.latest_published(empty.id) is None


def test_unpublished_changes_flip_after_an_edit_and_back_after_publishing(service):
    sales = script_id(service, SALES)
    assert not service.has_unpublished_changes(sales)
    draft = service.get(sales)
    old_title = draft.rename("s-offer", "Наше предложение")
    service.save(draft)
    assert service.has_unpublished_changes(sales)
    assert info(service, SALES).has_unpublished_changes
    draft.rename("s-offer", old_title)  # edited back: the same as what operators run
    service.save(draft)
    assert not info(service, SALES).has_unpublished_changes
    draft.rename("s-offer", "Наше предложение")
    service.save(draft)
    service.publish(sales, None)
    assert not info(service, SALES).has_unpublished_changes
    x, y = draft.move("s-offer", 3000.0, 40.0)  # positions are published too
    service.save(draft)
    assert service.has_unpublished_changes(sales)
    draft.move("s-offer", x, y)
    draft.add_field("s-offer", StepField(EntityType.DEAL, "TITLE", editable=False))
    service.save(draft)
    assert service.has_unpublished_changes(sales)


def test_restore_copies_a_version_into_the_draft_as_a_normal_save(service):
    sales = script_id(service, SALES)
    version_one = service.latest_published(sales).script()
    draft = service.get(sales)
    draft.remove_step("s-vendor")
    draft.name = "Продажи 2.0"
    service.save(draft)
    service.publish(sales, None)

    restored = service.restore(sales, 1, draft.version)
    assert restored.version == draft.version + 1
    stored = service.get(sales)
    assert stored.name == "Продажи 2.0"  # the name stays; the steps come back
    stored.name = version_one.name
    assert stored == version_one
    assert service.has_unpublished_changes(sales)  # v2 is what operators run
    assert [v.number for v in service.versions(sales)] == [2, 1]


def test_restore_over_a_newer_draft_is_a_conflict_and_changes_nothing(service):
    sales = script_id(service, SALES)
    draft = service.get(sales)
    stale = draft.version
    draft.rename("s-hello", "Добрый день")
    service.save(draft)
    with pytest.raises(ConflictError):
        service.restore(sales, 1, stale)
    assert service.get(sales).step("s-hello").title == "Добрый день"
    with pytest.raises(NotFoundError):
        service.restore(sales, 9, draft.version)


def test_replace_draft_overwrites_whatever_version_is_stored(service):
    sales = script_id(service, SALES)
    other = service.get(script_id(service, SURVEY))
    replaced = service.replace_draft(sales, other)
    stored = service.get(sales)
    assert stored.name == SALES and stored.version == replaced.version
    stored.name = SURVEY
    assert stored == other


def test_texts_longer_than_their_columns_are_refused_before_writing(service):
    script = service.get(script_id(service, SUPPORT))
    script.rename("t-hello", "Очень длинный заголовок " * 10)
    with pytest.raises(TooLongError, match=r"step title .* longer than 200 characters"):
        service.save(script)
    assert service.get(script.id).step("t-hello").title == "Приветствие"
    too_long_id = Script("Длинный")
    too_long_id.add_step("Шаг", step_id="s" * 40)
    with pytest.raises(TooLongError, match="step id"):
        service.add(too_long_id)
    assert service.find("Длинный") is None
