"""The large synthetic diary the benchmarks run on: 10 years of daily check-ins, several flares a week."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from painlog import demo
from painlog.storage.diary import open_diary

DATA = Path(__file__).parent / "data"
DAYS = 3650
END = date(2026, 10, 31)


def diary_10y() -> Path:
    """The path of the 10-year diary, written once and reused by later runs."""
    path = DATA / "diary-10y.sqlite"
    if path.exists():
        return path
    DATA.mkdir(exist_ok=True)
    partial = path.with_name("partial-" + path.name)
    partial.unlink(missing_ok=True)
    with open_diary(partial) as diary:
        demo.write(diary, demo.generate(days=DAYS, seed=10, end=END, flares_per_week=3.0))
    partial.rename(path)
    return path


if __name__ == "__main__":
    print(diary_10y())
