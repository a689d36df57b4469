"""One question answered by choosing one of a few worded answers: large checkable buttons in a button group.

Keyboard like the check-in's 0–10 answers (scale_input.py): the question takes focus as one stop, so Tab moves
from question to question; the digit keys choose (0 the first answer), the arrow keys and Home/End move the
choice. The buttons themselves take no focus, so Tab never walks through every answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

from painlog.ui.plain_text import literal_ampersands
from painlog.ui.scale_input import RingedGroup, box_colours, paint_box
from painlog.ui.words import tr

BUTTON_HEIGHT = 44  # pixels at the normal text size, like the check-in's boxes
PADDING = 14  # pixels either side of an answer's words
MARGIN, GAP = 6, 6


class AnswerButton(QPushButton):
    """Drawn like the check-in's numbered boxes (box_colours): the chosen answer in the selection colour with a
    heavy edge and bold words, read at a glance in light and dark colours alike."""

    def sizeHint(self) -> QSize:
        """Room for the words in bold, as they are when chosen, so choosing one never cuts its words off."""
        font = self.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        return QSize(metrics.horizontalAdvance(self.text()) + 2 * PADDING,
                     max(BUTTON_HEIGHT, round(metrics.height() * 2.2)))  # fmt: skip

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.text().replace("&&", "&")  # shown literally
        paint_box(painter, QRectF(self.rect()), text, box_colours(self.palette()), self.font(), chosen=self.isChecked(),
                  hover=self.underMouse() and self.isEnabled())  # fmt: skip


class AnswerButtons(RingedGroup):  # one focus stop with its ring, as on the check-in
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
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._grid.setSpacing(GAP)
        self._widest = 1 if vertical else len(self._answers)  # answers side by side, at most
        self.columns = 0
        self.buttons: list[QPushButton] = []
        for index, answer in enumerate(self._answers):
            label = f"{index}  {answer}" if numbered else answer
            button = AnswerButton(literal_ampersands(label))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(button, index)
            self.buttons.append(button)
        self._arrange(self._widest)
        self.group.idClicked.connect(self._clicked)
        self._value: int | None = None
        self._describe()

    def value(self) -> int | None:
        return self._value

    def _row_width(self, columns: int) -> int:
        """The width `columns` answers side by side need: every column as wide as the widest answer."""
        widest = max((button.sizeHint().width() for button in self.buttons), default=0)
        return columns * widest + (columns - 1) * GAP + 2 * MARGIN

    def _height(self, columns: int) -> int:
        rows = -(-len(self.buttons) // columns)
        tall = max((button.sizeHint().height() for button in self.buttons), default=0)
        return rows * tall + (rows - 1) * GAP + 2 * MARGIN

    def _arrange(self, columns: int) -> None:
        """Answers in `columns` columns, filled row by row (the reading order stays the answers' order)."""
        if columns == self.columns:
            return
        self.columns = columns
        self.updateGeometry()  # the height it needs changed
        for button in self.buttons:
            self._grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self._grid.addWidget(button, index // columns, index % columns)
        for column in range(len(self.buttons)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def sizeHint(self) -> QSize:
        """Wide enough for every answer side by side, as they are shown when there is room."""
        return QSize(self._row_width(self._widest), self._height(self._widest))

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for one answer a line: on a narrow window or a large text the answers wrap."""
        return QSize(self._row_width(1), self._height(self.columns or self._widest))

    def resizeEvent(self, event: QResizeEvent) -> None:
        fits = [n for n in range(self._widest, 0, -1) if self._row_width(n) <= event.size().width()]
        self._arrange(fits[0] if fits else 1)
        super().resizeEvent(event)

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
