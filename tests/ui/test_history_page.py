from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from painlog.domain.checkin import CheckIn
from painlog.domain.history import day_rows
from painlog.ui.history_model import HistoryModel
from tests.ui.conftest import answer, click, seed_days

TODAY = date.today()
pytestmark = pytest.mark.usefixtures("look")  # each test at 100 % light and at 150 % dark


def checkin(days_ago: int, pain: int) -> CheckIn:
    return CheckIn(day=TODAY - timedelta(days=days_ago), pain_avg=pain, enjoyment=pain, activity=pain, mood=5)


def test_the_history_model_passes_qt_model_checks(qtmodeltester):
    model = HistoryModel()
    model.load(day_rows([checkin(1, 4), checkin(3, 6)], {TODAY: 1}, TODAY))
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_history_lists_days_newest_first_with_peg_and_missing_days(window, qtbot, diary):
    diary.checkins.save(checkin(1, 4))
    diary.checkins.save(CheckIn(day=TODAY - timedelta(days=3), pain_avg=6, enjoyment=5, activity=5, mood=5))
    window.show_page(window.history_page)
    model = window.history_page.model
    assert model.rowCount() == 4  # today, yesterday, 2 days ago (missing), 3 days ago
    shown = [[model.index(row, column).data() for column in (1, 4)] for row in range(4)]
    assert shown == [["no entry", ""], ["4", "4.0"], ["no entry", ""], ["6", "5.3"]]
    assert "2 of 4 days recorded" in window.history_page.summary.text()


def test_a_first_day_says_1_of_1_day(window, diary):
    diary.checkins.save(checkin(0, 3))
    window.show_page(window.history_page)
    assert "1 of 1 day recorded since" in window.history_page.summary.text()


def test_sorting_by_pain_puts_missing_days_last_both_ways(window, diary):
    seed_days(diary, 0)
    for days_ago, pain in ((1, 4), (2, 8), (4, 2)):
        diary.checkins.save(checkin(days_ago, pain))
    window.show_page(window.history_page)
    table, model = window.history_page.table, window.history_page.model
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 1).data() for r in range(5)] == ["2", "4", "8", "no entry", "no entry"]
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 1).data() for r in range(5)] == ["8", "4", "2", "no entry", "no entry"]


def test_double_clicking_a_day_opens_it_on_the_today_page(window, qtbot, diary):
    diary.checkins.save(checkin(2, 7))
    window.show_page(window.history_page)
    table = window.history_page.table
    row = window.history_page.model.row_of(TODAY - timedelta(days=2))
    rect = table.visualRect(table.model().index(row, 1))
    # A real double-click is press, release, double-click: the view needs the first press.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentWidget() is window.today_page
    assert window.today_page.day == TODAY - timedelta(days=2)
    assert window.today_page.scales["pain_avg"].value() == 7


def test_a_save_on_the_today_page_shows_in_history(window, qtbot, diary):
    window.show_page(window.history_page)
    assert window.history_page.model.rowCount() == 0
    window.show_page(window.today_page)
    for field in ("pain_avg", "enjoyment", "activity", "mood"):
        answer(qtbot, window.today_page, field, 5)
    click(qtbot, window.today_page.save_button)
    window.show_page(window.history_page)
    assert window.history_page.model.index(0, 1).data() == "5"


