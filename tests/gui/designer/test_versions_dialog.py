"""The versions list and the publish dialog on their own, over the real script service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from designer.versions_dialog import PublishDialog, VersionsDialog
from desktop.cli import open_database
from desktop.domain.script import Script
from desktop.services.accounts import AccountService
from desktop.services.scripts import ScriptService

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def scripts(sqlite_url: str) -> Iterator[ScriptService]:
    db = open_database(sqlite_url)
    supervisor = AccountService(db).create_first_supervisor("olga", "Olga", "olga-secret")
    yield ScriptService(db, supervisor)
    db.dispose()


def show(qtbot: QtBot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_script_never_published_says_so(qtbot: QtBot, scripts: ScriptService) -> None:
    script = scripts.create("Support")
    dialog = show(qtbot, VersionsDialog(scripts, script.id, lambda: script.version))
    assert dialog.table.rowCount() == 0
    assert dialog.summary.text() == "The script has not been published yet."
    assert not dialog.restore_button.isEnabled()


def test_restoring_over_a_draft_saved_meanwhile_is_refused_clearly(
        qtbot: QtBot, scripts: ScriptService) -> None:
    script = scripts.create("Support")
    scripts.publish(script.id, None, "first")
    opened_at = scripts.get(script.id).version
    newer = scripts.get(script.id)
    newer.rename(newer.start_step_id, "Hello there")
    scripts.save(newer)  # another supervisor saved after our editor opened the draft

    dialog = show(qtbot, VersionsDialog(scripts, script.id, lambda: opened_at))
    dialog.ask = lambda *_: True
    with qtbot.assertNotEmitted(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, LEFT)
    assert dialog.error.isVisible()
    assert "changed by someone else" in dialog.error.text()
    assert scripts.get(script.id).step(newer.start_step_id).title == "Hello there"


def test_the_newest_version_is_listed_first_with_who_and_why(qtbot: QtBot,
                                                              scripts: ScriptService) -> None:
    script = scripts.create("Support")
    scripts.publish(script.id, None, "first")
    scripts.publish(script.id, None, "  second  ")
    dialog = show(qtbot, VersionsDialog(scripts, script.id, lambda: script.version))
    rows = [[dialog.table.item(r, c).text() for c in (0, 2, 3, 4)] for r in range(2)]
    assert rows == [["2", "Olga", "second", "1"], ["1", "Olga", "first", "1"]]
    assert dialog.selected_number() == 2


def test_publish_dialog_without_issues_shows_no_warnings(qtbot: QtBot) -> None:
    script = Script("Clean")
    dialog = show(qtbot, PublishDialog(script, [], saves_first=False))
    assert not dialog.issues.isVisible() and not dialog.issues_title.isVisible()
    qtbot.keyClicks(dialog.note, "  tidy  ")
    assert dialog.note_text() == "tidy"
    qtbot.mouseClick(dialog.publish_button, LEFT)
    assert dialog.result() == PublishDialog.DialogCode.Accepted
