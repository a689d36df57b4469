"""Tab and Shift+Tab move through a window in reading order, whatever order its widgets were made in.

Qt's own Tab order is the order widgets were created: the dose boxes of the Today page, made when a day is
loaded, came after Save; hours of sleep, shown above sleep quality, came after it. One filter on the whole
application moves focus by the widgets' places on screen instead (reading.py has the rule): a window's widgets
are read container by container, each container's contents in rows from top to bottom, left to right, so a
column of fields is read down before the column beside it. Containers (scroll areas, group boxes) take no stop.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QScrollArea, QTextEdit, QWidget

from painlog.ui.reading import reading_order

TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def takes_tab(widget: QWidget) -> bool:
    """A stop in the Tab chain: a control that takes focus by Tab, shown and enabled; not a container."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
        and not isinstance(widget, QScrollArea)
    )


def tab_chain(root: QWidget) -> list[QWidget]:
    """The Tab stops inside `root`, in reading order."""
    children = [c for c in root.children() if isinstance(c, QWidget) and c.isVisible() and not c.isWindow()]
    boxes = [(g.x(), g.y(), g.width(), g.height()) for g in (c.geometry() for c in children)]
    chain: list[QWidget] = []
    for index in reading_order(boxes):
        child = children[index]
        if takes_tab(child):
            chain.append(child)
        chain += tab_chain(child)
    return chain


def stop_of(widget: QWidget | None, chain: list[QWidget]) -> int:
    """Where `widget` (or the control it is part of) is in the chain; -1 when it is not in it."""
    while widget is not None:
        if widget in chain:
            return chain.index(widget)
        widget = widget.parentWidget()
    return -1


def move_focus(target: QWidget, reason: Qt.FocusReason) -> None:
    """Give `target` the focus and scroll every scroll area around it to show it."""
    target.setFocus(reason)
    around = target.parentWidget()
    while around is not None:
        if isinstance(around, QScrollArea):
            around.ensureWidgetVisible(target)
        around = around.parentWidget()


class ReadingOrderTabs(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or event.key() not in TAB_KEYS:
            return False
        if event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
            return False  # Ctrl+Tab turns the pages of a tab widget
        if not isinstance(watched, QWidget) or watched is not QApplication.focusWidget():
            return False
        window = watched.window()
        if window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            return False
        if isinstance(watched, QPlainTextEdit | QTextEdit) and not watched.tabChangesFocus():
            return False  # a Tab typed into the text
        forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        within = getattr(watched, "tab_within", None)  # a widget with stops of its own (the body drawing's regions)
        if callable(within) and within(forward):
            return True
        chain = tab_chain(window)
        if not chain:
            return False
        here = stop_of(watched, chain)
        if here < 0:
            target = chain[0] if forward else chain[-1]
        else:
            target = chain[(here + (1 if forward else -1)) % len(chain)]
        move_focus(target, Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True


def tab_in_reading_order(app: QApplication) -> None:
    """Install the filter once on `app` (calling again changes nothing)."""
    if app.findChild(ReadingOrderTabs) is None:
        app.installEventFilter(ReadingOrderTabs(app))
