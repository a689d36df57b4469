"""The shape every data-entry dialog shares: a form, a plain error line, Save and Cancel.

A subclass adds its rows and implements `value()`, which returns what was entered or raises
ValidationError; the dialog closes only on a valid value, and asks before throwing away what was typed.
`ask()` shows it modally (tests replace exec).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from painlog.domain import clock
from painlog.domain.errors import ValidationError
from painlog.ui.date_field import DateField, DateTimeField
from painlog.ui.entry_dialog import EntryDialog
from painlog.ui.modal import run_modal
from painlog.ui.plain_text import plain_label, window_title
from painlog.ui.qt_dates import WALL_CLOCK, as_qdatetime, pydate, pytime, qdate
from painlog.ui.style import set_tone
from painlog.ui.words import refusal


class FormDialog(EntryDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(title))  # it may name a therapy
        self.form = QFormLayout()
        self.error = plain_label()
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        choice = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(choice.Save | choice.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self.result_value: Any = None

    def value(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_value = self.value()
        except ValidationError as error:
            self.error.setText(refusal(error))
            return
        super().accept()

    @classmethod
    def run(cls, dialog: FormDialog) -> Any:
        """Show `dialog` modally; what was entered, or None if cancelled."""
        return dialog.result_value if run_modal(dialog) == QDialog.DialogCode.Accepted else None


def date_input(initial: date, *, latest: date | None = None) -> QDateEdit:
    edit = DateField(qdate(initial))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


def date_of(edit: QDateEdit) -> date:
    return pydate(edit.date())


def datetime_input(initial: datetime, *, latest: datetime | None = None) -> QDateTimeEdit:
    """A date-and-time field for a diary time; read it back with moment_of()."""
    edit = DateTimeField()
    edit.setTimeZone(WALL_CLOCK)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    if latest is not None:
        edit.setMaximumDateTime(as_qdatetime(max(latest, clock.wall_clock(initial)).replace(second=59)))
    edit.setDateTime(as_qdatetime(initial.replace(second=0)))
    return edit


def moment_of(edit: QDateTimeEdit) -> datetime:
    return datetime.combine(pydate(edit.date()), pytime(edit.time()))


def choice_input(options: dict[str, str], *, placeholder: str | None = None) -> QComboBox:
    """A drop-down of codes shown as words; with a placeholder, nothing is chosen at first."""
    combo = QComboBox()
    if placeholder is not None:
        combo.addItem(placeholder, None)
    for code, words in options.items():
        combo.addItem(words, code)
    return combo


def chosen(combo: QComboBox) -> Any:
    return combo.currentData()


def choose(combo: QComboBox, code: object) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
