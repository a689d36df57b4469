"""Taking a questionnaire and answering the PGIC, from the "How I'm coping" page and from Today's offers alike.

The flow: the questionnaire dialog (crisis screen on PHQ-9 question 9), the screen stored, and a positive short
form going on to its full form with its first answers already given.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QWidget

from painlog.domain.crisis import CrisisResources, crisis_resources
from painlog.domain.errors import ValidationError
from painlog.domain.impressions import Impression, Question
from painlog.domain.screens import GAD2, INSTRUMENTS, PHQ2, Screen, screens_due
from painlog.domain.therapy import RegimenChange
from painlog.domain.visits import next_visit
from painlog.storage.errors import DiaryError
from painlog.ui import coping_words as words
from painlog.ui import dialogs
from painlog.ui.words import refusal, tr

if TYPE_CHECKING:
    from painlog.storage.questionnaires import ImpressionRepository, ScreenRepository
    from painlog.storage.settings import SettingsRepository
    from painlog.storage.therapies import TherapyRepository
    from painlog.storage.visits import VisitRepository


class CopingSource(Protocol):
    screens: ScreenRepository
    impressions: ImpressionRepository
    settings: SettingsRepository
    visits: VisitRepository
    therapies: TherapyRepository


def system_country() -> str:
    """The ISO 3166 code of the computer's territory ("" when it has none, as in the C locale)."""
    return QLocale.territoryToCode(QLocale.system().territory())


class Coping(QObject):
    changed = Signal()  # a screen or an answer was stored or deleted
    said = Signal(str, bool)  # what happened, and whether it went well

    def __init__(self, source: CopingSource, *, today: Callable[[], date], read_only: bool = False,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.source = source
        self.today = today
        self.read_only = read_only

    # ----- the crisis screen --------------------------------------------------------------------------------

    def resources(self) -> CrisisResources:
        settings = self.source.settings
        return crisis_resources(
            words.country(settings.get(words.COUNTRY_KEY), system_country()), settings.get(words.OWN_LINE_KEY)
        )

    def show_crisis(self, parent: QWidget | None) -> None:
        dialogs.show_crisis(parent, self.resources())

    # ----- questionnaires -----------------------------------------------------------------------------------

    def take(self, parent: QWidget | None, code: str, prefill: Sequence[int | None] = ()) -> Screen | None:
        """Ask one questionnaire and store it; a positive short form offers its full form right after."""
        from painlog.ui.questionnaire_dialog import QuestionnaireDialog

        answered = QuestionnaireDialog.ask(parent, INSTRUMENTS[code], day=self.today(), prefill=prefill,
                                           on_self_harm=self.show_crisis)  # fmt: skip
        if answered is None:
            return None
        stored = self._write(lambda: self.source.screens.add(answered), tr("Your answers are saved."))
        if not isinstance(stored, Screen):
            return None
        text, full = words.go_on_words(stored, tr), stored.goes_on_to
        if text is not None and full is not None and dialogs.ask_go_on(parent, text, full):
            self.take(parent, full, words.prefilled(INSTRUMENTS[full], stored))
        return stored

    def take_short_forms(self, parent: QWidget | None) -> None:
        """The two-weekly check: PHQ-2 then GAD-2, each going on to its full form when it screens positive."""
        for form in (PHQ2, GAD2):
            if self.take(parent, form.code) is None:
                return

    def delete(self, screen: Screen) -> None:
        if screen.id is not None:
            screen_id = screen.id
            self._write(lambda: self.source.screens.delete(screen_id), tr("The questionnaire was deleted."))

    def screens_due(self) -> bool:
        """Whether Today offers the two-weekly questionnaires now (at most once a day)."""
        settings, today = self.source.settings, self.today()
        coming = next_visit(self.source.visits.all(), today)
        return screens_due(
            self.source.screens.last_day(), today, every_days=words.every_days(settings.get(words.EVERY_DAYS_KEY)),
            next_visit=coming.day if coming else None, offered_on=words.offered_on(settings.get(words.OFFERED_ON_KEY)),
        )  # fmt: skip

    def mark_offered(self, key: str) -> None:
        """Remember that an offer was made today; a read-only or locked diary just offers again tomorrow."""
        with contextlib.suppress(DiaryError):
            self.source.settings.set(key, self.today().isoformat())

    # ----- the PGIC -----------------------------------------------------------------------------------------

    def changes(self) -> dict[int, RegimenChange]:
        therapies = self.source.therapies
        return words.course_changes(therapies.all(), therapies.regimens())

    def impression_due(self) -> tuple[Question, str] | None:
        """The PGIC question due today with its words, or None."""
        changes = self.changes()
        question = words.impression_due(self.source.visits.all(), changes, self.source.impressions.all(), self.today())
        return None if question is None else (question, words.question_words(question, changes, self.today(), tr))

    def impression_offered_today(self) -> bool:
        return words.offered_on(self.source.settings.get(words.IMPRESSION_OFFERED_ON_KEY)) == self.today()

    def ask_impression(self, parent: QWidget | None) -> Impression | None:
        from painlog.ui.impression_dialog import ImpressionDialog

        due = self.impression_due()
        if due is None:
            return None
        question, text = due
        answer = ImpressionDialog.ask(parent, text)
        if answer is None:
            return None
        impression = Impression(self.today(), answer, question.since, question.visit_id, question.regimen_id)
        stored = self._write(lambda: self.source.impressions.add(impression), tr("Your answer is saved."))
        return stored if isinstance(stored, Impression) else None

    def _write(self, write: Callable[[], object], done: str) -> object:
        """Run a write; a refusal is said in its sentence, and nothing of it is kept."""
        try:
            result = write()
        except (ValidationError, DiaryError) as error:
            self.said.emit(refusal(error), False)
            return None
        self.said.emit(done, True)
        self.changed.emit()
        return result
