"""Screens and PGIC answers in the diary: stored and read back, refused by the file when impossible, kept when
the visit or therapy they are about is deleted, and following remapped ids on import."""

import sqlite3
from datetime import date

import pytest

from painlog.domain.impressions import Impression
from painlog.domain.screens import Screen
from painlog.domain.therapy import Regimen, Therapy
from painlog.domain.visits import Visit
from painlog.storage.tables import load


def test_a_screen_is_stored_with_its_total_and_read_back(diary):
    saved = diary.screens.add(Screen(date(2026, 11, 2), "PHQ-9", (1, 1, 2, 2, 1, 0, 1, 0, 0), difficulty=1))
    short = diary.screens.add(Screen(date(2026, 10, 1), "GAD-2", (2, 1)))
    assert diary.screens.all() == [short, saved]
    row = diary.conn.execute("SELECT answers, total, difficulty FROM questionnaires WHERE id = ?", [saved.id])
    assert row.fetchone() == ("[1, 1, 2, 2, 1, 0, 1, 0, 0]", 8, 1)  # 1+1+2+2+1+0+1+0+0
    assert diary.screens.last_day() == date(2026, 11, 2)
    diary.screens.delete(saved.id)
    assert diary.screens.all() == [short]


def test_no_screen_yet_has_no_last_day(diary):
    assert diary.screens.last_day() is None


@pytest.mark.parametrize(
    ("column", "value"),
    [("instrument", "PHQ-8"), ("answers", "not json"), ("answers", '{"a": 1}'), ("total", 28), ("total", -1),
     ("difficulty", 4), ("date", "2 Nov 2026")],
)  # fmt: skip
def test_the_file_refuses_an_impossible_screen(diary, column, value):
    row = {"date": "2026-11-02", "instrument": "PHQ-2", "answers": "[1, 2]", "total": 3, "difficulty": None}
    row[column] = value
    with pytest.raises(sqlite3.IntegrityError):
        diary.conn.execute(
            "INSERT INTO questionnaires (date, instrument, answers, total, difficulty) VALUES (?, ?, ?, ?, ?)",
            list(row.values()),
        )


@pytest.mark.parametrize(
    ("column", "value"),
    [("answer", "better"), ("since_date", "2026-11-03"), ("regimen_id", 1)],
)
def test_the_file_refuses_an_impossible_impression(diary, column, value):
    therapy = diary.therapies.add(Therapy("medication", "Gabapentin"), Regimen(0, date(2026, 10, 1)))
    visit = diary.visits.save(Visit(date(2026, 11, 2)))
    assert therapy.id == 1
    row = {"date": "2026-11-02", "answer": "no_change", "since_date": "2026-10-01", "visit_id": visit.id,
           "regimen_id": None}  # fmt: skip
    row[column] = value  # regimen_id with visit_id: an answer is about one or the other
    with pytest.raises(sqlite3.IntegrityError):
        diary.conn.execute(
            "INSERT INTO impressions (date, answer, since_date, visit_id, regimen_id) VALUES (?, ?, ?, ?, ?)",
            list(row.values()),
        )


def test_an_impression_stays_when_its_visit_or_therapy_is_deleted(diary):
    therapy = diary.therapies.add(Therapy("medication", "Gabapentin"), Regimen(0, date(2026, 9, 1), times_per_day=3))
    regimen = diary.therapies.regimens(therapy.id)[0]
    visit = diary.visits.save(Visit(date(2026, 11, 2)))
    about_visit = diary.impressions.add(Impression(date(2026, 11, 2), "much_improved", date(2026, 8, 1), visit.id))
    about_drug = diary.impressions.add(
        Impression(date(2026, 10, 5), "no_change", date(2026, 9, 1), regimen_id=regimen.id)
    )
    assert diary.impressions.all() == [about_drug, about_visit]
    diary.visits.delete(visit.id)
    diary.therapies.delete(therapy.id)
    assert diary.impressions.all() == [
        Impression(date(2026, 10, 5), "no_change", date(2026, 9, 1), None, None, about_drug.id),
        Impression(date(2026, 11, 2), "much_improved", date(2026, 8, 1), None, None, about_visit.id),
    ]


def test_imported_impressions_follow_their_remapped_visit_and_regimen(diary):
    therapy = diary.therapies.add(Therapy("medication", "Naproxen"), Regimen(0, date(2026, 1, 1), times_per_day=2))
    diary.visits.save(Visit(date(2026, 1, 5), "Dr A"))  # visit 1 and regimen 1 are taken
    assert therapy.id == 1
    rows = {
        "therapies": [{"id": 1, "kind": "medication", "name": "Gabapentin", "ingredient": "gabapentin",
                       "target": "", "prescriber": "", "notes": ""}],
        "regimens": [{"id": 1, "therapy_id": 1, "start_date": "2026-09-01", "end_date": None, "dose_amount": 300.0,
                      "dose_unit": "mg", "route": "oral", "times_per_day": 3, "prn": 0, "max_per_day": None,
                      "instructions": "", "stop_reason": None, "sessions_per_week": None, "schedule": "times_a_day",
                      "every": None, "weekdays": "[]"}],
        "visits": [{"id": 1, "date": "2026-11-02", "clinician": "Dr B", "questions": "", "outcome": ""}],
        "impressions": [
            {"id": 1, "date": "2026-10-05", "answer": "no_change", "since_date": "2026-09-01", "visit_id": None,
             "regimen_id": 1},
            {"id": 2, "date": "2026-11-02", "answer": "much_improved", "since_date": "2026-08-01", "visit_id": 1,
             "regimen_id": None},
        ],
    }  # fmt: skip
    load(diary.conn, rows, replace_days=False)
    gabapentin = next(t for t in diary.therapies.all() if t.name == "Gabapentin")
    new_regimen = diary.therapies.regimens(gabapentin.id)[0]
    new_visit = next(v for v in diary.visits.all() if v.clinician == "Dr B")
    assert (new_regimen.id, new_visit.id) == (2, 2)
    assert [(i.answer, i.visit_id, i.regimen_id) for i in diary.impressions.all()] == [
        ("no_change", None, 2),
        ("much_improved", 2, None),
    ]
