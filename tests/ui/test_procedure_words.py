"""The procedure diaries' states and words, without widgets: hand-worked sheets, spans, follow-ups and trials."""

from datetime import date, datetime
from functools import partial

import pytest

from painlog.domain.block_diary import BlockDiary, Span, TimedRating
from painlog.domain.checkin import CheckIn
from painlog.domain.errors import ValidationError
from painlog.domain.follow_ups import FollowUp
from painlog.domain.stimulator_trial import Trial, TrialDay
from painlog.wording import ENGLISH, procedures
from painlog.wording.procedures import newly_due, rateable, sheet_open, sheet_rows, trial_on

countdown = partial(procedures.countdown, tr=ENGLISH)
describe_span = partial(procedures.describe_span, tr=ENGLISH)
describe_trial_day = partial(procedures.describe_trial_day, tr=ENGLISH)
describe_trial_days = partial(procedures.describe_trial_days, tr=ENGLISH)
duration = partial(procedures.duration, tr=ENGLISH)
follow_up_lines = partial(procedures.follow_up_lines, tr=ENGLISH)
parse_times = partial(procedures.parse_times, tr=ENGLISH)
trial_offer = partial(procedures.trial_offer, tr=ENGLISH)

AT = datetime(2026, 3, 2, 9, 0)
SHEET = BlockDiary(1, AT, 6, ("walking",), "lidocaine", (1, 3), (15, 30, 60, 240))


def at(hour: int, minute: int) -> datetime:
    return datetime(2026, 3, 2, hour, minute)


def test_times_typed_as_hours_and_minutes_or_plain_minutes():
    assert parse_times("0:15, 0:30 1:00;4:00") == (15, 30, 60, 240)
    assert parse_times("15 90") == (15, 90)
    with pytest.raises(ValidationError, match="“1:75” is not one"):
        parse_times("0:15, 1:75")
    with pytest.raises(ValidationError, match="at least one"):
        parse_times("  ")


def test_each_time_of_the_sheet_is_rated_late_missed_due_next_or_to_come():
    # 0:15 rated on time at 09:17; 0:30 (09:30, on time to 09:35) unrated at 09:50: missed;
    # 1:00 (10:00, window 6 min) rated late at 10:07 — but at 09:50 it is the next one, not yet due.
    ratings = [TimedRating(1, 15, at(9, 17), 3)]
    assert [r.state for r in sheet_rows(SHEET, ratings, at(9, 50))] == ["rated", "missed", "next", "waiting"]
    assert [r.state for r in sheet_rows(SHEET, ratings, at(10, 0))] == ["rated", "missed", "due", "waiting"]
    late = [*ratings, TimedRating(1, 60, at(10, 7), 2)]
    assert [r.state for r in sheet_rows(SHEET, late, at(10, 7))] == ["rated", "missed", "late", "next"]


def test_a_time_may_be_rated_from_its_window_before_until_its_window_after():
    assert rateable(SHEET, [], at(9, 9)) is None  # 0:15 at 09:15, window 5 minutes: from 09:10
    assert rateable(SHEET, [], at(9, 10)) == 15
    assert rateable(SHEET, [], at(9, 20)) == 15
    assert rateable(SHEET, [], at(9, 21)) is None  # 0:15 missed; 0:30 rateable from 09:25
    assert rateable(SHEET, [], at(9, 25)) == 30


def test_each_time_is_announced_once_when_it_falls_due():
    assert newly_due(SHEET, [], at(9, 14), set()) is None
    assert newly_due(SHEET, [], at(9, 15), set()) == 15
    assert newly_due(SHEET, [], at(9, 16), {15}) is None


def test_the_countdown_in_whole_minutes_rounded_up_and_when_a_time_is_due():
    assert countdown(SHEET, [], datetime(2026, 3, 2, 9, 0, 30)) == "Next rating at 09:15, in 15 minutes."
    assert countdown(SHEET, [TimedRating(1, 15, at(9, 15), 3), TimedRating(1, 30, at(9, 30), 3)], at(9, 31)) == (
        "Next rating at 10:00, in 29 minutes.")  # fmt: skip
    assert countdown(SHEET, [], at(9, 36)) == "Next rating at 10:00, in 24 minutes."  # 0:30 missed at 09:36
    assert countdown(SHEET, [], at(10, 2)) == "The 1:00 rating (10:00) is due now: rate it by 10:06."
    assert countdown(SHEET, [], at(15, 0)) == "All the times on this sheet have passed; 4 missed."
    assert duration(125) == "2 hours 5 minutes" and duration(60) == "1 hour" and duration(1) == "1 minute"


def test_a_sheet_stays_open_until_the_last_times_window_has_passed():
    # 4:00 is due at 13:00, on time until 13:24 (a tenth of 240 minutes)
    assert sheet_open(SHEET, [], at(13, 24))
    assert not sheet_open(SHEET, [], at(13, 25))


def test_how_long_relief_stayed_above_a_line_in_words_never_a_verdict():
    assert describe_span(Span(50, 30, 240, None)) == "Relief stayed at 50 % or more from 0:30 to at least 4:00."
    assert describe_span(Span(80, 60, 120, 180)) == (
        "Relief stayed at 80 % or more from 1:00 to at least 2:00; at 3:00 it was below.")  # fmt: skip
    assert describe_span(Span(80, None, None, None)) == "Relief did not reach 80 %."


def test_follow_ups_answered_not_yet_or_read_from_the_check_ins():
    day = date(2026, 3, 2)
    checkins = [CheckIn(day=date(2026, 3, d), pain_avg=p, enjoyment=3, activity=3, mood=5)
                for d, p in ((10, 4), (11, 3), (12, 3), (13, 2), (14, 5))]  # fmt: skip
    answered = [FollowUp(1, 30, date(2026, 4, 2), 2, 70)]
    lines = follow_up_lines("injection", day, answered, checkins, date(2026, 4, 3))
    # 2 weeks: 16 March, the week 10–16 March holds 4, 3, 3, 2, 5: mean 17 ÷ 5 = 3.4
    assert lines == ["2 weeks (16 March): from your check-ins: pain 3.4 (the week to 16 March)",
                     "1 month (1 April): pain 2, relief 70 %", "3 months (1 June): not yet"]  # fmt: skip


def test_the_trial_of_a_day_and_its_offer():
    trial = Trial(3, date(2026, 3, 2), date(2026, 3, 8), id=1)
    assert trial_on([trial], date(2026, 3, 1)) is None
    assert trial_on([trial], date(2026, 3, 8)) is trial
    assert trial_offer(trial, date(2026, 3, 8), False) == "Day 7 of 7 of your stimulator trial — how much relief today?"
    assert describe_trial_day(TrialDay(1, date(2026, 3, 3), None, "", 1)) == (
        "2026-03-03 · relief not given · walked 1 minute")  # fmt: skip


def test_a_trials_days_in_one_line():
    trial = Trial(3, date(2026, 7, 19), date(2026, 7, 25), id=1)
    reliefs = (40, 55, 65, 70, 60, 65, None)
    days = [TrialDay(1, date(2026, 7, 19 + n), r) for n, r in enumerate(reliefs)]
    # 355 ÷ 6 = 59.17 → 59 %; 55, 65, 70, 60, 65 reach 50 %: 5 days
    assert describe_trial_days(trial, days) == "7 of 7 days recorded, mean relief 59 %, 5 days at 50 % or more"
    assert describe_trial_days(trial, []) == "0 of 7 days recorded"
