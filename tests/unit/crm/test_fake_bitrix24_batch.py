"""The fake portal's batch references and deal stage semantics, which the gateway's
two-request call card relies on."""

from __future__ import annotations

import httpx

from desktop.crm.bitrix24.client import php_query
from tests.fake_bitrix24 import FakeBitrix24


def batch(fake: FakeBitrix24, commands: dict[str, tuple[str, dict]]) -> dict:
    cmd = {name: f"{method}?{php_query(params)}" for name, (method, params) in commands.items()}
    with httpx.Client(transport=fake.transport()) as http:
        response = http.post(f"{fake.webhook_url}batch.json", json={"halt": 0, "cmd": cmd})
    assert response.status_code == 200
    return response.json()["result"]


def test_a_reference_takes_an_earlier_result_and_a_missing_one_fails_only_its_command():
    fake = FakeBitrix24()
    ids = fake.seed_demo()
    result = batch(fake, {
        "deals": ("crm.item.list", {"entityTypeId": 2, "filter": {"@contactId": [ids["contact"]]},
                                    "order": {"id": "desc"}}),
        "first": ("crm.item.get", {"entityTypeId": 2, "id": "$result[deals][items][0][id]"}),
        "comments": ("crm.timeline.comment.list", {"filter": {
            "ENTITY_TYPE": "deal", "ENTITY_ID": "$result[deals][items][0][id]"}}),
        "nothing": ("crm.item.get", {"entityTypeId": 2, "id": "$result[deals][items][9][id]"}),
    })
    newest = result["result"]["deals"]["items"][0]["id"]
    assert result["result"]["first"]["item"]["id"] == newest
    assert all(row["ENTITY_ID"] == str(newest) for row in result["result"]["comments"])
    assert result["result_error"]["nothing"]["error"] == "ERROR_BATCH_REFERENCE"


def test_deals_tell_whether_their_stage_is_open_won_or_lost():
    fake = FakeBitrix24()
    contact = fake.add_item(3, {"NAME": "Ира"})
    won = fake.add_item(2, {"TITLE": "A", "CONTACT_ID": contact, "STAGE_ID": "WON"})
    open_deal = fake.add_item(2, {"TITLE": "B", "CONTACT_ID": contact})
    result = batch(fake, {"open": ("crm.item.list", {
        "entityTypeId": 2, "filter": {"@contactId": [contact], "stageSemanticId": "P"}})})
    assert [d["id"] for d in result["result"]["open"]["items"]] == [open_deal]
    assert fake.item(2, won)["STAGE_SEMANTIC_ID"] == "S"
