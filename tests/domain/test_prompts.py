"""What painlog brings up by itself, decided without Qt on a clock the test moves: the daily reminder (at its time,
not before, not once the day is recorded, once a day even across a restart, snoozed for exactly an hour) and the
question after an as-needed dose (from 1 hour after it, never after 2, never once the pain after is in, once)."""

from datetime import date, datetime, time, timedelta

import pytest

from painlog.domain import prompts
from painlog.domain.checkin import CheckIn
from painlog.domain.prompts import Reminder, follow_ups_due, read_reminder, reminder_settings
from painlog.domain.therapy import Dose, Regimen, Therapy
from painlog.prompting import Prompts
from painlog.storage.errors import DiaryError

DAY = date(2026, 3, 2)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def at(hour: int, minute: int = 0, second: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute, second))


@pytest.fixture
def clock() -> Clock:
    return Clock(at(8))


def prompts_on(diary, clock: Clock) -> Prompts:
    """painlog's prompts over the diary, as a start of painlog makes them."""
    return Prompts(diary.settings, diary.checkins, diary.doses, clock.now)


def reminder_on(diary, when: str = "20:00") -> None:
    diary.settings.set("reminder_on", "1")
    diary.settings.set("reminder_time", when)


# ----- the daily reminder ------------------------------------------------------------------------------


def test_the_reminder_is_off_until_the_patient_turns_it_on(diary, clock):
    clock.at = at(21)
    assert prompts_on(diary, clock).due().reminder is False
    assert diary.settings.get("reminder_last_shown") == ""


def test_the_reminder_shows_at_its_time_and_not_a_second_before(diary, clock):
    reminder_on(diary)
    ask = prompts_on(diary, clock)
    clock.at = at(19, 59, 59)
    assert ask.due().reminder is False
    clock.at = at(20, 0)
    assert ask.due().reminder is True
    assert diary.settings.get("reminder_last_shown") == "2026-03-02"


def test_a_time_the_patient_chose_is_kept_to_the_minute(diary, clock):
    reminder_on(diary, "07:45")
    ask = prompts_on(diary, clock)
    clock.at = at(7, 44, 59)
    assert ask.due().reminder is False
    clock.at = at(7, 45)
    assert ask.due().reminder is True


def test_no_reminder_once_the_day_is_recorded(diary, clock):
    reminder_on(diary)
    diary.checkins.save(CheckIn(DAY, pain_avg=4, enjoyment=3, activity=3, mood=6))
    clock.at = at(20, 0)
    assert prompts_on(diary, clock).due().reminder is False
    clock.at = at(23, 59)
    assert prompts_on(diary, clock).due().reminder is False
    clock.at = at(20, 0, day=DAY + timedelta(days=1))  # the next day is not recorded
    assert prompts_on(diary, clock).due().reminder is True


def test_the_reminder_shows_once_a_day_even_when_painlog_is_started_again(diary, clock):
    reminder_on(diary)
    clock.at = at(20, 0)
    assert prompts_on(diary, clock).due().reminder is True
    clock.at = at(20, 0, 10)
    assert prompts_on(diary, clock).due().reminder is False  # the next tick
    clock.at = at(21, 30)
    assert prompts_on(diary, clock).due().reminder is False  # painlog started again (new Prompts, same diary)
    clock.at = at(19, 59, day=DAY + timedelta(days=1))
    assert prompts_on(diary, clock).due().reminder is False
    clock.at = at(20, 0, day=DAY + timedelta(days=1))
    assert prompts_on(diary, clock).due().reminder is True


def test_painlog_started_after_the_time_reminds_at_once_that_day(diary, clock):
    reminder_on(diary)
    clock.at = at(22, 15)
    assert prompts_on(diary, clock).due().reminder is True


def test_a_snoozed_reminder_comes_back_after_exactly_an_hour_and_only_once(diary, clock):
    reminder_on(diary)
    ask = prompts_on(diary, clock)
    clock.at = at(20, 0)
    assert ask.due().reminder is True
    clock.at = at(20, 5)
    assert ask.snooze() == at(21, 5)
    assert diary.settings.get("reminder_snoozed_until") == "2026-03-02T21:05"
    clock.at = at(21, 4, 59)
    assert ask.due().reminder is False
    clock.at = at(21, 5)
    assert ask.due().reminder is True
    assert diary.settings.get("reminder_snoozed_until") == ""  # used up
    clock.at = at(22, 5)
    assert ask.due().reminder is False


