"""Procedure diaries driven like a patient, on a clock the test moves: a block diary's sheet (countdown, the due
notice, a rating, a missed time, the sheet back after a restart), a follow-up offered on its day, a trial day.
Each ends by reading the diary file."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from painlog.domain.therapy import Procedure, Regimen, Therapy
from painlog.ui.main_window import MainWindow
from painlog.ui.procedure_dialogs import BlockSetupDialog, FollowUpDialog, TrialDayDialog, TrialDialog
from tests.ui.conftest import choose_by_keys, click, click_box, press_save, type_into
from tests.ui.test_accessible_names import choose_therapy


class FakeClock:
    """The patient's clock, moved on by the test."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.date()

    def move(self, **step: int) -> None:
        self.at += timedelta(**step)


BLOCK_DAY = datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(BLOCK_DAY)


@pytest.fixture
def open_window(diary, qtbot, clock):
    """Build painlog's window over the diary on the fake clock, as a start of the app does; closed at the end."""
    from painlog.session import DiarySession

    made = []

    def start() -> MainWindow:
        window = MainWindow(diary, diary_path=diary.path, session=DiarySession(diary.path, diary), today=clock.today,
                            now=clock.now)  # fmt: skip
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield start
    for window in made:
        window.close_without_asking()


@pytest.fixture
def no_tray(monkeypatch) -> list:
    """A desktop without a system tray: the window asks for attention instead; returns the windows that asked."""
    alerts: list = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    monkeypatch.setattr(QApplication, "alert", staticmethod(lambda widget, msec=0: alerts.append(widget)))
    return alerts


def add_block(diary) -> int:
    diary.therapies.add(
        Therapy(kind="nerve_block", name="Medial branch block"), Procedure(0, BLOCK_DAY.date(), "L4–L5")
    )
    return diary.therapies.procedures()[0].id


def start_block_diary(window, qtbot, drive_dialog) -> None:
    page = window.therapies_page
    window.show_page(page)
    choose_therapy(page, "Medial branch block")
    button = page.procedure_actions.buttons["block"]
    assert button.text() == "Start a block diary…"

    def fill(dialog: BlockSetupDialog) -> None:
        click_box(qtbot, dialog.usual, 6)
        qtbot.keyClicks(dialog.activities[0], "standing up from a chair")
        choose_by_keys(qtbot, dialog.anaesthetic, "Lidocaine")
        assert (dialog.low.value(), dialog.high.value()) == (1, 3)  # the commonly cited hours, editable
        type_into(qtbot, dialog.high, "2")
        type_into(qtbot, dialog.times, "0:15, 0:30, 1:00")
        press_save(qtbot, dialog)

    drive_dialog(BlockSetupDialog, fill)
    click(qtbot, button)


def rows_of(sheet) -> list[str]:
    return [sheet.times.item(i).text() for i in range(sheet.times.count())]


