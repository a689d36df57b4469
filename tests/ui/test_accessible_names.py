"""A screen reader's view (issue 12, point 5): every page and every dialog reachable from the window is opened,
and every control, list, table and chart on it must have a name, as Qt's accessibility gives it to a screen
reader; no two on one page or dialog may share a name ("Skip a dose…" three times says nothing)."""

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)

from painlog import demo
from painlog.domain.episode import Episode
from painlog.domain.therapy import Dose
from painlog.ui import dialogs
from tests.ui.conftest import click

TODAY = date.today()
# What a screen reader must be able to name: anything that takes focus, and these kinds even when they do not.
NAMED_KINDS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit,
               FigureCanvasQTAgg)  # fmt: skip
# Parts of a bigger control that Qt names through that control (the line edit inside a spin box, a header).
PARTS_OF = (QAbstractSpinBox, QComboBox, QTabBar)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader hears: Qt's own answer (the accessible name, a button's text, a label's buddy).

    On Linux Qt gives a drop-down's current choice as its name; on Windows and macOS it does not, so a drop-down
    is asked the way Qt asks any widget there: its accessible name, else the label it is the buddy of."""
    if isinstance(widget, QComboBox):
        return (widget.accessibleName() or buddy_text(widget)).strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def buddy_text(widget: QWidget) -> str:
    """The text of a label beside `widget` whose buddy it is, else its group box's title (as Qt looks it up)."""
    parent = widget.parentWidget()
    label = next((c for c in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
                  if c.buddy() is widget), None)  # fmt: skip
    if label is not None:
        return label.text().replace("&", "")
    return parent.title() if isinstance(parent, QGroupBox) else ""


def must_be_named(widget: QWidget) -> bool:
    if not widget.isVisible() or isinstance(widget, QHeaderView | QScrollArea):
        return False  # a header is read with its table; a scroll area is only a frame around a page
    parent = widget.parentWidget()
    if isinstance(parent, PARTS_OF) or (parent is not None and isinstance(parent.parentWidget(), PARTS_OF)):
        return False
    return isinstance(widget, NAMED_KINDS) or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def describe(widget: QWidget) -> str:
    shown = widget.text() if isinstance(widget, QAbstractButton) else ""
    shown = shown or (widget.placeholderText() if isinstance(widget, QLineEdit | QPlainTextEdit) else "")
    return type(widget).__name__ + (f" “{shown}”" if shown else "")


def problems(root: QWidget) -> list[str]:
    """Each unnamed control under `root`, each name two of them share, and each chart a keyboard cannot reach or
    that does not say what it shows."""
    checked = [w for w in [root, *root.findChildren(QWidget)] if must_be_named(w)]
    found = [f"no name: {describe(w)}" for w in checked if not accessible_name(w)]
    names = [accessible_name(w) for w in checked]
    found += [f"{names.count(name)} share the name “{name}”" for name in sorted(set(names)) if name and
              names.count(name) > 1]  # fmt: skip
    for chart in (w for w in checked if isinstance(w, FigureCanvasQTAgg)):
        if not chart.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(f"chart “{accessible_name(chart)}” cannot take focus")
        if not chart.accessibleDescription():
            found.append(f"chart “{accessible_name(chart)}” does not say what it shows")
    return found


class Census:
    """Every view looked at, with what a screen reader would miss on it."""

    def __init__(self) -> None:
        self.views: dict[str, list[str]] = {}

    def look(self, name: str, root: QWidget) -> None:
        """Look at `root` again: a problem seen before in this view is not counted twice."""
        known = self.views.setdefault(name, [])
        found = problems(root)
        for problem in sorted(set(found)):
            known += [problem] * (found.count(problem) - known.count(problem))

    def report(self) -> list[str]:
        return [f"{view}: {problem}" for view, found in self.views.items() for problem in found]


def variants(dialog: QDialog) -> Iterator[str]:
    """The dialog as it first shows, then with each kind of therapy and each kind of schedule chosen (each shows
    other rows)."""
    yield ""
    kind = getattr(dialog, "kind", None)
    fields = getattr(dialog, "regimen_fields", None) or getattr(dialog, "fields", None)
    schedule = getattr(getattr(fields, "schedule", None), "kind", None)
    if isinstance(kind, QComboBox) and kind.isEnabled():
        for index in range(kind.count()):
            kind.setCurrentIndex(index)
            yield kind.currentText()
        kind.setCurrentIndex(kind.findData("medication"))
    if isinstance(schedule, QComboBox) and schedule.isVisible():
        for index in range(schedule.count()):
            schedule.setCurrentIndex(index)
            yield schedule.currentText()


