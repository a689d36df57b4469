"""The clock behind a block diary's sheet: one timer that keeps the countdown current and says when a rating
time falls due, driven by a clock that tests replace (nothing here sleeps or reads the time itself)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from painlog.domain.block_diary import BlockDiary, TimedRating
from painlog.ui.words import newly_due

TICK_MS = 10_000  # the countdown is in whole minutes: a tick every 10 s keeps it within a few seconds


class BlockScheduler(QObject):
    """`ticked` on every tick (the window shows the countdown and the states again); `fell_due(minutes)` once per
    rating time, when it falls due while painlog runs (or at once, when painlog starts during its window)."""

    ticked = Signal()
    fell_due = Signal(int)

    def __init__(self, sheet: BlockDiary, ratings: Callable[[], Sequence[TimedRating]],
                 now: Callable[[], datetime], parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.sheet = sheet
        self._ratings = ratings
        self._now = now
        self._announced: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def now(self) -> datetime:
        return self._now()

    def start(self) -> None:
        self.timer.start()
        self.tick()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        """What the timer does; tests call it after moving their clock on."""
        due = newly_due(self.sheet, self._ratings(), self._now(), self._announced)
        self.ticked.emit()
        if due is not None:
            self._announced.add(due)
            self.fell_due.emit(due)
