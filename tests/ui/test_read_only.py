"""A window that shows the diary read-only (another painlog has it open) says so on every page and offers
nothing that would change the diary, so nothing is typed in vain and closing asks nothing."""

from datetime import date

import pytest

from painlog import demo
from painlog.app import build_window
from painlog.domain.checkin import CheckIn
from painlog.session import DiarySession
from tests.holder import OtherProgram
from tests.ui.conftest import answer, click


@pytest.fixture
def looking(diary_path, qtbot):
    """A read-only window over a diary with a saved today, therapies, visits and goals."""
    session = DiarySession(diary_path)
    demo.write(session.diary, demo.generate(days=20, seed=3))
    session.diary.checkins.save(CheckIn(date.today(), 4, 3, 3, 6, note="written in the other window"))
    session.close()
    with OtherProgram(diary_path):
        watching = DiarySession(diary_path, read_only=True)
        window = build_window(watching)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        yield window
        window.close()
        watching.close()


def test_every_page_says_the_diary_is_open_elsewhere_and_can_only_be_looked_at(looking):
    banner = looking.banner.text()
    assert "open in another painlog window" in banner and "look, but not change anything" in banner
    for page in (looking.today_page, looking.history_page, looking.trends_page, looking.therapies_page,
                 looking.visits_page):  # fmt: skip
        looking.show_page(page)
        assert looking.banner.isVisible() and looking.banner.y() < looking.pages.y()  # above the page


def test_today_offers_nothing_to_change_and_closing_asks_nothing(looking, qtbot):
    page = looking.today_page
    assert page.status.text() == "This day is saved."
    assert page.note.toPlainText() == "written in the other window"
    controls = [*page.scales.values(), page.sleep_hours, page.note, page.for_doctor, page.locations,
                page.log_flare_button, page.medications.prn_button, page.save_button, page.delete_button]  # fmt: skip
    assert [c for c in controls if c.isEnabled()] == []
    ticks = [box for boxes in page.medications.intakes.values() for box in boxes]
    assert ticks and [box.text() for box in ticks if box.isEnabled()] == []  # the day's doses
    answer(qtbot, page, "pain_avg", 9)
    click(qtbot, page.for_doctor)
    assert page.scales["pain_avg"].value() == 4 and not page.for_doctor.isChecked() and not page.is_dirty()
    menu = (looking.save_action, looking.flare_action, looking.as_needed_action, looking.side_effect_action,
            looking.restore_action, looking.import_action)  # fmt: skip
    assert [a.text() for a in menu if a.isEnabled()] == []
    assert looking.today_action.isEnabled() and looking.summary_action.isEnabled()  # looking still works
    click(qtbot, page.previous_button)
    assert page.day < date.today()
    assert page.status.text() in ("This day is saved.", "Nothing is recorded for this day.")
    assert not page.save_button.isEnabled()  # still, on another day
    looking.close()  # an unmocked question would fail the test
    assert not looking.isVisible()


def test_therapies_and_visits_offer_nothing_to_change(looking):
    therapies = looking.therapies_page
    therapies.tree.setCurrentItem(therapies.tree.topLevelItem(0).child(0) or therapies.tree.topLevelItem(0))
    assert therapies.selected_id() is not None  # a therapy is shown: a normal window would offer its buttons
    buttons = [therapies.add_button, therapies.side_effect_button, *therapies.buttons.values(),
               therapies.delete_effect_button]  # fmt: skip
    assert [b.text() for b in buttons if b.isEnabled()] == []
    visits = looking.visits_page
    controls = [visits.book_button, visits.question_input, visits.add_question_button, visits.remove_question_button,
                visits.outcome_button, visits.add_past_button, *visits.goal_buttons]  # fmt: skip
    assert [c for c in controls if c.isEnabled()] == []
    assert visits.summary_button.isEnabled()


def test_the_visit_summary_can_be_made_from_a_read_only_window(looking, qtbot, drive_dialog, monkeypatch, tmp_path):
    from painlog.ui import dialogs
    from painlog.ui.summary_dialog import SummaryDialog

    out = tmp_path / "summary.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(out))
    seen = {}

    def steps(dialog):
        click(qtbot, dialog.pdf_button)
        seen["message"] = dialog.message.text()
        dialog.accept()

    drive_dialog(SummaryDialog, steps)
    looking.summary_action.trigger()
    assert "Saved" in seen["message"] and out.exists()
