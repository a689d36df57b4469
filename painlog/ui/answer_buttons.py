"""One question answered by choosing one of a few worded answers: large checkable buttons in a button group.

Keyboard like the check-in's 0–10 answers (scale_input.py): the question takes focus as one stop, so Tab moves
from question to question; the digit keys choose (0 the first answer), the arrow keys and Home/End move the
choice. The buttons themselves take no focus, so Tab never walks through every answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from painlog.ui.plain_text import literal_ampersands
from painlog.ui.words import tr

BUTTON_HEIGHT = 44  # pixels at the normal text size, like the check-in's boxes


class AnswerButtons(QWidget):
    """The answers of one question; `value()` is the chosen answer's index, or None."""

    value_changed = Signal(object)  # int | None

    def __init__(self, question: str, answers: Sequence[str], *, numbered: bool = True, vertical: bool = False,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._question = question
        self._answers = tuple(answers)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(question)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout: QBoxLayout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.buttons: list[QPushButton] = []
        for index, answer in enumerate(self._answers):
            label = f"{index}  {answer}" if numbered else answer
            button = QPushButton(literal_ampersands(label))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(max(BUTTON_HEIGHT, round(button.fontMetrics().height() * 2.2)))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(button, index)
            layout.addWidget(button, 0 if vertical else 1)
            self.buttons.append(button)
        self.group.idClicked.connect(self._clicked)
        self._value: int | None = None
        self._describe()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show `value` without announcing it (a pre-filled answer)."""
        self._value = value
        if value is None:
            self.group.setExclusive(False)  # an exclusive group keeps one button checked
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[value].setChecked(True)
        self._describe()

    def choose(self, value: int) -> None:
        """Answer as the person did, announcing a change."""
        changed = value != self._value
        self.set_value(value)
        if changed:
            self.value_changed.emit(value)

    def _clicked(self, index: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.choose(index)

    def _describe(self) -> None:
        answer = tr("not answered") if self._value is None else self._answers[self._value]
        self.setAccessibleDescription(answer)
        self.setToolTip(f"{self._question}: {answer}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text, last = event.key(), event.text(), len(self._answers) - 1
        if len(text) == 1 and text.isdigit() and int(text) <= last:
            self.choose(int(text))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.choose(0 if self._value is None else min(self._value + 1, last))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.choose(0 if self._value is None else max(self._value - 1, 0))
        elif key == Qt.Key.Key_Home:
            self.choose(0)
        elif key == Qt.Key.Key_End:
            self.choose(last)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.hasFocus():  # a clear ring shows which question the keys answer, as on the check-in
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
