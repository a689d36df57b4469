"""What the Today page decides, without Qt: the day shown, its answers, whether they are saved, what to write.

The page (painlog/ui/today_page.py) lays the form out and forwards each edit here; this presenter tells it what
to show through `TodayView`, and reads and writes the diary through the repository protocols below.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from enum import Enum
from typing import Protocol

from painlog.domain import clock
from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.errors import ChangedElsewhereError, KnownProblemError, ValidationError
from painlog.presenters.questions import Elsewhere, Unsaved

REQUIRED = ("pain_avg", "enjoyment", "activity", "mood")  # the PEG's three items and mood


@dataclass(frozen=True)
class Answers:
    """What the form shows, named as CheckIn names its fields; None is a question not answered."""

    pain_avg: int | None = None
    pain_worst: int | None = None
    pain_least: int | None = None
    enjoyment: int | None = None
    activity: int | None = None
    mood: int | None = None
    sleep_quality: int | None = None
    sleep_hours: float | None = None
    locations: tuple[str, ...] = ()
    qualities: tuple[str, ...] = ()
    note: str = ""
    for_doctor: bool = False

    @classmethod
    def of(cls, checkin: CheckIn | None) -> Answers:
        """The answers a stored day holds; a day without an entry has none."""
        if checkin is None:
            return cls()
        return cls(**{field.name: getattr(checkin, field.name) for field in fields(cls)})

    def missing(self) -> tuple[str, ...]:
        """The required questions not answered yet, in the form's order."""
        return tuple(name for name in REQUIRED if getattr(self, name) is None)

    def checkin(self, day: date) -> CheckIn:
        """The day's check-in from these answers (once nothing required is missing)."""
        return CheckIn(day=day, **dataclasses.asdict(self))


class Status(Enum):
    """What the line under the day's title says about it."""

    NEW = "new"  # nothing recorded yet, and nothing entered
    SAVED = "saved"  # the form shows the day as it is saved
    UNSAVED = "unsaved"  # the form differs from what is saved
    READ_ONLY_SAVED = "read-only saved"  # another painlog has the diary: look, don't change
    READ_ONLY_EMPTY = "read-only empty"


class Outcome(Enum):
    """What became of something the person asked for, for the message line beside Save."""

    SAVED = "saved"  # text: the time it was saved, "14:05"
    MISSING = "missing"  # fields: the required questions not answered; nothing was saved
    REFUSED = "refused"  # text: the domain's or the diary's sentence; nothing was kept
    NOT_SAVED = "not saved"  # text: what changed elsewhere; the person chose to save nothing yet
    RELOADED = "reloaded"  # the person chose the version saved elsewhere over theirs
    NOT_DELETED = "not deleted"  # text: what changed elsewhere; the day as saved now is shown
    DELETED = "deleted"
    FLARE_SAVED = "flare saved"


@dataclass(frozen=True)
class Said:
    outcome: Outcome
    text: str = ""
    fields: tuple[str, ...] = ()  # the fields it is about, as CheckIn names them
    error: Exception | None = field(default=None, compare=False)  # a refusal, for the view to word in its language


@dataclass(frozen=True)
class DayShown:
    """The day on the page and how far the person may go from it."""

    day: date
    furthest: date  # the last day the page offers (see TodayPresenter.furthest_day)
    today: date

    @property
    def days_ago(self) -> int:
        return (self.today - self.day).days

    @property
    def can_go_later(self) -> bool:
        return self.day < self.furthest


class TodayView(Protocol):
    """What the page shows and asks for this presenter; the widget words it all."""

    def answers(self) -> Answers: ...  # what the form shows now
    def show_answers(self, answers: Answers) -> None: ...
    def show_day(self, shown: DayShown) -> None: ...
    def show_status(self, status: Status, deletable: bool) -> None: ...
    def show_flares(self, flares: Sequence[Episode]) -> None: ...
    def show_medications(self, day: date) -> None: ...
    def say(self, said: Said) -> None: ...
    def clear_message(self) -> None: ...
    def ask_save_changes(self) -> Unsaved: ...
    def ask_changed_elsewhere(self, changed: ChangedElsewhereError) -> Elsewhere: ...
    def confirm_delete_day(self, day: date) -> bool: ...
    def ask_flare(self, day: date, flare: Episode | None) -> Episode | None: ...
    def confirm_delete_flare(self, flare: Episode) -> bool: ...
    def diary_changed(self, day: date) -> None: ...  # the rest of the window shows what was written


