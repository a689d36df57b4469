"""Therapies, regimens, procedures, doses, side effects, visits and goals: round trips and the rules."""

from datetime import UTC, date, datetime, timedelta

import pytest

from painlog.domain.errors import ValidationError
from painlog.domain.therapy import Dose, Procedure, Regimen, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit

D = date(2026, 3, 2)


@pytest.fixture
def gabapentin(diary):
    first = Regimen(0, D, dose_amount=300, dose_unit="mg", route="oral", times_per_day=3, instructions="with food")
    return diary.therapies.add(Therapy("medication", "Gabapentin", "Gabapentin", prescriber="Dr Reyes"), first)


def test_a_medication_and_its_first_regimen_round_trip(diary, gabapentin):
    assert diary.therapies.get(gabapentin.id) == Therapy(
        "medication", "Gabapentin", "gabapentin", prescriber="Dr Reyes", id=gabapentin.id
    )
    (regimen,) = diary.therapies.regimens(gabapentin.id)
    assert (regimen.start, regimen.end, regimen.dose_amount, regimen.times_per_day, regimen.instructions) == (
        D, None, 300, 3, "with food"
    )  # fmt: skip


def test_a_dose_change_keeps_the_history_and_queries_answer_by_date(diary, gabapentin):
    diary.therapies.change_dose(gabapentin.id, Regimen(0, D, dose_amount=600, dose_unit="mg", times_per_day=3),
                                on=date(2026, 4, 10))  # fmt: skip
    old, new = diary.therapies.regimens(gabapentin.id)
    assert (old.end, new.start, new.dose_amount, new.end) == (date(2026, 4, 9), date(2026, 4, 10), 600, None)
    assert [r.dose_amount for _, r in diary.therapies.current_regimens(date(2026, 4, 9))] == [300]
    assert [r.dose_amount for _, r in diary.therapies.current_regimens(date(2026, 4, 10))] == [600]
    assert diary.therapies.current_regimens(date(2026, 3, 1)) == []
    changes = diary.therapies.changes_between(date(2026, 3, 1), date(2026, 4, 30))
    assert [(c.day, c.what) for c in changes] == [(D, "started"), (date(2026, 4, 10), "changed")]
    assert changes[1].previous.dose_amount == 300
    assert len(diary.therapies.regimens_between(date(2026, 4, 1), date(2026, 4, 30))) == 2


def test_stopping_needs_a_reason_and_is_a_change(diary, gabapentin):
    with pytest.raises(ValidationError, match="why"):
        diary.therapies.stop(gabapentin.id, date(2026, 5, 1), None)
    diary.therapies.stop(gabapentin.id, date(2026, 5, 1), "side_effects")
    assert diary.therapies.current(gabapentin.id) is None
    assert diary.therapies.changes_between(date(2026, 5, 1), date(2026, 5, 1))[0].what == "stopped"
    with pytest.raises(ValidationError, match="not running"):
        diary.therapies.stop(gabapentin.id, date(2026, 5, 2), "cost")


def test_overlapping_regimens_are_refused_and_nothing_is_stored(diary, gabapentin):
    with pytest.raises(ValidationError, match="overlaps"):
        diary.therapies.start_regimen(Regimen(gabapentin.id, date(2026, 6, 1), times_per_day=1))
    assert len(diary.therapies.regimens(gabapentin.id)) == 1


def test_a_failed_dose_change_keeps_the_current_regimen_open(diary, gabapentin):
    with pytest.raises(ValidationError):
        diary.therapies.change_dose(gabapentin.id, Regimen(0, D, dose_amount=-5), on=date(2026, 4, 10))
    assert diary.therapies.current(gabapentin.id).end is None


def test_a_dose_change_to_the_same_dose_is_refused_and_nothing_changes(diary, gabapentin):
    (before,) = diary.therapies.regimens(gabapentin.id)
    same = Regimen(0, D, dose_amount=300, dose_unit="mg", route="oral", times_per_day=3, instructions="with food")
    with pytest.raises(ValidationError, match="nothing was changed"):
        diary.therapies.change_dose(gabapentin.id, same, on=date(2026, 4, 10))
    assert diary.therapies.regimens(gabapentin.id) == [before]
    assert [c.what for c in diary.therapies.changes_between(date(2026, 3, 1), date(2026, 4, 30))] == ["started"]


