"""`operator-desk tour` renders real, non-blank screens and leaves the app as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from desktop.ui import i18n, settings
from desktop.ui.tour import MAIN_WINDOW_SIZE, render_tour
from tests.gui.fakes import demo_services


def colours(image: QImage, step: int = 7) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)}


def test_tour_writes_every_screen_as_a_real_picture(tmp_path: Path) -> None:
    settings.app_settings().setValue(settings.LAST_USER, "someone-private")
    paths = render_tour(demo_services(), tmp_path / "tour", language="ru")
    assert [p.name for p in paths] == [
        "login.png", "login_first_run.png", "login_error.png", "login_opening.png",
        "login_database_error.png", "main_window_supervisor.png", "main_window_operator.png",
        "settings_crm.png"]
    for path in paths:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert len(colours(image)) > 20, f"{path.name} is blank"
    main = QImage(str(paths[5]))
    assert (main.width(), main.height()) == MAIN_WINDOW_SIZE
    login, with_error = QImage(str(paths[0])), QImage(str(paths[2]))
    assert with_error.height() > login.height()  # the error line takes room
    # The tour neither used nor changed the user's settings and language.
    assert settings.app_settings().value(settings.LAST_USER) == "someone-private"
    assert settings.app_settings().value(settings.MAIN_GEOMETRY) is None
    assert i18n.current_language() == i18n.ENGLISH


def test_tour_without_demo_accounts_renders_the_login_screens(tmp_path: Path) -> None:
    services = demo_services()
    services.accounts.demo.clear()
    paths = render_tour(services, tmp_path, language="en")
    assert [p.name for p in paths] == ["login.png", "login_first_run.png", "login_error.png",
                                       "login_opening.png", "login_database_error.png"]