class Recorded(Protocol):
    def last_day(self) -> date | None: ...


class CheckinStore(Recorded, Protocol):
    """The check-ins. save and delete write only over `expected` (what the form opened with), else raise
    ChangedElsewhereError; any other refusal is a KnownProblemError or a ValidationError, and nothing is written."""

    def get(self, day: date) -> CheckIn | None: ...
    def save(self, checkin: CheckIn, *, expected: CheckIn | None) -> str: ...  # returns when, ISO
    def delete(self, day: date, *, expected: CheckIn | None) -> None: ...


class FlareStore(Recorded, Protocol):
    def on_day(self, day: date) -> list[Episode]: ...
    def add(self, episode: Episode) -> Episode: ...
    def update(self, episode: Episode) -> None: ...
    def delete(self, episode_id: int) -> None: ...


class TodayPresenter:
    """One day at a time: its answers are unsaved exactly when the form differs from what the diary holds."""

    def __init__(
        self,
        view: TodayView,
        checkins: CheckinStore,
        flares: FlareStore,
        *,
        also_recorded: Sequence[Recorded] = (),
        today: Callable[[], date] = clock.today,
        latest: Callable[[], date] = clock.latest_day,
    ) -> None:
        """`also_recorded`: other records of a day (doses) that let the page go as far as their last day."""
        self.view = view
        self._checkins = checkins
        self._flares = flares
        self._recorded: tuple[Recorded, ...] = (checkins, flares, *also_recorded)
        self._today = today
        self._latest = latest
        self.day = today()
        self.stored: CheckIn | None = None  # the version the form opened with, or saved last
        self._clean = Answers()  # what the form showed when it matched the diary
        self._showing = False
        self.read_only = False

    # ----- the day shown ---------------------------------------------------------------------------

    def open_day(self, day: date) -> bool:
        """Show `day`, first asking about unsaved changes; False if the person chose to stay."""
        day = min(day, self.furthest_day())
        if day == self.day:
            self.show_day()
            return True
        if not self.can_leave():
            self.show_day()
            return False
        self._load(day)
        return True

    def can_leave(self) -> bool:
        """True when nothing unsaved would be lost: saved first, or thrown away, as the person chose."""
        if not self.is_dirty():
            return True
        answer = self.view.ask_save_changes()
        if answer is Unsaved.SAVE:
            return self.save()
        if answer is Unsaved.DISCARD:
            self.refresh()  # the form shows the day as stored again
            return True
        return False

    def is_dirty(self) -> bool:
        return self.view.answers() != self._clean

    def refresh(self) -> None:
        """Re-read the day from the diary (after it changed elsewhere), keeping nothing unsaved."""
        self._load(self.day)

    def edited(self) -> None:
        """The person changed an answer: an older message is no longer news, and the day may now be unsaved."""
        if self._showing:  # the form is being filled with the stored day, not edited
            return
        self.view.clear_message()
        self._show_status()

    def set_read_only(self) -> None:
        self.read_only = True
        self._show_status()

    def furthest_day(self) -> date:
        """How far the page goes: today here, or a later day that already holds a check-in, dose or flare (saved
        before flying west, it is "tomorrow" here yet not in the future). An empty tomorrow is never offered,
        though saving one is allowed up to clock.latest_day(): a patient in the Americas should not record
        tomorrow by a slip of "Next day"."""
        latest = self._latest()
        recorded = (source.last_day() for source in self._recorded)
        return max([self._today(), *(day for day in recorded if day is not None and day <= latest)])

    def _load(self, day: date) -> None:
        self.day = day
        self.stored = self._checkins.get(day)
        self._showing = True
        try:
            self.view.show_answers(Answers.of(self.stored))
        finally:
            self._showing = False
        self._clean = self.view.answers()  # as the form shows it (rounded, in the form's order)
        self.show_day()
        self.view.show_flares(self._flares.on_day(day))
        self.view.show_medications(day)
        self.view.clear_message()
        self._show_status()

    def show_day(self) -> None:
        """Show which day this is and how far the page goes (again, when the date field was moved or rebuilt)."""
        self.view.show_day(DayShown(self.day, self.furthest_day(), self._today()))

    def _show_status(self) -> None:
        if self.read_only:
            status = Status.READ_ONLY_SAVED if self.stored else Status.READ_ONLY_EMPTY
        elif self.is_dirty():
            status = Status.UNSAVED
        else:
            status = Status.NEW if self.stored is None else Status.SAVED
        self.view.show_status(status, deletable=self.stored is not None)

    # ----- saving ----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and write the day; True once it is on disk.

        The day is written only over the version this page opened with: if another window or program saved
        it since, the person chooses between that version and theirs; nothing is overwritten unasked.
        """
        answers = self.view.answers()
        missing = answers.missing()
        if missing:
            self.view.say(Said(Outcome.MISSING, fields=missing))
            return False
        try:
            checkin = answers.checkin(self.day).validated(self._latest())
            stamp = self._checkins.save(checkin, expected=self.stored)
        except ChangedElsewhereError as changed:
            return self._changed_elsewhere(changed)
        except ValidationError as error:
            self.view.say(Said(Outcome.REFUSED, str(error), (error.field,), error))
            return False
        except KnownProblemError as error:
            self.view.say(Said(Outcome.REFUSED, str(error), error=error))
            return False
        self.stored = self._checkins.get(self.day)
        self._clean = answers
        self._show_status()
        self.view.say(Said(Outcome.SAVED, stamp[11:16]))
        self.view.diary_changed(self.day)
        return True

    def _changed_elsewhere(self, changed: ChangedElsewhereError) -> bool:
        answer = self.view.ask_changed_elsewhere(changed)
        if answer is Elsewhere.KEEP_MINE:
            self.stored = changed.stored  # the person has seen that version and chose theirs
            return self.save()
        if answer is Elsewhere.RELOAD:
            self._load(self.day)
            self.view.say(Said(Outcome.RELOADED))
        else:
            self.view.say(Said(Outcome.NOT_SAVED, str(changed), error=changed))
        return False

    def delete_day(self) -> None:
        """Delete the day's entry (its flares stay), once the person confirms."""
        if self.stored is None or not self.view.confirm_delete_day(self.day):
            return
        try:
            self._checkins.delete(self.day, expected=self.stored)
        except ChangedElsewhereError as changed:
            self._load(self.day)
            self.view.say(Said(Outcome.NOT_DELETED, str(changed), error=changed))
            return
        except KnownProblemError as error:
            self.view.say(Said(Outcome.REFUSED, str(error), error=error))
            return
        self._load(self.day)
        self.view.say(Said(Outcome.DELETED))
        self.view.diary_changed(self.day)

    # ----- flares ----------------------------------------------------------------------------------

    def log_flare(self) -> None:
        flare = self.view.ask_flare(self.day, None)
        if flare is not None:
            self._store_flare(lambda: self._flares.add(flare))

    def edit_flare(self, current: Episode | None) -> None:
        flare = self.view.ask_flare(self.day, current) if current is not None else None
        if current is not None and flare is not None:
            self._store_flare(lambda: self._flares.update(dataclasses.replace(flare, id=current.id)))

    def delete_flare(self, current: Episode | None) -> None:
        if current is None or current.id is None or not self.view.confirm_delete_flare(current):
            return
        flare_id = current.id
        self._store_flare(lambda: self._flares.delete(flare_id))

    def _store_flare(self, write: Callable[[], object]) -> None:
        """A flare is written at once, apart from the day's answers (which stay as they are, saved or not)."""
        try:
            write()
        except (ValidationError, KnownProblemError) as error:
            self.view.say(Said(Outcome.REFUSED, str(error), error=error))
            return
        self.view.say(Said(Outcome.FLARE_SAVED))
        self.view.show_flares(self._flares.on_day(self.day))
        self.view.diary_changed(self.day)
