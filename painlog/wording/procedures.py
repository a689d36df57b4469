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
from painlog.wording.clinical import KIND_WORDS, word
from painlog.wording.dates import day_words
from painlog.wording.translator import QT_TR_NOOP, Translator

ANAESTHETIC_WORDS = {"lidocaine": QT_TR_NOOP("Lidocaine"), "bupivacaine": QT_TR_NOOP("Bupivacaine"),
                     "other": QT_TR_NOOP("Another one"), "": QT_TR_NOOP("I don't know")}  # fmt: skip
ACTIVITY_WORDS = {"better": QT_TR_NOOP("Better"), "same": QT_TR_NOOP("The same"), "worse": QT_TR_NOOP("Worse")}
AFTER_WORDS = {14: QT_TR_NOOP("2 weeks"), 30: QT_TR_NOOP("1 month"), 91: QT_TR_NOOP("3 months"),
               182: QT_TR_NOOP("6 months"), 365: QT_TR_NOOP("1 year")}  # fmt: skip
STATE_WORDS = {"missed": QT_TR_NOOP("missed"), "due": QT_TR_NOOP("due now"), "next": QT_TR_NOOP("next"),
               "waiting": QT_TR_NOOP("to come")}  # fmt: skip

# ----- a diagnostic block's sheet ----------------------------------------------------------------------


def offset(minutes: int) -> str:
    """Time after the block as h:mm: 15 → "0:15", 240 → "4:00"."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def clock_time(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def parse_times(text: str, tr: Translator) -> tuple[int, ...]:
    """The rating times as the patient typed them ("0:15, 0:30, 1:00, 2:00"; a plain number is minutes)."""
    times = []
    for part in (p for p in re.split(r"[,;\s]+", text.strip()) if p):
        found = re.fullmatch(r"(\d{1,2}):(\d{2})|(\d{1,4})", part)
        if found is None or (found.group(2) is not None and int(found.group(2)) > 59):
            raise ValidationError("times", tr("Write each rating time as hours:minutes after the block, for example "
                                              "0:15, 0:30, 1:00; “{part}” is not one.").format(part=part))  # fmt: skip
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


def describe_row(row: SheetRow, tr: Translator) -> str:
    """ "0:30 (at 10:00) · pain 3, the activity was better"; "1:00 (at 10:30) · missed"."""
    head = tr("{offset} (at {time})").format(offset=offset(row.minutes), time=clock_time(row.due))
    if row.rating is not None:
        said = tr("pain {pain}").format(pain=row.rating.pain)
        if row.rating.activity:
            said += ", " + tr("the activity was {how}").format(
                how=word(ACTIVITY_WORDS, row.rating.activity, tr).lower()
            )
        if row.state == "late":
            said += " · " + tr("rated late, at {time}").format(time=clock_time(row.rating.rated_at))
        return f"{head} · {said}"
    return f"{head} · {word(STATE_WORDS, row.state, tr)}"


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


def duration(minutes: int, tr: Translator) -> str:
    """ "1 minute", "14 minutes", "1 hour", "2 hours 5 minutes"."""
    hours, mins = divmod(minutes, 60)
    if hours and mins:
        return tr("{hours} {minutes}").format(
            hours=tr("%n hour(s)", None, hours), minutes=tr("%n minute(s)", None, mins)
        )
    return tr("%n hour(s)", None, hours) if hours else tr("%n minute(s)", None, mins)


def countdown(sheet: BlockDiary, ratings: Sequence[TimedRating], now: datetime, tr: Translator) -> str:
    """ "Next rating at 11:30, in 14 minutes."; "The 0:30 rating (11:30) is due now."; the sheet done."""
    upcoming = sheet.next_due(ratings, now)
    if upcoming is None:
        missed = len(sheet.missed(ratings, now))
        if missed:
            return tr("All the times on this sheet have passed; %n missed.", None, missed)
        return tr("All the times on this sheet have passed.")
    due = sheet.due_at(upcoming)
    if now >= due:
        until = clock_time(due + timedelta(minutes=on_time_window(upcoming)))
        return tr("The {offset} rating ({time}) is due now: rate it by {until}.").format(
            offset=offset(upcoming), time=clock_time(due), until=until
        )
    left = math.ceil((due - now).total_seconds() / 60)
    return tr("Next rating at {time}, in {left}.").format(time=clock_time(due), left=duration(left, tr))


def due_message(sheet: BlockDiary, minutes: int, name: str, tr: Translator) -> str:
    """The desktop notification's text."""
    return tr("Time to rate your pain: the {offset} rating after your {name} ({time}).").format(
        offset=offset(minutes), name=name, time=clock_time(sheet.due_at(minutes))
    )


