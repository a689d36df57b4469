"""The daily reminder, the question after an as-needed dose and the tray, driven like a patient on a clock the
test moves: the notification and its click, the banner's snooze, the window kept in the tray (and quit from
it), painlog --background, the first-run question, and Settings' reminder and autostart."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from painlog import app
from painlog.domain.therapy import Dose, Regimen, Therapy
from painlog.ui import dialogs, instance
from painlog.ui.dose_dialog import AsNeededDoseDialog
from painlog.ui.main_window import MainWindow
from painlog.ui.reminder_question import ReminderQuestionDialog
from painlog.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import answer, click, click_box, press_save, stored
from tests.ui.test_procedure_diaries import FakeClock

DAY = date(2026, 3, 2)
REMINDER = "How was today? One minute in painlog"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 19, 59))


@pytest.fixture
def open_window(diary, qtbot, clock):
    """painlog's window over the diary on the fake clock, as a start of the app builds it; its timer started."""
    from painlog.session import DiarySession

    made = []

    def start() -> MainWindow:
        window = MainWindow(diary, diary_path=diary.path, session=DiarySession(diary.path, diary), today=clock.today,
                            now=clock.now)  # fmt: skip
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.prompt_timer.timer.isActive)
        made.append(window)
        return window

    yield start
    for window in made:  # closed for good, not to the tray
        window.close_without_asking()
        window.deleteLater()


@pytest.fixture
def tray(monkeypatch) -> list:
    """A desktop with a system tray; returns the notifications' texts."""
    shown: list = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, title, text, *rest: shown.append(text))
    return shown


@pytest.fixture
def no_tray(monkeypatch) -> list:
    alerts: list = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    monkeypatch.setattr(QApplication, "alert", staticmethod(lambda widget, msec=0: alerts.append(widget)))
    return alerts


@pytest.fixture
def told(monkeypatch) -> list:
    """The once-only message that painlog keeps running in the tray."""
    seen: list = []
    monkeypatch.setattr(dialogs, "show_still_running", lambda parent: seen.append(parent))
    return seen


def reminder_on(diary, when: str = "20:00") -> None:
    for key, value in (("reminder_on", "1"), ("reminder_time", when), ("reminder_asked", "1")):
        diary.settings.set(key, value)


def fill_in_today(qtbot, window) -> None:
    page = window.today_page
    for field, value in (("pain_avg", 4), ("enjoyment", 3), ("activity", 3), ("mood", 6)):
        answer(qtbot, page, field, value)
    window.save_action.trigger()


# ----- the daily reminder ------------------------------------------------------------------------------


def test_the_reminder_notifies_at_its_time_and_its_click_opens_today(diary, open_window, clock, qtbot, tray, told):
    reminder_on(diary)
    window = open_window()
    reminders = window.reminders
    assert tray == [] and reminders.reminder_banner.isHidden()  # 19:59: not yet
    assert window.tray.kept  # the reminder is on: painlog's icon is in the tray
    clock.move(minutes=1)  # 20:00
    window.prompt_timer.tick()
    assert tray == [REMINDER]
    assert reminders.reminder_banner.isVisible() and reminders.reminder_banner.text.text() == REMINDER
    assert window.tray.snooze_action.isVisible()  # the tray menu offers the snooze while the reminder shows
    window.prompt_timer.tick()
    assert tray == [REMINDER]  # once
    window.open_day(DAY - timedelta(days=3))
    window.close()  # to the tray
    assert not window.isVisible() and window.in_tray
    window.tray.icon.messageClicked.emit()
    assert window.isVisible() and not window.in_tray
    assert window.current_page() is window.today_page and window.today_page.day == DAY


def test_the_reminder_shows_in_the_window_where_there_is_no_tray(diary, open_window, clock, qtbot, no_tray):
    reminder_on(diary)
    window = open_window()
    clock.move(minutes=1)
    window.prompt_timer.tick()
    assert no_tray == [window]  # the window asks for attention
    assert window.reminders.reminder_banner.isVisible()
    assert not window.tray.kept