def test_a_snooze_survives_a_restart(diary, clock):
    reminder_on(diary)
    clock.at = at(20, 0)
    prompts_on(diary, clock).due()
    prompts_on(diary, clock).snooze()
    clock.at = at(21, 0)
    assert prompts_on(diary, clock).due().reminder is True


def test_a_snoozed_reminder_does_not_come_back_once_the_day_is_recorded(diary, clock):
    reminder_on(diary)
    ask = prompts_on(diary, clock)
    clock.at = at(20, 0)
    ask.due()
    ask.snooze()
    diary.checkins.save(CheckIn(DAY, pain_avg=4, enjoyment=3, activity=3, mood=6))
    clock.at = at(21, 0)
    assert ask.due().reminder is False


def test_a_snooze_past_midnight_is_dropped_with_its_day():
    shown = Reminder(on=True).shown(at(23, 30)).snoozed(at(23, 30))
    assert shown.snoozed_until == at(0, 30, day=DAY + timedelta(days=1))
    assert shown.due(at(0, 30, day=DAY + timedelta(days=1)), recorded=False) is False  # before the next day's 20:00
    assert shown.due(at(20, 0, day=DAY + timedelta(days=1)), recorded=False) is True


def test_settings_that_cannot_be_read_count_as_not_set():
    read = read_reminder({"reminder_on": "1", "reminder_time": "8 pm", "reminder_last_shown": "yesterday",
                          "reminder_snoozed_until": "soon"})  # fmt: skip
    assert read == Reminder(on=True, at=time(20, 0), last_shown=None, snoozed_until=None)
    assert read_reminder(reminder_settings(Reminder(True, time(7, 5), DAY, at(9, 30)))) == Reminder(
        True, time(7, 5), DAY, at(9, 30)
    )


def test_a_diary_that_cannot_keep_the_day_shown_still_shows_it_once_while_painlog_runs(diary, clock, monkeypatch):
    reminder_on(diary)
    ask = prompts_on(diary, clock)

    def refuse(key, value):
        raise DiaryError("The diary is locked by another program; nothing was saved.")

    monkeypatch.setattr(diary.settings, "set", refuse)
    clock.at = at(20, 0)
    assert ask.due().reminder is True
    clock.at = at(20, 1)
    assert ask.due().reminder is False


def test_a_read_only_painlog_gives_no_reminder(diary, clock):
    reminder_on(diary)
    clock.at = at(20, 0)
    quiet = Prompts(diary.settings, diary.checkins, diary.doses, clock.now, quiet=True)
    assert quiet.due().reminder is False
    assert diary.settings.get("reminder_last_shown") == ""


def test_the_reminder_choice_marks_the_first_run_question_answered(diary, clock):
    ask = prompts_on(diary, clock)
    assert ask.reminder_asked() is False
    ask.set_reminder(False, time(19, 30))
    assert ask.reminder_asked() is True
    assert [diary.settings.get(k) for k in ("reminder_on", "reminder_time", "reminder_asked")] == ["0", "19:30", "1"]


# ----- after an as-needed dose ------------------------------------------------------------------------


def as_needed(diary, name: str = "Oxycodone IR") -> int:
    regimen = Regimen(0, DAY - timedelta(days=30), dose_amount=5, dose_unit="mg", prn=True)
    therapy = diary.therapies.add(Therapy("medication", name, "oxycodone"), regimen)
    return therapy.id


def a_dose(diary, therapy_id: int, taken: datetime, before: int | None = 7, after: int | None = None) -> Dose:
    return diary.doses.add(Dose(therapy_id, taken, 5, "mg", prn=True, pain_before=before, pain_after=after))


def test_the_pain_after_a_dose_is_asked_from_one_hour_after_it_once(diary, clock):
    dose = a_dose(diary, as_needed(diary), at(9, 0))
    ask = prompts_on(diary, clock)
    clock.at = at(9, 59, 59)
    assert ask.due().follow_ups == []
    clock.at = at(10, 0)
    assert [d.id for d in ask.due().follow_ups] == [dose.id]
    clock.at = at(10, 0, 10)
    assert ask.due().follow_ups == []  # one question per dose
    clock.at = at(10, 30)
    assert prompts_on(diary, clock).due().follow_ups == []  # nor after a restart


