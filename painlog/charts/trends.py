"""The trends figure: pain with its 7-day mean and worst–least band, PEG, mood and sleep, and a therapy
timeline, all on one time axis. Long ranges are drawn as weekly or 4-weekly means: a screen is ~1000 pixels
across, not 3650.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from painlog.charts.style import SCREEN, ChartStyle
from painlog.domain.checkin import CheckIn
from painlog.domain.series import ROLLING_DAYS, Series, block_days, blocks, daily, rolling_mean
from painlog.domain.therapy import Procedure, Regimen, Therapy


@dataclass(frozen=True)
class Lane:
    """One therapy's row on the timeline."""

    therapy: Therapy
    regimens: tuple[Regimen, ...] = ()
    procedures: tuple[Procedure, ...] = ()
    labels: tuple[str, ...] = ()  # the dose text of each regimen, worded by the caller


@dataclass(frozen=True)
class TrendsData:
    start: date
    end: date
    checkins: tuple[CheckIn, ...]
    lanes: tuple[Lane, ...] = field(default_factory=tuple)

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


def trends_figure(data: TrendsData, style: ChartStyle = SCREEN, size: tuple[float, float] = (10, 7.5),
                  dpi: float = 100) -> Figure:  # fmt: skip
    """The whole trends chart for `data.start`..`data.end`."""
    lanes = len(data.lanes)
    ratios = [3, 2, 2, max(1.2, 0.45 * lanes)] if lanes else [3, 2, 2]
    fig = Figure(figsize=size, dpi=dpi)
    axes = fig.subplots(len(ratios), 1, sharex=True, gridspec_kw={"height_ratios": ratios})
    _margins(fig, size, data, style)
    pain_ax, peg_ax, wellbeing_ax = axes[:3]
    step = data.step
    checkins = data.checkins

    def series(value) -> Series:  # noqa: ANN001 - a CheckIn attribute getter
        found = daily(checkins, data.start, data.end, value)
        return blocks(found, step) if step > 1 else found

    def rolled(value) -> Series:  # noqa: ANN001 - the 7-day mean, using the days just before the range
        lead = daily(checkins, data.start - timedelta(days=ROLLING_DAYS - 1), data.end, value)
        mean = rolling_mean(lead)
        return Series(data.start, data.end, {d: v for d, v in mean.values.items() if d >= data.start})

    pain = daily(checkins, data.start, data.end, lambda c: c.pain_avg)
    _band(pain_ax, data, style)
    if step > 1:
        x, y = _gapped(blocks(pain, step), step)
        pain_ax.plot(x, y, color=style.pain, linewidth=1.8, label=f"{step}-day mean")
    else:
        x, y = _xy(pain)
        pain_ax.plot(x, y, linestyle="none", marker="o", markersize=2.5, color=style.points, label="daily")
        x, y = _gapped(rolled(lambda c: c.pain_avg), 1)
        pain_ax.plot(x, y, color=style.pain, linewidth=2.0, label="7-day mean")
    zero_to_ten_axis(pain_ax, "Pain 0–10 (lower is better)", style)

    peg = series(lambda c: c.peg)
    if step == 1:
        x, y = _xy(peg)
        peg_ax.plot(x, y, linestyle="none", marker=".", markersize=2.5, color=style.points)
    x, y = _gapped(peg if step > 1 else rolled(lambda c: c.peg), step)
    peg_ax.plot(x, y, color=style.peg, linestyle=style.peg_dash, linewidth=1.8, label="PEG")
    zero_to_ten_axis(peg_ax, "PEG score 0–10 (lower is better)", style)

    for name, value, colour, dash, marker in (
        ("mood", lambda c: c.mood, style.mood, style.mood_dash, None),
        ("sleep quality", lambda c: c.sleep_quality, style.sleep, style.sleep_dash, style.sleep_marker),
    ):
        x, y = _gapped(series(value) if step > 1 else rolled(value), step)
        wellbeing_ax.plot(x, y, color=colour, linestyle=dash, linewidth=1.8, label=name, marker=marker,
                          markevery=max(1, len(x) // 12), markersize=3)  # fmt: skip
    zero_to_ten_axis(wellbeing_ax, "Mood and sleep quality 0–10, 7-day means (higher is better)", style)
    wellbeing_ax.legend(loc="lower right", fontsize=style.font_size - 1, frameon=False, ncols=2)
    if lanes:
        _timeline(axes[3], data, style)
    last = axes[-1]
    last.set_xlim(date_x([data.start])[0] - 0.5, date_x([data.end])[0] + 0.5)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    last.xaxis.set_major_locator(locator)
    last.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    last.tick_params(labelsize=style.font_size)
    return fig


def _margins(fig: Figure, size: tuple[float, float], data: TrendsData, style: ChartStyle) -> None:
    """Fixed margins, measured in inches from the longest lane name: constrained layout took two thirds of the
    drawing time of a 10-year chart, and these charts always have the same shape."""
    width, height = size
    longest = max((len(lane.therapy.name) for lane in data.lanes), default=0)
    left = max(0.45, 0.2 + longest * style.font_size * 0.0078)
    fig.subplots_adjust(
        left=min(0.4, left / width), right=1 - 0.15 / width, top=1 - 0.22 / height, bottom=0.45 / height,
        hspace=0.42,
    )  # fmt: skip


def _band(ax: Axes, data: TrendsData, style: ChartStyle) -> None:
    """The worst–least band, on days (or weeks) that recorded both."""
    worst = daily(data.checkins, data.start, data.end, lambda c: c.pain_worst)
    least = daily(data.checkins, data.start, data.end, lambda c: c.pain_least)
    step = data.step
    if step > 1:
        worst, least = blocks(worst, step), blocks(least, step)
    x, high = _gapped(worst, step)
    _, low = _gapped(least, step)
    both = ~(np.isnan(high) | np.isnan(low))
    if both.any():
        ax.fill_between(x, low, high, where=both, color=style.band, linewidth=0, label="worst–least", step="mid")


def zero_to_ten_axis(ax: Axes, label: str, style: ChartStyle) -> None:
    ax.set_ylim(-0.3, 10.3)
    ax.set_yticks([0, 5, 10])
    # The scale's name sits above its panel, not beside it: the left margin is kept for therapy names.
    ax.set_title(label, loc="left", fontsize=style.font_size, pad=2)
    ax.tick_params(labelsize=style.font_size)
    ax.grid(True, axis="y", color=style.grid, linewidth=0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _timeline(ax: Axes, data: TrendsData, style: ChartStyle) -> None:
    """One lane per therapy: regimens as bars labelled with the dose, procedures as markers, stops as ✕."""
    lane_names = []
    first, last = date_x([data.start])[0], date_x([data.end])[0] + 1
    for row, lane in enumerate(reversed(data.lanes)):
        y = row
        lane_names.append(lane.therapy.name)
        labels = dict(zip(lane.regimens, lane.labels, strict=False))
        for regimen in lane.regimens:
            begin = max(date_x([regimen.start])[0], first)
            end = min(date_x([regimen.end])[0] + 1 if regimen.end else last, last)
            if end <= begin:
                continue
            ax.broken_barh([(begin, end - begin)], (y - 0.32, 0.64), facecolors=style.lane,
                           edgecolors=style.lane_edge, linewidth=0.8)  # fmt: skip
            text = labels.get(regimen, "")
            if text and (end - begin) > (last - first) * 0.08:
                ax.text(begin + (last - first) * 0.004, y, text, va="center", ha="left",
                        fontsize=style.font_size - 1.5, clip_on=True)  # fmt: skip
            if regimen.stop_reason and regimen.end and first <= date_x([regimen.end])[0] <= last:
                ax.plot([end], [y], marker="x", color=style.stop, markersize=6, markeredgewidth=1.6)
        days = [p.day for p in lane.procedures if data.start <= p.day <= data.end]
        if days:
            ax.plot(date_x(days), [y] * len(days), linestyle="none", marker="v", color=style.procedure, markersize=8)
    ax.set_yticks(range(len(lane_names)), lane_names, fontsize=style.font_size - 0.5)
    ax.set_ylim(-0.7, len(lane_names) - 0.3)
    ax.grid(True, axis="x", color=style.grid, linewidth=0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
