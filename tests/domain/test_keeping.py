"""Late entries and missed days, by hand."""

from datetime import date

from painlog.domain.keeping import is_late, late_days, missed_days

D = date(2026, 11, 10)


def test_an_entry_is_late_when_written_later_than_the_next_day():
    assert not is_late(D, D)
    assert not is_late(D, date(2026, 11, 11))  # the next morning: on time
    assert is_late(D, date(2026, 11, 12))
    written = {D: date(2026, 11, 10), date(2026, 11, 11): date(2026, 11, 14), date(2026, 11, 12): date(2026, 11, 13),
               date(2026, 11, 20): date(2026, 11, 25)}  # fmt: skip
    assert late_days(written, date(2026, 11, 1), date(2026, 11, 15)) == [date(2026, 11, 11)]


def test_missed_days_are_the_last_weeks_days_without_an_entry_or_a_didnt_record_mark():
    today = date(2026, 11, 26)  # a Thursday; the last week: 19–25 November
    recorded = [date(2026, 11, 19), date(2026, 11, 20), date(2026, 11, 24), date(2026, 11, 26)]
    assert missed_days(recorded, today) == [date(2026, 11, 21), date(2026, 11, 22), date(2026, 11, 23),
                                            date(2026, 11, 25)]  # fmt: skip
    assert missed_days(recorded, today, not_recorded=[date(2026, 11, 22)]) == [
        date(2026, 11, 21), date(2026, 11, 23), date(2026, 11, 25),
    ]  # fmt: skip
    assert missed_days([], today, first_day=date(2026, 11, 25)) == [date(2026, 11, 25)]  # the diary began yesterday
    assert missed_days([], today, first_day=today) == []


def test_late_days_include_the_first_and_last_day_asked_about():
    written = {date(2026, 11, 1): date(2026, 11, 5), date(2026, 11, 15): date(2026, 11, 20)}
    assert late_days(written, date(2026, 11, 1), date(2026, 11, 15)) == [date(2026, 11, 1), date(2026, 11, 15)]
    assert late_days(written, date(2026, 11, 2), date(2026, 11, 14)) == []
