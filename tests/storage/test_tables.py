"""Loading rows into a diary (what an import does): ids kept when free, remapped when taken, links following,
days already there kept, and every added row counted."""

from datetime import date

import pytest

from painlog.domain.checkin import CheckIn
from painlog.storage.tables import Column, ImportRejectedError, columns, load, preview


def therapy(therapy_id: int, name: str) -> dict:
    return {"id": therapy_id, "kind": "medication", "name": name, "ingredient": None, "target": "", "prescriber": "",
            "notes": ""}  # fmt: skip


def dose(dose_id: int, therapy_id: int) -> dict:
    return {"id": dose_id, "therapy_id": therapy_id, "taken_at": "2026-03-02T08:00:00", "amount": 300,
            "dose_unit": "mg", "prn": 0, "skipped": 0, "skip_reason": "", "pain_before": None,
            "pain_after": None}  # fmt: skip


def day(iso: str, pain: int) -> dict:
    return {"date": iso, "pain_avg": pain, "pain_worst": None, "pain_least": None, "enjoyment": 5, "activity": 5,
            "mood": 5, "sleep_hours": None, "sleep_quality": None, "locations": "[]", "qualities": "[]", "note": "",
            "for_doctor": 0, "created_at": "2026-03-02T20:00:00+00:00",
            "updated_at": "2026-03-02T20:00:00+00:00"}  # fmt: skip


def test_a_therapy_whose_id_is_taken_gets_a_new_one_and_its_doses_and_side_effects_follow(diary):
    load(diary.conn, {"therapies": [therapy(1, "Paracetamol")]}, replace_days=False)
    side_effect = {"id": 5, "date": "2026-03-03", "therapy_id": 1, "description": "Dizzy", "severity": "mild"}
    report = load(diary.conn, {"therapies": [therapy(1, "Gabapentin")], "doses": [dose(1, 1)],
                             "side_effects": [side_effect]}, replace_days=False)  # fmt: skip
    assert report.added == {"therapies": 1, "doses": 1, "side_effects": 1}
    assert diary.conn.execute("SELECT id, name FROM therapies ORDER BY id").fetchall() == [(1, "Paracetamol"),
                                                                                         (2, "Gabapentin")]  # fmt: skip
    assert diary.conn.execute("SELECT id, therapy_id FROM doses").fetchall() == [(1, 2)]  # the dose's id was free
    assert diary.conn.execute("SELECT id, therapy_id FROM side_effects").fetchall() == [(5, 2)]


def test_a_row_like_two_already_there_follows_the_first_of_them(diary):
    # Two identical therapies (ids 1 and 2); an imported identical one with id 7 is the first of them, id 1.
    load(diary.conn, {"therapies": [therapy(1, "Gabapentin"), therapy(2, "Gabapentin")]}, replace_days=False)
    report = load(diary.conn, {"therapies": [therapy(7, "Gabapentin")], "doses": [dose(3, 7)]}, replace_days=False)
    assert report.already_there == 1 and report.added == {"doses": 1}
    assert diary.conn.execute("SELECT id, therapy_id FROM doses").fetchall() == [(3, 1)]
    again = load(diary.conn, {"doses": [dose(4, 2), dose(5, 2)]}, replace_days=False)  # two alike: both added
    assert again.added == {"doses": 2}


def test_days_already_there_are_counted_as_skipped_and_only_new_days_as_added(diary):
    for iso in ("2026-03-01", "2026-03-02"):
        diary.checkins.save(CheckIn(date.fromisoformat(iso), 2, 2, 2, 2))
    diary.settings.set("patient_name", "Ann")
    rows = {"checkins": [day("2026-03-01", 7), day("2026-03-02", 7), day("2026-03-03", 7)],
            "settings": [{"key": "patient_name", "value": "Bob"},
                         {"key": "birth_date", "value": "1956-04-02"}]}  # fmt: skip
    assert preview(diary.conn, rows, replace_days=True).replaced_days == 2  # tried, then rolled back
    report = load(diary.conn, rows, replace_days=False)
    assert (report.skipped_days, report.replaced_days) == (2, 0)
    assert report.added == {"checkins": 1, "settings": 1}
    assert [c.pain_avg for c in diary.checkins.all()] == [2, 2, 7]  # the days there were kept
    assert diary.settings.get("patient_name") == "Ann"


def test_refused_rows_are_named_by_their_number_from_one_and_nothing_is_kept(diary):
    bad = [dose(2, 99), dose(3, 98)]  # no therapies 99 and 98: each refused row is named, not just the first
    with pytest.raises(ImportRejectedError, match="2 row") as refused:
        load(diary.conn, {"therapies": [therapy(1, "Gabapentin")], "doses": [dose(1, 1), *bad]}, replace_days=False)
    assert [(table, number) for table, number, _ in refused.value.problems] == [("doses", 2), ("doses", 3)]
    assert diary.conn.execute("SELECT count(*) FROM therapies").fetchone()[0] == 0


def test_each_published_column_says_its_type_and_whether_it_may_be_empty(diary):
    found = columns(diary.conn)
    assert found["checkins"][:3] == [
        Column("date", "TEXT", True),  # NOT NULL (and the key)
        Column("pain_avg", "INTEGER", True),
        Column("pain_worst", "INTEGER", False, filled=True),  # may be left empty: the database fills in NULL
    ]
    assert found["episodes"][0] == Column("id", "INTEGER", True)  # the row id: a primary key, not NOT NULL
