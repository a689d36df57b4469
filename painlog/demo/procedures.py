"""The demo's interventional path: a stimulator trial for the leg pain with its days; two medial branch blocks
for the back pain with their timed sheets (the first clearly positive, the second borderline, one rating late and
one missed); the radiofrequency ablation that followed, with its follow-ups.

Fixed numbers, no randomness: the story reads the same for every seed, and the demo's check-ins stay as they were.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from painlog.domain.block_diary import ANAESTHETIC_HOURS, DEFAULT_TIMES, BlockDiary, TimedRating
from painlog.domain.follow_ups import FollowUp, follow_up_days
from painlog.domain.stimulator_trial import Trial, TrialDay

USUAL_PAIN = 7
# Pain at each of the sheet's times (15 min … 8 h). Lidocaine: relief 86 % within the hour, gone by 4 h.
FIRST_BLOCK = (3, 1, 1, 2, 4, 6, 7, 7)
# Bupivacaine: 57 % from 1 h to 4 h, never 80 %; the 2-hour rating was made 20 minutes late, the 8-hour one missed.
SECOND_BLOCK = (5, 4, 3, 3, 3, 3, 4, None)
SECOND_LATE = {120: 20}  # minutes late, by sheet time
# (pain, relief %) at each follow-up: the ablation's relief builds over a month; the injection's fades by 3 months.
ABLATION_ANSWERS = {14: (5, 30), 30: (3, 55), 91: (3, 60), 182: (4, 45), 365: (5, 30)}
INJECTION_ANSWERS = {14: (3, 60), 30: (3, 55), 91: (5, 25)}
TRIAL_DAYS = (  # relief %, what was done, minutes walked
    (40, "settling in, short walk", 15), (55, "walked to the shop", 25), (65, "gardening for an hour", 30),
    (70, "walked to the park", 45), (60, "housework", 30), (65, "walked with a friend", 40), (70, "swimming", 20),
)  # fmt: skip


@dataclass
class BlockStory:
    sheet: BlockDiary  # procedure_id 0 until written
    ratings: list[TimedRating] = field(default_factory=list)


def block_story(day: date, pains: tuple[int | None, ...], anaesthetic: str, late: dict[int, int]) -> BlockStory:
    """A block at 9:30 on `day` with a rating at each sheet time whose pain is given (None: missed)."""
    block_at = datetime.combine(day, time(9, 30))
    sheet = BlockDiary(0, block_at, USUAL_PAIN, ("standing to cook",), anaesthetic, ANAESTHETIC_HOURS[anaesthetic])
    ratings = [
        TimedRating(0, minutes, block_at + timedelta(minutes=minutes + late.get(minutes, 0)), pain,
                    "better" if pain <= 3 else "same")
        for minutes, pain in zip(DEFAULT_TIMES, pains, strict=True)
        if pain is not None
    ]  # fmt: skip
    return BlockStory(sheet, ratings)


def follow_ups(day: date, kind: str, end: date) -> list[FollowUp]:
    """The follow-ups answered up to `end`, each a day after it fell due."""
    answers = ABLATION_ANSWERS if kind == "radiofrequency_ablation" else INJECTION_ANSWERS
    found = []
    for after in follow_up_days(kind):
        answered = day + timedelta(days=after + 1)
        if answered <= end:
            pain, relief = answers[after]
            found.append(FollowUp(0, after, answered, pain, relief))
    return found


def trial_story(start: date, end: date) -> tuple[Trial, list[TrialDay]]:
    """A 7-day trial from `start`, its days up to `end`."""
    trial = Trial(0, start, start + timedelta(days=len(TRIAL_DAYS) - 1))
    days = [TrialDay(0, start + timedelta(days=n), relief, done, walked)
            for n, (relief, done, walked) in enumerate(TRIAL_DAYS) if start + timedelta(days=n) <= end]  # fmt: skip
    return trial, days
