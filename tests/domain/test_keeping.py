"""Late entries and missed days, and how the opening question words them, by hand."""

from datetime import date, timedelta
from functools import partial

from painlog.domain.keeping import MissedDays, is_late, late_days, missed_days, missed_question
from painlog.wording import ENGLISH, keeping

day_words = partial(keeping.day_words, tr=ENGLISH)
missed_invitation = partial(keeping.missed_invitation, tr=ENGLISH)
missed_sentence = partial(keeping.missed_sentence, tr=ENGLISH)

D = date(2026, 11, 10)


def test_an_entry_is_late_when_written_later_than_the_next_day():
    assert not is_late(D, D)
    assert not is_late(D, date(2026, 11, 11))  # the next morning: on time
    assert is_late(D, date(2026, 11, 12))
    written = {D: date(2026, 11, 10), date(2026, 11, 11): date(2026, 11, 14), date(2026, 11, 12): date(2026, 11, 13),
               date(2026, 11, 20): date(2026, 11, 25)}  # fmt: skip
    assert late_days(written, date(2026, 11, 1), date(2026, 11, 15)) == [date(2026, 11, 11)]


TODAY = date(2026, 11, 26)  # a Thursday


def days(first: date, last: date) -> tuple[date, ...]:
    return tuple(first + timedelta(days=n) for n in range((last - first).days + 1))


def test_missed_days_are_those_after_the_last_entry_up_to_yesterday():
    recorded = [date(2026, 11, 19), date(2026, 11, 20), date(2026, 11, 23)]  # Thursday, Friday, Monday
    # Tuesday 24 and Wednesday 25 have none; today is not over yet; 21–22 were missing before the last entry
    assert missed_days(recorded, TODAY) == MissedDays(date(2026, 11, 23), 2, (date(2026, 11, 24), date(2026, 11, 25)))
    assert missed_days([*recorded, date(2026, 11, 25)], TODAY) is None  # yesterday recorded: nothing missed
    assert missed_days([*recorded, TODAY], TODAY) is None  # today recorded already


def test_a_day_marked_didnt_record_counts_as_kept_but_a_new_diary_is_not_asked():
    recorded = [date(2026, 11, 23)]
    marked = [date(2026, 11, 24)]
    assert missed_days(recorded, TODAY, not_recorded=marked) == MissedDays(date(2026, 11, 24), 1, (date(2026, 11, 25),))
    assert missed_days(recorded, TODAY, not_recorded=[date(2026, 11, 24), date(2026, 11, 25)]) is None
    assert missed_days([], TODAY) is None  # nothing recorded at all
    assert missed_days([], TODAY, not_recorded=marked) is None


def test_only_the_last_fourteen_days_are_offered():
    # Last entry Friday 6 November: 7–25 November is 19 days; offered 12–25 November (today − 14 … yesterday)
    far = missed_days([date(2026, 11, 6)], TODAY)
    assert far is not None and far.total == 19 and far.more_than_offered
    assert far.days == days(date(2026, 11, 12), date(2026, 11, 25))
    # Last entry 11 November: 12–25 November, exactly 14 days, all offered
    edge = missed_days([date(2026, 11, 11)], TODAY)
    assert edge == MissedDays(date(2026, 11, 11), 14, days(date(2026, 11, 12), date(2026, 11, 25)))
    assert not edge.more_than_offered


def test_asked_at_most_once_a_day():
    recorded = [date(2026, 11, 23)]
    assert missed_question(recorded, TODAY, asked_on=TODAY) is None
    assert missed_question(recorded, TODAY, asked_on=date(2026, 11, 25)) == missed_days(recorded, TODAY)
    assert missed_question(recorded, TODAY) == missed_days(recorded, TODAY)


def test_the_question_names_the_weekday_within_the_last_week_else_the_date():
    # A date is kept on one line: day, month and year are joined by no-break spaces (\u00a0)
    assert missed_sentence(missed_days([date(2026, 11, 23)], TODAY), TODAY) == "2 days without an entry since Monday"
    assert missed_sentence(missed_days([date(2026, 11, 24)], TODAY), TODAY) == "1 day without an entry since Tuesday"
    # Friday 20 November is six days back: still its weekday; Thursday 19 November, a week back, is a date
    assert missed_sentence(missed_days([date(2026, 11, 20)], TODAY), TODAY) == "5 days without an entry since Friday"
    week_ago = missed_days([date(2026, 11, 19)], TODAY)
    assert missed_sentence(week_ago, TODAY) == "6 days without an entry since 19\u00a0November"
    far = missed_days([date(2026, 11, 6)], TODAY)
    assert missed_sentence(far, TODAY) == "More than 14 days without an entry since 6\u00a0November"
    new_year = missed_days([date(2025, 12, 20)], date(2026, 1, 5))  # 21 December … 4 January: 15 days
    said = missed_sentence(new_year, date(2026, 1, 5))
    assert said == "More than 14 days without an entry since 20\u00a0December\u00a02025"
    assert day_words(date(2026, 11, 24), TODAY) == "Tuesday 24\u00a0November"
    assert day_words(date(2025, 12, 31), TODAY) == "Wednesday 31\u00a0December\u00a02025"


def test_the_invitation_leaves_the_choice_to_the_person():
    one = missed_invitation(MissedDays(date(2026, 11, 24), 1, (date(2026, 11, 25),)))
    assert one.startswith("If you remember how the day went") and "Either is fine" in one
    assert missed_invitation(missed_days([date(2026, 11, 6)], TODAY)).endswith("Here are the last 14 days.")


def test_late_days_include_the_first_and_last_day_asked_about():
    written = {date(2026, 11, 1): date(2026, 11, 5), date(2026, 11, 15): date(2026, 11, 20)}
    assert late_days(written, date(2026, 11, 1), date(2026, 11, 15)) == [date(2026, 11, 1), date(2026, 11, 15)]
    assert late_days(written, date(2026, 11, 2), date(2026, 11, 14)) == []


def test_the_opening_question_counts_days_marked_didnt_record_as_kept():
    recorded, marked = [date(2026, 11, 23)], [date(2026, 11, 24)]  # Monday recorded, Tuesday marked
    assert missed_question(recorded, TODAY, not_recorded=marked) == MissedDays(
        date(2026, 11, 24), 1, (date(2026, 11, 25),)
    )
    assert missed_question(recorded, TODAY, not_recorded=[date(2026, 11, 24), date(2026, 11, 25)]) is None