def arrow_widths(header, section: int) -> list[int]:
    """The sort arrow's width on each pixel row, top to bottom: the marks that stand out from the header's
    background in the right quarter of the section, where the style draws the arrow."""
    from PySide6.QtGui import QColor

    image = header.grab().toImage()
    ratio = image.devicePixelRatio()
    left = int((header.sectionViewportPosition(section) + header.sectionSize(section) * 3 // 4) * ratio)
    right = int((header.sectionViewportPosition(section) + header.sectionSize(section) - 4) * ratio)
    background = QColor(image.pixel(left, image.height() // 2)).lightness()
    widths = []
    for y in range(2, image.height() - 2):
        marked = sum(abs(QColor(image.pixel(x, y)).lightness() - background) > 60 for x in range(left, right))
        if 0 < marked < right - left:  # not a border line across the whole section
            widths.append(marked)
    return widths


def test_the_sort_arrow_points_down_for_newest_first_and_up_for_oldest_first(window, diary):
    seed_days(diary, 3)
    window.show_page(window.history_page)
    table = window.history_page.table
    header = table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # newest first, as the page opens
    down = arrow_widths(header, 0)
    assert len(down) >= 3 and down[0] > down[-1]  # ▼: widest at the top
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    up = arrow_widths(header, 0)
    assert len(up) >= 3 and up[0] < up[-1]  # ▲: widest at the bottom


def test_a_note_for_the_doctor_shows_its_mark_and_first_words_not_just_for(window, diary):
    note = "Knee worse after the walk"
    diary.checkins.save(CheckIn(day=TODAY - timedelta(days=1), pain_avg=4, enjoyment=3, activity=3, mood=6,
                                note=note, for_doctor=True))  # fmt: skip
    window.show_page(window.history_page)
    table, model = window.history_page.table, window.history_page.model
    row = model.row_of(TODAY - timedelta(days=1))
    assert model.index(row, 11).data() == "[for doctor] Knee worse after the walk"
    room = table.columnWidth(11) - table.fontMetrics().height() // 2  # less the cell's margins
    assert table.fontMetrics().horizontalAdvance("[for doctor] Knee worse after the walk") <= room
    assert table.fontMetrics().horizontalAdvance("no entry") <= table.columnWidth(1) - 6  # nor "no …"


def test_the_days_turn_oldest_or_newest_first_by_a_button_the_keyboard_reaches(window, diary, qtbot):
    from datetime import date, timedelta

    from PySide6.QtCore import Qt

    from painlog.domain.checkin import CheckIn

    today = date.today()
    for n in (1, 2, 3):
        diary.checkins.save(CheckIn(today - timedelta(days=n), 4, 4, 4, 5))
    window.show_page(window.history_page)
    page = window.history_page
    page.reload()
    first = lambda: page.model.day_at(0)  # noqa: E731
    assert first() == today and page.order_button.text() == "Show oldest first"  # newest first: today's empty row
    page.order_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.order_button, Qt.Key.Key_Space)
    assert first() == today - timedelta(days=3) and page.order_button.text() == "Show newest first"
    qtbot.keyClick(page.order_button, Qt.Key.Key_Space)
    assert first() == today


def test_a_day_written_more_than_a_day_later_is_marked_late(window, diary):
    from datetime import date, datetime, timedelta

    from PySide6.QtCore import Qt

    from painlog.domain.checkin import CheckIn

    today = date.today()
    late_day, on_time = today - timedelta(days=5), today - timedelta(days=4)
    diary.checkins.save(
        CheckIn(late_day, 4, 4, 4, 5), written=datetime.combine(today - timedelta(days=2), datetime.min.time())
    )
    diary.checkins.save(
        CheckIn(on_time, 4, 4, 4, 5), written=datetime.combine(today - timedelta(days=3), datetime.min.time())
    )
    window.show_page(window.history_page)
    page = window.history_page
    page.reload()
    model = page.model
    late_row, on_time_row = model.row_of(late_day), model.row_of(on_time)
    assert model.index(late_row, 0).data() == late_day.strftime("%a %Y-%m-%d") + " · late"  # 3 days after
    assert model.index(late_row, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        f"First written on {(today - timedelta(days=2)).isoformat()}, 3 days after the day it describes."
    )
    assert model.index(on_time_row, 0).data() == on_time.strftime("%a %Y-%m-%d")  # the next day: on time
    assert "“late”: first written more than a day after the day." in page.legend.text()


def test_a_day_marked_not_recorded_says_so_apart_from_a_day_with_no_entry(window, diary):
    diary.checkins.save(checkin(4, 5))
    diary.checkins.mark_not_recorded([TODAY - timedelta(days=2)])
    window.show_page(window.history_page)
    page = window.history_page
    model = page.model
    # today, yesterday (no entry), 2 days ago (marked), 3 days ago (no entry), 4 days ago (recorded)
    assert [model.index(row, 1).data() for row in range(5)] == ["no entry", "no entry", "not recorded", "no entry", "5"]
    assert model.index(2, 0).data() == (TODAY - timedelta(days=2)).strftime("%a %Y-%m-%d")  # not "late"
    assert model.index(2, 1).data(Qt.ItemDataRole.ToolTipRole).startswith("You marked this day as not recorded")
    assert "1 of 5 days recorded since" in page.summary.text()
    assert "1 marked not recorded" in page.summary.text()
    assert "“not recorded”: a day you marked that way" in page.legend.text()
    header = page.table.horizontalHeader()
    assert header.sectionSize(1) > page.table.fontMetrics().horizontalAdvance("not recorded")  # shown whole
