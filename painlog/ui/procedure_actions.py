"""On the Therapies page, under a procedure or a stimulator: its diaries — the block diary, the follow-ups with
their answers, the stimulator trials with their days — and the buttons that start and fill them."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from painlog.domain.block_diary import block_result
from painlog.domain.follow_ups import follow_up_days
from painlog.domain.therapy import Procedure, Therapy
from painlog.ui.plain_text import plain_label
from painlog.ui.procedure_diaries import BLOCK_KINDS, TRIAL_KINDS, ProcedureDiaries
from painlog.ui.words import (
    describe_peak,
    describe_span,
    describe_trial,
    describe_trial_day,
    describe_trial_days,
    follow_up_lines,
    tr,
    trial_on,
)


class ProcedureActions(QWidget):
    def __init__(self, diaries: ProcedureDiaries, message: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diaries = diaries
        self._message = message
        self._therapy: Therapy | None = None
        self._procedure: Procedure | None = None
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for key, slot in (("block", self.block), ("follow_up", self.follow_up), ("trial", self.trial),
                          ("trial_day", self.trial_day)):  # fmt: skip
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        self.show_for(None, None)

    def show_for(self, therapy: Therapy | None, procedure: Procedure | None) -> None:
        """The diaries of `procedure` (the one chosen in the history), or of the stimulator `therapy`."""
        self._therapy, self._procedure = therapy, procedure
        kind = therapy.kind if therapy else ""
        lines: list[str] = []
        for button in self.buttons.values():
            button.hide()
        repository = self._diaries.repository
        if therapy is not None and procedure is not None and procedure.id is not None:
            day = procedure.day.isoformat()
            if kind in BLOCK_KINDS:
                sheet = repository.sheet(procedure.id)
                self._show("block", tr("Open the block diary") if sheet else tr("Start a block diary…"),
                           tr("Block diary of {name} on {day}").format(name=therapy.name, day=day))  # fmt: skip
                lines += self._blocks(therapy)
            if follow_up_days(kind):
                lines.append(tr("Follow-ups after {day}:").format(day=day))
                lines += ["    " + line for line in follow_up_lines(
                    kind, procedure.day, repository.follow_ups(procedure.id), self._diaries.checkins.all(),
                    self._diaries.today())]  # fmt: skip
                name = tr("Answer a follow-up after {name} on {day}").format(name=therapy.name, day=day)
                self._show("follow_up", tr("Answer a follow-up…"), name)
                self.buttons["follow_up"].setEnabled(bool(self._diaries.follow_up_choices(procedure, kind)))
        if therapy is not None and kind in TRIAL_KINDS and therapy.id is not None:
            trials = repository.trials(therapy.id)
            for trial in trials:  # each trial in a line, and its latest day
                days = repository.days(trial.id or 0)
                lines.append(f"{describe_trial(trial)}: {describe_trial_days(trial, days)}")
                if days:
                    lines.append("    " + tr("latest: {day}").format(day=describe_trial_day(days[-1])))
            name = tr("Start a stimulator trial of {name}").format(name=therapy.name)
            self._show("trial", tr("Start a trial…"), name)
            self._show("trial_day", tr("Record a trial day…"),
                       tr("Record a trial day of {name}").format(name=therapy.name))  # fmt: skip
            self.buttons["trial_day"].setEnabled(bool(trials))
        self.summary.setText("\n".join(lines))
        self.summary.setVisible(bool(lines))

    def _blocks(self, therapy: Therapy) -> list[str]:
        """Every block of this therapy with a diary, one under the other: a second block beside the first."""
        repository = self._diaries.repository
        lines = []
        for procedure in self._diaries.therapies.procedures(therapy.id):
            sheet = repository.sheet(procedure.id or 0)
            if sheet is not None:
                result = block_result(sheet, repository.ratings(procedure.id or 0), self._diaries.now())
                lines.append(tr("Block diary of {day}: {peak}").format(day=procedure.day.isoformat(),
                                                                       peak=describe_peak(result)))  # fmt: skip
                lines += ["    " + describe_span(span) for span in result.spans]
        return lines

    def _show(self, key: str, text: str, name: str) -> None:
        button = self.buttons[key]
        button.setText(text)
        button.setAccessibleName(name)
        button.setEnabled(not self._diaries.read_only or key == "block")
        button.show()

    def block(self) -> None:
        if self._therapy is not None and self._procedure is not None:
            if self._diaries.repository.sheet(self._procedure.id or 0) is None and self._diaries.read_only:
                return
            self._diaries.start_block(self, self._therapy, self._procedure, self._message)
            self.show_for(self._therapy, self._procedure)

    def follow_up(self) -> None:
        if self._therapy is not None and self._procedure is not None:
            self._diaries.answer_follow_up(self, self._therapy, self._procedure, self._message)
            self.show_for(self._therapy, self._procedure)

    def trial(self) -> None:
        if self._therapy is not None:
            self._diaries.start_trial(self, self._therapy, self._message)
            self.show_for(self._therapy, self._procedure)

    def trial_day(self) -> None:
        if self._therapy is None or self._therapy.id is None:
            return
        trials = self._diaries.repository.trials(self._therapy.id)
        trial = trial_on(trials, self._diaries.today()) or (trials[-1] if trials else None)
        if trial is not None:
            self._diaries.record_trial_day(self, trial, self._message)
            self.show_for(self._therapy, self._procedure)
