"""A whole call against Bitrix24 (the fake portal), through the app's own composition.

The supervisor's CRM settings are saved as the settings window saves them (the secret in
the keyring), the session CRM is opened as sign-in opens it, the operator's result and
field save go through the outbox, and the portal misbehaves on the way: rate-limit
refusals, an operation time limit, 500s, and answers lost after the write was applied.
Every write must land exactly once, the client must never exceed the portal's rate,
and the webhook secret must appear in no log line, database row or settings file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.crm.config import (
    Bitrix24Plan,
    CrmConfig,
    CrmKind,
    load_crm_config,
    save_crm_config,
    save_webhook_secret,
    split_webhook,
)
from desktop.crm.outbox import CrmWrite, OutboxState, WriteKind
from desktop.crm.session import LazyGateway, open_session_crm
from desktop.domain.buttons import (
    ActionButton,
    CallbackAction,
    CommentAction,
    DealStageAction,
    LeadStatusAction,
    MeetingAction,
    TaskAction,
)
from desktop.domain.crm_types import EntityType
from desktop.services import results
from desktop.services.results import Answer, ClientContext
from desktop.storage.repositories import ButtonRepository
from tests.fake_bitrix24 import FakeBitrix24, Fault
from tests.integration.outbox_fakes import Desk, open_desk
from tests.integration.test_outbox import answered_call
from tests.unit.crm.bitrix24_support import PretendClock

NUMBER = "+7 999 123-45-67"
UNKNOWN = "+7 903 765-43-21"
LEAD_TYPE, DEAL_TYPE, CONTACT_TYPE = 1, 2, 3


def every_action_button(desk: Desk) -> ActionButton:
    button = ActionButton("Всё сразу", "#2e7d32", [
        CommentAction(""), CallbackAction("+1 day at 10:00", "Перезвонить"),
        TaskAction("Отправить КП", "Тариф «Бизнес»", "+2 days"),
        MeetingAction("+3 days at 12:00", "Встреча в офисе", 45),
        LeadStatusAction(status_id="IN_PROCESS"), DealStageAction(stage_id="EXECUTING")])
    with desk.db.transaction() as session:
        return ButtonRepository(session).save(button)


def portal_with_client(clock: PretendClock) -> tuple[FakeBitrix24, dict[str, int]]:
    fake = FakeBitrix24(clock=clock)
    contact = fake.add_item(CONTACT_TYPE, {"NAME": "Мария", "LAST_NAME": "Иванова"},
                            phones=["+79991234567"], emails=["maria@example.ru"])
    deal = fake.add_item(DEAL_TYPE, {"TITLE": "Поставка", "CONTACT_ID": contact})
    lead = fake.add_item(LEAD_TYPE, {"TITLE": "Заявка с сайта"}, phones=["+79991234567"])
    return fake, {"contact": contact, "deal": deal, "lead": lead}


def configure(fake: FakeBitrix24, settings_path: Path, memory_keyring) -> CrmConfig:
    """What Settings → CRM stores when the supervisor pastes the webhook and saves."""
    public, secret = split_webhook(fake.webhook_url)
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    save_crm_config(CrmConfig(CrmKind.BITRIX24, public, Bitrix24Plan.STANDARD), settings)
    save_webhook_secret(secret)
    return load_crm_config(QSettings(str(settings_path), QSettings.Format.IniFormat))


def test_a_full_call_lands_in_bitrix24_exactly_once_despite_faults(
        sqlite_url, tmp_path, memory_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    clock = PretendClock()
    fake, ids = portal_with_client(clock)
    config = configure(fake, tmp_path / "settings.ini", memory_keyring)
    desk = open_desk(sqlite_url)
    crm, kind = open_session_crm(desk.db, config, transport=fake.transport(),
                                 clock=clock, sleep=clock.sleep)
    assert kind == "bitrix24" and isinstance(crm, LazyGateway)
    try:
        # The call card: the caller is found, the operator presses the button.
        items = tuple(crm.find_by_phone(NUMBER))
        assert [i.entity for i in items] == [EntityType.LEAD, EntityType.DEAL,
                                             EntityType.CONTACT]
        client = ClientContext(items, (EntityType.LEAD, str(ids["lead"])))
        call = answered_call(desk, NUMBER)
        writes = results.plan_result(every_action_button(desk), call, client, desk.anna,
                                     {0: Answer(text="Просит КП на почту")}, desk.clock())
        desk.work.record_result(call, every_action_button(desk), writes, desk.clock())
        desk.outbox.add([CrmWrite(WriteKind.UPDATE_FIELDS, EntityType.CONTACT,
                                  str(ids["contact"]),
                                  {"values": {"NAME": "Мария-Луиза",
                                              "PHONE": ["+79991234567", "+79265554433"]}})])
        # A second call from a number the portal does not know: a new lead and its comment.
        unknown = answered_call(desk, UNKNOWN)
        lead_writes = results.plan_result(
            ActionButton("Комментарий", "#1565c0", [CommentAction("Новый клиент")]),
            unknown, ClientContext((), None), desk.anna, {}, desk.clock())
        desk.outbox.add(lead_writes)

        for method in ("crm.timeline.comment.add", "crm.activity.todo.add", "tasks.task.add",
                       "crm.item.add"):
            fake.faults.add(Fault.TIMEOUT_AFTER, method=method, times=1)
        fake.faults.add(Fault.QUERY_LIMIT, method="crm.item.update", times=2)
        fake.faults.add(Fault.SERVER_ERROR, method="crm.activity.todo.add", times=1)
        fake.faults.add(Fault.TIME_LIMIT, method="crm.item.get", times=1)
        fake.faults.add(Fault.TIMEOUT_BEFORE, method="crm.timeline.comment.list", times=1)

        desk.drain(crm, rounds=40)
        assert fake.faults.pending == []  # every fault was met on the way
        assert desk.outbox.counts() == (0, 0)
        assert _outbox_states(desk) == {OutboxState.DONE.value}
    finally:
        crm.close()

    lead = fake.item(LEAD_TYPE, ids["lead"])
    assert lead["STATUS_ID"] == "IN_PROCESS"
    assert fake.item(DEAL_TYPE, ids["deal"])["STAGE_ID"] == "EXECUTING"
    contact = fake.item(CONTACT_TYPE, ids["contact"])
    assert contact["NAME"] == "Мария-Луиза"
    assert contact["PHONE"] == ["+79991234567", "+79265554433"]
    comments = fake.comments(LEAD_TYPE, ids["lead"])
    assert [c["COMMENT"].split("\n")[0] for c in comments] == ["Просит КП на почту"]
    activities = fake.activities(LEAD_TYPE, ids["lead"])
    assert sorted(a["SUBJECT"] for a in activities) == ["Встреча в офисе", "Перезвонить"]
    tasks = fake.tasks(LEAD_TYPE, ids["lead"])
    assert [t["title"] for t in tasks] == ["Отправить КП"]
    new_leads = [i for i in range(1, ids["lead"] + 5)
                 if i != ids["lead"] and _exists(fake, LEAD_TYPE, i)]
    assert len(new_leads) == 1
    assert [c["COMMENT"].split("\n")[0] for c in fake.comments(LEAD_TYPE, new_leads[0])] \
        == ["Новый клиент"]
    assert fake.limit_violations == 0

    secret = split_webhook(fake.webhook_url)[1]
    assert secret not in caplog.text
    assert secret not in (tmp_path / "settings.ini").read_text()
    assert secret not in _database_text(desk)
    desk.db.dispose()


def test_the_client_keeps_under_the_portal_rate_for_a_long_run(memory_keyring):
    from tests.unit.crm.bitrix24_support import bitrix24_gateway

    gateway, fake = bitrix24_gateway()
    fake.seed_demo()
    for _ in range(120):  # well past the burst of 50
        gateway.find_by_phone("+79991234567")
    assert fake.limit_violations == 0
    assert len(fake.requests) > 200
    span = fake.requests[-1].at - fake.requests[0].at
    assert len(fake.requests) <= 50 + 2.0 * span + 1


def _exists(fake: FakeBitrix24, type_id: int, item_id: int) -> bool:
    try:
        fake.item(type_id, item_id)
    except KeyError:
        return False
    return True


def _outbox_states(desk: Desk) -> set[str]:
    from sqlalchemy import select

    from desktop.storage.models import OutboxRow

    with desk.db.read() as session:
        return set(session.scalars(select(OutboxRow.state)))


def _database_text(desk: Desk) -> str:
    """Every row of every table, as text."""
    from sqlalchemy import MetaData, select

    meta = MetaData()
    meta.reflect(desk.db.engine)
    lines = []
    with desk.db.engine.connect() as connection:
        for table in meta.sorted_tables:
            lines += [repr(tuple(row)) for row in connection.execute(select(table))]
    return "\n".join(lines)

