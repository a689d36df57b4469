"""The UI's words: painlog.wording, with Qt's translator installed so every string can be translated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from painlog import wording
from painlog.wording import (  # noqa: F401 - re-exported for the widgets
    DOSE_UNITS,
    GOAL_STATUS_WORDS,
    INGREDIENTS,
    KIND_GROUP_WORDS,
    KIND_WORDS,
    LOCATION_WORDS,
    QUALITY_WORDS,
    ROUTE_WORDS,
    SCHEDULE_WORDS,
    SEVERITY_WORDS,
    STOP_REASON_WORDS,
    WEEKDAY_WORDS,
    ScaleWords,
    better_hint,
    count,
    days,
    describe_episode,
    describe_period,
    describe_procedure,
    describe_regimen,
    location_word,
    number,
    quality_word,
    scale_words,
    word,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("painlog", text)


def long_day(day: date) -> str:
    """The day in full, as the person's language writes it ("Thursday, 26 November 2026"): in titles, and in the
    names a screen reader gives the controls of one day."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


wording.set_translator(tr)
