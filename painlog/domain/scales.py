"""The 0–10 scales of the daily check-in: their range and which end is better.

The anchor words a person reads belong to the UI; the domain knows numbers, direction and the plain
name of each field (used in error messages, which the CLI prints too).
"""

from dataclasses import dataclass

from painlog.domain.errors import ValidationError


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
                raise ValidationError(field, f"{name.capitalize()} is required.")
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(field, f"{name.capitalize()} must be a whole number, not {value!r}.")
        if not self.low <= value <= self.high:
            raise ValidationError(field, f"{name.capitalize()} must be from {self.low} to {self.high}, not {value}.")


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
    "date": "the date",
    "pain_avg": "average pain",
    "pain_worst": "worst pain",
    "pain_least": "least pain",
    "enjoyment": "interference with enjoyment of life",
    "activity": "interference with general activity",
    "mood": "mood",
    "sleep_hours": "hours of sleep",
    "sleep_quality": "sleep quality",
    "locations": "body locations",
    "qualities": "pain qualities",
    "intensity": "intensity",
    "at": "the time",
    "pain_before": "pain before the dose",
    "pain_after": "pain after the dose",
    "note": "the note",
    "notes": "the notes",
    "trigger": "what set it off",
    "helped": "what helped",
    "name": "the name",
    "ingredient": "the ingredient",
    "target": "what it is for",
    "prescriber": "the prescriber",
    "dose_unit": "the dose unit",
    "instructions": "the instructions",
    "site": "the site",
    "skip_reason": "the reason for skipping",
    "description": "the description",
    "clinician": "the clinician",
    "questions": "the questions",
    "outcome": "what was decided",
    "text": "the goal",
}


def field_name(field: str) -> str:
    """The plain name of a field for a message ("average pain"); a field without one is named by its words."""
    return FIELD_NAMES.get(field, field.replace("_", " "))
