"""Procedure diaries in words, and the sheet's states that decide what the screens show: a block diary's times
(rated, late, missed, due, next), its countdown and result; follow-ups after an ablation or an epidural; the
days of a stimulator trial.

No Qt (the screens, the reports and the command line may share these). Numbers only, never a verdict: a result
says how much relief and for how long, never whether the patient qualifies for anything (clinical.md).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from painlog.domain import numbers
from painlog.domain.block_diary import BlockDiary, BlockResult, Span, TimedRating, on_time_window
from painlog.domain.checkin import CheckIn
from painlog.domain.errors import ValidationError
from painlog.domain.follow_ups import FollowUp, follow_up_days, follow_up_result
from painlog.domain.stimulator_trial import RELIEF_LINE, Trial, TrialDay
from painlog.wording import KIND_WORDS, count, tr

ANAESTHETIC_WORDS = {"lidocaine": "Lidocaine", "bupivacaine": "Bupivacaine", "other": "Another one",
                     "": "I don't know"}  # fmt: skip
ACTIVITY_WORDS = {"better": "Better", "same": "The same", "worse": "Worse"}
AFTER_WORDS = {14: "2 weeks", 30: "1 month", 91: "3 months", 182: "6 months", 365: "1 year"}

# ----- a diagnostic block's sheet ----------------------------------------------------------------------


def offset(minutes: int) -> str:
    """Time after the block as h:mm: 15 → "0:15", 240 → "4:00"."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def clock_time(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def parse_times(text: str) -> tuple[int, ...]:
    """The rating times as the patient typed them ("0:15, 0:30, 1:00, 2:00"; a plain number is minutes)."""
    times = []
    for part in (p for p in re.split(r"[,;\s]+", text.strip()) if p):
        found = re.fullmatch(r"(\d{1,2}):(\d{2})|(\d{1,4})", part)
        if found is None or (found.group(2) is not None and int(found.group(2)) > 59):
            example = tr("Write each rating time as hours:minutes after the block, for example 0:15, 0:30, 1:00;")
            raise ValidationError("times", example + " " + tr("“{part}” is not one.").format(part=part))
        hours, mins, plain = found.groups()
        times.append(int(plain) if plain is not None else int(hours) * 60 + int(mins))
    if not times:
        raise ValidationError("times", tr("Enter at least one rating time, for example 0:15, 0:30, 1:00."))
    return tuple(times)


@dataclass(frozen=True)
class SheetRow:
    minutes: int
    due: datetime
    state: str  # "rated", "late", "missed", "due" (rate it now), "next" (coming, the next one), "waiting"
    rating: TimedRating | None


def sheet_rows(sheet: BlockDiary, ratings: Sequence[TimedRating], now: datetime) -> list[SheetRow]:
    """Each time of the sheet with its state now: a missed time stays missed, never filled in."""
    rated = {r.minutes: r for r in ratings}
    missed = set(sheet.missed(ratings, now))
    upcoming = sheet.next_due(ratings, now)
    rows = []
    for minutes in sheet.times:
        rating = rated.get(minutes)
        if rating is not None:
            state = "late" if rating.late(sheet) else "rated"
        elif minutes in missed:
            state = "missed"
        elif minutes == upcoming:
            state = "due" if now >= sheet.due_at(minutes) else "next"
        else:
            state = "waiting"
        rows.append(SheetRow(minutes, sheet.due_at(minutes), state, rating))
    return rows


def describe_row(row: SheetRow) -> str:
    """ "0:30 (at 10:00) · pain 3, the activity was better"; "1:00 (at 10:30) · missed"."""
    head = tr("{offset} (at {time})").format(offset=offset(row.minutes), time=clock_time(row.due))
    if row.rating is not None:
        said = tr("pain {pain}").format(pain=row.rating.pain)
        if row.rating.activity:
            said += ", " + tr("the activity was {how}").format(how=tr(ACTIVITY_WORDS[row.rating.activity]).lower())
        if row.state == "late":
            said += " · " + tr("rated late, at {time}").format(time=clock_time(row.rating.rated_at))
        return f"{head} · {said}"
    state = {"missed": "missed", "due": "due now", "next": "next", "waiting": "to come"}[row.state]
    return f"{head} · {tr(state)}"


