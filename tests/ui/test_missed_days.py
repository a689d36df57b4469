"""The question on opening a diary with days missing since the last entry: its sentence, filling a day in,
marking days "didn't record" (one, or all), "Not now", and asked at most once a day."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from painlog.domain.checkin import CheckIn
from painlog.storage.errors import DiaryWriteError
from painlog.ui.missed_days_dialog import MissedDaysDialog
from tests.ui.conftest import seed_days

TODAY = date.today()
LAST = TODAY - timedelta(days=5)  # the last entry: 4 days without one since (today is not over yet)
MISSING = [TODAY - timedelta(days=n) for n in (4, 3, 2, 1)]  # oldest first


@pytest.fixture
def gap(diary):
    for offset in (7, 6, 5):
        diary.checkins.save(CheckIn(TODAY - timedelta(days=offset), 5, 4, 4, 6))
    return diary


def marks(diary) -> list[tuple[str]]:
    return diary.db.execute("SELECT date FROM unrecorded_days ORDER BY date").fetchall()


def ask(window, drive_dialog, steps) -> list[MissedDaysDialog]:
    """Open the question as the app does on start-up, each time driven by `steps`; the dialogs shown."""
    shown = []

    def record(dialog) -> None:
        shown.append(dialog)
        steps(dialog)

    drive_dialog(MissedDaysDialog, record)
    window.ask_missed_days()
    return shown


def test_missing_days_are_asked_about_with_the_weekday_and_not_now_changes_nothing(window, gap, qtbot, drive_dialog):
    seen = {}

    def not_now(dialog) -> None:
        seen["sentence"] = dialog.sentence.text()
        seen["days"] = list(dialog.fill_buttons)
        seen["names"] = [dialog.mark_buttons[day].accessibleName() for day in MISSING]
        qtbot.mouseClick(dialog.not_now_button, Qt.MouseButton.LeftButton)

    assert len(ask(window, drive_dialog, not_now)) == 1
    # The last entry was five days ago: within the week, so its weekday names it
    assert seen["sentence"] == f"4 days without an entry since {LAST:%A}"
    assert seen["days"] == MISSING
    assert seen["names"][0] == f"Mark {MISSING[0]:%A} {MISSING[0].day}\u00a0{MISSING[0]:%B} as not recorded"
    assert marks(gap) == []
    assert window.current_page() is window.today_page and window.today_page.day == TODAY
    assert gap.settings.get("missed_days_asked_on") == TODAY.isoformat()


def test_a_day_marked_didnt_record_is_kept_and_shows_in_history(window, gap, qtbot, drive_dialog):
    def mark_one(dialog) -> None:
        qtbot.mouseClick(dialog.mark_buttons[MISSING[1]], Qt.MouseButton.LeftButton)
        assert dialog.states[MISSING[1]].isVisible() and dialog.states[MISSING[1]].text() == "marked not recorded"
        assert not dialog.states[MISSING[0]].isVisible()
        assert not dialog.mark_buttons[MISSING[1]].isEnabled()
        qtbot.mouseClick(dialog.not_now_button, Qt.MouseButton.LeftButton)

    ask(window, drive_dialog, mark_one)
    assert marks(gap) == [(MISSING[1].isoformat(),)]
    window.show_page(window.history_page)
    model = window.history_page.model
    assert model.index(model.row_of(MISSING[1]), 1).data() == "not recorded"
    assert model.index(model.row_of(MISSING[0]), 1).data() == "no entry"


def test_filling_a_day_in_opens_the_editor_on_that_day(window, gap, qtbot, drive_dialog):
    def fill(dialog) -> None:
        qtbot.mouseClick(dialog.fill_buttons[MISSING[2]], Qt.MouseButton.LeftButton)

    window.show_page(window.history_page)  # wherever the window is, the editor is shown
    ask(window, drive_dialog, fill)
    assert window.current_page() is window.today_page
    assert window.today_page.day == MISSING[2]
    assert window.today_page.scales["pain_avg"].value() is None  # an empty day, ready to fill
    assert marks(gap) == []


def test_every_action_is_reached_with_tab_and_enter_and_mark_all_closes(window, gap, qtbot, drive_dialog):
    from PySide6.QtWidgets import QApplication

    def by_keys(dialog) -> None:
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        assert QApplication.focusWidget() is dialog.not_now_button  # Enter at once: "Not now"
        for _ in range(20):  # Tab on to the first day's "Didn't record", as a keyboard user would
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is dialog.mark_buttons[MISSING[0]]:
                break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert dialog.marked == [MISSING[0]]
        dialog.mark_all_button.setFocus()
        qtbot.keyClick(dialog.mark_all_button, Qt.Key.Key_Return)

    shown = ask(window, drive_dialog, by_keys)
    assert not shown[0].isVisible()  # all marked: nothing left to ask
    assert marks(gap) == [(day.isoformat(),) for day in MISSING]
    window.show_page(window.history_page)
    assert "4 marked not recorded" in window.history_page.summary.text()


def test_asked_at_most_once_a_day(window, gap, qtbot, drive_dialog):
    shown = ask(window, drive_dialog, lambda dialog: dialog.reject())
    window.ask_missed_days()  # the window opened again the same day
    assert len(shown) == 1


def test_a_diary_without_entries_or_without_missing_days_is_not_asked(window, diary, drive_dialog):
    assert ask(window, drive_dialog, lambda dialog: dialog.reject()) == []  # nothing recorded yet
    seed_days(diary, 3)  # up to yesterday: nothing missing
    window.ask_missed_days()
    assert diary.settings.get("missed_days_asked_on") == ""


def test_a_mark_that_cannot_be_written_says_so_and_marks_nothing(window, gap, qtbot, drive_dialog, monkeypatch):
    full = "The disk is full, so nothing was saved. Free some space and save again."

    def refuse(days):
        raise DiaryWriteError(full)

    monkeypatch.setattr(gap.checkins, "mark_not_recorded", refuse)

    def mark_one(dialog) -> None:
        qtbot.mouseClick(dialog.mark_buttons[MISSING[0]], Qt.MouseButton.LeftButton)
        assert dialog.error.isVisible() and dialog.error.text() == full
        assert dialog.mark_buttons[MISSING[0]].isEnabled() and dialog.marked == []
        dialog.reject()

    ask(window, drive_dialog, mark_one)
    assert marks(gap) == []


def test_the_app_asks_once_its_window_is_up(qapp, monkeypatch, tmp_path):
    from PySide6.QtCore import QTimer

    from painlog import app
    from painlog.storage.diary import open_diary
    from painlog.ui import dialogs

    path = tmp_path / "diary.sqlite"
    with open_diary(path) as diary:
        diary.checkins.save(CheckIn(LAST, 5, 4, 4, 6))
    asked = []
    monkeypatch.setattr(app, "MISSED_DAYS_DELAY_MS", 10)
    monkeypatch.setattr(dialogs, "ask_missed_days", lambda parent, missed, today, mark: asked.append(missed.days))
    assert app.run_gui(path, after_show=lambda window: QTimer.singleShot(300, window.close)) == 0
    assert asked == [tuple(MISSING)]


def test_a_read_only_window_does_not_ask(diary_path, qtbot):
    """Another painlog has the diary open: nothing could be marked here, so that one asks."""
    from painlog.app import build_window
    from painlog.session import DiarySession
    from tests.holder import OtherProgram

    session = DiarySession(diary_path)
    session.diary.checkins.save(CheckIn(LAST, 5, 4, 4, 6))
    session.close()
    with OtherProgram(diary_path):
        watching = DiarySession(diary_path, read_only=True)
        window = build_window(watching)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.ask_missed_days()  # an unreplaced dialog would fail the test
        window.close()
        watching.close()


def test_a_painlog_started_in_the_background_asks_when_its_window_first_comes_out(window, gap, qtbot, drive_dialog):
    """At log-in painlog starts in the tray with no window to ask over; the question waits for the window."""
    window.hide()
    window.in_tray = True
    shown = []
    drive_dialog(MissedDaysDialog, lambda dialog: (shown.append(dialog.sentence.text()), dialog.reject()))
    window.ask_missed_days()  # the start-up moment, with the window still in the tray: nothing asked
    assert shown == []
    window.bring_back()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert gap.settings.get("missed_days_asked_on") == TODAY.isoformat()
