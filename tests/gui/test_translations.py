"""Russian is first-class: every string translated, and the windows really switch language."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from desktop.ui import i18n, i18n_tools, settings
from desktop.ui.i18n import ENGLISH, RUSSIAN, TsTranslator, plural_form, ts_path
from desktop.ui.login import LoginWindow
from desktop.ui.main_window import MainWindow
from tests.gui.fakes import DEMO_ACCOUNTS, FakeAccounts, demo_services

Key = tuple[str, str, str]


def messages(path: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name", ""), message.findtext("source", ""),
                   message.findtext("comment", ""))
            found[key] = message
    return found


def test_russian_and_english_have_the_same_messages() -> None:
    russian, english = messages(ts_path(RUSSIAN)), messages(ts_path(ENGLISH))
    assert russian, "the Russian translation is empty"
    assert set(russian) == set(english)


def test_every_russian_message_is_translated_and_keeps_its_placeholders() -> None:
    for (context, source, _), message in messages(ts_path(RUSSIAN)).items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", source)), source
        assert ("&" in text) == ("&" in source), f"menu accelerator lost: {source}"


def test_every_string_in_the_code_is_in_the_translations(tmp_path: Path) -> None:
    """New tr() strings must be translated: run `python -m desktop.ui.i18n_tools`."""
    copy = tmp_path / "operator_desk_ru.ts"
    shutil.copy(ts_path(RUSSIAN), copy)
    i18n_tools.run_lupdate([copy])
    assert i18n_tools.unfinished(copy) == []


def test_the_seed_vocabulary_is_used() -> None:
    translator = TsTranslator(RUSSIAN)
    assert translator.translate("LoginWindow", "Operator Desk") == "Рабочий стол оператора"
    assert translator.translate("SignInForm", "Sign in") == "Войти"
    assert translator.translate("CallsModel", "Operator") == "Оператор"
    assert "супервайзер" in translator.translate(
        "FirstRunForm", "Create the supervisor account")


def test_plural_forms_follow_russian_rules(tmp_path: Path) -> None:
    ts = tmp_path / "plural.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ru_RU"><context>'
        '<name>Calls</name><message numerus="yes"><source>%n call(s)</source><translation>'
        '<numerusform>%n звонок</numerusform><numerusform>%n звонка</numerusform>'
        '<numerusform>%n звонков</numerusform></translation></message>'
        '<message><source>Draft</source><translation type="unfinished">Черновик</translation>'
        '</message></context></TS>', encoding="utf-8")
    translator = TsTranslator(RUSSIAN, ts)
    said = {n: translator.translate("Calls", "%n call(s)", None, n) for n in (1, 3, 5, 11, 22)}
    assert said == {1: "%n звонок", 3: "%n звонка", 5: "%n звонков", 11: "%n звонков",
                    22: "%n звонка"}
    assert translator.translate("Calls", "Draft") is None  # unfinished is not used
    assert [plural_form(ENGLISH, n) for n in (1, 2)] == [0, 1]


def test_russian_login_windows(qtbot: QtBot) -> None:
    i18n.install_language(RUSSIAN)
    accounts = FakeAccounts(demo=list(DEMO_ACCOUNTS))
    first_run = LoginWindow(accounts, "SQLite: x")  # type: ignore[arg-type]
    qtbot.addWidget(first_run)
    assert first_run.windowTitle() == "Рабочий стол оператора"
    assert first_run.first_run_form.heading.text() == "Создайте учётную запись супервайзера"
    assert first_run.first_run_form.create_button.text() == "Создать и войти"

    accounts.add("anna", "anna-demo", "Анна Смирнова")
    window = LoginWindow(accounts, "SQLite: x")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.windowTitle() == "Рабочий стол оператора"
    assert window.sign_in.sign_in_button.text() == "Войти"
    assert window.demo_box is not None and window.demo_box.title.text() == "Демо-аккаунты"
    # Qt's own texts are Russian too (context menus of the fields, standard buttons).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


def test_language_switches_live_from_the_login_window(qtbot: QtBot) -> None:
    accounts = FakeAccounts()
    accounts.add("anna", "anna-secret", "Анна Смирнова")
    window = LoginWindow(accounts, "SQLite: x")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    assert window.sign_in.sign_in_button.text() == "Sign in"
    combo = window.language
    combo.setFocus()
    while combo.currentData() != RUSSIAN:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.sign_in.sign_in_button.text() == "Войти")
    assert window.windowTitle() == "Рабочий стол оператора"
    assert settings.app_settings().value(settings.LANGUAGE) == RUSSIAN
    assert i18n.resolve_language() == RUSSIAN


def test_language_switches_live_from_the_main_window_menu(qtbot: QtBot) -> None:
    services = demo_services()
    window = MainWindow(services, services.accounts.login("admin", "admin-demo"))
    qtbot.addWidget(window)
    window.language_actions[RUSSIAN].trigger()
    qtbot.waitUntil(lambda: window.calls_title.text() == "Последние звонки")
    assert window.file_menu.title() == "&Файл"
    assert window.calls.model.headerData(0, Qt.Orientation.Horizontal) == "Время"
    window.language_actions[ENGLISH].trigger()
    qtbot.waitUntil(lambda: window.calls_title.text() == "Recent calls")
    assert settings.app_settings().value(settings.LANGUAGE) == ENGLISH


def test_english_falls_back_to_qt_texts_it_does_not_know() -> None:
    i18n.install_language(ENGLISH)
    assert QCoreApplication.translate("QLineEdit", "&Undo") == "&Undo"


@pytest.mark.parametrize(("setting", "system_is_russian", "expected"), [
    ("ru", False, RUSSIAN), ("en", True, ENGLISH), ("", True, RUSSIAN), ("", False, ENGLISH),
])
def test_language_setting_or_system_decides(monkeypatch: pytest.MonkeyPatch, setting: str,
                                            system_is_russian: bool, expected: str) -> None:
    monkeypatch.setattr(i18n, "system_language",
                        lambda: RUSSIAN if system_is_russian else ENGLISH)
    settings.app_settings().setValue(settings.LANGUAGE, setting)
    assert i18n.resolve_language() == expected
