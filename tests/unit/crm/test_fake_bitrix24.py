"""The fake Bitrix24 portal speaks the portal's REST shapes, limits and failures.

Driven through real httpx, in-process (``fake.transport()``) and once over loopback,
so the gateway tests that rely on it rely on something checked.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from tests.fake_bitrix24 import FakeBitrix24, Fault

LEAD, DEAL, CONTACT, COMPANY = 1, 2, 3, 4
TIME_KEYS = {"start", "finish", "duration", "processing", "date_start", "date_finish",
             "operating", "operating_reset_at"}


class Clock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fake() -> FakeBitrix24:
    return FakeBitrix24(clock=Clock())


@pytest.fixture
def http(fake: FakeBitrix24):
    with httpx.Client(transport=fake.transport()) as client:
        yield client


@pytest.fixture
def demo(fake: FakeBitrix24) -> dict[str, Any]:
    return fake.seed_demo()


def post(http: httpx.Client, fake: FakeBitrix24, method: str, params: Any = None,
         expect: int = 200) -> dict[str, Any]:
    response = http.post(f"{fake.webhook_url}{method}.json", json=params or {})
    assert response.status_code == expect, response.text
    return response.json()


def result(http: httpx.Client, fake: FakeBitrix24, method: str, params: Any = None) -> Any:
    return post(http, fake, method, params)["result"]


def refused(http, fake, method, params, status: int, code: str) -> str:
    body = post(http, fake, method, params, expect=status)
    assert set(body) == {"error", "error_description"} and body["error"] == code
    return body["error_description"]


# ---- authorisation and transport ---------------------------------------------------------
def test_profile_scope_and_the_time_block(http, fake):
    assert fake.webhook_url == "https://example.bitrix24.ru/rest/1/k3y5ecret0abc/"
    body = post(http, fake, "profile")
    assert body["result"] == {"ID": "1", "ADMIN": True, "NAME": "Ирина", "LAST_NAME": "Петрова"}
    assert set(body["time"]) == TIME_KEYS and body["time"]["date_start"].endswith("+03:00")
    assert result(http, fake, "scope") == ["crm", "task", "user"]
    assert [(r.http_method, r.rest_method, r.at) for r in fake.requests] == [
        ("POST", "profile", 500.0), ("POST", "scope", 500.0)]


def test_wrong_credentials_unknown_methods_and_other_hosts_are_refused(http, fake):
    for url in ("https://example.bitrix24.ru/rest/1/wrong/profile.json",
                "https://example.bitrix24.ru/rest/2/k3y5ecret0abc/profile.json"):
        response = http.post(url, json={})
        assert response.status_code == 401
        assert response.json() == {"error": "INVALID_CREDENTIALS",
                                   "error_description": "Invalid request credentials"}
    assert refused(http, fake, "crm.nothing.get", {}, 404,
                   "ERROR_METHOD_NOT_FOUND") == "Method not found!"
    with pytest.raises(httpx.ConnectError):
        http.post("https://other.bitrix24.ru/rest/1/k3y5ecret0abc/profile.json", json={})


def test_a_method_outside_the_webhooks_scopes_is_refused():
    fake = FakeBitrix24(clock=Clock(), scopes=("crm",))
    with httpx.Client(transport=fake.transport()) as http:
        text = refused(http, fake, "tasks.task.list", {}, 401, "insufficient_scope")
        assert "higher privileges" in text
        refused(http, fake, "user.get", {}, 401, "insufficient_scope")
        assert result(http, fake, "scope") == ["crm"]
        reply = result(http, fake, "batch", {"cmd": {"u": "user.get", "p": "profile"}})
        assert reply["result_error"]["u"]["error"] == "insufficient_scope"
        assert reply["result"]["p"]["ID"] == "1"


def test_form_encoded_bodies_with_php_keys_are_read(http, fake):
    response = http.post(f"{fake.webhook_url}crm.status.list.json",
                         data={"filter[ENTITY_ID]": "SOURCE", "order[SORT]": "DESC"})
    rows = response.json()["result"]
    assert {r["ENTITY_ID"] for r in rows} == {"SOURCE"} and rows[-1]["STATUS_ID"] == "CALL"


# ---- users and duplicates ----------------------------------------------------------------
def test_users_are_found_by_filter_in_either_place(http, fake, demo):
    by_email = result(http, fake, "user.get", {"FILTER": {"EMAIL": "oleg@example.ru",
                                                          "ACTIVE": True}})
    assert by_email == [{"ID": demo["users"]["oleg"], "NAME": "Олег", "LAST_NAME": "Смирнов",
                         "EMAIL": "oleg@example.ru", "ACTIVE": True}]
    assert result(http, fake, "user.get", {"EMAIL": "anna@example.ru"})[0]["NAME"] == "Анна"
    body = post(http, fake, "user.get", {"start": 0})
    assert [u["ID"] for u in body["result"]] == ["1", "2", "3"] and body["total"] == 3
    assert "next" not in body


def test_findbycomm_matches_digit_for_digit_and_answers_empty_as_a_list(http, fake, demo):
    find = {"type": "PHONE", "values": ["+7 999 123-45-67"]}
    assert result(http, fake, "crm.duplicate.findbycomm", find) == {"CONTACT": [demo["contact"]]}
    assert result(http, fake, "crm.duplicate.findbycomm",
                  {"type": "PHONE", "values": ["89991234567"]}) == []
    both = result(http, fake, "crm.duplicate.findbycomm",
                  {"type": "PHONE", "values": ["+7 (495) 123-45-67", "+79161112233"]})
    assert both == {"LEAD": [demo["lead"]], "COMPANY": [demo["company"]]}
    assert result(http, fake, "crm.duplicate.findbycomm",
                  {**find, "entity_type": "LEAD"}) == []
    assert result(http, fake, "crm.duplicate.findbycomm",
                  {"type": "EMAIL", "values": ["Maria@Example.ru"]}) == {"CONTACT": [1]}
    text = refused(http, fake, "crm.duplicate.findbycomm",
                   {"type": "PHONE", "values": [str(i) for i in range(21)]}, 400, "ERROR_ARGUMENT")
    assert text == "Too many values (max 20)"


# ---- items -------------------------------------------------------------------------------
def test_field_metadata_in_crm_item_shape(http, fake):
    lead = result(http, fake, "crm.item.fields", {"entityTypeId": LEAD})["fields"]
    assert lead["title"]["isRequired"] and lead["id"]["isReadOnly"]
    assert lead["lastName"]["upperName"] == "LAST_NAME" and lead["assignedById"]["type"] == "user"
    assert lead["statusId"].items() >= {"type": "crm_status", "statusType": "STATUS",
                                        "isRequired": True}.items()
    assert lead["fm"]["type"] == "crm_multifield" and lead["fm"]["isMultiple"]
    product = lead["ufCrm_PRODUCT"]
    assert product["isDynamic"] and product["upperName"] == "UF_CRM_PRODUCT"
    assert product["items"][:2] == [{"ID": 1, "VALUE": "Тариф «Старт»"},
                                    {"ID": 2, "VALUE": "Тариф «Бизнес»"}]
    deal = result(http, fake, "crm.item.fields", {"entityTypeId": "2"})["fields"]
    assert deal["categoryId"]["type"] == "crm_category" and deal["categoryId"]["isImmutable"]
    assert deal["stageId"]["statusType"] == "DEAL_STAGE" and "fm" not in deal
    assert {"contactId", "companyId", "closedate"} <= set(deal)
    assert {"fm", "ufCrm_BIRTHDAY"} <= set(result(
        http, fake, "crm.item.fields", {"entityTypeId": CONTACT})["fields"])


def test_an_item_reads_back_typed_with_its_multi_fields(http, fake, demo):
    deal = result(http, fake, "crm.item.get", {"entityTypeId": DEAL, "id": demo["deals"][0]})
    deal = deal["item"]
    assert (deal["id"], deal["categoryId"], deal["contactId"], deal["companyId"]) == (1, 0, 1, 1)
    assert (deal["stageId"], deal["currencyId"], deal["ufCrm_PRODUCT"]) == ("EXECUTING", "RUB", 2)
    assert deal["opportunity"] == 150000.0 and deal["comments"] is None
    assert deal["createdTime"].endswith("+03:00") and len(deal["closedate"]) == 10
    contact = result(http, fake, "crm.item.get", {"entityTypeId": CONTACT, "id": "1"})["item"]
    assert contact["fm"][0].items() >= {"typeId": "PHONE", "valueType": "WORK",
                                        "value": "+79991234567"}.items()
    assert isinstance(contact["fm"][0]["id"], int) and contact["ufCrm_BIRTHDAY"] == "1990-05-17"
    assert refused(http, fake, "crm.item.get", {"entityTypeId": LEAD, "id": 99}, 400,
                   "NOT_FOUND") == "Элемент не найден"


def test_an_added_item_gets_defaults_and_fresh_ids(http, fake):
    lead = result(http, fake, "crm.item.add", {"entityTypeId": LEAD, "fields": {
        "title": "Звонок", "fm": [{"typeId": "PHONE", "valueType": "WORK", "value": "+7 1"}]}})
    assert (lead["item"]["id"], lead["item"]["statusId"], lead["item"]["currencyId"]) == (
        1, "NEW", "RUB")
    deal = result(http, fake, "crm.item.add", {"entityTypeId": DEAL, "fields": {"title": "D"}})
    assert (deal["item"]["categoryId"], deal["item"]["stageId"]) == (0, "NEW")
    service = result(http, fake, "crm.item.add", {"entityTypeId": DEAL, "fields": {
        "title": "S", "categoryId": 1}})["item"]
    assert (service["id"], service["stageId"]) == (2, "C1:NEW")
    assert fake.item(LEAD, 1)["PHONE"] == ["+7 1"] and fake.item(DEAL, 2)["TITLE"] == "S"


@pytest.mark.parametrize(("entity", "fields", "code", "title"), [
    (LEAD, {"title": "x", "ufCrm_PRODUCT": 99}, "CRM_FIELD_ERROR_VALUE_NOT_VALID", "Продукт"),
    (LEAD, {"title": "x", "statusId": "NOPE"}, "CRM_FIELD_ERROR_VALUE_NOT_VALID", "Стадия"),
    (DEAL, {"title": "x", "stageId": "C1:WON"}, "CRM_FIELD_ERROR_VALUE_NOT_VALID",
     "Стадия сделки"),
    (COMPANY, {"industry": "IT"}, "CRM_FIELD_ERROR_VALUE_NOT_VALID", "Название компании"),
    (DEAL, {"title": "x", "contactId": "abc"}, "CRM_FIELD_ERROR_VALUE_NOT_VALID", "Контакт"),
    (CONTACT, {"name": "x", "nickname": "y"}, "CRM_FIELD_NOT_FOUND", None),
    (DEAL, {"title": "x", "fm": []}, "CRM_FIELD_NOT_FOUND", None),
])
def test_a_bad_value_on_add_is_refused_by_field(http, fake, entity, fields, code, title):
    text = refused(http, fake, "crm.item.add", {"entityTypeId": entity, "fields": fields},
                   400, code)
    assert text == (f'Неверное значение поля "{title}"' if title else
                    f"Unknown field {next(k for k in fields if k not in ('title', 'name'))}")
    assert fake.state.items[entity] == {}


def test_update_changes_multi_fields_by_id_and_refuses_fixed_fields(http, fake):
    contact = fake.add_item(CONTACT, {"NAME": "Пётр"}, phones=["+71", "+72"], emails=["p@x.ru"])
    first, second, mail = (e["id"] for e in result(
        http, fake, "crm.item.get", {"entityTypeId": CONTACT, "id": contact})["item"]["fm"])
    item = result(http, fake, "crm.item.update", {"entityTypeId": CONTACT, "id": contact,
                  "fields": {"lastName": "Петров", "fm": [
                      {"id": first, "value": "+73"}, {"id": second, "value": ""},
                      {"typeId": "PHONE", "valueType": "MOBILE", "value": "+74"}]}})["item"]
    assert [(e["id"], e["value"]) for e in item["fm"]] == [
        (first, "+73"), (mail, "p@x.ru"), (mail + 1, "+74")]
    assert fake.item(CONTACT, contact)["LAST_NAME"] == "Петров"
    deal = fake.add_item(DEAL, {"TITLE": "D"})
    before = fake.item(DEAL, deal)
    for fields in ({"title": "E", "categoryId": 1}, {"id": 7}, {"stageId": "C1:NEW"},
                   {"title": ""}):
        refused(http, fake, "crm.item.update", {"entityTypeId": DEAL, "id": deal,
                                                "fields": fields}, 400,
                "CRM_FIELD_ERROR_VALUE_NOT_VALID")
    assert fake.item(DEAL, deal) == before
    refused(http, fake, "crm.item.update", {"entityTypeId": DEAL, "id": 99, "fields": {}},
            400, "NOT_FOUND")


def test_lists_filter_order_select_and_page(http, fake):
    for n in range(120):
        fake.add_item(DEAL, {"TITLE": f"D{n}", "CONTACT_ID": 1 + n % 2, "ORIGIN_ID": f"o{n}"})
    body = post(http, fake, "crm.item.list", {"entityTypeId": DEAL, "filter": {"contactId": 2},
                                               "order": {"id": "desc"}, "select": ["title"]})
    assert body["total"] == 60 and body["next"] == 50 and len(body["result"]["items"]) == 50
    assert body["result"]["items"][0] == {"id": 120, "title": "D119"}
    last = post(http, fake, "crm.item.list", {"entityTypeId": DEAL, "filter": {"contactId": 2},
                                               "start": 50})
    assert len(last["result"]["items"]) == 10 and "next" not in last and last["total"] == 60
    picked = result(http, fake, "crm.item.list", {"entityTypeId": DEAL,
                                                  "filter": {"@id": ["3", 5], "=originId": "o4"}})
    assert [i["id"] for i in picked["items"]] == [5]
    quick = post(http, fake, "crm.item.list", {"entityTypeId": DEAL, "start": -1})
    assert len(quick["result"]["items"]) == 50 and "total" not in quick
    refused(http, fake, "crm.item.list", {"entityTypeId": DEAL, "filter": {"colour": 1}}, 400,
            "CRM_FIELD_NOT_FOUND")


# ---- timeline, activities, tasks, vocabulary ---------------------------------------------
def test_timeline_comments_are_added_and_listed_newest_first(http, fake, demo):
    lead = demo["lead"]
    new_id = result(http, fake, "crm.timeline.comment.add", {"fields": {
        "ENTITY_ID": lead, "ENTITY_TYPE": "lead", "COMMENT": "Перезвонил"}})
    assert isinstance(new_id, int)
    body = post(http, fake, "crm.timeline.comment.list",
                {"filter": {"ENTITY_ID": lead, "ENTITY_TYPE": "lead"}, "order": {"ID": "DESC"}})
    assert body["total"] == 2 and body["result"][0]["COMMENT"] == "Перезвонил"
    assert body["result"][0].keys() == {"ID", "CREATED", "ENTITY_ID", "ENTITY_TYPE",
                                        "AUTHOR_ID", "COMMENT"}
    assert (body["result"][0]["ID"], body["result"][0]["ENTITY_ID"]) == (str(new_id), str(lead))
    assert fake.comments(LEAD, lead) == body["result"]
    refused(http, fake, "crm.timeline.comment.add", {"fields": {
        "ENTITY_ID": lead, "ENTITY_TYPE": "lead", "COMMENT": " "}}, 400, "ERROR_ARGUMENT")
    refused(http, fake, "crm.timeline.comment.add", {"fields": {
        "ENTITY_ID": 99, "ENTITY_TYPE": "deal", "COMMENT": "x"}}, 400, "NOT_FOUND")


def test_todo_activities_are_added_and_listed(http, fake, demo):
    todo = {"ownerTypeId": DEAL, "ownerId": demo["deals"][1], "deadline": "2025-03-01T09:00:00Z",
            "title": "Позвонить", "description": "Про продление", "responsibleId": 3}
    added = result(http, fake, "crm.activity.todo.add", todo)
    assert added == {"id": 3}
    rows = result(http, fake, "crm.activity.list", {
        "filter": {"OWNER_TYPE_ID": DEAL, "OWNER_ID": demo["deals"][1]},
        "order": {"ID": "DESC"}, "select": ["ID", "SUBJECT", "DEADLINE", "RESPONSIBLE_ID"]})
    assert rows == [{"ID": "3", "SUBJECT": "Позвонить", "DEADLINE": "2025-03-01T12:00:00+03:00",
                     "RESPONSIBLE_ID": "3"}]
    full = fake.activities(DEAL, demo["deals"][1])[0]
    assert full["PROVIDER_ID"] == "CRM_TODO" and full["COMPLETED"] == "N"
    assert full["OWNER_TYPE_ID"] == "2" and full["START_TIME"] == full["END_TIME"]
    refused(http, fake, "crm.activity.todo.add", {**todo, "deadline": ""}, 400, "ERROR_ARGUMENT")
    refused(http, fake, "crm.activity.todo.add", {**todo, "ownerId": 99}, 400, "NOT_FOUND")


def test_tasks_are_bound_to_items_and_found_by_binding(http, fake, demo):
    task = result(http, fake, "tasks.task.add", {"fields": {
        "TITLE": "Выставить счёт", "DESCRIPTION": "До пятницы", "DEADLINE": "2025-03-07",
        "RESPONSIBLE_ID": 2, "UF_CRM_TASK": [f"L_{demo['lead']}"]}})["task"]
    assert task.items() >= {"id": "2", "title": "Выставить счёт", "responsibleId": "2",
                            "status": "2", "ufCrmTask": ["L_1"],
                            "deadline": "2025-03-07T00:00:00+03:00"}.items()
    body = post(http, fake, "tasks.task.list", {
        "filter": {"UF_CRM_TASK": "L_1"}, "select": ["ID", "TITLE"], "order": {"ID": "desc"}})
    assert body["result"] == {"tasks": [{"id": "2", "title": "Выставить счёт"}]}
    assert body["total"] == 1
    assert [t["id"] for t in fake.tasks(DEAL, demo["deals"][0])] == ["1"]
    refused(http, fake, "tasks.task.add", {"fields": {"TITLE": ""}}, 400, "ERROR_ARGUMENT")


def test_statuses_stages_and_pipelines(http, fake):
    lead = result(http, fake, "crm.status.list", {"filter": {"ENTITY_ID": "STATUS"},
                                                  "order": {"SORT": "ASC"}})
    assert [(s["STATUS_ID"], s["SEMANTICS"]) for s in lead] == [
        ("NEW", None), ("IN_PROCESS", None), ("PROCESSED", None), ("CONVERTED", "S"),
        ("JUNK", "F")]
    assert lead[0].items() >= {"ENTITY_ID": "STATUS", "NAME": "Не обработан",
                               "SORT": "10"}.items() and "CATEGORY_ID" not in lead[0]
    service = result(http, fake, "crm.status.list", {"filter": {"ENTITY_ID": "DEAL_STAGE_1"}})
    assert [s["STATUS_ID"] for s in service] == ["C1:NEW", "C1:EXECUTING", "C1:WON", "C1:LOSE"]
    assert {s["CATEGORY_ID"] for s in service} == {"1"}
    categories = result(http, fake, "crm.category.list", {"entityTypeId": 2})["categories"]
    assert categories == [
        {"id": 0, "name": "Общая", "sort": 100, "entityTypeId": 2, "isDefault": "Y"},
        {"id": 1, "name": "Сервисные договоры", "sort": 200, "entityTypeId": 2, "isDefault": "N"}]


# ---- batch -------------------------------------------------------------------------------
def test_batch_runs_php_query_commands_and_reports_each_error(http, fake, demo):
    reply = result(http, fake, "batch", {"halt": 0, "cmd": {
        "item": "crm.item.get?entityTypeId=3&id=1",
        "gone": "crm.item.get?entityTypeId=3&id=99",
        "stages": "crm.status.list?filter[ENTITY_ID]=STATUS&order[SORT]=ASC",
        "dupes": "crm.duplicate.findbycomm?type=PHONE&values[0]=%2B7%20999%20123-45-67"
                 "&values[1]=000"}})
    assert reply["result"]["item"]["item"]["id"] == 1
    assert reply["result"]["dupes"] == {"CONTACT": [1]}
    assert reply["result_error"] == {"gone": {"error": "NOT_FOUND",
                                              "error_description": "Элемент не найден"}}
    assert reply["result_total"] == {"stages": 5} and reply["result_next"] == []
    assert set(reply["result_time"]["item"]) == TIME_KEYS and "gone" not in reply["result"]
    assert fake.requests[-1].commands == ["crm.item.get", "crm.item.get", "crm.status.list",
                                          "crm.duplicate.findbycomm"]
    halted = result(http, fake, "batch", {"halt": 1, "cmd": {
        "a": "crm.item.get?entityTypeId=1&id=99", "b": "profile"}})
    assert halted["result"] == [] and list(halted["result_error"]) == ["a"]
    too_many = {"cmd": {str(i): "profile" for i in range(51)}}
    assert refused(http, fake, "batch", too_many, 400,
                   "ERROR_BATCH_LENGTH_EXCEEDED") == "Max batch length exceeded"


# ---- faults and the request limit --------------------------------------------------------
@pytest.mark.parametrize(("kind", "status", "code"), [
    (Fault.QUERY_LIMIT, 503, "QUERY_LIMIT_EXCEEDED"),
    (Fault.TIME_LIMIT, 429, "OPERATION_TIME_LIMIT"),
    (Fault.EXPIRED_TOKEN, 401, "expired_token"),
    (Fault.SERVER_ERROR, 500, "INTERNAL_SERVER_ERROR"),
])
def test_an_answering_fault_fires_for_its_method_as_often_as_asked(http, fake, kind, status,
                                                                   code):
    fake.faults.add(kind, method="crm.item.get", times=2)
    assert post(http, fake, "profile")["result"]["ID"] == "1"
    for _ in range(2):
        body = post(http, fake, "crm.item.get", {"entityTypeId": 3, "id": 1}, expect=status)
        assert body["error"] == code and body["error_description"]
    if kind is Fault.TIME_LIMIT:
        assert body["time"]["operating_reset_at"] > time.time()
    refused(http, fake, "crm.item.get", {"entityTypeId": 3, "id": 1}, 400, "NOT_FOUND")
    assert fake.faults.pending == []


def test_timeouts_lose_the_answer_before_or_after_the_write(http, fake, demo):
    comment = {"fields": {"ENTITY_ID": 1, "ENTITY_TYPE": "deal", "COMMENT": "Итог звонка"}}
    fake.faults.add(Fault.TIMEOUT_BEFORE, method="crm.timeline.comment.add")
    fake.faults.add(Fault.TIMEOUT_AFTER)  # any method
    for _ in range(2):
        with pytest.raises(httpx.ReadTimeout):
            http.post(f"{fake.webhook_url}crm.timeline.comment.add.json", json=comment)
    assert [c["COMMENT"] for c in fake.comments(DEAL, 1)][:1] == ["Итог звонка"]
    assert len(fake.comments(DEAL, 1)) == 2  # the demo's one and the one written once
    fake.faults.add(Fault.QUERY_LIMIT)
    refused(http, fake, "batch", {"cmd": {"p": "profile"}}, 503, "QUERY_LIMIT_EXCEEDED")


def test_requests_faster_than_the_bucket_drains_are_refused_and_counted():
    clock = Clock()
    fake = FakeBitrix24(clock=clock, rate=2.0, burst=3)
    with httpx.Client(transport=fake.transport()) as http:
        statuses = [http.post(fake.webhook_url + "profile.json").status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 503] and fake.limit_violations == 1
        clock.now += 0.5  # one request's room drained
        statuses = [http.post(fake.webhook_url + "profile.json").status_code for _ in range(2)]
        assert statuses == [200, 503] and fake.limit_violations == 2
        clock.now += 10
        assert post(http, fake, "batch", {"cmd": {str(i): "scope" for i in range(50)}})
        assert [http.post(fake.webhook_url + "scope.json").status_code for _ in range(2)] == [
            200, 200] and fake.limit_violations == 2  # a batch counts once
        assert len(fake.requests) == 9


def test_concurrent_writes_get_distinct_ids(http, fake):
    def add(n: int) -> int:
        return result(http, fake, "crm.item.add", {"entityTypeId": COMPANY, "fields": {
            "title": f"Co {n}", "fm": [{"typeId": "PHONE", "value": f"+7{n}"}]}})["item"]["id"]

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(add, range(40)))
    assert sorted(ids) == list(range(1, 41))
    fm_ids = [fake.state.items[COMPANY][i].fm[0].id for i in ids]
    assert len(set(fm_ids)) == 40


# ---- loopback ----------------------------------------------------------------------------
def test_loopback_serves_the_same_portal_and_loses_answers_for_real(fake):
    fake.latency = 0.01
    with fake.serve() as url, httpx.Client(timeout=1.0) as http:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/rest/1/k3y5ecret0abc/")
        assert http.post(url + "profile.json", json={}).json()["result"]["NAME"] == "Ирина"
        bad = http.post(url.replace("k3y5ecret0abc", "nope") + "profile.json", json={})
        assert bad.status_code == 401
        lead = {"entityTypeId": 1, "fields": {"title": "По сети"}}
        fake.faults.add(Fault.TIMEOUT_AFTER, method="crm.item.add")
        with pytest.raises(httpx.RemoteProtocolError):
            http.post(url + "crm.item.add.json", json=lead)
        assert fake.item(LEAD, 1)["TITLE"] == "По сети"
        fake.faults.add(Fault.TIMEOUT_BEFORE)
        with pytest.raises(httpx.ReadTimeout):
            http.post(url + "crm.item.add.json", json=lead, timeout=0.2)
        started = time.monotonic()
    assert time.monotonic() - started < 1.0  # the hanging request ends with the server
    assert list(fake.state.items[LEAD]) == [1]


def test_the_command_line_serves_the_demo_until_interrupted():
    proc = subprocess.Popen([sys.executable, "-m", "tests.fake_bitrix24", "--port", "0"],
                            stdout=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().split()[-1]
        found = httpx.post(url + "crm.duplicate.findbycomm.json",
                           json={"type": "PHONE", "values": ["+79161112233"]}, timeout=5)
        assert found.json()["result"] == {"LEAD": [1]}
        assert json.loads(httpx.post(url + "profile", timeout=5).text)["result"]["ID"] == "1"
    finally:
        proc.send_signal(2)  # Ctrl+C
        out, _ = proc.communicate(timeout=5)
    assert proc.returncode == 0 and "Served 2 requests" in out
