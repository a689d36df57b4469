"""Tab goes through every page and dialog in reading order, one stop per control, never to a container or to
something hidden. Each walk presses Tab on the real window (or the dialog opened through it) until the focus
comes back, then checks the path by the widgets' places on screen."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFrame,
    QGroupBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.therapy import Dose, Procedure, Regimen, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit
from painlog.ui.dose_dialog import AsNeededDoseDialog
from painlog.ui.episode_dialog import EpisodeDialog
from painlog.ui.summary_dialog import SummaryDialog
from painlog.ui.therapy_dialogs import (
    ProcedureDialog,
    RegimenDialog,
    ReliefDialog,
    SideEffectDialog,
    StopDialog,
    TherapyDialog,
)
from painlog.ui.visits_page import GoalDialog, VisitDialog

TODAY = date.today()
YESTERDAY = TODAY - timedelta(days=1)
SLACK = 3  # pixels: a field and a button side by side may sit a pixel or two apart


@pytest.fixture
def full_diary(diary):
    """A diary with something on every page: days, a flare, medicines (scheduled and as needed), an injection,
    a side effect, visits and a goal."""
    for offset in range(1, 20):
        diary.checkins.save(CheckIn(day=TODAY - timedelta(days=offset), pain_avg=5, enjoyment=4, activity=4, mood=6))
    start = TODAY - timedelta(days=30)
    gabapentin = diary.therapies.add(
        Therapy("medication", "Gabapentin", "gabapentin"),
        Regimen(0, start, dose_amount=300, dose_unit="mg", route="oral", times_per_day=3),
    )
    oxycodone = diary.therapies.add(
        Therapy("medication", "Oxycodone IR", "oxycodone"),
        Regimen(0, start, dose_amount=5, dose_unit="mg", route="oral", prn=True, max_per_day=4),
    )
    diary.therapies.add(Therapy("injection", "Epidural steroid injection"),
                        Procedure(0, TODAY - timedelta(days=10), site="L4-L5"))  # fmt: skip
    diary.side_effects.add(SideEffect(YESTERDAY, "Dizzy", "mild", gabapentin.id))
    diary.doses.add(Dose(oxycodone.id, datetime.combine(YESTERDAY, time(9, 0)), 5, "mg", prn=True, pain_before=7))
    diary.episodes.add(Episode(at=datetime.combine(YESTERDAY, time(15, 0)), intensity=8))
    diary.visits.save(Visit(day=TODAY + timedelta(days=14), clinician="Dr Rao", questions=("Can I drive?",)))
    diary.visits.save(Visit(day=TODAY - timedelta(days=40), clinician="Dr Rao"))
    diary.goals.save(Goal(text="Walk 20 minutes", start=TODAY - timedelta(days=30)))
    return gabapentin


def place(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def walk(qtbot, first: QWidget, limit: int = 250) -> list[QWidget]:
    """Tab from `first` (from the window's first stop if it is the window) until the focus comes back: the stops,
    in order. Each step is checked to read after the one before, both where they are once the page has scrolled
    to show the new one; the focus goes back to the top once only, from the last stop to the first."""
    window = first.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if first is window:
        qtbot.keyClick(window, Qt.Key.Key_Tab)
        first = QApplication.focusWidget()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is first
    stops, wrapped = [first], False
    for _ in range(limit):
        before = stops[-1]
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is first:
            return stops
        assert focused is not None and focused.window() is window, f"Tab left the window after {name(before)}"
        if focused is before and callable(getattr(focused, "tab_within", None)):
            continue  # a widget with stops of its own (the body drawing's regions), each read where it is drawn
        assert focused is not before, f"{name(before)} takes more than one Tab stop"
        if not reads_after(place(before), place(focused)):
            assert not wrapped, (
                f"Tab went from {name(before)} at {place(before).getRect()} back up to {name(focused)} at "
                f"{place(focused).getRect()}: {[name(w) for w in stops]}"
            )
            wrapped = True
        stops.append(focused)
    pytest.fail(f"Tab never came back to {name(first)}: {[name(w) for w in stops[-5:]]}")


def name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else widget.accessibleName()
    return f"{type(widget).__name__} {text!r}"


def is_container(widget: QWidget) -> bool:
    if isinstance(widget, QScrollArea | QStackedWidget | QTabWidget):
        return True
    if isinstance(widget, QGroupBox):
        return not widget.isCheckable()
    return type(widget) in (QWidget, QFrame)


def reads_after(before: QRect, after: QRect) -> bool:
    """`after` is read after `before`: further right on the same line, lower down, or in a column to the right."""
    same_line = after.top() < before.center().y() and before.top() < after.center().y()
    if same_line:
        return after.left() >= before.left() + SLACK or after.top() >= before.top() + SLACK
    return after.top() >= before.top() - SLACK or after.left() >= before.right() - SLACK


def tab_stops(window: QWidget) -> set[QWidget]:
    """Every control in the window that Qt would let the Tab key reach."""
    return {
        w for w in window.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
        and w.window() is window and not isinstance(w, QScrollArea)
    }  # fmt: skip


def check_walk(stops: list[QWidget]) -> None:
    names = [name(w) for w in stops]
    assert len(set(stops)) == len(stops), f"a control takes more than one Tab stop: {names}"
    for widget in stops:
        assert widget.isVisible(), f"Tab reached a hidden {name(widget)}"
        assert not is_container(widget), f"Tab stopped on a container, {name(widget)}, which shows no focus"
    window = stops[0].window()
    missed = tab_stops(window) - set(stops)
    assert not missed, f"Tab never reaches {[name(w) for w in missed]}"


def in_order(stops: list[QWidget], *widgets: QWidget) -> None:
    """The widgets come in this order among the stops."""
    missing = [name(w) for w in widgets if w not in stops]
    assert not missing, f"not reached by Tab: {missing}"
    places = [stops.index(w) for w in widgets]
    assert places == sorted(places), [name(w) for w in sorted(widgets, key=stops.index)]


def test_the_today_page_reads_top_to_bottom_with_the_medicines_before_save(window, full_diary, look, qtbot):
    gabapentin = full_diary
    page = window.today_page
    page.open_day(YESTERDAY)  # Next day and Today are enabled; a flare and an as-needed dose are shown
    page.medications.prn_list.setCurrentRow(0)  # the dose can be removed
    qtbot.waitUntil(lambda: page.medications.intakes[gabapentin.id][0].isVisible())  # shown once Qt lays them out
    stops = walk(qtbot, window.navigation)
    check_walk(stops)
    medications = page.medications
    boxes = medications.intakes[gabapentin.id]
    in_order(
        stops, window.navigation, page.previous_button, page.date_edit, page.next_button, page.today_button,
        page.scales["pain_avg"], page.scales["pain_worst"], page.scales["pain_worst"].clear_button,
        page.scales["pain_least"], page.scales["enjoyment"],
        page.scales["activity"], page.scales["mood"], page.sleep_hours, page.scales["sleep_quality"],
        *boxes, medications.skip_buttons[gabapentin.id], medications.prn_button, medications.prn_list,
        page.locations.boxes["head"], page.qualities.boxes["aching"], page.note, page.for_doctor, page.flare_list,
        page.log_flare_button, page.save_button, page.delete_button,
    )  # fmt: skip
    assert stops.count(page.date_edit) == 1


def test_every_page_reads_in_order(window, full_diary, qtbot):
    for index in range(window.navigation.count()):  # a page added to the list is walked too
        window.navigation.setCurrentRow(index)
        page = window.current_page()
        if page is window.therapies_page:
            page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))  # a therapy chosen: its buttons show
        qtbot.wait(20)
        stops = walk(qtbot, window.navigation)
        check_walk(stops)
        assert any(page.isAncestorOf(stop) for stop in stops), window.navigation.item(index).text()


def test_each_trends_tab_reads_in_order(window, full_diary, qtbot):
    page = window.trends_page
    window.show_page(page)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        check_walk(walk(qtbot, window.navigation))


def walk_dialog(drive_dialog, qtbot, cls) -> list:
    """Replace the dialog's exec: walk its Tab chain from the control focused when it opens, then close it."""
    seen: list = []

    def steps(dialog) -> None:
        qtbot.waitExposed(dialog)
        stops = walk(qtbot, dialog.focusWidget() or dialog)
        check_walk(stops)
        seen.extend(stops)
        dialog.done(0)

    drive_dialog(cls, steps)
    return seen


def test_the_today_page_dialogs_read_in_order(window, full_diary, qtbot, drive_dialog):
    page = window.today_page
    page.open_day(YESTERDAY)
    qtbot.wait(20)
    seen = walk_dialog(drive_dialog, qtbot, EpisodeDialog)
    page.log_flare_button.click()
    assert seen
    seen = walk_dialog(drive_dialog, qtbot, AsNeededDoseDialog)
    page.medications.prn_button.click()
    assert seen
    page.medications.prn_list.setCurrentRow(0)
    seen = walk_dialog(drive_dialog, qtbot, AsNeededDoseDialog)
    page.medications.pain_after_button.click()
    assert seen


def test_the_therapy_dialogs_read_in_order(window, full_diary, qtbot, drive_dialog):
    page = window.therapies_page
    window.show_page(page)
    for cls, button in ((TherapyDialog, page.add_button), (SideEffectDialog, page.side_effect_button)):
        seen = walk_dialog(drive_dialog, qtbot, cls)
        button.click()
        assert seen, cls
    medicine = page.tree.topLevelItem(0).child(0)
    page.tree.setCurrentItem(medicine)
    for cls, key in ((RegimenDialog, "change"), (StopDialog, "stop"), (TherapyDialog, "edit")):
        seen = walk_dialog(drive_dialog, qtbot, cls)
        page.buttons[key].click()
        assert seen, cls
    injection = next(
        page.tree.topLevelItem(group).child(row)
        for group in range(page.tree.topLevelItemCount())
        for row in range(page.tree.topLevelItem(group).childCount())
        if "Epidural" in page.tree.topLevelItem(group).child(row).text(0)
    )
    page.tree.setCurrentItem(injection)
    for cls, key in ((ProcedureDialog, "procedure"), (ReliefDialog, "relief")):
        seen = walk_dialog(drive_dialog, qtbot, cls)
        page.buttons[key].click()
        assert seen, cls


def test_the_visit_dialogs_and_the_summary_read_in_order(window, full_diary, qtbot, drive_dialog):
    page = window.visits_page
    window.show_page(page)
    for cls, button in ((VisitDialog, page.book_button), (VisitDialog, page.add_past_button),
                        (GoalDialog, page.goal_buttons[0])):  # fmt: skip
        seen = walk_dialog(drive_dialog, qtbot, cls)
        button.click()
        assert seen, cls
    page.past.setCurrentRow(0)
    seen = walk_dialog(drive_dialog, qtbot, VisitDialog)
    page.outcome_button.click()
    assert seen
    seen = walk_dialog(drive_dialog, qtbot, SummaryDialog)
    page.summary_button.click()
    assert seen


def test_the_file_menu_dialogs_read_in_order(window, full_diary, qtbot, drive_dialog, monkeypatch, tmp_path):
    from painlog.ui import dialogs
    from painlog.ui.file_actions import ImportDialog, RestoreDialog

    window.backup_action.trigger()  # a backup to offer
    seen = walk_dialog(drive_dialog, qtbot, RestoreDialog)
    window.restore_action.trigger()
    assert seen
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(tmp_path / "e.json"))
    window.export_actions["json"].trigger()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: str(tmp_path / "e.json"))
    seen = walk_dialog(drive_dialog, qtbot, ImportDialog)
    window.import_action.trigger()
    assert seen


