"""On opening a diary: the question about the days missing since the last entry, asked at most once a day
(painlog.domain.keeping decides; the dialog is painlog.ui.missed_days_dialog, shown through painlog.ui.dialogs)."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from painlog.domain.keeping import missed_question
from painlog.storage.checkins import CheckinRepository
from painlog.storage.errors import DiaryError
from painlog.storage.settings import SettingsRepository
from painlog.ui import dialogs
from painlog.ui.coping_words import offered_on
from painlog.ui.words import refusal

ASKED_ON_KEY = "missed_days_asked_on"  # settings: the last day the question was asked (at most once a day)


def ask_on_opening(parent: QWidget | None, checkins: CheckinRepository, settings: SettingsRepository,
                   today: date) -> date | None:  # fmt: skip
    """Ask about the days missing since the last entry, unless there are none or it was asked today already;
    returns the day chosen to fill in, if any. If the day of asking cannot be kept (the diary is locked for a
    moment), the next opening asks again."""
    missed = missed_question(checkins.recorded_days(), today, not_recorded=checkins.not_recorded_days(),
                             asked_on=offered_on(settings.get(ASKED_ON_KEY)))  # fmt: skip
    if missed is None:
        return None
    with contextlib.suppress(DiaryError):
        settings.set(ASKED_ON_KEY, today.isoformat())

    def mark(days: Sequence[date]) -> str | None:
        try:
            checkins.mark_not_recorded(days)
        except DiaryError as error:
            return refusal(error)
        return None

    return dialogs.ask_missed_days(parent, missed, today, mark)
