"""The pages' names down the left of the window: as wide as the longest name needs in the app's language and
text size (never cut off, never scrolling sideways), and at least as wide as it always was."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QListWidget, QSizePolicy, QWidget

LEAST_WIDTH = 180


class PageList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def add_pages(self, titles: list[str]) -> None:
        self.addItems(titles)
        self.fit()

    def fit(self) -> None:
        """The longest name, its item's spacing on both sides, the frame, and room for a scroll bar."""
        needed = self.sizeHintForColumn(0) + 2 * self.spacing() + 2 * self.frameWidth()
        self.setFixedWidth(max(LEAST_WIDTH, needed + self.verticalScrollBar().sizeHint().width()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self.count():
            self.fit()
