"""A page that scrolls when the window is smaller than the page needs, instead of growing past the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget


class PageScroll(QScrollArea):
    """The page fills the visible area and is never made smaller than its minimum; then it scrolls.

    Not Qt's widgetResizable: for a page with a word-wrapped label that makes the page as tall as its preferred
    height for the width, so a page of stretching charts always scrolled.
    """

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own: Tab goes to what it holds
        self.setWidget(page)
        page.installEventFilter(self)  # its minimum may change: a toolbar wraps, a chart needs more room

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        least = page.minimumSizeHint().expandedTo(page.minimumSize())
        width = max(self.viewport().width(), least.width())
        if width > self.viewport().width():  # a horizontal scroll bar takes height from the view
            height = max(self.height() - self.horizontalScrollBar().sizeHint().height(), least.height())
        else:
            height = max(self.viewport().height(), least.height())
        page.resize(width, height)
