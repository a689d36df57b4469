from datetime import date, datetime, time, timedelta

from painlog.domain.medication_use import adherence, as_needed_use
from painlog.domain.therapy import Dose, Regimen

START = date(2026, 10, 1)


def at(offset: int, hour: int = 8) -> datetime:
    return datetime.combine(START + timedelta(days=offset), time(hour))


def test_adherence_is_taken_over_due_with_at_most_the_due_count_each_day():
    tid = Regimen(1, START, dose_amount=300, dose_unit="mg", times_per_day=3)  # 10 days × 3 = 30 due
    doses = [Dose(1, at(day, hour)) for day in range(10) for hour in (8, 14, 20)]
    doses = [d for d in doses if d.taken_at not in (at(2, 14), at(5, 20), at(7, 8))]  # 27 taken
    doses.append(Dose(1, at(2, 21), skipped=True, skip_reason="forgot"))
    doses.append(Dose(1, at(4, 23)))  # a fourth dose on day 5 does not make up for day 3
    result = adherence([tid], doses, START, START + timedelta(days=9))
    assert (result.due, result.taken, result.skipped) == (30, 27, 1)
    assert result.ratio == 0.9


def test_adherence_follows_dose_changes_and_ignores_as_needed_doses():
    first = Regimen(1, START, START + timedelta(days=4), times_per_day=3)  # 5 days × 3
    second = Regimen(1, START + timedelta(days=5), times_per_day=2)  # 5 days × 2 in the window
    doses = [Dose(1, at(day)) for day in range(10)] + [Dose(1, at(0, 9), prn=True)]
    result = adherence([first, second], doses, START, START + timedelta(days=9))
    assert result.due == 25
    assert result.taken == 10


def test_nothing_due_is_no_ratio_rather_than_a_made_up_one():
    assert adherence([Regimen(1, START, prn=True, max_per_day=4)], [], START, START).ratio is None


def test_as_needed_use_per_week_and_pain_before_and_after():
    doses = [
        Dose(2, at(0), prn=True, pain_before=8, pain_after=5),
        Dose(2, at(3), prn=True, pain_before=7, pain_after=5),
        Dose(2, at(6), prn=True, pain_before=9),  # no rating afterwards
        Dose(2, at(10), prn=True, pain_before=6, pain_after=6),
        Dose(2, at(20), prn=True),  # outside the 14-day window
        Dose(2, at(1)),  # a scheduled dose is not as-needed use
    ]
    use = as_needed_use(doses, START, START + timedelta(days=13))
    assert use.doses == 4
    assert use.per_week == 2.0
    assert use.mean_pain_before == 7.5  # (8 + 7 + 9 + 6) / 4
    assert use.mean_pain_after == 5.3  # (5 + 5 + 6) / 3
    assert use.mean_drop == 1.7  # (3 + 2 + 0) / 3
    assert use.rated_pairs == 3
