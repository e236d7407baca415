"""The designer's screens for `operator-desk tour`: from demo data, changing nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from designer.editor import GEOMETRY_KEY
from designer.tour_screens import render_designer_screens
from desktop.cli import open_database
from desktop.demo import install_demo
from desktop.demo.scripts import SALES
from desktop.services.scripts import ScriptService
from desktop.ui import i18n, settings


def test_renders_every_designer_screen_and_leaves_the_database_alone(
        sqlite_url: str, tmp_path: Path) -> None:
    db = open_database(sqlite_url)
    try:
        install_demo(db)
        scripts = ScriptService(db, None)  # reading only
        sales = scripts.find(SALES)
        before = (scripts.get(sales).to_dict(), scripts.get(sales).version,
                  scripts.versions(sales), [s.id for s in scripts.list()])
        paths = render_designer_screens(db, tmp_path, "en")
        after = (scripts.get(sales).to_dict(), scripts.get(sales).version,
                 scripts.versions(sales), [s.id for s in scripts.list()])
    finally:
        db.dispose()
    assert [p.name for p in paths] == [
        "designer_fit_all.png", "designer_100_percent.png", "designer_fields_dialog.png",
        "designer_lint.png", "designer_preview.png", "designer_versions.png",
        "designer_publish.png", "designer_conflict.png"]
    for path in paths:
        image = QImage(str(path))
        assert image.width() >= 500 and image.height() >= 250, path.name
    editor = QImage(str(paths[0]))
    assert (editor.width(), editor.height()) == (1280, 800)
    assert after == before
    assert i18n.current_language() == i18n.ENGLISH  # the tour put the language back
    assert settings.app_settings().value(GEOMETRY_KEY) is None  # nor the window layout
