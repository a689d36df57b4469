"""The words and small decisions of the "How I'm coping" page, its questionnaires and its offers on Today.

No Qt here, so each rule is tested without widgets. Nothing diagnoses: a total is "in the mild range", a form
"screens positive", and the advice is "talk to your clinician".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from painlog.domain.crisis import CrisisResources
from painlog.domain.impressions import Impression, Question, change_questions, visit_question
from painlog.domain.screens import DUE_EVERY_DAYS, INSTRUMENTS, Instrument, Screen, Standing
from painlog.domain.therapy import Regimen, RegimenChange, Therapy, regimen_changes
from painlog.domain.visits import Visit
from painlog.wording import ENGLISH, QT_TR_NOOP, Translator
from painlog.wording.clinical import word
from painlog.wording.dates import day_words
from painlog.wording.screens import PGIC_WORDS
from painlog.wording.sentences import number

# Settings keys (documented in resources/diary-format.md).
EVERY_DAYS_KEY = "screens_every_days"
OFFERED_ON_KEY = "screens_offered_on"
IMPRESSION_OFFERED_ON_KEY = "impression_offered_on"
COUNTRY_KEY = "crisis_country"
OWN_LINE_KEY = "crisis_line"
EVERY_DAYS_RANGE = (1, 365)

# The countries of domain.crisis's table, by ISO 3166 code.
COUNTRY_WORDS = {"US": QT_TR_NOOP("United States"), "CA": QT_TR_NOOP("Canada"), "GB": QT_TR_NOOP("United Kingdom"),
                 "IE": QT_TR_NOOP("Ireland"), "ES": QT_TR_NOOP("Spain"), "AU": QT_TR_NOOP("Australia")}  # fmt: skip
TOPIC_WORDS = {"depression": QT_TR_NOOP("Mood"), "anxiety": QT_TR_NOOP("Worry and anxiety")}


def score_words(screen: Screen, tr: Translator = ENGLISH) -> str:
    """ "score 8 of 27, in the mild range"; a positive screen adds "screens positive — talk to your clinician"."""
    values = {"total": screen.total, "highest": screen.form.highest}
    if screen.band is not None and screen.positive:
        return tr("score {total} of {highest}, in the {band} range, screens positive — talk to your clinician"
                  ).format(band=tr.known(screen.band), **values)  # fmt: skip
    if screen.band is not None:
        return tr("score {total} of {highest}, in the {band} range").format(band=tr.known(screen.band), **values)
    if screen.positive:
        return tr("score {total} of {highest}, screens positive — talk to your clinician").format(**values)
    return tr("score {total} of {highest}, screens negative").format(**values)


def result_words(screen: Screen, tr: Translator = ENGLISH) -> str:
    """The history table's last column: the band, or for a short form whether it screens positive."""
    if screen.band is not None:
        band = tr.known(screen.band)
        return tr("{band} (screens positive)").format(band=band) if screen.positive else band
    return tr("screens positive") if screen.positive else tr("screens negative")


def change_words(standing: Standing, today: date, tr: Translator = ENGLISH) -> str:
    """The change since the previous screen of the same form; lower is better on all four."""
    previous = standing.previous
    if previous is None or standing.change is None:
        return tr("The first {form} in the diary.").format(form=standing.latest.instrument)
    when = day_words(previous.day, today, tr)
    change = standing.change
    if change == 0:
        return tr("The same score as on {day}.").format(day=when)
    if change < 0:
        return tr("%n point(s) lower than on {day} ({total}).", None, -change).format(day=when, total=previous.total)
    return tr("%n point(s) higher than on {day} ({total}).", None, change).format(day=when, total=previous.total)


def standing_words(standing: Standing, today: date, tr: Translator = ENGLISH) -> str:
    """ "PHQ-9 on 2 November: score 8 of 27, in the mild range. 3 points lower than on 19 October (11)." """
    latest = standing.latest
    head = tr("{form} on {day}: {score}.").format(
        form=latest.instrument, day=day_words(latest.day, today, tr), score=score_words(latest, tr=tr)
    )
    return f"{head} {change_words(standing, today, tr=tr)}"


def missing_words(answers: Sequence[int | None], tr: Translator = ENGLISH) -> str:
    """Which questions still need an answer, numbered from 1; empty when all are answered."""
    missing = [str(number) for number, answer in enumerate(answers, start=1) if answer is None]
    if not missing:
        return ""
    if len(missing) == 1:
        return tr("Still to answer: question {n}.").format(n=missing[0])
    return tr("Still to answer: questions {list} and {last}.").format(list=", ".join(missing[:-1]), last=missing[-1])


def go_on_words(screen: Screen, tr: Translator = ENGLISH) -> str | None:
    """ "Your answers suggest going on to the PHQ-9 (7 more questions)."; None when the screen is negative."""
    full_code = screen.goes_on_to
    if full_code is None:
        return None
    more = len(INSTRUMENTS[full_code].items) - len(screen.answers)
    return tr("Your answers suggest going on to the {form} ({n} more questions).").format(form=full_code, n=more)


