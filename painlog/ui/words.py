"""The UI's words: the app's translator (`tr`, over the translators the app installed: painlog.languages), and
painlog.wording's functions bound to it, so a widget writes `describe_regimen(regimen)`."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from painlog.storage.failures import Phrase
from painlog.wording import clinical, dates, procedures, refusals, scales, screens, sentences
from painlog.wording.clinical import (  # noqa: F401 - re-exported for the widgets
    CATEGORY_WORDS,
    DOSE_UNITS,
    EVENT_WORDS,
    GOAL_STATUS_WORDS,
    INGREDIENTS,
    KIND_GROUP_WORDS,
    KIND_WORDS,
    LOCATION_WORDS,
    NAME_HINTS,
    QUALITY_WORDS,
    ROUTE_WORDS,
    SCHEDULE_WORDS,
    SEVERITY_WORDS,
    STOP_REASON_WORDS,
    WEEKDAY_WORDS,
)
from painlog.wording.menus import EXPORT_WORDS  # noqa: F401 - re-exported for the widgets
from painlog.wording.procedures import (  # noqa: F401 - re-exported for the widgets
    ACTIVITY_WORDS,
    ANAESTHETIC_WORDS,
    newly_due,
    offset,
    rateable,
    sheet_open,
    sheet_rows,
    trial_on,
)
from painlog.wording.scales import ScaleWords  # noqa: F401 - re-exported for the widgets
from painlog.wording.sentences import number  # noqa: F401 - re-exported for the widgets
from painlog.wording.translator import Translator


def _installed(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


class _AppTranslator(Translator):
    """The installed translators, in the language painlog.languages made the default locale's."""

    @property
    def language(self) -> str:
        return QLocale().name().split("_")[0]


tr = _AppTranslator("app", _installed)
better_hint = partial(scales.better_hint, tr=tr)
scale_words = partial(scales.scale_words, tr=tr)
location_word = partial(clinical.location_word, tr=tr)
quality_word = partial(clinical.quality_word, tr=tr)
days = partial(sentences.days, tr=tr)
describe_episode = partial(sentences.describe_episode, tr=tr)
describe_period = partial(sentences.describe_period, tr=tr)
describe_procedure = partial(sentences.describe_procedure, tr=tr)
describe_regimen = partial(sentences.describe_regimen, tr=tr)


def word(table: dict[str, str], code: str | None) -> str:
    return clinical.word(table, code, tr)


def long_day(day: date) -> str:
    """The day in full, as the person's language writes it ("Thursday, 26 November 2026"): in titles, and in the
    names a screen reader gives the controls of one day."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


# Procedure diaries and mood screens, in the app's language.
countdown = partial(procedures.countdown, tr=tr)
describe_anaesthetic = partial(procedures.describe_anaesthetic, tr=tr)
describe_late_and_missed = partial(procedures.describe_late_and_missed, tr=tr)
describe_peak = partial(procedures.describe_peak, tr=tr)
describe_row = partial(procedures.describe_row, tr=tr)
describe_span = partial(procedures.describe_span, tr=tr)
due_message = partial(procedures.due_message, tr=tr)
describe_trial = partial(procedures.describe_trial, tr=tr)
describe_trial_day = partial(procedures.describe_trial_day, tr=tr)
describe_trial_days = partial(procedures.describe_trial_days, tr=tr)
follow_up_lines = partial(procedures.follow_up_lines, tr=tr)
follow_up_offer = partial(procedures.follow_up_offer, tr=tr)
trial_offer = partial(procedures.trial_offer, tr=tr)
after_words = partial(procedures.after_words, tr=tr)
parse_times = partial(procedures.parse_times, tr=tr)
describe_answer = partial(screens.describe_answer, tr=tr)
describe_sleep_relation = partial(sentences.describe_sleep_relation, tr=tr)
describe_missing_judgement = partial(sentences.describe_missing_judgement, tr=tr)


def day_words(day: date, today: date) -> str:
    return dates.day_words(day, today, tr)


def weekday_day(day: date) -> str:
    return dates.short_weekday_day(day, tr)


def words_of(table: dict[str, str]) -> dict[str, str]:
    """A table of marked words (painlog.wording.clinical) in the app's language, code → words, for a drop-down."""
    return {code: tr.known(words) for code, words in table.items()}


def said(phrase: Phrase | str) -> str:
    """A Phrase (an import's problem, say) in the app's language; a plain sentence as it is."""
    return refusals.said(phrase, tr)


def refusal(error: Exception) -> str:
    """A refusal (a rule of the diary, a file problem) as one sentence in the app's language."""
    return refusals.refusal(error, tr)
