"""Medications on the Today page: tick intakes, skip one with a reason, log an as-needed dose and its effect."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from painlog.domain.therapy import Dose, Regimen, Therapy
from painlog.ui import dialogs
from painlog.ui.dose_dialog import AsNeededDoseDialog
from painlog.ui.qt_dates import as_qdatetime
from tests.ui.conftest import click, click_box, press_save

TODAY = date.today()


@pytest.fixture
def medications(diary, window):
    start = TODAY - timedelta(days=10)
    gabapentin = diary.therapies.add(
        Therapy("medication", "Gabapentin", "gabapentin"),
        Regimen(0, start, dose_amount=300, dose_unit="mg", route="oral", times_per_day=3),
    )
    oxycodone = diary.therapies.add(
        Therapy("medication", "Oxycodone IR", "oxycodone"),
        Regimen(0, start, dose_amount=5, dose_unit="mg", route="oral", prn=True, max_per_day=4),
    )
    window.today_page.refresh()
    return window.today_page.medications, gabapentin, oxycodone


def doses(diary) -> list[tuple]:
    return diary.db.execute(
        "SELECT therapy_id, amount, dose_unit, prn, skipped, skip_reason, pain_before, pain_after "
        "FROM doses ORDER BY id"
    ).fetchall()


def test_tick_and_untick_scheduled_intakes(medications, qtbot, diary):
    section, gabapentin, _ = medications
    click(qtbot, section.intakes[gabapentin.id][0])
    click(qtbot, section.intakes[gabapentin.id][1])
    assert doses(diary) == [(gabapentin.id, 300.0, "mg", 0, 0, None, None, None)] * 2
    assert [box.isChecked() for box in section.intakes[gabapentin.id]] == [True, True, False]
    click(qtbot, section.intakes[gabapentin.id][1])  # changed my mind
    assert len(doses(diary)) == 1
    (taken_at,) = diary.db.execute("SELECT taken_at FROM doses").fetchone()
    assert taken_at.startswith(TODAY.isoformat())


def test_skip_a_dose_with_a_reason(medications, qtbot, diary, monkeypatch):
    section, gabapentin, _ = medications
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, question: "felt dizzy")
    click(qtbot, section.skip_buttons[gabapentin.id])
    assert doses(diary) == [(gabapentin.id, None, None, 0, 1, "felt dizzy", None, None)]
    assert "skipped (felt dizzy)" in section.intakes[gabapentin.id][0].text()


def test_a_skip_can_be_taken_back_and_the_intake_ticked(window, medications, qtbot, diary, monkeypatch):
    section, gabapentin, _ = medications
    assert not section.unskip_buttons[gabapentin.id].isVisibleTo(section)
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, question: "felt dizzy")
    click(qtbot, section.skip_buttons[gabapentin.id])
    assert section.unskip_buttons[gabapentin.id].isVisibleTo(section)
    click(qtbot, section.unskip_buttons[gabapentin.id])
    assert doses(diary) == []
    assert window.today_page.message.text() == "Gabapentin: the skip was taken back."
    first = section.intakes[gabapentin.id][0]
    assert first.isEnabled() and first.text() == "1 of 3" and not first.isChecked()
    assert not section.unskip_buttons[gabapentin.id].isVisibleTo(section)
    click(qtbot, first)
    assert doses(diary) == [(gabapentin.id, 300.0, "mg", 0, 0, None, None, None)]


def test_a_dose_on_a_past_day_is_recorded_on_that_day(window, medications, qtbot, diary):
    section, gabapentin, _ = medications
    click(qtbot, window.today_page.previous_button)
    click(qtbot, section.intakes[gabapentin.id][0])
    (taken_at,) = diary.db.execute("SELECT taken_at FROM doses").fetchone()
    assert taken_at == f"{TODAY - timedelta(days=1)}T12:00:00"


def test_log_an_as_needed_dose_with_pain_before_then_add_pain_after(medications, qtbot, diary, drive_dialog):
    section, _, oxycodone = medications

    def before(dialog):
        assert dialog.amount.value() == 5
        click_box(qtbot, dialog.pain_before, 8)
        assert not dialog.pain_after.isVisible()
        press_save(qtbot, dialog)

    drive_dialog(AsNeededDoseDialog, before)
    click(qtbot, section.prn_button)
    assert doses(diary) == [(oxycodone.id, 5.0, "mg", 1, 0, None, 8, None)]
    assert "after not yet" in section.prn_list.item(0).text()

    def after(dialog):
        assert dialog.pain_before.value() == 8
        click_box(qtbot, dialog.pain_after, 5)
        press_save(qtbot, dialog)

    drive_dialog(AsNeededDoseDialog, after)
    click(qtbot, section.pain_after_button)
    assert doses(diary) == [(oxycodone.id, 5.0, "mg", 1, 0, None, 8, 5)]


def test_a_dose_cannot_be_logged_in_the_future(medications, qtbot, diary, drive_dialog):
    section, _, _ = medications
    seen = {}

    def future(dialog):
        latest = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=14)  # the latest wall clock anywhere
        dialog.at.setMaximumDateTime(as_qdatetime(latest + timedelta(days=2)))
        dialog.at.setDateTime(as_qdatetime(latest + timedelta(hours=3)))
        press_save(qtbot, dialog)
        seen["error"] = dialog.error.text()
        dialog.done(0)  # closed, as after answering Discard to the question

    drive_dialog(AsNeededDoseDialog, future)
    click(qtbot, section.prn_button)
    assert "future" in seen["error"]
    assert doses(diary) == []


def test_tick_boxes_follow_the_schedule_a_patch_only_on_its_change_day(diary, window, qtbot):
    weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    patch = diary.therapies.add(
        Therapy("medication", "Fentanyl patch", "fentanyl"),
        Regimen(0, TODAY - timedelta(days=6), dose_amount=25, dose_unit="mcg/h", route="transdermal",
                schedule="every_hours", every=72),
    )  # fmt: skip  # changed 6 and 3 days ago and today
    weekly = diary.therapies.add(
        Therapy("medication", "Vitamin D", "colecalciferol"),
        Regimen(0, TODAY - timedelta(days=6), dose_amount=1, dose_unit="tablet", schedule="weekly",
                weekdays=(weekday[(TODAY - timedelta(days=1)).weekday()],)),
    )  # fmt: skip  # due yesterday's weekday only
    section = window.today_page.medications
    section.load(TODAY)
    assert len(section.intakes[patch.id]) == 1
    assert weekly.id not in section.intakes
    click(qtbot, section.intakes[patch.id][0])
    assert doses(diary) == [(patch.id, 25.0, "mcg/h", 0, 0, None, None, None)]
    section.load(TODAY - timedelta(days=1))
    assert patch.id not in section.intakes  # no change due
    assert len(section.intakes[weekly.id]) == 1
    section.load(TODAY - timedelta(days=3))
    assert len(section.intakes[patch.id]) == 1 and weekly.id not in section.intakes


def add_as_needed(diary, therapy, times: list[tuple[int, int]]) -> None:
    for hour, minute in times:
        diary.doses.add(Dose(therapy.id, datetime.combine(TODAY, time(hour, minute)) - timedelta(days=1), 5, "mg",
                             prn=True))  # fmt: skip


def test_a_mistaken_as_needed_dose_is_removed_after_asking(window, medications, qtbot, diary, monkeypatch):
    section, _, oxycodone = medications
    add_as_needed(diary, oxycodone, [(9, 30), (14, 5), (18, 0)])
    click(qtbot, window.today_page.previous_button)  # yesterday, where every hour is in the past
    assert section.prn_list.count() == 3 and not section.remove_button.isEnabled()  # nothing chosen yet
    section.prn_list.setCurrentRow(1)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text, action: asked.append(text) or False)
    click(qtbot, section.remove_button)
    assert asked == ["Remove the 14:05 dose of Oxycodone IR 5 mg? It will no longer count in your summary."]
    assert len(doses(diary)) == 3  # "Cancel": nothing removed
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text, action: True)
    section.prn_list.setCurrentRow(1)
    click(qtbot, section.remove_button)
    assert [t for (t,) in diary.db.execute("SELECT substr(taken_at, 12, 5) FROM doses ORDER BY id")] == [
        "09:30", "18:00"
    ]  # fmt: skip
    assert window.today_page.message.text() == "The 14:05 dose of Oxycodone IR 5 mg was removed."
    assert [section.prn_list.item(row).text()[:5] for row in range(section.prn_list.count())] == ["09:30", "18:00"]


def test_the_delete_key_on_the_list_removes_the_chosen_dose(window, medications, qtbot, diary, monkeypatch):
    section, _, oxycodone = medications
    add_as_needed(diary, oxycodone, [(9, 30), (18, 0)])
    click(qtbot, window.today_page.previous_button)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text, action: asked.append(text) or True)
    section.prn_list.setFocus()
    section.prn_list.setCurrentRow(0)
    qtbot.keyClick(section.prn_list, Qt.Key.Key_Delete)
    assert asked == ["Remove the 09:30 dose of Oxycodone IR 5 mg? It will no longer count in your summary."]
    assert [t for (t,) in diary.db.execute("SELECT substr(taken_at, 12, 5) FROM doses")] == ["18:00"]


@pytest.mark.parametrize(("count", "scrolls"), [(5, False), (8, False), (12, True)])
def test_every_dose_of_the_day_is_shown_or_scrolled_to(window, medications, qtbot, diary, count, scrolls):
    section, _, oxycodone = medications
    add_as_needed(diary, oxycodone, [(8 + n, 0) for n in range(count)])
    click(qtbot, window.today_page.previous_button)
    listing = section.prn_list
    assert listing.count() == count
    qtbot.waitUntil(lambda: listing.viewport().height() > 0)
    shown = [listing.visualItemRect(listing.item(row)) for row in range(count)]
    whole = [rect.bottom() < listing.viewport().height() for rect in shown]
    if scrolls:  # more than 8: the list scrolls, and shows that it does
        assert listing.verticalScrollBar().isVisible() and listing.verticalScrollBar().maximum() > 0
        assert whole[:8] == [True] * 8 and not all(whole)
    else:
        assert all(whole) and listing.verticalScrollBar().maximum() == 0
    names = [listing.item(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(count)]
    assert all(name.startswith(f"{8 + n:02d}:00 Oxycodone IR 5 mg") for n, name in enumerate(names))


def test_a_dose_over_the_prescribed_maximum_is_said_after_saving(window, medications, qtbot, diary, drive_dialog):
    section, _, oxycodone = medications
    add_as_needed(diary, oxycodone, [(8, 0), (9, 0), (10, 0)])
    click(qtbot, window.today_page.previous_button)

    def yesterday_at(hour):
        def save(dialog):
            dialog.at.setDateTime(as_qdatetime(datetime.combine(TODAY - timedelta(days=1), time(hour, 0))))
            press_save(qtbot, dialog)

        return save

    drive_dialog(AsNeededDoseDialog, yesterday_at(11))
    click(qtbot, section.prn_button)  # the 4th: the maximum, nothing more to say
    assert window.today_page.message.text() == "As-needed dose recorded."
    drive_dialog(AsNeededDoseDialog, yesterday_at(12))
    click(qtbot, section.prn_button)
    assert window.today_page.message.text() == (
        "As-needed dose recorded. That makes 5 doses of Oxycodone IR on "
        f"{(TODAY - timedelta(days=1)).isoformat()}; the prescription says at most 4 a day."
    )
    assert len(doses(diary)) == 5  # said, never blocked


def test_over_the_maximum_today_says_today(window, medications, qtbot, diary, drive_dialog):
    section, _, oxycodone = medications
    now = datetime.now()
    for minutes in (50, 40, 30, 20):
        diary.doses.add(Dose(oxycodone.id, now - timedelta(minutes=minutes), 5, "mg", prn=True))
    if (now - timedelta(minutes=50)).date() != TODAY:
        pytest.skip("too close to midnight for four doses in the past minutes of today")
    window.today_page.refresh()
    drive_dialog(AsNeededDoseDialog, lambda dialog: press_save(qtbot, dialog))
    click(qtbot, section.prn_button)
    assert window.today_page.message.text() == (
        "As-needed dose recorded. That makes 5 doses of Oxycodone IR today; the prescription says at most 4 a day."
    )
    assert section.prn_list.count() == 5