def prefilled(full: Instrument, short: Screen | None) -> list[int | None]:
    """The full form's answers to start from: a short form's items are the full form's first ones."""
    answers: list[int | None] = [None] * len(full.items)
    if short is not None and short.form.full_form == full.code:
        answers[: len(short.answers)] = short.answers
    return answers


def crisis_lines(resources: CrisisResources, tr: Translator = ENGLISH) -> list[str]:
    """One line per place to turn, the patient's own first, then what to do in danger."""
    lines = []
    for line in resources.lines:
        if line.number:
            lines.append(
                tr("{name}: {number} — {how}").format(name=line.name, number=line.number, how=tr.known(line.how))
            )
        else:
            lines.append(tr("Your own contact: {name}").format(name=line.name))
    return lines


def emergency_words(resources: CrisisResources, tr: Translator = ENGLISH) -> str:
    if resources.emergency is None:
        return tr("If you are in danger now, call your local emergency number.")
    return tr("If you are in danger now, call {emergency} / your local emergency number.").format(
        emergency=resources.emergency
    )


def country(setting: str, system_code: str) -> str:
    """The crisis lines' country: the patient's setting, else the system's territory (ISO 3166 code)."""
    return (setting.strip() or system_code).upper()


def every_days(setting: str) -> int:
    """The days between two-weekly questionnaires; the default for anything that is not a whole number in range."""
    low, high = EVERY_DAYS_RANGE
    try:
        value = int(setting)
    except ValueError:
        return DUE_EVERY_DAYS
    return value if low <= value <= high else DUE_EVERY_DAYS


def offered_on(setting: str) -> date | None:
    try:
        return date.fromisoformat(setting)
    except ValueError:
        return None


# ----- the PGIC ---------------------------------------------------------------------------------------------

OVERALL = QT_TR_NOOP("how would you describe the change in your overall condition?")


def course_changes(therapies: Iterable[Therapy], regimens: Iterable[Regimen]) -> dict[int, RegimenChange]:
    """Each course regimen's start or dose change, by regimen id (a procedure has no regimen)."""
    return {
        change.regimen.id: change
        for change in regimen_changes(therapies, regimens, date.min, date.max)
        if change.what in ("started", "changed") and change.regimen.id is not None and not change.therapy.is_procedure
    }


def impression_due(visits: Iterable[Visit], changes: dict[int, RegimenChange], asked: Sequence[Impression],
                   today: date) -> Question | None:  # fmt: skip
    """The PGIC question to ask today: the latest visit's first, else the earliest therapy change's."""
    visit = visit_question([(v.id, v.day) for v in visits if v.id is not None], asked, today)
    if visit is not None:
        return visit
    due = change_questions([(regimen_id, change.day) for regimen_id, change in changes.items()], asked, today)
    return due[0] if due else None


def dose_words(regimen: Regimen) -> str:
    return f"{number(regimen.dose_amount)} {regimen.dose_unit or ''}".strip() if regimen.dose_amount is not None else ""


def since_words(
    question: Question | Impression, changes: dict[int, RegimenChange], today: date, tr: Translator = ENGLISH
) -> str:
    """ "Since your visit on 2 November" / "Since starting gabapentin 600 mg on 1 October"."""
    when = day_words(question.since, today, tr)
    if question.regimen_id is None:
        return tr("Since your visit on {day}").format(day=when)
    change = changes.get(question.regimen_id)
    if change is None:  # a therapy deleted since
        return tr("Since {day}").format(day=when)
    therapy, dose = change.therapy.name, dose_words(change.regimen)
    if change.what == "changed":
        if not dose:  # a course without doses: its sessions changed
            return tr("Since changing {therapy} on {day}").format(therapy=therapy, day=when)
        return tr("Since changing {therapy} to {dose} on {day}").format(therapy=therapy, dose=dose, day=when)
    return tr("Since starting {what} on {day}").format(what=" ".join(p for p in (therapy, dose) if p), day=when)


def question_words(question: Question, changes: dict[int, RegimenChange], today: date, tr: Translator = ENGLISH) -> str:
    return f"{since_words(question, changes, today, tr=tr)}, {tr.known(OVERALL)}"


def impression_words(
    impression: Impression, changes: dict[int, RegimenChange], today: date, tr: Translator = ENGLISH
) -> str:
    """The page's list: "12 November — since your visit on 2 November: much improved"."""
    since = since_words(impression, changes, today, tr=tr)
    return tr("{day} — {since}: {answer}").format(day=day_words(impression.day, today, tr),
                                                  since=since[:1].lower() + since[1:],
                                                  answer=word(PGIC_WORDS, impression.answer, tr))  # fmt: skip
