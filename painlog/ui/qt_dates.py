"""Dates and diary times as Qt holds them, and back: one conversion for every page and dialog."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

from painlog.domain import clock

WALL_CLOCK = QTimeZone(QTimeZone.Initialization.UTC)  # a zone without daylight saving: no time is skipped


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def pytime(value: QTime) -> time:
    return time(value.hour(), value.minute(), value.second())


def as_qdatetime(moment: datetime) -> QDateTime:
    """A diary time (local wall-clock, no zone) as Qt shows it: 02:30 stays 02:30 on a daylight-saving night."""
    moment = clock.wall_clock(moment)
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second), WALL_CLOCK)
