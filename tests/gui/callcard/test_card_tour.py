"""`operator-desk tour` shows the call card: both tabs, the script picker, the result
confirmation, the card after a call, a new client, the recovery question, the outbox."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from desktop.ui.callcard.tour import SCREENS, render_callcard_screens


def _distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    step = max(1, image.width() // 60)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_every_call_card_screen_renders(tmp_path: Path):
    paths = render_callcard_screens(tmp_path, "ru")
    assert [p.stem for p in paths] == [name for name, _user, _shoot in SCREENS]
    for path in paths:
        assert _distinct_colours(path) > 8, f"{path.name} looks blank"
