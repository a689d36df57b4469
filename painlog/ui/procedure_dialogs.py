"""Dialogs of the procedure diaries: what the patient sets down before a diagnostic block, a follow-up after an
ablation or an epidural, a stimulator trial's dates, and one trial day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from painlog.domain import clock
from painlog.domain.block_diary import ANAESTHETIC_HOURS, DEFAULT_TIMES, MAX_ACTIVITIES, BlockDiary
from painlog.domain.errors import ValidationError
from painlog.domain.follow_ups import FollowUp
from painlog.domain.stimulator_trial import Trial, TrialDay
from painlog.domain.therapy import Procedure, Therapy
from painlog.ui.form_dialog import FormDialog, choice_input, chosen, date_input, date_of, datetime_input, moment_of
from painlog.ui.plain_text import plain_label
from painlog.ui.scale_input import ScaleInput
from painlog.ui.style import set_tone
from painlog.ui.words import ANAESTHETIC_WORDS, after_words, day_words, offset, parse_times, tr, words_of
from painlog.wording import QT_TR_NOOP


def optional_spin(high: int, suffix: str, name: str) -> QSpinBox:
    """A whole number that may be left out: its lowest step reads "not given"."""
    spin = QSpinBox()
    spin.setRange(-1, high)
    spin.setSpecialValueText(tr("not given"))
    spin.setSuffix(suffix)
    spin.setValue(-1)
    spin.setAccessibleName(name)
    return spin


def spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() < 0 else spin.value()


class BlockSetupDialog(FormDialog):
    """Before a diagnostic block: the usual pain, what usually provokes it, the anaesthetic and the sheet's times."""

    what = QT_TR_NOOP("this block diary")

    def __init__(self, parent: QWidget | None, *, therapy: Therapy, procedure: Procedure, now: datetime,
                 sheet: BlockDiary | None = None) -> None:  # fmt: skip
        super().__init__(parent, tr("Block diary for {name}").format(name=therapy.name))
        self._procedure_id = procedure.id or 0
        intro = plain_label(tr("Fill this in before the block. Relief afterwards is measured against your usual "
                               "pain, and tested with the activities that usually bring the pain on."))  # fmt: skip
        intro.setWordWrap(True)
        set_tone(intro, "hint")
        self.layout_.insertWidget(0, intro)
        self.usual = ScaleInput("usual_pain", required=True)
        self.form.addRow(self.usual)
        self.activities = []
        for n in range(1, MAX_ACTIVITIES + 1):
            line = QLineEdit()
            line.setPlaceholderText(tr("for example: standing up from a chair") if n == 1 else tr("optional"))
            line.setAccessibleName(tr("Activity {n} that usually brings the pain on").format(n=n))
            self.activities.append(line)
            self.form.addRow(tr("Activity {n}").format(n=n), line)
        self.anaesthetic = choice_input(words_of(ANAESTHETIC_WORDS))
        self.anaesthetic.setAccessibleName(tr("The local anaesthetic"))
        self.other_name = QLineEdit()
        self.other_name.setPlaceholderText(tr("its name, as the clinic gave it"))
        self.other_name.setAccessibleName(tr("Name of the other anaesthetic"))
        self.form.addRow(tr("Local anaesthetic"), self.anaesthetic)
        self.form.addRow(tr("Its name"), self.other_name)
        self.low = QSpinBox()
        self.high = QSpinBox()
        for spin, name in ((self.low, tr("Expected to last at least, hours")),
                           (self.high, tr("Expected to last at most, hours"))):  # fmt: skip
            spin.setRange(0, 48)
            spin.setSpecialValueText(tr("not known"))
            spin.setSuffix(tr(" h"))
            spin.setAccessibleName(name)
        hours = QWidget()
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.low)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(self.high)
        row.addStretch(1)
        self.form.addRow(tr("Expected to last"), hours)
        self.block_at = datetime_input(now, latest=clock.latest_moment())
        self.block_at.setAccessibleName(tr("When the block is given"))
        self.form.addRow(tr("Block given at"), self.block_at)
        self.times = QLineEdit(", ".join(offset(m) for m in DEFAULT_TIMES))
        self.times.setAccessibleName(tr("Rating times after the block, hours:minutes"))
        self.form.addRow(tr("Rate the pain at (after the block)"), self.times)
        self.anaesthetic.currentIndexChanged.connect(self._anaesthetic_changed)
        if sheet is not None:
            self._fill(sheet)
        self._anaesthetic_changed(keep_hours=sheet is not None)
        self.usual.setFocus()

    def _fill(self, sheet: BlockDiary) -> None:
        self.usual.set_value(sheet.usual_pain)
        for line, text in zip(self.activities, sheet.activities, strict=False):
            line.setText(text)
        known = sheet.anaesthetic if sheet.anaesthetic in ANAESTHETIC_HOURS else "other" if sheet.anaesthetic else ""
        self.anaesthetic.setCurrentIndex(self.anaesthetic.findData(known))
        self.other_name.setText(sheet.anaesthetic if known == "other" else "")
        low, high = sheet.expected_hours or (0, 0)
        self.low.setValue(low)
        self.high.setValue(high)
        self.block_at.setDateTime(datetime_input(sheet.block_at).dateTime())
        self.times.setText(", ".join(offset(m) for m in sheet.times))

    def _anaesthetic_changed(self, *_: object, keep_hours: bool = False) -> None:
        code = chosen(self.anaesthetic)
        self.form.setRowVisible(self.other_name, code == "other")
        if not keep_hours:  # the commonly cited duration, which the clinic's own figure may replace
            low, high = ANAESTHETIC_HOURS.get(code, (0, 0))
            self.low.setValue(low)
            self.high.setValue(high)

    def value(self) -> BlockDiary:
        usual = self.usual.value()
        if usual is None:
            raise ValidationError("usual_pain", tr("Choose your usual pain, 1 to 10."))
        code = chosen(self.anaesthetic)
        name = self.other_name.text().strip() if code == "other" else code
        low, high = self.low.value(), self.high.value()
        if (low == 0) != (high == 0):
            raise ValidationError("expected_hours", tr("Give both hours of how long it is expected to last, or "
                                                       "neither."))  # fmt: skip
        return BlockDiary(self._procedure_id, moment_of(self.block_at), usual,
                          tuple(line.text().strip() for line in self.activities if line.text().strip()), name,
                          (low, high) if low else None, parse_times(self.times.text())).validated()  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget | None, *, therapy: Therapy, procedure: Procedure, now: datetime,
            sheet: BlockDiary | None = None) -> BlockDiary | None:  # fmt: skip
        return cls.run(cls(parent, therapy=therapy, procedure=procedure, now=now, sheet=sheet))


