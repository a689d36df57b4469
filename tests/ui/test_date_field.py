"""Date fields by keyboard: one Tab stop; a whole typed date replaces the value on Return or on leaving the
field; a stray digit never moves the page to another day; unsaved answers are asked about first."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from painlog.ui import dialogs
from painlog.ui.form_dialog import datetime_input, moment_of
from tests.ui.conftest import answer, seed_days

TODAY = date.today()


def tab_into(qtbot, before, field) -> None:
    """Focus `before` and press Tab once: the field is next, its whole date selected."""
    before.window().activateWindow()
    before.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field
    assert field.lineEdit().selectedText() == field.lineEdit().text()


def test_a_pain_score_typed_into_the_date_field_does_not_move_the_page(page, qtbot):
    tab_into(qtbot, page.previous_button, page.date_edit)
    qtbot.keyClicks(page.date_edit, "6")  # meant for the pain question
    assert page.day == TODAY and page.date_edit.lineEdit().text() == "6"
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Tab)
    assert page.day == TODAY
    assert page.date_edit.date().toPython() == TODAY
    assert page.date_edit.lineEdit().text() == TODAY.isoformat()
    assert page.date_edit.problem == ("“6” is not a whole date, so the date was not changed: type it like 2026-11-20.")
    assert QApplication.focusWidget() is not page.date_edit  # Tab left the field at once
    assert page.message.text() == page.date_edit.problem  # said on the page too, not only in a passing tooltip


def test_a_whole_typed_date_opens_that_day_on_return(page, qtbot, diary):
    seed_days(diary, 10, pain=3)
    day = TODAY - timedelta(days=9)
    tab_into(qtbot, page.previous_button, page.date_edit)
    qtbot.keyClicks(page.date_edit, day.isoformat()[:7])
    assert page.day == TODAY  # not each keystroke: only the whole date
    qtbot.keyClicks(page.date_edit, day.isoformat()[7:])
    assert page.day == TODAY
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Return)
    assert page.day == day
    assert page.scales["pain_avg"].value() == 3
    assert page.date_edit.lineEdit().text() == day.isoformat()


def test_a_typed_date_with_unsaved_answers_asks_once_before_the_page_moves(page, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent: asked.append(parent) or dialogs.Unsaved.CANCEL)
    answer(qtbot, page, "pain_avg", 6)
    day = TODAY - timedelta(days=3)
    tab_into(qtbot, page.previous_button, page.date_edit)
    qtbot.keyClicks(page.date_edit, day.strftime("%Y%m%d"))
    assert asked == []
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Tab)  # leaving the field takes the date: the question comes first
    assert len(asked) == 1
    assert page.day == TODAY and page.scales["pain_avg"].value() == 6
    assert page.date_edit.date().toPython() == TODAY


def test_a_day_after_the_last_one_allowed_is_refused_in_words(page, qtbot):
    too_late = page.date_edit.maximumDate().toPython() + timedelta(days=1)
    tab_into(qtbot, page.previous_button, page.date_edit)
    qtbot.keyClicks(page.date_edit, too_late.isoformat())
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Return)
    assert page.day == TODAY
    assert (
        page.date_edit.problem == f"{too_late.isoformat()} is later than this field allows; the date was not changed."
    )
    assert QApplication.focusWidget() is page.date_edit  # Return kept the field, to type the date again


def test_escape_puts_the_date_back_and_arrows_step_a_day(page, qtbot):
    tab_into(qtbot, page.previous_button, page.date_edit)
    qtbot.keyClicks(page.date_edit, "2020-0")
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Escape)
    assert page.date_edit.lineEdit().text() == TODAY.isoformat()
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Down)
    assert page.day == TODAY - timedelta(days=1)
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Up)
    assert page.day == TODAY


def test_f4_opens_the_calendar(page, qtbot):
    tab_into(qtbot, page.previous_button, page.date_edit)
    qtbot.keyClick(page.date_edit, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: page.calendar is not None and page.calendar.isVisible())
    page.calendar.parentWidget().hide()


def test_a_date_typed_over_a_trends_date_replaces_it_whole(window, qtbot):
    page = window.trends_page
    window.show_page(page)
    wanted = TODAY - timedelta(days=6)
    assert wanted.month != page.custom_start.date().month() or wanted.day != page.custom_start.date().day()
    tab_into(qtbot, page.range_buttons["90 days"], page.custom_start)
    qtbot.keyClicks(page.custom_start, wanted.isoformat())
    qtbot.keyClick(page.custom_start, Qt.Key.Key_Tab)
    assert page.custom_start.date().toPython() == wanted
    assert QApplication.focusWidget() is page.custom_end


def test_a_date_and_time_field_takes_a_whole_moment_or_a_time_alone(qtbot):
    field = datetime_input(datetime(2026, 11, 26, 9, 15))
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(field, "2026-11-20 14:30")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert moment_of(field) == datetime(2026, 11, 20, 14, 30)
    qtbot.keyClicks(field, "7:05")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert moment_of(field) == datetime(2026, 11, 20, 7, 5)
    qtbot.keyClicks(field, "2026-11-23")  # a day alone keeps the time shown
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert moment_of(field) == datetime(2026, 11, 23, 7, 5)
    qtbot.keyClicks(field, "2026-11")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert moment_of(field) == datetime(2026, 11, 23, 7, 5)
    assert "not a whole date" in field.problem
    qtbot.keyClick(field, Qt.Key.Key_Down)  # an hour earlier, not a year
    assert moment_of(field) == datetime(2026, 11, 23, 6, 5)
