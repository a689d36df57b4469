"""Charts checked on their artists: the data of each line, the spans of regimens, the marker dates."""

from datetime import date, timedelta

import matplotlib.dates as mdates
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection

from painlog.charts.patterns import counts_figure, sleep_figure
from painlog.charts.response import response_figure
from painlog.charts.style import PRINT, SCREEN
from painlog.charts.trends import Lane, TrendsData, trends_figure
from painlog.domain.checkin import CheckIn
from painlog.domain.correlation import sleep_and_pain
from painlog.domain.response import Event, judge
from painlog.domain.therapy import Procedure, Regimen, Therapy

START = date(2026, 1, 1)


def day(n: int) -> date:
    return START + timedelta(days=n)


def x(d: date) -> float:
    return mdates.date2num(np.datetime64(d.isoformat()))


def panel(fig, name: str, kind: str) -> list:
    """The trends chart's artists of one panel ("pain", "peg", "wellbeing", "therapies", …), found by gid."""
    (ax,) = fig.axes  # all panels share one Axes
    found = {"lines": ax.get_lines(), "collections": ax.collections, "texts": ax.texts}[kind]
    return [artist for artist in found if artist.get_gid() == name]


def checkins(days: int, missing: set[int] = frozenset()) -> tuple[CheckIn, ...]:
    return tuple(
        CheckIn(day(n), 2 + n % 5, 3, 4, 6, pain_worst=8, pain_least=1, sleep_quality=5)
        for n in range(days) if n not in missing
    )  # fmt: skip


GABAPENTIN = Therapy("medication", "Gabapentin", "gabapentin", id=1)
ESI = Therapy("injection", "Epidural steroid injection", id=2)
LOW = Regimen(1, day(2), day(9), dose_amount=300, dose_unit="mg", times_per_day=3)
HIGH = Regimen(1, day(10), day(20), dose_amount=600, dose_unit="mg", times_per_day=3, stop_reason="side_effects")
LANES = (
    Lane(GABAPENTIN, (LOW, HIGH), labels=("300 mg · 3× daily", "600 mg · 3× daily")),
    Lane(ESI, procedures=(Procedure(2, day(15), "L4-L5"),)),
)


def test_daily_points_rolling_mean_and_the_worst_least_band():
    data = TrendsData(day(0), day(29), checkins(30, missing={5, 6, 7, 8}), LANES)
    fig = trends_figure(data)
    points, mean_line = panel(fig, "pain", "lines")
    assert len(points.get_xdata()) == 26  # recorded days only: a missing day is not drawn as zero
    assert list(points.get_ydata()[:3]) == [2, 3, 4]
    means = mean_line.get_ydata()
    assert np.isnan(means[2])  # fewer than 4 days recorded yet
    assert means[3] == pytest.approx((2 + 3 + 4 + 5) / 4)
    assert np.isnan(means[10])  # days 4..10 hold only 3 recorded days (5–8 missing)
    (band,) = panel(fig, "pain", "collections")  # the worst–least band
    assert band.get_paths()[0].vertices[:, 1].max() == 8 and band.get_paths()[0].vertices[:, 1].min() == 1
    (title, *scale) = panel(fig, "pain", "texts")
    assert title.get_text() == "Pain 0–10, daily and 7-day mean (lower is better)"
    assert [t.get_text() for t in scale] == ["0", "5", "10"]
    wellbeing = [t.get_text() for t in panel(fig, "wellbeing", "texts")]
    assert "Mood and sleep quality 0–10, 7-day means (higher is better)" in wellbeing
    # Every mark is named in a key: the dots, the mean, the band, both lines, and the timeline's bar, ▼ and ×.
    key = [t.get_text() for t in panel(fig, "key", "texts")]
    for words in ("a day", "7-day mean", "worst–least", "mood", "sleep quality", "taking it", "procedure", "stopped"):
        assert words in key
    samples = {line.get_marker() for line in panel(fig, "key", "lines")}
    assert {"o", "v", "x"} <= samples
    assert [line.get_label() for line in panel(fig, "wellbeing", "lines")] == ["mood", "sleep quality"]


def test_each_panel_draws_its_values_in_its_own_band_one_above_the_other():
    fig = trends_figure(TrendsData(day(0), day(29), checkins(30), LANES))
    (ax,) = fig.axes
    FigureCanvasAgg(fig).draw()

    def height_on_screen(name: str, value: float) -> float:
        line = panel(fig, name, "lines")[0]
        return line.get_transform().transform((x(day(3)), value))[1]

    pain_0, pain_10 = height_on_screen("pain", 0), height_on_screen("pain", 10)
    peg_0, peg_10 = height_on_screen("peg", 0), height_on_screen("peg", 10)
    mood_0, mood_10 = height_on_screen("wellbeing", 0), height_on_screen("wellbeing", 10)
    lanes = height_on_screen("therapies", 1)
    assert lanes < mood_0 < mood_10 < peg_0 < peg_10 < pain_0 < pain_10  # screen y grows upwards
    low, high = ax.get_window_extent().y0, ax.get_window_extent().y1
    assert low < lanes and pain_10 < high
    assert pain_10 - pain_0 > peg_10 - peg_0 == pytest.approx(mood_10 - mood_0)  # pain gets the most room


