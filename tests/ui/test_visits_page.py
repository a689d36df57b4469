from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from painlog.domain.visits import Visit
from painlog.ui.visits_page import GoalDialog, VisitDialog
from tests.ui.conftest import click, press_save

TODAY = date.today()
pytestmark = pytest.mark.usefixtures("look")  # each test at 100 % light and at 150 % dark


@pytest.fixture
def page(window):
    window.show_page(window.visits_page)
    return window.visits_page


def test_a_question_without_a_booked_visit_first_asks_for_its_date(page, qtbot, diary, drive_dialog):
    in_two_weeks = TODAY + timedelta(days=14)

    def book(dialog):
        dialog.day.setDate(QDate(in_two_weeks.year, in_two_weeks.month, in_two_weeks.day))
        qtbot.keyClicks(dialog.clinician, "Dr Reyes")
        press_save(qtbot, dialog)

    drive_dialog(VisitDialog, book)
    qtbot.keyClicks(page.question_input, "Can I swim again?")
    qtbot.keyClick(page.question_input, Qt.Key.Key_Return)
    qtbot.keyClicks(page.question_input, "Is the numbness new?")
    click(qtbot, page.add_question_button)
    assert diary.visits.all() == [
        Visit(in_two_weeks, "Dr Reyes", ("Can I swim again?", "Is the numbness new?"), id=diary.visits.all()[0].id)
    ]
    assert page.questions.count() == 2 and page.question_input.text() == ""
    page.questions.setCurrentRow(0)
    click(qtbot, page.remove_question_button)
    assert diary.visits.all()[0].questions == ("Is the numbness new?",)


def test_record_what_a_past_visit_decided(page, qtbot, diary, drive_dialog):
    diary.visits.save(Visit(TODAY - timedelta(days=3), "Dr Reyes"))
    page.reload()

    def decide(dialog):
        qtbot.keyClicks(dialog.outcome, "Raise gabapentin to 600 mg")
        press_save(qtbot, dialog)

    drive_dialog(VisitDialog, decide)
    click(qtbot, page.outcome_button)
    assert diary.visits.all()[0].outcome == "Raise gabapentin to 600 mg"
    assert "Raise gabapentin" in page.past.item(0).text()


def test_add_a_goal_and_mark_it_achieved(page, qtbot, diary, drive_dialog):
    def goal(dialog):
        qtbot.keyClicks(dialog.text, "Walk 20 minutes without stopping")
        press_save(qtbot, dialog)

    drive_dialog(GoalDialog, goal)
    click(qtbot, page.goal_buttons[0])
    (stored,) = diary.goals.all()
    assert (stored.text, stored.status, stored.start) == ("Walk 20 minutes without stopping", "active", TODAY)
    page.goals.setCurrentRow(0)
    click(qtbot, page.goal_buttons[1])
    assert (diary.goals.all()[0].status, diary.goals.all()[0].achieved) == ("achieved", TODAY)
    assert "Achieved" in page.goals.item(0).text()


def test_a_visit_dated_today_is_the_next_one_and_what_it_decided_can_be_written_the_same_day(
    page, qtbot, diary, drive_dialog
):
    diary.visits.save(Visit(TODAY - timedelta(days=40), "Dr Reyes"))
    diary.visits.save(Visit(TODAY, "Dr Reyes", ("Can I swim?",)))
    page.reload()
    assert page.next.day == TODAY
    assert [page.questions.item(i).text() for i in range(page.questions.count())] == ["Can I swim?"]
    assert page.past.count() == 1 and page.past.item(0).text().startswith((TODAY - timedelta(days=40)).isoformat())

    def decide(dialog):
        assert dialog.outcome.isVisibleTo(dialog)
        qtbot.keyClicks(dialog.outcome, "Keep the dose")
        press_save(qtbot, dialog)

    drive_dialog(VisitDialog, decide)
    click(qtbot, page.book_button)
    assert next(v for v in diary.visits.all() if v.day == TODAY).outcome == "Keep the dose"


def test_what_a_button_did_is_said_under_its_own_section(page, qtbot, diary, drive_dialog):
    from tests.ui.conftest import said_beside

    def goal(dialog):
        qtbot.keyClicks(dialog.text, "Sleep through the night")
        press_save(qtbot, dialog)

    drive_dialog(GoalDialog, goal)
    click(qtbot, page.goal_buttons[0])
    assert page.goal_message.text() == "Goal added." and said_beside(page.goal_message, page.goal_buttons[0])
    assert page.message.text() == "" and page.next_message.text() == ""  # not at the top of the page
    click(qtbot, page.goal_buttons[2])  # "Working on it again" with no goal chosen
    assert page.goal_message.text() == "Choose a goal in the list first."
