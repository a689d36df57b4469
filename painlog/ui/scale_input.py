"""A 0–10 answer given with one click or one key: eleven large numbered boxes with anchor words.

The boxes are painted by one widget rather than eleven buttons: a check-in has seven of these, and one
widget each keeps start-up quick. The whole item takes focus; its accessible description says the answer.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from painlog.domain.scales import SCALE_OF
from painlog.ui.style import rgb, set_font, set_tone
from painlog.ui.words import better_hint, scale_words, tr

TEN_WINDOW_SECONDS = 1.0  # "1" then "0" within this time means 10
BOX = 44  # pixels, at the normal text size; the boxes grow with the text
GAP = 6


class ScaleBoxes(QWidget):
    """The row of numbered boxes; clicks choose a number, the owning ScaleInput holds the value."""

    def __init__(self, owner: ScaleInput) -> None:
        super().__init__(owner)
        self._owner = owner
        self._hover: int | None = None
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._size_to_text()

    def _size_to_text(self) -> None:
        self.box = max(BOX, round(self.fontMetrics().height() * 2.2))
        count = self._owner.high - self._owner.low + 1
        self.setFixedSize(QSize(count * self.box + (count - 1) * GAP + 4, self.box + 4))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # a larger text size: larger boxes
            self._size_to_text()
        super().changeEvent(event)

    def box_rect(self, number: int) -> QRect:
        index = number - self._owner.low
        return QRect(2 + index * (self.box + GAP), 2, self.box, self.box)

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
        colours = box_colours(self.palette())
        for number in range(self._owner.low, self._owner.high + 1):
            paint_box(painter, QRectF(self.box_rect(number)), str(number), colours, self.font(),
                      chosen=number == self._owner.value(), hover=number == self._hover)  # fmt: skip


def paint_box(painter: QPainter, rect: QRectF, text: str, colours: dict[str, QColor], font: QFont, *,
              chosen: bool, hover: bool) -> None:  # fmt: skip
    """One answer box: the chosen one in the selection colour with a heavy edge and bold text (also the
    questionnaires' answers, answer_buttons.py)."""
    rect = rect.adjusted(1.5, 1.5, -1.5, -1.5)
    if chosen:
        painter.setPen(QPen(colours["chosen edge"], 3))
        painter.setBrush(colours["chosen"])
    else:
        painter.setPen(QPen(colours["edge"], 1))
        painter.setBrush(colours["hover"] if hover else colours["box"])
    painter.drawRoundedRect(rect, 6, 6)
    font = QFont(font)
    font.setBold(chosen)
    painter.setFont(font)
    painter.setPen(colours["chosen digit"] if chosen else colours["digit"])
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def paint_focus_ring(widget: QWidget) -> None:
    """A clear ring round the question the keys answer, when it has the focus."""
    if widget.hasFocus():
        painter = QPainter(widget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(widget.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.drawRoundedRect(QRectF(widget.rect()).adjusted(1, 1, -1, -1), 8, 8)


def box_colours(palette: QPalette) -> dict[str, QColor]:
    """The boxes' colours from the palette's roles, so they read in a light and a dark scheme alike: a box is
    the colour of an input field with the field's text, the chosen one the colour of a selection."""
    role = QPalette.ColorRole
    base, highlight = palette.color(role.Base), palette.color(role.Highlight)
    hover = QColor.fromRgbF(*(0.82 * a + 0.18 * b for a, b in zip(rgb(base), rgb(highlight), strict=True)))
    return {
        "box": base, "hover": hover, "edge": palette.color(role.Mid), "digit": palette.color(role.Text),
        "chosen": highlight, "chosen digit": palette.color(role.HighlightedText),
        "chosen edge": palette.color(role.Text),
    }  # fmt: skip


class RingedGroup(QWidget):
    """A group of answers that is one focus stop: its focus ring drawn round it, repainted as focus comes and goes."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_focus_ring(self)


class ScaleInput(RingedGroup):
    """One 0–10 item. Keys: digits (1 then 0 for 10), arrows, Home/End, Delete to clear."""

    value_changed = Signal(object)  # int | None
    draws_own_focus = True  # its ring shows the focus: focus_ring.py adds no other

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
            self.clear_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves the focus
            self.clear_button.setToolTip(tr("Leave this question unanswered (or press Delete on the answer)"))
            self.clear_button.setAccessibleName(tr("Clear the answer: {question}").format(question=words.question))
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