def test_the_timeline_draws_each_regimen_span_the_procedure_and_the_stop():
    fig = trends_figure(TrendsData(day(0), day(29), checkins(30), LANES))
    bars = [c for c in panel(fig, "therapies", "collections") if isinstance(c, PolyCollection)]
    spans = sorted(
        (path.vertices[:, 0].min() - x(day(0)), path.vertices[:, 0].max() - x(day(0)))
        for bar in bars
        for path in bar.get_paths()
    )
    assert spans == [(2.0, 10.0), (10.0, 21.0)]  # 300 mg days 2–9, 600 mg days 10–20 (ends inclusive)
    texts = [t.get_text() for t in panel(fig, "therapies", "texts")]
    assert texts == ["300 mg · 3× daily", "600 mg · 3× daily"]
    markers = {line.get_marker(): line.get_xdata() for line in panel(fig, "therapies", "lines")}
    assert markers["v"][0] == x(day(15))  # the injection
    assert markers["x"][0] == x(day(21))  # stopped after day 20
    names = [t.get_text() for t in panel(fig, "lane names", "texts")]
    assert names == ["Epidural steroid injection", "Gabapentin"]  # bottom to top: medications first


def test_ten_years_are_drawn_as_four_weekly_means_not_3650_points():
    data = TrendsData(day(0), day(3649), checkins(3650))
    fig = trends_figure(data, PRINT)
    lines = panel(fig, "pain", "lines")
    assert len(lines) == 1
    assert 125 <= len(lines[0].get_xdata()) <= 135  # 3650 / 28
    assert lines[0].get_color() == "#000000"  # print ink
    assert panel(fig, "pain", "texts")[0].get_text() == "Pain 0–10, 4-week means (lower is better)"
    years = [t.get_text() for t in panel(fig, "dates", "texts")]
    assert years == [str(year) for year in range(2026, 2036)]  # the dates below, as a date axis labels them
    assert panel(fig, "therapies", "lines") == []  # no therapies, no lanes


def test_the_before_and_after_chart_shades_both_windows_and_draws_both_means():
    event = Event(day(30), ESI, "procedure")
    days = checkins(80)
    response = judge(event, days)
    fig = response_figure(response, days, SCREEN)
    ax = fig.axes[0]
    spans = list(ax.patches)
    assert len(spans) == 2
    baseline, after = (patch.get_path().transformed(patch.get_patch_transform()).vertices[:, 0] for patch in spans)
    assert (baseline.min(), baseline.max()) == (x(day(16)), x(day(30)))  # days −14..−1
    assert (after.min(), after.max()) == (x(day(33)), x(day(59)))  # days 3..28 after an injection
    levels = sorted(c.get_segments()[0][0][1] for c in ax.collections)
    assert levels == sorted([float(response.pain.before), float(response.pain.after)])


def test_pattern_bars_and_the_sleep_scatter():
    fig = counts_figure([("Where", [("Lower back", 20), ("Left leg", 12)]), ("Feels like", [])])
    bars = fig.axes[0].patches
    assert [round(b.get_width()) for b in bars] == [12, 20]  # most reported drawn at the top
    assert fig.axes[1].texts[0].get_text() == "none reported"
    assert list(fig.axes[1].get_xticks()) == []  # no "−0.04 … 0.04 days" scale around nothing
    relation = sleep_and_pain(checkins(20))
    fig = sleep_figure([("sleep quality", relation)])
    assert len(fig.axes[0].collections[0].get_offsets()) == 20
    assert "20 days" in fig.axes[0].get_title()
    # Better sleep each night, less pain each next day: ρ = −1, said in words with its number, not as "ρ = ".
    falling = [CheckIn(day(n), 10 - n, 3, 4, 6, sleep_quality=n) for n in range(11)]
    ax = sleep_figure([("sleep quality", sleep_and_pain(falling))]).axes[0]
    assert ax.get_title() == "sleep quality: a strong link (−1.00), 11 days"
    assert " ".join(ax.get_ylabel().split()).startswith("pain the next day")  # as the sentence says, and as computed
    assert ax.get_xlabel().startswith("sleep quality of the night")


def test_therapy_names_and_doses_are_drawn_as_written_not_as_math():
    """matplotlib reads text between two "$" as math: "$5 or $10" in italics, and "$\\frac$" fails to draw."""
    priced = Therapy("medication", "Pay $5 or $10 pills", id=5)
    broken = Therapy("medication", r"x $\frac$ y", id=6)
    lanes = (
        Lane(priced, (Regimen(5, day(0), dose_amount=5, dose_unit="$", times_per_day=1),), labels=("5 $ · $daily$",)),
        Lane(broken, (Regimen(6, day(0), times_per_day=1),), labels=("",)),
    )
    fig = trends_figure(TrendsData(day(0), day(29), checkins(30), lanes))
    FigureCanvasAgg(fig).draw()  # would raise a ParseSyntaxException for "$\frac$"
    written = {text.get_text(): text for text in fig.axes[0].texts}
    for words in ("Pay $5 or $10 pills", r"x $\frac$ y", "5 $ · $daily$"):
        assert written[words]._preprocess_math(words) == (words, False)  # drawn as plain text


