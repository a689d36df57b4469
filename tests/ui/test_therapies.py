"""Therapies driven like a person: dialogs filled by keys and clicks, then the diary file is read."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QDoubleSpinBox

from painlog.domain.therapy import Procedure, Regimen, Therapy
from painlog.ui import dialogs
from painlog.ui.qt_dates import qdate
from painlog.ui.therapy_dialogs import RegimenDialog, ReliefDialog, SideEffectDialog, StopDialog, TherapyDialog
from tests.ui.conftest import choose_by_keys, click, press_save, type_into

TODAY = date.today()
pytestmark = pytest.mark.usefixtures("look")  # each test at 100 % light and at 150 % dark


@pytest.fixture
def page(window):
    window.show_page(window.therapies_page)
    return window.therapies_page


def rows(diary, sql: str) -> list[tuple]:
    return diary.db.execute(sql).fetchall()


def test_add_a_medication_through_the_dialog(page, qtbot, diary, drive_dialog):
    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Oxycodone IR")
        type_into(qtbot, dialog.ingredient, "Oxycodone")
        dialog.start.setDate(qdate(TODAY - timedelta(days=20)))
        type_into(qtbot, dialog.regimen_fields.amount, "5")
        type_into(qtbot, dialog.regimen_fields.unit, "mg")
        choose_by_keys(qtbot, dialog.regimen_fields.schedule.kind, "As needed")
        type_into(qtbot, dialog.regimen_fields.schedule.most, "4")
        qtbot.keyClicks(dialog.prescriber, "Dr Reyes")
        press_save(qtbot, dialog)

    drive_dialog(TherapyDialog, fill)
    click(qtbot, page.add_button)
    assert rows(diary, "SELECT kind, name, ingredient, prescriber FROM therapies") == [
        ("medication", "Oxycodone IR", "oxycodone", "Dr Reyes")
    ]
    assert rows(
        diary, "SELECT start_date, dose_amount, dose_unit, route, prn, max_per_day, times_per_day FROM regimens"
    ) == [((TODAY - timedelta(days=20)).isoformat(), 5.0, "mg", "oral", 1, 4, None)]
    assert "5 mg · as needed, at most 4 a day" in page.tree.currentItem().text(1)


def test_a_72_hour_patch_and_a_weekly_patch_are_entered_by_keyboard(page, qtbot, diary, drive_dialog):
    def patch(name: str, ingredient: str, amount: str, schedule):
        def fill(dialog):
            qtbot.keyClicks(dialog.name, name)
            type_into(qtbot, dialog.ingredient, ingredient)
            dialog.start.setDate(qdate(TODAY - timedelta(days=6)))
            fields = dialog.regimen_fields
            type_into(qtbot, fields.amount, amount)
            type_into(qtbot, fields.unit, "mcg/h")
            choose_by_keys(qtbot, fields.route, "Patch")
            schedule(fields.schedule)
            press_save(qtbot, dialog)

        drive_dialog(TherapyDialog, fill)
        click(qtbot, page.add_button)

    def every_72_hours(schedule):
        choose_by_keys(qtbot, schedule.kind, "Every so many hours")
        assert schedule.hours.isVisibleTo(schedule.kind.parentWidget()) and not schedule.times.isVisibleTo(
            schedule.kind.parentWidget()
        )
        type_into(qtbot, schedule.hours, "72")

    def mondays_and_thursdays(schedule):
        choose_by_keys(qtbot, schedule.kind, "On set days of the week")
        for day in ("mon", "thu"):
            schedule.weekdays[day].setFocus()
            qtbot.keyClick(schedule.weekdays[day], Qt.Key.Key_Space)

    patch("Fentanyl patch", "fentanyl", "25", every_72_hours)
    assert "25 mcg/h · every 72 hours · patch" in page.tree.currentItem().text(1)
    patch("Buprenorphine patch", "buprenorphine", "10", mondays_and_thursdays)
    assert "10 mcg/h · weekly on Mon, Thu · patch" in page.tree.currentItem().text(1)
    assert rows(diary, "SELECT schedule, every, weekdays, times_per_day, prn FROM regimens ORDER BY id") == [
        ("every_hours", 72, "[]", None, 0), ("weekly", None, '["mon", "thu"]', None, 0)
    ]  # fmt: skip


@pytest.fixture
def gabapentin(diary, page):
    first = Regimen(0, TODAY - timedelta(days=30), dose_amount=300, dose_unit="mg", route="oral", times_per_day=3)
    therapy = diary.therapies.add(Therapy("medication", "Gabapentin", "gabapentin"), first)
    page.select(therapy.id)
    return therapy


def test_change_the_dose_keeps_the_history(page, qtbot, diary, gabapentin, drive_dialog):
    def fill(dialog):
        dialog.start.setDate(qdate(TODAY - timedelta(days=5)))
        type_into(qtbot, dialog.fields.amount, "600")
        press_save(qtbot, dialog)

    drive_dialog(RegimenDialog, fill)
    click(qtbot, page.buttons["change"])
    assert rows(diary, "SELECT start_date, end_date, dose_amount FROM regimens ORDER BY start_date") == [
        ((TODAY - timedelta(days=30)).isoformat(), (TODAY - timedelta(days=6)).isoformat(), 300.0),
        ((TODAY - timedelta(days=5)).isoformat(), None, 600.0),
    ]
    assert page.history.count() == 2


def test_a_patch_entered_as_once_a_day_is_corrected_to_every_72_hours(page, qtbot, diary, drive_dialog):
    once_a_day = Regimen(0, TODAY - timedelta(days=30), dose_amount=25, dose_unit="mcg/h", route="transdermal",
                         times_per_day=1)  # fmt: skip  # as an older diary holds it
    patch = diary.therapies.add(Therapy("medication", "Fentanyl patch", "fentanyl"), once_a_day)
    page.select(patch.id)
    seen = {}

    def fill(dialog):
        schedule = dialog.fields.schedule
        seen["filled"] = (schedule.kind.currentData(), schedule.times.value())
        dialog.start.setDate(qdate(TODAY - timedelta(days=5)))
        choose_by_keys(qtbot, schedule.kind, "Every so many hours")
        type_into(qtbot, schedule.hours, "72")
        press_save(qtbot, dialog)

    drive_dialog(RegimenDialog, fill)
    click(qtbot, page.buttons["change"])
    assert seen["filled"] == ("times_a_day", 1)
    assert rows(diary, "SELECT dose_amount, schedule, times_per_day, every FROM regimens ORDER BY start_date") == [
        (25.0, "times_a_day", 1, None), (25.0, "every_hours", None, 72)
    ]  # fmt: skip


def test_change_dose_waits_for_a_change_before_enter_saves(page, qtbot, diary, gabapentin, drive_dialog):
    seen = {}

    def fill(dialog):
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        seen["save enabled at first"] = save.isEnabled()
        seen["focus"] = dialog.focusWidget()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter at once: nothing is recorded
        seen["open after enter"] = dialog.isVisible()
        dialog.start.setDate(qdate(TODAY - timedelta(days=5)))
        type_into(qtbot, dialog.fields.amount, "600")
        qtbot.keyClick(dialog.fields.amount, Qt.Key.Key_Return)

    drive_dialog(RegimenDialog, fill)
    click(qtbot, page.buttons["change"])
    assert (seen["save enabled at first"], seen["open after enter"]) == (False, True)
    assert isinstance(seen["focus"], QDoubleSpinBox)  # the dose, not Save, has the focus
    assert rows(diary, "SELECT start_date, dose_amount FROM regimens ORDER BY start_date") == [
        ((TODAY - timedelta(days=30)).isoformat(), 300.0),
        ((TODAY - timedelta(days=5)).isoformat(), 600.0),
    ]


def test_a_dose_changed_back_to_the_same_cannot_be_saved_as_a_change(page, qtbot, diary, gabapentin, drive_dialog):
    seen = {}

    def fill(dialog):
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        type_into(qtbot, dialog.fields.amount, "600")
        seen["after a change"] = save.isEnabled()
        type_into(qtbot, dialog.fields.amount, "300")  # changed back
        seen["changed back"], seen["why"] = save.isEnabled(), dialog.unchanged.isVisibleTo(dialog)
        press_save(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        dialog.reject()

    drive_dialog(RegimenDialog, fill)
    click(qtbot, page.buttons["change"])
    assert seen == {"after a change": True, "changed back": False, "why": True, "open": True}
    assert rows(diary, "SELECT count(*), max(end_date) FROM regimens") == [(1, None)]


def test_stop_needs_a_reason_then_stops(page, qtbot, diary, gabapentin, drive_dialog):
    seen = {}

    def fill(dialog):
        press_save(qtbot, dialog)  # no reason chosen yet
        seen["error"] = dialog.error.text()
        qtbot.keyClicks(dialog.reason, "S")  # keyboard search: "Side effects"
        press_save(qtbot, dialog)

    drive_dialog(StopDialog, fill)
    click(qtbot, page.buttons["stop"])
    assert "why" in seen["error"]
    assert rows(diary, "SELECT end_date, stop_reason FROM regimens") == [(TODAY.isoformat(), "side_effects")]
    assert page.buttons["restart"].isEnabled() and not page.buttons["stop"].isEnabled()


def test_a_regimen_without_a_dose_is_refused_in_the_dialog(page, qtbot, diary, drive_dialog):
    seen = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Pregabalin")
        press_save(qtbot, dialog)
        seen["error"], seen["open"] = dialog.error.text(), dialog.isVisible()
        dialog.done(0)  # closed, as after answering Discard to the question

    drive_dialog(TherapyDialog, fill)
    click(qtbot, page.add_button)
    assert "Enter the dose" in seen["error"] and seen["open"]
    assert rows(diary, "SELECT count(*) FROM therapies") == [(0,)]


def test_add_an_injection_and_record_the_relief(page, qtbot, diary, drive_dialog):
    def fill(dialog):
        qtbot.keyClicks(dialog.kind, "I")  # keyboard search: "Injection"
        qtbot.keyClicks(dialog.name, "Epidural steroid injection")
        dialog.start.setDate(qdate(TODAY - timedelta(days=14)))
        qtbot.keyClicks(dialog.site, "L4-L5")
        assert not dialog.regimen_fields.amount.isVisibleTo(dialog)
        press_save(qtbot, dialog)

    drive_dialog(TherapyDialog, fill)
    click(qtbot, page.add_button)
    assert rows(diary, "SELECT kind FROM therapies") == [("injection",)]
    assert rows(diary, "SELECT date, site, relief_percent FROM procedures") == [
        ((TODAY - timedelta(days=14)).isoformat(), "L4-L5", None)
    ]

    drive_dialog(ReliefDialog, lambda d: (type_into(qtbot, d.percent, "60"), press_save(qtbot, d)))
    click(qtbot, page.buttons["relief"])
    ((relief, judged),) = rows(diary, "SELECT relief_percent, relief_at FROM procedures")
    assert relief == 60 and judged.startswith(TODAY.isoformat())
    assert "relief 60 %" in page.tree.currentItem().text(1)


def test_report_a_side_effect(page, qtbot, diary, gabapentin, drive_dialog):
    def fill(dialog):
        qtbot.keyClicks(dialog.therapy, "G")
        qtbot.keyClicks(dialog.description, "Dizzy after the evening dose")
        qtbot.keyClicks(dialog.severity, "Mi")
        press_save(qtbot, dialog)

    drive_dialog(SideEffectDialog, fill)
    click(qtbot, page.side_effect_button)
    assert rows(diary, "SELECT date, therapy_id, description, severity FROM side_effects") == [
        (TODAY.isoformat(), gabapentin.id, "Dizzy after the evening dose", "mild")
    ]
    assert "Dizzy" in page.effects.item(0).text()


def test_deleting_a_therapy_with_doses_asks_and_declining_keeps_everything(page, qtbot, diary, gabapentin, monkeypatch):
    from datetime import datetime

    from painlog.domain.therapy import Dose, SideEffect

    diary.doses.add(Dose(gabapentin.id, datetime.combine(TODAY, datetime.min.time()), 300, "mg"))
    diary.side_effects.add(SideEffect(TODAY, "Drowsy", "mild", gabapentin.id))
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text, action: asked.append(text) or False)
    click(qtbot, page.buttons["delete"])
    assert asked[0] == (  # one of each, each said in the singular
        "Delete Gabapentin and everything recorded with it (1 dose period, 1 logged dose)? This cannot be undone. "
        "1 side effect recorded with it will stay in the diary, no longer linked to it."
    )
    assert rows(diary, "SELECT count(*) FROM doses") == [(1,)]
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text, action: True)
    click(qtbot, page.buttons["delete"])
    assert rows(diary, "SELECT count(*) FROM therapies") == [(0,)]
    assert rows(diary, "PRAGMA foreign_key_check") == []


def test_a_booked_procedure_shows_and_medications_reach_the_today_page(window, page, qtbot, diary, gabapentin):
    diary.therapies.add(Therapy("nerve_block", "Medial branch block"), Procedure(0, TODAY + timedelta(days=7)))
    page.reload()
    window.show_page(window.today_page)
    boxes = window.today_page.medications.intakes[gabapentin.id]
    assert [box.text() for box in boxes] == ["1 of 3", "2 of 3", "3 of 3"]
    assert Qt.CheckState.Unchecked == boxes[0].checkState()


def test_a_dose_amount_is_shown_as_written_not_with_two_decimals(page, qtbot, diary, gabapentin, drive_dialog):
    seen = {}

    def fill(dialog):
        seen["opened with"] = dialog.fields.amount.text()
        type_into(qtbot, dialog.fields.amount, "2.5")
        qtbot.keyClick(dialog.fields.amount, Qt.Key.Key_Tab)
        seen["typed"] = dialog.fields.amount.text()
        press_save(qtbot, dialog)

    drive_dialog(RegimenDialog, fill)
    click(qtbot, page.buttons["change"])
    assert seen == {"opened with": "300", "typed": "2.5"}  # not "300.00" and "2.50"
    assert rows(diary, "SELECT dose_amount FROM regimens WHERE end_date IS NULL") == [(2.5,)]


def test_the_name_hint_gives_an_example_of_the_kind_chosen(page, qtbot):
    dialog = TherapyDialog(page, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.name.placeholderText() == "as on the prescription, for example Gabapentin"
    choose_by_keys(qtbot, dialog.kind, "Nerve block")
    assert dialog.name.placeholderText() == "for example Medial branch block"  # not a medicine's name
    choose_by_keys(qtbot, dialog.kind, "Physical therapy")
    assert dialog.name.placeholderText() == "for example Physiotherapy for the back"


def test_with_nothing_chosen_the_page_points_at_the_list_above_it(page, gabapentin):
    from PySide6.QtCore import QPoint

    page.tree.setCurrentItem(None)
    assert page.title.text() == "Choose a therapy in the list above"
    assert page.tree.mapTo(page, QPoint()).y() < page.title.mapTo(page, QPoint()).y()  # the list is above it


def test_what_a_button_did_is_said_beside_it_not_at_the_top(page, qtbot, diary, gabapentin, drive_dialog, monkeypatch):
    from painlog.domain.therapy import SideEffect
    from tests.ui.conftest import said_beside

    def fill(dialog):
        type_into(qtbot, dialog.fields.amount, "600")
        press_save(qtbot, dialog)

    drive_dialog(RegimenDialog, fill)
    tree_tall = page.tree.height()
    assert not page.action_message.isVisible()  # an empty line takes no room: a small screen's list gets it
    click(qtbot, page.buttons["change"])
    assert page.action_message.text() == "Dose changed." and said_beside(page.action_message, page.buttons["change"])
    assert page.message.text() == ""  # not far away at the top of the page
    diary.side_effects.add(SideEffect(TODAY, "Drowsy", "mild", gabapentin.id))
    page.reload()
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text, action: True)
    click(qtbot, page.delete_effect_button)
    assert page.effect_message.text() == "Side effect deleted."
    assert said_beside(page.effect_message, page.delete_effect_button, lines=1)  # on the button's own row
    assert page.action_message.text() == "" and not page.action_message.isVisible()  # the older message is gone
    qtbot.waitUntil(lambda: page.tree.height() == tree_tall)  # and its room is the list's again
