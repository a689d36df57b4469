"""The "Did it help?" table shows the domain's exact figures, rounded once, by the same rule as the summary."""

from datetime import date, timedelta

from PySide6.QtCore import Qt

from painlog.domain.checkin import CheckIn
from painlog.domain.response import Event, judge_all
from painlog.domain.therapy import Therapy
from painlog.ui.response_model import ResponseModel

D0 = date(2026, 2, 1)
GABAPENTIN = Therapy("medication", "Gabapentin", "gabapentin", id=1)
PHYSIO = Therapy("physical_therapy", "Physical therapy", id=2)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def test_the_table_rounds_exact_means_once_and_says_when_a_window_is_not_complete(qapp):
    # Gabapentin started on day 20: before (days 6..19) 14 days of 5 → 5.0; after (days 35..62) 15 days of 4
    # and 13 of 3 = 99 / 28 = 3.536 → "3.5"; change −1.464 → "−1.5", −29.3 % → "−29 %": no important change.
    # Physical therapy started on day 60 (baseline days 46..59 all recorded): its window (days 75..102) has
    # 0 of its 28 days as of day 62.
    pain = {n: 5 for n in range(6, 20)} | {n: 4 for n in range(35, 50)} | {n: 3 for n in range(50, 63)}
    checkins = [CheckIn(day(n), p, p, p, 5) for n, p in sorted(pain.items())]
    started = [Event(day(20), GABAPENTIN, "started"), Event(day(60), PHYSIO, "started")]
    model = ResponseModel()
    model.load(judge_all(started, checkins, as_of=day(62)))
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    physio, gabapentin = rows  # newest first
    assert gabapentin[3:7] == ["5.0 → 3.5", "−1.5 (−29 %)", "5.0 → 3.5", "No important change"]
    assert gabapentin[8] == "overlaps with Physical therapy"
    assert physio[3:7] == ["", "", "", "not complete yet"]
    assert physio[8] == "window not complete yet (0 of 28 days)"
    assert gabapentin[7] == physio[7] == ""  # no PGIC asked


def test_columns_of_words_get_their_longest_word_then_share_the_rest_by_what_each_still_needs():
    from painlog.ui.response_model import share_width

    # Longest words 100, 80, 120 (300 in all) of 500: 200 left. Still needed for the longest lines: 200, 0, 280
    # (480 in all), so 200·200 // 480 = 83 and 200·280 // 480 = 116; the 1 pixel left over goes to the last.
    assert share_width(500, [(100, 300), (80, 80), (120, 400)]) == [183, 80, 237]
    assert share_width(250, [(100, 300), (80, 80), (120, 400)]) == [100, 80, 120]  # too narrow: the table scrolls


def test_the_patients_own_impression_stands_beside_the_pain_change(qapp):
    from painlog.domain.impressions import Impression

    checkins = [CheckIn(day(n), 5, 5, 5, 5) for n in range(0, 62)]
    started = [Event(day(20), GABAPENTIN, "started"), Event(day(40), PHYSIO, "started")]
    asked = Impression(day(55), "much_improved", day(20), regimen_id=7)
    model = ResponseModel()
    model.load(judge_all(started, checkins, as_of=day(62)), {(GABAPENTIN.id, day(20)): asked})
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = header.index("Your\nimpression\n(PGIC)")
    assert header[column - 1] == "Result\n(IMMPACT)"
    physio, gabapentin = ([model.index(r, c).data() for c in range(model.columnCount())] for r in range(2))
    assert gabapentin[column] == "Much improved (2026-03-28)"  # 1 February + 55 days: 28 days to 1 March, 27 more
    assert physio[column] == ""