def test_the_coping_dialogs_and_settings_read_in_order(window, full_diary, qtbot, drive_dialog):
    from painlog.ui.crisis_dialog import CrisisDialog
    from painlog.ui.questionnaire_dialog import QuestionnaireDialog
    from painlog.ui.settings_dialog import SettingsDialog

    window.navigation.setCurrentRow(window.navigation.count() - 1)
    page = window.current_page()
    for cls, button in ((QuestionnaireDialog, page.phq9_button), (CrisisDialog, page.help_button)):
        seen = walk_dialog(drive_dialog, qtbot, cls)
        button.click()
        assert seen, cls
    seen = walk_dialog(drive_dialog, qtbot, SettingsDialog)
    window.settings_action.trigger()
    assert seen


def test_the_first_run_question_reads_in_order(window, qtbot, drive_dialog):
    from painlog.ui.reminder_question import ReminderQuestionDialog

    seen = walk_dialog(drive_dialog, qtbot, ReminderQuestionDialog)
    window.reminders.ask_first_run()
    names = [w.text() if isinstance(w, QAbstractButton) else type(w).__name__ for w in seen]
    assert sorted(names) == ["No, thank you", "QTimeEdit", "Yes, remind me"]  # from the focused one, in order


def test_the_impression_dialog_reads_in_order(window, full_diary, qtbot, drive_dialog):
    from painlog.ui.impression_dialog import ImpressionDialog

    window.navigation.setCurrentRow(window.navigation.count() - 1)
    page = window.current_page()
    seen = walk_dialog(drive_dialog, qtbot, ImpressionDialog)
    page.impression_button.click()  # shown when a question is due; its slot asks either way
    assert seen


