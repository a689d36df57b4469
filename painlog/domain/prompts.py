"""When painlog speaks up by itself: the daily reminder (at the patient's time, once a day, not once the day is
recorded, snoozed an hour at a time) and the question after an as-needed dose (the pain 1–2 hours after it).

Pure decisions on a moment given by the caller, so every rule is tested with a clock the test sets; the settings
are read from and written to their text form here (the diary keeps them in its settings table).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from painlog.domain.therapy import Dose

# Settings keys (documented in resources/diary-format.md).
REMINDER_ON_KEY = "reminder_on"
REMINDER_TIME_KEY = "reminder_time"
REMINDER_ASKED_KEY = "reminder_asked"
REMINDER_LAST_SHOWN_KEY = "reminder_last_shown"
REMINDER_SNOOZED_KEY = "reminder_snoozed_until"
TRAY_TOLD_KEY = "tray_told"
FOLLOW_UPS_ASKED_KEY = "dose_follow_ups_asked"

T = TypeVar("T")
DEFAULT_TIME = time(20, 0)
SNOOZE = timedelta(hours=1)
FOLLOW_UP_FROM = timedelta(hours=1)  # the pain "1–2 hours after" an as-needed dose (DESIGN.md, dose log)
FOLLOW_UP_UNTIL = timedelta(hours=2)


@dataclass(frozen=True)
class Reminder:
    """The daily reminder's settings and what it last did."""

    on: bool = False
    at: time = DEFAULT_TIME
    last_shown: date | None = None
    snoozed_until: datetime | None = None

    def due(self, now: datetime, recorded: bool) -> bool:
        """Whether the reminder shows now: at its time or later on a day it has not shown yet, or when its snooze
        is over on the day it showed; never once today's check-in exists."""
        if not self.on or recorded:
            return False
        if self.last_shown == now.date():
            snooze = self.snoozed_until
            return snooze is not None and snooze.date() == now.date() and now >= snooze
        return now.time() >= self.at

    def shown(self, now: datetime) -> Reminder:
        """After it showed: not again today (a snooze, if any, is used up)."""
        return replace(self, last_shown=now.date(), snoozed_until=None)

    def snoozed(self, now: datetime) -> Reminder:
        """Back in an hour; a snooze past midnight is dropped with its day (the next day has its own reminder)."""
        return replace(self, last_shown=now.date(), snoozed_until=now.replace(microsecond=0) + SNOOZE)


def read_reminder(settings: dict[str, str]) -> Reminder:
    """The reminder from its settings; a value that cannot be read counts as not set."""
    return Reminder(
        on=settings.get(REMINDER_ON_KEY) == "1",
        at=_parse(time.fromisoformat, settings.get(REMINDER_TIME_KEY)) or DEFAULT_TIME,
        last_shown=_parse(date.fromisoformat, settings.get(REMINDER_LAST_SHOWN_KEY)),
        snoozed_until=_parse(datetime.fromisoformat, settings.get(REMINDER_SNOOZED_KEY)),
    )


def reminder_settings(reminder: Reminder) -> dict[str, str]:
    """The settings that keep `reminder` (an empty value removes the setting)."""
    return {
        REMINDER_ON_KEY: "1" if reminder.on else "0",
        REMINDER_TIME_KEY: f"{reminder.at:%H:%M}",
        REMINDER_LAST_SHOWN_KEY: reminder.last_shown.isoformat() if reminder.last_shown else "",
        REMINDER_SNOOZED_KEY: reminder.snoozed_until.isoformat(timespec="minutes") if reminder.snoozed_until else "",
    }


def _parse(read: Callable[[str], T], text: str | None) -> T | None:
    if not text:
        return None
    try:
        return read(text)
    except ValueError:
        return None


def follow_ups_due(doses: Iterable[Dose], now: datetime, asked: Collection[int]) -> list[Dose]:
    """As-needed doses saved with a pain before and no pain after, 1 to 2 hours ago, not asked about yet: each is
    asked about once, while painlog runs in that hour (started later than 2 hours after, it no longer asks)."""
    return [
        dose
        for dose in doses
        if dose.prn
        and not dose.skipped
        and dose.id is not None
        and dose.id not in asked
        and dose.pain_before is not None
        and dose.pain_after is None
        and dose.taken_at + FOLLOW_UP_FROM <= now <= dose.taken_at + FOLLOW_UP_UNTIL
    ]


def follow_up_window_start(now: datetime) -> date:
    """The first day whose doses may still be asked about now."""
    return (now - FOLLOW_UP_UNTIL).date()


def read_asked(text: str) -> set[int]:
    return {int(part) for part in text.split(",") if part.strip().isdigit()}


def asked_text(asked: Iterable[int]) -> str:
    return ",".join(str(n) for n in sorted(set(asked)))