def test_no_reminder_once_today_is_saved_and_a_showing_one_goes(diary, open_window, clock, qtbot, tray):
    reminder_on(diary)
    window = open_window()
    clock.move(minutes=1)
    window.prompt_timer.tick()
    fill_in_today(qtbot, window)
    assert stored(diary, DAY)["pain_avg"] == 4
    assert window.reminders.reminder_banner.isHidden() and not window.tray.snooze_action.isVisible()
    clock.move(hours=1)
    window.prompt_timer.tick()
    assert tray == [REMINDER]


def test_the_banners_snooze_brings_the_reminder_back_after_exactly_an_hour(diary, open_window, clock, qtbot, tray):
    reminder_on(diary)
    window = open_window()
    clock.move(minutes=1)  # 20:00
    window.prompt_timer.tick()
    clock.move(minutes=2)  # 20:02
    click(qtbot, window.reminders.snooze_button)
    assert window.reminders.reminder_banner.isHidden() and not window.tray.snooze_action.isVisible()
    assert diary.settings.get("reminder_snoozed_until") == "2026-03-02T21:02"
    clock.move(minutes=59, seconds=59)
    window.prompt_timer.tick()
    assert tray == [REMINDER]
    clock.move(seconds=1)  # 21:02
    window.prompt_timer.tick()
    assert tray == [REMINDER, REMINDER]
    assert window.reminders.reminder_banner.isVisible()


def test_the_tray_menus_snooze_works_too(diary, open_window, clock, qtbot, tray):
    reminder_on(diary)
    window = open_window()
    clock.move(minutes=1)
    window.prompt_timer.tick()
    assert [a.text() for a in window.tray.menu.actions() if a.isVisible()] == ["Open painlog", "Snooze one hour",
                                                                               "Quit painlog"]  # fmt: skip
    window.tray.snooze_action.trigger()
    assert [a.text() for a in window.tray.menu.actions() if a.isVisible()] == ["Open painlog", "Quit painlog"]
    clock.move(hours=1)
    window.prompt_timer.tick()
    assert tray == [REMINDER, REMINDER]


def test_a_restart_on_the_same_day_does_not_remind_again(diary, open_window, clock, qtbot, tray):
    reminder_on(diary)
    clock.move(minutes=1)
    first = open_window()
    assert tray == [REMINDER]  # started at 20:00: at once
    first.close_without_asking()
    clock.move(minutes=30)
    second = open_window()
    second.prompt_timer.tick()
    assert tray == [REMINDER] and second.reminders.reminder_banner.isHidden()


# ----- the tray ----------------------------------------------------------------------------------------


def test_closing_the_window_keeps_painlog_in_the_tray_and_says_so_once(diary, open_window, qtbot, tray, told):
    reminder_on(diary)
    window = open_window()
    window.close()
    assert not window.isVisible() and window.in_tray and window.prompt_timer.timer.isActive()
    assert told == [window] and diary.settings.get("tray_told") == "1"
    window.tray.open_action.trigger()
    assert window.isVisible()
    window.close()
    assert told == [window]  # once


def test_unsaved_changes_are_asked_about_before_the_window_goes_to_the_tray(diary, open_window, qtbot, tray, told,
                                                                             monkeypatch):  # fmt: skip
    reminder_on(diary)
    window = open_window()
    answers = [dialogs.Unsaved.CANCEL, dialogs.Unsaved.SAVE]
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent: answers.pop(0))
    for field, value in (("pain_avg", 6), ("enjoyment", 5), ("activity", 5), ("mood", 4)):
        answer(qtbot, window.today_page, field, value)
    window.close()
    assert window.isVisible() and not window.in_tray and stored(diary, DAY) is None  # Cancel: nothing changes
    window.close()
    assert not window.isVisible() and window.in_tray and stored(diary, DAY)["pain_avg"] == 6  # Save: saved first


def test_quit_painlog_in_the_tray_closes_it_for_good(diary, open_window, qtbot, tray, told, monkeypatch):
    quits: list = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    reminder_on(diary)
    window = open_window()
    window.close()
    window.tray.quit_action.trigger()
    assert quits == [True] and not window.in_tray and not window.prompt_timer.timer.isActive()


