"""The "How I'm coping" page, its questionnaires and Today's offers, driven like a patient would (issue 13)."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from painlog.domain.impressions import Impression
from painlog.domain.screens import Screen
from painlog.domain.therapy import Regimen, Therapy
from painlog.domain.visits import Visit
from painlog.ui import dialogs
from painlog.ui.crisis_dialog import CrisisDialog
from painlog.ui.impression_dialog import ImpressionDialog
from painlog.ui.main_window import MainWindow
from painlog.ui.questionnaire_dialog import QuestionnaireDialog
from tests.ui import test_read_only
from tests.ui.conftest import click

NOV_12 = date(2026, 11, 12)
looking = test_read_only.looking  # a read-only window over a demo diary


@pytest.fixture
def window_on(diary, qtbot):
    """A window whose "today" is a given day; closed at the end of the test."""
    made = []

    def build(day: date) -> MainWindow:
        win = MainWindow(diary, diary_path=diary.path, today=lambda: day)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield build
    for win in made:
        win.close()


def answer(qtbot, dialog: QuestionnaireDialog, answers: dict[int, int]) -> None:
    """Click each answer button, question by question (numbered from 1)."""
    for number, value in answers.items():
        click(qtbot, dialog.items[number - 1].buttons[value])


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_phq9_taken_by_clicking_its_answers_is_stored_with_its_difficulty(window, diary, qtbot, drive_dialog):
    seen = {}

    def steps(dialog: QuestionnaireDialog) -> None:
        seen["title"] = dialog.windowTitle()
        assert not dialog.save_button.isEnabled()
        answer(qtbot, dialog, {1: 1, 2: 2, 3: 3, 4: 0, 5: 1, 6: 1, 7: 0, 8: 0})
        seen["missing"] = dialog.missing.text()
        assert not dialog.save_button.isEnabled()
        answer(qtbot, dialog, {9: 0})
        click(qtbot, dialog.difficulty.buttons[1])
        save(qtbot, dialog)

    drive_dialog(QuestionnaireDialog, steps)
    page = window.coping_page
    window.show_page(page)
    click(qtbot, page.phq9_button)
    assert seen == {"title": "Patient Health Questionnaire (PHQ-9)", "missing": "Still to answer: question 9."}
    (stored,) = diary.screens.all()
    assert (stored.day, stored.instrument, stored.answers, stored.difficulty) == (
        date.today(),
        "PHQ-9",
        (1, 2, 3, 0, 1, 1, 0, 0, 0),
        1,
    )
    assert page.latest["depression"].text().endswith("score 8 of 27, in the mild range. The first PHQ-9 in the diary.")
    assert page.table.rowCount() == 1
    assert [page.table.item(0, c).text() for c in range(4)] == [date.today().isoformat(), "PHQ-9", "8 / 27", "mild"]


def test_the_keys_answer_a_question_and_tab_moves_to_the_next(window, qtbot, drive_dialog):
    seen = {}

    def steps(dialog: QuestionnaireDialog) -> None:
        first, second = dialog.items[0], dialog.items[1]
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        first.setFocus()
        qtbot.keyClick(first, Qt.Key.Key_2)
        qtbot.keyClick(first, Qt.Key.Key_Right)
        qtbot.keyClick(first, Qt.Key.Key_Tab)
        qtbot.keyClick(second, Qt.Key.Key_Right)  # unanswered: the first answer
        seen["answers"] = dialog.answers()[:2]
        seen["focus on the second"] = second.hasFocus()
        seen["checked"] = [b.isChecked() for b in first.buttons]
        dialog.done(0)  # closed by the program: no question asked

    drive_dialog(QuestionnaireDialog, steps)
    window.show_page(window.coping_page)
    click(qtbot, window.coping_page.gad7_button)
    assert seen == {"answers": [3, 0], "focus on the second": True, "checked": [False, False, False, True]}


@pytest.mark.parametrize(
    ("country", "line", "emergency"),
    [
        ("US", "988 Suicide & Crisis Lifeline: 988 — call or text 988, any time", "call 911 / your local"),
        ("GB", "Samaritans: 116 123 — call free, day or night", "call 999 / your local"),
        ("FR", None, "call your local emergency number"),
    ],
)
def test_phq9_question_9_shows_where_to_turn_on_the_answer_before_save_is_possible(
    window, diary, qtbot, drive_dialog, country, line, emergency
):
    diary.settings.set("crisis_country", country)
    diary.settings.set("crisis_line", "My nurse, Sam: 0123 456")
    events = []

    def crisis(dialog: CrisisDialog) -> None:
        questionnaire = dialog.parentWidget()
        events.append(("crisis", questionnaire.save_button.isEnabled(), [label.text() for label in dialog.lines],
                       dialog.emergency.text()))  # fmt: skip
        click(qtbot, dialog.close_button)

    def steps(dialog: QuestionnaireDialog) -> None:
        answer(qtbot, dialog, {9: 1})  # the first thing answered
        events.append(("answered 9", dialog.save_button.isEnabled()))
        answer(qtbot, dialog, dict.fromkeys(range(1, 9), 0))
        save(qtbot, dialog)

    drive_dialog(CrisisDialog, crisis)
    drive_dialog(QuestionnaireDialog, steps)
    window.show_page(window.coping_page)
    click(qtbot, window.coping_page.phq9_button)
    lines = ["Your own contact: My nurse, Sam: 0123 456"] + ([line] if line else [])
    assert [e[:3] for e in events] == [("crisis", False, lines), ("answered 9", False)]
    assert emergency in events[0][3]
    (stored,) = diary.screens.all()
    assert stored.answers == (0, 0, 0, 0, 0, 0, 0, 0, 1)  # saved with the screen as usual
    page = window.coping_page
    assert page.self_harm.isVisible() and page.help_button.isVisible()
    assert "Please tell your clinician now" in page.self_harm.text()


def test_question_9_shows_the_screen_again_when_the_answers_are_thrown_away(
    window, diary, qtbot, drive_dialog, monkeypatch
):
    shown = []
    drive_dialog(CrisisDialog, lambda dialog: shown.append(dialog.emergency.text()) or dialog.accept())
    keep_editing_first = iter([False, True])
    monkeypatch.setattr(dialogs, "ask_discard", lambda parent, question: next(keep_editing_first))

    def steps(dialog: QuestionnaireDialog) -> None:
        answer(qtbot, dialog, {9: 2})
        assert len(shown) == 1
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Keep editing: the dialog stays, nothing shown again
        assert dialog.isVisible() and len(shown) == 1
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Discard: where to turn, once more, as it closes

    drive_dialog(QuestionnaireDialog, steps)
    window.show_page(window.coping_page)
    click(qtbot, window.coping_page.phq9_button)
    assert len(shown) == 2
    assert diary.screens.all() == []


def test_question_9_answered_not_at_all_shows_nothing(window, diary, qtbot, drive_dialog):
    drive_dialog(CrisisDialog, lambda dialog: pytest.fail("the crisis screen was shown for 'Not at all'"))
    drive_dialog(QuestionnaireDialog, lambda d: (answer(qtbot, d, dict.fromkeys(range(1, 10), 0)), save(qtbot, d)))
    window.show_page(window.coping_page)
    click(qtbot, window.coping_page.phq9_button)
    assert diary.screens.all()[0].total == 0
    assert not window.coping_page.self_harm.isVisible()


def test_a_positive_short_form_offers_the_full_form_with_its_first_answers_given(
    window, diary, qtbot, drive_dialog, monkeypatch
):
    offered, prefilled = [], []
    monkeypatch.setattr(dialogs, "ask_go_on", lambda parent, text, form: offered.append((text, form)) or True)

    def steps(dialog: QuestionnaireDialog) -> None:
        if dialog.form.code == "PHQ-2":
            answer(qtbot, dialog, {1: 2, 2: 1})
        elif dialog.form.code == "PHQ-9":
            prefilled.append(dialog.answers())
            answer(qtbot, dialog, dict.fromkeys(range(3, 10), 0))
        else:  # GAD-2, negative: nothing more is offered
            answer(qtbot, dialog, {1: 1, 2: 0})
        save(qtbot, dialog)

    drive_dialog(QuestionnaireDialog, steps)
    window.show_page(window.coping_page)
    click(qtbot, window.coping_page.short_button)
    assert offered == [("Your answers suggest going on to the PHQ-9 (7 more questions).", "PHQ-9")]
    assert prefilled == [[2, 1, None, None, None, None, None, None, None]]
    stored = [(s.instrument, s.answers) for s in diary.screens.all()]
    assert stored == [("PHQ-2", (2, 1)), ("PHQ-9", (2, 1, 0, 0, 0, 0, 0, 0, 0)), ("GAD-2", (1, 0))]


def test_an_empty_diary_says_what_these_are_and_offers_to_start(window):
    page = window.coping_page
    window.show_page(page)
    assert page.empty.isVisible() and page.start_button.isVisible()
    assert "They do not diagnose anything" in page.intro.text()
    assert page.empty.text().startswith("You have not answered any of them yet.")
    assert not page.history_section.isVisible()


def test_the_page_shows_the_latest_band_and_change_and_deletes_after_asking(diary, window_on, qtbot, monkeypatch):
    diary.screens.add(Screen(date(2026, 10, 19), "PHQ-9", (2, 2, 2, 1, 1, 1, 1, 1, 0)))  # 11
    diary.screens.add(Screen(date(2026, 11, 2), "PHQ-9", (1, 1, 1, 1, 1, 1, 1, 1, 0)))  # 8
    diary.screens.add(Screen(date(2026, 11, 2), "GAD-2", (2, 2)))  # 4
    window = window_on(NOV_12)
    page = window.coping_page
    window.show_page(page)
    assert page.latest["depression"].text() == (
        "PHQ-9 on 2 November: score 8 of 27, in the mild range. 3 points lower than on 19 October (11)."
    )
    assert page.latest["anxiety"].text() == (
        "GAD-2 on 2 November: score 4 of 6, screens positive — talk to your clinician. The first GAD-2 in the diary."
    )
    assert [page.table.item(row, 1).text() for row in range(3)] == ["GAD-2", "PHQ-9", "PHQ-9"]
    assert not page.empty.isVisible()
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text, action: asked.append(text) or True)
    page.table.selectRow(1)
    click(qtbot, page.delete_button)
    assert asked == ["Delete the PHQ-9 of 2026-11-02 (score 8)? This cannot be undone."]
    assert [s.total for s in diary.screens.all()] == [11, 4]
    assert page.latest["depression"].text().endswith("The first PHQ-9 in the diary.")


def test_the_questionnaires_are_offered_on_today_at_most_once_a_day(diary, window_on, qtbot, drive_dialog):
    diary.screens.add(Screen(NOV_12 - timedelta(days=15), "GAD-2", (0, 0)))
    first = window_on(NOV_12)
    offer = first.coping_offers.screens
    assert offer.isVisible()
    assert offer.text.text().startswith("Your two-weekly questionnaires are due")
    assert diary.settings.get("screens_offered_on") == "2026-11-12"
    click(qtbot, offer.later_button)
    assert not offer.isVisible()
    first.show_page(first.coping_page)
    first.show_page(first.today_page)  # Today shown again: not offered again
    assert not offer.isVisible()
    assert not window_on(NOV_12).coping_offers.screens.isVisible()  # nor after starting again the same day
    assert window_on(NOV_12 + timedelta(days=1)).coping_offers.screens.isVisible()


def test_the_questionnaires_are_not_offered_within_the_setting_of_days(diary, window_on):
    diary.screens.add(Screen(NOV_12 - timedelta(days=20), "GAD-2", (0, 0)))
    diary.settings.set("screens_every_days", "28")
    assert not window_on(NOV_12).coping_offers.screens.isVisible()


def test_taking_the_offered_questionnaires_opens_the_page_behind_them(diary, window_on, qtbot, drive_dialog):
    window = window_on(NOV_12)
    codes = []

    def steps(dialog: QuestionnaireDialog) -> None:
        codes.append((dialog.form.code, window.current_page() is window.coping_page))
        answer(qtbot, dialog, {1: 0, 2: 0})
        save(qtbot, dialog)

    drive_dialog(QuestionnaireDialog, steps)
    click(qtbot, window.coping_offers.screens.take_button)
    assert codes == [("PHQ-2", True), ("GAD-2", True)]
    assert not window.coping_offers.screens.isVisible()


def test_the_pgic_after_a_visit_is_offered_and_kept_with_the_visit(diary, window_on, qtbot, drive_dialog):
    diary.visits.save(Visit(date(2026, 10, 15)))
    latest = diary.visits.save(Visit(date(2026, 11, 2)))
    window = window_on(NOV_12)
    offer = window.coping_offers.impression
    assert offer.isVisible()
    question = "Since your visit on 15 October, how would you describe the change in your overall condition?"
    assert offer.text.text() == question
    seen = []

    def steps(dialog: ImpressionDialog) -> None:
        seen.append((dialog.question.text(), dialog.save_button.isEnabled()))
        click(qtbot, dialog.answer.buttons[1])
        save(qtbot, dialog)

    drive_dialog(ImpressionDialog, steps)
    click(qtbot, offer.take_button)
    assert seen == [(question, False)]
    assert diary.impressions.all() == [Impression(NOV_12, "much_improved", date(2026, 10, 15), visit_id=latest.id,
                                                  id=1)]  # fmt: skip
    assert not offer.isVisible()
    page = window.coping_page
    assert page.impressions.item(0).text() == "12 November — since your visit on 15 October: much improved"


def test_the_pgic_after_a_dose_change_names_the_therapy_and_is_kept_with_the_regimen(
    diary, window_on, qtbot, drive_dialog
):
    first = Regimen(0, date(2026, 8, 1), dose_amount=300, dose_unit="mg", times_per_day=3)
    therapy = diary.therapies.add(Therapy("medication", "gabapentin", ingredient="gabapentin"), first)
    more = Regimen(therapy.id, date(2026, 10, 1), dose_amount=600, dose_unit="mg", times_per_day=3)
    changed = diary.therapies.change_dose(therapy.id, more, date(2026, 10, 1))
    window = window_on(date(2026, 11, 5))  # 35 days after the change
    offer = window.coping_offers.impression
    assert offer.text.text() == (
        "Since changing gabapentin to 600 mg on 1 October, how would you describe the change in your overall condition?"
    )
    drive_dialog(ImpressionDialog, lambda d: (click(qtbot, d.answer.buttons[3]), save(qtbot, d)))
    click(qtbot, offer.take_button)
    (stored,) = diary.impressions.all()
    assert (stored.answer, stored.since, stored.regimen_id, stored.visit_id) == (
        "no_change",
        date(2026, 10, 1),
        changed.id,
        None,
    )


def test_not_today_keeps_the_pgic_question_for_tomorrow(diary, window_on, qtbot):
    diary.visits.save(Visit(date(2026, 10, 15)))
    diary.visits.save(Visit(date(2026, 11, 2)))
    first = window_on(NOV_12)
    click(qtbot, first.coping_offers.impression.later_button)
    assert not window_on(NOV_12).coping_offers.impression.isVisible()
    assert window_on(NOV_12 + timedelta(days=1)).coping_offers.impression.isVisible()


def test_the_settings_dialog_keeps_the_three_settings(window, diary, qtbot, drive_dialog):
    from painlog.ui.settings_dialog import SettingsDialog
    from tests.ui.conftest import choose_by_keys, press_save, type_into

    def steps(dialog: SettingsDialog) -> None:
        type_into(qtbot, dialog.every, "21")
        choose_by_keys(qtbot, dialog.country, "United Kingdom")
        type_into(qtbot, dialog.own_line, "Sam, my nurse: 0123 456")
        press_save(qtbot, dialog)

    drive_dialog(SettingsDialog, steps)
    window.settings_action.trigger()
    assert [diary.settings.get(k) for k in ("screens_every_days", "crisis_country", "crisis_line")] == [
        "21",
        "GB",
        "Sam, my nurse: 0123 456",
    ]
    assert window.coping.resources().emergency == "999"


def test_every_answer_shows_whole_within_the_dialog_in_every_look(window, look, qtbot, drive_dialog):
    """At 150 % in dark colours the four answers do not fit side by side: they wrap two by two, never cut off
    and never scrolled sideways; a chosen answer's bold words still fit its button."""
    seen = []

    def steps(dialog: QuestionnaireDialog) -> None:
        answer(qtbot, dialog, {1: 2})
        viewport = dialog.answers_area.viewport().width()
        for item in dialog.items:
            seen.append(item.geometry().right() < viewport)
            seen.extend(button.width() >= button.sizeHint().width() for button in item.buttons)
        seen.append(dialog.answers_area.horizontalScrollBar().isVisible())
        dialog.done(0)

    drive_dialog(QuestionnaireDialog, steps)
    window.show_page(window.coping_page)
    click(qtbot, window.coping_page.phq9_button)
    assert seen[:-1] == [True] * (9 * 5)
    assert seen[-1] is False


