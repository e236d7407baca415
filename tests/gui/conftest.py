"""GUI tests: the application set up as users get it, with private settings, in English.

Every test gets the real ``create_qapp`` setup (style, theme, translators) on
pytest-qt's ``QApplication``, its own settings file (window layout, last user name,
language) and the English interface; tests about Russian switch explicitly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app import create_qapp
from desktop.ui import i18n
from desktop.ui.callcard.controller import CallController
from desktop.ui.settings import settings_file


@pytest.fixture(autouse=True)
def app(qapp: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    with settings_file(tmp_path / "settings.ini"):
        application = create_qapp()
        i18n.install_language(i18n.ENGLISH)
        yield application
        CallController.shutdown_all()  # a test that forgot: never a thread left running
        i18n.install_language(i18n.ENGLISH)
        QApplication.processEvents()
