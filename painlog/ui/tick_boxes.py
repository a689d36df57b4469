"""Tick boxes and round choice buttons large enough to see and hit: at least 20 pixels, and as tall as a line of
the text beside them, so they grow with the Text size setting (the style's own are 13 or 14 pixels).

Each box is given its size by a one-line style sheet of its own as it is first shown (one filter on the
application, so every box is sized wherever it is made) and again when the text size changes; no
application-wide style sheet, which slows every widget. A widget with a style sheet no longer follows the
application's font by itself, so the sheet also carries the box's text size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget

from painlog.ui.style import GROW_PROPERTY, body_points

SMALLEST = 20  # pixels


def is_tick_box(widget: QObject) -> bool:
    return isinstance(widget, QCheckBox | QRadioButton)


def size_tick_box(box: QCheckBox | QRadioButton) -> None:
    """The box's text at the chosen text size, and its tick area at least 20 pixels and a line of that text tall."""
    font = QFont(QApplication.font())
    font.setPointSizeF(body_points(int(box.property(GROW_PROPERTY) or 0)))
    size = max(SMALLEST, QFontMetrics(font).height())
    kind = "QCheckBox" if isinstance(box, QCheckBox) else "QRadioButton"
    sheet = f"{kind} {{ font-size: {font.pointSizeF()}pt; }} {kind}::indicator {{ width: {size}px; height: {size}px; }}"
    if box.styleSheet() != sheet:
        box.setStyleSheet(sheet)


def size_all(widgets: list[QWidget]) -> None:
    for widget in widgets:
        if is_tick_box(widget):
            size_tick_box(widget)  # type: ignore[arg-type]


class TickBoxSizer(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and is_tick_box(watched):
            size_tick_box(watched)  # type: ignore[arg-type]
        return False


def size_tick_boxes(app: QApplication) -> None:
    """Install the sizer once on `app` (calling again changes nothing)."""
    if app.findChild(TickBoxSizer) is None:
        app.installEventFilter(TickBoxSizer(app))
