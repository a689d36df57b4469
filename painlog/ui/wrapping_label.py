"""A word-wrapped label whose minimum height is the lines its text takes at its width now.

A plain QLabel's minimum height does not know how many lines a wrapped text takes at the width it was given, and a
scrolling page (painlog.ui.page_scroll) is laid out at its minimum: a long line (a day and a clinician's name,
longer still in Spanish) wrapped onto a second line that was cut off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        super().setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        """As tall as the lines at `width` (a minimum the page's layout honours); its own width was laid out."""
        needed = self.heightForWidth(width) if width > 0 else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
