"""MME against the worked examples of clinical.md (CDC 2022 conversion factors)."""

from datetime import date, datetime, timedelta

import pytest

from painlog.domain.mme import prescribed_mme, taken_mme
from painlog.domain.therapy import Dose, Regimen, Therapy
from painlog.wording import ENGLISH
from painlog.wording.notes import mme_caveat, reference_levels

OXY = Therapy("medication", "Oxycodone IR", "oxycodone", id=1)
TRAMADOL = Therapy("medication", "Tramadol", "tramadol", id=2)
FENTANYL = Therapy("medication", "Fentanyl patch", "fentanyl", id=3)
BUPRENORPHINE = Therapy("medication", "Buprenorphine patch", "buprenorphine", id=4)
GABAPENTIN = Therapy("medication", "Gabapentin", "gabapentin", id=5)
START = date(2026, 11, 1)


def regimen(therapy: Therapy, amount: float, unit: str, times: int | None = None, **more) -> Regimen:
    return Regimen(therapy.id, START, dose_amount=amount, dose_unit=unit, times_per_day=times, **more)


def test_oxycodone_10_mg_three_times_a_day_is_45_mme():
    result = prescribed_mme([(OXY, regimen(OXY, 10, "mg", 3, route="oral"))])
    assert result.total == 45.0


def test_adding_tramadol_50_mg_twice_a_day_makes_65_mme():
    result = prescribed_mme([(OXY, regimen(OXY, 10, "mg", 3)), (TRAMADOL, regimen(TRAMADOL, 50, "mg", 2))])
    assert [line.mme_per_day for line in result.lines] == [45.0, 20.0]
    assert result.total == 65.0


def test_a_25_mcg_per_hour_fentanyl_patch_is_60_mme():
    patch = regimen(FENTANYL, 25, "mcg/h", None, route="transdermal")
    assert prescribed_mme([(FENTANYL, patch)]).total == 60.0


def test_buprenorphine_is_not_converted_and_non_opioids_are_left_out():
    result = prescribed_mme(
        [(BUPRENORPHINE, regimen(BUPRENORPHINE, 10, "mcg/h", None, route="transdermal")),
         (GABAPENTIN, regimen(GABAPENTIN, 300, "mg", 3))]
    )  # fmt: skip
    assert result.total is None
    assert [(line.therapy.name, line.not_converted) for line in result.not_converted] == [
        ("Buprenorphine patch", "no_factor")
    ]


def test_as_needed_counts_the_maximum_per_day_and_odd_units_are_not_guessed():
    prn = regimen(OXY, 5, "mg", None, prn=True, max_per_day=4)
    assert prescribed_mme([(OXY, prn)]).total == 30.0  # 5 mg × 4 × 1.5
    solution = regimen(OXY, 5, "mL", 4)
    assert prescribed_mme([(OXY, solution)]).lines[0].not_converted == "unit"
    assert prescribed_mme([(OXY, regimen(OXY, 0.01, "g", 3))]).total == 45.0


def dose(therapy: Therapy, day_offset: int, amount: float, unit: str = "mg", **more) -> Dose:
    return Dose(therapy.id, datetime.combine(START + timedelta(days=day_offset), datetime.min.time()),
                amount=amount, dose_unit=unit, **more)  # fmt: skip


def test_taken_mme_is_the_mean_and_maximum_over_the_days_with_a_dose_log():
    doses = [
        dose(OXY, 0, 10), dose(OXY, 0, 10),  # day 1: 20 mg × 1.5 = 30
        dose(GABAPENTIN, 1, 300),  # day 2: logged, no opioid: 0
        dose(OXY, 2, 5, prn=True),  # day 3: 7.5
        dose(TRAMADOL, 2, 50),  # day 3: + 10 = 17.5
        dose(OXY, 3, 10, skipped=True, skip_reason="nausea"),  # day 4: logged, skipped: 0
    ]  # fmt: skip
    # days 5 and 6 have no dose log at all: left out, not counted as 0 MME
    result = taken_mme([OXY, TRAMADOL, GABAPENTIN], [], doses, START, START + timedelta(days=5))
    assert (result.days, result.logged_days) == (6, 4)
    assert result.maximum == 30.0
    assert result.mean == pytest.approx((30 + 0 + 17.5 + 0) / 4)


def test_a_patch_counts_every_logged_day_it_runs_whatever_day_it_is_changed():
    patch = Regimen(FENTANYL.id, START + timedelta(days=2), START + timedelta(days=5), dose_amount=25,
                    dose_unit="mcg/h", route="transdermal", schedule="every_hours", every=72)  # fmt: skip
    changes = [dose(FENTANYL, 2, 1, "patch"), dose(FENTANYL, 5, 1, "patch")]
    others = [dose(GABAPENTIN, 3, 300), dose(GABAPENTIN, 8, 300)]
    result = taken_mme([FENTANYL, GABAPENTIN], [patch], changes + others, START, START + timedelta(days=9))
    # logged on days 3, 4, 6 and 9; the patch runs on days 3–6: 60 + 60 + 60 + 0 over 4 days
    assert result.logged_days == 4
    assert result.maximum == 60.0
    assert result.mean == 45.0
    assert result.not_converted == ()