def test_a_block_diary_counts_down_notifies_takes_a_rating_marks_a_missed_time_and_comes_back_after_a_restart(
    diary, open_window, clock, qtbot, drive_dialog, no_tray
):
    procedure_id = add_block(diary)
    window = open_window()
    start_block_diary(window, qtbot, drive_dialog)
    sheet = window.procedure_diaries.windows[procedure_id]
    qtbot.waitExposed(sheet)
    assert diary.db.execute("SELECT block_at, usual_pain, activities, anaesthetic, expected_hours_low, "
                            "expected_hours_high, times FROM block_diaries").fetchall() == [
        ("2026-03-02T09:00:00", 6, '["standing up from a chair"]', "lidocaine", 1, 2, "[15, 30, 60]")]  # fmt: skip
    assert sheet.countdown.text() == "Next rating at 09:15, in 15 minutes."
    assert not sheet.rate_button.isEnabled()  # nothing to rate yet

    clock.move(minutes=3, seconds=30)
    sheet.scheduler.tick()
    assert sheet.countdown.text() == "Next rating at 09:15, in 12 minutes."  # 11.5 minutes, rounded up
    assert not sheet.banner.isVisible() and no_tray == []

    clock.move(minutes=11, seconds=30)  # 09:15: the first time falls due
    sheet.scheduler.tick()
    assert sheet.banner.isVisible()
    assert sheet.banner.text() == "Time to rate your pain: the 0:15 rating after your Medial branch block (09:15)."
    assert no_tray == [sheet]  # no tray on this desktop: the window asked for attention
    assert sheet.countdown.text() == "The 0:15 rating (09:15) is due now: rate it by 09:20."
    assert rows_of(sheet)[0] == "0:15 (at 09:15) · due now"
    sheet.scheduler.tick()
    assert no_tray == [sheet]  # one notice per time

    clock.move(minutes=1)  # 09:16
    click_box(qtbot, sheet.pain, 3)
    click(qtbot, next(b for b in sheet.activity.buttons() if b.text() == "Better"))
    click(qtbot, sheet.rate_button)
    assert sheet.message.text() == "The 0:15 rating is saved."
    assert not sheet.banner.isVisible()
    assert diary.db.execute("SELECT minutes, rated_at, pain, activity FROM block_ratings").fetchall() == [
        (15, "2026-03-02T09:16:00", 3, "better")]  # fmt: skip
    # (6 − 3) ÷ 6 = 50 % relief, 16 minutes after the block
    assert sheet.peak.text() == "Peak relief 50 % at 0:16."
    assert sheet.curve.accessibleDescription() == "Relief by hours after the block: 0:16 50 %."
    (line,) = [line for line in sheet.curve.figure.axes[0].get_lines() if len(line.get_xdata()) == 1]
    assert (line.get_xdata()[0], line.get_ydata()[0]) == (16 / 60, 50.0)  # the curve as the report draws it
    assert sheet.spans[0].text() == "Relief was at 50 % or more at 0:16."
    assert sheet.spans[1].text() == "Relief did not reach 80 %."

    clock.move(minutes=24)  # 09:40: the 0:30 rating's window (to 09:35) has passed unrated
    sheet.scheduler.tick()
    assert rows_of(sheet) == ["0:15 (at 09:15) · pain 3, the activity was better", "0:30 (at 09:30) · missed",
                              "1:00 (at 10:00) · next"]  # fmt: skip
    assert sheet.countdown.text() == "Next rating at 10:00, in 20 minutes."
    assert sheet.late_missed.text() == "Missed: 0:30."
    sheet.close()  # closed while painlog runs: it comes back when the next time falls due
    clock.move(minutes=20)  # 10:00
    sheet.scheduler.tick()
    assert sheet.isVisible() and sheet.banner.text().startswith("Time to rate your pain: the 1:00 rating")
    assert no_tray == [sheet, sheet]
    clock.move(minutes=-20)  # back to 09:40 (painlog is started again ten minutes later below)

    window.close_without_asking()
    assert not sheet.isVisible()  # closed with painlog's window, which would otherwise keep painlog running
    clock.move(minutes=10)  # painlog started again at 09:50
    again = open_window()
    qtbot.waitUntil(lambda: procedure_id in again.procedure_diaries.windows)
    back = again.procedure_diaries.windows[procedure_id]
    qtbot.waitExposed(back)
    assert rows_of(back)[1] == "0:30 (at 09:30) · missed"
    assert back.countdown.text() == "Next rating at 10:00, in 10 minutes."
    assert not back.banner.isVisible()
    assert again.procedure_offers.texts == [
        "Your block diary after Medial branch block is open: its sheet counts down to each rating."
    ]
    assert diary.db.execute("SELECT count(*) FROM block_ratings").fetchone() == (1,)  # never filled in


