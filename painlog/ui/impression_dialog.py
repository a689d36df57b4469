"""The Patient Global Impression of Change asked once: the question, and its seven answers as large buttons.

The answers carry no numbers: published versions number them in opposite directions, and the label is stored.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from painlog.domain.impressions import PGIC_ANSWERS
from painlog.ui.answer_buttons import AnswerButtons
from painlog.ui.entry_dialog import EntryDialog
from painlog.ui.modal import run_modal
from painlog.ui.plain_text import plain_label
from painlog.ui.style import set_font
from painlog.ui.words import describe_answer, tr
from painlog.ui.wrapped_height import fit_height
from painlog.wording import QT_TR_NOOP


class ImpressionDialog(EntryDialog):
    what = QT_TR_NOOP("this answer")

    def __init__(self, parent: QWidget | None, question: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("How has it changed?"))
        self.setMinimumWidth(560)
        self.question = plain_label(question)  # it names a therapy as the patient typed it
        self.question.setWordWrap(True)
        set_font(self.question, bold=True, grow=2)
        self.answer = AnswerButtons(question, [describe_answer(a) for a in PGIC_ANSWERS], numbered=False, vertical=True)
        choice = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(choice.Save | choice.Cancel)
        self.save_button = self.buttons.button(choice.Save)
        self.save_button.setEnabled(False)
        self.answer.value_changed.connect(lambda value: self.save_button.setEnabled(value is not None))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height(self, event.size().width())  # every sentence whole, at any text size

    def chosen(self) -> str | None:
        value = self.answer.value()
        return None if value is None else PGIC_ANSWERS[value]

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, question: str) -> str | None:
        """The answer's label (e.g. "much_improved"), or None when closed without one."""
        dialog = cls(parent, question)
        return dialog.chosen() if run_modal(dialog) == QDialog.DialogCode.Accepted else None
