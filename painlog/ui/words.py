"""The UI's words: painlog.wording, with Qt's translator installed so every string can be translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


wording.set_translator(tr)
