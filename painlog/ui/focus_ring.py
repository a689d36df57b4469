"""A clear ring around the control that has the keyboard focus.

Qt's Fusion style shows the focus of a button or a tick box as a one-pixel line or a faint box, and of a list
not at all apart from its selection (the page list looked the same with and without the focus). Once the
keyboard has moved the focus (Tab, a shortcut), one ring, two pixels wide in the selection colour of the scheme
shown, follows the focused control, whatever it is (a button, a tick box, a list, a field, a chart); a click hides
it again, as Qt does. A control that draws its own (the 0–10 answers, the charts) says so by `draws_own_focus`.

The ring lies on the window, above everything, so a tight row of buttons does not cut it off; it is cut to the
part of a scrolled page that is in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QRegion
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from shiboken6 import isValid

WIDTH = 2
MARGIN = 3  # pixels between the control and the outside of the ring
FOLLOWED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRing(QWidget):
    """Drawn over the window around `target`; it follows the target as the page scrolls or the window resizes."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []

    def follow(self, target: QWidget | None) -> None:
        for widget in self._watched:
            if isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []
        self.target = target
        if target is None:
            self.hide()
            return
        if self.parentWidget() is not target.window():
            self.setParent(target.window())
        inside: QWidget | None = target
        while inside is not None and not inside.isWindow():
            inside.installEventFilter(self)
            self._watched.append(inside)
            inside = inside.parentWidget()
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in FOLLOWED:
            self.place()
        return False

    def place(self) -> None:
        target = self.target
        if target is None or not isValid(target) or not target.isVisible():
            self.hide()
            return
        window = target.window()
        at = QRect(target.mapTo(window, QPoint(0, 0)), target.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        seen = window.rect()
        around = target.parentWidget()
        while around is not None and around is not window:  # only the part of a scrolled page that is in view
            scroller = around.parentWidget()
            if isinstance(scroller, QAbstractScrollArea) and around is scroller.viewport():
                seen = seen.intersected(QRect(around.mapTo(window, QPoint(0, 0)), around.size()))
            around = around.parentWidget()
        self.setGeometry(at)
        self.setMask(QRegion(seen.translated(-at.topLeft())))
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), WIDTH))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)


def wants_ring(widget: QWidget | None) -> bool:
    """A control focused by the keyboard that does not draw its own ring."""
    return (
        widget is not None
        and not getattr(widget, "draws_own_focus", False)
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
                ring.follow(None)
            return
        if ring is None:  # the first, or the last one went with the window it was in
            ring = self.ring = FocusRing()
        ring.follow(new)


def show_focus_rings(app: QApplication) -> None:
    """Install the rings once on `app` (calling again changes nothing)."""
    if app.findChild(FocusRings) is None:
        FocusRings(app)
