"""The trends figure: pain with its 7-day mean and worst–least band, PEG, mood and sleep, and a therapy
timeline, all on one time axis. Long ranges are drawn as weekly or 4-weekly means: a screen is ~1000 pixels
across, not 3650.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.textpath import text_to_path
from matplotlib.transforms import Affine2D, Transform

from painlog.charts.style import SCREEN, ChartStyle, chart_figure, styled
from painlog.domain.checkin import CheckIn
from painlog.domain.screens import INSTRUMENTS, Screen
from painlog.domain.series import ROLLING_DAYS, Series, block_days, blocks, daily, rolling_mean
from painlog.domain.therapy import Procedure, Regimen, Therapy
from painlog.wording import ENGLISH, Translator
from painlog.wording.dates import MONTH_WORDS
from painlog.wording.sentences import describe_regimen

ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Lane:
    """One therapy's row on the timeline."""

    therapy: Therapy
    regimens: tuple[Regimen, ...] = ()
    procedures: tuple[Procedure, ...] = ()
    labels: tuple[str, ...] = ()  # the dose text of each regimen; by default worded in the chart's language


@dataclass(frozen=True)
class TrendsData:
    start: date
    end: date
    checkins: tuple[CheckIn, ...]
    lanes: tuple[Lane, ...] = field(default_factory=tuple)
    screens: tuple[Screen, ...] = ()  # mood and anxiety questionnaires answered in the range

    @property
    def screen_rows(self) -> tuple[str, ...]:
        """The questionnaires answered in the range, one timeline row each, in INSTRUMENTS' order."""
        answered = {s.instrument for s in self.screens if self.start <= s.day <= self.end}
        return tuple(code for code in INSTRUMENTS if code in answered)

    @property
    def rows(self) -> int:
        """Rows of the timeline panel: the therapies, then the questionnaires."""
        return len(self.lanes) + len(self.screen_rows)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def step(self) -> int:
        """Days per drawn point (1: every day; 7 or 28: blocks for long ranges)."""
        return block_days(self.days)


def date_x(days: Sequence[date]) -> np.ndarray:
    return mdates.date2num(np.array(days, dtype="datetime64[D]"))


def _xy(series: Series) -> tuple[np.ndarray, np.ndarray]:
    days = sorted(series.values)
    return date_x(days), np.array([series.values[d] for d in days], dtype=float)


