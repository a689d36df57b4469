"""A titled section of a page: the title bold and larger, the contents in the normal type."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from painlog.ui.style import set_font

TITLE_GROWTH = 1  # points larger than the body text


class Section(QGroupBox):
    """Put the contents in `content` (a layout); they keep the normal font while the title is bold."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        set_font(self, bold=True, grow=TITLE_GROWTH)
        body = QWidget()
        set_font(body, bold=False, grow=0)  # set explicitly, so the body does not inherit the title's weight and size
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 6)
        outer.addWidget(body)
        self.content = QVBoxLayout(body)
        self.content.setContentsMargins(0, 0, 0, 0)