def test_file_quit_quits_painlog_rather_than_keep_it_in_the_tray(diary, open_window, qtbot, tray, told,
                                                                monkeypatch):  # fmt: skip
    quits: list = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    reminder_on(diary)
    window = open_window()
    window.quit_action.trigger()
    assert quits == [True] and not window.isVisible() and not window.in_tray and told == []
    assert not window.prompt_timer.timer.isActive()


def test_without_the_reminder_or_without_a_tray_closing_the_window_closes_painlog(diary, open_window, qtbot, told,
                                                                                  monkeypatch):  # fmt: skip
    window = open_window()
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    window.close()  # the reminder is off
    assert not window.in_tray and not window.prompt_timer.timer.isActive()
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    reminder_on(diary)
    again = open_window()
    again.close()
    assert not again.in_tray and not again.prompt_timer.timer.isActive() and told == []


def test_a_second_painlog_brings_the_window_back_from_the_tray(diary, open_window, qtbot, tray, told):
    reminder_on(diary)
    window = open_window()
    window.close()
    instance.bring_to_front()
    assert window.isVisible() and not window.in_tray


# ----- painlog --background ----------------------------------------------------------------------------


def test_background_starts_with_the_tray_icon_and_no_window(qapp, tmp_path, tray):
    seen = {}

    def look(window):
        seen["visible"], seen["in tray"], seen["kept"] = window.isVisible(), window.in_tray, window.tray.kept
        QTimer.singleShot(0, window.quit_painlog)

    assert app.run_gui(tmp_path / "diary.sqlite", background=True, after_show=look) == 0
    assert seen == {"visible": False, "in tray": True, "kept": True}


def test_background_shows_the_window_where_there_is_no_tray(qapp, tmp_path, no_tray, monkeypatch):
    seen = {}
    monkeypatch.setattr(ReminderQuestionDialog, "ask", classmethod(lambda cls, *a: None))

    def look(window):
        seen["visible"] = window.isVisible()
        window.close()

    assert app.run_gui(tmp_path / "diary.sqlite", background=True, after_show=look) == 0
    assert seen == {"visible": True}


def test_the_command_line_starts_painlog_in_the_background(monkeypatch, tmp_path):
    from painlog import cli

    calls = []
    monkeypatch.setattr(app, "run_gui", lambda path, **options: calls.append((path, options)) or 0)
    assert cli.main(["--background", "--db", str(tmp_path / "d.sqlite")]) == 0
    assert cli.main(["--db", str(tmp_path / "d.sqlite")]) == 0
    assert calls == [(tmp_path / "d.sqlite", {"background": True}), (tmp_path / "d.sqlite", {"background": False})]


# ----- the first-run question --------------------------------------------------------------------------


def test_the_first_run_question_is_asked_once_and_turns_the_reminder_on(diary, window, qtbot, drive_dialog):
    def yes_at_half_past_seven(dialog: ReminderQuestionDialog) -> None:
        assert dialog.at.time() == QTime(20, 0)
        dialog.at.setFocus()
        dialog.at.setTime(QTime(19, 30))
        click(qtbot, dialog.yes)

    drive_dialog(ReminderQuestionDialog, yes_at_half_past_seven)
    window.reminders.ask_first_run()
    assert [diary.settings.get(k) for k in ("reminder_on", "reminder_time", "reminder_asked")] == ["1", "19:30", "1"]
    window.reminders.ask_first_run()  # answered: not asked again (an unreplaced dialog would fail the test)