def _gapped(series: Series, step: int) -> tuple[np.ndarray, np.ndarray]:
    """x and y with NaN where values are missing, so a line breaks across a gap instead of bridging it."""
    middle = timedelta(days=step // 2)
    days = [series.start + timedelta(days=n) + middle for n in range(0, (series.end - series.start).days + 1, step)]
    return date_x(days), np.array([series.values.get(d, np.nan) for d in days], dtype=float)


@dataclass(frozen=True)
class Panel:
    """One band of the chart: its place in the Axes (fractions of its height) and the values it spans."""

    name: str
    bottom: float
    height: float
    low: float = -0.3
    high: float = 10.3

    @property
    def scale(self) -> float:
        """Fractions of the Axes' height per unit of the panel's values."""
        return self.height / (self.high - self.low)

    def transform(self, ax: Axes) -> Transform:
        """Dates across, the panel's own values up: artists keep their real data, drawn in their band."""
        return Affine2D().scale(1, self.scale).translate(0, self.at(0)) + ax.transData

    def at(self, value: float) -> float:
        return self.bottom + (value - self.low) * self.scale

    @property
    def top(self) -> float:
        return self.bottom + self.height


BOTTOM_IN, TOP_IN, RIGHT_IN = 0.45, 0.08, 0.15  # margins, inches: room for the dates below
PANEL_GAP_IN = 0.14
SCALES_LEAST_IN = 1.3  # pain, PEG and mood together never get less (0.56, 0.37 and 0.37 in: their 0, 5, 10 apart)
LANE_EASY, LANE_TIGHT = 1.5, 1.15  # a therapy lane's height in font sizes: with room, and closed up


def _lanes_tall(lanes: int, style: ChartStyle, per_lane: float) -> float:
    return (lanes + 0.3) * style.font_size * per_lane / 72


KEY_BESIDE_EMS = 56  # the widest title and its key, in ems of the chart's text: narrower, the key gets its own row
TICK_PT, TICK_PAD_PT = 3.5, 3.5  # matplotlib's own tick length and label padding


@dataclass(frozen=True)
class Layout:
    """Where everything goes, in fractions of the Axes, fixed in inches: a layout engine took two thirds of the
    drawing time, and these charts always have the same shape."""

    box: tuple[float, float, float, float]  # the Axes in the figure: left, bottom, width, height
    panels: tuple[Panel, ...]  # pain, PEG, mood and sleep, then the therapy lanes if any, top to bottom
    across: float  # the Axes' width and height in points
    up: float
    key_row: bool = False  # the keys go on a row of their own under the titles: beside them they would not fit

    def points_across(self, points: float) -> float:
        return points / self.across

    def points_up(self, points: float) -> float:
        return points / self.up

    @classmethod
    def of(cls, size: tuple[float, float], data: TrendsData, style: ChartStyle, keyed: float = 0.0) -> Layout:
        """`keyed`: the widest title with its key beside it, in points, in the chart's language."""
        width, height = size
        names = (_text_width(name, style.font_size - 0.5) for name in _row_names(data))
        longest = max(names, default=0) + TICK_PT + TICK_PAD_PT + 6  # points
        left = min(0.4, max(0.45, longest / 72) / width)
        bottom = max(BOTTOM_IN, (TICK_PT + TICK_PAD_PT + style.font_size * 2.7) / 72)  # the dates, and their year
        box = (left, bottom / height, 1 - left - RIGHT_IN / width, 1 - (bottom + TOP_IN) / height)
        inner = height - bottom - TOP_IN
        key_row = (width - left * width - RIGHT_IN) * 72 < max(KEY_BESIDE_EMS * style.font_size, keyed)
        title = style.font_size * (1.9 + (1.35 if key_row else 0)) / 72
        lanes = data.rows
        scales = [("pain", 3, title), ("peg", 2, PANEL_GAP_IN + title), ("wellbeing", 2, PANEL_GAP_IN + title)]
        body = inner - sum(space for _, _, space in scales) - (PANEL_GAP_IN + title if lanes else 0)
        shares = sum(share for _, share, _ in scales)
        # The lanes take 0.45 of a share each, and never less than their names need; but the three scales keep
        # SCALES_LEAST_IN between them (the lanes close up to LANE_TIGHT first): many therapies and
        # questionnaires once flattened the pain panels of a printed summary to a line.
        share = body * 0.45 * lanes / (shares + 0.45 * lanes)
        lanes_tall = max(share, _lanes_tall(lanes, style, LANE_EASY)) if lanes else 0.0
        if lanes and body - lanes_tall < SCALES_LEAST_IN:
            lanes_tall = max(_lanes_tall(lanes, style, LANE_TIGHT), body - SCALES_LEAST_IN)
        panels, top = [], inner
        for name, share, space in scales:
            tall = (body - lanes_tall) * share / shares
            top -= space + tall
            panels.append(Panel(name, top / inner, tall / inner))
        if lanes:
            top -= PANEL_GAP_IN + title + lanes_tall
            panels.append(Panel("therapies", top / inner, lanes_tall / inner, -0.7, lanes - 0.3))
        return cls(box, tuple(panels), width * box[2] * 72, height * box[3] * 72, key_row)

    @staticmethod
    def least_height(data: TrendsData, style: ChartStyle) -> float:
        """Inches below which the panels would be too flat to read on screen: their titles, the lanes, the
        dates, and 2.4 inches for the three scales."""
        lanes = data.rows
        titles = (3 + (1 if lanes else 0)) * style.font_size * 3.25 / 72 + 3 * PANEL_GAP_IN
        bottom = max(BOTTOM_IN, (TICK_PT + TICK_PAD_PT + style.font_size * 2.7) / 72)
        lanes_tall = _lanes_tall(lanes, style, LANE_EASY) if lanes else 0.0
        return titles + bottom + TOP_IN + lanes_tall + 2.4

    @staticmethod
    def least_printed(data: TrendsData, style: ChartStyle, size: tuple[float, float]) -> float:
        """Inches below which a printed chart `size[0]` wide would squeeze its scales under SCALES_LEAST_IN
        with its lanes closed up: the least height the summary gives it."""
        width, _ = size
        key_row = width * 72 < KEY_BESIDE_EMS * style.font_size  # as `of` decides, but for a title's own width
        lanes = data.rows
        title = style.font_size * (1.9 + (1.35 if key_row else 0)) / 72
        titles = 3 * title + 2 * PANEL_GAP_IN + (PANEL_GAP_IN + title if lanes else 0)
        bottom = max(BOTTOM_IN, (TICK_PT + TICK_PAD_PT + style.font_size * 2.7) / 72)
        lanes_tall = _lanes_tall(lanes, style, LANE_TIGHT) if lanes else 0.0
        return titles + bottom + TOP_IN + lanes_tall + SCALES_LEAST_IN


@styled
def trends_figure(data: TrendsData, style: ChartStyle = SCREEN, size: tuple[float, float] = (10, 7.5),
                  dpi: float = 100, tr: Translator = ENGLISH) -> Figure:  # fmt: skip
    """The whole trends chart for `data.start`..`data.end`.

    The panels share one matplotlib Axes, each drawn in its own band; scale labels are plain texts, and the
    rules of all panels are two line collections. Every Axes, tick and artist costs its own layout on each draw:
    drawn as four Axes, the chart took three times as long as a plain line plot.
    """
    step = data.step
    # what one point averages
    if step == 1:
        mean_words, means_words = tr("7-day mean"), tr("7-day means")
    elif step == 7:
        mean_words, means_words = tr("weekly mean"), tr("weekly means")
    else:
        mean_words, means_words = tr("%n-week mean", None, step // 7), tr("%n-week means", None, step // 7)
    daily_and = tr("daily and 7-day mean") if step == 1 else means_words
    day_key = [tr("a day")] if step == 1 else []
    titles = (
        (tr("Pain 0–10, {means} (lower is better)").format(means=daily_and), [*day_key, mean_words, tr("worst–least")]),
        (tr("PEG score 0–10, {means} (lower is better)").format(means=daily_and),
         [*day_key, mean_words if step == 1 else "PEG"]),
        (tr("Mood and sleep quality 0–10, {means} (higher is better)").format(means=means_words),
         [tr("mood"), tr("sleep quality")]),
        (tr("Therapies and questionnaires"), [tr("taking it"), tr("procedure"), tr("stopped"),
                                               tr("score (filled: screens positive)")]),
    )  # fmt: skip
    layout = Layout.of(size, data, style, max(_keyed(title, keys, style) for title, keys in titles))
    fig = chart_figure(size, dpi)
    ax = fig.add_axes(layout.box)
    ax.set_xlim(date_x([data.start])[0] - 0.5, date_x([data.end])[0] + 0.5)
    ax.set_ylim(0, 1)
    ax.set_axis_off()  # its ticks, spines and labels are drawn below as plain lines and texts
    rules = Rules()
    pain_panel, peg_panel, wellbeing_panel, *lanes_panel = layout.panels
    checkins = data.checkins

    def series(value) -> Series:  # noqa: ANN001 - a CheckIn attribute getter
        found = daily(checkins, data.start, data.end, value)
        return blocks(found, step) if step > 1 else found

    def rolled(value) -> Series:  # noqa: ANN001 - the 7-day mean, using the days just before the range
        lead = daily(checkins, data.start - timedelta(days=ROLLING_DAYS - 1), data.end, value)
        mean = rolling_mean(lead)
        return Series(data.start, data.end, {d: v for d, v in mean.values.items() if d >= data.start})

    pain = daily(checkins, data.start, data.end, lambda c: c.pain_avg)
    on_pain = _on(ax, pain_panel)
    drawn_band = _band(ax, data, style, on_pain)
    if step > 1:
        x, y = _gapped(blocks(pain, step), step)
        pain_lines = ax.plot(x, y, color=style.pain, linewidth=1.8, label=mean_words, **on_pain)
    else:
        x, y = _xy(pain)
        pain_lines = ax.plot(x, y, linestyle="none", marker="o", markersize=2.5, color=style.points, label=tr("daily"),
                             **on_pain)  # fmt: skip
        x, y = _gapped(rolled(lambda c: c.pain_avg), 1)
        pain_lines += ax.plot(x, y, color=style.pain, linewidth=2.0, label=tr("7-day mean"), **on_pain)

    peg = series(lambda c: c.peg)
    on_peg = _on(ax, peg_panel)
    if step == 1:
        x, y = _xy(peg)
        ax.plot(x, y, linestyle="none", marker=".", markersize=2.5, color=style.points, **on_peg)
    x, y = _gapped(peg if step > 1 else rolled(lambda c: c.peg), step)
    ax.plot(x, y, color=style.peg, linestyle=style.peg_dash, linewidth=1.8, label="PEG", **on_peg)

    on_wellbeing = _on(ax, wellbeing_panel)
    wellbeing = [
        ax.plot(*_gapped(series(value) if step > 1 else rolled(value), step), color=colour, linestyle=dash,
                linewidth=1.8, label=name, marker=marker, markevery=max(1, data.days // step // 12), markersize=3,
                **on_wellbeing)[0]
        for name, value, colour, dash, marker in (
            (tr("mood"), lambda c: c.mood, style.mood, style.mood_dash, None),
            (tr("sleep quality"), lambda c: c.sleep_quality, style.sleep, style.sleep_dash, style.sleep_marker),
        )
    ]  # fmt: skip

    band = (
        []
        if drawn_band is None
        else [_sample(tr("worst–least"), color=style.band, linewidth=style.font_size * 0.6, solid_capstyle="butt")]
    )
    dots = [_sample(tr("a day"), color=style.points, linestyle="none", marker="o", markersize=3)] if step == 1 else []
    for panel, title, samples in (
        (pain_panel, titles[0][0], [*dots, _sample(mean_words, color=style.pain, linewidth=2.0), *band]),
        (peg_panel, titles[1][0],
         [*dots, _sample(mean_words if step == 1 else "PEG", color=style.peg, linestyle=style.peg_dash,
                         linewidth=1.8)]),
        (wellbeing_panel, titles[2][0], wellbeing),
    ):  # fmt: skip
        _title(ax, panel, title, samples, layout, style)
        levels = [panel.at(v) for v in (0, 5, 10)]
        rules.across(levels)
        _scale_labels(ax, rules, levels, ["0", "5", "10"], layout, style.font_size, panel.name)
    dates = _dates(ax, rules, layout, style, tr)
    if lanes_panel:
        therapy_keys = [
            _sample(tr("taking it"), color=style.lane, linewidth=style.font_size * 0.6, solid_capstyle="butt"),
            _sample(tr("procedure"), color=style.procedure, linestyle="none", marker="v", markersize=7),
            _sample(tr("stopped"), color=style.stop, linestyle="none", marker="x", markersize=6, markeredgewidth=1.6),
        ] if data.lanes else []  # fmt: skip
        screen_keys = [
            _sample(tr("score (filled: screens positive)"), color=style.mood, linestyle="none", marker="D",
                    markersize=5)
        ] if data.screen_rows else []  # fmt: skip
        if therapy_keys and screen_keys:
            title = tr("Therapies and questionnaires")
        else:
            title = tr("Therapies") if therapy_keys else tr("Questionnaires")
        _title(ax, lanes_panel[0], title, [*therapy_keys, *screen_keys], layout, style,
               gid="therapies title")  # fmt: skip
        _timeline(ax, rules, lanes_panel[0], layout, data, style, tr)
        rules.upright(dates, lanes_panel[0].bottom, lanes_panel[0].top)
    for panel in layout.panels:
        rules.frame(panel)
    rules.draw(ax, style)
    return fig


@dataclass
class Rules:
    """The chart's straight lines in fractions of the Axes, drawn as two collections: grid lines behind the data,
    and the frames and tick marks in black."""

    grid: list = field(default_factory=list)
    ink: list = field(default_factory=list)

    def across(self, heights: Sequence[float]) -> None:
        self.grid += [((0, y), (1, y)) for y in heights]

    def upright(self, places: Sequence[float], bottom: float, top: float) -> None:
        self.grid += [((x, bottom), (x, top)) for x in places]

    def ticks_left(self, heights: Sequence[float], length: float) -> None:
        self.ink += [((-length, y), (0, y)) for y in heights]

    def ticks_below(self, places: Sequence[float], length: float) -> None:
        self.ink += [((x, 0), (x, -length)) for x in places]

    def frame(self, panel: Panel) -> None:
        """A left and a bottom line, in place of the one Axes' spines."""
        self.ink += [((0, panel.bottom), (0, panel.top)), ((0, panel.bottom), (1, panel.bottom))]

    def draw(self, ax: Axes, style: ChartStyle) -> None:
        ax.add_collection(LineCollection(self.grid, transform=ax.transAxes, colors=style.grid, linewidths=0.8,
                                         zorder=0.5, gid="grid"))  # fmt: skip
        ax.add_collection(LineCollection(self.ink, transform=ax.transAxes, colors=style.ink, linewidths=0.8,
                                         zorder=2.5, clip_on=False, gid="frames"))  # fmt: skip


def _on(ax: Axes, panel: Panel) -> dict:
    """Keywords that put an artist in `panel` and name it after the panel (tests and tools find it by gid)."""
    return {"transform": panel.transform(ax), "gid": panel.name}


def _scale_labels(ax: Axes, rules: Rules, places: Sequence[float], labels: Sequence[str], layout: Layout,
                  size: float, gid: str) -> None:  # fmt: skip
    """Labels left of the Axes with their tick marks, as plain texts (a matplotlib tick is five artists).

    They may be therapy names as the patient typed them: never read as math, so "$5 or $10" stays as written.
    """
    rules.ticks_left(places, layout.points_across(TICK_PT))
    left = -layout.points_across(TICK_PT + TICK_PAD_PT)
    for place, label in zip(places, labels, strict=True):
        ax.text(left, place, label, transform=ax.transAxes, fontsize=size, va="center", ha="right", gid=gid,
                parse_math=False)  # fmt: skip


def _dates(ax: Axes, rules: Rules, layout: Layout, style: ChartStyle, tr: Translator) -> list[float]:
    """Dates below the chart as matplotlib would label a date axis (concisely: years, months, days), with their
    tick marks; returns their places in fractions of the Axes' width."""
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    formatter = mdates.ConciseDateFormatter(locator)
    low, high = ax.get_xlim()
    days = [x for x in locator() if low <= x <= high]
    places = [(x - low) / (high - low) for x in days]
    rules.ticks_below(places, layout.points_up(TICK_PT))
    below = -layout.points_up(TICK_PT + TICK_PAD_PT)
    for place, label in zip(places, formatter.format_ticks(days), strict=True):
        ax.text(place, below, _months(label, tr), transform=ax.transAxes, fontsize=style.font_size, va="top",
                ha="center", gid="dates")  # fmt: skip
    if offset := formatter.get_offset():  # the year (and month) the days and months belong to
        ax.text(1, below - layout.points_up(style.font_size * 1.4), _months(offset, tr), transform=ax.transAxes,
                fontsize=style.font_size, va="top", ha="right", gid="dates")  # fmt: skip
    return places


class MonthsIn(mdates.ConciseDateFormatter):
    """matplotlib's concise dates ("Sep", "15", "2026-Oct") with the months in `tr`'s language."""

    def __init__(self, locator: mdates.DateLocator, tr: Translator) -> None:
        super().__init__(locator)
        self._tr = tr

    def format_ticks(self, values):  # noqa: ANN001, ANN201 - matplotlib's signature
        return [_months(label, self._tr) for label in super().format_ticks(values)]

    def get_offset(self) -> str:
        return _months(super().get_offset(), self._tr)


def _months(label: str, tr: Translator) -> str:
    """matplotlib's English month abbreviations ("Nov", "2026-Nov") in `tr`'s language."""
    for number, english in enumerate(ENGLISH_MONTHS):
        label = label.replace(english, tr.known(MONTH_WORDS[number])[:3])
    return label


def _sample(label: str, **look: Any) -> Line2D:
    """A key entry: how a mark looks, and what it means."""
    return Line2D([], [], label=label, **look)


def _title(ax: Axes, panel: Panel, title: str, samples: Sequence[Line2D], layout: Layout, style: ChartStyle,
           gid: str | None = None) -> None:  # fmt: skip
    """The panel's title above its left end and, at its right end, the key to its marks; on a narrow chart the
    key has a row of its own under the title (and should it still not fit, it goes just inside the panel's top,
    on the chart's background)."""
    above = layout.points_up(style.font_size * 1.35) if layout.key_row else 0.0
    ax.text(0, panel.top + above, title, transform=ax.transAxes, fontsize=style.font_size, va="bottom", ha="left",
            gid=gid or panel.name)  # fmt: skip
    size = style.font_size - 1
    widths = [_text_width(str(s.get_label()), size) for s in samples]  # each entry: mark, gap, words, space
    beside = 0.0 if layout.key_row else _text_width(title, style.font_size) + size * 2
    fits = beside + sum(widths) + size * 4.2 * len(samples) < layout.across
    y = panel.top + layout.points_up(1) if fits else panel.top - layout.points_up(size * 1.3)
    middle = y + layout.points_up(size * 0.35)
    right = 1.0
    for sample, width in zip(reversed(samples), reversed(widths), strict=True):
        text = str(sample.get_label())
        ax.text(
            right,
            y,
            text,
            transform=ax.transAxes,
            ha="right",
            va="bottom",
            fontsize=size,
            gid="key",
            parse_math=False,
            bbox=None if fits else {"facecolor": style.face, "edgecolor": "none", "pad": 1},
        )
        start = right - layout.points_across(width + size * 3.0)
        ax.plot(start + layout.points_across(size) * np.array([0, 1.2, 2.4]), [middle] * 3, transform=ax.transAxes,
                color=sample.get_color(), linestyle=sample.get_linestyle(), linewidth=sample.get_linewidth(),
                marker=sample.get_marker(), markevery=[1], markersize=sample.get_markersize(),
                markeredgewidth=sample.get_markeredgewidth(), solid_capstyle=sample.get_solid_capstyle(),
                clip_on=False, gid="key")  # fmt: skip
        right = start - layout.points_across(size * 1.2)


def _keyed(title: str, keys: Sequence[str], style: ChartStyle) -> float:
    """How wide a title is with its key beside it, in points, as _title lays them out."""
    size = style.font_size - 1
    return _text_width(title, style.font_size) + size * 2 + sum(_text_width(k, size) + size * 4.2 for k in keys)


def _text_width(text: str, size: float) -> float:
    """In points, as matplotlib will draw it (measured without a renderer: the layout is fixed before drawing)."""
    return float(text_to_path.get_text_width_height_descent(text, FontProperties(size=size), ismath=False)[0])


def _fits(text: str, size: float, room: float) -> bool:
    """Whether `text` at `size` fits in `room` points, with half an em either side."""
    return _text_width(text, size) + size < room


def _band(ax: Axes, data: TrendsData, style: ChartStyle, on: dict) -> PolyCollection | None:
    """The worst–least band, on days (or weeks) that recorded both; None when no day has both."""
    worst = daily(data.checkins, data.start, data.end, lambda c: c.pain_worst)
    least = daily(data.checkins, data.start, data.end, lambda c: c.pain_least)
    step = data.step
    if step > 1:
        worst, least = blocks(worst, step), blocks(least, step)
    x, high = _gapped(worst, step)
    _, low = _gapped(least, step)
    both = ~(np.isnan(high) | np.isnan(low))
    if not both.any():
        return None
    return ax.fill_between(x, low, high, where=both, color=style.band, linewidth=0, label="worst–least",
                           step="mid", **on)  # fmt: skip


def zero_to_ten_axis(ax: Axes, label: str, style: ChartStyle) -> None:
    ax.set_ylim(-0.3, 10.3)
    ax.set_yticks([0, 5, 10])
    # The scale's name sits above its panel, not beside it: the left margin is kept for therapy names.
    ax.set_title(label, loc="left", fontsize=style.font_size, pad=2)
    ax.tick_params(labelsize=style.font_size)
    ax.grid(True, axis="y", color=style.grid, linewidth=0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _row_names(data: TrendsData) -> list[str]:
    """The timeline's rows top to bottom: each therapy, then each questionnaire with its range."""
    return [lane.therapy.name for lane in data.lanes] + [
        f"{code} (0–{INSTRUMENTS[code].highest})" for code in data.screen_rows
    ]


def _timeline(ax: Axes, rules: Rules, panel: Panel, layout: Layout, data: TrendsData, style: ChartStyle,
              tr: Translator) -> None:  # fmt: skip
    """One lane per therapy: regimens as bars labelled with the dose, procedures as markers, stops as ✕; below
    them one row per questionnaire, each answered day a diamond with its total."""
    on = _on(ax, panel)
    first, last = date_x([data.start])[0], date_x([data.end])[0] + 1
    low, high = ax.get_xlim()
    size = style.font_size - 1.5
    bars = []
    below = len(data.screen_rows)
    for row, code in enumerate(reversed(data.screen_rows)):
        answered = sorted((s for s in data.screens if s.instrument == code and data.start <= s.day <= data.end),
                          key=lambda s: s.day)  # fmt: skip
        for positive in (False, True):
            days = [s.day for s in answered if s.positive is positive]
            if days:
                ax.plot(date_x(days), [row] * len(days), linestyle="none", marker="D", markersize=5,
                        color=style.mood, markerfacecolor=style.mood if positive else "none", **on)  # fmt: skip
        for screen in answered:
            ax.text(date_x([screen.day])[0] + (high - low) * layout.points_across(size * 0.6), row,
                    str(screen.total), va="center", ha="left", fontsize=size, **on)  # fmt: skip
    for row, lane in enumerate(reversed(data.lanes), start=below):
        worded = lane.labels or tuple(describe_regimen(regimen, tr) for regimen in lane.regimens)
        labels = dict(zip(lane.regimens, worded, strict=False))
        for regimen in lane.regimens:
            begin = max(date_x([regimen.start])[0], first)
            end = min(date_x([regimen.end])[0] + 1 if regimen.end else last, last)
            if end <= begin:
                continue
            bars.append([(begin, row - 0.32), (begin, row + 0.32), (end, row + 0.32), (end, row - 0.32)])
            text = labels.get(regimen, "")
            if text and _fits(text, size, layout.across * (end - begin) / (high - low)):
                ax.text(begin + (high - low) * layout.points_across(size / 2), row, text, va="center", ha="left",
                        fontsize=size, parse_math=False, **on)  # fmt: skip  # a dose unit the patient typed
            if regimen.stop_reason and regimen.end and first <= date_x([regimen.end])[0] <= last:
                ax.plot([end], [row], marker="x", color=style.stop, markersize=6, markeredgewidth=1.6, **on)
        days = [p.day for p in lane.procedures if data.start <= p.day <= data.end]
        if days:
            ax.plot(date_x(days), [row] * len(days), linestyle="none", marker="v", color=style.procedure,
                    markersize=8, **on)  # fmt: skip
    ax.add_collection(PolyCollection(bars, facecolors=style.lane, edgecolors=style.lane_edge, linewidths=0.8, **on))
    names = list(reversed(_row_names(data)))
    _scale_labels(ax, rules, [panel.at(row) for row in range(len(names))], names, layout, style.font_size - 0.5,
                  "lane names")  # fmt: skip
