"""painlog's one timer for everything it brings up by itself (the daily reminder, the question after an as-needed
dose, a block diary's rating times): it ticks and asks painlog.prompting what is due, driven by a clock that tests
replace (nothing here sleeps or reads the time itself)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from painlog.domain.block_diary import BlockDiary, TimedRating
from painlog.prompting import Prompts

TICK_MS = 10_000  # a block sheet's countdown is in whole minutes: a tick every 10 s keeps it within a few seconds


class PromptTimer(QObject):
    """`ticked` on every tick (block sheets show their countdown again); then one signal per prompt that falls
    due: `reminder_due()`, `follow_up_due(dose)`, `block_due(procedure_id, minutes)`."""

    ticked = Signal()
    reminder_due = Signal()
    follow_up_due = Signal(object)
    block_due = Signal(int, int)

    def __init__(self, prompts: Prompts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def now(self) -> datetime:
        return self.prompts.now()

    def start(self) -> None:
        self.timer.start()
        self.tick()

    def stop(self) -> None:
        self.timer.stop()

    def watch_block(self, sheet: BlockDiary, ratings: Callable[[], Sequence[TimedRating]]) -> None:
        """A block sheet shown: its times are said from now on (at once, when one is due already)."""
        if not self.prompts.watching(sheet.procedure_id):
            self.prompts.watch_block(sheet, ratings)
            self.tick()

    def forget_block(self, procedure_id: int) -> None:
        self.prompts.forget_block(procedure_id)

    def tick(self) -> None:
        """What the timer does; tests call it after moving their clock on."""
        due = self.prompts.due()
        self.ticked.emit()
        for procedure_id, minutes in due.blocks:
            self.block_due.emit(procedure_id, minutes)
        if due.reminder:
            self.reminder_due.emit()
        for dose in due.follow_ups:
            self.follow_up_due.emit(dose)
