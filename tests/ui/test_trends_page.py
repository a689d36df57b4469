"""The Trends page on a demo diary: ranges, a response row, saving the chart, opening a day from it."""

import os
import stat
import sys
from datetime import date, timedelta

import matplotlib.dates as mdates
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from painlog import demo
from painlog.ui import dialogs
from tests.ui.conftest import click

TODAY = date.today()
pytestmark = pytest.mark.usefixtures("look")  # each test at 100 % light and at 150 % dark


@pytest.fixture
def page(diary, window):
    demo.write(diary, demo.generate(days=180, seed=1))
    window.show_page(window.trends_page)
    return window.trends_page


def shown_range(page) -> tuple[date, date]:
    low, high = page.trends_canvas.figure.axes[-1].get_xlim()
    return mdates.num2date(low + 0.5).date(), mdates.num2date(high - 0.5).date()


def test_ranges_switch_the_chart(look, page, qtbot):
    assert shown_range(page) == (TODAY - timedelta(days=89), TODAY)
    click(qtbot, page.range_buttons["30 days"])
    assert shown_range(page) == (TODAY - timedelta(days=29), TODAY)
    click(qtbot, page.range_buttons["All"])
    assert shown_range(page) == (TODAY - timedelta(days=180), TODAY)
    click(qtbot, page.since_visit_button)
    assert shown_range(page)[0] == page.start and page.start < TODAY - timedelta(days=60)
    page.custom_start.setDate(page.custom_start.date().addDays(-10))
    click(qtbot, page.custom_button)
    assert shown_range(page)[0] == page.start
    pain_points = next(line for line in page.trends_canvas.figure.axes[0].get_lines() if line.get_gid() == "pain")
    assert len(pain_points.get_xdata()) > 50


def test_the_injection_shows_as_a_response_with_its_before_and_after_chart(page, qtbot):
    page.tabs.setCurrentIndex(1)
    model = page.response_model
    rows = {model.index(r, 1).data(): r for r in range(model.rowCount())}
    row = rows["Epidural steroid injection"]
    assert model.index(row, 6).data().startswith(("Substantial", "Moderate"))
    table = page.response_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(row, 0)).center())
    event_line = [line for line in page.response_canvas.figure.axes[0].get_lines() if line.get_linestyle() == "--"]
    injection = date.fromisoformat(model.index(row, 0).data())
    assert event_line[0].get_xdata()[0] == mdates.date2num(np.datetime64(injection.isoformat()))
    before, after = model.index(row, 3).data().split(" → ")  # the table's own pain before, after
    assert page.response_canvas.accessibleDescription() == (
        f"Daily pain around Epidural steroid injection (procedure on {injection.isoformat()}): on average {before} "
        f"before and {after} after (0–10, lower is better)."
    )


def test_save_the_chart_as_png_and_svg(page, qtbot, tmp_path, monkeypatch):
    for name in ("trends.png", "trends.svg"):
        target = tmp_path / name
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *args, t=target: str(t))
        click(qtbot, page.save_button)
        assert target.stat().st_size > 10_000
    assert (tmp_path / "trends.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "trends.svg").read_bytes()[:500]
    assert "Chart saved" in page.day_info.text()


def test_pointing_at_a_day_shows_it_and_a_double_click_opens_it(window, look, page, qtbot):
    canvas = page.trends_canvas
    canvas.draw()
    ax = canvas.figure.axes[0]
    target = TODAY - timedelta(days=10)
    x, y = ax.transData.transform((mdates.date2num(np.datetime64(target.isoformat())), 0.5))  # half way up
    ratio = canvas.device_pixel_ratio
    where = QPoint(int(x / ratio), int(canvas.height() - y / ratio))
    qtbot.mouseMove(canvas, where)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=where)
    assert target.strftime("%Y-%m-%d") in page.day_info.text()
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=where)
    assert window.pages.currentWidget() is window.today_page
    assert window.today_page.day == target


def test_patterns_name_the_sleep_relation_and_say_it_is_not_cause(page):
    page.tabs.setCurrentIndex(2)
    assert "does not show cause" in page.sleep_text.text()
    assert "ρ" not in page.sleep_text.text() and "pain the next day" in page.sleep_text.text()
    for ax in page.sleep_canvas.figure.axes:  # the axis says what the sentence says: the day after the night
        assert " ".join(ax.get_ylabel().split()).startswith("pain the next day") and "ρ" not in ax.get_title()
    assert "Lower back" in [t.get_text() for t in page.counts_canvas.figure.axes[0].get_yticklabels()]
    assert page.counts_canvas.accessibleDescription().startswith("Where it hurt: Lower back ")
    assert page.sleep_canvas.accessibleDescription() == page.sleep_text.text()


def test_the_response_model_passes_qt_model_checks(qtmodeltester, diary):
    from painlog.report.sources import responses
    from painlog.ui.response_model import ResponseModel

    demo.write(diary, demo.generate(days=120, seed=2))
    model = ResponseModel()
    model.load(responses(diary, TODAY))
    assert model.rowCount() >= 4
    qtmodeltester.check(model)


@pytest.mark.skipif(sys.platform == "win32", reason="umask and FIFOs")
def test_a_saved_chart_is_owner_only_and_never_written_over_what_was_not_confirmed(page, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "charts"
    folder.mkdir()
    old = os.umask(0)
    try:
        target = folder / "trends.png"
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(target))
        click(qtbot, page.save_button)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["trends.png"]  # written aside, then moved in

    mine = folder / "mine.png"  # the dialog confirmed "mine", not the "mine.png" the page makes of it
    mine.write_bytes(b"the person's own picture")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(folder / "mine"))
    click(qtbot, page.save_button)
    assert mine.read_bytes() == b"the person's own picture"
    assert page.day_info.text() == f"{mine} already exists, so painlog left it unchanged; choose another name."

    pipe = folder / "pipe.png"
    os.mkfifo(pipe)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(pipe))
    click(qtbot, page.save_button)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert "not a file, so painlog did not write to it" in page.day_info.text()


def test_did_it_help_fits_a_1280_by_720_screen_with_its_result_and_notes_in_sight(window, page, qtbot):
    from painlog.ui.response_model import WORDS_COLUMNS

    window.resize(1280 - 16, 720 - 40)  # the laptop's free room, less the window's frame and title bar
    page.tabs.setCurrentIndex(1)
    table, model = page.response_table, page.response_model
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)  # nothing past the right edge
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    assert header.sectionViewportPosition(7) + header.sectionSize(7) <= table.viewport().width()  # Notes in sight
    for row in range(model.rowCount()):
        for column in WORDS_COLUMNS:  # every word whole on its line: "improvement", never "improvem…"
            for word in model.index(row, column).data().split():
                assert metrics.horizontalAdvance(word) <= table.columnWidth(column) - 6, (row, column, word)
