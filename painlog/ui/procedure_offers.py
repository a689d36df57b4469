"""On Today, above the check-in: a calm line for each procedure diary that asks for something today — an open
block sheet, a follow-up that has fallen due, a stimulator trial day — each with one button."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from painlog.ui.plain_text import plain_label
from painlog.ui.procedure_diaries import ProcedureDiaries

DAY_CHECK_MS = 60_000


class ProcedureOffers(QFrame):
    def __init__(self, diaries: ProcedureDiaries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diaries = diaries
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(8, 4, 8, 4)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        self._made: list[QWidget] = []
        diaries.changed.connect(self.reload)
        self.reload()
        self.timer = QTimer(self)  # painlog left open overnight: the new day's offers
        self.timer.setInterval(DAY_CHECK_MS)
        self.timer.timeout.connect(self.check_day)
        self.timer.start()

    def check_day(self) -> None:
        """What the timer does (tests call it after moving their clock on): a new day, new offers. A window
        that was closed (its diary with it) asks nothing more."""
        if self.window().isVisible() and self._diaries.today() != self._day:
            self.message.clear()
            self.reload()

    def reload(self) -> None:
        for widget in self._made:
            widget.hide()
            widget.deleteLater()
        self._made, self.buttons = [], []
        self._rows.removeWidget(self.message)
        self._day = self._diaries.today()
        offers = [] if self._diaries.read_only else self._diaries.offers()
        for offer in offers:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = plain_label(offer.text)
            text.setWordWrap(True)
            button = QPushButton(offer.button)
            button.setAccessibleName(offer.name)
            button.clicked.connect(lambda _checked=False, act=offer.act: act(self, self.message))
            line.addWidget(text, 1)
            line.addWidget(button)
            self._rows.addWidget(row)
            self._made.append(row)
            self.buttons.append(button)
        self._rows.addWidget(self.message)
        self.message.setVisible(bool(self.message.text()))  # what the last answer saved, or why not
        self.texts = [offer.text for offer in offers]
        self.setVisible(bool(offers) or bool(self.message.text()))
