"""Speed of painlog on a 10-year diary, each figure as a ratio to a bare baseline measured in the same run.

Run: `python benchmarks/run.py [--repeat N]`. Prints one line per benchmark:
`<name>: <ours> s, baseline <bare> s, ratio <r>` (medians). Targets are in the issues; nothing here fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from diary_10y import diary_10y  # noqa: E402

HERE = Path(__file__).parent


def median_time(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, ours: float, bare: float) -> None:
    print(f"{name}: {ours:.4f} s, baseline {bare:.4f} s, ratio {ours / bare:.2f}", flush=True)


def startup(db: Path, repeat: int) -> None:
    """Process start to the main window shown, against a bare PySide6 QMainWindow."""

    def launch(*args: str) -> Callable[[], None]:
        def run() -> None:
            result = subprocess.run(
                [sys.executable, str(HERE / "startup_probe.py"), *args], capture_output=True, text=True
            )
            if result.returncode != 0 or "shown" not in result.stdout:
                raise SystemExit(f"start-up probe failed: {result.stderr.strip()}")

        return run

    ours_runs, floor_runs, bare_runs = [], [], []
    for _ in range(repeat):  # interleaved, so all see the same machine load
        ours_runs.append(median_time(launch("painlog", str(db)), 1))
        floor_runs.append(median_time(launch("floor", str(db)), 1))
        bare_runs.append(median_time(launch("bare"), 1))
    report("startup", statistics.median(ours_runs), statistics.median(bare_runs))
    # What any painlog window pays before its own widgets (see startup_probe.py): the target's context.
    report("  startup floor", statistics.median(floor_runs), statistics.median(bare_runs))


def save(db: Path, repeat: int) -> None:
    """Saving a check-in, committed and durable, against a bare INSERT + COMMIT with the same pragmas."""
    from painlog.domain.checkin import CheckIn
    from painlog.storage.diary import open_diary

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "diary.sqlite"
        shutil.copyfile(db, copy)
        days = iter(date.today() - timedelta(days=n) for n in range(10 * repeat))
        with open_diary(copy) as diary:

            def ours() -> None:
                day = next(days)
                diary.checkins.save(
                    CheckIn(day=day, pain_avg=5, enjoyment=4, activity=6, mood=6, locations=("lower_back",))
                )

            ours_time = median_time(ours, repeat)
        conn = sqlite3.connect(copy)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")

        def bare() -> None:
            day = next(days).isoformat()
            conn.execute(
                "INSERT OR REPLACE INTO checkins (date, pain_avg, enjoyment, activity, mood, locations, "
                "created_at, updated_at) VALUES (?, 5, 4, 6, 6, '[\"lower_back\"]', 't', 't')",
                [day],
            )
            conn.commit()

        bare_time = median_time(bare, repeat)
        conn.close()
    report("save", ours_time, bare_time)


def history(db: Path, repeat: int) -> None:
    """Filling the History model with 10 years, against fetching the raw rows."""
    from PySide6.QtWidgets import QApplication

    from painlog.domain.history import day_rows
    from painlog.storage.diary import open_diary
    from painlog.ui.history_model import HistoryModel

    QApplication.instance() or QApplication([])
    with open_diary(db) as diary:
        model = HistoryModel()

        def ours() -> None:
            model.load(day_rows(diary.checkins.all(), diary.episodes.count_by_day(), date.today()))

        ours_time = median_time(ours, repeat)
        assert model.rowCount() >= 3650
    conn = sqlite3.connect(db)
    bare_time = median_time(lambda: conn.execute("SELECT * FROM checkins ORDER BY date").fetchall(), repeat)
    conn.close()
    report("history", ours_time, bare_time)


def chart_10y(db: Path, repeat: int) -> None:
    """The full trends chart of 10 years with therapy lanes, built and drawn, against a bare line plot of the
    raw daily pain series drawn on the same canvas size."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from painlog.charts.trends import trends_figure
    from painlog.report.sources import trends_data
    from painlog.storage.diary import open_diary

    size = (12.0, 8.0)
    with open_diary(db) as diary:
        checkins = diary.checkins.all()
        first, last = checkins[0].day, checkins[-1].day

        def ours() -> None:  # the check-ins in memory, as the Trends page holds them and the baseline has them
            figure = trends_figure(trends_data(diary, first, last, checkins), size=size)
            FigureCanvasAgg(figure).draw()

        ours_time = median_time(ours, repeat)

    def bare() -> None:
        figure = Figure(figsize=size)
        figure.subplots().plot([c.day for c in checkins], [c.pain_avg for c in checkins])
        FigureCanvasAgg(figure).draw()

    report("chart_10y", ours_time, median_time(bare, repeat))


