"""One mapping from a diary row to a domain object: what the repositories read and what an import checks."""

from datetime import date, datetime

import pytest

from painlog.domain.checkin import CheckIn
from painlog.domain.errors import ValidationError
from painlog.domain.therapy import Dose, Regimen, Therapy
from painlog.exchange import importing
from painlog.storage import records
from painlog.storage.tables import dump


def test_a_row_as_stored_becomes_the_domain_object():
    row = {"date": "2026-11-02", "pain_avg": 6, "pain_worst": None, "pain_least": 2, "enjoyment": 5,
           "activity": 4, "mood": 7, "sleep_hours": 6.5, "sleep_quality": None, "locations": '["neck", "head"]',
           "qualities": "[]", "note": None, "for_doctor": 1}  # fmt: skip
    assert records.checkin(row) == CheckIn(
        date(2026, 11, 2), 6, 5, 4, 7, pain_worst=None, pain_least=2, sleep_hours=6.5,
        locations=("neck", "head"), note="", for_doctor=True,
    )  # fmt: skip
    regimen = {"id": 3, "therapy_id": 1, "start_date": "2026-10-01", "end_date": None, "dose_amount": 5.0,
               "dose_unit": "mg", "route": "oral", "times_per_day": 2, "prn": 0, "max_per_day": None,
               "sessions_per_week": None, "instructions": None, "stop_reason": None, "schedule": "times_a_day",
               "every": None, "weekdays": "[]"}  # fmt: skip
    assert records.regimen(regimen) == Regimen(
        1, date(2026, 10, 1), dose_amount=5.0, dose_unit="mg", route="oral", times_per_day=2, id=3,
        schedule="times_a_day",
    )  # fmt: skip
    dose = {"id": 9, "therapy_id": 1, "taken_at": "2026-11-02T08:30:00", "amount": 5.0, "dose_unit": "mg",
            "prn": 0, "skipped": 1, "skip_reason": "asleep", "pain_before": None, "pain_after": None}  # fmt: skip
    assert records.dose(dose) == Dose(1, datetime(2026, 11, 2, 8, 30), 5.0, "mg", skipped=True,
                                      skip_reason="asleep", id=9)  # fmt: skip


@pytest.mark.parametrize(
    ("make", "row", "column"),
    [
        (records.checkin, {"date": "2026-13-01"}, "date"),
        (records.episode, {"at": "2026-11-02T08:00:00+02:00"}, "at"),  # diary times have no zone
        (records.checkin, {"date": "2026-11-02", "locations": '["neck", ["head"]]'}, "locations"),
        (records.checkin, {"date": "2026-11-02", "qualities": "not json"}, "qualities"),
        (records.goal, {"text": "walk", "start_date": "2026-11-02", "achieved_date": "soon"}, "achieved_date"),
    ],
)
def test_a_value_of_the_wrong_form_is_refused_naming_its_column(make, row, column):
    with pytest.raises(ValidationError) as caught:
        make(row)
    assert caught.value.field == column


def test_what_the_diary_reads_is_what_an_import_of_its_export_checks(diary):
    """Every field of every row, the ingredient and target too (the import's own mapping once left them out)."""
    therapy = diary.therapies.add(
        Therapy("medication", "Tramadol", ingredient="tramadol", target="back", prescriber="Dr Roe"),
        Regimen(0, date(2026, 10, 1), dose_amount=50.0, dose_unit="mg", times_per_day=2),
    )
    rows = dump(diary.conn)
    assert [records.therapy(row) for row in rows["therapies"]] == diary.therapies.all() == [therapy]
    assert [records.regimen(row) for row in rows["regimens"]] == diary.therapies.regimens()
    today, now = date(2026, 11, 2), datetime(2026, 11, 2, 12, 0)
    for table in ("therapies", "regimens"):
        for row in rows[table]:
            importing.CHECKS[table](row, today, now)  # the diary's own rows pass the import's checks