def test_a_due_rating_shows_in_the_tray_where_the_desktop_has_one(diary, open_window, clock, qtbot, monkeypatch):
    from painlog.domain.block_diary import BlockDiary

    shown: list = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, title, text, *rest: shown.append(text))
    procedure_id = add_block(diary)
    diary.procedure_diaries.save_sheet(BlockDiary(procedure_id, BLOCK_DAY - timedelta(minutes=15), 8, times=(15, 30)))
    window = open_window()  # started just as the 0:15 rating falls due: the sheet opens and says so
    qtbot.waitUntil(lambda: procedure_id in window.procedure_diaries.windows)
    assert shown == ["Time to rate your pain: the 0:15 rating after your Medial branch block (09:00)."]


def test_a_follow_up_is_offered_on_its_day_and_saved(diary, open_window, clock, qtbot, drive_dialog):
    diary.therapies.add(Therapy(kind="radiofrequency_ablation", name="Lumbar RFA"), Procedure(0, date(2026, 3, 2)))
    clock.at = datetime(2026, 4, 1, 10, 0)  # 30 days after: the 1-month follow-up (the 2-week one was not answered)
    window = open_window()
    offers = window.procedure_offers
    assert offers.texts == ["It's 1 month since your radiofrequency ablation on 2 March — how is the pain?"]

    def answer(dialog: FollowUpDialog) -> None:
        assert dialog.which.currentData() == 30
        click_box(qtbot, dialog.pain, 4)
        type_into(qtbot, dialog.relief, "60")
        press_save(qtbot, dialog)

    drive_dialog(FollowUpDialog, answer)
    click(qtbot, offers.buttons[0])
    assert diary.db.execute("SELECT after_days, date, pain, relief_percent FROM follow_ups").fetchall() == [
        (30, "2026-04-01", 4, 60)]  # fmt: skip
    assert offers.texts == []  # answered: no longer offered
    clock.at = datetime(2026, 6, 1, 0, 1)  # painlog left open until the 3-month follow-up's day (91 days)
    offers.check_day()
    assert offers.texts == ["It's 3 months since your radiofrequency ablation on 2 March — how is the pain?"]
    clock.at = datetime(2026, 4, 1, 10, 0)
    page = window.therapies_page
    window.show_page(page)
    choose_therapy(page, "Lumbar RFA")
    assert page.procedure_actions.summary.text().splitlines() == [
        "Follow-ups after 2026-03-02:",
        "    2 weeks (16 March): not answered",
        "    1 month (1 April): pain 4, relief 60 %",
        "    3 months (1 June): not yet",
        "    6 months (31 August): not yet",
        "    1 year (2 March 2027): not yet",
    ]


def test_a_stimulator_trial_is_started_on_therapies_and_its_day_recorded_from_today(
    diary, open_window, clock, qtbot, drive_dialog
):
    diary.therapies.add(Therapy(kind="neuromodulation", name="Spinal cord stimulator"),
                        Regimen(0, date(2026, 3, 2)))  # fmt: skip
    window = open_window()
    assert window.procedure_offers.texts == []
    page = window.therapies_page
    window.show_page(page)
    choose_therapy(page, "Spinal cord stimulator")
    drive_dialog(TrialDialog, lambda dialog: press_save(qtbot, dialog))
    click(qtbot, page.procedure_actions.buttons["trial"])
    assert diary.db.execute("SELECT start_date, end_date FROM trials").fetchall() == [("2026-03-02", "2026-03-08")]

    clock.move(days=2)  # the third day of the trial
    window.show_page(window.today_page)
    offers = window.procedure_offers
    assert offers.texts == ["Day 3 of 7 of your stimulator trial — how much relief today?"]

    def record(dialog: TrialDayDialog) -> None:
        type_into(qtbot, dialog.relief, "55")
        qtbot.keyClicks(dialog.activities, "shopping")
        type_into(qtbot, dialog.walked, "25")
        press_save(qtbot, dialog)

    drive_dialog(TrialDayDialog, record)
    click(qtbot, offers.buttons[0])
    assert diary.db.execute("SELECT date, relief_percent, activities, walked_minutes FROM trial_days").fetchall() == [
        ("2026-03-04", 55, "shopping", 25)]  # fmt: skip
    assert offers.texts == ["Day 3 of 7 of your stimulator trial — today's relief is recorded."]
    window.show_page(page)
    assert page.procedure_actions.summary.text().splitlines() == [
        "Trial 2026-03-02 to 2026-03-08 (7 days): 1 of 7 days recorded, mean relief 55 %, 1 day at 50 % or more",
        "    latest: 2026-03-04 · relief 55 % · walked 25 minutes · shopping",
    ]


