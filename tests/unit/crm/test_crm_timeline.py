"""The item's history: comments, activities and tasks, added at most once per key."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from desktop.crm.errors import CrmNotFound, CrmRejected
from desktop.crm.gateway import ActivityKind, TimelineKind
from desktop.crm.models import CrmTimelineEntry
from desktop.domain.crm_types import EntityType

MOSCOW = timezone(timedelta(hours=3))


@pytest.fixture
def deal(crm):
    return crm.create_item(EntityType.DEAL, {"TITLE": "Поставка"})


def entry_count(crm) -> int:
    with crm.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(CrmTimelineEntry))


def test_comments_appear_newest_first(crm, deal):
    first = crm.add_comment(EntityType.DEAL, deal.id, "Отправили КП", author="Ирина")
    second = crm.add_comment(EntityType.DEAL, deal.id, "  Клиент просит скидку  ")
    timeline = crm.timeline(EntityType.DEAL, deal.id)
    assert [e.id for e in timeline] == [second.id, first.id]
    assert (first.kind, first.text, first.author) == (TimelineKind.COMMENT, "Отправили КП",
                                                      "Ирина")
    assert second.text == "Клиент просит скидку"
    assert first.created_at.tzinfo is not None


def test_a_repeated_comment_with_the_same_key_is_added_once(crm, deal):
    first = crm.add_comment(EntityType.DEAL, deal.id, "Перезвонил", idempotency_key="k-1")
    again = crm.add_comment(EntityType.DEAL, deal.id, "Перезвонил", idempotency_key="k-1")
    assert again == first
    assert len(crm.timeline(EntityType.DEAL, deal.id)) == 1
    assert crm.write_applied("k-1")
    crm.add_comment(EntityType.DEAL, deal.id, "Перезвонил", idempotency_key="k-2")
    assert len(crm.timeline(EntityType.DEAL, deal.id)) == 2


def test_a_callback_keeps_its_deadline(crm, deal):
    deadline = datetime(2030, 5, 14, 10, 0, tzinfo=MOSCOW)
    entry = crm.add_activity(EntityType.DEAL, deal.id, ActivityKind.CALLBACK,
                             "Перезвонить по КП", deadline, responsible="Ирина",
                             idempotency_key="cb-1")
    assert entry.kind is TimelineKind.ACTIVITY and entry.activity is ActivityKind.CALLBACK
    assert entry.deadline == deadline
    assert entry.deadline.tzinfo is not None
    assert (entry.title, entry.responsible, entry.end) == ("Перезвонить по КП", "Ирина", None)
    again = crm.add_activity(EntityType.DEAL, deal.id, ActivityKind.CALLBACK, "Другое",
                             deadline + timedelta(days=1), idempotency_key="cb-1")
    assert again == entry
    assert crm.timeline(EntityType.DEAL, deal.id) == [entry]


def test_a_meeting_has_an_end_and_a_default_title(crm, deal):
    start = datetime(2030, 5, 14, 12, 0, tzinfo=UTC)
    entry = crm.add_activity(EntityType.DEAL, deal.id, ActivityKind.MEETING, "", start,
                             description="Офис клиента", duration_minutes=90)
    assert entry.activity is ActivityKind.MEETING
    assert entry.end == start + timedelta(minutes=90)
    assert entry.title == "Встреча с клиентом"
    assert entry.text == "Офис клиента"


def test_a_naive_deadline_is_local_time(crm, deal):
    naive = datetime(2030, 1, 2, 9, 30)
    entry = crm.add_activity(EntityType.DEAL, deal.id, ActivityKind.CALLBACK, "", naive)
    assert entry.deadline == naive.astimezone()


def test_tasks(crm, deal):
    task = crm.add_task(EntityType.DEAL, deal.id, "Проверить оплату", description="Счёт № 12",
                        deadline=datetime(2030, 6, 1, 12, 0, tzinfo=UTC), responsible="Олег",
                        idempotency_key="t-1")
    assert (task.kind, task.title, task.text, task.responsible, task.completed) == (
        TimelineKind.TASK, "Проверить оплату", "Счёт № 12", "Олег", False)
    assert crm.add_task(EntityType.DEAL, deal.id, "Проверить оплату",
                        idempotency_key="t-1") == task
    assert crm.add_task(EntityType.DEAL, deal.id, "Без срока").deadline is None
    assert len(crm.timeline(EntityType.DEAL, deal.id)) == 2


def test_timeline_limit(crm, deal):
    for n in range(5):
        crm.add_comment(EntityType.DEAL, deal.id, f"Комментарий {n}")
    assert [e.text for e in crm.timeline(EntityType.DEAL, deal.id, limit=2)] == [
        "Комментарий 4", "Комментарий 3"]


@pytest.mark.parametrize("add", [
    lambda crm, i: crm.add_comment(EntityType.DEAL, i, "   "),
    lambda crm, i: crm.add_comment(EntityType.DEAL, i, "x" * 20_001),
    lambda crm, i: crm.add_task(EntityType.DEAL, i, ""),
    lambda crm, i: crm.add_activity(EntityType.DEAL, i, ActivityKind.CALLBACK, "",
                                    "завтра"),  # type: ignore[arg-type]
    lambda crm, i: crm.add_activity(EntityType.DEAL, i, ActivityKind.MEETING, "",
                                    datetime(2030, 1, 1, tzinfo=UTC), duration_minutes=0),
])
def test_refused_entries_write_nothing(crm, deal, add):
    with pytest.raises(CrmRejected):
        add(crm, deal.id)
    assert entry_count(crm) == 0


def test_entries_for_a_missing_item_are_refused_and_not_remembered(crm):
    with pytest.raises(CrmNotFound):
        crm.add_comment(EntityType.LEAD, "404", "Текст", idempotency_key="k-404")
    with pytest.raises(CrmNotFound):
        crm.timeline(EntityType.LEAD, "404")
    assert not crm.write_applied("k-404")
    assert entry_count(crm) == 0


def test_a_key_cannot_be_reused_for_another_change(crm, deal):
    crm.add_comment(EntityType.DEAL, deal.id, "Первый", idempotency_key="k-1")
    with pytest.raises(CrmRejected):
        crm.add_task(EntityType.DEAL, deal.id, "Задача", idempotency_key="k-1")
    other = crm.create_item(EntityType.DEAL, {"TITLE": "Другая"})
    with pytest.raises(CrmRejected):
        crm.add_comment(EntityType.DEAL, other.id, "Первый", idempotency_key="k-1")
    assert entry_count(crm) == 1
