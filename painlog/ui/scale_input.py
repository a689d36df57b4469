"""A 0–10 answer given with one click or one key: eleven large numbered boxes with anchor words.

The boxes are painted by one widget rather than eleven buttons: a check-in has seven of these, and one
widget each keeps start-up quick. The whole item takes focus; its accessible description says the answer.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from painlog.domain.scales import SCALE_OF
from painlog.ui.style import ACCENT, ACCENT_DARK, set_font, set_tone
from painlog.ui.words import better_hint, scale_words, tr

TEN_WINDOW_SECONDS = 1.0  # "1" then "0" within this time means 10
BOX = 44
GAP = 6


class ScaleBoxes(QWidget):
    """The row of numbered boxes; clicks choose a number, the owning ScaleInput holds the value."""

    def __init__(self, owner: ScaleInput) -> None:
        super().__init__(owner)
        self._owner = owner
        self._hover: int | None = None
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        count = owner.high - owner.low + 1
        self.setFixedSize(QSize(count * BOX + (count - 1) * GAP + 4, BOX + 4))

    def box_rect(self, number: int) -> QRect:
        index = number - self._owner.low
        return QRect(2 + index * (BOX + GAP), 2, BOX, BOX)

    def number_at(self, x: int, y: int) -> int | None:
        for number in range(self._owner.low, self._owner.high + 1):
            if self.box_rect(number).contains(x, y):
                return number
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        number = self.number_at(int(event.position().x()), int(event.position().y()))
        if number is not None and event.button() == Qt.MouseButton.LeftButton:
            self._owner.setFocus(Qt.FocusReason.MouseFocusReason)
            self._owner.choose(number)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self.number_at(int(event.position().x()), int(event.position().y()))
        if hover != self._hover:
            self._hover = hover
            self.update()

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for number in range(self._owner.low, self._owner.high + 1):
            rect = QRectF(self.box_rect(number)).adjusted(1.5, 1.5, -1.5, -1.5)
            chosen = number == self._owner.value()
            if chosen:
                painter.setPen(QPen(ACCENT_DARK, 3))
                painter.setBrush(ACCENT)
            else:
                painter.setPen(QPen(QColor("#8a8f98"), 1))
                painter.setBrush(QColor("#e4ecfb") if number == self._hover else QColor("#f7f7f9"))
            painter.drawRoundedRect(rect, 6, 6)
            font = self.font()
            font.setBold(chosen)
            painter.setFont(font)
            painter.setPen(QColor("white") if chosen else text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))


class ScaleInput(QWidget):
    """One 0–10 item. Keys: digits (1 then 0 for 10), arrows, Home/End, Delete to clear."""

    value_changed = Signal(object)  # int | None

    def __init__(self, field: str, *, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.required = required
        scale = SCALE_OF[field]
        self.low, self.high = scale.low, scale.high
        self._value: int | None = None
        self._last_one_at = 0.0
        words = scale_words(field)
        self._question = words.question
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(words.question)

        question = QLabel(words.question)
        question.setWordWrap(True)
        set_font(question, bold=True)
        marker = QLabel(tr("required") if required else tr("optional"))
        set_tone(marker, "required" if required else "hint")
        hint = QLabel(better_hint(scale.higher_is_better))
        set_tone(hint, "hint")
        top = QHBoxLayout()
        top.addWidget(question, 1)
        top.addWidget(marker)
        top.addSpacing(16)
        top.addWidget(hint)

        self.boxes = ScaleBoxes(self)
        low = QLabel(f"{self.low} = {words.low}")
        high = QLabel(f"{self.high} = {words.high}")
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (low, high):
            set_tone(label, "hint")
        grid = QGridLayout()
        grid.setSpacing(2)
        grid.addWidget(self.boxes, 0, 0, 1, 2)
        grid.addWidget(low, 1, 0)
        grid.addWidget(high, 1, 1)
        self.clear_button: QPushButton | None = None
        if not required:
            self.clear_button = QPushButton(tr("Clear"))
            self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.clear_button.setToolTip(tr("Leave this question unanswered"))
            self.clear_button.clicked.connect(lambda: self.choose(None))
            grid.addWidget(self.clear_button, 0, 2, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(3, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(grid)
        self._describe()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show `value` without announcing it (used when a day is loaded)."""
        self._value = value
        self._describe()
        self.boxes.update()

    def choose(self, value: int | None) -> None:
        """Set the answer as the person did, announcing a change."""
        changed = value != self._value
        self.set_value(value)
        if changed:
            self.value_changed.emit(value)

    def _describe(self) -> None:
        answer = (
            tr("not answered") if self._value is None else tr("{n} of {high}").format(n=self._value, high=self.high)
        )
        self.setAccessibleDescription(answer)
        self.setToolTip(f"{self._question}: {answer}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if len(text) == 1 and text.isdigit():
            digit = int(text)
            now = time.monotonic()
            if digit == 0 and self._value == 1 and now - self._last_one_at < TEN_WINDOW_SECONDS:
                digit = 10
            self._last_one_at = now if digit == 1 else 0.0
            self.choose(digit)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.choose(self.low if self._value is None else min(self._value + 1, self.high))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.choose(self.low if self._value is None else max(self._value - 1, self.low))
        elif key == Qt.Key.Key_Home:
            self.choose(self.low)
        elif key == Qt.Key.Key_End:
            self.choose(self.high)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.required:
            self.choose(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.hasFocus():  # a clear ring shows which question the keys answer
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(ACCENT, 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
