"""Shared helpers of the canvas tests: a canvas on screen and real mouse input on its viewport.

(No tests here; the ``test_`` prefix keeps it next to the tests that use it.)
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from designer.canvas import style
from designer.canvas.items.handles import MORE_RECT, PLUS_CENTER, TEXT_RECT, TITLE_RECT
from designer.canvas.view import ScriptCanvas
from designer.document import ScriptDocument
from desktop.domain.crm_types import EntityType
from desktop.domain.script import Script, StepField

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def three_steps() -> Script:
    """Greeting -> Needs, and Offer standing apart on the right."""
    script = Script("Sales")
    script.add_step("Greeting", "Hello!", step_id="a", x=0, y=0)
    script.add_step("Needs", "What do you need?", step_id="b", x=0, y=220,
                    fields=[StepField(EntityType.CONTACT, "NAME"),
                            StepField(EntityType.CONTACT, "PHONE", editable=False)])
    script.add_step("Offer", "Our offer", step_id="c", x=320, y=0)
    script.link("a", "b")
    return script


def open_canvas(qtbot: QtBot, script: Script | None = None) -> ScriptCanvas:
    """A canvas at 100 % on screen, its steps in the middle of the view."""
    canvas = ScriptCanvas(ScriptDocument(script or three_steps()))
    qtbot.addWidget(canvas)
    canvas.resize(1000, 700)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.zoom_reset()
    canvas.centerOn(canvas.scene.content_rect().center())
    canvas.activateWindow()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)  # shortcuts (Delete, Ctrl+C...) need the focus
    return canvas


def at(canvas: ScriptCanvas, scene_point: QPointF) -> QPoint:
    """Viewport coordinates of a scene point."""
    return canvas.mapFromScene(scene_point)


def card_point(canvas: ScriptCanvas, step_id: str, local: QPointF) -> QPoint:
    return at(canvas, canvas.scene.step_item(step_id).mapToScene(local))


def plus_of(canvas: ScriptCanvas, step_id: str) -> QPoint:
    return card_point(canvas, step_id, PLUS_CENTER)


def more_of(canvas: ScriptCanvas, step_id: str) -> QPoint:
    return card_point(canvas, step_id, MORE_RECT.center())


def title_of(canvas: ScriptCanvas, step_id: str) -> QPoint:
    return card_point(canvas, step_id, QPointF(TITLE_RECT.left() + 20, TITLE_RECT.center().y()))


def text_of(canvas: ScriptCanvas, step_id: str) -> QPoint:
    return card_point(canvas, step_id, QPointF(TEXT_RECT.left() + 20, TEXT_RECT.top() + 8))


def body_of(canvas: ScriptCanvas, step_id: str) -> QPoint:
    """A point of the card that is neither a handle nor a text: the bottom-left corner area."""
    return card_point(canvas, step_id, QPointF(8, style.CARD_H - 6))


def click(qtbot: QtBot, canvas: ScriptCanvas, pos: QPoint,
          modifier: Qt.KeyboardModifier = NO_KEYS,
          button: Qt.MouseButton = LEFT) -> None:
    qtbot.mouseClick(canvas.viewport(), button, modifier, pos)


def right_click(qtbot: QtBot, canvas: ScriptCanvas, pos: QPoint) -> None:
    """The right button, then the context-menu event the windowing system sends with it."""
    viewport = canvas.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, NO_KEYS, pos)
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                       viewport.mapToGlobal(pos)))


def drag(qtbot: QtBot, canvas: ScriptCanvas, start: QPoint, end: QPoint,
         button: Qt.MouseButton = LEFT, release: bool = True) -> None:
    """Press, move in several steps (past the drag distance), release."""
    viewport = canvas.viewport()
    qtbot.mousePress(viewport, button, NO_KEYS, start)
    steps = 6
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        qtbot.mouseMove(viewport, point)
    if release:
        qtbot.mouseRelease(viewport, button, NO_KEYS, end)


def wheel(canvas: ScriptCanvas, pos: QPoint, notches: int,
          modifier: Qt.KeyboardModifier = NO_KEYS) -> None:
    """Turn the mouse wheel over the viewport (120 per notch, as mice report it)."""
    viewport = canvas.viewport()
    event = QWheelEvent(QPointF(pos), QPointF(viewport.mapToGlobal(pos)), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, modifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def positions(canvas: ScriptCanvas) -> dict[str, tuple[float, float]]:
    return {s.id: (s.x, s.y) for s in canvas.document.script.steps}
