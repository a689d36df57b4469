"""The Today page's rules without Qt: a fake form and in-memory repositories drive TodayPresenter."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime, timedelta

import pytest

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.errors import KnownProblemError
from painlog.presenters.questions import Elsewhere, Unsaved
from painlog.presenters.today import Answers, DayShown, Outcome, Said, Status, TodayPresenter
from tests.presenters.fakes import FakeCheckins, FakeFlares, FakeRecorded

TODAY = date(2026, 11, 20)
YESTERDAY = date(2026, 11, 19)
SAVED_DAY = CheckIn(TODAY, pain_avg=5, enjoyment=4, activity=3, mood=6, note="stiff")
GIVEN = {"pain_avg": 4, "enjoyment": 3, "activity": 5, "mood": 7}  # the required answers


class FakeForm:
    """The page as the presenter sees it: what the form holds, and a record of what it was told and asked."""

    def __init__(self) -> None:
        self.form = Answers()
        self.statuses: list[tuple[Status, bool]] = []
        self.said: list[Said] = []
        self.days: list[DayShown] = []
        self.flares: list[Sequence[Episode]] = []
        self.medications: list[date] = []
        self.changed: list[date] = []
        self.asked: list[str] = []
        self.unsaved_answer = Unsaved.CANCEL
        self.elsewhere_answer = Elsewhere.CANCEL
        self.confirms = True
        self.flare_answer: Episode | None = None
        self.presenter: TodayPresenter | None = None

    def edit(self, **changes: object) -> None:
        """The person changes answers; the page forwards each edit."""
        self.form = dataclasses.replace(self.form, **changes)
        assert self.presenter is not None
        self.presenter.edited()

    @property
    def status(self) -> Status:
        return self.statuses[-1][0]

    def answers(self) -> Answers:
        return self.form

    def show_answers(self, answers: Answers) -> None:
        self.form = answers

    def show_day(self, shown: DayShown) -> None:
        self.days.append(shown)

    def show_status(self, status: Status, deletable: bool) -> None:
        self.statuses.append((status, deletable))

    def show_flares(self, flares: Sequence[Episode]) -> None:
        self.flares.append(flares)

    def show_medications(self, day: date) -> None:
        self.medications.append(day)

    def say(self, said: Said) -> None:
        self.said.append(said)

    def clear_message(self) -> None:
        self.said.append(Said(Outcome.SAVED, "cleared"))  # marks where the message line was emptied

    def ask_save_changes(self) -> Unsaved:
        self.asked.append("save changes?")
        return self.unsaved_answer

    def ask_changed_elsewhere(self, changed: Exception) -> Elsewhere:
        self.asked.append(str(changed))
        return self.elsewhere_answer

    def confirm_delete_day(self, day: date) -> bool:
        self.asked.append(f"delete {day.isoformat()}?")
        return self.confirms

    def ask_flare(self, day: date, flare: Episode | None) -> Episode | None:
        self.asked.append(f"flare on {day.isoformat()}")
        return self.flare_answer

    def confirm_delete_flare(self, flare: Episode) -> bool:
        self.asked.append("delete flare?")
        return self.confirms

    def diary_changed(self, day: date) -> None:
        self.changed.append(day)


CLEARED = Said(Outcome.SAVED, "cleared")


def make(*stored: CheckIn, doses_until: date | None = None, flares: FakeFlares | None = None,
         ) -> tuple[TodayPresenter, FakeForm, FakeCheckins]:  # fmt: skip
    view, checkins = FakeForm(), FakeCheckins(*stored)
    presenter = TodayPresenter(view, checkins, flares or FakeFlares(), also_recorded=(FakeRecorded(doses_until),),
                               today=lambda: TODAY, latest=lambda: TODAY + timedelta(days=1))  # fmt: skip
    view.presenter = presenter
    presenter.refresh()
    return presenter, view, checkins


# ----- unsaved changes ------------------------------------------------------------------------------


def test_a_day_without_an_entry_shows_no_answers_and_nothing_to_delete():
    presenter, view, _ = make()
    assert view.form == Answers()
    assert view.statuses[-1] == (Status.NEW, False)
    assert not presenter.is_dirty()
    assert view.days[-1] == DayShown(TODAY, TODAY, TODAY)
    assert view.medications == [TODAY]


def test_an_edit_makes_the_day_unsaved_and_editing_it_back_saved_again():
    presenter, view, _ = make(SAVED_DAY)
    assert view.form == Answers(pain_avg=5, enjoyment=4, activity=3, mood=6, note="stiff")
    assert view.statuses[-1] == (Status.SAVED, True)
    view.edit(pain_avg=7)
    assert presenter.is_dirty() and view.status is Status.UNSAVED
    assert view.said[-1] == CLEARED  # an older message is no longer news
    view.edit(pain_avg=5)
    assert not presenter.is_dirty() and view.status is Status.SAVED


def test_filling_the_form_with_the_stored_day_is_not_an_edit():
    presenter, view, _ = make(SAVED_DAY)

    def fill_one_by_one(answers: Answers) -> None:  # as widgets do: each one announces its new value
        for field in dataclasses.fields(answers):
            view.form = dataclasses.replace(view.form, **{field.name: getattr(answers, field.name)})
            presenter.edited()

    view.show_answers = fill_one_by_one  # type: ignore[method-assign]
    view.statuses.clear()
    presenter.refresh()
    assert view.statuses == [(Status.SAVED, True)]  # no passing "unsaved" while half the day was shown


def test_save_writes_the_forms_answers_and_the_day_is_saved():
    presenter, view, checkins = make()
    view.edit(**GIVEN, sleep_hours=6.5, locations=("lower_back",), note="long walk")
    assert presenter.save()
    expected = CheckIn(TODAY, pain_avg=4, enjoyment=3, activity=5, mood=7, sleep_hours=6.5,
                       locations=("lower_back",), note="long walk")  # fmt: skip
    assert checkins.writes == [("save", expected, None)]  # over "no entry", as the form opened
    assert view.said[-1] == Said(Outcome.SAVED, "14:05")
    assert view.statuses[-1] == (Status.SAVED, True)
    assert not presenter.is_dirty()
    assert view.changed == [TODAY]


def test_saving_twice_writes_over_the_version_saved_first():
    presenter, view, checkins = make()
    view.edit(**GIVEN)
    presenter.save()
    view.edit(pain_avg=6)
    assert presenter.save()
    first = CheckIn(TODAY, pain_avg=4, enjoyment=3, activity=5, mood=7)
    assert checkins.writes[1] == ("save", dataclasses.replace(first, pain_avg=6), first)
    assert view.asked == []


def test_missing_required_answers_are_named_in_the_forms_order_and_nothing_is_written():
    presenter, view, checkins = make()
    view.edit(activity=2)
    assert not presenter.save()
    assert view.said[-1] == Said(Outcome.MISSING, fields=("pain_avg", "enjoyment", "mood"))
    assert checkins.writes == []
    assert presenter.is_dirty() and view.status is Status.UNSAVED


def test_a_broken_rule_is_refused_with_the_field_it_is_about():
    presenter, view, checkins = make()
    view.edit(**GIVEN, pain_worst=2)  # worst below the average of 4
    assert not presenter.save()
    assert view.said[-1] == Said(Outcome.REFUSED, "Worst pain cannot be lower than average pain.", ("pain_worst",))
    assert checkins.writes == []


def test_a_day_after_the_latest_day_anywhere_is_refused():
    presenter, view, checkins = make()
    presenter.day = TODAY + timedelta(days=2)  # the page never offers it; the rule holds anyway
    view.edit(**GIVEN)
    assert not presenter.save()
    assert view.said[-1] == Said(Outcome.REFUSED, "A day in the future cannot be recorded yet.", ("date",))
    assert checkins.writes == []


def test_a_write_that_fails_leaves_the_form_unsaved_and_says_why():
    presenter, view, checkins = make(SAVED_DAY)
    checkins.failure = KnownProblemError("The disk is full, so the day was not saved")
    view.edit(mood=2)
    assert not presenter.save()
    assert view.said[-1] == Said(Outcome.REFUSED, "The disk is full, so the day was not saved")
    assert presenter.is_dirty() and view.status is Status.UNSAVED
    assert view.form.mood == 2  # the person's answers stay on the page
    assert checkins.days[TODAY] == SAVED_DAY and view.changed == []


def test_a_bug_in_a_write_is_not_turned_into_a_sentence():
    presenter, view, checkins = make()
    checkins.failure = TypeError("a bug")
    view.edit(**GIVEN)
    with pytest.raises(TypeError):
        presenter.save()


# ----- moving between days --------------------------------------------------------------------------


def test_switching_day_without_changes_asks_nothing():
    presenter, view, _ = make(dataclasses.replace(SAVED_DAY, day=YESTERDAY))
    assert presenter.open_day(YESTERDAY)
    assert view.asked == []
    assert presenter.day == YESTERDAY and view.form.pain_avg == 5
    assert view.days[-1] == DayShown(YESTERDAY, TODAY, TODAY)


def test_switching_day_with_unsaved_changes_asks_and_cancel_stays_on_the_day():
    presenter, view, checkins = make()
    view.edit(pain_avg=3)
    view.unsaved_answer = Unsaved.CANCEL
    assert not presenter.open_day(YESTERDAY)
    assert view.asked == ["save changes?"]
    assert presenter.day == TODAY and view.form.pain_avg == 3
    assert view.days[-1].day == TODAY  # the date field goes back to the day still shown
    assert checkins.writes == []


def test_switching_day_and_discarding_shows_the_other_day_and_writes_nothing():
    presenter, view, checkins = make()
    view.edit(pain_avg=3)
    view.unsaved_answer = Unsaved.DISCARD
    assert presenter.open_day(YESTERDAY)
    assert presenter.day == YESTERDAY and view.form == Answers()
    assert checkins.writes == [] and not presenter.is_dirty()


def test_switching_day_and_saving_first_writes_then_moves():
    presenter, view, checkins = make()
    view.edit(**GIVEN)
    view.unsaved_answer = Unsaved.SAVE
    assert presenter.open_day(YESTERDAY)
    assert checkins.days[TODAY] == CheckIn(TODAY, pain_avg=4, enjoyment=3, activity=5, mood=7)
    assert presenter.day == YESTERDAY


def test_switching_day_and_saving_first_stays_when_the_save_is_refused():
    presenter, view, checkins = make()
    view.edit(pain_avg=3)  # three required answers missing
    view.unsaved_answer = Unsaved.SAVE
    assert not presenter.open_day(YESTERDAY)
    assert presenter.day == TODAY and view.form.pain_avg == 3
    assert view.said[-1].outcome is Outcome.MISSING


def test_the_page_goes_no_further_than_today_or_a_later_recorded_day():
    presenter, view, _ = make()
    presenter.open_day(TODAY + timedelta(days=5))
    assert presenter.day == TODAY and not view.days[-1].can_go_later
    tomorrow = TODAY + timedelta(days=1)  # a dose logged before flying west: tomorrow here, not in the future
    presenter, view, _ = make(doses_until=tomorrow)
    presenter.open_day(TODAY + timedelta(days=5))
    assert presenter.day == tomorrow
    assert view.days[-1] == DayShown(tomorrow, tomorrow, TODAY) and view.days[-1].days_ago == -1
    presenter, view, _ = make(doses_until=TODAY + timedelta(days=3))  # past the latest day anywhere: ignored
    assert presenter.furthest_day() == TODAY


# ----- changed elsewhere ----------------------------------------------------------------------------

OTHER = dataclasses.replace(SAVED_DAY, pain_avg=8, note="from the other window")


def opened_then_changed_elsewhere() -> tuple[TodayPresenter, FakeForm, FakeCheckins]:
    presenter, view, checkins = make(SAVED_DAY)
    checkins.days[TODAY] = OTHER
    view.edit(pain_avg=2)
    return presenter, view, checkins


def test_saved_elsewhere_meanwhile_asks_and_cancel_keeps_both_versions():
    presenter, view, checkins = opened_then_changed_elsewhere()
    view.elsewhere_answer = Elsewhere.CANCEL
    assert not presenter.save()
    assert view.asked == ["2026-11-20 was changed elsewhere since you opened it"]
    assert view.said[-1] == Said(Outcome.NOT_SAVED, "2026-11-20 was changed elsewhere since you opened it")
    assert checkins.days[TODAY] == OTHER
    assert view.form.pain_avg == 2 and presenter.is_dirty()


def test_saved_elsewhere_meanwhile_and_reload_shows_that_version():
    presenter, view, checkins = opened_then_changed_elsewhere()
    view.elsewhere_answer = Elsewhere.RELOAD
    assert not presenter.save()
    assert view.form.pain_avg == 8 and view.form.note == "from the other window"
    assert view.said[-1] == Said(Outcome.RELOADED)
    assert not presenter.is_dirty() and checkins.writes == []


def test_saved_elsewhere_meanwhile_and_keep_mine_saves_over_it():
    presenter, view, checkins = opened_then_changed_elsewhere()
    view.elsewhere_answer = Elsewhere.KEEP_MINE
    assert presenter.save()
    assert checkins.writes == [("save", dataclasses.replace(SAVED_DAY, pain_avg=2), OTHER)]
    assert view.said[-1] == Said(Outcome.SAVED, "14:05")


# ----- deleting a day -------------------------------------------------------------------------------


def test_deleting_a_day_asks_first_and_then_shows_it_empty():
    presenter, view, checkins = make(SAVED_DAY)
    view.confirms = False
    presenter.delete_day()
    assert checkins.days[TODAY] == SAVED_DAY
    view.confirms = True
    presenter.delete_day()
    assert view.asked == ["delete 2026-11-20?", "delete 2026-11-20?"]
    assert checkins.writes == [("delete", TODAY, SAVED_DAY)]
    assert view.form == Answers() and view.statuses[-1] == (Status.NEW, False)
    assert view.said[-1] == Said(Outcome.DELETED) and view.changed == [TODAY]


def test_deleting_a_day_without_an_entry_does_nothing():
    presenter, view, checkins = make()
    presenter.delete_day()
    assert view.asked == [] and checkins.writes == []


def test_deleting_a_day_saved_elsewhere_meanwhile_deletes_nothing_and_shows_it():
    presenter, view, checkins = make(SAVED_DAY)
    checkins.days[TODAY] = OTHER
    presenter.delete_day()
    assert checkins.days[TODAY] == OTHER
    assert view.form.pain_avg == 8
    assert view.said[-1] == Said(Outcome.NOT_DELETED, "2026-11-20 was changed elsewhere since you opened it")


def test_a_refused_delete_says_why():
    presenter, view, checkins = make(SAVED_DAY)
    checkins.failure = KnownProblemError("The diary is locked by another program")
    presenter.delete_day()
    assert view.said[-1] == Said(Outcome.REFUSED, "The diary is locked by another program")
    assert checkins.days[TODAY] == SAVED_DAY and view.changed == []


# ----- flares and read-only ---------------------------------------------------------------------------

FLARE = Episode(at=datetime(2026, 11, 20, 9, 30), intensity=8, trigger="stairs")


def test_a_flare_is_written_at_once_and_leaves_the_days_answers_as_they_are():
    presenter, view, _ = make(SAVED_DAY)
    view.edit(mood=1)
    view.flare_answer = FLARE
    presenter.log_flare()
    assert view.asked == ["flare on 2026-11-20"]
    assert view.flares[-1] == [dataclasses.replace(FLARE, id=1)]
    assert view.said[-1] == Said(Outcome.FLARE_SAVED) and view.changed == [TODAY]
    assert presenter.is_dirty() and view.form.mood == 1  # the day's own answers are still to be saved


def test_a_flare_edited_keeps_its_id_and_a_cancelled_one_changes_nothing():
    presenter, view, _ = make()
    view.flare_answer = FLARE
    presenter.log_flare()
    stored = view.flares[-1][0]
    view.flare_answer = dataclasses.replace(FLARE, intensity=6)  # the dialog gives no id back
    presenter.edit_flare(stored)
    assert view.flares[-1] == [dataclasses.replace(FLARE, intensity=6, id=1)]
    view.flare_answer = None
    presenter.log_flare()
    assert len(view.flares[-1]) == 1 and view.changed == [TODAY, TODAY]


def test_a_flare_write_that_fails_says_why_and_a_deleted_flare_goes():
    flares = FakeFlares()
    presenter, view, _ = make(flares=flares)
    view.flare_answer = FLARE
    presenter.log_flare()
    stored = view.flares[-1][0]
    flares.failure = KnownProblemError("The disk is full")
    presenter.delete_flare(stored)
    assert view.said[-1] == Said(Outcome.REFUSED, "The disk is full")
    assert view.flares[-1] == [stored] and view.changed == [TODAY]
    flares.failure = None
    presenter.delete_flare(stored)
    assert view.flares[-1] == [] and view.asked[-1] == "delete flare?"


def test_read_only_says_whether_the_day_is_saved():
    presenter, view, _ = make(SAVED_DAY)
    presenter.set_read_only()
    assert view.status is Status.READ_ONLY_SAVED
    presenter.open_day(YESTERDAY)
    assert view.status is Status.READ_ONLY_EMPTY


def test_the_diarys_own_repositories_serve_the_presenter(diary):
    """The same rules over a real diary file: what the form held is what the file holds, and a day saved from
    another connection meanwhile is not overwritten unasked."""
    view = FakeForm()
    presenter = TodayPresenter(view, diary.checkins, diary.episodes, also_recorded=(diary.doses,),
                               today=lambda: TODAY, latest=lambda: TODAY + timedelta(days=1))  # fmt: skip
    view.presenter = presenter
    presenter.refresh()
    view.edit(**GIVEN, note="first")
    assert presenter.save()
    assert diary.checkins.get(TODAY) == CheckIn(TODAY, pain_avg=4, enjoyment=3, activity=5, mood=7, note="first")
    diary.checkins.save(CheckIn(TODAY, pain_avg=9, enjoyment=9, activity=9, mood=1))  # another window
    view.edit(note="second")
    assert not presenter.save()
    assert view.said[-1].outcome is Outcome.NOT_SAVED and "changed elsewhere" in view.said[-1].text
    assert diary.checkins.get(TODAY).pain_avg == 9