def test_question_9_answered_last_shows_where_to_turn_before_save_is_enabled(window, diary, qtbot, drive_dialog):
    at_crisis = []
    drive_dialog(CrisisDialog, lambda d: at_crisis.append(d.parentWidget().save_button.isEnabled()) or d.accept())

    def steps(dialog: QuestionnaireDialog) -> None:
        answer(qtbot, dialog, dict.fromkeys(range(1, 9), 1))
        answer(qtbot, dialog, {9: 3})
        at_crisis.append(dialog.save_button.isEnabled())  # once the screen is closed
        save(qtbot, dialog)

    drive_dialog(QuestionnaireDialog, steps)
    window.show_page(window.coping_page)
    click(qtbot, window.coping_page.phq9_button)
    assert at_crisis == [False, True]
    assert diary.screens.all()[0].answers[8] == 3


def test_a_read_only_window_offers_no_questionnaire_and_no_settings(looking):
    assert not looking.coping_offers.screens.isVisible()
    assert looking.coping_offers.impression.isHidden()
    page = looking.coping_page
    looking.show_page(page)
    for button in (page.phq9_button, page.gad7_button, page.short_button, page.delete_button, page.settings_button):
        assert not button.isEnabled()
    assert not looking.settings_action.isEnabled()


def test_the_page_shows_what_changed_elsewhere_when_it_is_shown_again(window, diary):
    page = window.coping_page
    window.show_page(page)
    window.show_page(window.today_page)
    diary.screens.add(Screen(date.today(), "GAD-7", (1, 1, 1, 1, 1, 0, 0)))  # an import, another window
    window.show_page(page)
    assert page.latest["anxiety"].text().endswith("score 5 of 21, in the mild range. The first GAD-7 in the diary.")


