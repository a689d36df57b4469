"""The calm question on opening a diary with days missing since the last entry: each day can be filled in (the
check-in editor opens on it) or marked "didn't record", all of them at once, or none ("Not now").

Which days, and the words, are decided without Qt (painlog.domain.keeping, painlog.keeping_words); this lays
them out. A mark is written the moment it is clicked (`mark`), so "Not now" changes nothing further.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from painlog.domain.keeping import MissedDays
from painlog.ui.answer_buttons import BUTTON_HEIGHT
from painlog.ui.feedback import say
from painlog.ui.style import set_font, set_tone
from painlog.ui.words import tr
from painlog.ui.wrapped_height import fit_height
from painlog.wording import keeping as keeping_words

ROWS_SHOWN = 6  # days shown before the list scrolls (up to 14 are offered)

# Writes the marks; returns None once they are on disk, else the sentence that says why not (nothing marked).
Mark = Callable[[Sequence[date]], str | None]


def large(button: QPushButton) -> QPushButton:
    """As tall as the questionnaires' answers: large for unsteady hands, and larger with the text."""
    button.setMinimumHeight(max(BUTTON_HEIGHT, round(button.fontMetrics().height() * 2.2)))
    return button


class DayList(QScrollArea):
    """The days' rows, scrolling beyond ROWS_SHOWN of them, so the question fits a small screen at a large size."""

    def __init__(self, rows: QWidget, count: int) -> None:
        super().__init__()
        self._count = count
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own: Tab goes to the days
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        self.setWidget(rows)
        self._rows = rows

    def sizeHint(self) -> QSize:
        whole = self._rows.sizeHint()
        if self._count <= ROWS_SHOWN:
            return whole
        height = whole.height() * ROWS_SHOWN // self._count
        return QSize(whole.width() + self.verticalScrollBar().sizeHint().width(), height)


class MissedDaysDialog(QDialog):
    def __init__(self, parent: QWidget | None, missed: MissedDays, today: date, mark: Mark) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Days without an entry"))
        self.setMinimumWidth(560)
        self._mark = mark
        self.fill_day: date | None = None  # the day chosen to fill in
        self.marked: list[date] = []
        self.sentence = QLabel(keeping_words.missed_sentence(missed, today, tr))
        set_font(self.sentence, bold=True, grow=3)
        self.sentence.setWordWrap(True)
        self.invitation = QLabel(keeping_words.missed_invitation(missed, tr))
        self.invitation.setWordWrap(True)
        self.fill_buttons: dict[date, QPushButton] = {}
        self.mark_buttons: dict[date, QPushButton] = {}
        self.states: dict[date, QLabel] = {}
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        for row, day in enumerate(missed.days):
            words = keeping_words.day_words(day, today, tr)
            label = QLabel(words)
            set_font(label, bold=True, grow=1)
            state = QLabel(tr("marked not recorded"))  # under the day once it is marked
            set_tone(state, "hint")
            state.hide()
            named = QVBoxLayout()
            named.setSpacing(0)
            named.addWidget(label)
            named.addWidget(state)
            fill = large(QPushButton(tr("Fill in")))
            fill.setAccessibleName(tr("Fill in {day}").format(day=words))
            fill.clicked.connect(lambda _=False, d=day: self._fill(d))
            not_recorded = large(QPushButton(tr("Didn't record")))
            not_recorded.setAccessibleName(tr("Mark {day} as not recorded").format(day=words))
            not_recorded.clicked.connect(lambda _=False, d=day: self._mark_days([d]))
            grid.addLayout(named, row, 0)
            grid.addWidget(fill, row, 1)
            grid.addWidget(not_recorded, row, 2)
            self.fill_buttons[day], self.mark_buttons[day], self.states[day] = fill, not_recorded, state
        self.day_list = DayList(rows, len(missed.days))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.mark_all_button = large(QPushButton(tr("Mark all as not recorded")))
        self.mark_all_button.clicked.connect(self._mark_all)
        self.not_now_button = large(QPushButton(tr("Not now")))
        self.not_now_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.not_now_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.sentence)
        layout.addWidget(self.invitation)
        layout.addWidget(self.day_list, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.not_now_button.setFocus()  # Enter at once is the calm answer: nothing changes

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height(self, event.size().width())  # every sentence whole, at any text size

    def _fill(self, day: date) -> None:
        self.fill_day = day
        self.accept()

    def _mark_days(self, days: Sequence[date]) -> bool:
        problem = self._mark(days)
        if problem is not None:
            say(self.error, problem, "error")
            self.error.show()
            return False
        self.error.hide()
        for day in days:
            self.marked.append(day)
            self.states[day].show()
            self.mark_buttons[day].setEnabled(False)  # the keyboard's focus moves on to the next control
        if all(not button.isEnabled() for button in self.mark_buttons.values()):
            self.mark_all_button.setEnabled(False)
            self.not_now_button.setText(tr("Close"))
            self.not_now_button.setFocus()
        return True

    def _mark_all(self) -> None:
        if self._mark_days([day for day, button in self.mark_buttons.items() if button.isEnabled()]):
            self.accept()
