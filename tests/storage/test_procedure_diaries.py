"""A procedure's diaries in the file: stored and read back, one rating per sheet time and one row per trial day,
refused by the file when impossible, deleted with their therapy, and following remapped ids on import."""

import sqlite3
from datetime import date, datetime

import pytest

from painlog.domain.block_diary import BlockDiary, TimedRating
from painlog.domain.follow_ups import FollowUp
from painlog.domain.stimulator_trial import Trial, TrialDay
from painlog.domain.therapy import Procedure, Therapy
from painlog.storage.tables import dump, load

BLOCK = datetime(2026, 6, 1, 9, 30)


@pytest.fixture
def block(diary):
    therapy = diary.therapies.add(
        Therapy("nerve_block", "Medial branch block"), Procedure(0, date(2026, 6, 1), "L4-L5")
    )
    (procedure,) = diary.therapies.procedures(therapy.id)
    return therapy, procedure


def test_a_sheet_and_its_ratings_round_trip_one_rating_per_time(diary, block):
    _, procedure = block
    sheet = BlockDiary(procedure.id, BLOCK, 7, ("standing to cook", " "), "bupivacaine", (6, 12), (15, 30, 60))
    diary.procedure_diaries.save_sheet(sheet)
    assert diary.procedure_diaries.sheet(procedure.id) == BlockDiary(
        procedure.id, BLOCK, 7, ("standing to cook",), "bupivacaine", (6, 12), (15, 30, 60)
    )
    first = diary.procedure_diaries.rate(TimedRating(procedure.id, 15, datetime(2026, 6, 1, 9, 46), 5))
    again = diary.procedure_diaries.rate(TimedRating(procedure.id, 15, datetime(2026, 6, 1, 9, 47), 4, "better"))
    assert again.id == first.id  # the same time rated twice keeps one rating, the later
    assert diary.procedure_diaries.ratings(procedure.id) == [again]
    assert diary.procedure_diaries.sheet(12345) is None
    with pytest.raises(LookupError):
        diary.procedure_diaries.rate(TimedRating(12345, 15, BLOCK, 3))


def test_follow_ups_and_trial_days_round_trip(diary, block):
    _, procedure = block
    rfa = diary.therapies.add(Therapy("radiofrequency_ablation", "RF ablation"), Procedure(0, date(2026, 7, 1)))
    (ablation,) = diary.therapies.procedures(rfa.id)
    saved = diary.procedure_diaries.add_follow_up(FollowUp(ablation.id, 14, date(2026, 7, 15), 3, 60), ablation.day,
                                                  rfa.kind)  # fmt: skip
    assert diary.procedure_diaries.follow_ups(ablation.id) == [saved]
    scs = diary.therapies.add(Therapy("neuromodulation", "Stimulator"))
    trial = diary.procedure_diaries.add_trial(Trial(scs.id, date(2026, 8, 1), date(2026, 8, 7)))
    assert diary.procedure_diaries.trials() == [trial]
    day = diary.procedure_diaries.save_day(TrialDay(trial.id, date(2026, 8, 2), 55, "walked to the shop", 25))
    replaced = diary.procedure_diaries.save_day(TrialDay(trial.id, date(2026, 8, 2), 65, "walked further", 40))
    assert replaced.id == day.id
    assert diary.procedure_diaries.days(trial.id) == [replaced]


def test_deleting_a_therapy_takes_its_diaries_with_it(diary, block):
    therapy, procedure = block
    diary.procedure_diaries.save_sheet(BlockDiary(procedure.id, BLOCK, 7, times=(15,)))
    diary.procedure_diaries.rate(TimedRating(procedure.id, 15, BLOCK, 3))
    scs = diary.therapies.add(Therapy("neuromodulation", "Stimulator"))
    trial = diary.procedure_diaries.add_trial(Trial(scs.id, date(2026, 8, 1), date(2026, 8, 7)))
    diary.procedure_diaries.save_day(TrialDay(trial.id, date(2026, 8, 2), 55))
    diary.therapies.delete(therapy.id)
    diary.therapies.delete(scs.id)
    for table in ("block_diaries", "block_ratings", "trials", "trial_days"):
        assert diary.conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)


@pytest.mark.parametrize(
    ("statement", "values"),
    [
        ("INSERT INTO block_diaries (procedure_id, block_at, usual_pain, times) VALUES (1, ?, 0, '[15]')",
         ["2026-06-01T09:00"]),
        ("INSERT INTO block_diaries (procedure_id, block_at, usual_pain, times) VALUES (1, ?, 5, '[]')",
         ["2026-06-01T09:00"]),
        ("INSERT INTO block_ratings (procedure_id, minutes, rated_at, pain, activity) VALUES (1, 15, ?, 3, 'fine')",
         ["2026-06-01T09:45:00"]),
        ("INSERT INTO follow_ups (procedure_id, after_days, date, pain, relief_percent) VALUES (1, 14, ?, 3, 101)",
         ["2026-06-15"]),
        ("INSERT INTO trials (therapy_id, start_date, end_date) VALUES (1, '2026-08-07', '2026-08-01')", []),
    ],
)  # fmt: skip
def test_the_file_refuses_impossible_rows(diary, block, statement, values):
    with pytest.raises(sqlite3.IntegrityError):
        diary.conn.execute(statement, values)


def test_imported_diaries_follow_their_remapped_procedure_and_trial(diary, block, tmp_path):
    from painlog.storage.diary import open_diary

    with open_diary(tmp_path / "other.sqlite") as other:
        rfa = other.therapies.add(Therapy("radiofrequency_ablation", "RF ablation"), Procedure(0, date(2026, 7, 1)))
        (ablation,) = other.therapies.procedures(rfa.id)
        other.procedure_diaries.add_follow_up(FollowUp(ablation.id, 14, date(2026, 7, 15), 3), ablation.day, rfa.kind)
        scs = other.therapies.add(Therapy("neuromodulation", "Stimulator"))
        trial = other.procedure_diaries.add_trial(Trial(scs.id, date(2026, 8, 1), date(2026, 8, 7)))
        other.procedure_diaries.save_day(TrialDay(trial.id, date(2026, 8, 2), 55))
        rows = dump(other.conn)
    assert (ablation.id, trial.id) == (1, 1)  # both taken in `diary` (procedure 1 is the block; trial 1 below)
    diary.procedure_diaries.add_trial(Trial(block[0].id, date(2026, 1, 1), date(2026, 1, 3)))
    load(diary.conn, rows, replace_days=False)
    ablation_here = next(
        p for t, p in diary.therapies.procedures_between(date.min, date.max) if t.name == "RF ablation"
    )
    trial_here = next(t for t in diary.procedure_diaries.trials() if t.start == date(2026, 8, 1))
    assert [f.after_days for f in diary.procedure_diaries.follow_ups(ablation_here.id)] == [14]
    assert [d.relief_percent for d in diary.procedure_diaries.days(trial_here.id)] == [55]
    assert diary.procedure_diaries.follow_ups(1) == []  # nothing landed on the block
