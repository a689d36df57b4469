"""The app after a flight: days and doses recorded in another time zone open, save and keep their times.

Diary times are the patient's wall-clock times without a zone. The zone of this test process is switched with
TZ and time.tzset(), as if painlog were started after landing.
"""

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from painlog.domain.therapy import Regimen, Therapy
from painlog.ui.dose_dialog import AsNeededDoseDialog
from tests.ui.conftest import answer, click, click_box, press_save, stored

if not Path("/usr/share/zoneinfo/Pacific/Pago_Pago").exists():
    pytest.skip("this system has no time zone database", allow_module_level=True)


def switch_zone(zone: str | None) -> None:
    if zone is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = zone
    time.tzset()


@pytest.fixture
def zone() -> Iterator[callable]:
    before = os.environ.get("TZ")
    yield switch_zone
    switch_zone(before)


def kiritimati_now() -> datetime:
    """Wall-clock time in Kiritimati (UTC+14), the first place where each day begins."""
    return (datetime.now(UTC) + timedelta(hours=14)).replace(tzinfo=None, microsecond=0)


def test_a_day_begun_in_kiritimati_opens_and_saves_in_pago_pago(zone, diary, qtbot, request):
    day = kiritimati_now().date()
    diary.db.execute(  # as painlog in Kiritimati wrote it this morning
        "INSERT INTO checkins (date, pain_avg, enjoyment, activity, mood, created_at, updated_at) "
        "VALUES (?, 8, 8, 8, 2, '2026-01-01T08:00:00+14:00', '2026-01-01T08:00:00+14:00')",
        [day.isoformat()],
    )
    diary.db.conn.commit()
    zone("Pacific/Pago_Pago")
    page = request.getfixturevalue("page")  # the window starts after landing
    assert day > date.today()  # by Pago Pago's calendar that day is tomorrow
    page.open_day(day)
    assert page.day == day
    for field, value in (("pain_avg", 4), ("enjoyment", 3), ("activity", 5), ("mood", 7)):
        answer(qtbot, page, field, value)
    click(qtbot, page.save_button)
    assert "Saved" in page.message.text()
    row = stored(diary, day)
    assert (row["pain_avg"], row["enjoyment"], row["activity"], row["mood"]) == (4, 3, 5, 7)


def test_pain_after_a_dose_taken_in_kiritimati_is_added_in_pago_pago(zone, diary, qtbot, drive_dialog, request):
    taken = kiritimati_now().replace(second=0)
    oxycodone = diary.therapies.add(
        Therapy("medication", "Oxycodone IR", "oxycodone"),
        Regimen(0, taken.date() - timedelta(days=3), dose_amount=5, dose_unit="mg", prn=True, max_per_day=4),
    )
    diary.db.execute(  # as painlog in Kiritimati wrote it a moment ago
        "INSERT INTO doses (therapy_id, taken_at, amount, dose_unit, prn, skipped, pain_before) "
        "VALUES (?, ?, 5, 'mg', 1, 0, 8)",
        [oxycodone.id, taken.isoformat()],
    )
    diary.db.conn.commit()
    zone("Pacific/Pago_Pago")
    page = request.getfixturevalue("page")
    page.open_day(taken.date())
    section = page.medications

    def after(dialog):
        click_box(qtbot, dialog.pain_after, 3)
        press_save(qtbot, dialog)
        assert dialog.error.text() == ""

    drive_dialog(AsNeededDoseDialog, after)
    click(qtbot, section.pain_after_button)
    assert diary.db.execute("SELECT taken_at, pain_before, pain_after FROM doses").fetchall() == [
        (taken.isoformat(), 8, 3)
    ]


def test_a_dose_time_skipped_by_daylight_saving_here_keeps_its_time(zone, diary, qtbot, drive_dialog, request):
    zone("Europe/Berlin")  # clocks jump from 02:00 to 03:00 on 2026-03-29; the dose was logged where they did not
    taken = datetime(2026, 3, 29, 2, 30)
    oxycodone = diary.therapies.add(
        Therapy("medication", "Oxycodone IR", "oxycodone"),
        Regimen(0, date(2026, 3, 1), dose_amount=5, dose_unit="mg", prn=True, max_per_day=4),
    )
    diary.db.execute(
        "INSERT INTO doses (therapy_id, taken_at, amount, dose_unit, prn, skipped, pain_before) "
        "VALUES (?, ?, 5, 'mg', 1, 0, 8)",
        [oxycodone.id, taken.isoformat()],
    )
    diary.db.conn.commit()
    page = request.getfixturevalue("page")
    page.open_day(taken.date())

    def after(dialog):
        assert dialog.at.text() == "2026-03-29 02:30"
        click_box(qtbot, dialog.pain_after, 4)
        press_save(qtbot, dialog)

    drive_dialog(AsNeededDoseDialog, after)
    click(qtbot, page.medications.pain_after_button)
    assert diary.db.execute("SELECT taken_at, pain_after FROM doses").fetchall() == [(taken.isoformat(), 4)]


def test_an_empty_tomorrow_is_not_offered_by_next_day_or_the_date_field(zone, qtbot, request):
    """Saving a day up to UTC+14 is allowed, but a patient in the Americas should not reach tomorrow by a slip."""
    zone("Pacific/Pago_Pago")
    page = request.getfixturevalue("page")
    today = date.today()
    assert page.day == today
    assert not page.next_button.isEnabled()
    assert page.date_edit.maximumDate().toPython() == today
    page.open_day(today + timedelta(days=1))
    assert page.day == today
