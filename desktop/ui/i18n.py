"""Languages of the user interface: Russian first, English second.

Translations are Qt Linguist ``.ts`` files in ``resources/translations`` (made with
``pyside6-lupdate``, see ``desktop.ui.i18n_tools``). The app reads the ``.ts`` files
directly into a ``QTranslator`` subclass instead of loading compiled ``.qm`` files:
``.qm`` files are build output (not in git), and compiling them at start-up would
need the ``lrelease`` binary, a writable install folder and a staleness check —
three ways for the Russian UI to silently fall back to English. Parsing a few
hundred messages takes milliseconds and works the same from a source tree and a
PyInstaller bundle. Qt's own strings (standard dialog buttons, context menus) come
from Qt's ``qtbase_*.qm``, which ship with PySide6.

The language is the ``ui/language`` setting: ``"ru"``, ``"en"`` or empty to follow
the system (Russian on a Russian system, English otherwise). Changing it re-installs
the translators; Qt then sends every widget a ``LanguageChange`` event, and widgets
built on ``Retranslatable`` set their texts again, so the switch is live.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop.ui import settings
from desktop.ui.resources import resource_path

RUSSIAN = "ru"
ENGLISH = "en"
LANGUAGES = (RUSSIAN, ENGLISH)
FOLLOW_SYSTEM = ""

# Names shown in language pickers, each in its own language (as users look for them).
LANGUAGE_NAMES = {RUSSIAN: "Русский", ENGLISH: "English"}

_Key = tuple[str, str, str]  # (context, source text, disambiguation)


def ts_path(language: str) -> Path:
    return resource_path("translations", f"operator_desk_{language}.ts")


def plural_form(language: str, n: int) -> int:
    """Index of the plural form Qt Linguist uses for ``n`` in ``language``."""
    if language == RUSSIAN:
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def read_ts(path: Path) -> dict[_Key, list[str]]:
    """Finished translations in a ``.ts`` file; each value holds one text per plural form.

    Unfinished, obsolete and vanished messages are left out, as ``lrelease`` does.
    """
    table: dict[_Key, list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                  "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            if any(texts):
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                table[key] = texts
    return table


class TsTranslator(QTranslator):
    """A ``QTranslator`` answering from a parsed ``.ts`` file."""

    def __init__(self, language: str, path: Path | None = None) -> None:
        super().__init__()
        self.language = language
        self._table = read_ts(path or ts_path(language))

    def isEmpty(self) -> bool:
        return not self._table

    def language_code(self) -> str:
        return self.language

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        texts = self._table.get((context, source_text, disambiguation or ""))
        if texts is None and disambiguation:
            texts = self._table.get((context, source_text, ""))
        if not texts:
            return None  # a null string: Qt falls back to the source text ("" would show)
        if n >= 0 and len(texts) > 1:
            return texts[min(plural_form(self.language, n), len(texts) - 1)]
        return texts[0]


def system_language() -> str:
    return RUSSIAN if QLocale.system().language() == QLocale.Language.Russian else ENGLISH


def language_setting() -> str:
    """The saved choice: ``"ru"``, ``"en"`` or ``""`` (follow the system)."""
    value = str(settings.app_settings().value(settings.LANGUAGE, FOLLOW_SYSTEM) or "")
    return value if value in LANGUAGES else FOLLOW_SYSTEM


def resolve_language(setting: str | None = None) -> str:
    """The language to show for ``setting`` (the saved one when None)."""
    choice = language_setting() if setting is None else setting
    return choice if choice in LANGUAGES else system_language()


_installed: list[QTranslator] = []  # Qt does not own translators: keep them alive here
_current = ENGLISH


def current_language() -> str:
    return _current


def install_language(language: str) -> None:
    """Show the interface in ``language`` from now on (live: widgets retranslate)."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Create the QApplication before installing a language.")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language if language in LANGUAGES else ENGLISH
    QLocale.setDefault(_formats_locale(_current))
    qt_own = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if _current != ENGLISH and qt_own.load(f"qtbase_{_current}", qt_dir):
        _installed.append(qt_own)
    ours = TsTranslator(_current)
    if not ours.isEmpty():
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)


def _formats_locale(language: str) -> QLocale:
    """Dates and numbers as the user's system writes them, if it speaks ``language``."""
    system = QLocale.system()
    if system_language() == language and system.language() != QLocale.Language.C:
        return system
    return QLocale(language)


def choose_language(setting: str) -> str:
    """Save the user's choice (``"ru"``, ``"en"``, ``""``) and apply it; returns the language."""
    settings.app_settings().setValue(settings.LANGUAGE, setting)
    language = resolve_language(setting)
    install_language(language)
    return language


class Retranslatable:
    """Mixin for widgets that set their texts in ``retranslate()``; keeps them live."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
