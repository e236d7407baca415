"""The seat plan in the Roles tab: seats in use, changing the plan, a lapse with a seeded
random choice (who kept access is shown), and renewal restoring everyone."""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from designer.plan_panel import LapseDialog, PlanDialog
from designer.users_panel import STATE
from desktop.domain.roles import SeatPlan
from tests.gui.designer.fakes_roles import ANNA, IVAN, OLGA, PAVEL
from tests.gui.designer.roles_harness import Harness

SEED = 7


def expected_choice() -> int:
    """Whom the domain's rule picks with this seed: one of the others, by id order."""
    return random.Random(SEED).choice(sorted([ANNA, PAVEL, IVAN]))


def choose_plan(qtbot: QtBot, dialog: PlanDialog, plan: SeatPlan) -> None:
    button = dialog.choices[plan]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def test_the_panel_shows_plan_seats_and_payment(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    plan = h.tab.plan
    assert plan.name.text() == "Team — up to 7 users"
    assert plan.seats.text() == "Seats in use: 4 of 7"
    assert plan.bar.value() == 4 and plan.bar.maximum() == 7
    assert plan.paid.text().startswith("Paid until ")
    assert not plan.banner.isVisible() and not plan.renew_button.isVisible()


def test_the_free_plan_cannot_lapse(qtbot: QtBot) -> None:
    h = Harness(qtbot, plan=SeatPlan.FREE)
    h.team.roster.users[IVAN].blocked = True
    h.team.roster.users[PAVEL].blocked = True
    h.tab.refresh()
    assert h.tab.plan.paid.text() == "Free: never lapses"
    assert not h.tab.plan.lapse_button.isEnabled()
    assert h.tab.plan.lapse_button.toolTip() == "The free plan never lapses."


def test_a_lapse_keeps_the_administrator_and_one_seeded_choice(qtbot: QtBot) -> None:
    h = Harness(qtbot, rng=random.Random(SEED))
    kept_id = expected_choice()
    kept = h.team.roster.users[kept_id].display_name
    h.press(h.tab.plan.lapse_button)
    dialog = h.dialog(h.tab.plan)
    assert isinstance(dialog, LapseDialog)
    assert "Ольга Супервайзерова (administers the app)" in dialog.informativeText()
    assert "(2)" in dialog.informativeText()  # of four active users, two are blocked
    qtbot.mouseClick(dialog.lapse_button, Qt.MouseButton.LeftButton)
    h.closes(h.tab.plan)

    [(title, text)] = h.infos
    assert title == "Paid plan lapsed"
    assert f"{kept} was chosen at random" in text
    assert h.team.roster.plan.kept_user_id == kept_id
    states = {name: h.user_cell(name, STATE) for name in h.user_names()}
    assert states.pop("Ольга Супервайзерова") == "active"
    assert states.pop(kept) == "active"
    assert set(states.values()) == {"blocked by plan"}
    plan = h.tab.plan
    assert plan.banner.isVisible()
    assert (f"Access kept: Ольга Супервайзерова (administers the app) and {kept} "
            "(chosen at random). Blocked until renewal: 2.") in plan.banner.text()
    assert plan.seats.text() == "Seats in use: 2 of 2"
    assert plan.renew_button.isVisible() and not plan.lapse_button.isVisible()
    assert not plan.change_button.isEnabled()

    blocked = next(iter(states))  # a user blocked by the plan waits for the renewal
    h.select_user(blocked)
    assert not h.tab.users.block_button.isEnabled()
    assert "renewed" in h.tab.users.block_button.toolTip()


def test_renewing_restores_everyone(qtbot: QtBot) -> None:
    h = Harness(qtbot, lapsed=True)
    h.press(h.tab.plan.renew_button)
    dialog = h.dialog(h.tab.plan)
    assert isinstance(dialog, PlanDialog) and dialog.windowTitle() == "Renew the plan"
    assert dialog.choices[SeatPlan.TEAM].isChecked()
    h.press(dialog.ok_button)
    h.closes(h.tab.plan)
    assert {h.user_cell(name, STATE) for name in h.user_names()} == {"active"}
    assert not h.tab.plan.banner.isVisible()
    assert h.tab.plan.seats.text() == "Seats in use: 4 of 7"
    assert h.tab.plan.lapse_button.isVisible()
    assert not h.team.roster.plan.lapsed and h.team.roster.plan.paid_until is not None
    assert h.team.roster.users[OLGA].active


def test_a_plan_too_small_for_the_active_users_is_refused(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    h.press(h.tab.plan.change_button)
    dialog = h.dialog(h.tab.plan)
    choose_plan(qtbot, dialog, SeatPlan.FREE)
    assert not dialog.paid_until.isEnabled()
    h.press(dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.error.text() == ("The chosen plan allows 2 active users, and 4 are active "
                                   "now. Block 2 of them first.")
    choose_plan(qtbot, dialog, SeatPlan.UNLIMITED)
    assert dialog.error.isHidden()
    h.press(dialog.ok_button)
    h.closes(h.tab.plan)
    assert h.tab.plan.name.text() == "Unlimited"
    assert h.tab.plan.seats.text() == "Seats in use: 4 (no limit)"
