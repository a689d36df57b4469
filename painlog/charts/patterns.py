"""Where it hurts and what it feels like (bars), and a night's sleep against the pain of the next day (a scatter)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.figure import Figure

from painlog.charts.style import SCREEN, ChartStyle, chart_figure, styled
from painlog.domain.correlation import SleepRelation
from painlog.wording import ENGLISH, Translator
from painlog.wording.sentences import describe_link


@styled
def counts_figure(rows: Sequence[tuple[str, Sequence[tuple[str, int]]]], style: ChartStyle = SCREEN,
                  size: tuple[float, float] = (8, 4), dpi: float = 100,
                  tr: Translator = ENGLISH) -> Figure:  # fmt: skip
    """One horizontal bar chart per (title, [(label, days)]), most reported at the top."""
    fig = chart_figure(size, dpi, "constrained")
    axes = fig.subplots(1, len(rows), squeeze=False)[0]
    for ax, (title, counts) in zip(axes, rows, strict=True):
        labels = [label for label, _ in counts][::-1]
        values = [n for _, n in counts][::-1]
        ax.barh(range(len(values)), values, color=style.lane, edgecolor=style.lane_edge)
        ax.set_yticks(range(len(labels)), labels, fontsize=style.font_size)
        ax.set_title(title, fontsize=style.font_size + 1)
        ax.set_xlabel(tr("days reported"), fontsize=style.font_size)
        ax.tick_params(labelsize=style.font_size)
        if not counts:  # no scale of "−0.04 … 0.04 days" around nothing
            ax.text(0.5, 0.5, tr("none reported"), transform=ax.transAxes, ha="center", fontsize=style.font_size)
            ax.set_xticks([])
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    return fig


@styled
def sleep_figure(relations: Sequence[tuple[str, SleepRelation]], style: ChartStyle = SCREEN,
                 size: tuple[float, float] = (8, 3.4), dpi: float = 100,
                 tr: Translator = ENGLISH) -> Figure:  # fmt: skip
    """Each night's sleep against the pain of the day after, slightly jittered so equal pairs stay visible."""
    fig = chart_figure(size, dpi, "constrained")
    axes = fig.subplots(1, len(relations), squeeze=False)[0]
    jitter = np.random.default_rng(0)
    for ax, (label, relation) in zip(axes, relations, strict=True):
        if relation.pairs:
            xs = np.array([p[0] for p in relation.pairs], dtype=float)
            ys = np.array([p[1] for p in relation.pairs], dtype=float)
            ax.scatter(xs + jitter.uniform(-0.15, 0.15, len(xs)), ys + jitter.uniform(-0.15, 0.15, len(ys)),
                       s=9, color=style.points, alpha=0.6, linewidths=0)  # fmt: skip
        link = describe_link(relation, tr)
        if relation.strength == "constant":
            same = tr("sleep the same every day") if relation.constant == "sleep" else tr("pain the same every day")
            link = tr("{link} ({same})").format(link=link, same=same)
        ax.set_title(tr("{label}: {link}, %n day(s)", None, len(relation.pairs)).format(label=label, link=link),
                     fontsize=style.font_size + 0.5)  # fmt: skip
        ax.set_xlabel(tr("{label} of the night (higher is better)\neach dot is a night and the day after it")
                      .format(label=label),
                      fontsize=style.font_size)  # fmt: skip
        # Short enough for the shortest panel (it was cut off there): the scale shows 0 and 10.
        ax.set_ylabel(tr("pain the\nnext day"), fontsize=style.font_size)
        if not relation.pairs:
            ax.set_xticks([])
        ax.set_ylim(-0.5, 10.5)
        ax.tick_params(labelsize=style.font_size)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    return fig
