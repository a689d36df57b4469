"""The mood and anxiety screens (PHQ-9, PHQ-2, GAD-7, GAD-2) as data, and their scoring by the published rules.

Items and answers are the published instruments' own words (Kroenke, Spitzer & Williams 2001; Spitzer et al.
2006; released by Pfizer with no permission needed to reproduce, translate, display or distribute). Nothing
here diagnoses: a total is "in the moderate range", a short form "screens positive".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP

# Every item's four answers, scored 0–3 in this order.
ANSWERS = (QT_TR_NOOP("Not at all"), QT_TR_NOOP("Several days"), QT_TR_NOOP("More than half the days"),
           QT_TR_NOOP("Nearly every day"))  # fmt: skip
# The unscored last question of the full forms.
DIFFICULTY_QUESTION = QT_TR_NOOP(
    "If you checked off any problems, how difficult have these problems made it for you to do your work, "
    "take care of things at home, or get along with other people?"
)
DIFFICULTY_ANSWERS = (QT_TR_NOOP("Not difficult at all"), QT_TR_NOOP("Somewhat difficult"),
                      QT_TR_NOOP("Very difficult"), QT_TR_NOOP("Extremely difficult"))  # fmt: skip
RECALL = QT_TR_NOOP("Over the last 2 weeks, how often have you been bothered by any of the following problems?")

_PHQ9_ITEMS = (
    QT_TR_NOOP("Little interest or pleasure in doing things"),
    QT_TR_NOOP("Feeling down, depressed, or hopeless"),
    QT_TR_NOOP("Trouble falling or staying asleep, or sleeping too much"),
    QT_TR_NOOP("Feeling tired or having little energy"),
    QT_TR_NOOP("Poor appetite or overeating"),
    QT_TR_NOOP("Feeling bad about yourself — or that you are a failure or have let yourself or your family down"),
    QT_TR_NOOP("Trouble concentrating on things, such as reading the newspaper or watching television"),
    QT_TR_NOOP(
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety "
        "or restless that you have been moving around a lot more than usual"
    ),
    QT_TR_NOOP("Thoughts that you would be better off dead or of hurting yourself in some way"),
)
# LOINC codes of the items, as the HL7 Personal Health Record format IG's PHQ-9 and GAD-7 examples use them.
_PHQ9_LOINC = ("44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8")
# Not marked for translation: painlog has no official Spanish GAD-7 (painlog.wording.screens.OFFICIAL).
_GAD7_ITEMS = (
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
)
_GAD7_LOINC = ("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7")

SELF_HARM_ITEM = 8  # PHQ-9 item 9, counted from 0: any answer above "Not at all" shows crisis resources at once


@dataclass(frozen=True)
class Instrument:
    code: str  # stored in questionnaires.instrument
    title: str
    items: tuple[str, ...]
    item_loinc: tuple[str, ...]
    total_loinc: str | None  # None where no code was found in a public source to cite
    bands: tuple[tuple[int, str], ...]  # (lowest total, band), lowest first; short forms have none
    positive_at: int  # a total at or above this screens positive
    full_form: str | None  # the full form a positive short form goes on to
    asks_difficulty: bool
    source: str

    @property
    def highest(self) -> int:
        return 3 * len(self.items)

    @property
    def topic(self) -> str:
        """ "depression" or "anxiety": a short form and its full form belong to one topic."""
        return "depression" if self.code.startswith("PHQ") else "anxiety"

    def band(self, total: int) -> str | None:
        """The published severity band of `total` ("minimal" … "severe"); None for a short form."""
        named = [name for lowest, name in self.bands if total >= lowest]
        return named[-1] if named else None


PHQ9 = Instrument(
    "PHQ-9", QT_TR_NOOP("Patient Health Questionnaire (PHQ-9)"), _PHQ9_ITEMS, _PHQ9_LOINC, "44261-6",
    ((0, QT_TR_NOOP("minimal")), (5, QT_TR_NOOP("mild")), (10, QT_TR_NOOP("moderate")),
     (15, QT_TR_NOOP("moderately severe")), (20, QT_TR_NOOP("severe"))),
    10, None, True, "Kroenke, Spitzer & Williams, J Gen Intern Med 2001 (≥ 10: 88 % sensitivity and specificity)",
)  # fmt: skip
PHQ2 = Instrument(
    "PHQ-2", QT_TR_NOOP("Patient Health Questionnaire (PHQ-2)"), _PHQ9_ITEMS[:2], _PHQ9_LOINC[:2], "55758-7", (),
    3, "PHQ-9", False, "Kroenke, Spitzer & Williams, Med Care 2003 (≥ 3 screens positive)",
)  # fmt: skip
GAD7 = Instrument(
    "GAD-7", QT_TR_NOOP("Generalized Anxiety Disorder scale (GAD-7)"), _GAD7_ITEMS, _GAD7_LOINC, "70274-6",
    ((0, QT_TR_NOOP("minimal")), (5, QT_TR_NOOP("mild")), (10, QT_TR_NOOP("moderate")), (15, QT_TR_NOOP("severe"))),
    10, None, True, "Spitzer, Kroenke, Williams & Löwe, Arch Intern Med 2006 (≥ 10: 89 % sensitive, 82 % specific)",
)  # fmt: skip
GAD2 = Instrument(
    "GAD-2", QT_TR_NOOP("Generalized Anxiety Disorder scale (GAD-2)"), _GAD7_ITEMS[:2], _GAD7_LOINC[:2], None, (),
    3, "GAD-7", False, "Kroenke et al., Ann Intern Med 2007 (≥ 3 screens positive)",
)  # fmt: skip

INSTRUMENTS: dict[str, Instrument] = {i.code: i for i in (PHQ9, PHQ2, GAD7, GAD2)}


@dataclass(frozen=True)
class Screen:
    """One completed questionnaire: an answer 0–3 to each item, in the instrument's order."""

    day: date
    instrument: str
    answers: tuple[int, ...]
    difficulty: int | None = None  # index into DIFFICULTY_ANSWERS; full forms only, not scored
    id: int | None = None

    @property
    def form(self) -> Instrument:
        return INSTRUMENTS[self.instrument]

    @property
    def total(self) -> int:
        return sum(self.answers)

    @property
    def band(self) -> str | None:
        return self.form.band(self.total)

    @property
    def positive(self) -> bool:
        return self.total >= self.form.positive_at

    @property
    def self_harm(self) -> bool:
        """PHQ-9 item 9 answered above "Not at all": crisis resources on screen now, first on the summary."""
        return self.instrument == PHQ9.code and self.answers[SELF_HARM_ITEM] > 0

    @property
    def goes_on_to(self) -> str | None:
        """The full form a positive short form leads to (None when negative or already the full form)."""
        return self.form.full_form if self.positive else None

    def validated(self) -> Screen:
        form = INSTRUMENTS.get(self.instrument)
        if form is None:
            raise ValidationError(
                "instrument", QT_TR_NOOP("Unknown questionnaire: {instrument}."), instrument=self.instrument
            )
        if len(self.answers) != len(form.items):
            raise ValidationError(
                "answers",
                QT_TR_NOOP("The {code} has {questions} questions; {answered} were answered."),
                code=form.code,
                questions=len(form.items),
                answered=len(self.answers),
            )
        for number, answer in enumerate(self.answers, start=1):
            if isinstance(answer, bool) or not isinstance(answer, int) or not 0 <= answer <= 3:
                raise ValidationError(
                    "answers",
                    QT_TR_NOOP("Question {number} of the {code} needs one of its four answers."),
                    number=number,
                    code=form.code,
                )
        if self.difficulty is not None:
            if not form.asks_difficulty:
                raise ValidationError(
                    "difficulty", QT_TR_NOOP("The {code} has no question about difficulty."), code=form.code
                )
            if isinstance(self.difficulty, bool) or self.difficulty not in range(len(DIFFICULTY_ANSWERS)):
                raise ValidationError("difficulty", QT_TR_NOOP("The difficulty needs one of its four answers."))
        return self


