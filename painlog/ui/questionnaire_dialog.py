"""Answering one questionnaire (PHQ-9, PHQ-2, GAD-7 or GAD-2): the recall stated, every item in the published
words with its four answers as large buttons, Save once every item is answered.

PHQ-9 question 9 answered above "Not at all" shows where to turn at once, on the answer itself (`on_self_harm`),
before Save can even be pressed; and once more if the dialog is then closed without saving, since the answer is
then kept nowhere and that screen is the last thing the patient sees.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from painlog.domain.screens import (
    ANSWERS,
    DIFFICULTY_ANSWERS,
    DIFFICULTY_QUESTION,
    PHQ9,
    RECALL,
    SELF_HARM_ITEM,
    Instrument,
    Screen,
)
from painlog.ui.answer_buttons import AnswerButtons
from painlog.ui.coping_words import missing_words
from painlog.ui.entry_dialog import EntryDialog
from painlog.ui.modal import run_modal
from painlog.ui.plain_text import plain_label
from painlog.ui.style import set_font, set_tone
from painlog.ui.words import tr
from painlog.wording import QT_TR_NOOP
from painlog.wording.screens import in_english_note, instrument_words


class QuestionnaireDialog(EntryDialog):
    what = QT_TR_NOOP("these answers")

    def __init__(self, parent: QWidget | None, form: Instrument, *, day: date,
                 prefill: Sequence[int | None] = (), on_self_harm: Callable[[QWidget], None]) -> None:  # fmt: skip
        super().__init__(parent)
        self.form = form
        self._day = day
        self._on_self_harm = on_self_harm
        self.saved: Screen | None = None
        self._sized = False
        self.setWindowTitle(tr.known(form.title))
        own = instrument_words(form.code, tr)  # its published words: in English where painlog has no translation
        note = plain_label(in_english_note(form.code, tr))
        note.setWordWrap(True)
        note.setVisible(bool(note.text()))
        recall = QLabel(own.known(RECALL))
        recall.setWordWrap(True)
        set_font(recall, bold=True, grow=2)

        body = QWidget()
        items = QVBoxLayout(body)
        items.setSpacing(14)
        self.items: list[AnswerButtons] = []
        for number, text in enumerate(form.items, start=1):
            question = own.known(text)
            label = QLabel(f"{number}. {question}")
            label.setWordWrap(True)
            set_font(label, bold=True)
            item = AnswerButtons(question, [own.known(a) for a in ANSWERS])
            item.value_changed.connect(self._answered)
            items.addWidget(label)
            items.addWidget(item)
            self.items.append(item)
        self.difficulty: AnswerButtons | None = None
        if form.asks_difficulty:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            label = QLabel(tr("{question} (optional)").format(question=own.known(DIFFICULTY_QUESTION)))
            label.setWordWrap(True)
            set_font(label, bold=True)
            self.difficulty = AnswerButtons(own.known(DIFFICULTY_QUESTION), [own.known(a) for a in DIFFICULTY_ANSWERS])
            for widget in (line, label, self.difficulty):
                items.addWidget(widget)
        items.addStretch(1)
        for item, answer in zip(self.items, prefill, strict=False):
            item.set_value(answer)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.answers_area = scroll

        self.missing = plain_label()
        self.missing.setWordWrap(True)
        set_tone(self.missing, "hint")
        choice = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(choice.Save | choice.Cancel)
        self.save_button = self.buttons.button(choice.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(recall)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        self._show_missing()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # on the screen it shows on, in that screen's text size
            self._sized = True
            self._size_to_screen()
        super().showEvent(event)

    def _size_to_screen(self) -> None:
        """As wide as the answers need side by side, as tall as the screen allows; they wrap and scroll beyond."""
        free = self.screen().availableGeometry()
        wide = (
            max(item.sizeHint().width() for item in self.items)
            + self.answers_area.verticalScrollBar().sizeHint().width()
        )
        self.resize(min(max(wide + 40, 720), free.width() - 40), min(860, free.height() - 60))

    def answers(self) -> list[int | None]:
        return [item.value() for item in self.items]

    def _answered(self, _value: object = None) -> None:
        if self.self_harm() and self.sender() is self.items[SELF_HARM_ITEM]:
            self._on_self_harm(self)  # at once, before anything else: even Save waits until it is closed
        self._show_missing()

    def _asks_self_harm(self) -> bool:
        return self.form.code == PHQ9.code

    def self_harm(self) -> bool:
        """Question 9 of the PHQ-9 answered above "Not at all"."""
        return self._asks_self_harm() and (self.items[SELF_HARM_ITEM].value() or 0) > 0

    def _show_missing(self) -> None:
        text = missing_words(self.answers(), tr)
        self.missing.setText(text or tr("Every question is answered: press Save to keep them."))
        self.save_button.setEnabled(not text)

    def accept(self) -> None:
        answers = self.answers()
        if any(answer is None for answer in answers):
            return  # Save is disabled until then; Enter in a field does not get past it either
        difficulty = self.difficulty.value() if self.difficulty is not None else None
        self.saved = Screen(self._day, self.form.code, tuple(a for a in answers if a is not None), difficulty)
        super().accept()

    def reject(self) -> None:
        leaving_with_self_harm = self.self_harm()
        super().reject()
        if leaving_with_self_harm and not self.isVisible():  # thrown away: shown once more, as it goes
            self._on_self_harm(self.parentWidget() or self)

    @classmethod
    def ask(cls, parent: QWidget | None, form: Instrument, *, day: date, prefill: Sequence[int | None] = (),
            on_self_harm: Callable[[QWidget], None]) -> Screen | None:  # fmt: skip
        """The completed screen, or None when the patient closed it without saving."""
        dialog = cls(parent, form, day=day, prefill=prefill, on_self_harm=on_self_harm)
        return dialog.saved if run_modal(dialog) == QDialog.DialogCode.Accepted else None
