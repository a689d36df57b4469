"""Today's small, calm offers: the two-weekly questionnaires when they are due, and a PGIC question after a visit
or a therapy change. Each is offered at most once a day: the day it was offered is kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from painlog.ui import coping_words as words
from painlog.ui.coping_actions import Coping
from painlog.ui.plain_text import plain_label
from painlog.ui.words import tr
from painlog.wording import QT_TR_NOOP

SCREENS_DUE = QT_TR_NOOP("Your two-weekly questionnaires are due (four short questions about mood and worry).")


class Offer(QFrame):
    """One offer: a sentence, a button that takes it up and one that puts it off until tomorrow."""

    def __init__(self, take: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = plain_label()  # a PGIC question names a therapy as the patient typed it
        self.text.setWordWrap(True)
        self.take_button = QPushButton(take)
        self.later_button = QPushButton(tr("Not today"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.take_button)
        layout.addWidget(self.later_button)
        self.hide()


class CopingOffers(QWidget):
    taking = Signal()  # the questionnaires are about to be asked: show their page behind them

    def __init__(self, coping: Coping, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coping = coping
        self.screens = Offer(tr("Take them now"))
        self.screens.text.setText(tr.known(SCREENS_DUE))
        self.screens.take_button.clicked.connect(self._take_screens)
        self.screens.later_button.clicked.connect(self.screens.hide)
        self.impression = Offer(tr("Answer now"))
        self.impression.take_button.clicked.connect(self._answer_impression)
        self.impression.later_button.clicked.connect(self.impression.hide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screens)
        layout.addWidget(self.impression)
        coping.changed.connect(self._answered_elsewhere)

    def refresh(self) -> None:
        """Offer what is due and was not offered today yet; an offer on screen stays until it is answered."""
        if self.coping.read_only:
            return
        if self.screens.isHidden() and self.coping.screens_due():
            self.screens.show()
            self.coping.mark_offered(words.OFFERED_ON_KEY)
        if self.impression.isHidden() and not self.coping.impression_offered_today():
            due = self.coping.impression_due()
            if due is not None:
                self.impression.text.setText(due[1])
                self.impression.show()
                self.coping.mark_offered(words.IMPRESSION_OFFERED_ON_KEY)

    def _answered_elsewhere(self) -> None:
        """Taken or answered on the page: an offer on Today no longer stands, or asks the next question."""
        if self.coping.source.screens.last_day() == self.coping.today():
            self.screens.hide()
        due = self.coping.impression_due()
        if due is None:
            self.impression.hide()
        else:
            self.impression.text.setText(due[1])

    def _take_screens(self) -> None:
        self.screens.hide()
        self.taking.emit()
        self.coping.take_short_forms(self)

    def _answer_impression(self) -> None:
        self.coping.ask_impression(self)  # once kept, changed hides this or words the next question