def rateable(sheet: BlockDiary, ratings: Sequence[TimedRating], now: datetime) -> int | None:
    """The time the patient may rate now: the next one, from a little before it is due (its on-time window
    early) until its window has passed; None between times."""
    upcoming = sheet.next_due(ratings, now)
    if upcoming is None or now < sheet.due_at(upcoming) - timedelta(minutes=on_time_window(upcoming)):
        return None
    return upcoming


def newly_due(sheet: BlockDiary, ratings: Sequence[TimedRating], now: datetime, announced: set[int]) -> int | None:
    """The time that has fallen due and not been announced yet (one notification per time)."""
    upcoming = sheet.next_due(ratings, now)
    if upcoming is None or upcoming in announced or now < sheet.due_at(upcoming):
        return None
    return upcoming


def sheet_open(sheet: BlockDiary, ratings: Sequence[TimedRating], now: datetime) -> bool:
    """Still to be shown on its own: a time is still to be rated, or the last one's window has not passed."""
    last = sheet.times[-1]
    return sheet.next_due(ratings, now) is not None or now <= sheet.due_at(last) + timedelta(
        minutes=on_time_window(last)
    )


def duration(minutes: int) -> str:
    """ "1 minute", "14 minutes", "1 hour", "2 hours 5 minutes"."""
    hours, mins = divmod(minutes, 60)
    parts = [count(hours, "{n} hour", "{n} hours")] if hours else []
    if mins or not hours:
        parts.append(count(mins, "{n} minute", "{n} minutes"))
    return " ".join(parts)


def countdown(sheet: BlockDiary, ratings: Sequence[TimedRating], now: datetime) -> str:
    """ "Next rating at 11:30, in 14 minutes."; "The 0:30 rating (11:30) is due now."; the sheet done."""
    upcoming = sheet.next_due(ratings, now)
    if upcoming is None:
        missed = len(sheet.missed(ratings, now))
        done = tr("All the times on this sheet have passed.")
        return done + (" " + count(missed, "{n} was missed.", "{n} were missed.") if missed else "")
    due = sheet.due_at(upcoming)
    if now >= due:
        until = clock_time(due + timedelta(minutes=on_time_window(upcoming)))
        return tr("The {offset} rating ({time}) is due now: rate it by {until}.").format(
            offset=offset(upcoming), time=clock_time(due), until=until
        )
    left = math.ceil((due - now).total_seconds() / 60)
    return tr("Next rating at {time}, in {left}.").format(time=clock_time(due), left=duration(left))


def due_message(sheet: BlockDiary, minutes: int, name: str) -> str:
    """The desktop notification's text."""
    return tr("Time to rate your pain: the {offset} rating after your {name} ({time}).").format(
        offset=offset(minutes), name=name, time=clock_time(sheet.due_at(minutes))
    )


def describe_span(span: Span) -> str:
    """ "Relief stayed at 50 % or more from 0:30 to at least 4:00; at 6:00 it was below." """
    line = numbers.percent(span.threshold)
    if span.first is None or span.last is None:
        return tr("Relief did not reach {line}.").format(line=line)
    if span.first == span.last:
        text = tr("Relief was at {line} or more at {first}").format(line=line, first=offset(span.first))
    else:
        text = tr("Relief stayed at {line} or more from {first} to at least {last}").format(
            line=line, first=offset(span.first), last=offset(span.last)
        )
    if span.next_below is None:
        return text + "."
    return text + tr("; at {below} it was below.").format(below=offset(span.next_below))


def describe_peak(result: BlockResult) -> str:
    if result.peak is None or result.peak_at is None:
        return tr("No ratings yet.")
    return tr("Peak relief {peak} at {at}.").format(peak=numbers.percent(result.peak), at=offset(result.peak_at))


def describe_late_and_missed(result: BlockResult) -> str:
    parts = []
    if result.late:
        parts.append(tr("Rated late: {times}.").format(times=", ".join(offset(m) for m in result.late)))
    if result.missed:
        parts.append(tr("Missed: {times}.").format(times=", ".join(offset(m) for m in result.missed)))
    return " ".join(parts)


def describe_anaesthetic(sheet: BlockDiary) -> str:
    name = sheet.anaesthetic or tr("The anaesthetic")
    if sheet.expected_hours is None:
        return tr("{name}: how long it lasts was not given.").format(name=name.capitalize())
    low, high = sheet.expected_hours
    hours = f"{low}" if low == high else f"{low}–{high}"
    return tr("{name} is expected to last about {hours} hours.").format(name=name.capitalize(), hours=hours)