def test_closing_the_first_run_question_is_no_answer_and_no_is_one(diary, window, qtbot, drive_dialog):
    drive_dialog(ReminderQuestionDialog, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    window.reminders.ask_first_run()
    assert diary.settings.get("reminder_asked") == ""
    drive_dialog(ReminderQuestionDialog, lambda dialog: click(qtbot, dialog.no))
    window.reminders.ask_first_run()
    assert [diary.settings.get(k) for k in ("reminder_on", "reminder_asked")] == ["0", "1"]


def test_the_app_asks_the_first_run_question_once_its_window_is_up(qapp, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(app, "QUESTION_DELAY_MS", 10)
    monkeypatch.setattr(ReminderQuestionDialog, "ask", classmethod(lambda cls, parent, at, tray: asked.append(at)))
    path = tmp_path / "diary.sqlite"
    assert app.run_gui(path, after_show=lambda window: QTimer.singleShot(300, window.close)) == 0
    assert asked == [time(20, 0)]


# ----- after an as-needed dose -------------------------------------------------------------------------


def test_the_pain_after_an_as_needed_dose_is_asked_and_its_click_opens_the_dose(diary, open_window, clock, qtbot,
                                                                                 tray, drive_dialog):  # fmt: skip
    regimen = Regimen(0, DAY - timedelta(days=30), dose_amount=5, dose_unit="mg", prn=True)
    therapy = diary.therapies.add(Therapy("medication", "Oxycodone IR", "oxycodone"), regimen)
    dose = diary.doses.add(Dose(therapy.id, datetime(2026, 3, 2, 9, 0), 5, "mg", prn=True, pain_before=7))
    clock.at = datetime(2026, 3, 2, 9, 59)
    window = open_window()
    assert tray == []
    clock.move(minutes=1)  # 10:00, an hour after the dose
    window.prompt_timer.tick()
    assert tray == ["How is your pain now, after Oxycodone IR?"]
    assert window.reminders.follow_up_banner.isVisible()
    window.prompt_timer.tick()
    assert len(tray) == 1

    def pain_now(dialog: AsNeededDoseDialog) -> None:
        assert dialog.windowTitle() == "Pain after the dose"
        assert dialog.pain_after.isVisible() and dialog.pain_after.isAncestorOf(dialog.focusWidget())
        click_box(qtbot, dialog.pain_after, 3)
        press_save(qtbot, dialog)

    drive_dialog(AsNeededDoseDialog, pain_now)
    window.tray.icon.messageClicked.emit()
    assert diary.db.execute("SELECT pain_before, pain_after FROM doses WHERE id = ?", [dose.id]).fetchone() == (7, 3)
    assert window.reminders.follow_up_banner.isHidden()


# ----- Settings ----------------------------------------------------------------------------------------


def test_settings_turn_the_reminder_on_at_a_time(diary, window, qtbot, drive_dialog, tray, told):
    def turn_on(dialog: SettingsDialog) -> None:
        assert not dialog.reminder_on.isChecked() and not dialog.reminder_at.isEnabled()
        click(qtbot, dialog.reminder_on)
        dialog.reminder_at.setTime(QTime(21, 15))
        press_save(qtbot, dialog)

    drive_dialog(SettingsDialog, turn_on)
    window.settings_action.trigger()
    assert [diary.settings.get(k) for k in ("reminder_on", "reminder_time")] == ["1", "21:15"]
    assert window.tray.kept


def test_settings_say_plainly_when_there_is_no_tray(window, qtbot, drive_dialog, no_tray):
    seen = []

    def look(dialog: SettingsDialog) -> None:
        seen.append((dialog.no_tray.isVisible(), dialog.no_tray.text()))
        dialog.reject()

    drive_dialog(SettingsDialog, look)
    window.settings_action.trigger()
    assert seen == [(True, "This desktop shows no tray icons, so painlog cannot wait there for the reminder: it "
                           "reminds you only while its window is open. To have it open by itself each day, tick "
                           "“Start painlog when I log in”.")]  # fmt: skip


def test_settings_hide_the_no_tray_words_where_there_is_a_tray(window, qtbot, drive_dialog, tray):
    seen = []
    drive_dialog(SettingsDialog, lambda dialog: seen.append(dialog.no_tray.isVisible()) or dialog.reject())
    window.settings_action.trigger()
    assert seen == [False]


def test_the_autostart_toggle_writes_and_removes_the_entry(window, qtbot, drive_dialog, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "painlog.desktop"
    seen = []

    def toggle(dialog: SettingsDialog) -> None:
        assert not dialog.autostart.isChecked()
        click(qtbot, dialog.autostart)
        seen.append((entry.is_file(), dialog.autostart_message.text()))
        assert "-m painlog --background" in entry.read_text()
        click(qtbot, dialog.autostart)
        seen.append((entry.exists(), dialog.autostart_message.text()))
        dialog.reject()

    drive_dialog(SettingsDialog, toggle)
    window.settings_action.trigger()
    assert seen == [(True, "painlog will start in the tray when you log in."),
                    (False, "painlog will no longer start when you log in.")]  # fmt: skip


def test_an_autostart_entry_that_cannot_be_written_is_one_sentence_and_the_tick_goes_back(
    window, qtbot, drive_dialog, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "autostart").write_text("not a folder")  # it cannot be written into, even as root
    seen = []

    def toggle(dialog: SettingsDialog) -> None:
        click(qtbot, dialog.autostart)
        seen.append((dialog.autostart.isChecked(), dialog.autostart_message.text()))
        dialog.reject()

    drive_dialog(SettingsDialog, toggle)
    window.settings_action.trigger()
    folder = tmp_path / "config" / "autostart"
    said = (
        f"painlog could not write the entry that starts it when you log in ({folder} cannot be written to), so "
        "nothing was changed; check that the folder is yours and not full."
    )
    assert seen == [(False, said)]


def test_a_read_only_painlog_gives_no_reminder_and_does_not_stay_in_the_tray(diary_path, qtbot, tray, told):
    from painlog.app import build_window
    from painlog.session import DiarySession
    from tests.holder import OtherProgram

    session = DiarySession(diary_path)
    reminder_on(session.diary, "00:00")  # due at any time of the day: the painlog that has the diary gives it
    session.close()
    with OtherProgram(diary_path):
        watching = DiarySession(diary_path, read_only=True)
        window = build_window(watching)
        window.show()
        qtbot.waitUntil(window.prompt_timer.timer.isActive)
        window.prompt_timer.tick()
        assert tray == [] and window.reminders.reminder_banner.isHidden() and not window.tray.kept
        window.close()
        assert not window.isVisible() and not window.in_tray and told == []
        window.deleteLater()
        watching.close()


def test_a_block_sheet_still_open_shows_when_the_window_first_comes_out_of_the_tray(diary, clock, qtbot, tray):
    from painlog.domain.block_diary import BlockDiary
    from painlog.domain.therapy import Procedure
    from painlog.session import DiarySession

    diary.therapies.add(Therapy(kind="nerve_block", name="Medial branch block"), Procedure(0, DAY))
    procedure_id = diary.therapies.procedures()[0].id
    diary.procedure_diaries.save_sheet(BlockDiary(procedure_id, clock.at - timedelta(minutes=10), 8, times=(15, 30)))
    window = MainWindow(diary, diary_path=diary.path, session=DiarySession(diary.path, diary), today=clock.today,
                        now=clock.now)  # fmt: skip
    assert window.reminders.start_in_tray()  # painlog --background
    qtbot.waitUntil(window.prompt_timer.timer.isActive)
    assert window.procedure_diaries.windows == {}  # no window yet, so no sheet
    window.tray.open_action.trigger()
    assert window.isVisible() and procedure_id in window.procedure_diaries.windows
    window.close_without_asking()
    window.deleteLater()


def test_a_reminder_left_showing_past_midnight_goes(diary, open_window, clock, qtbot, tray):
    reminder_on(diary, "23:00")
    clock.at = datetime(2026, 3, 2, 23, 0)
    window = open_window()
    assert window.reminders.reminder_banner.isVisible()
    clock.at = datetime(2026, 3, 3, 0, 0, 10)
    window.prompt_timer.tick()
    assert window.reminders.reminder_banner.isHidden() and not window.tray.snooze_action.isVisible()


def test_todays_procedure_offers_change_at_midnight_on_the_one_timer(diary, open_window, clock, qtbot):
    from painlog.domain.therapy import Procedure

    diary.therapies.add(Therapy("radiofrequency_ablation", "Lumbar RFA"), Procedure(0, date(2026, 3, 2)))
    clock.at = datetime(2026, 3, 31, 23, 59, 55)  # 29 days after
    window = open_window()
    assert not any("1 month" in text for text in window.procedure_offers.texts)
    clock.move(seconds=10)  # 1 April, 30 days after: the 1-month follow-up
    window.prompt_timer.tick()
    assert window.procedure_offers.texts == ["It's 1 month since your radiofrequency ablation on 2 March — how is "
                                             "the pain?"]  # fmt: skip