@pytest.fixture
def census(monkeypatch, qtbot) -> Census:
    """Every painlog dialog (and message box) opened is shown, looked at in each of its variants, and closed
    as if cancelled; Qt's own print dialogs are closed unseen."""
    seen = Census()

    def look(dialog: QDialog) -> int:
        if type(dialog).__module__.startswith("painlog") or isinstance(dialog, QMessageBox | QInputDialog):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            for _variant in variants(dialog):
                seen.look(f"{type(dialog).__name__} “{dialog.windowTitle()}”", dialog)
            dialog.hide()
        return 0

    monkeypatch.setattr(QDialog, "exec", look)
    monkeypatch.setattr(QMessageBox, "exec", look)
    return seen


@pytest.fixture
def full_diary(diary, window):
    """The demo diary, and on today a flare, an as-needed dose and a skipped one (each shows more controls)."""
    demo.write(diary, demo.generate(days=120, seed=3))
    therapies = {t.name.split()[0]: t for t in diary.therapies.all()}
    now = datetime.combine(TODAY, time(0, 0))
    diary.episodes.add(Episode(at=now, intensity=7, trigger="lifting"))
    diary.doses.add(Dose(therapies["Oxycodone"].id, now, 5, "mg", prn=True, pain_before=7))
    diary.doses.add(Dose(therapies["Gabapentin"].id, now, skipped=True, skip_reason="forgot"))
    window.today_page.refresh()
    return diary


def press(button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    button.click()


def visit_today(window, census: Census, qtbot) -> None:
    page = window.today_page
    census.look("Today", window)
    window.flare_action.trigger()
    page.flare_list.setCurrentRow(0)
    press(page.edit_flare_button)
    press(page.delete_flare_button)
    medications = page.medications
    window.as_needed_action.trigger()
    medications.prn_list.setCurrentRow(0)
    press(medications.pain_after_button)
    press(medications.remove_button)
    press(next(button for button in medications.skip_buttons.values() if button.isEnabled()))
    if page.delete_button.isEnabled():  # a day with a check-in
        press(page.delete_button)


def visit_trends(window, census: Census, qtbot) -> None:
    page = window.trends_page
    if page.empty.isVisible():  # a new diary: what to do first stands in for the tabs
        census.look("Trends", window)
        return
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: page.tabs.currentWidget().isVisible())
        census.look("Trends", window)  # each tab shows other controls of the one page


def choose_therapy(page, name: str) -> None:
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    iterator = QTreeWidgetItemIterator(page.tree)
    while (item := iterator.value()) is not None:
        if item.text(0).startswith(name) and item.data(0, Qt.ItemDataRole.UserRole) is not None:
            page.tree.setCurrentItem(item)
            return
        iterator += 1
    raise AssertionError(f"no therapy named {name}")


def visit_therapies(window, census: Census, qtbot) -> None:
    page = window.therapies_page
    choose_therapy(page, "Gabapentin")
    census.look("Therapies", window)
    for key in ("change", "stop", "edit", "delete"):
        press(page.buttons[key])
    press(page.add_button)
    press(page.side_effect_button)
    page.effects.setCurrentRow(0)
    press(page.delete_effect_button)
    choose_therapy(page, "Physical")  # a finished course
    census.look("Therapies", window)
    press(page.buttons["restart"])
    choose_therapy(page, "Epidural")  # a procedure
    census.look("Therapies", window)
    press(page.buttons["procedure"])
    press(page.buttons["relief"])


def visit_visits(window, census: Census, qtbot) -> None:
    page = window.visits_page
    census.look("Visits & goals", window)
    press(page.book_button)
    page.past.setCurrentRow(0)
    press(page.outcome_button)
    press(page.add_past_button)
    page.goals.setCurrentRow(0)
    for button in page.goal_buttons:
        press(button)
    press(page.summary_button)


def visit_file_menu(window, census: Census, monkeypatch, tmp_path: Path) -> None:
    window.backup_action.trigger()
    window.restore_action.trigger()
    export = tmp_path / "export.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_: str(export))
    window.export_actions["json"].trigger()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_: str(export))
    window.import_action.trigger()


def look_at_page(window, census: Census, qtbot) -> None:
    census.look(window.navigation.currentItem().text(), window)


PAGES: dict[str, Callable] = {"Today": visit_today, "Trends": visit_trends, "Therapies": visit_therapies,
                              "Visits & goals": visit_visits}  # fmt: skip