# ----- follow-ups after an ablation or an epidural injection ----------------------------------------------


def after_words(after_days: int) -> str:
    return tr(AFTER_WORDS.get(after_days, "{n} days")).format(n=after_days)


def day_words(day: date, today: date) -> str:
    """ "2 March"; with the year when it is not this year's."""
    text = f"{day.day} {day:%B}"
    return text if day.year == today.year else f"{text} {day.year}"


def follow_up_offer(kind: str, procedure_day: date, after_days: int, today: date) -> str:
    """ "It's 1 month since your radiofrequency ablation on 2 March — how is the pain?" """
    return tr("It's {after} since your {kind} on {day} — how is the pain?").format(
        after=after_words(after_days), kind=tr(KIND_WORDS[kind]).lower(), day=day_words(procedure_day, today)
    )


def follow_up_lines(kind: str, procedure_day: date, follow_ups: Sequence[FollowUp], checkins: Iterable[CheckIn],
                    today: date) -> list[str]:  # fmt: skip
    """Each follow-up time with its answer, "not yet", or what the week's check-ins say."""
    answered = {f.after_days: f for f in follow_ups}
    points = {p.after_days: p for p in follow_up_result(kind, procedure_day, follow_ups, checkins, today).points}
    lines = []
    for after in follow_up_days(kind):
        day = procedure_day + timedelta(days=after)
        head = tr("{after} ({day})").format(after=after_words(after), day=day_words(day, today))
        found = answered.get(after)
        point = points.get(after)
        if found is not None:
            said = tr("pain {pain}").format(pain=found.pain)
            if found.relief_percent is not None:
                said += ", " + tr("relief {relief}").format(relief=numbers.percent(found.relief_percent))
        elif day > today:
            said = tr("not yet")
        elif point is not None and point.pain is not None:
            said = tr("from your check-ins: pain {pain} (the week to {day})").format(
                pain=numbers.scale_mean(point.pain), day=day_words(day, today)
            )
        else:
            said = tr("not answered")
        lines.append(f"{head}: {said}")
    return lines


# ----- a stimulator trial ----------------------------------------------------------------------------------


def trial_on(trials: Iterable[Trial], day: date) -> Trial | None:
    """The trial running on `day` (the latest started, should two overlap)."""
    running = [t for t in trials if t.start <= day <= t.end]
    return max(running, key=lambda t: t.start) if running else None


def trial_offer(trial: Trial, day: date, recorded: bool) -> str:
    """ "Day 3 of 7 of your stimulator trial — how much relief today?" """
    number = (day - trial.start).days + 1
    text = tr("Day {n} of {days} of your stimulator trial").format(n=number, days=trial.days)
    return text + (tr(" — today's relief is recorded.") if recorded else tr(" — how much relief today?"))


def describe_trial(trial: Trial) -> str:
    return tr("Trial {start} to {end} ({days})").format(
        start=trial.start.isoformat(), end=trial.end.isoformat(), days=count(trial.days, "{n} day", "{n} days")
    )


def describe_trial_days(trial: Trial, days: Sequence[TrialDay]) -> str:
    """ "7 of 7 days recorded, mean relief 61 %, 6 days at 50 % or more" (the days that gave a relief)."""
    own = [d for d in days if trial.start <= d.day <= trial.end]
    given = [d.relief_percent for d in own if d.relief_percent is not None]
    text = tr("{n} of {days} recorded").format(n=len(own), days=count(trial.days, "{n} day", "{n} days"))
    if given:
        at_line = sum(1 for r in given if r >= RELIEF_LINE)
        text += ", " + tr("mean relief {mean}").format(mean=numbers.percent(numbers.mean(given)))
        text += ", " + tr("{n} at {line} or more").format(n=count(at_line, "{n} day", "{n} days"),
                                                          line=numbers.percent(RELIEF_LINE))  # fmt: skip
    return text


def describe_trial_day(day: TrialDay) -> str:
    parts = [day.day.isoformat()]
    parts.append(tr("relief not given") if day.relief_percent is None else
                 tr("relief {relief}").format(relief=numbers.percent(day.relief_percent)))  # fmt: skip
    if day.walked_minutes is not None:
        parts.append(tr("walked {minutes}").format(minutes=count(day.walked_minutes, "{n} minute", "{n} minutes")))
    if day.activities:
        parts.append(day.activities)
    return " · ".join(parts)
