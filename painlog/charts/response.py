"""Before and after one event: daily pain around it, the baseline and response windows shaded, their means."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import matplotlib.dates as mdates
import numpy as np
from matplotlib.figure import Figure

from painlog.charts.style import SCREEN, ChartStyle, chart_figure, styled
from painlog.charts.trends import MonthsIn, date_x, zero_to_ten_axis
from painlog.domain.checkin import CheckIn
from painlog.domain.response import BASELINE_DAYS, Response
from painlog.wording import ENGLISH, Translator


@styled
def response_figure(response: Response, checkins: Sequence[CheckIn], style: ChartStyle = SCREEN,
                    size: tuple[float, float] = (8, 3.2), dpi: float = 100,
                    tr: Translator = ENGLISH) -> Figure:  # fmt: skip
    event = response.event
    b_start, b_end = event.baseline_days()
    r_start, r_end = event.response_days()
    first, last = b_start - timedelta(days=7), r_end + timedelta(days=7)
    shown = [c for c in checkins if first <= c.day <= last]
    fig = chart_figure(size, dpi, "constrained")
    ax = fig.subplots()
    ax.axvspan(
        date_x([b_start])[0],
        date_x([b_end])[0] + 1,
        color=style.baseline,
        label=tr("before (%n day(s))", None, BASELINE_DAYS),
        linewidth=0,
    )
    ax.axvspan(date_x([r_start])[0], date_x([r_end])[0] + 1, color=style.response, label=tr("after"), linewidth=0)
    if shown:
        ax.plot(date_x([c.day for c in shown]), np.array([c.pain_avg for c in shown], dtype=float), linestyle="none",
                marker="o", markersize=3.5, color=style.points, label=tr("a day's pain"))  # fmt: skip
    ax.axvline(date_x([event.day])[0], color=style.procedure, linewidth=1.5, linestyle="--", label=tr("the day itself"))
    if response.pain is not None:
        ax.hlines(float(response.pain.before), date_x([b_start])[0], date_x([b_end])[0] + 1, color=style.pain,
                  linewidth=2.5, label=tr("mean before, after"))  # fmt: skip
        ax.hlines(float(response.pain.after), date_x([r_start])[0], date_x([r_end])[0] + 1, color=style.pain,
                  linewidth=2.5, linestyle=style.sleep_dash)  # fmt: skip
    zero_to_ten_axis(ax, tr("Pain 0–10 (lower is better)"), style)
    ax.set_xlim(date_x([first])[0], date_x([last])[0] + 1)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(MonthsIn(locator, tr))
    # The key sits below the chart, so it never covers a day's pain.
    # Below the dates and their year (longer words in another language reach the year at the right).
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.24), fontsize=style.font_size - 1, frameon=False, ncols=3)
    return fig