def test_an_offer_on_today_goes_once_it_is_answered_on_the_page(diary, window_on, qtbot, drive_dialog):
    diary.visits.save(Visit(date(2026, 10, 15)))
    diary.visits.save(Visit(date(2026, 11, 2)))
    window = window_on(NOV_12)
    offers = window.coping_offers
    assert offers.screens.isVisible() and offers.impression.isVisible()
    page = window.coping_page
    window.show_page(page)
    drive_dialog(ImpressionDialog, lambda d: (click(qtbot, d.answer.buttons[2]), save(qtbot, d)))
    click(qtbot, page.impression_button)
    drive_dialog(QuestionnaireDialog, lambda d: (answer(qtbot, d, dict.fromkeys(range(1, 8), 0)), save(qtbot, d)))
    click(qtbot, page.gad7_button)
    window.show_page(window.today_page)
    assert offers.screens.isHidden() and offers.impression.isHidden()
    assert [i.answer for i in diary.impressions.all()] == ["minimally_improved"]


def test_the_crisis_lines_follow_the_computers_country_until_one_is_chosen(window, diary, monkeypatch):
    from painlog.ui import coping_actions

    monkeypatch.setattr(coping_actions, "system_country", lambda: "GB")
    assert [(line.name, line.number) for line in window.coping.resources().lines] == [("Samaritans", "116 123")]
    diary.settings.set("crisis_country", "US")
    assert window.coping.resources().emergency == "911"


def test_the_crisis_screen_shows_every_sentence_whole_in_every_look(window, diary, look, qtbot, drive_dialog):
    """At 150 % in dark colours its last lines were cut off: the window was only as tall as its minimum hint."""
    diary.settings.set("crisis_country", "GB")
    diary.settings.set("crisis_line", "Sam, my nurse, who knows me well and answers most evenings: 0123 456")
    cut = []

    def steps(dialog: CrisisDialog) -> None:
        qtbot.wait(20)
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.wordWrap():
                cut.append((label.text(), label.height(), label.heightForWidth(label.width())))
        dialog.accept()

    drive_dialog(CrisisDialog, steps)
    window.coping.show_crisis(window)
    assert len(cut) == 5  # the opening, two lines, the clinician, the emergency
    assert [text for text, height, needed in cut if height < needed] == []


def test_the_view_menus_letters_are_each_used_once(window):
    """Alt+V then a letter reaches one command: Settings… takes "t", as "s" is "Like the system"."""
    letters = []
    for action in window.view_menu.actions():
        text = action.text().replace("&&", "")
        if "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    assert "t" in letters
    assert len(letters) == len(set(letters))
