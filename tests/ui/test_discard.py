"""Esc, Cancel or the close button on a dialog with something typed in it asks before throwing it away; on an
untouched dialog they close it at once."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from painlog.ui import dialogs
from painlog.ui.episode_dialog import EpisodeDialog
from painlog.ui.visits_page import GoalDialog
from tests.ui.conftest import click


@pytest.fixture
def asked(monkeypatch):
    """The questions asked, answered with the answers the test queues (Keep editing when none is left)."""
    questions, answers = [], []

    def ask(parent, question):
        questions.append(question)
        return answers.pop(0) if answers else False

    monkeypatch.setattr(dialogs, "ask_discard", ask)
    return questions, answers


def a_flare_dialog(window, qtbot):
    dialog = EpisodeDialog(window, day=window.today_page.day, episode=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_esc_on_a_filled_in_flare_asks_and_keeps_it_open_until_the_patient_agrees(window, qtbot, asked):
    questions, answers = asked
    dialog = a_flare_dialog(window, qtbot)
    qtbot.keyClick(dialog.intensity, Qt.Key.Key_7)
    qtbot.keyClicks(dialog.trigger, "carrying groceries")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions == ["Discard this flare? What you entered will be lost."]
    assert dialog.isVisible() and dialog.intensity.value() == 7 and dialog.trigger.text() == "carrying groceries"

    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    dialog.close()  # the window's close button
    assert len(questions) == 3 and dialog.isVisible()

    answers.append(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == EpisodeDialog.DialogCode.Rejected


def test_esc_on_an_untouched_flare_closes_it_without_asking(window, qtbot, asked):
    questions, _ = asked
    dialog = a_flare_dialog(window, qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions == [] and not dialog.isVisible()


def test_a_flare_typed_and_then_taken_back_closes_without_asking(window, qtbot, asked):
    questions, _ = asked
    dialog = a_flare_dialog(window, qtbot)
    qtbot.keyClicks(dialog.trigger, "x")
    qtbot.keyClick(dialog.trigger, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions == [] and not dialog.isVisible()


def test_every_form_dialog_asks_before_discarding(window, qtbot, asked):
    questions, _ = asked
    dialog = GoalDialog(window, today=window.today_page.day)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.text, "walk to the shop")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions == ["Discard this goal? What you entered will be lost."] and dialog.isVisible()
    dialog.done(0)


@pytest.mark.parametrize(("press", "discarded"), [("Discard", True), ("Keep editing", False), (None, False)])
def test_the_question_keeps_editing_unless_discard_is_chosen(qtbot, monkeypatch, press, discarded):
    seen = {}

    def run(box):
        qtbot.addWidget(box)
        seen["text"], seen["default"] = box.text(), box.defaultButton().text()
        chosen = box.escapeButton() if press is None else next(b for b in box.buttons() if b.text() == press)
        chosen.click()  # None: the person pressed Esc
        return 0

    monkeypatch.setattr(QMessageBox, "exec", run)
    question = "Discard this flare? What you entered will be lost."
    assert dialogs.ask_discard(None, question) is discarded
    assert seen == {"text": question, "default": "Keep editing"}