def range_switch(db: Path, repeat: int) -> None:
    """Switching the Trends page from 90 days to all of a 10-year diary, drawn on screen, against showing one
    line of the raw 10-year series on a bare canvas of the same size."""
    from PySide6.QtWidgets import QApplication

    from painlog.storage.diary import open_diary
    from painlog.ui.chart_canvas import ChartCanvas
    from painlog.ui.trends_page import TrendsPage

    app = QApplication.instance() or QApplication([])
    with open_diary(db) as diary:
        page = TrendsPage(diary)
        page.resize(1200, 800)
        page.show()
        app.processEvents()

        times = []
        for _ in range(repeat):
            page.show_last(90)
            page.trends_canvas.draw()
            start = time.perf_counter()
            page.show_last(None)  # the switch the person makes: 90 days → all
            page.trends_canvas.draw()
            times.append(time.perf_counter() - start)
        ours_time = statistics.median(times)
        page.close()
        checkins = diary.checkins.all()
    canvas = ChartCanvas()
    canvas.resize(page.trends_canvas.size())
    canvas.show()
    line_x = [c.day for c in checkins]
    line_y = [c.pain_avg for c in checkins]

    def bare() -> None:
        from matplotlib.figure import Figure

        figure = Figure()
        figure.subplots().plot(line_x, line_y)
        canvas.show_figure(figure)
        canvas.draw()

    report("range_switch", ours_time, median_time(bare, repeat))


def _summary(db: Path, repeat: int, days: int | None, name: str) -> None:
    """The visit summary PDF of a period of the 10-year diary, against writing a one-line PDF with Qt."""
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from painlog.report.pdf_file import ensure_gui_application, write_summary_pdf
    from painlog.storage.diary import open_diary

    ensure_gui_application()
    with tempfile.TemporaryDirectory() as folder, open_diary(db) as diary:
        end = diary.checkins.all()[-1].day
        start = end - timedelta(days=days - 1) if days else diary.checkins.first_day()
        pages = []
        out = Path(folder) / "s.pdf"
        ours_time = median_time(
            lambda: pages.append(write_summary_pdf(diary, start, end, out, made=end, replace=True)), repeat
        )

        def bare() -> None:
            writer = QPdfWriter(str(Path(folder) / "bare.pdf"))
            document = QTextDocument()
            document.setPlainText("Pain diary")
            document.print_(writer)
            del writer

        bare_time = median_time(bare, repeat)
    report(name, ours_time, bare_time)
    print(f"  ({name}: {pages[-1]} pages)")


def summary_90d(db: Path, repeat: int) -> None:
    _summary(db, repeat, 90, "summary_90d")


def summary_all(db: Path, repeat: int) -> None:
    _summary(db, repeat, None, "summary_all")


BENCHMARKS = {
    "startup": startup,
    "save": save,
    "history": history,
    "chart_10y": chart_10y,
    "range_switch": range_switch,
    "summary_90d": summary_90d,
    "summary_all": summary_all,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("names", nargs="*", choices=[*BENCHMARKS, []], help="default: all")
    args = parser.parse_args()
    db = diary_10y()
    for name in args.names or BENCHMARKS:
        BENCHMARKS[name](db, args.repeat if name != "startup" else max(5, args.repeat // 2))


if __name__ == "__main__":
    main()
