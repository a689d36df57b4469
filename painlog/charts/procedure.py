"""The relief curve of diagnostic blocks: % relief against the usual pain by hours after the block, with the 50 %
and 80 % lines and, where the anaesthetic was entered, its expected duration shaded. A second block is drawn
beside the first on the same axes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from matplotlib.figure import Figure

from painlog.charts.style import SCREEN, ChartStyle, chart_figure, styled
from painlog.domain.block_diary import THRESHOLDS
from painlog.wording import ENGLISH, Translator


@dataclass(frozen=True)
class Curve:
    label: str  # "1st block, 2026-10-03 (lidocaine)"
    points: tuple[tuple[int, Fraction], ...]  # (minutes after the block, % relief)
    expected_hours: tuple[int, int] | None = None


MARKERS = ("o", "s", "^", "D")
DASHES = ("-", "--", "-.", ":")


@styled
def relief_figure(curves: Sequence[Curve], style: ChartStyle = SCREEN, size: tuple[float, float] = (7, 3.2),
                  dpi: float = 100, tr: Translator = ENGLISH) -> Figure:  # fmt: skip
    fig = chart_figure(size, dpi, "constrained")
    ax = fig.subplots()
    colours = (style.pain, style.peg, style.mood, style.sleep)
    longest = max((m for c in curves for m, _ in c.points), default=480) / 60
    for n, curve in enumerate(curves):
        if curve.expected_hours is not None:  # a bar along the bottom, one per block, so none covers another
            low, high = curve.expected_hours
            which = curve.label.split(",")[0]
            ax.axvspan(low, high, ymin=0.02 + 0.05 * n, ymax=0.06 + 0.05 * n, color=colours[n % 4], alpha=0.35,
                       linewidth=0, label=f"expected to wear off {low}–{high} h ({which})")  # fmt: skip
            longest = max(longest, high)
        if curve.points:
            hours = [m / 60 for m, _ in curve.points]
            ax.plot(hours, [float(v) for _, v in curve.points], color=colours[n % 4], marker=MARKERS[n % 4],
                    linestyle=DASHES[n % 4], linewidth=1.8, markersize=5, label=curve.label)  # fmt: skip
    for threshold, dash in zip(THRESHOLDS, (":", "--"), strict=True):
        ax.axhline(threshold, color=style.ink, linewidth=0.9, linestyle=dash)
        ax.text(0.05, threshold + 2, f"{threshold} %", fontsize=style.font_size - 1, color=style.ink, va="bottom")
    ax.set_xlim(0, longest * 1.05)
    ax.set_ylim(min([-20.0, *(float(v) - 5 for c in curves for _, v in c.points)]), 105)  # no rating yet: -20
    ax.set_xlabel(tr("hours after the block"), fontsize=style.font_size)
    ax.set_ylabel(tr("% relief"), fontsize=style.font_size)  # of the usual pain: the heading above says so
    ax.tick_params(labelsize=style.font_size)
    ax.grid(True, axis="y", color=style.grid, linewidth=0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), fontsize=style.font_size - 1, frameon=False, ncols=2)
    return fig