def test_a_taken_or_skipped_intake_can_be_taken_back(diary, gabapentin):
    morning = diary.doses.add(Dose(gabapentin.id, datetime(2026, 3, 2, 8, 0), 300, "mg"))
    noon = diary.doses.add(Dose(gabapentin.id, datetime(2026, 3, 2, 12, 0), skipped=True, skip_reason="nausea"))
    evening = diary.doses.add(Dose(gabapentin.id, datetime(2026, 3, 2, 20, 0), 300, "mg"))
    assert diary.doses.undo_scheduled(gabapentin.id, D, skipped=True) == noon
    assert diary.doses.on_day(D) == [morning, evening]
    assert diary.doses.undo_scheduled(gabapentin.id, D, skipped=True) is None
    assert diary.doses.undo_scheduled(gabapentin.id, D, skipped=False) == evening
    assert diary.doses.on_day(D) == [morning]
    assert diary.doses.undo_scheduled(gabapentin.id, date(2026, 3, 3), skipped=False) is None


def test_a_mistaken_as_needed_dose_is_removed_alone(diary, gabapentin):
    first, second, third = (
        diary.doses.add(Dose(gabapentin.id, datetime(2026, 3, 2, hour, 5), 5, "mg", prn=True)) for hour in (9, 14, 18)
    )
    diary.doses.delete(second.id)
    assert diary.doses.on_day(D) == [first, third]
    assert not diary.conn.in_transaction  # committed
    diary.doses.delete(second.id)  # already gone: nothing else changes
    assert diary.doses.on_day(D) == [first, third]


def test_a_procedure_with_relief_recorded_later(diary):
    esi = diary.therapies.add(
        Therapy("injection", "Epidural steroid injection", target="L4-L5"),
        Procedure(0, date(2026, 6, 1), site="L4-L5 interlaminar"),
    )
    (procedure,) = diary.therapies.procedures(esi.id)
    at = datetime(2026, 6, 15, 10, 0)
    diary.therapies.record_relief(procedure.id, 60, at)
    (therapy, stored), *_ = diary.therapies.procedures_between(date(2026, 6, 1), date(2026, 6, 30))
    assert therapy.name == "Epidural steroid injection"
    assert (stored.relief_percent, stored.relief_at, stored.site) == (60, at, "L4-L5 interlaminar")
    with pytest.raises(ValidationError, match="after the procedure"):
        diary.therapies.record_relief(procedure.id, 50, datetime(2026, 5, 30, 9, 0))


def test_doses_round_trip_and_future_doses_are_refused(diary, gabapentin):
    taken = diary.doses.add(Dose(gabapentin.id, datetime(2026, 3, 2, 8, 0), 300, "mg"))
    skipped = diary.doses.add(Dose(gabapentin.id, datetime(2026, 3, 2, 14, 0), skipped=True, skip_reason="nausea"))
    assert diary.doses.on_day(D) == [taken, skipped]
    diary.doses.update(Dose(gabapentin.id, datetime(2026, 3, 2, 8, 0), 300, "mg", id=taken.id))
    with pytest.raises(ValidationError, match="future"):
        # later than the wall clock anywhere (UTC+14): in the future for everyone
        latest = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=14)
        diary.doses.add(Dose(gabapentin.id, latest + timedelta(minutes=5), 300, "mg"))
    assert len(diary.doses.between(D, D, therapy_id=gabapentin.id)) == 2


def test_deleting_a_therapy_counts_its_history_first_and_keeps_side_effects(diary, gabapentin):
    diary.doses.add(Dose(gabapentin.id, datetime(2026, 3, 2, 8, 0), 300, "mg"))
    effect = diary.side_effects.add(SideEffect(date(2026, 3, 3), "Dizzy", "mild", gabapentin.id))
    assert diary.therapies.history_counts(gabapentin.id) == {
        "regimens": 1, "procedures": 0, "doses": 1, "side_effects": 1
    }  # fmt: skip
    diary.therapies.delete(gabapentin.id)
    assert diary.therapies.all() == []
    assert diary.side_effects.all() == [SideEffect(date(2026, 3, 3), "Dizzy", "mild", None, effect.id)]
    assert diary.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_visits_with_questions_and_goals_round_trip(diary):
    visit = diary.visits.save(Visit(date(2026, 12, 3), "Dr Reyes", ("Can I swim?", "Is the numbness new?")))
    diary.visits.save(Visit(date(2026, 12, 3), "Dr Reyes", ("Can I swim?",), "Keep gabapentin", visit.id))
    assert diary.visits.all() == [Visit(date(2026, 12, 3), "Dr Reyes", ("Can I swim?",), "Keep gabapentin", visit.id)]
    goal = diary.goals.save(Goal("Walk 20 minutes", date(2026, 9, 1)))
    diary.goals.save(Goal("Walk 20 minutes", date(2026, 9, 1), "achieved", date(2026, 11, 1), goal.id))
    assert diary.goals.all()[0].status == "achieved"
    diary.goals.delete(goal.id)
    diary.visits.delete(visit.id)
    assert diary.goals.all() == [] and diary.visits.all() == []


