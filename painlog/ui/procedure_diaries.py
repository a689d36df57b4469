"""What the procedure diaries do, for the Therapies page and the Today page alike: start a block diary and show its
sheet window (one per block, reopened at start-up while its sheet is open), answer a follow-up, start a stimulator
trial and record its days, and what Today offers on a given day."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from painlog.domain.follow_ups import due_follow_up, follow_up_days
from painlog.domain.stimulator_trial import Trial
from painlog.domain.therapy import Procedure, Therapy
from painlog.storage.checkins import CheckinRepository
from painlog.storage.procedure_diaries import ProcedureDiaryRepository
from painlog.storage.therapies import TherapyRepository
from painlog.ui.feedback import attempt
from painlog.ui.words import follow_up_offer, sheet_open, tr, trial_offer, trial_on

if TYPE_CHECKING:
    from painlog.ui.block_sheet import BlockSheetWindow
    from painlog.ui.desktop_notice import Tray
    from painlog.ui.prompt_timer import PromptTimer

BLOCK_KINDS = ("nerve_block", "injection")  # a block or an injection given as a test
TRIAL_KINDS = ("neuromodulation",)


@dataclass(frozen=True)
class Offer:
    """A calm line on Today with one button."""

    text: str
    button: str
    name: str  # what a screen reader hears for the button
    act: Callable[[QWidget, QLabel], bool]


class ProcedureDiaries(QObject):
    changed = Signal()  # something was saved

    def __init__(self, repository: ProcedureDiaryRepository, therapies: TherapyRepository,
                 checkins: CheckinRepository, *, scheduler: PromptTimer, tray: Tray, today: Callable[[], date],
                 window: QWidget) -> None:  # fmt: skip
        super().__init__(window)
        self.repository = repository
        self.therapies = therapies
        self.checkins = checkins
        self.scheduler = scheduler
        self.now = scheduler.now
        self._tray = tray
        self.today = today
        self._window = window
        self.windows: dict[int, BlockSheetWindow] = {}
        self.read_only = False

    # ----- block diaries -----------------------------------------------------------------------------

    def open_sheets(self) -> list[int]:
        """At start-up: every block diary whose sheet is still open is shown again, missed times marked (not by a
        window closed meanwhile: one replaced by a restore; nor by a read-only painlog, as the one that has the
        diary open shows them and gives the notices)."""
        shown: list[int] = []
        if self.read_only or not self._window.isVisible():
            return shown
        for sheet in self.repository.sheets():
            if sheet_open(sheet, self.repository.ratings(sheet.procedure_id), self.now()):
                self.show_sheet(sheet.procedure_id)
                shown.append(sheet.procedure_id)
        return shown

    def close_sheets(self) -> None:
        """With the main window: a sheet left open would keep painlog running (the sheet keeps its times)."""
        for window in self.windows.values():
            window.finish()

    def _open_sheet(self, procedure_id: int, _parent: QWidget, _message: QLabel) -> bool:
        return self.show_sheet(procedure_id) is not None

    def _answer_offered(
        self, therapy: Therapy, procedure: Procedure, due: int, parent: QWidget, message: QLabel
    ) -> bool:
        return self.answer_follow_up(parent, therapy, procedure, message, due)

    def _record_offered(self, trial: Trial, parent: QWidget, message: QLabel) -> bool:
        return self.record_trial_day(parent, trial, message)

    def show_sheet(self, procedure_id: int) -> QWidget | None:
        from painlog.ui.block_sheet import BlockSheetWindow

        window = self.windows.get(procedure_id)
        if window is None:
            sheet = self.repository.sheet(procedure_id)
            procedure = self._procedure(procedure_id)
            if sheet is None or procedure is None:
                return None
            window = BlockSheetWindow(self.repository, sheet, self.therapies.get(procedure.therapy_id),
                                      self.scheduler, self._tray, self._window)  # fmt: skip
            window.rated.connect(self.changed)
            if self.read_only:
                window.set_read_only()
            self.windows[procedure_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def start_block(self, parent: QWidget, therapy: Therapy, procedure: Procedure, message: QLabel) -> bool:
        """The sheet of this procedure, set up first if it has none."""
        if procedure.id is None:
            return False
        if self.repository.sheet(procedure.id) is None:
            from painlog.ui.procedure_dialogs import BlockSetupDialog

            now = self.now()  # on the procedure's day (set up the evening before, say, it is changed by hand)
            given = now if procedure.day == now.date() else datetime.combine(procedure.day, now.time())
            sheet = BlockSetupDialog.ask(parent, therapy=therapy, procedure=procedure, now=given)
            if sheet is None or not attempt(message, lambda: self.repository.save_sheet(sheet),
                                            tr("The block diary is started")):  # fmt: skip
                return False
            self.changed.emit()
        return self.show_sheet(procedure.id) is not None

    def _procedure(self, procedure_id: int) -> Procedure | None:
        return next((p for p in self.therapies.procedures() if p.id == procedure_id), None)

    # ----- follow-ups --------------------------------------------------------------------------------

    def follow_up_choices(self, procedure: Procedure, kind: str) -> list[int]:
        """The follow-up times whose day has come."""
        return [after for after in follow_up_days(kind) if procedure.day + timedelta(days=after) <= self.today()]

    def answer_follow_up(self, parent: QWidget, therapy: Therapy, procedure: Procedure, message: QLabel,
                         after: int | None = None) -> bool:  # fmt: skip
        from painlog.ui.procedure_dialogs import FollowUpDialog

        choices = self.follow_up_choices(procedure, therapy.kind)
        if not choices or procedure.id is None:
            return False
        answered = self.repository.follow_ups(procedure.id)
        due = due_follow_up(therapy.kind, procedure.day, answered, self.today())
        done = {f.after_days for f in answered}
        chosen = after or due or next((a for a in choices if a not in done), choices[-1])
        answer = FollowUpDialog.ask(parent, therapy=therapy, procedure=procedure, choices=choices,
                                    chosen_after=chosen, today=self.today())  # fmt: skip
        if answer is None:
            return False
        saved = attempt(message, lambda: self.repository.add_follow_up(answer, procedure.day, therapy.kind),
                        tr("Follow-up saved"))  # fmt: skip
        if saved:
            self.changed.emit()
        return saved

    # ----- stimulator trials -------------------------------------------------------------------------

    def start_trial(self, parent: QWidget, therapy: Therapy, message: QLabel) -> bool:
        from painlog.ui.procedure_dialogs import TrialDialog

        trial = TrialDialog.ask(parent, therapy=therapy, today=self.today())
        saved = trial is not None and attempt(message, lambda: self.repository.add_trial(trial), tr("Trial saved"))
        if saved:
            self.changed.emit()
        return saved

    def record_trial_day(self, parent: QWidget, trial: Trial, message: QLabel, day: date | None = None) -> bool:
        from painlog.ui.procedure_dialogs import TrialDayDialog

        day = day or min(max(self.today(), trial.start), trial.end)
        stored = next((d for d in self.repository.days(trial.id or 0) if d.day == day), None)
        answer = TrialDayDialog.ask(parent, trial=trial, day=day, stored=stored)
        saved = answer is not None and attempt(message, lambda: self.repository.save_day(answer),
                                               tr("Trial day saved"))  # fmt: skip
        if saved:
            self.changed.emit()
        return saved

    # ----- what Today offers -------------------------------------------------------------------------

    def offers(self) -> list[Offer]:
        """Open block sheets, follow-ups due today, and today's trial day."""
        today, now = self.today(), self.now()
        found = []
        by_id = {t.id: t for t in self.therapies.all()}
        for sheet in self.repository.sheets():
            ratings = self.repository.ratings(sheet.procedure_id)
            procedure = self._procedure(sheet.procedure_id)
            if procedure is not None and sheet_open(sheet, ratings, now):
                name = by_id[procedure.therapy_id].name
                found.append(Offer(tr("Your block diary after {name} is open: its sheet counts down to each "
                                      "rating.").format(name=name), tr("Open the sheet"),
                    tr("Open the block diary of {name}").format(name=name),
                    partial(self._open_sheet, sheet.procedure_id)))  # fmt: skip
        for procedure in self.therapies.procedures():
            therapy = by_id.get(procedure.therapy_id)
            if therapy is None or procedure.id is None or not follow_up_days(therapy.kind):
                continue
            due = due_follow_up(therapy.kind, procedure.day, self.repository.follow_ups(procedure.id), today)
            if due is not None:
                found.append(Offer(follow_up_offer(therapy.kind, procedure.day, due, today), tr("Answer…"),
                                   tr("Answer the follow-up after {name}").format(name=therapy.name),
                                   partial(self._answer_offered, therapy, procedure, due)))  # fmt: skip
        trial = trial_on(self.repository.trials(), today)
        if trial is not None:
            recorded = any(d.day == today for d in self.repository.days(trial.id or 0))
            found.append(Offer(trial_offer(trial, today, recorded), tr("Trial day…"),
                               tr("Record today's stimulator trial day"),
                               partial(self._record_offered, trial)))  # fmt: skip
        return found
