"""The shape every data-entry dialog shares: a form, a plain error line, Save and Cancel.

A subclass adds its rows and implements `value()`, which returns what was entered or raises
ValidationError; the dialog closes only on a valid value. `ask()` shows it modally (tests replace exec).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from painlog.domain.errors import ValidationError
from painlog.ui.dialogs import run_modal
from painlog.ui.style import set_tone


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
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
            self.error.setText(str(error))
            return
        super().accept()

    @classmethod
    def run(cls, dialog: FormDialog) -> Any:
        """Show `dialog` modally; what was entered, or None if cancelled."""
        return dialog.result_value if run_modal(dialog) == QDialog.DialogCode.Accepted else None


def date_input(initial: date, *, latest: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(initial.year, initial.month, initial.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if latest is not None:
        edit.setMaximumDate(QDate(latest.year, latest.month, latest.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    return edit.date().toPython()


def datetime_input(initial: datetime, *, latest: datetime | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(initial.replace(second=0, microsecond=0)))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    if latest is not None:
        edit.setMaximumDateTime(QDateTime(latest.replace(second=59, microsecond=0)))
    return edit


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