def test_each_chart_is_said_in_words():
    from painlog.charts.describe import describe_counts, describe_trends

    data = TrendsData(day(0), day(29), checkins(30, missing={5, 6, 7, 8}), LANES)
    text = describe_trends(data)
    assert "from 2026-01-01 to 2026-01-30, 26 of 30 days recorded" in text
    # First week: days 0–4 recorded, pain 2+n%5 = 2,3,4,5,6 → 4.0; last week: days 23–29 → 5,6,2,3,4,5,6 → 31/7.
    assert "Average pain was 4.0 in the first week and 4.4 in the last" in text
    assert "Gabapentin (2026-01-03 300 mg · 3× daily, 2026-01-11 600 mg · 3× daily)" in text
    assert "Epidural steroid injection (procedure on 2026-01-16)" in text
    assert describe_counts([("Where it hurt", [("Lower back", 12)]), ("What it felt like", [])]) == (
        "Where it hurt: Lower back 12 days. What it felt like: none reported."
    )


def test_questionnaires_get_a_row_each_below_the_therapies_with_their_totals():
    from painlog.charts.describe import describe_trends
    from painlog.domain.screens import Screen

    screens = (
        Screen(day(3), "PHQ-9", (2, 2, 2, 2, 2, 2, 2, 0, 0)),  # 14: positive (≥ 10)
        Screen(day(17), "PHQ-9", (1, 1, 1, 1, 1, 1, 1, 0, 0)),  # 7
        Screen(day(4), "GAD-2", (1, 1)),  # 2
        Screen(day(40), "GAD-7", (3,) * 7),  # after the range: no row
    )
    data = TrendsData(day(0), day(29), checkins(30), LANES, screens)
    fig = trends_figure(data)
    names = [t.get_text() for t in panel(fig, "lane names", "texts")]
    assert names == ["GAD-2 (0–6)", "PHQ-9 (0–27)", "Epidural steroid injection", "Gabapentin"]  # bottom to top
    texts = [t.get_text() for t in panel(fig, "therapies", "texts")]
    assert texts[:3] == ["2", "14", "7"]  # the bottom row (GAD-2) first
    diamonds = [line for line in panel(fig, "therapies", "lines") if line.get_marker() == "D"]
    filled = {tuple(line.get_xdata()): line.get_markerfacecolor() != "none" for line in diamonds}
    assert filled == {(x(day(17)),): False, (x(day(3)),): True, (x(day(4)),): False}
    assert "PHQ-9 scores (0–27, lower is better): 14 on 2026-01-04, 7 on 2026-01-18." in describe_trends(data)
    titles = [t.get_text() for t in panel(fig, "therapies title", "texts")]
    assert "Therapies and questionnaires" in titles


def test_questionnaires_alone_still_get_their_panel():
    from painlog.domain.screens import Screen

    fig = trends_figure(TrendsData(day(0), day(29), checkins(30), (), (Screen(day(3), "GAD-7", (1,) * 7),)))
    assert [t.get_text() for t in panel(fig, "lane names", "texts")] == ["GAD-7 (0–21)"]
    assert "Questionnaires" in [t.get_text() for t in panel(fig, "therapies title", "texts")]


def test_a_relief_chart_before_the_first_rating_draws_its_lines_and_the_expected_duration():
    from painlog.charts.procedure import Curve, relief_figure

    fig = relief_figure([Curve("block 1", (), (1, 3))])
    (ax,) = fig.axes
    assert sorted(line.get_ydata()[0] for line in ax.get_lines()) == [50, 80]  # the two threshold lines only
    assert ax.get_ylim() == (-20.0, 105.0)


def test_many_therapies_close_their_lanes_up_before_they_flatten_the_pain_panels():
    """Ten lanes in a printed chart 4.6 in tall: the three 0–10 panels keep 1.3 in between them (the pain panel
    3/7 of it, the others 2/7 each), the lanes closing up to 1.15 font sizes each instead of 1.5."""
    from painlog.charts.trends import Layout

    lanes = tuple(Lane(Therapy("medication", f"Medicine {n}"), (LOW,)) for n in range(10))
    data = TrendsData(day(0), day(29), checkins(30), lanes)
    size = (7.16, 4.6)
    layout = Layout.of(size, data, PRINT)
    inner = layout.up / 72  # the Axes' height in inches
    pain, peg, mood, therapies = (p.height * inner for p in layout.panels)
    assert pain + peg + mood == pytest.approx(1.3, abs=0.01)
    assert pain == pytest.approx(1.3 * 3 / 7, abs=0.01) and peg == pytest.approx(1.3 * 2 / 7, abs=0.01)
    assert therapies >= (10 + 0.3) * PRINT.font_size * 1.15 / 72 - 0.001
    # Without the rule the lanes kept 1.5 font sizes each: (10.3 × 8 × 1.5) / 72 = 1.72 in
    assert therapies < (10 + 0.3) * PRINT.font_size * 1.5 / 72
