"""MME against the worked examples of clinical.md (CDC 2022 conversion factors)."""

from datetime import date, datetime, timedelta

import pytest

from painlog.domain.mme import CAVEAT, prescribed_mme, taken_mme
from painlog.domain.therapy import Dose, Regimen, Therapy

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


def test_taken_mme_is_the_mean_and_maximum_over_every_day_of_the_period():
    doses = [
        dose(OXY, 0, 10), dose(OXY, 0, 10),  # day 1: 20 mg × 1.5 = 30
        dose(OXY, 2, 5, prn=True),  # day 3: 7.5
        dose(TRAMADOL, 2, 50),  # day 3: + 10 = 17.5
        dose(OXY, 3, 10, skipped=True, skip_reason="nausea"),  # skipped: nothing taken
        dose(GABAPENTIN, 1, 300),  # not an opioid
    ]  # fmt: skip
    result = taken_mme([OXY, TRAMADOL, GABAPENTIN], [], doses, START, START + timedelta(days=3))
    assert result.days == 4
    assert result.maximum == 30.0
    assert result.mean == pytest.approx((30 + 0 + 17.5 + 0) / 4, abs=0.05)


def test_a_patch_counts_every_day_it_runs_whatever_day_it_is_changed():
    patch = Regimen(FENTANYL.id, START + timedelta(days=2), START + timedelta(days=5), dose_amount=25,
                    dose_unit="mcg/h", route="transdermal")  # fmt: skip
    changes = [dose(FENTANYL, 2, 1, "patch"), dose(FENTANYL, 5, 1, "patch")]
    result = taken_mme([FENTANYL], [patch], changes, START, START + timedelta(days=9))
    assert result.maximum == 60.0
    assert result.mean == 24.0  # 4 days × 60 over 10 days
    assert result.not_converted == ()


def test_taken_buprenorphine_is_reported_as_not_converted():
    result = taken_mme([BUPRENORPHINE], [], [dose(BUPRENORPHINE, 0, 0.2)], START, START)
    assert result.mean is None and result.not_converted == ("Buprenorphine patch",)


def test_the_cdc_caveat_names_its_limits():
    for words in ("estimates", "must not be used to convert", "methadone", "fentanyl", "50 MME/day", "90"):
        assert words in CAVEAT
