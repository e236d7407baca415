"""The change log supervisors read: every entry, newest first, filtered by kind of item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from designer.audit_view import CHANGE, ITEM, WHAT, WHO, AuditView
from desktop.domain.permissions import DenialReason, PermissionDenied
from tests.gui.designer.fakes_buttons import FakeAudit

BUTTON = {"title": "Перезвонить", "color": "#ef6c00", "shortcut": "F2",
          "actions": ["callback", "lead_status"]}


def morning() -> FakeAudit:
    audit = FakeAudit()
    audit.record(5, "Ольга", "created", "button", "Перезвонить", None, BUTTON)
    audit.record(10, "Ольга", "updated", "button", "Перезвонить", BUTTON,
                 {**BUTTON, "shortcut": "F10", "actions": ["callback"]})
    audit.record(15, "Ольга", "published", "script", "Продажа", None,
                 {"name": "Продажа", "steps": 14, "links": 17, "version": 4})
    audit.record(20, "Павел", "deleted", "role", "Стажёр",
                 {"name": "Стажёр", "keep_card_open": False, "buttons": ["Перезвонить"]}, None)
    audit.record(25, "Ольга", "role_changed", "user", "pavel", {"role": "Продажи"},
                 {"role": "Поддержка"})
    return audit


def show(qtbot: QtBot, audit) -> tuple[AuditView, list[tuple[str, str]]]:
    errors: list[tuple[str, str]] = []
    view = AuditView(audit, lambda title, text: errors.append((title, text)))
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view, errors


def cells(view: AuditView, column: int) -> list[str]:
    model = view.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_log_lists_who_changed_what_newest_first(qtbot: QtBot) -> None:
    view, errors = show(qtbot, morning())
    assert cells(view, WHAT) == ["Role changed", "Deleted", "Published", "Changed", "Created"]
    assert cells(view, WHO) == ["Ольга", "Павел", "Ольга", "Ольга", "Ольга"]
    assert cells(view, ITEM) == ["User «pavel»", "Role «Стажёр»", "Script «Продажа»",
                                 "Button «Перезвонить»", "Button «Перезвонить»"]
    assert cells(view, CHANGE) == [
        "Role: Продажи → Поддержка",
        "Name: Стажёр; Keeps the call card open: no; Buttons: Перезвонить",
        "Name: Продажа; Steps: 14; Links: 17; Version: 4",
        "Shortcut: F2 → F10; Actions: Callback, Change lead status → Callback",
        "Title: Перезвонить; Colour: #ef6c00; Shortcut: F2; Actions: Callback, "
        "Change lead status",
    ]
    assert view.count_label.text() == "Changes: 5"
    assert errors == []


def test_the_selected_entry_is_shown_in_full_below(qtbot: QtBot) -> None:
    view, _errors = show(qtbot, morning())
    row = cells(view, WHAT).index("Changed")
    rect = view.table.visualRect(view.model.index(row, WHAT))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.details.isVisible()
    assert view.details_head.text().endswith("· Ольга · Changed · Button «Перезвонить»")
    assert view.details_text.text() == ("Shortcut: F2 → F10\n"
                                        "Actions: Callback, Change lead status → Callback")
    tip = view.model.index(row, CHANGE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(view.details_text.text())


def test_the_filter_asks_the_service_for_one_kind_of_item(qtbot: QtBot) -> None:
    audit = morning()
    view, _errors = show(qtbot, audit)
    assert [view.filter.itemText(i) for i in range(view.filter.count())] == [
        "All changes", "Buttons", "Scripts", "Roles", "Users", "Seat plan"]
    view.filter.setFocus()
    view.filter.setCurrentIndex(view.filter.findText("Buttons"))
    assert audit.calls[-1] == ("list", 200, "button")
    assert cells(view, ITEM) == ["Button «Перезвонить»", "Button «Перезвонить»"]
    view.set_filter("plan")
    assert audit.calls[-1] == ("list", 200, "plan")
    assert view.empty.isVisible() and not view.details.isVisible()
    assert view.empty.title.text() == "No changes of this kind yet"
    view.set_filter(None)
    assert len(cells(view, ITEM)) == 5


def test_new_changes_show_on_refresh(qtbot: QtBot) -> None:
    audit = FakeAudit()
    view, _errors = show(qtbot, audit)
    assert view.empty.title.text() == "No changes recorded yet"
    audit.record(30, "Ольга", "reordered", "button", "Спам", {"position": 5}, {"position": 1})
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert cells(view, CHANGE) == ["Place: 5 → 1"]
    assert cells(view, WHAT) == ["Moved"]


def test_a_user_who_may_not_read_the_log_is_told_why(qtbot: QtBot) -> None:
    class Refusing:
        def list(self, limit: int = 200, entity_type: str | None = None):
            raise PermissionDenied(DenialReason.ACCOUNT_BLOCKED)

    view, errors = show(qtbot, Refusing())
    assert errors == [("Could not load the change log",
                       "Your account is blocked; ask your supervisor.")]
    assert view.empty.isVisible()
