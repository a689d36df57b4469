"""The published format: every table round-trips, and the database itself refuses bad values."""

import sqlite3

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from painlog.storage import schema
from painlog.storage.format import PUBLISHED_COLUMNS

ROWS = {
    "checkins": {
        "date": "2026-11-01", "pain_avg": 6, "pain_worst": 8, "pain_least": 3, "enjoyment": 5,
        "activity": 7, "mood": 4, "sleep_hours": 6.5, "sleep_quality": 5, "locations": '["lower_back"]',
        "qualities": '["aching"]', "note": "x", "for_doctor": 1, "created_at": "t", "updated_at": "t",
    },
    "episodes": {
        "id": 1, "at": "2026-11-01T14:30:00", "intensity": 8, "locations": "[]", "qualities": "[]",
        "trigger": "stairs", "helped": "rest", "note": "",
    },
    "therapies": {
        "id": 1, "kind": "medication", "name": "Gabapentin", "ingredient": "gabapentin", "target": "",
        "prescriber": "Dr Reyes", "notes": "",
    },
    "regimens": {
        "id": 1, "therapy_id": 1, "start_date": "2026-03-02", "end_date": None, "dose_amount": 300.0,
        "dose_unit": "mg", "route": "oral", "times_per_day": 3, "prn": 0, "max_per_day": None,
        "instructions": "with food", "stop_reason": None, "sessions_per_week": None, "schedule": "times_a_day",
        "every": None, "weekdays": "[]",
    },
    "procedures": {"id": 1, "therapy_id": 1, "date": "2026-06-01", "site": "L4-L5", "relief_percent": 60,
                   "notes": "", "relief_at": "2026-06-15T10:00:00"},
    "doses": {
        "id": 1, "therapy_id": 1, "taken_at": "2026-11-01T08:00:00", "amount": 300.0, "dose_unit": "mg",
        "prn": 0, "skipped": 0, "skip_reason": None, "pain_before": None, "pain_after": None,
    },
    "side_effects": {"id": 1, "date": "2026-11-01", "therapy_id": 1, "description": "dizzy",
                     "severity": "mild"},
    "visits": {"id": 1, "date": "2026-12-01", "clinician": "Dr Reyes", "questions": "q", "outcome": ""},
    "goals": {"id": 1, "text": "walk 20 minutes", "start_date": "2026-10-01", "status": "active",
              "achieved_date": None},
    "settings": {"key": "patient_name", "value": "Ana Silva"},
    "questionnaires": {"id": 1, "date": "2026-11-01", "instrument": "PHQ-9", "answers": "[1,1,2,2,1,0,1,0,0]",
                       "total": 8, "difficulty": 1},
    "impressions": {"id": 1, "date": "2026-12-01", "answer": "much_improved", "since_date": "2026-10-01",
                    "visit_id": 1, "regimen_id": None},
    "block_diaries": {"id": 1, "procedure_id": 1, "block_at": "2026-06-01T09:30:00", "usual_pain": 7,
                      "activities": '["standing to cook"]', "anaesthetic": "bupivacaine", "expected_hours_low": 6,
                      "expected_hours_high": 12, "times": "[15, 30, 60]"},
    "block_ratings": {"id": 1, "procedure_id": 1, "minutes": 30, "rated_at": "2026-06-01T10:02:00", "pain": 2,
                      "activity": "better"},
    "follow_ups": {"id": 1, "procedure_id": 1, "after_days": 14, "date": "2026-06-15", "pain": 3,
                   "relief_percent": 60},
    "trials": {"id": 1, "therapy_id": 1, "start_date": "2026-07-01", "end_date": "2026-07-07"},
    "trial_days": {"id": 1, "trial_id": 1, "date": "2026-07-02", "relief_percent": 55, "activities": "walked",
                   "walked_minutes": 25},
    "unrecorded_days": {"date": "2026-11-02", "marked_at": "2026-11-04T09:12:00+01:00"},
}  # fmt: skip


def test_every_published_table_round_trips(diary):
    assert set(ROWS) == set(PUBLISHED_COLUMNS)
    for table, row in ROWS.items():
        assert tuple(row) == PUBLISHED_COLUMNS[table]
        diary.db[table].insert(row)
    for table, row in ROWS.items():
        assert list(diary.db[table].rows) == [row]


@pytest.mark.parametrize(
    ("table", "changes"),
    [
        ("checkins", {"pain_avg": 11}),
        ("checkins", {"mood": -1}),
        ("checkins", {"enjoyment": 4.5}),
        ("checkins", {"activity": None}),
        ("checkins", {"sleep_hours": 30}),
        ("checkins", {"pain_worst": 2}),
        ("checkins", {"date": "1/11/2026"}),
        ("checkins", {"locations": "lower back"}),
        ("checkins", {"for_doctor": 2}),
        ("episodes", {"intensity": 42}),
        ("therapies", {"kind": "magic"}),
        ("regimens", {"end_date": "2026-01-01"}),
        ("regimens", {"therapy_id": 99}),
        ("procedures", {"relief_percent": 150}),
        ("procedures", {"relief_at": "yesterday"}),
        ("regimens", {"sessions_per_week": 0}),
        ("regimens", {"schedule": "fortnightly"}),
        ("regimens", {"every": 0}),
        ("regimens", {"every": 2.5}),
        ("regimens", {"weekdays": "mon"}),
        ("doses", {"pain_before": 11}),
        ("side_effects", {"severity": "awful"}),
        ("goals", {"status": "maybe"}),
        ("unrecorded_days", {"date": "2 Nov"}),
        ("unrecorded_days", {"marked_at": None}),
    ],
)
def test_the_database_refuses_what_the_domain_would(diary, table, changes):
    for parent in ("therapies",):
        diary.db[parent].insert(ROWS[parent])
    if table == "therapies":
        diary.db.execute("DELETE FROM therapies")
    row = {**ROWS[table], **changes}
    with pytest.raises(sqlite3.IntegrityError):
        diary.db[table].insert(row)


def test_a_therapy_with_doses_cannot_be_deleted_from_under_them(diary):
    diary.db["therapies"].insert(ROWS["therapies"])
    diary.db["doses"].insert(ROWS["doses"])
    with pytest.raises(sqlite3.IntegrityError):
        diary.db.execute("DELETE FROM therapies WHERE id = 1")
    assert diary.db["doses"].count == 1


def test_a_migration_is_registered_under_its_listed_name_and_an_unlisted_one_is_refused(monkeypatch):
    with pytest.raises(ValueError) as refused:
        schema.migration("9999_unlisted")
    assert str(refused.value) == "migration 9999_unlisted is missing from format.KNOWN_MIGRATIONS"
    steps, migrations, ran = [], Migrations("test"), []
    monkeypatch.setattr(schema, "STEPS", steps)
    monkeypatch.setattr(schema, "MIGRATIONS", migrations)

    def first(db: Database) -> None:
        ran.append(db)

    assert schema.migration("0001_initial")(first) is first
    assert steps == [("0001_initial", first)]
    db = Database(memory=True)
    migrations.apply(db)
    assert ran == [db]
    assert [row["name"] for row in db["_sqlite_migrations"].rows] == ["0001_initial"]