def test_an_empty_dose_log_is_not_kept_even_with_a_patch_running():
    patch = Regimen(FENTANYL.id, START, dose_amount=25, dose_unit="mcg/h", route="transdermal")
    result = taken_mme([FENTANYL], [patch], [], START, START + timedelta(days=9))
    assert not result.log_kept
    assert (result.mean, result.maximum, result.days) == (None, None, 10)


def test_a_kept_log_without_opioid_doses_is_0_mme_taken():
    prn = Regimen(OXY.id, START, dose_amount=5, dose_unit="mg", prn=True, max_per_day=4)
    result = taken_mme([OXY], [prn], [dose(GABAPENTIN, 0, 300), dose(GABAPENTIN, 1, 300)], START, START)
    assert (result.logged_days, result.mean, result.maximum) == (1, 0.0, 0.0)


def test_taken_buprenorphine_is_reported_as_not_converted():
    result = taken_mme([BUPRENORPHINE], [], [dose(BUPRENORPHINE, 0, 0.2)], START, START)
    assert result.mean is None and result.not_converted == ("Buprenorphine patch",)


def test_the_cdc_caveat_names_its_limits_and_the_reference_levels_are_stated_as_text():
    for words in ("estimates", "must not be used to convert", "methadone", "fentanyl"):
        assert words in mme_caveat(ENGLISH)
    assert "50 MME/day: the CDC's level for reassessment" in reference_levels(ENGLISH)
    assert "90 MME/day" in reference_levels(ENGLISH)


# Every factor of clinical.md's CDC table, each with a worked example computed by hand.
@pytest.mark.parametrize(
    ("ingredient", "amount", "times", "expected"),
    [
        ("codeine", 30, 4, 18.0),  # 120 mg × 0.15
        ("hydrocodone", 10, 3, 30.0),  # 30 mg × 1.0
        ("hydromorphone", 2, 4, 40.0),  # 8 mg × 5.0
        ("methadone", 5, 2, 47.0),  # 10 mg × 4.7
        ("morphine", 15, 2, 30.0),  # 30 mg × 1.0
        ("oxycodone", 10, 3, 45.0),  # 30 mg × 1.5
        ("oxymorphone", 5, 2, 30.0),  # 10 mg × 3.0
        ("tapentadol", 50, 2, 40.0),  # 100 mg × 0.4
        ("tramadol", 50, 2, 20.0),  # 100 mg × 0.2
    ],
)
def test_each_cdc_factor_by_a_worked_example(ingredient, amount, times, expected):
    therapy = Therapy("medication", ingredient.title(), ingredient, id=9)
    assert prescribed_mme([(therapy, regimen(therapy, amount, "mg", times))]).total == pytest.approx(expected)
    taken = [dose(therapy, 0, amount) for _ in range(times)]
    assert taken_mme([therapy], [], taken, START, START).mean == pytest.approx(expected)


def test_fentanyl_patch_factor_2_4_per_mcg_per_hour():
    patch = regimen(FENTANYL, 50, "mcg/h", None, route="transdermal", schedule="every_hours", every=72)
    assert prescribed_mme([(FENTANYL, patch)]).total == pytest.approx(120.0)  # 50 × 2.4, not ÷ 3 days


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        (2, "mg", 40.0),  # hydromorphone 2 mg × 4 = 8 mg × 5.0
        (2000, "mcg", 40.0),  # 2000 mcg = 2 mg
        (2000, "µg", 40.0),
        (2000, "ug", 40.0),
        (0.002, "g", 40.0),  # 0.002 g = 2 mg
    ],
)
def test_units_are_converted_to_mg(amount, unit, expected):
    hydromorphone = Therapy("medication", "Hydromorphone", "hydromorphone", id=8)
    result = prescribed_mme([(hydromorphone, regimen(hydromorphone, amount, unit, 4))])
    assert result.total == pytest.approx(expected)


def test_schedules_other_than_times_a_day_give_their_daily_amount():
    every_6_hours = regimen(OXY, 10, "mg", None, schedule="every_hours", every=6)  # 4 a day × 10 mg × 1.5
    assert prescribed_mme([(OXY, every_6_hours)]).total == pytest.approx(60.0)
    every_other_day = regimen(OXY, 10, "mg", None, schedule="every_days", every=2)  # 5 mg a day × 1.5
    assert prescribed_mme([(OXY, every_other_day)]).total == pytest.approx(7.5)


