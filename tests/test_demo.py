"""The demo diary tells a consistent story, whatever its length."""

from datetime import date, datetime, timedelta
from statistics import mean

import pytest

from painlog import demo
from painlog.domain.medication_use import adherence, as_needed_use
from painlog.storage.diary import open_diary

END = date(2026, 10, 31)


@pytest.fixture(scope="module")
def demo_diary(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    content = demo.generate(days=180, seed=1, end=END)
    with open_diary(path) as diary:
        demo.write(diary, content)
    diary = open_diary(path)
    yield diary, content
    diary.close()


@pytest.mark.parametrize("days", [1, 2, 5, 9, 20, 21, 29, 31, 45, 90])
def test_any_length_of_demo_can_be_written(tmp_path, days):
    with open_diary(tmp_path / "d.sqlite") as diary:
        demo.write(diary, demo.generate(days=days, seed=days, end=END))
        assert diary.checkins.count() >= 1
        assert diary.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_anticonvulsant_is_raised_once_and_mostly_taken(demo_diary):
    diary, _ = demo_diary
    gabapentin = next(t for t in diary.therapies.all() if t.ingredient == "gabapentin")
    low, high = diary.therapies.regimens(gabapentin.id)
    assert (low.dose_amount, high.dose_amount, high.times_per_day) == (300, 600, 3)
    assert low.end + timedelta(days=1) == high.start
    taken = adherence([low, high], diary.doses.between(low.start, END, gabapentin.id), low.start, END)
    assert 0.8 < taken.ratio < 0.97
    assert taken.skipped > 0


def test_the_as_needed_opioid_is_used_several_times_a_week_with_pain_before_and_after(demo_diary):
    diary, _ = demo_diary
    oxycodone = next(t for t in diary.therapies.all() if t.ingredient == "oxycodone")
    (regimen,) = diary.therapies.regimens(oxycodone.id)
    assert regimen.prn and regimen.max_per_day == 4
    use = as_needed_use([regimen], diary.doses.between(regimen.start, END, oxycodone.id), regimen.start, END)
    assert 1.0 <= use.per_week <= 7.0
    assert use.mean_drop is not None and use.mean_drop > 1


def test_pain_falls_after_the_epidural_injection(demo_diary):
    diary, content = demo_diary
    ((therapy, injection),) = [(t, p) for t, p in diary.therapies.procedures_between(END - timedelta(days=180), END)
                               if t.kind == "injection"]  # fmt: skip
    assert injection.relief_percent == 60
    before = diary.checkins.between(injection.day - timedelta(days=14), injection.day - timedelta(days=1))
    after = diary.checkins.between(injection.day + timedelta(days=3), injection.day + timedelta(days=28))
    assert mean(c.pain_avg for c in before) - mean(c.pain_avg for c in after) >= 1.5


def test_courses_side_effects_visits_and_goals(demo_diary):
    diary, _ = demo_diary
    kinds = {t.kind for t in diary.therapies.all()}
    assert {"medication", "physical_therapy", "psychological", "injection", "nerve_block", "radiofrequency_ablation",
            "neuromodulation"} <= kinds  # fmt: skip
    assert any(r.route == "topical" for r in diary.therapies.regimens())
    assert any(r.stop_reason == "finished" and r.sessions_per_week == 2 for r in diary.therapies.regimens())
    assert len(diary.side_effects.all()) >= 3
    visits = diary.visits.all()
    assert len([v for v in visits if v.day <= END]) == 2 and visits[-1].day > END
    assert visits[-1].questions and all(v.outcome for v in visits[:-1])
    assert len(diary.goals.all()) == 2


def test_the_screens_ease_after_cbt_starts_and_visits_have_a_pgic(demo_diary):
    diary, _ = demo_diary
    cbt = next(t for t in diary.therapies.all() if t.kind == "psychological")
    cbt_start = diary.therapies.regimens(cbt.id)[0].start
    phq = [s for s in diary.screens.all() if s.instrument == "PHQ-9"]
    assert [s.day - phq[0].day for s in phq[:2]] == [timedelta(0), timedelta(days=14)]
    before = [s.total for s in phq if s.day < cbt_start]
    settled = [s.total for s in phq if s.day >= cbt_start + timedelta(days=56)]
    assert before and settled and mean(settled) <= mean(before) - 4
    assert not any(s.self_harm for s in diary.screens.all())  # the demo never shows the item-9 path
    held = [v for v in diary.visits.all() if v.day <= END]
    answered = {i.visit_id for i in diary.impressions.all() if i.visit_id is not None}
    assert answered == {v.id for v in held[1:]}
    about_cbt = [i for i in diary.impressions.all() if i.regimen_id == diary.therapies.regimens(cbt.id)[0].id]
    assert [(i.day - cbt_start).days for i in about_cbt] == [35]


def test_two_blocks_the_ablation_that_followed_and_a_stimulator_trial(demo_diary):
    from painlog.domain.block_diary import block_result
    from painlog.domain.follow_ups import follow_up_result
    from painlog.domain.stimulator_trial import trial_result

    diary, _ = demo_diary
    by_kind = {}
    for therapy, procedure in diary.therapies.procedures_between(date.min, date.max):
        by_kind.setdefault(therapy.kind, []).append(procedure)
    first, second = by_kind["nerve_block"]
    (ablation,) = by_kind["radiofrequency_ablation"]
    assert first.day < second.day < ablation.day
    later = datetime.combine(END, datetime.min.time())
    results = []
    for block in (first, second):
        sheet = diary.procedure_diaries.sheet(block.id)
        results.append(block_result(sheet, diary.procedure_diaries.ratings(block.id), later))
    clear, borderline = results
    # Usual pain 7: lidocaine down to 1 (86 %), bupivacaine down to 3 (57 %), one rating late and one missed.
    assert (round(clear.peak), round(borderline.peak)) == (86, 57)
    assert clear.spans[1].first is not None and borderline.spans[1].first is None  # 80 % reached by the first only
    assert (borderline.late, borderline.missed) == ((120,), (480,))
    follow = follow_up_result("radiofrequency_ablation", ablation.day, diary.procedure_diaries.follow_ups(ablation.id),
                              diary.checkins.all(), END)  # fmt: skip
    assert [p.after_days for p in follow.points] == [14, 30]
    (trial,) = diary.procedure_diaries.trials()
    result = trial_result(trial, diary.procedure_diaries.days(trial.id), diary.checkins.all(), diary.therapies.all(),
                          diary.therapies.regimens(), diary.doses.between(date.min, END))  # fmt: skip
    assert trial.days == 7 and result.relief_days == 7 and result.days_at_line == 6


def test_most_days_are_written_that_evening_and_a_few_later(demo_diary):
    from painlog.domain.keeping import late_days

    diary, _ = demo_diary
    written = diary.checkins.first_written()
    late = late_days(written, date.min, date.max)
    same_evening = [d for d, w in written.items() if w == d]
    assert len(same_evening) > 0.7 * len(written)
    assert 0 < len(late) < 0.15 * len(written)
    assert all(w >= d for d, w in written.items())
