"""Date fields that are one Tab stop and take a typed date only whole.

Qt's date field edits a date section by section: Tab stops at the year, the month and the day, a digit typed
into the day section changes the date at once ("6" over 26 November made it 6 November, and moved the Today
page there), and "2026-11-20" typed over a selected date came out as 2026-01-20. Here typing starts a new
date, shown as typed; Return, Tab or leaving the field takes it if it is a whole date (painlog.domain.typed_date
decides), and otherwise puts the date shown back and says why. Up and Down step a day (an hour in a date-and-time
field); the calendar opens with a click, F4 or Alt+Down.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QToolTip, QWidget

from painlog.domain.typed_date import SEPARATORS, Typed, TypedDate, read_date, read_moment
from painlog.ui.qt_dates import as_qdatetime, pydate, pytime, qdate
from painlog.ui.words import tr

MOST_TYPED = 24  # characters kept while typing: more than any whole date and time
EDITING_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)
CALENDAR_KEYS = (Qt.Key.Key_F4,)


def problem_words(typed: TypedDate, text: str, example: str) -> str:
    """One sentence: what was typed, that the field did not change, and what to type."""
    if typed.state is Typed.NO_SUCH_DAY:
        return tr("There is no day {text}; the date was not changed.").format(text=text)
    if typed.state is Typed.TOO_LATE:
        return tr("{text} is later than this field allows; the date was not changed.").format(text=text)
    if typed.state is Typed.TOO_EARLY:
        return tr("{text} is earlier than this field allows; the date was not changed.").format(text=text)
    return tr("“{text}” is not a whole date, so the date was not changed: type it like {example}.").format(
        text=text, example=example
    )


if TYPE_CHECKING:
    _Field = QDateTimeEdit  # what the mixin is mixed into (QDateEdit is one too)
else:
    _Field = object


class _WholeTyping(_Field):
    """Shared by the date and the date-and-time field (a mixin before the Qt class)."""

    refused: Signal  # each field's own: a typed date was not taken, the sentence saying why

    typed: str | None = None  # what is being typed, until it is taken or put back
    problem = ""  # the last sentence said about a typed date that was not taken

    def _read(self, text: str) -> TypedDate:
        raise NotImplementedError

    def _take(self, typed: TypedDate) -> None:
        raise NotImplementedError

    def _example(self) -> str:
        """The field's own format with a date in it, as "2026-11-20 14:30"."""
        example = self.displayFormat()
        for pattern, digits in (("yyyy", "2026"), ("MM", "11"), ("dd", "20"), ("HH", "14"), ("mm", "30")):
            example = example.replace(pattern, digits)
        return example

    # ----- typing ------------------------------------------------------------------------------------------

    def _show_typed(self) -> None:
        """Show the text as typed, without Qt's section parser seeing it (it would rewrite it as a date)."""
        line = self.lineEdit()
        line.blockSignals(True)
        line.setText(self.typed if self.typed is not None else self.textFromDateTime(self.dateTime()))
        line.setCursorPosition(len(line.text()))
        line.blockSignals(False)

    def _put_back(self) -> None:
        self.typed = None
        self._show_typed()
        self.lineEdit().selectAll()

    def finish_typing(self) -> bool:
        """Take what was typed if it is a whole date; otherwise put the date shown back and say why. True when
        the field holds a date it can keep (nothing was typed, or the typed date was taken)."""
        if self.typed is None:
            return True
        text = self.typed
        typed = self._read(text)
        if typed.state is Typed.EMPTY:
            self._put_back()
            return True
        if not typed.complete:
            self.problem = problem_words(typed, text.strip(), self._example())
            self._put_back()
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.problem, self)
            self.refused.emit(self.problem)
            return False
        self.problem = ""
        self.typed = None
        self._take(typed)  # may ask about unsaved changes, and stay on the day shown
        self._put_back()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        plain = not (event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier))
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.typed is not None:
            if not self.finish_typing():
                event.accept()
                return
        elif key == Qt.Key.Key_Escape and self.typed is not None:
            self._put_back()
            event.accept()
            return
        elif plain and len(text) == 1 and (text.isdigit() or text in SEPARATORS):
            self.typed = ((self.typed or "") + text)[:MOST_TYPED]
            self._show_typed()
            event.accept()
            return
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.typed = (self.typed or "")[:-1] if key == Qt.Key.Key_Backspace else ""
            self._show_typed()
            event.accept()
            return
        elif key in EDITING_KEYS:  # one whole date is typed, not a part of one: the cursor stays at the end
            event.accept()
            return
        elif key in CALENDAR_KEYS or (key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self._put_back()
            self.open_calendar()
            event.accept()
            return
        elif self.typed is not None:  # Up, Down, Page Up …: step from the date shown
            self._put_back()
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Open the calendar pop-up, as a click on the field's arrow does."""
        if not self.calendarPopup():
            return
        arrow = QPoint(self.width() - 8, self.height() // 2)
        button, no_keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        press = QMouseEvent(QMouseEvent.Type.MouseButtonPress, arrow, self.mapToGlobal(arrow), button, button, no_keys)
        QApplication.sendEvent(self, press)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab leaves the field (Qt's own moves between the year, the month and the day)."""
        return QWidget.focusNextPrevChild(self, forward)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.lineEdit().selectAll()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish_typing()
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.finish_typing()
        super().mousePressEvent(event)


class DateField(_WholeTyping, QDateEdit):
    """A day; Up and Down step a day at a time."""

    refused = Signal(str)  # a typed date was not taken: the sentence saying why

    def _read(self, text: str) -> TypedDate:
        return read_date(
            text, self.displayFormat(), earliest=pydate(self.minimumDate()), latest=pydate(self.maximumDate())
        )

    def _take(self, typed: TypedDate) -> None:
        assert isinstance(typed.value, date)
        self.setDate(qdate(typed.value))

    def stepBy(self, steps: int) -> None:
        self.setDate(self.date().addDays(steps))


class DateTimeField(_WholeTyping, QDateTimeEdit):
    """A date and time: a whole "2026-11-20 14:30", a time alone on the day shown, or a day alone; Up and Down
    move it by an hour (Qt's own stepped the year, the section it selects first)."""

    refused = Signal(str)

    def stepBy(self, steps: int) -> None:
        self.setDateTime(self.dateTime().addSecs(steps * 3600))

    def _read(self, text: str) -> TypedDate:
        shown = datetime.combine(pydate(self.date()), pytime(self.time()))
        latest = self.maximumDateTime()
        return read_moment(
            text,
            shown,
            self.displayFormat(),
            earliest=pydate(self.minimumDate()),
            latest=datetime.combine(pydate(latest.date()), pytime(latest.time())),
        )

    def _take(self, typed: TypedDate) -> None:
        assert isinstance(typed.value, datetime)
        self.setDateTime(as_qdatetime(typed.value))
