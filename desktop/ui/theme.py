"""The application's look: Fusion with a fixed light palette and a small stylesheet.

The palette is set explicitly so a dark desktop theme does not mix dark system
colours with the light stylesheet; the stylesheet lives in ``resources/themes``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.resources import resource_path

THEME = "light"

_PALETTE = {
    QPalette.ColorRole.Window: "#f5f7fa",
    QPalette.ColorRole.WindowText: "#1e293b",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f8fafc",
    QPalette.ColorRole.Text: "#1e293b",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#1e293b",
    QPalette.ColorRole.Highlight: "#2563eb",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#0f172a",
    QPalette.ColorRole.ToolTipText: "#f8fafc",
    QPalette.ColorRole.PlaceholderText: "#94a3b8",
    QPalette.ColorRole.Link: "#2563eb",
}


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in _PALETTE.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#94a3b8"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                     QColor("#94a3b8"))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet())


def stylesheet() -> str:
    """The theme's stylesheet, its ``@icons@`` made the icons folder (Qt reads a url()
    relative to the working folder, not to the stylesheet)."""
    text = resource_path("themes", f"{THEME}.qss").read_text(encoding="utf-8")
    return text.replace("@icons@", resource_path("icons").as_posix())
