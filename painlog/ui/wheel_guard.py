"""The mouse wheel scrolls the page; it changes a number, a date or a choice only in the field being typed in.

Qt's spin boxes, date fields and drop-downs take the wheel whenever the pointer passes over them: scrolling a
page turned "not recorded" hours of sleep into "0.5 hours", and the page stopped moving. One filter on the
whole application makes every such field, wherever it is made, take focus only by click or Tab, and pass the
wheel on to the page unless it has the keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)  # QAbstractSpinBox covers spin boxes and date and time fields


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel itself never gives it focus
        elif kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
            pass_on(event, watched)  # type: ignore[arg-type]
            return True
        return False


def pass_on(event: QWheelEvent, field: QWidget) -> None:
    """Offer the wheel to the widgets around `field`, innermost first, until one takes it (the page's scroll
    area does). Qt itself would stop at the first: it passes on only the wheel events that come from the mouse."""
    around = field.parentWidget()
    while around is not None:
        offered = moved_to(event, field, around)
        QApplication.sendEvent(around, offered)
        if offered.isAccepted() or around.isWindow():
            return
        around = around.parentWidget()


def moved_to(event: QWheelEvent, child: QWidget, parent: QWidget) -> QWheelEvent:
    """The same turn of the wheel, as the parent sees it."""
    return QWheelEvent(
        QPointF(child.mapTo(parent, event.position().toPoint())), event.globalPosition(), event.pixelDelta(),
        event.angleDelta(), event.buttons(), event.modifiers(), event.phase(), event.inverted(), event.source(),
    )  # fmt: skip


def guard_wheels(app: QApplication) -> None:
    """Install the guard once on `app` (calling again changes nothing)."""
    if app.findChild(WheelGuard) is None:
        app.installEventFilter(WheelGuard(app))