def test_buprenorphine_is_not_converted_by_any_unit():
    for unit in ("mg", "mcg", "mcg/h"):
        result = prescribed_mme([(BUPRENORPHINE, regimen(BUPRENORPHINE, 10, unit, 1))])
        assert result.total is None
        assert result.lines[0].not_converted == "no_factor"


def test_an_opioid_listed_after_a_non_opioid_still_counts():
    # Gabapentin first is passed over, not the end of the list: oxycodone 10 mg × 3 × 1.5 = 45.
    result = prescribed_mme([(GABAPENTIN, regimen(GABAPENTIN, 300, "mg", 3)), (OXY, regimen(OXY, 10, "mg", 3))])
    assert [line.therapy for line in result.lines] == [OXY] and result.total == 45.0


def test_each_line_names_its_opioid_and_why_it_could_not_be_converted():
    patch = Regimen(FENTANYL.id, START, dose_amount=25, dose_unit="mcg / h", route="transdermal", times_per_day=1)
    result = prescribed_mme([
        (FENTANYL, patch),  # "mcg / h" written with spaces is still a patch: 25 × 2.4 = 60
        (BUPRENORPHINE, regimen(BUPRENORPHINE, 10, "mcg/h", 1, route="transdermal")),
        (OXY, regimen(OXY, 5, "mL", 3)),  # a solution's volume: no mg to convert
        (TRAMADOL, regimen(TRAMADOL, 50, "mg", None)),  # neither a schedule nor as needed
    ])  # fmt: skip
    assert [(line.therapy, line.mme_per_day, line.not_converted) for line in result.lines] == [
        (FENTANYL, 60.0, None),
        (BUPRENORPHINE, None, "no_factor"),
        (OXY, None, "unit"),
        (TRAMADOL, None, "no_schedule"),
    ]
    assert result.total == 60.0
    assert [line.therapy for line in result.not_converted] == [BUPRENORPHINE, OXY, TRAMADOL]


def test_an_ingredient_and_unit_written_with_spaces_and_capitals_still_convert():
    # as an imported diary may hold them: " Oxycodone ", " MG ": 10 mg × 3 × 1.5 = 45, and 10 mg taken = 15
    oxy = Therapy("medication", "Oxycodone IR", " Oxycodone ", id=1)
    assert prescribed_mme([(oxy, regimen(oxy, 10, " MG ", 3))]).total == 45.0
    assert taken_mme([oxy], [], [dose(oxy, 0, 10, " MG ")], START, START).mean == 15


def test_a_patch_without_a_dose_is_not_converted_rather_than_counted_as_0():
    patch = Regimen(FENTANYL.id, START, dose_unit="mcg/h", route="transdermal", schedule="every_hours", every=72)
    line = prescribed_mme([(FENTANYL, patch)]).lines[0]
    assert (line.mme_per_day, line.not_converted) == (None, "no_factor")
    result = taken_mme([FENTANYL], [patch], [dose(FENTANYL, 0, 1, "patch")], START, START)
    assert (result.mean, result.not_converted, result.days) == (None, ("Fentanyl patch",), 1)


def test_one_day_adds_a_patch_and_the_doses_logged_after_it_and_after_an_unconverted_opioid():
    patch = Regimen(FENTANYL.id, START, dose_amount=25, dose_unit="mcg/h", route="transdermal")
    doses = [dose(FENTANYL, 0, 1, "patch"), dose(BUPRENORPHINE, 0, 0.2), dose(OXY, 0, 10)]
    result = taken_mme([FENTANYL, BUPRENORPHINE, OXY], [patch], doses, START, START)
    # the patch 25 × 2.4 = 60, oxycodone 10 mg × 1.5 = 15: 75; buprenorphine named as not converted
    assert (result.mean, result.maximum, result.not_converted) == (75, 75.0, ("Buprenorphine patch",))


@pytest.mark.parametrize(
    ("regimens", "doses", "mme"),
    [
        ([], [dose(BUPRENORPHINE, 0, 0.2), dose(OXY, 0, 10)], 15),  # oxycodone 10 mg × 1.5
        (
            [Regimen(FENTANYL.id, START, dose_amount=25, dose_unit="mcg/h", route="transdermal")],
            [dose(BUPRENORPHINE, 0, 0.2)],
            60,
        ),  # the patch 25 × 2.4
    ],
    ids=["an oral opioid", "a patch"],
)
def test_an_unconverted_opioid_beside_a_converted_one_still_has_a_figure(regimens, doses, mme):
    result = taken_mme([FENTANYL, BUPRENORPHINE, OXY], regimens, doses, START, START)
    assert (result.mean, result.not_converted) == (mme, ("Buprenorphine patch",))