class FollowUpDialog(FormDialog):
    """A follow-up after an ablation or an epidural injection: the pain now, and the relief if the patient knows."""

    what = QT_TR_NOOP("this follow-up")

    def __init__(self, parent: QWidget | None, *, therapy: Therapy, procedure: Procedure, choices: Sequence[int],
                 chosen_after: int, today: date) -> None:  # fmt: skip
        super().__init__(parent, tr("How is the pain since {name}?").format(name=therapy.name))
        self._procedure = procedure
        self._kind = therapy.kind
        self._today = today
        self.which = QComboBox()
        self.which.setAccessibleName(tr("Which follow-up"))
        for after in choices:
            day = day_words(procedure.day + timedelta(days=after), today)
            self.which.addItem(tr("{after} after ({day})").format(after=after_words(after), day=day), after)
        self.which.setCurrentIndex(max(0, self.which.findData(chosen_after)))
        self.form.addRow(tr("Follow-up"), self.which)
        self.pain = ScaleInput("pain_now", required=True)
        self.form.addRow(self.pain)
        self.relief = optional_spin(100, " %", tr("Relief since the procedure, percent (optional)"))
        self.form.addRow(tr("Relief since the procedure (optional)"), self.relief)
        self.pain.setFocus()

    def value(self) -> FollowUp:
        pain = self.pain.value()
        if pain is None:
            raise ValidationError("pain", tr("Choose your pain now, 0 to 10."))
        return FollowUp(self._procedure.id or 0, chosen(self.which), self._today, pain,
                        spin_value(self.relief)).validated(self._procedure.day, self._kind)  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget | None, *, therapy: Therapy, procedure: Procedure, choices: Sequence[int],
            chosen_after: int, today: date) -> FollowUp | None:  # fmt: skip
        return cls.run(cls(parent, therapy=therapy, procedure=procedure, choices=choices, chosen_after=chosen_after,
                           today=today))  # fmt: skip