def test_the_procedure_diary_dialogs_read_in_order(window, diary, qtbot, drive_dialog):
    from datetime import date, timedelta

    from painlog.domain.stimulator_trial import Trial
    from painlog.domain.therapy import Procedure, Therapy
    from painlog.ui.procedure_dialogs import BlockSetupDialog, FollowUpDialog, TrialDayDialog, TrialDialog

    today = date.today()
    mbb = diary.therapies.add(Therapy("nerve_block", "Medial branch block"), Procedure(0, today, "L4-L5"))
    rfa = diary.therapies.add(Therapy("radiofrequency_ablation", "RF ablation"),
                              Procedure(0, today - timedelta(days=20), "L4-L5"))  # fmt: skip
    scs = diary.therapies.add(Therapy("neuromodulation", "Stimulator"))
    diary.procedure_diaries.add_trial(Trial(scs.id, today, today + timedelta(days=6)))
    page = window.therapies_page
    window.show_page(page)
    actions = page.procedure_actions
    for therapy, key, cls in ((mbb, "block", BlockSetupDialog), (rfa, "follow_up", FollowUpDialog),
                              (scs, "trial", TrialDialog), (scs, "trial_day", TrialDayDialog)):  # fmt: skip
        procedures = diary.therapies.procedures(therapy.id)
        actions.show_for(therapy, procedures[0] if procedures else None)
        seen = walk_dialog(drive_dialog, qtbot, cls)
        actions.buttons[key].click()
        assert seen, cls