def test_every_control_on_every_page_and_dialog_has_a_name_of_its_own(
    full_diary, window, census, qtbot, monkeypatch, tmp_path
):
    for row in range(window.navigation.count()):
        title = window.navigation.item(row).text()
        window.navigation.setCurrentRow(row)
        PAGES.get(title, look_at_page)(window, census, qtbot)
    visit_file_menu(window, census, monkeypatch, tmp_path)
    expected_views = {"Today", "History", "Trends", "Therapies", "Visits & goals"}
    assert expected_views <= set(census.views), sorted(census.views)
    dialogs_seen = {view.split(" ")[0] for view in census.views}
    assert {"EpisodeDialog", "AsNeededDoseDialog", "QInputDialog", "QMessageBox", "TherapyDialog", "RegimenDialog",
            "StopDialog", "ProcedureDialog", "ReliefDialog", "SideEffectDialog", "VisitDialog", "GoalDialog",
            "SummaryDialog", "RestoreDialog", "ImportDialog"} <= dialogs_seen, sorted(dialogs_seen)  # fmt: skip
    missing = census.report()
    assert not missing, f"{len(missing)} problems:\n" + "\n".join(missing)


def test_an_empty_diary_names_every_control_too(window, census, qtbot):
    """Before anything is recorded: other placeholders, a chart with nothing to draw."""
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        (visit_trends if window.current_page() is window.trends_page else look_at_page)(window, census, qtbot)
    window.flare_action.trigger()
    press(window.therapies_page.add_button)
    press(window.therapies_page.side_effect_button)
    press(window.visits_page.book_button)
    press(window.visits_page.add_past_button)
    press(window.visits_page.goal_buttons[0])
    press(window.visits_page.summary_button)
    missing = census.report()
    assert not missing, f"{len(missing)} problems:\n" + "\n".join(missing)