class TrialDialog(FormDialog):
    """A stimulator trial's first and last day (usually 3–10 days)."""

    what = QT_TR_NOOP("this trial")

    def __init__(self, parent: QWidget | None, *, therapy: Therapy, today: date) -> None:
        super().__init__(parent, tr("Stimulator trial: {name}").format(name=therapy.name))
        self._therapy_id = therapy.id or 0
        self.start = date_input(today)
        self.start.setAccessibleName(tr("First day of the trial"))
        self.end = date_input(today)
        self.end.setDate(self.start.date().addDays(6))
        self.end.setAccessibleName(tr("Last day of the trial"))
        self.form.addRow(tr("First day"), self.start)
        self.form.addRow(tr("Last day"), self.end)
        note = plain_label(tr("The 7 days before the first day are what the trial is compared with: keep your "
                              "daily check-ins then, and each day of the trial."))  # fmt: skip
        note.setWordWrap(True)
        set_tone(note, "hint")
        self.layout_.insertWidget(1, note)

    def value(self) -> Trial:
        return Trial(self._therapy_id, date_of(self.start), date_of(self.end)).validated()

    @classmethod
    def ask(cls, parent: QWidget | None, *, therapy: Therapy, today: date) -> Trial | None:
        return cls.run(cls(parent, therapy=therapy, today=today))


class TrialDayDialog(FormDialog):
    """One day of a stimulator trial: % relief, what the patient did, minutes walked (the check-in stays as is)."""

    what = QT_TR_NOOP("this trial day")

    def __init__(self, parent: QWidget | None, *, trial: Trial, day: date, stored: TrialDay | None = None) -> None:
        super().__init__(parent, tr("Stimulator trial, {day}").format(day=day.isoformat()))
        self._trial = trial
        self.day = date_input(day, latest=trial.end)
        self.day.setMinimumDate(date_input(trial.start).date())
        self.day.setAccessibleName(tr("Day of the trial"))
        self.relief = optional_spin(100, " %", tr("Relief today, percent (0 none, 100 complete)"))
        self.activities = QLineEdit()
        self.activities.setPlaceholderText(tr("for example: shopping, gardening, drove to town"))
        self.activities.setAccessibleName(tr("What you did today"))
        self.walked = optional_spin(24 * 60, tr(" minutes"), tr("Minutes walked today"))
        self.form.addRow(tr("Day"), self.day)
        self.form.addRow(tr("Relief today (0 % none, 100 % complete)"), self.relief)
        self.form.addRow(tr("What you did"), self.activities)
        self.form.addRow(tr("Minutes walked"), self.walked)
        if stored is not None:
            self.relief.setValue(-1 if stored.relief_percent is None else stored.relief_percent)
            self.activities.setText(stored.activities)
            self.walked.setValue(-1 if stored.walked_minutes is None else stored.walked_minutes)
        self.relief.setFocus()

    def value(self) -> TrialDay:
        return TrialDay(self._trial.id or 0, date_of(self.day), spin_value(self.relief),
                        self.activities.text().strip(), spin_value(self.walked)).validated(self._trial)  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget | None, *, trial: Trial, day: date, stored: TrialDay | None = None) -> TrialDay | None:
        return cls.run(cls(parent, trial=trial, day=day, stored=stored))
