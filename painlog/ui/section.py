"""A titled section of a page: the title bold and larger, the contents in the normal type."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

TITLE_GROWTH = 1  # points larger than the body text


class Section(QGroupBox):
    """Put the contents in `content` (a layout); they keep the normal font while the title is bold."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        normal = QFont(self.font())
        title_font = QFont(normal)
        title_font.setBold(True)
        title_font.setPointSize(normal.pointSize() + TITLE_GROWTH)
        self.setFont(title_font)
        body = QWidget()
        normal.setBold(False)  # set explicitly, so the body does not inherit the title's weight and size
        body.setFont(normal)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 6)
        outer.addWidget(body)
        self.content = QVBoxLayout(body)
        self.content.setContentsMargins(0, 0, 0, 0)
