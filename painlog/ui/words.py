"""Every word the UI shows for a domain code, through Qt's translation from the start."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from painlog.domain.episode import Episode


def tr(text: str) -> str:
    return QCoreApplication.translate("painlog", text)


@dataclass(frozen=True)
class ScaleWords:
    question: str
    low: str
    high: str


def scale_words(field: str) -> ScaleWords:
    """The question and the anchor words for one 0–10 item (its direction is the domain's SCALE_OF)."""
    no_pain, worst = tr("No pain"), tr("Worst pain imaginable")
    no_interference, complete = tr("Did not interfere"), tr("Completely interfered")
    words = {
        "pain_avg": ScaleWords(tr("Average pain today"), no_pain, worst),
        "pain_worst": ScaleWords(tr("Worst pain today"), no_pain, worst),
        "pain_least": ScaleWords(tr("Least pain today"), no_pain, worst),
        "enjoyment": ScaleWords(
            tr("How much did pain interfere with your enjoyment of life?"), no_interference, complete
        ),
        "activity": ScaleWords(
            tr("How much did pain interfere with your general activity?"), no_interference, complete
        ),
        "mood": ScaleWords(tr("Your mood today"), tr("Very low"), tr("Very good")),
        "sleep_quality": ScaleWords(tr("How well did you sleep last night?"), tr("Very badly"), tr("Very well")),
        "intensity": ScaleWords(tr("How strong is the pain?"), no_pain, worst),
    }
    return words[field]


def better_hint(higher_is_better: bool) -> str:
    return tr("Higher is better") if higher_is_better else tr("Lower is better")


LOCATION_WORDS = {
    "head": "Head",
    "neck": "Neck",
    "shoulder_left": "Left shoulder",
    "shoulder_right": "Right shoulder",
    "upper_back": "Upper back",
    "lower_back": "Lower back",
    "chest": "Chest",
    "abdomen": "Abdomen",
    "pelvis": "Pelvis",
    "arm_left": "Left arm",
    "arm_right": "Right arm",
    "hand_left": "Left hand",
    "hand_right": "Right hand",
    "hip_left": "Left hip",
    "hip_right": "Right hip",
    "leg_left": "Left leg",
    "leg_right": "Right leg",
    "knee_left": "Left knee",
    "knee_right": "Right knee",
    "foot_left": "Left foot",
    "foot_right": "Right foot",
}

QUALITY_WORDS = {
    "aching": "Aching",
    "burning": "Burning",
    "stabbing": "Stabbing",
    "shooting": "Shooting",
    "throbbing": "Throbbing",
    "tingling": "Tingling / pins and needles",
    "numbness": "Numbness",
    "cramping": "Cramping",
}


def location_word(code: str) -> str:
    return tr(LOCATION_WORDS.get(code, code))


def quality_word(code: str) -> str:
    return tr(QUALITY_WORDS.get(code, code))


def describe_episode(episode: Episode) -> str:
    """One line for a list: time, intensity, and what set it off."""
    parts = [episode.at.strftime("%H:%M"), tr("pain {n}/10").format(n=episode.intensity)]
    if episode.trigger:
        parts.append(tr("trigger: {trigger}").format(trigger=episode.trigger))
    if episode.helped:
        parts.append(tr("helped: {helped}").format(helped=episode.helped))
    return " · ".join(parts)