@dataclass(frozen=True)
class Standing:
    """The latest screen of a topic as of a day, with the one before it of the same instrument."""

    latest: Screen
    previous: Screen | None

    @property
    def change(self) -> int | None:
        """Points since the previous screen of the same instrument (negative is better)."""
        return None if self.previous is None else self.latest.total - self.previous.total


def standing(screens: Iterable[Screen], topic: str, end: date) -> Standing | None:
    """The latest full-form screen of `topic` on or before `end` (a short form when no full form exists).

    The previous one is of the same instrument, so totals on different ranges are never subtracted.
    """
    of_topic = sorted((s for s in screens if s.form.topic == topic and s.day <= end), key=lambda s: (s.day, s.id or 0))
    full = [s for s in of_topic if s.form.full_form is None]
    pool = full or of_topic
    if not pool:
        return None
    latest = pool[-1]
    same = [s for s in pool[:-1] if s.instrument == latest.instrument]
    return Standing(latest, same[-1] if same else None)


def in_period(screens: Iterable[Screen], start: date, end: date) -> list[Screen]:
    """Screens from `start` to `end`, oldest first."""
    return sorted((s for s in screens if start <= s.day <= end), key=lambda s: (s.day, s.id or 0))


DUE_EVERY_DAYS = 14  # the recall period: a screen more often than this would overlap the one before
BEFORE_VISIT_DAYS = 7  # a visit this close gets a fresh screen when the last one is older than the recall


def screens_due(last_taken: date | None, today: date, *, every_days: int = DUE_EVERY_DAYS,
                next_visit: date | None = None, offered_on: date | None = None) -> bool:  # fmt: skip
    """Whether Today offers the questionnaires: never taken, or `every_days` since the last, or a visit within
    a week and the last older than the two-week recall. Offered at most once a day (`offered_on`)."""
    if offered_on == today:
        return False
    if last_taken is None:
        return True
    since = (today - last_taken).days
    if since >= every_days:
        return True
    visit_soon = next_visit is not None and 0 <= (next_visit - today).days <= BEFORE_VISIT_DAYS
    return visit_soon and since > DUE_EVERY_DAYS
