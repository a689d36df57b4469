"""Judging a therapy (clinical.md): exact means, symmetric IMMPACT thresholds, the 5-day minimum, each kind's
window, and "as of" a day. Diaries are written with plain values; every expected figure is worked on paper."""

from datetime import date, timedelta
from fractions import Fraction
from functools import partial

from painlog.domain.checkin import CheckIn
from painlog.domain.correlation import sleep_and_pain
from painlog.domain.response import Change, Event, events, judge, judge_all
from painlog.domain.therapy import Procedure, Regimen, RegimenChange, Therapy
from painlog.wording import ENGLISH, sentences

describe_change = partial(sentences.describe_change, tr=ENGLISH)
describe_missing_judgement = partial(sentences.describe_missing_judgement, tr=ENGLISH)
describe_sleep_relation = partial(sentences.describe_sleep_relation, tr=ENGLISH)

D0 = date(2026, 2, 1)
COURSE = Therapy("medication", "Buprenorphine patch", "buprenorphine", id=1)
INJECTION = Therapy("injection", "Epidural steroid injection", id=2)
SURGERY = Therapy("surgery", "Lumbar decompression", id=3)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def diary(pain_by_day: dict[int, int]) -> list[CheckIn]:
    """Pain, enjoyment and activity all the same, so the PEG of a day is its pain."""
    return [CheckIn(day(n), p, p, p, 5) for n, p in sorted(pain_by_day.items())]


def test_the_audit_case_is_judged_on_exact_means_not_rounded_ones():
    # this period 3.545, previous 4.96: −1.415 points; −1.415 / 4.96 = −28.53 % → "no important change".
    # Rounded first (3.5 and 5.0) it would read −1.5, −30 %, "moderate improvement".
    change = Change(4.96, 3.545)
    assert change.points == Fraction(-1415, 1000) and change.category == "none"
    assert describe_change(change) == "−1.4 (−29 %) · no important change"


def test_a_response_just_short_of_30_percent_is_not_called_moderate():
    # Before (days 6..19): 14 days of 5 → 5.0. After (days 35..62): 15 days of 4 and 13 of 3 = 99 / 28 = 3.536.
    # Change −1.464 → "−1.5"; −1.464 / 5 = −29.3 % → "−29 %", no important change (3.5 against 5.0 is −30 %).
    pain = {n: 5 for n in range(6, 20)} | {n: 4 for n in range(35, 50)} | {n: 3 for n in range(50, 63)}
    response = judge(Event(day(20), COURSE, "started"), diary(pain))
    assert response.pain == Change(5, Fraction(99, 28)) and response.peg == Change(5, Fraction(99, 28))
    assert response.pain.category == "none"
    assert describe_change(response.pain) == "−1.5 (−29 %) · no important change"


def test_a_rise_is_judged_by_the_same_thresholds_as_a_fall():
    # 11 % higher: no important change (it used to be "worse"); 15 % lower: no important change.
    assert Change(4.5, 5).category == "none"  # +0.5 / 4.5 = +11.1 %
    assert describe_change(Change(4.5, 5)) == "+0.5 (+11 %) · no important change"
    assert Change(6, 5.1).category == "none"  # −0.9 / 6 = −15 %
    assert describe_change(Change(4, 5.2)) == "+1.2 (+30 %) · moderately worse (≥ 30 %)"
    assert describe_change(Change(4, 6)) == "+2.0 (+50 %) · substantially worse (≥ 50 %)"
    assert describe_change(Change(4, 2)) == "−2.0 (−50 %) · substantial improvement (≥ 50 %)"
    assert describe_change(Change(0, 1)) == "+1.0 · mean 0 before, so no percentage"  # no % of 0 exists


def test_five_recorded_days_are_enough_and_four_are_not():
    event = Event(day(20), COURSE, "started")
    after = {n: 3 for n in range(35, 40)}  # days 15..19 after: 5 days
    five_before = {n: 6 for n in range(15, 20)}
    enough = judge(event, diary(five_before | after))
    assert (enough.baseline_days, enough.response_days) == (5, 5) and enough.pain == Change(6, 3)
    four_before = judge(event, diary({n: 6 for n in range(16, 20)} | after))
    assert four_before.pain is None and four_before.baseline_days == 4
    assert describe_missing_judgement(four_before) == "not enough data: 4 days before, 5 days after (5 each needed)"
    four_after = judge(event, diary(five_before | {n: 3 for n in range(35, 39)}))
    assert four_after.pain is None and four_after.response_days == 4


def test_surgery_is_judged_on_days_15_to_42_so_post_operative_pain_is_left_out():
    # Baseline 6; days 3..14 after the operation 9 (post-operative pain); days 15..42 after: 3.
    # On the course window: 6 → 3, −50 %. On an injection's window (days 3..28) it would mix the 9s in.
    pain = {n: 6 for n in range(6, 20)} | {n: 9 for n in range(23, 35)} | {n: 3 for n in range(35, 63)}
    surgery = Event(day(20), SURGERY, "procedure")
    assert surgery.window == (15, 42)
    response = judge(surgery, diary(pain))
    assert response.response_days == 28 and response.pain == Change(6, 3)
    assert response.pain.category == "substantial"
    assert Event(day(20), INJECTION, "procedure").window == (3, 28)


