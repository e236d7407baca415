"""Every keyboard shortcut of the application windows, named once.

Portable text (``"Ctrl+Q"``) or Qt's standard keys, so nothing here needs a running
``QApplication``; ``QAction.setShortcut`` accepts both.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

QUIT = "Ctrl+Q"
SIGN_OUT = "Ctrl+Shift+L"
REFRESH = QKeySequence.StandardKey.Refresh
