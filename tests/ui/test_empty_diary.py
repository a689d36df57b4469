"""A new, empty diary: every page says in one plain sentence what to do first and offers the button that does it,
instead of an empty chart or a blank table (issue 12)."""

from datetime import date

import pytest

from painlog.domain.visits import Goal
from tests.ui.conftest import click, seed_days

TODAY = date.today()
pytestmark = pytest.mark.usefixtures("look")  # each test at 100 % light and at 150 % dark


def test_today_says_to_answer_and_save(window):
    page = window.today_page
    assert page.status.text() == "No entry for this day yet. Answer the required questions and press Save."
    assert page.save_button.isVisible()


def test_history_says_nothing_is_recorded_and_its_button_opens_today(window, qtbot):
    page = window.history_page
    window.show_page(page)
    assert page.empty.isVisible() and not page.table.isVisible()
    assert page.empty.text.text() == (
        "Nothing is recorded yet. Each day you save on the Today page shows here, newest first."
    )
    click(qtbot, page.empty.button)
    assert window.current_page() is window.today_page and window.today_page.day == TODAY


def test_trends_says_what_to_do_instead_of_three_empty_charts_until_a_day_is_saved(window, diary, qtbot):
    page = window.trends_page
    window.show_page(page)
    assert page.empty.isVisible() and not page.tabs.isVisible()
    assert page.empty.text.text().startswith("Nothing is recorded yet.")
    click(qtbot, page.empty.button)
    assert window.current_page() is window.today_page
    seed_days(diary, 3)
    page.mark_stale()  # as a save on the Today page does
    window.show_page(page)
    assert page.tabs.isVisible() and not page.empty.isVisible()


def test_did_it_help_without_therapies_points_to_the_therapies_page(window, diary, qtbot):
    seed_days(diary, 20)
    page = window.trends_page
    window.show_page(page)
    page.tabs.setCurrentIndex(1)
    assert page.no_responses.isVisible() and not page.response_table.isVisible()
    assert page.no_responses.text.text().startswith("Nothing to compare yet.")
    click(qtbot, page.no_responses.button)
    assert window.current_page() is window.therapies_page


def test_therapies_say_there_are_none_yet_and_name_the_button_that_adds_one(window):
    page = window.therapies_page
    window.show_page(page)
    assert page.title.text() == "No therapies yet"
    assert "“Add a therapy…” at the top of this page" in page.details.text()
    assert page.add_button.text() == "Add a therapy…" and page.add_button.isEnabled()


def test_visits_say_there_are_no_past_visits_or_goals_yet_until_there_are(window, diary):
    page = window.visits_page
    window.show_page(page)
    assert page.next_label.text() == "No appointment booked yet."
    assert page.no_past.isVisible() and "“Add a past visit…”" in page.no_past.text()
    assert page.no_goals.isVisible() and "“Add a goal…”" in page.no_goals.text()
    diary.goals.save(Goal("Walk 20 minutes", TODAY))
    page.reload()
    assert not page.no_goals.isVisible() and page.no_past.isVisible()
