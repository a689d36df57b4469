"""A clear ring around the control that has the keyboard focus.

Qt's Fusion style shows the focus of a button or a tick box as a one-pixel line or a faint box, and of a list
not at all apart from its selection (the page list looked the same with and without the focus). Once the
keyboard has moved the focus (Tab, a shortcut), one ring, two pixels wide in the selection colour of the scheme
shown, follows the focused button, tick box, list, table or tab bar; a click hides it again, as Qt does. The 0–10
answers draw their own ring; text fields, number fields and date fields show focus by their frame.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QFocusFrame, QTabBar, QWidget
from shiboken6 import isValid

RINGED = (QAbstractButton, QAbstractItemView, QTabBar)
WIDTH = 2


class FocusRing(QFocusFrame):
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), WIDTH))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)


def wants_ring(widget: QWidget | None) -> bool:
    """A control that shows no clear focus of its own, focused by the keyboard."""
    return (
        widget is not None
        and isinstance(widget, RINGED)
        and widget.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    )


class FocusRings(QObject):
    """Moves the one ring to each newly focused control that wants it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self.ring if self.ring is not None and isValid(self.ring) else None
        if not wants_ring(new):
            if ring is not None:
                ring.setWidget(None)
            return
        if ring is None:  # the first, or the last one went with the window it was in
            ring = self.ring = FocusRing()
        ring.setWidget(new)
        ring.show()


def show_focus_rings(app: QApplication) -> None:
    """Install the rings once on `app` (calling again changes nothing)."""
    if app.findChild(FocusRings) is None:
        FocusRings(app)