def test_painlog_started_between_one_and_two_hours_after_asks_then_and_after_two_hours_not_at_all(diary, clock):
    therapy = as_needed(diary)
    late = a_dose(diary, therapy, at(9, 0))
    clock.at = at(10, 59)  # painlog was not running at 10:00
    assert [d.id for d in prompts_on(diary, clock).due().follow_ups] == [late.id]
    missed = a_dose(diary, therapy, at(12, 0))
    clock.at = at(14, 0, 1)  # started 2 hours and a second after the dose
    assert prompts_on(diary, clock).due().follow_ups == []
    assert missed.id is not None


def test_no_question_once_the_pain_after_is_in_or_without_a_pain_before(diary, clock):
    therapy = as_needed(diary)
    answered = a_dose(diary, therapy, at(9, 0))
    a_dose(diary, therapy, at(9, 10), before=None)
    diary.doses.update(Dose(therapy, answered.taken_at, 5, "mg", prn=True, pain_before=7, pain_after=3,
                            id=answered.id))  # fmt: skip
    clock.at = at(10, 30)
    assert prompts_on(diary, clock).due().follow_ups == []


def test_a_dose_taken_before_midnight_is_asked_about_after_it():
    dose = Dose(1, at(23, 30), 5, "mg", prn=True, pain_before=6, id=4)
    assert follow_ups_due([dose], at(0, 45, day=DAY + timedelta(days=1)), asked=set()) == [dose]
    assert prompts.follow_up_window_start(at(0, 45, day=DAY + timedelta(days=1))) == DAY


def test_scheduled_and_skipped_doses_are_never_asked_about():
    scheduled = Dose(1, at(9, 0), 5, "mg", prn=False, pain_before=6, id=1)
    skipped = Dose(1, at(9, 0), prn=False, skipped=True, skip_reason="forgot", pain_before=6, id=2)
    assert follow_ups_due([scheduled, skipped], at(10, 0), asked=set()) == []


def test_the_remembered_questions_keep_only_doses_that_could_still_be_asked_about(diary, clock):
    therapy = as_needed(diary)
    first = a_dose(diary, therapy, at(7, 0))
    clock.at = at(8, 0)
    prompts_on(diary, clock).due()
    assert diary.settings.get("dose_follow_ups_asked") == str(first.id)
    second = a_dose(diary, therapy, at(9, 0, day=DAY + timedelta(days=2)))
    clock.at = at(10, 0, day=DAY + timedelta(days=2))
    prompts_on(diary, clock).due()
    assert diary.settings.get("dose_follow_ups_asked") == str(second.id)  # the first one's day has gone


def test_a_refused_write_does_not_hide_a_time_the_patient_changes_later(diary, clock, monkeypatch):
    reminder_on(diary)
    ask = prompts_on(diary, clock)
    real_set = diary.settings.set

    def refuse(key, value):
        raise DiaryError("The diary is locked by another program; nothing was saved.")

    monkeypatch.setattr(diary.settings, "set", refuse)
    clock.at = at(20, 0)
    assert ask.due().reminder is True  # the day shown is kept in memory
    monkeypatch.setattr(diary.settings, "set", real_set)
    diary.settings.set("reminder_time", "21:30")  # changed in Settings afterwards
    assert ask.reminder().at == time(21, 30)


def test_the_rules_as_stored_and_at_their_edges():
    """What the mutation run found untested: the settings written for a reminder turned off or never shown, a
    snooze counting as the day's reminder, the follow-up still due at exactly two hours, and the asked doses'
    comma-separated list (the format document's `dose_follow_ups_asked`)."""
    off = reminder_settings(Reminder(on=False))
    assert off[prompts.REMINDER_ON_KEY] == "0" and off[prompts.REMINDER_LAST_SHOWN_KEY] == ""
    assert Reminder(on=True).snoozed(at(20, 5)).last_shown == DAY  # a snooze is the day's reminder, shown
    dose = Dose(1, at(8), 5, "mg", prn=True, pain_before=6, id=4)
    assert follow_ups_due([dose], at(10), asked=set()) == [dose]  # 2 h after, to the second: still asked
    assert follow_ups_due([dose], at(10, 0, 1), asked=set()) == []
    assert prompts.read_asked("3,5,12") == {3, 5, 12}
    assert prompts.asked_text([12, 3, 5, 3]) == "3,5,12"
