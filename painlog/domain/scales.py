"""The 0–10 scales of the daily check-in: their range and which end is better.

The anchor words a person reads belong to the UI; the domain knows numbers, direction and the plain
name of each field (used in error messages, which the CLI prints too).
"""

from dataclasses import dataclass

from painlog.domain.errors import ValidationError
from painlog.domain.marks import QT_TR_NOOP


@dataclass(frozen=True)
class Scale:
    low: int
    high: int
    higher_is_better: bool

    def check(self, field: str, value: object, *, required: bool) -> None:
        """Raise ValidationError unless `value` is a whole number on this scale (or absent when allowed)."""
        name = field_name(field)
        if value is None:
            if required:
                raise ValidationError(field, QT_TR_NOOP("{name} is required."), name=name)
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                field,
                QT_TR_NOOP("{name} must be a whole number, not {value}."),
                name=name,
                value=repr(value),
            )
        if not self.low <= value <= self.high:
            raise ValidationError(
                field,
                QT_TR_NOOP("{name} must be from {low} to {high}, not {value}."),
                name=name,
                low=self.low,
                high=self.high,
                value=value,
            )


PAIN = Scale(0, 10, higher_is_better=False)
INTERFERENCE = Scale(0, 10, higher_is_better=False)
MOOD = Scale(0, 10, higher_is_better=True)
SLEEP_QUALITY = Scale(0, 10, higher_is_better=True)

SLEEP_HOURS_MAX = 24.0

# The scale of each 0–10 field, so every screen agrees on its range and on which end is better.
SCALE_OF: dict[str, Scale] = {
    "pain_avg": PAIN,
    "pain_worst": PAIN,
    "pain_least": PAIN,
    "enjoyment": INTERFERENCE,
    "activity": INTERFERENCE,
    "mood": MOOD,
    "sleep_quality": SLEEP_QUALITY,
    "intensity": PAIN,
    "pain_before": PAIN,
    "pain_after": PAIN,
    "usual_pain": PAIN,  # before a diagnostic block: what its relief is measured against
    "pain_now": PAIN,  # a block diary's timed rating, a follow-up after a procedure
}

FIELD_NAMES: dict[str, str] = {
    "date": QT_TR_NOOP("the date"),
    "pain_avg": QT_TR_NOOP("average pain"),
    "pain_worst": QT_TR_NOOP("worst pain"),
    "pain_least": QT_TR_NOOP("least pain"),
    "enjoyment": QT_TR_NOOP("interference with enjoyment of life"),
    "activity": QT_TR_NOOP("interference with general activity"),
    "mood": QT_TR_NOOP("mood"),
    "sleep_hours": QT_TR_NOOP("hours of sleep"),
    "sleep_quality": QT_TR_NOOP("sleep quality"),
    "locations": QT_TR_NOOP("body locations"),
    "qualities": QT_TR_NOOP("pain qualities"),
    "intensity": QT_TR_NOOP("intensity"),
    "at": QT_TR_NOOP("the time"),
    "pain_before": QT_TR_NOOP("pain before the dose"),
    "pain_after": QT_TR_NOOP("pain after the dose"),
    "note": QT_TR_NOOP("the note"),
    "notes": QT_TR_NOOP("the notes"),
    "trigger": QT_TR_NOOP("what set it off"),
    "helped": QT_TR_NOOP("what helped"),
    "name": QT_TR_NOOP("the name"),
    "ingredient": QT_TR_NOOP("the ingredient"),
    "target": QT_TR_NOOP("what it is for"),
    "prescriber": QT_TR_NOOP("the prescriber"),
    "dose_unit": QT_TR_NOOP("the dose unit"),
    "instructions": QT_TR_NOOP("the instructions"),
    "site": QT_TR_NOOP("the site"),
    "skip_reason": QT_TR_NOOP("the reason for skipping"),
    "description": QT_TR_NOOP("the description"),
    "clinician": QT_TR_NOOP("the clinician"),
    "questions": QT_TR_NOOP("the questions"),
    "outcome": QT_TR_NOOP("what was decided"),
    "text": QT_TR_NOOP("the goal"),
}


def field_name(field: str) -> str:
    """The plain name of a field for a message ("average pain"); a field without one is named by its words."""
    return FIELD_NAMES.get(field, field.replace("_", " "))
