"""A 0–10 answer given with one click or one key: a row of eleven large buttons with anchor words."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from painlog.domain.scales import SCALE_OF
from painlog.ui.words import better_hint, scale_words, tr

TEN_WINDOW_SECONDS = 1.0  # "1" then "0" within this time means 10


class ScaleInput(QFrame):
    """One 0–10 item. Keys: digits (1 then 0 for 10), arrows, Home/End, Delete to clear."""

    value_changed = Signal(object)  # int | None

    def __init__(self, field: str, *, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.required = required
        self._scale = SCALE_OF[field]
        self._value: int | None = None
        self._last_one_at = 0.0
        words = scale_words(field)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(words.question)

        question = QLabel(words.question, objectName="question")
        question.setWordWrap(True)
        marker = QLabel(tr("required") if required else tr("optional"))
        marker.setObjectName("required" if required else "hint")
        hint = QLabel(better_hint(self._scale.higher_is_better), objectName="hint")
        top = QHBoxLayout()
        top.addWidget(question, 1)
        top.addWidget(marker)
        top.addSpacing(16)
        top.addWidget(hint)

        # Buttons on one grid row, the anchor words on the next, so "10 = …" sits under the 10.
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        self.buttons: list[QPushButton] = []
        for column, number in enumerate(range(self._scale.low, self._scale.high + 1)):
            button = QPushButton(str(number))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{words.question}: {number}")
            button.clicked.connect(lambda _checked=False, n=number: self._choose(n))
            self.buttons.append(button)
            grid.addWidget(button, 0, column)
        last = len(self.buttons) - 1
        half = len(self.buttons) // 2
        grid.addWidget(QLabel(f"{self._scale.low} = {words.low}", objectName="anchor"), 1, 0, 1, half)
        high = QLabel(f"{self._scale.high} = {words.high}", objectName="anchor")
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(high, 1, last - half + 1, 1, half)
        self.clear_button: QPushButton | None = None
        if not required:
            self.clear_button = QPushButton(tr("Clear"))
            self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.clear_button.setToolTip(tr("Leave this question unanswered"))
            self.clear_button.clicked.connect(lambda: self._choose(None))
            grid.addWidget(self.clear_button, 0, last + 1)
            grid.setColumnMinimumWidth(last + 1, 80)
        grid.setColumnStretch(last + 2, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(grid)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show `value` without announcing it (used when a day is loaded)."""
        self._show(value)

    def _choose(self, value: int | None) -> None:
        changed = value != self._value
        self._show(value)
        if changed:
            self.value_changed.emit(value)

    def _show(self, value: int | None) -> None:
        self._value = value
        for number, button in enumerate(self.buttons, start=self._scale.low):
            button.setChecked(number == value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if text.isdigit() and len(text) == 1:
            digit = int(text)
            now = time.monotonic()
            if digit == 0 and self._value == 1 and now - self._last_one_at < TEN_WINDOW_SECONDS:
                digit = 10
            self._last_one_at = now if digit == 1 else 0.0
            self._choose(digit)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self._choose(self._scale.low if self._value is None else min(self._value + 1, self._scale.high))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self._choose(self._scale.low if self._value is None else max(self._value - 1, self._scale.low))
        elif key == Qt.Key.Key_Home:
            self._choose(self._scale.low)
        elif key == Qt.Key.Key_End:
            self._choose(self._scale.high)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.required:
            self._choose(None)
        else:
            super().keyPressEvent(event)