@pytest.mark.parametrize(
    ("schedule", "columns"),
    [
        (dict(schedule="every_hours", every=72), ("every_hours", 72, "[]", None, 0)),
        (dict(schedule="every_days", every=2), ("every_days", 2, "[]", None, 0)),
        (dict(schedule="weekly", weekdays=("mon", "thu")), ("weekly", None, '["mon", "thu"]', None, 0)),
        (dict(schedule="monthly"), ("monthly", None, "[]", None, 0)),
        (dict(schedule="as_needed", max_per_day=4), ("as_needed", None, "[]", None, 1)),
        (dict(times_per_day=2), ("times_a_day", None, "[]", 2, 0)),
    ],
)
def test_each_schedule_round_trips_with_prn_and_times_a_day_kept_in_step(diary, schedule, columns):
    regimen = Regimen(0, D, dose_amount=25, dose_unit="mcg/h", route="transdermal", **schedule)
    therapy = diary.therapies.add(Therapy("medication", "Fentanyl patch", "fentanyl"), regimen)
    (stored,) = diary.therapies.regimens(therapy.id)
    assert stored == Regimen(therapy.id, D, dose_amount=25, dose_unit="mcg/h", route="transdermal", id=stored.id,
                             **schedule)  # fmt: skip
    row = diary.conn.execute("SELECT schedule, every, weekdays, times_per_day, prn FROM regimens").fetchone()
    assert row == columns


def test_changing_only_the_schedule_is_a_dose_change(diary):
    patch = Regimen(0, D, dose_amount=25, dose_unit="mcg/h", route="transdermal", times_per_day=1)
    therapy = diary.therapies.add(Therapy("medication", "Fentanyl patch", "fentanyl"), patch)
    fixed = Regimen(0, D, dose_amount=25, dose_unit="mcg/h", route="transdermal", schedule="every_hours", every=72)
    diary.therapies.change_dose(therapy.id, fixed, D + timedelta(days=5))
    assert [(r.schedule, r.every) for r in diary.therapies.regimens(therapy.id)] == [
        ("times_a_day", None), ("every_hours", 72)
    ]  # fmt: skip


def test_a_therapy_is_updated_alone_with_every_field(diary, gabapentin):
    other = diary.therapies.add(Therapy("physical_therapy", "Physio"))
    diary.therapies.update(Therapy("medication", " Gabapentin ER ", " Gabapentin ", "nerve pain", "Dr Okafor",
                                   "take at night", id=gabapentin.id))  # fmt: skip
    assert diary.therapies.get(gabapentin.id) == Therapy(
        "medication", "Gabapentin ER", "gabapentin", "nerve pain", "Dr Okafor", "take at night", gabapentin.id
    )
    assert diary.therapies.get(other.id) == Therapy("physical_therapy", "Physio", id=other.id)
    assert not diary.conn.in_transaction  # committed


def test_a_therapy_that_is_not_there_is_a_key_error_naming_its_id(diary):
    with pytest.raises(KeyError) as missing:
        diary.therapies.get(404)
    assert missing.value.args == (404,)


def test_a_target_or_prescriber_stored_as_null_reads_as_empty(diary, gabapentin):
    diary.conn.execute("UPDATE therapies SET target = NULL, prescriber = NULL")
    assert (diary.therapies.get(gabapentin.id).target, diary.therapies.get(gabapentin.id).prescriber) == ("", "")


def test_two_running_therapies_are_changed_and_stopped_each_alone(diary, gabapentin):
    first = Regimen(0, date(2026, 3, 10), dose_amount=500, dose_unit="mg", times_per_day=2)
    later = diary.therapies.add(Therapy("medication", "Naproxen", "naproxen"), first)
    assert diary.therapies.current(later.id).dose_amount == 500
    diary.therapies.change_dose(later.id, Regimen(0, D, dose_amount=250, dose_unit="mg", times_per_day=2),
                                on=date(2026, 4, 1))  # fmt: skip
    assert [r.dose_amount for r in diary.therapies.regimens(later.id)] == [500, 250]
    diary.therapies.stop(later.id, date(2026, 5, 1), "cost")
    assert diary.therapies.current(later.id) is None
    assert diary.therapies.current(gabapentin.id).dose_amount == 300  # the other one still runs, unchanged
    assert [r.therapy_id for r in diary.therapies.regimens()] == [gabapentin.id, later.id, later.id]


