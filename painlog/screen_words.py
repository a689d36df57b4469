"""The words for mood and anxiety screens and PGIC answers, shared by the screens, the summary and exports.

Nothing here diagnoses: a total is "in the mild range", a form "screens positive" (clinical.md).
"""

from __future__ import annotations

from painlog.domain.impressions import describe
from painlog.domain.screens import ANSWERS, SELF_HARM_ITEM, Screen, Standing
from painlog.wording import tr

TOPIC_WORDS = {"depression": "Depression screen", "anxiety": "Anxiety screen"}


def describe_score(screen: Screen) -> str:
    """ "PHQ-9 8 of 27, mild range"; a short form: "PHQ-2 3 of 6, screens positive" (or "negative")."""
    score = tr("{form} {total} of {highest}").format(
        form=screen.instrument, total=screen.total, highest=screen.form.highest
    )
    if screen.band is not None:
        return score + ", " + tr("{band} range").format(band=tr(screen.band))
    return score + ", " + (tr("screens positive") if screen.positive else tr("screens negative"))


def describe_standing(found: Standing) -> str:
    """ "PHQ-9 8 of 27, mild range (2026-11-02) · −6 since 2026-10-01"."""
    text = f"{describe_score(found.latest)} ({found.latest.day.isoformat()})"
    if found.previous is None or found.change is None:
        return text + " · " + tr("the first one recorded")
    change = tr("no change") if found.change == 0 else f"{found.change:+d}".replace("-", "−")
    return text + " · " + tr("{change} since {day}").format(change=change, day=found.previous.day.isoformat())


def describe_self_harm(screen: Screen) -> str:
    """The item-9 answer in the form's own words: "“Several days” to thoughts that you would be better off dead…"."""
    item = screen.form.items[SELF_HARM_ITEM]
    answer = ANSWERS[screen.answers[SELF_HARM_ITEM]]
    return tr("“{answer}” to “{item}”").format(answer=tr(answer), item=tr(item))


def describe_answer(answer: str) -> str:
    """ "much_improved" → "Much improved"."""
    words = tr(describe(answer))
    return words[:1].upper() + words[1:]
