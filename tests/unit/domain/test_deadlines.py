"""Deadline templates: what a callback or task deadline resolves to when the button is pressed."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from desktop.domain.deadlines import Deadline, DeadlineError, Unit, due, parse

FRIDAY_AFTERNOON = datetime(2026, 11, 27, 16, 45, tzinfo=UTC)  # a Friday


@pytest.mark.parametrize(("template", "expected"), [
    ("+30 minutes", datetime(2026, 11, 27, 17, 15, tzinfo=UTC)),
    ("+2 hours", datetime(2026, 11, 27, 18, 45, tzinfo=UTC)),
    ("+1 day", datetime(2026, 11, 28, 16, 45, tzinfo=UTC)),
    ("+1 day at 10:00", datetime(2026, 11, 28, 10, 0, tzinfo=UTC)),
    ("+3 days at 9:30", datetime(2026, 11, 30, 9, 30, tzinfo=UTC)),
    ("tomorrow at 10:00", datetime(2026, 11, 28, 10, 0, tzinfo=UTC)),
    ("next working day at 10:00", datetime(2026, 11, 30, 10, 0, tzinfo=UTC)),  # Monday
    ("+2 часа", datetime(2026, 11, 27, 18, 45, tzinfo=UTC)),
    ("+1 день в 10:00", datetime(2026, 11, 28, 10, 0, tzinfo=UTC)),
    ("Завтра в 10.15", datetime(2026, 11, 28, 10, 15, tzinfo=UTC)),
    ("следующий рабочий день в 9:00", datetime(2026, 11, 30, 9, 0, tzinfo=UTC)),
    ("  +15   мин ", datetime(2026, 11, 27, 17, 0, tzinfo=UTC)),
])
def test_templates_resolve_from_the_moment_of_pressing(template: str, expected: datetime):
    assert due(template, FRIDAY_AFTERNOON) == expected


def test_next_working_day_from_midweek_is_the_next_day():
    wednesday = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    assert due("next working day at 10:00", wednesday) == datetime(2026, 11, 26, 10, 0,
                                                                    tzinfo=UTC)


@pytest.mark.parametrize("template", [
    "", "soon", "+0 days", "+1 week", "+2 hours at 10:00", "tomorrow at 25:00",
    "+1 day at 10:75", "1 day", "+day",
])
def test_unreadable_templates_say_which_forms_work(template: str):
    with pytest.raises(DeadlineError, match="tomorrow at HH:MM"):
        parse(template)


@pytest.mark.parametrize("deadline", [
    Deadline(Unit.MINUTES, 45), Deadline(Unit.HOURS, 1), Deadline(Unit.DAYS, 2, time(9, 5)),
    Deadline(Unit.TOMORROW, 1, time(10, 0)), Deadline(Unit.NEXT_WORKING_DAY, 1, time(18, 30)),
])
def test_canonical_form_reads_back_the_same(deadline: Deadline):
    assert parse(deadline.template()) == deadline


def test_a_button_with_an_unreadable_deadline_is_refused():
    from desktop.domain.buttons import ActionButton, CallbackAction
    from desktop.domain.errors import ButtonError

    button = ActionButton("Перезвонить", actions=[CallbackAction("when convenient")])
    with pytest.raises(ButtonError, match="Cannot read the deadline «when convenient»"):
        button.validate()


def test_every_demo_button_deadline_is_readable():
    from desktop.demo.settings import demo_buttons

    for button in demo_buttons():
        button.validate()