def test_the_sheet_and_its_result_render_in_light_and_dark_at_any_scale(diary, window, look, qtbot, tmp_path):
    """Written to PNG (to $PAINLOG_SHOTS when set, for a person to look at): the sheet two hours after a block with
    ratings, a late and a missed time, in the look's colours and device pixels."""
    import os
    from pathlib import Path

    from PySide6.QtGui import QPalette

    from painlog.domain.block_diary import BlockDiary, TimedRating

    scheme, ratio = look
    now = datetime.now().replace(second=0, microsecond=0)
    block_at = now - timedelta(minutes=130)
    block = Therapy(kind="nerve_block", name="Medial branch block")
    diary.therapies.add(block, Procedure(0, block_at.date(), "L4–L5 right"))
    procedure_id = diary.therapies.procedures()[0].id
    diary.procedure_diaries.save_sheet(BlockDiary(procedure_id, block_at, 7, ("standing up", "bending"), "bupivacaine",
                                                  (6, 12)))  # fmt: skip
    for minutes, late, pain, activity in ((15, 1, 4, "same"), (30, 0, 2, "better"), (120, 20, 1, "better")):
        diary.procedure_diaries.rate(
            TimedRating(procedure_id, minutes, block_at + timedelta(minutes=minutes + late), pain, activity)
        )
    sheet = window.procedure_diaries.show_sheet(procedure_id)
    sheet.hide()  # opened beside painlog's window, on its screen
    sheet.setScreen(window.screen())
    sheet.move(window.screen().availableGeometry().topLeft())
    sheet.show()
    qtbot.waitUntil(lambda: sheet.devicePixelRatioF() == ratio)
    qtbot.waitExposed(sheet)
    # 1:00 (window to 1:06) was missed; 2:00 was rated at 2:20, after its window (to 2:12): late
    assert sheet.late_missed.text() == "Rated late: 2:00. Missed: 1:00."
    assert sheet.peak.text() == "Peak relief 86 % at 2:20."  # (7 − 1) ÷ 7 = 85.7 %
    image = sheet.grab()
    assert image.devicePixelRatio() == ratio and image.width() == round(sheet.width() * ratio)
    text = sheet.countdown.palette().color(QPalette.ColorRole.WindowText)
    assert (text.lightness() > 128) == (scheme == "dark")  # readable on the scheme's background
    folder = Path(os.environ.get("PAINLOG_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert image.save(str(folder / f"block-sheet-{scheme}-{ratio}.png"))
    window.show_page(window.today_page)
    window.procedure_offers.reload()
    assert window.grab().save(str(folder / f"today-offers-{scheme}-{ratio}.png"))
    window.show_page(window.therapies_page)
    choose_therapy(window.therapies_page, "Medial branch block")
    assert window.therapies_page.procedure_actions.summary.text().splitlines() == [
        f"Block diary of {block_at.date().isoformat()}: Peak relief 86 % at 2:20.",
        "    Relief stayed at 50 % or more from 0:30 to at least 2:20.",
        "    Relief was at 80 % or more at 2:20.",
    ]
    qtbot.wait(100)  # the page is laid out in its scroll area
    assert window.grab().save(str(folder / f"therapies-block-{scheme}-{ratio}.png"))
    sheet.close()


def test_a_read_only_painlog_shows_a_sheet_but_takes_no_rating_and_gives_no_notice(diary_path, qtbot, clock, no_tray):
    """Another painlog has the diary open: that one reopens the sheet and gives the notices; this one only shows."""
    from painlog.domain.block_diary import BlockDiary
    from painlog.session import DiarySession
    from tests.holder import OtherProgram

    session = DiarySession(diary_path)
    procedure_id = add_block(session.diary)
    session.diary.procedure_diaries.save_sheet(BlockDiary(procedure_id, BLOCK_DAY - timedelta(minutes=15), 8))
    session.close()
    with OtherProgram(diary_path):
        watching = DiarySession(diary_path, read_only=True)
        window = MainWindow(watching.diary, diary_path=diary_path, session=watching, today=clock.today, now=clock.now)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(20)
        assert window.procedure_diaries.windows == {} and not window.procedure_offers.isVisible()
        page = window.therapies_page
        window.show_page(page)
        choose_therapy(page, "Medial branch block")
        click(qtbot, page.procedure_actions.buttons["block"])
        sheet = window.procedure_diaries.windows[procedure_id]
        assert sheet.countdown.text() == "The 0:15 rating (09:00) is due now: rate it by 09:05."
        assert not sheet.rate_button.isEnabled() and not sheet.pain.isEnabled()
        assert not sheet.banner.isVisible() and no_tray == []
        window.close_without_asking()
        watching.close()


def test_a_second_block_shows_beside_the_first(diary, open_window, clock):
    from painlog.domain.block_diary import BlockDiary, TimedRating

    therapy = diary.therapies.add(
        Therapy(kind="nerve_block", name="Medial branch block"), Procedure(0, date(2026, 2, 2))
    )
    diary.therapies.add_procedure(Procedure(therapy.id, BLOCK_DAY.date()))
    first, second = (p.id for p in diary.therapies.procedures(therapy.id))
    for procedure_id, day, usual, pain in ((first, datetime(2026, 2, 2, 9, 0), 6, 1), (second, BLOCK_DAY, 8, 5)):
        diary.procedure_diaries.save_sheet(BlockDiary(procedure_id, day, usual, times=(30, 60)))
        diary.procedure_diaries.rate(TimedRating(procedure_id, 30, day + timedelta(minutes=30), pain))
    clock.move(hours=3)  # both sheets are done
    window = open_window()
    page = window.therapies_page
    window.show_page(page)
    choose_therapy(page, "Medial branch block")
    # (6 − 1) ÷ 6 = 83.3 %; (8 − 5) ÷ 8 = 37.5 %, shown whole, half away from zero
    assert page.procedure_actions.summary.text().splitlines() == [
        "Block diary of 2026-02-02: Peak relief 83 % at 0:30.",
        "    Relief was at 50 % or more at 0:30.",
        "    Relief was at 80 % or more at 0:30.",
        "Block diary of 2026-03-02: Peak relief 38 % at 0:30.",
        "    Relief did not reach 50 %.",
        "    Relief did not reach 80 %.",
    ]


def test_the_setup_says_what_is_missing_in_a_sentence_and_keeps_what_was_typed(diary, open_window, qtbot, drive_dialog):
    add_block(diary)
    window = open_window()
    page = window.therapies_page
    window.show_page(page)
    choose_therapy(page, "Medial branch block")
    said = []

    def fill(dialog: BlockSetupDialog) -> None:
        press_save(qtbot, dialog)
        said.append(dialog.error.text())
        click_box(qtbot, dialog.usual, 0)
        press_save(qtbot, dialog)
        said.append(dialog.error.text())
        click_box(qtbot, dialog.usual, 5)
        type_into(qtbot, dialog.times, "0:15, 0:90")
        press_save(qtbot, dialog)
        said.append(dialog.error.text())
        assert dialog.isVisible() and dialog.times.text() == "0:15, 0:90"
        dialog.done(0)

    drive_dialog(BlockSetupDialog, fill)
    click(qtbot, page.procedure_actions.buttons["block"])
    assert said == [
        "Choose your usual pain, 1 to 10.",
        "Relief is measured against the usual pain, so it cannot be 0.",
        "Write each rating time as hours:minutes after the block, for example 0:15, 0:30, 1:00; “0:90” is not one.",
    ]
    assert diary.db.execute("SELECT count(*) FROM block_diaries").fetchone() == (0,)
    assert window.procedure_diaries.windows == {}
