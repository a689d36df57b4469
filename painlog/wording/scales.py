"""The question and anchor words of each 0–10 item (its direction is the domain's SCALE_OF), and the names the
check-in form uses for its required answers."""

from __future__ import annotations

from dataclasses import dataclass

from painlog.wording.translator import Translator


@dataclass(frozen=True)
class ScaleWords:
    question: str
    low: str
    high: str


def scale_words(field: str, tr: Translator) -> ScaleWords:
    """The question and the anchor words for one 0–10 item."""
    no_pain, worst = tr("No pain"), tr("Worst pain imaginable")
    no_interference, complete = tr("Did not interfere"), tr("Completely interfered")
    if field == "pain_avg":
        return ScaleWords(tr("Average pain today"), no_pain, worst)
    if field == "pain_worst":
        return ScaleWords(tr("Worst pain today"), no_pain, worst)
    if field == "pain_least":
        return ScaleWords(tr("Least pain today"), no_pain, worst)
    if field == "enjoyment":
        return ScaleWords(tr("How much did pain interfere with your enjoyment of life?"), no_interference, complete)
    if field == "activity":
        return ScaleWords(tr("How much did pain interfere with your general activity?"), no_interference, complete)
    if field == "mood":
        return ScaleWords(tr("Your mood today"), tr("Very low"), tr("Very good"))
    if field == "sleep_quality":
        return ScaleWords(tr("How well did you sleep last night?"), tr("Very badly"), tr("Very well"))
    if field == "intensity":
        return ScaleWords(tr("How strong is the pain?"), no_pain, worst)
    if field == "pain_before":
        return ScaleWords(tr("Pain before taking it"), no_pain, worst)
    if field == "pain_after":
        return ScaleWords(tr("Pain one to two hours after"), no_pain, worst)
    if field == "usual_pain":
        return ScaleWords(tr("Your usual pain, before the block"), no_pain, worst)
    if field == "pain_now":
        return ScaleWords(tr("Your pain now"), no_pain, worst)
    raise KeyError(field)


def better_hint(higher_is_better: bool, tr: Translator) -> str:
    return tr("Higher is better") if higher_is_better else tr("Lower is better")
