"""Icons, resources and how values are written on screen."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop.ui import icons
from desktop.ui.formatting import format_duration, format_phone, format_started
from desktop.ui.resources import resource_path, resources_dir


def test_every_named_icon_is_a_drawable_file() -> None:
    for name in icons.ALL:
        assert icons.icon_path(name).is_file(), name
        assert not icons.pixmap(name, 16).isNull(), name


def test_resources_come_from_the_bundle_when_frozen(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    assert resource_path("themes", "light.qss").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


@pytest.mark.parametrize(("stored", "shown"), [
    ("+79991234567", "+7 999 123-45-67"),
    ("+14155550123", "+1 415-555-0123"),
    ("not a number", "not a number"),
    ("+7999", "+7999"),
])
def test_phone_numbers_are_shown_grouped(stored: str, shown: str) -> None:
    assert format_phone(stored) == shown


@pytest.mark.parametrize(("seconds", "shown"), [
    (None, "—"), (0, "00:00"), (59.6, "01:00"), (75, "01:15"), (3725, "1:02:05"),
])
def test_durations(seconds: float | None, shown: str) -> None:
    assert format_duration(seconds) == shown


def test_start_times_show_the_date_unless_today() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:
        moment = datetime(2026, 3, 2, 9, 5)
        assert format_started(moment, now=datetime(2026, 3, 2, 18, 0)) == "09:05"
        assert format_started(moment, now=datetime(2026, 3, 3, 8, 0)) == "02.03.2026 09:05"
        aware = datetime(2026, 3, 2, 9, 5, tzinfo=UTC)
        assert format_started(aware, now=datetime(2026, 3, 9)).endswith(
            aware.astimezone().strftime("%H:%M"))
    finally:
        QLocale.setDefault(QLocale.system())
