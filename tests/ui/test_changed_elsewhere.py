"""The Today page when another window saved the same day meanwhile: it asks, and never overwrites unasked."""

import dataclasses
from datetime import date

import pytest

from painlog.domain.checkin import CheckIn
from painlog.storage.diary import open_diary
from painlog.ui import dialogs
from tests.ui.conftest import answer, click, stored

TODAY = date.today()


@pytest.fixture
def opened(diary, page):
    """The day saved, shown on the page; then another window saves it with other answers."""
    first = CheckIn(TODAY, pain_avg=5, enjoyment=4, activity=4, mood=6, note="as opened")
    diary.checkins.save(first)
    page.refresh()
    with open_diary(diary.path) as other:
        other.checkins.save(dataclasses.replace(first, pain_avg=8, note="from the other window"))
    return first


def ask_returns(monkeypatch, answer_given):
    asked = []

    def ask(parent, what):
        asked.append(what)
        return answer_given

    monkeypatch.setattr(dialogs, "ask_changed_elsewhere", ask)
    return asked


def test_save_asks_and_cancel_keeps_both_versions(opened, page, qtbot, diary, monkeypatch):
    asked = ask_returns(monkeypatch, dialogs.Elsewhere.CANCEL)
    answer(qtbot, page, "pain_avg", 2)
    click(qtbot, page.save_button)
    assert len(asked) == 1 and "changed elsewhere since you opened it" in asked[0]
    assert stored(diary, TODAY)["pain_avg"] == 8
    assert "Nothing was saved" in page.message.text()
    assert page.scales["pain_avg"].value() == 2  # the person's answers stay on the page
    assert page.is_dirty()


def test_reload_shows_the_other_version(opened, page, qtbot, diary, monkeypatch):
    ask_returns(monkeypatch, dialogs.Elsewhere.RELOAD)
    answer(qtbot, page, "pain_avg", 2)
    click(qtbot, page.save_button)
    assert stored(diary, TODAY)["pain_avg"] == 8
    assert page.scales["pain_avg"].value() == 8
    assert page.note.toPlainText() == "from the other window"
    assert not page.is_dirty()


def test_keep_mine_saves_over_it(opened, page, qtbot, diary, monkeypatch):
    asked = ask_returns(monkeypatch, dialogs.Elsewhere.KEEP_MINE)
    answer(qtbot, page, "pain_avg", 2)
    click(qtbot, page.save_button)
    assert len(asked) == 1
    row = stored(diary, TODAY)
    assert (row["pain_avg"], row["note"]) == (2, "as opened")
    assert "Saved" in page.message.text()


def test_saving_twice_from_one_page_does_not_ask(page, qtbot, diary, monkeypatch):
    asked = ask_returns(monkeypatch, dialogs.Elsewhere.CANCEL)
    for field, value in (("pain_avg", 4), ("enjoyment", 3), ("activity", 5), ("mood", 7)):
        answer(qtbot, page, field, value)
    click(qtbot, page.save_button)
    answer(qtbot, page, "pain_avg", 6)
    click(qtbot, page.save_button)
    assert asked == []
    assert stored(diary, TODAY)["pain_avg"] == 6


@pytest.mark.parametrize(
    ("button", "expected"),
    [("Reload", dialogs.Elsewhere.RELOAD), ("Keep mine", dialogs.Elsewhere.KEEP_MINE),
     ("Cancel", dialogs.Elsewhere.CANCEL)],
)  # fmt: skip
def test_the_question_names_each_choice(monkeypatch, qtbot, button, expected):
    from PySide6.QtWidgets import QMessageBox

    def click_it(box):
        qtbot.addWidget(box)
        assert box.text() == "2026-11-01 was changed elsewhere."
        next(b for b in box.buttons() if b.text().replace("&", "") == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_it)
    assert dialogs.ask_changed_elsewhere(None, "2026-11-01 was changed elsewhere.") is expected