@pytest.mark.parametrize(
    ("act", "field", "message"),
    [
        (lambda t, tid: t.change_dose(tid, Regimen(0, D, dose_amount=5), on=date(2026, 6, 1)), "start",
         "This therapy is not running; start it again instead."),
        (lambda t, tid: t.stop(tid, date(2026, 6, 1), "cost"), "end", "This therapy is not running."),
    ],
    ids=["change", "stop"],
)  # fmt: skip
def test_a_stopped_therapy_cannot_be_changed_or_stopped_again(diary, gabapentin, act, field, message):
    diary.therapies.stop(gabapentin.id, date(2026, 5, 1), "finished")
    with pytest.raises(ValidationError) as refused:
        act(diary.therapies, gabapentin.id)
    assert (refused.value.field, refused.value.message) == (field, message)


def test_a_started_regimen_comes_back_with_the_id_it_was_stored_under(diary, gabapentin):
    diary.therapies.stop(gabapentin.id, date(2026, 5, 1), "finished")
    restarted = diary.therapies.start_regimen(Regimen(gabapentin.id, date(2026, 6, 1), times_per_day=1))
    assert diary.therapies.regimens(gabapentin.id)[-1] == restarted and restarted.id is not None


def test_a_regimen_stored_without_a_schedule_follows_its_prn_flag(diary, gabapentin):
    # as a diary from before schedules, imported, may hold it
    diary.conn.execute("UPDATE regimens SET schedule = NULL, prn = 1, times_per_day = NULL")
    assert diary.therapies.current(gabapentin.id).schedule == "as_needed"


def test_procedures_round_trip_with_their_relief_and_answer_by_therapy_and_by_date(diary):
    at = datetime(2026, 6, 3, 9, 30)
    esi = diary.therapies.add(Therapy("injection", "Epidural steroid injection"))
    block = diary.therapies.add(Therapy("nerve_block", "Genicular nerve block"))
    first = diary.therapies.add_procedure(Procedure(esi.id, date(2026, 6, 1), "L4-L5", 40, at, "sore after"))
    second = diary.therapies.add_procedure(Procedure(block.id, date(2026, 6, 30), "left knee"))
    assert diary.therapies.procedures(esi.id) == [first] and first.id is not None
    assert first == Procedure(esi.id, date(2026, 6, 1), "L4-L5", 40, at, "sore after", first.id)
    assert diary.therapies.procedures(block.id) == [second]
    assert [p for _, p in diary.therapies.procedures_between(date(2026, 6, 1), date(2026, 6, 30))] == [first, second]
    assert diary.therapies.procedures_between(date(2026, 6, 2), date(2026, 6, 29)) == []


def test_recorded_relief_is_checked_stored_and_given_back(diary, monkeypatch):
    esi = diary.therapies.add(Therapy("injection", "Epidural steroid injection"), Procedure(0, date(2026, 6, 1)))
    (procedure,) = diary.therapies.procedures(esi.id)
    with pytest.raises(ValidationError, match="^Relief must be a whole percentage from 0 to 100.$"):
        diary.therapies.record_relief(procedure.id, 120, datetime(2026, 6, 15, 10, 0))
    latest = datetime(2026, 6, 15, 10, 0)
    monkeypatch.setattr("painlog.storage.therapies.latest_moment", lambda: latest)
    with pytest.raises(ValidationError) as refused:
        diary.therapies.record_relief(procedure.id, 50, latest + timedelta(minutes=1))
    assert (refused.value.field, refused.value.message) == (
        "relief_at", "Relief cannot be recorded for a time in the future."
    )  # fmt: skip
    assert diary.therapies.procedures(esi.id) == [procedure]  # nothing stored
    recorded = diary.therapies.record_relief(procedure.id, 50, latest)  # the very latest moment is not the future
    assert recorded == Procedure(esi.id, date(2026, 6, 1), relief_percent=50, relief_at=latest, id=procedure.id)
    assert diary.therapies.procedures(esi.id) == [recorded]
