"""What a page shows before there is anything to show: one plain sentence saying what to do first, and the
button that does it (never an empty chart or a blank table)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from painlog.ui.style import set_font


class EmptyState(QWidget):
    def __init__(self, text: str, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_font(self.text, grow=2)
        self.button = QPushButton(button_text)
        set_font(self.button, bold=True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
