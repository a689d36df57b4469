"""The one question painlog asks on its first start with the window: should it remind the patient each day, and
at what time? Answered once (yes or no); Settings changes it later."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QTimeEdit, QVBoxLayout, QWidget

from painlog.ui.dialogs import run_modal
from painlog.ui.plain_text import plain_label, window_title
from painlog.ui.style import set_font, set_tone
from painlog.ui.words import tr


def time_input(at: time) -> QTimeEdit:
    """The reminder's time, hours and minutes (the first-run question and Settings)."""
    edit = QTimeEdit(QTime(at.hour, at.minute))
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(tr("Time of the daily reminder"))
    return edit


def time_of(edit: QTimeEdit) -> time:
    chosen = edit.time()
    return time(chosen.hour(), chosen.minute())


class ReminderQuestionDialog(QDialog):
    def __init__(self, parent: QWidget | None, at: time, tray: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(tr("A daily reminder?")))
        question = plain_label(tr("Would you like painlog to remind you each day to fill in your diary?"))
        question.setWordWrap(True)
        set_font(question, bold=True, grow=2)
        how = (tr("A short message will appear at the time you choose, unless you have already filled in the day.")
               if tray else tr("A short message will appear in painlog's window at the time you choose, while "
                               "painlog is open, unless you have already filled in the day."))  # fmt: skip
        self.how = plain_label(how)
        self.how.setWordWrap(True)
        self.at = time_input(at)
        at_row = QHBoxLayout()
        at_label = plain_label(tr("At"))
        at_label.setBuddy(self.at)
        at_row.addWidget(at_label)
        at_row.addWidget(self.at)
        at_row.addStretch(1)
        self.later = plain_label(tr("You can change this at any time in View ▸ Settings."))
        set_tone(self.later, "hint")
        self.later.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.yes = self.buttons.addButton(tr("Yes, remind me"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.no = self.buttons.addButton(tr("No, thank you"), QDialogButtonBox.ButtonRole.RejectRole)
        self.yes.setDefault(True)
        self.answer: bool | None = None
        self.yes.clicked.connect(lambda: self._answered(True))
        self.no.clicked.connect(lambda: self._answered(False))
        layout = QVBoxLayout(self)
        for widget in (question, self.how):
            layout.addWidget(widget)
        layout.addLayout(at_row)
        layout.addWidget(self.later)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _answered(self, yes: bool) -> None:
        self.answer = yes
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, at: time, tray: bool) -> tuple[bool, time] | None:
        """(yes or no, the time); None when the window was closed without an answer (asked again next time)."""
        dialog = cls(parent, at, tray)
        run_modal(dialog)
        return None if dialog.answer is None else (dialog.answer, time_of(dialog.at))