def test_nothing_after_the_as_of_day_is_used():
    # Started on day 20; window days 35..62. As of day 50 only days 35..50 (16 days) have happened:
    # the window is not complete, so it is not judged, whatever is recorded after day 50 (here a rise to 9).
    pain = {n: 5 for n in range(6, 20)} | {n: 5 for n in range(35, 51)} | {n: 9 for n in range(51, 63)}
    event = Event(day(20), COURSE, "started")
    as_of = judge(event, diary(pain), as_of=day(50))
    assert not as_of.complete and as_of.pain is None and as_of.response_days == 16
    assert describe_missing_judgement(as_of) == "window not complete yet (16 of 28 days)"
    # Judged later, with the whole window: (16 × 5 + 12 × 9) / 28 = 188 / 28 = 6.71; +34.3 % → moderately worse.
    later = judge(event, diary(pain), as_of=day(62))
    assert later.complete and later.pain == Change(5, Fraction(188, 28)) and later.pain.category == "worse"


def test_an_injection_window_counts_its_own_length():
    # Injection on day 20: window days 23..48 (26 days); as of day 30, days 23..30 recorded = 8.
    pain = {n: 6 for n in range(6, 31)}
    response = judge(Event(day(20), INJECTION, "procedure"), diary(pain), as_of=day(30))
    assert describe_missing_judgement(response) == "window not complete yet (8 of 26 days)"
    # Recorded only from day 17: the baseline (days 6..19) holds 3 days, which is said too.
    short = judge(Event(day(20), INJECTION, "procedure"), diary({n: 6 for n in range(17, 31)}), as_of=day(30))
    assert describe_missing_judgement(short) == "window not complete yet (8 of 26 days); 3 days before (5 needed)"


def test_a_constant_sleep_series_gives_a_dash_and_the_reason():
    checkins = [CheckIn(day(n), 3 + n % 4, 5, 5, 5, sleep_quality=6, sleep_hours=7.0) for n in range(12)]
    relation = sleep_and_pain(checkins)
    assert relation.rho is None and relation.strength == "constant" and relation.constant == "sleep"
    text = describe_sleep_relation(relation, "sleep quality", "better sleep")
    assert text == "Sleep quality was the same on all 12 days, so no link can be measured."
    flat_pain = [CheckIn(day(n), 4, 5, 5, 5, sleep_quality=n % 10) for n in range(12)]
    relation = sleep_and_pain(flat_pain)
    assert relation.strength == "constant" and relation.constant == "pain"
    assert "Pain was the same on all 12 days" in describe_sleep_relation(relation, "sleep quality", "better sleep")


def test_the_link_between_sleep_and_the_next_days_pain_is_said_in_words_with_its_number():
    # Sleep quality 0, 1, … 10 on the nights before days whose pain is 10, 9, … 0: the ranks fall exactly
    # as they rise, so Spearman's ρ is −1, a strong link, said with its number but without "ρ".
    checkins = [CheckIn(day(n), 10 - n, 5, 5, 5, sleep_quality=n) for n in range(11)]
    text = describe_sleep_relation(sleep_and_pain(checkins), "sleep quality", "better sleep")
    assert text == (
        "A strong link (−1.00): after nights with better sleep, pain the next day tended to be lower (the link runs "
        "from −1 to 1, 0 meaning none; 11 days). This does not show cause."
    )


def test_a_dose_change_is_judged_like_a_start_and_a_procedure_keeps_its_site():
    regimen = Regimen(1, day(0))
    changes = [RegimenChange(day(3), COURSE, regimen, "changed"), RegimenChange(day(0), COURSE, regimen, "started")]
    found = events(changes, [(INJECTION, Procedure(2, day(5), "L4-L5"))])
    assert [(e.day, e.what, e.detail) for e in found] == [
        (day(0), "started", ""),
        (day(3), "changed", ""),
        (day(5), "procedure", "L4-L5"),
    ]


def test_events_on_the_first_and_last_day_of_either_window_overlap():
    # Started on day 20: baseline days 6..19, response days 35..62. Events on day 6 and day 62 overlap;
    # on day 5 and day 63 they do not. As of day 62, an event that day still counts.
    event = Event(day(20), COURSE, "started")
    others = [Event(day(n), INJECTION, "procedure") for n in (5, 6, 62, 63)]
    response = judge(event, diary({n: 6 for n in range(0, 70)}), [event, *others], as_of=day(62))
    assert response.overlaps == (others[1], others[2])
    assert response.event == event and response.complete


def test_a_judgement_without_other_events_names_no_overlaps():
    # Baseline days 6..19 all 6, response days 35..62 all 3: 6 → 3, −50 %.
    event = Event(day(20), COURSE, "started")
    response = judge(event, diary({n: 6 for n in range(6, 20)} | {n: 3 for n in range(35, 63)}), [event])
    assert response.overlaps == () and response.pain == Change(6, 3) and response.event == event


def test_every_event_is_judged_with_the_others_inside_its_windows_as_overlaps():
    # Course on day 20 (baseline 6..19, response 35..62); injection on day 40 (baseline 26..39, response 43..68).
    # Pain 6 on days 6..39 and 3 from day 40. Course: before 6; after days 35..39 at 6 and 40..62 at 3,
    # (5 × 6 + 23 × 3) / 28 = 99 / 28. Injection: 6 → 3. The injection lies in the course's response window;
    # the course began on day 20, before the injection's baseline (from day 26): no overlap that way.
    course, injection = Event(day(20), COURSE, "started"), Event(day(40), INJECTION, "procedure")
    pain = {n: 6 for n in range(6, 40)} | {n: 3 for n in range(40, 70)}
    responses = judge_all([course, injection], diary(pain))
    assert [(r.event, r.overlaps, r.pain) for r in responses] == [
        (course, (injection,), Change(6, Fraction(99, 28))),
        (injection, (), Change(6, 3)),
    ]
    # As of day 50 the course's window (to day 62) is still open; the injection's (to day 68) too.
    assert [r.complete for r in judge_all([course, injection], diary(pain), as_of=day(50))] == [False, False]