def test_a_chart_is_reached_by_tab_and_shows_a_frame_while_it_has_the_keys(full_diary, window, qtbot):
    window.show_page(window.trends_page)
    page = window.trends_page
    canvas = page.trends_canvas
    qtbot.waitUntil(lambda: canvas.figure.axes != [])
    page.custom_button.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(30):  # Tab on, as a keyboard user would, until the chart has the keys
        if canvas.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert canvas.hasFocus()
    highlight = window.palette().color(QPalette.ColorRole.Highlight)

    def edge() -> QColor:
        image = canvas.grab().toImage()
        return QColor(image.pixel(1, image.height() // 2))

    assert edge() == highlight
    page.custom_button.setFocus()
    assert edge() != highlight


def said_in_full(day: date) -> tuple[str, ...]:
    """What a day written in full holds, in any order: Thursday, 26, November, 2026."""
    return f"{day:%A}", str(day.day), f"{day:%B}", str(day.year)


def test_the_day_field_the_note_and_the_lists_say_which_day_they_belong_to(full_diary, window):
    page = window.today_page
    for day in (TODAY, TODAY - timedelta(days=1)):
        assert page.open_day(day)
        for widget, start in ((page.note, "Note about "), (page.flare_list, "Flares on "),
                              (page.medications.prn_list, "As-needed doses on ")):  # fmt: skip
            name = accessible_name(widget)
            assert name.startswith(start) and all(part in name for part in said_in_full(day)), name
        assert all(part in page.date_edit.accessibleDescription() for part in said_in_full(day))


def test_each_dose_box_and_skip_button_says_which_medicine_and_dose(full_diary, window, qtbot):
    medications = window.today_page.medications
    gabapentin = next(t.id for t in full_diary.therapies.all() if t.name == "Gabapentin")
    assert [accessible_name(box) for box in medications.intakes[gabapentin]] == [
        "Gabapentin 600 mg, dose 1 of 3, skipped (forgot)",
        "Gabapentin 600 mg, dose 2 of 3, not taken yet",
        "Gabapentin 600 mg, dose 3 of 3, not taken yet",
    ]
    assert accessible_name(medications.skip_buttons[gabapentin]) == "Skip a dose of Gabapentin…"
    assert accessible_name(medications.unskip_buttons[gabapentin]) == "Undo the skipped dose of Gabapentin"
    click(qtbot, medications.intakes[gabapentin][1])  # taken now: the taken dose comes first
    first = accessible_name(medications.intakes[gabapentin][0])
    assert re.fullmatch(r"Gabapentin 600 mg, dose 1 of 3, taken at \d\d:\d\d", first), first


def test_each_clear_button_says_which_answer_it_clears(window):
    scale = window.today_page.scales["pain_worst"]
    assert accessible_name(scale.clear_button) == "Clear the answer: Worst pain today"


def test_a_chart_says_again_what_it_shows_when_the_diary_or_the_range_changes(full_diary, window, qtbot):
    page = window.trends_page
    window.show_page(page)

    def recorded() -> int:
        said = re.search(r"(\d+) of 90 days recorded", page.trends_canvas.accessibleDescription())
        assert said is not None, page.trends_canvas.accessibleDescription()
        return int(said.group(1))

    before = recorded()
    window.show_page(window.today_page)
    for field, value in (("pain_avg", 4), ("enjoyment", 3), ("activity", 3), ("mood", 6)):
        window.today_page.scales[field].choose(value)
    assert window.today_page.save()
    window.show_page(page)
    assert recorded() == before + 1  # today's new entry is counted
    page.tabs.setCurrentIndex(2)
    counts = page.counts_canvas.accessibleDescription()
    click(qtbot, page.range_buttons["30 days"])
    assert page.counts_canvas.accessibleDescription() != counts  # fewer days of each place and feeling


def test_the_procedure_diaries_name_every_control_too(diary, window, census, qtbot):
    """A block diary's setup and open sheet, a follow-up due, a stimulator trial under way: on Today, on Therapies
    and in each of their dialogs."""
    from painlog.domain.block_diary import BlockDiary, TimedRating
    from painlog.domain.stimulator_trial import Trial
    from painlog.domain.therapy import Procedure, Regimen, Therapy

    now = datetime.now().replace(second=0, microsecond=0)
    block = diary.therapies.add(Therapy(kind="nerve_block", name="Medial branch block"), Procedure(0, TODAY))
    diary.therapies.add_procedure(Procedure(block.id, TODAY - timedelta(days=20)))  # one without a sheet
    sheet_id = next(p.id for p in diary.therapies.procedures(block.id) if p.day == TODAY)
    diary.procedure_diaries.save_sheet(BlockDiary(sheet_id, now - timedelta(minutes=20), 6, ("walking",),
                                                  times=(15, 30, 60)))  # fmt: skip
    diary.procedure_diaries.rate(TimedRating(sheet_id, 15, now - timedelta(minutes=4), 2, "better"))
    diary.therapies.add(Therapy(kind="radiofrequency_ablation", name="Lumbar RFA"),
                        Procedure(0, TODAY - timedelta(days=30)))  # fmt: skip
    stimulator = diary.therapies.add(Therapy(kind="neuromodulation", name="Stimulator"),
                                     Regimen(0, TODAY - timedelta(days=2)))  # fmt: skip
    diary.procedure_diaries.add_trial(Trial(stimulator.id, TODAY - timedelta(days=2), TODAY + timedelta(days=4)))
    window.procedure_offers.reload()
    census.look("Today", window)
    offers = window.procedure_offers
    assert len(offers.buttons) == 3
    for button in offers.buttons:
        press(button)
    sheet = window.procedure_diaries.windows[sheet_id]
    qtbot.waitExposed(sheet)
    census.look("Block sheet", sheet)
    page = window.therapies_page
    window.show_page(page)
    choose_therapy(page, "Medial branch block")
    for row in range(page.history.count()):
        page.history.setCurrentRow(row)
        census.look("Therapies", window)
        press(page.procedure_actions.buttons["block"])
    for name, keys in (("Lumbar RFA", ("follow_up",)), ("Stimulator", ("trial", "trial_day"))):
        choose_therapy(page, name)
        census.look("Therapies", window)
        for key in keys:
            press(page.procedure_actions.buttons[key])
    dialogs_seen = {view.split(" ")[0] for view in census.views}
    assert {"BlockSetupDialog", "FollowUpDialog", "TrialDialog", "TrialDayDialog"} <= dialogs_seen, dialogs_seen
    missing = census.report()
    assert not missing, f"{len(missing)} problems:\n" + "\n".join(missing)


def test_the_reminders_banners_and_questions_name_every_control_too(full_diary, window, census, qtbot):
    """The daily reminder's and the as-needed question's banners over Today, the first-run question, Settings."""
    reminders = window.reminders
    reminders.show_reminder()
    reminders.ask_follow_up(full_diary.doses.on_day(TODAY)[0])
    assert reminders.reminder_banner.isVisible() and reminders.follow_up_banner.isVisible()
    census.look("Today", window)
    reminders.ask_first_run()
    window.settings_action.trigger()
    reminders.tell_about_tray()  # the first time the window goes to the tray
    dialogs_seen = {view.split(" ")[0] for view in census.views}
    assert {"ReminderQuestionDialog", "SettingsDialog"} <= dialogs_seen, dialogs_seen
    assert any(view.startswith("QMessageBox “painlog is still running") for view in census.views), census.views
    missing = census.report()
    assert not missing, f"{len(missing)} problems:\n" + "\n".join(missing)


@pytest.mark.parametrize("missing", [1, 20], ids=["one day", "more than 14 days"])
def test_the_missed_days_question_names_every_control(diary, window, census, missing):
    """Each day's buttons say which day they fill in or mark; the question itself is looked at as it opens."""
    from painlog.domain.checkin import CheckIn

    diary.checkins.save(CheckIn(TODAY - timedelta(days=missing + 1), 5, 4, 4, 6))
    window.ask_missed_days()  # as on opening the diary
    assert any(view.startswith("MissedDaysDialog") for view in census.views), sorted(census.views)
    missing_names = census.report()
    assert not missing_names, "\n".join(missing_names)
