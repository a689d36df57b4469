"""Everything painlog brings up by itself on a timer, decided in one place without Qt: the daily reminder, the
question after an as-needed dose, and a block diary's rating times. The window's one timer (ui/prompt_timer.py)
asks `due()` on each tick; what it returns has been marked as said, so each prompt comes once.

What was said is kept in the diary's settings (so a restart does not say it again); when the diary cannot keep it
(locked, read-only), it is still kept in memory for as long as painlog runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Protocol

from painlog.domain import prompts
from painlog.domain.block_diary import BlockDiary, TimedRating
from painlog.domain.checkin import CheckIn
from painlog.domain.prompts import Reminder
from painlog.domain.therapy import Dose
from painlog.storage.errors import DiaryError
from painlog.wording.procedures import newly_due


class Settings(Protocol):
    def get(self, key: str, default: str = "") -> str: ...
    def set(self, key: str, value: str) -> None: ...


class Checkins(Protocol):
    def get(self, day: date) -> CheckIn | None: ...


class Doses(Protocol):
    def between(self, start: date, end: date, therapy_id: int | None = None) -> list[Dose]: ...


@dataclass
class Due:
    """What falls due on one tick."""

    reminder: bool = False
    follow_ups: list[Dose] = field(default_factory=list)
    blocks: list[tuple[int, int]] = field(default_factory=list)  # (procedure id, minutes after the block)


@dataclass
class _Block:
    sheet: BlockDiary
    ratings: Callable[[], Sequence[TimedRating]]
    announced: set[int] = field(default_factory=set)


class Prompts:
    """`quiet`: a read-only painlog gives no reminder and asks nothing (the painlog that has the diary does)."""

    def __init__(self, settings: Settings, checkins: Checkins, doses: Doses, now: Callable[[], datetime],
                 *, quiet: bool = False) -> None:  # fmt: skip
        self._settings = settings
        self._checkins = checkins
        self._doses = doses
        self.now = now
        self.quiet = quiet
        self._blocks: dict[int, _Block] = {}
        self._kept: dict[str, str] = {}  # what the diary could not keep, for as long as painlog runs

    # ----- the settings --------------------------------------------------------------------------------

    def get(self, key: str) -> str:
        if key in self._kept:
            return self._kept[key]
        try:
            return self._settings.get(key)
        except DiaryError:
            return ""

    def keep(self, values: dict[str, str]) -> None:
        """Store settings; what the diary refuses is remembered here instead."""
        for key, value in values.items():
            try:
                self._settings.set(key, value)
                self._kept.pop(key, None)
            except DiaryError:
                self._kept[key] = value

    def reminder(self) -> Reminder:
        return prompts.read_reminder({key: self.get(key) for key in prompts.reminder_settings(Reminder())})

    def set_reminder(self, on: bool, at: time) -> None:
        """The patient's choice (Settings, or the first-run question, which is then never asked again)."""
        self.keep({prompts.REMINDER_ON_KEY: "1" if on else "0", prompts.REMINDER_TIME_KEY: f"{at:%H:%M}",
                   prompts.REMINDER_ASKED_KEY: "1"})  # fmt: skip

    def _keep_said(self, reminder: Reminder) -> None:
        """When the reminder showed and until when it is snoozed (the patient's choices are left as they are)."""
        said = prompts.reminder_settings(reminder)
        self.keep({key: said[key] for key in (prompts.REMINDER_LAST_SHOWN_KEY, prompts.REMINDER_SNOOZED_KEY)})

    def reminder_showing_today(self) -> bool:
        """A reminder shown earlier still belongs to today (after midnight it asks about a day gone by)."""
        return self.reminder().last_shown == self.now().date() and self.reminder_wanted()

    def reminder_asked(self) -> bool:
        return self.get(prompts.REMINDER_ASKED_KEY) == "1"

    def tray_told(self) -> bool:
        return self.get(prompts.TRAY_TOLD_KEY) == "1"

    def told_about_tray(self) -> None:
        self.keep({prompts.TRAY_TOLD_KEY: "1"})

    # ----- the daily reminder --------------------------------------------------------------------------

    def recorded_today(self) -> bool:
        try:
            return self._checkins.get(self.now().date()) is not None
        except DiaryError:
            return False

    def reminder_wanted(self) -> bool:
        """A reminder showing still has something to ask: today is not recorded yet."""
        return self.reminder().on and not self.recorded_today()

    def snooze(self) -> datetime:
        """The reminder goes away and comes back in an hour; returns when."""
        snoozed = self.reminder().snoozed(self.now())
        self._keep_said(snoozed)
        assert snoozed.snoozed_until is not None
        return snoozed.snoozed_until

    # ----- a block diary's times -----------------------------------------------------------------------

    def watch_block(self, sheet: BlockDiary, ratings: Callable[[], Sequence[TimedRating]]) -> None:
        """Say when each of the sheet's times falls due, from now on while painlog runs."""
        self._blocks.setdefault(sheet.procedure_id, _Block(sheet, ratings))

    def forget_block(self, procedure_id: int) -> None:
        self._blocks.pop(procedure_id, None)

    def watching(self, procedure_id: int) -> bool:
        return procedure_id in self._blocks

    # ----- the tick ------------------------------------------------------------------------------------

    def due(self) -> Due:
        """What falls due now, each marked as said (so the next tick does not say it again)."""
        now = self.now()
        found = Due()
        for procedure_id, block in list(self._blocks.items()):
            minutes = newly_due(block.sheet, block.ratings(), now, block.announced)
            if minutes is not None:
                block.announced.add(minutes)
                found.blocks.append((procedure_id, minutes))
        if self.quiet:
            return found
        reminder = self.reminder()
        if reminder.due(now, self.recorded_today()):
            self._keep_said(reminder.shown(now))
            found.reminder = True
        found.follow_ups = self._follow_ups(now)
        return found

    def _follow_ups(self, now: datetime) -> list[Dose]:
        try:
            doses = self._doses.between(prompts.follow_up_window_start(now), now.date())
        except DiaryError:
            return []
        asked = prompts.read_asked(self.get(prompts.FOLLOW_UPS_ASKED_KEY))
        due = prompts.follow_ups_due(doses, now, asked)
        if due:
            still = {dose.id for dose in doses if dose.id in asked}  # older ones are forgotten: they cannot fall due
            self.keep({prompts.FOLLOW_UPS_ASKED_KEY: prompts.asked_text({*still, *(d.id or 0 for d in due)})})
        return due