@pytest.mark.parametrize("missing", [3, 20], ids=["3 days", "more than 14 days: the list scrolls"])
def test_the_missed_days_question_reads_in_order(window, diary, qtbot, drive_dialog, missing):
    from painlog.ui.missed_days_dialog import MissedDaysDialog

    diary.checkins.save(CheckIn(TODAY - timedelta(days=missing + 1), 5, 4, 4, 6))
    seen = walk_dialog(drive_dialog, qtbot, MissedDaysDialog)
    window.ask_missed_days()  # as on opening the diary
    assert len([w for w in seen if isinstance(w, QAbstractButton)]) == 2 * min(missing, 14) + 2


def painlog_dialogs() -> set[type]:
    """Every dialog class painlog's windows define (not the shared bases a dialog is made from)."""
    import importlib
    import pkgutil

    import painlog.ui
    from painlog.ui.entry_dialog import EntryDialog
    from painlog.ui.form_dialog import FormDialog

    found = set()
    for module in pkgutil.iter_modules(painlog.ui.__path__):
        loaded = importlib.import_module(f"painlog.ui.{module.name}")
        found |= {
            value for value in vars(loaded).values()
            if isinstance(value, type) and issubclass(value, QDialog) and value.__module__.startswith("painlog.")
        }  # fmt: skip
    return found - {EntryDialog, FormDialog}


def test_every_dialog_is_walked():
    """A new dialog is walked too: name it in a test above, opened through the window."""
    from painlog.ui.crisis_dialog import CrisisDialog
    from painlog.ui.file_actions import ImportDialog, RestoreDialog
    from painlog.ui.impression_dialog import ImpressionDialog
    from painlog.ui.missed_days_dialog import MissedDaysDialog
    from painlog.ui.procedure_dialogs import BlockSetupDialog, FollowUpDialog, TrialDayDialog, TrialDialog
    from painlog.ui.questionnaire_dialog import QuestionnaireDialog
    from painlog.ui.reminder_question import ReminderQuestionDialog
    from painlog.ui.settings_dialog import SettingsDialog

    walked = {EpisodeDialog, AsNeededDoseDialog, TherapyDialog, SideEffectDialog, RegimenDialog, StopDialog,
              ProcedureDialog, ReliefDialog, VisitDialog, GoalDialog, SummaryDialog, RestoreDialog,
              ImportDialog, CrisisDialog, ImpressionDialog, QuestionnaireDialog, SettingsDialog, BlockSetupDialog,
              FollowUpDialog, TrialDialog, TrialDayDialog, ReminderQuestionDialog,
              MissedDaysDialog}  # fmt: skip
    assert painlog_dialogs() == walked
