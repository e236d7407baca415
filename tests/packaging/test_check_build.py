"""The checks smoke.sh runs on a build's tour: blank or missing screens are caught."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from tests.packaging.support import load

check_build = load("check_build")


def save(path: Path, *, drawn: bool) -> None:
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#f5f7fa"))
    if drawn:
        painter = QPainter(image)
        for i, colour in enumerate(("#1e293b", "#2563eb", "#16a34a", "#dc2626", "#f59e0b",
                                    "#7c3aed", "#0891b2", "#be185d", "#94a3b8")):
            painter.fillRect(i * 40, 0, 40, 300, QColor(colour))
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(10, 150, "Рабочий стол оператора")
        painter.end()
    assert image.save(str(path))


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> None:
    """Text needs fonts, fonts need the application."""


def test_screens_that_are_blank_or_missing_are_reported(tmp_path: Path) -> None:
    save(tmp_path / "login.png", drawn=True)
    save(tmp_path / "main_window.png", drawn=False)
    (tmp_path / "broken.png").write_bytes(b"not a png")
    problems = check_build.check_pngs(tmp_path, ["login", "main_window", "callcard"])
    assert problems == ["callcard.png is missing", "broken.png: does not open as an image",
                        "main_window.png: blank (fewer than 8 colours)"]


def test_a_rendered_tour_passes(tmp_path: Path) -> None:
    save(tmp_path / "login.png", drawn=True)
    assert check_build.check_pngs(tmp_path, ["login"]) == []
    assert check_build.main(["pngs", str(tmp_path), "login"]) == 0
