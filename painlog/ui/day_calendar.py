"""The date picker's calendar, with recorded days in bold so that missing days stand out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont, QPalette, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget


class RecordedDaysCalendar(QCalendarWidget):
    """Marks the days `recorded_days()` returns, worked out when the calendar opens (not at start-up)."""

    def __init__(self, recorded_days: Callable[[], set[date]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recorded_days = recorded_days
        self._stale = True
        self.marked: set[date] = set()

    def invalidate(self) -> None:
        self._stale = True
        if self.isVisible():
            self._mark()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._mark()
        super().showEvent(event)

    def _mark(self) -> None:
        self.setDateTextFormat(QDate(), QTextCharFormat())  # a null date clears every format
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setForeground(self.palette().color(QPalette.ColorRole.Link))  # reads on light and dark
        self.marked = self._recorded_days()
        for day in self.marked:
            self.setDateTextFormat(QDate(day.year, day.month, day.day), bold)
        self._stale = False
