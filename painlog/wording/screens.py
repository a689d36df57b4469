"""The words for mood and anxiety screens and PGIC answers, shared by the screens, the summary and exports.

Nothing here diagnoses: a total is "in the mild range", a form "screens positive" (clinical.md). The
questionnaires' own words are the domain's (painlog.domain.screens), marked for translation there.
"""

from __future__ import annotations

from painlog.domain.screens import ANSWERS, SELF_HARM_ITEM, Screen, Standing
from painlog.wording.clinical import word
from painlog.wording.translator import ENGLISH, QT_TR_NOOP, Translator

# The questionnaires whose official translation painlog ships, by language (the publisher's own wording: a
# validated instrument is never translated by painlog). Pfizer's Spanish (US) PHQ-9 serves the PHQ-2 too; the
# GAD-7 and GAD-2 stay in English in Spanish until their official Spanish wording is added.
OFFICIAL = {"es": frozenset({"PHQ-9", "PHQ-2"})}

TOPIC_WORDS = {"depression": QT_TR_NOOP("Depression screen"), "anxiety": QT_TR_NOOP("Anxiety screen")}
PGIC_WORDS = {  # painlog.domain.impressions.PGIC_ANSWERS, best first
    "very_much_improved": QT_TR_NOOP("very much improved"),
    "much_improved": QT_TR_NOOP("much improved"),
    "minimally_improved": QT_TR_NOOP("minimally improved"),
    "no_change": QT_TR_NOOP("no change"),
    "minimally_worse": QT_TR_NOOP("minimally worse"),
    "much_worse": QT_TR_NOOP("much worse"),
    "very_much_worse": QT_TR_NOOP("very much worse"),
}


def instrument_words(code: str, tr: Translator) -> Translator:
    """The translator for a questionnaire's own words (its stem, items and answers): `tr` where painlog has
    the official translation in `tr`'s language, else English."""
    if tr.language in ("en", *(lang for lang, codes in OFFICIAL.items() if code in codes)):
        return tr
    return ENGLISH


def in_english_note(code: str, tr: Translator) -> str:
    """Said above a questionnaire shown in English in another language ("" when it is in `tr`'s language)."""
    if instrument_words(code, tr) is tr:
        return ""
    return tr("This questionnaire is shown in English: painlog does not include its official translation yet, "
              "and a questionnaire like this one is only ever used in its published words.")  # fmt: skip


def describe_score(screen: Screen, tr: Translator) -> str:
    """ "PHQ-9 8 of 27, mild range"; a short form: "PHQ-2 3 of 6, screens positive" (or "negative")."""
    values = {"form": screen.instrument, "total": screen.total, "highest": screen.form.highest}
    if screen.band is not None:
        return tr("{form} {total} of {highest}, {band} range").format(band=tr.known(screen.band), **values)
    if screen.positive:
        return tr("{form} {total} of {highest}, screens positive").format(**values)
    return tr("{form} {total} of {highest}, screens negative").format(**values)


def describe_standing(found: Standing, tr: Translator) -> str:
    """ "PHQ-9 8 of 27, mild range (2026-11-02) · −6 since 2026-10-01"."""
    text = f"{describe_score(found.latest, tr)} ({found.latest.day.isoformat()})"
    if found.previous is None or found.change is None:
        return text + " · " + tr("the first one recorded")
    change = tr("no change") if found.change == 0 else f"{found.change:+d}".replace("-", "−")
    return text + " · " + tr("{change} since {day}").format(change=change, day=found.previous.day.isoformat())


def describe_self_harm(screen: Screen, tr: Translator) -> str:
    """The item-9 answer in the form's own words: "“Several days” to thoughts that you would be better off dead…"."""
    item = screen.form.items[SELF_HARM_ITEM]
    answer = ANSWERS[screen.answers[SELF_HARM_ITEM]]
    own = instrument_words(screen.instrument, tr)
    return tr("“{answer}” to “{item}”").format(answer=own.known(answer), item=own.known(item))


def describe_answer(answer: str, tr: Translator) -> str:
    """ "much_improved" → "Much improved"."""
    words = word(PGIC_WORDS, answer, tr)
    return words[:1].upper() + words[1:]