def describe_span(span: Span, tr: Translator) -> str:
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
    return tr("{relief}; at {below} it was below.").format(relief=text, below=offset(span.next_below))


def describe_peak(result: BlockResult, tr: Translator) -> str:
    if result.peak is None or result.peak_at is None:
        return tr("No ratings yet.")
    return tr("Peak relief {peak} at {at}.").format(peak=numbers.percent(result.peak), at=offset(result.peak_at))


def describe_late_and_missed(result: BlockResult, tr: Translator) -> str:
    parts = []
    if result.late:
        parts.append(tr("Rated late: {times}.").format(times=", ".join(offset(m) for m in result.late)))
    if result.missed:
        parts.append(tr("Missed: {times}.").format(times=", ".join(offset(m) for m in result.missed)))
    return " ".join(parts)


def describe_anaesthetic(sheet: BlockDiary, tr: Translator) -> str:
    name = sheet.anaesthetic or tr("The anaesthetic")
    if sheet.expected_hours is None:
        return tr("{name}: how long it lasts was not given.").format(name=name.capitalize())
    low, high = sheet.expected_hours
    hours = f"{low}" if low == high else f"{low}–{high}"
    return tr("{name} is expected to last about {hours} hours.").format(name=name.capitalize(), hours=hours)


# ----- follow-ups after an ablation or an epidural injection ----------------------------------------------


def after_words(after_days: int, tr: Translator) -> str:
    return tr.known(AFTER_WORDS[after_days]) if after_days in AFTER_WORDS else tr("%n day(s)", None, after_days)


def follow_up_offer(kind: str, procedure_day: date, after_days: int, today: date, tr: Translator) -> str:
    """ "It's 1 month since your radiofrequency ablation on 2 March — how is the pain?" """
    return tr("It's {after} since your {kind} on {day} — how is the pain?").format(
        after=after_words(after_days, tr),
        kind=word(KIND_WORDS, kind, tr).lower(),
        day=day_words(procedure_day, today, tr),
    )


def follow_up_lines(kind: str, procedure_day: date, follow_ups: Sequence[FollowUp], checkins: Iterable[CheckIn],
                    today: date, tr: Translator) -> list[str]:  # fmt: skip
    """Each follow-up time with its answer, "not yet", or what the week's check-ins say."""
    answered = {f.after_days: f for f in follow_ups}
    points = {p.after_days: p for p in follow_up_result(kind, procedure_day, follow_ups, checkins, today).points}
    lines = []
    for after in follow_up_days(kind):
        day = procedure_day + timedelta(days=after)
        head = tr("{after} ({day})").format(after=after_words(after, tr), day=day_words(day, today, tr))
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
                pain=numbers.scale_mean(point.pain), day=day_words(day, today, tr)
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


def trial_offer(trial: Trial, day: date, recorded: bool, tr: Translator) -> str:
    """ "Day 3 of 7 of your stimulator trial — how much relief today?" """
    number = (day - trial.start).days + 1
    if recorded:
        return tr("Day {n} of {days} of your stimulator trial — today's relief is recorded.").format(
            n=number, days=trial.days
        )
    return tr("Day {n} of {days} of your stimulator trial — how much relief today?").format(n=number, days=trial.days)


def describe_trial(trial: Trial, tr: Translator) -> str:
    return tr("Trial {start} to {end} ({days})").format(
        start=trial.start.isoformat(), end=trial.end.isoformat(), days=tr("%n day(s)", None, trial.days)
    )


def describe_trial_days(trial: Trial, days: Sequence[TrialDay], tr: Translator) -> str:
    """ "7 of 7 days recorded, mean relief 61 %, 6 days at 50 % or more" (the days that gave a relief)."""
    own = [d for d in days if trial.start <= d.day <= trial.end]
    given = [d.relief_percent for d in own if d.relief_percent is not None]
    text = tr("{n} of {days} recorded").format(n=len(own), days=tr("%n day(s)", None, trial.days))
    if given:
        at_line = sum(1 for r in given if r >= RELIEF_LINE)
        text += ", " + tr("mean relief {mean}").format(mean=numbers.percent(numbers.mean(given)))
        text += ", " + tr("%n day(s) at {line} or more", None, at_line).format(line=numbers.percent(RELIEF_LINE))
    return text


def describe_trial_day(day: TrialDay, tr: Translator) -> str:
    parts = [day.day.isoformat()]
    parts.append(tr("relief not given") if day.relief_percent is None else
                 tr("relief {relief}").format(relief=numbers.percent(day.relief_percent)))  # fmt: skip
    if day.walked_minutes is not None:
        parts.append(tr("walked %n minute(s)", None, day.walked_minutes))
    if day.activities:
        parts.append(day.activities)
    return " · ".join(parts)
