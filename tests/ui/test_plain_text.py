"""What the patient typed is shown as they wrote it: no page, list, tooltip or question reads it as markup.

Every name, note, reason, clinician, question and goal below holds HTML and an ampersand. Qt would render
`<b>BIG</b>` in bold and load the picture of `<img>` in any label, tooltip or message box that reads its text
as rich text, and would hide the "&" of a check box. Each page is opened and every label on it checked.
"""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.therapy import Dose, Procedure, Regimen, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit
from painlog.ui import dialogs
from painlog.ui.plain_text import tooltip
from tests.ui.conftest import click

TODAY = date.today()
MARKUP = '<img src="x.png"><b>BIG</b> & co'
ESCAPED = '&lt;img src="x.png"&gt;&lt;b&gt;BIG&lt;/b&gt; &amp; co'


@pytest.fixture
def marked_up(diary):
    """A diary in which every free-text field the patient can fill holds markup."""
    start = TODAY - timedelta(days=20)
    pills = diary.therapies.add(
        Therapy("medication", f"{MARKUP} pills", "gabapentin", MARKUP, MARKUP, MARKUP),
        Regimen(0, start, dose_amount=300, dose_unit="<b>mg</b>", times_per_day=2, instructions=MARKUP),
    )
    diary.therapies.add(Therapy("medication", f"{MARKUP} drops"), Regimen(0, start, dose_amount=5, dose_unit="mg",
                                                                          prn=True, max_per_day=4))  # fmt: skip
    diary.therapies.add(Therapy("injection", f"{MARKUP} shot"), Procedure(0, start, MARKUP, notes=MARKUP))
    diary.doses.add(Dose(pills.id, datetime.combine(TODAY, datetime.min.time()), skipped=True, skip_reason=MARKUP))
    for offset in range(15):
        day = TODAY - timedelta(days=offset)
        diary.checkins.save(CheckIn(day, 5, 4, 4, 6, note=f"{MARKUP}\nsecond line", for_doctor=True))
    diary.episodes.add(Episode(datetime.combine(TODAY, datetime.min.time()), 7, trigger=MARKUP, helped=MARKUP,
                               note=MARKUP))  # fmt: skip
    diary.side_effects.add(SideEffect(TODAY, MARKUP, "mild", pills.id))
    diary.visits.save(Visit(TODAY + timedelta(days=5), MARKUP, (MARKUP,)))
    diary.visits.save(Visit(TODAY - timedelta(days=30), MARKUP, (), MARKUP))
    diary.goals.save(Goal(MARKUP, start))
    return pills


def assert_no_label_reads_markup(widget) -> None:
    """Each label is plain text, or shows nothing that Qt could take for a tag."""
    for label in widget.findChildren(QLabel):
        if label.textFormat() != Qt.TextFormat.PlainText:
            assert "<" not in label.text(), f"{label.objectName() or label!r} reads {label.text()!r} as markup"


def test_every_page_shows_the_patients_words_literally(marked_up, window, qtbot):
    for page in (window.today_page, window.history_page, window.trends_page, window.therapies_page,
                 window.visits_page):  # fmt: skip
        window.show_page(page)
        assert_no_label_reads_markup(window)
    window.trends_page.draw_responses()  # "Did it help?" names each therapy
    window.trends_page.draw_patterns()
    assert_no_label_reads_markup(window)
    therapies = window.therapies_page
    therapies.select(marked_up.id)
    assert therapies.title.text() == f"{MARKUP} pills"
    assert MARKUP in therapies.details.text()
    assert_no_label_reads_markup(therapies)
    assert window.visits_page.next_label.text().endswith(f" with {MARKUP}")
    assert_no_label_reads_markup(window)


def test_tooltips_show_the_patients_words_escaped(marked_up, window):
    assert tooltip(MARKUP) == f'<p style="white-space:pre-wrap">{ESCAPED}</p>'
    therapies = window.therapies_page
    therapies.select(marked_up.id)
    tip = therapies.tree.currentItem().toolTip(1)
    since = (TODAY - timedelta(days=20)).isoformat()
    # the dose unit the patient typed, escaped
    assert tip == f'<p style="white-space:pre-wrap">300 &lt;b&gt;mg&lt;/b&gt; · 2× daily · since {since}</p>'
    history = window.history_page
    history.reload()
    note_tip = history.model.data(history.model.index(0, 11), Qt.ItemDataRole.ToolTipRole)
    assert note_tip == f'<p style="white-space:pre-wrap">{ESCAPED}\nsecond line</p>'
    visits = window.visits_page
    assert visits.past.item(0).toolTip() == tooltip(MARKUP)
    trends = window.trends_page
    trends.draw_responses()
    model = trends.response_model
    names = [model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())]
    assert tooltip(f"{MARKUP} pills") in names and not any("<b>" in name for name in names)


def test_a_skip_reason_keeps_its_ampersand(marked_up, window):
    (box, *_) = window.today_page.medications.intakes[marked_up.id]
    assert box.text() == '1 of 2: skipped (<img src="x.png"><b>BIG</b> && co)'  # "&&" shows as one "&"


def test_questions_that_quote_the_patient_show_it_literally(marked_up, window, qtbot, monkeypatch):
    shown = []

    def look(box):
        qtbot.addWidget(box)
        shown.extend((label.text(), label.textFormat()) for label in box.findChildren(QLabel) if label.text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", look)
    window.show_page(window.therapies_page)
    window.therapies_page.select(marked_up.id)
    click(qtbot, window.therapies_page.buttons["delete"])
    assert any(text.startswith(f"Delete {MARKUP} pills and everything") for text, _ in shown)
    assert all(form == Qt.TextFormat.PlainText for text, form in shown if "<" in text)

    shown.clear()
    dialogs.show_error(None, "Cannot save", f"The file {MARKUP}.pdf is read-only.")
    assert {text for text, _ in shown} >= {"Cannot save", f"The file {MARKUP}.pdf is read-only."}
    assert all(form == Qt.TextFormat.PlainText for text, form in shown if "<" in text)

    asked = []

    def answer(dialog):
        qtbot.addWidget(dialog)
        asked.extend(label.textFormat() for label in dialog.findChildren(QLabel) if MARKUP in label.text())
        return QInputDialog.DialogCode.Rejected

    monkeypatch.setattr(QInputDialog, "exec", answer)
    assert dialogs.ask_text(None, "Skip a dose", f"Why was this dose of {MARKUP} pills skipped?") is None
    assert asked == [Qt.TextFormat.PlainText]


def test_a_therapy_name_with_the_unsaved_mark_keeps_it_in_dialog_titles(qtbot):
    from painlog.ui.therapy_dialogs import StopDialog

    therapy = Therapy("medication", "Pain [*] relief", id=1)
    dialog = StopDialog(None, therapy=therapy, current=Regimen(1, TODAY - timedelta(days=3)), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowHandle().title() == "Stop Pain [*] relief"
