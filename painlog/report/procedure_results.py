"""A procedure diary's report as plain data: a diagnostic block's sheets (the therapy's blocks side by side,
the one asked for in detail), follow-ups after an ablation or injection, or a stimulator trial against the
week before. Computed before any layout, tested without Qt; procedure_document.py words and arranges it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from painlog.domain.block_diary import BlockDiary, BlockResult, TimedRating, block_result
from painlog.domain.follow_ups import FollowUpResult, follow_up_days, follow_up_result
from painlog.domain.stimulator_trial import Trial, TrialDay, TrialResult, trial_result
from painlog.domain.therapy import Procedure, Therapy
from painlog.report.sources import DiarySource
from painlog.wording import ENGLISH, Translator


@dataclass(frozen=True)
class BlockReport:
    procedure: Procedure
    sheet: BlockDiary
    ratings: tuple[TimedRating, ...]
    result: BlockResult


@dataclass(frozen=True)
class FollowUpReport:
    procedure: Procedure
    result: FollowUpResult


@dataclass(frozen=True)
class TrialReport:
    trial: Trial
    days: tuple[TrialDay, ...]
    result: TrialResult


@dataclass(frozen=True)
class ProcedureReport:
    therapy: Therapy
    made: date
    patient: str
    birth_date: str
    blocks: tuple[BlockReport, ...] = ()  # the therapy's blocks with a sheet, by date
    follow_ups: tuple[FollowUpReport, ...] = ()  # the therapy's procedures (repeats beside each other), by date
    trial: TrialReport | None = None
    asked: int | None = None  # the procedure the report was asked for

    @property
    def asked_block(self) -> BlockReport | None:
        return next((b for b in self.blocks if b.procedure.id == self.asked), self.blocks[0] if self.blocks else None)

    @property
    def empty(self) -> bool:
        return not (self.blocks or self.follow_ups or self.trial)


def _as_of(made: date) -> datetime:
    return datetime.combine(made, time.max)


def procedure_report(source: DiarySource, procedure_id: int, made: date) -> ProcedureReport:
    """The report of one procedure; LookupError when the diary has no such procedure."""
    found = next(((t, p) for t, p in source.therapies.procedures_between(date.min, date.max) if p.id == procedure_id),
                 None)  # fmt: skip
    if found is None:
        raise LookupError(procedure_id)
    therapy, procedure = found
    ordered = sorted(source.therapies.procedures(therapy.id), key=lambda p: (p.day, p.id or 0))
    diaries = source.procedure_diaries
    blocks = []
    for p in ordered:
        sheet = diaries.sheet(p.id) if p.id is not None else None
        if sheet is not None:
            ratings = tuple(diaries.ratings(sheet.procedure_id))
            blocks.append(BlockReport(p, sheet, ratings, block_result(sheet, ratings, _as_of(made))))
    follow = []
    if follow_up_days(therapy.kind):
        checkins = source.checkins.all()
        for p in ordered:
            if p.id is not None and p.day <= made:
                result = follow_up_result(therapy.kind, p.day, diaries.follow_ups(p.id), checkins, made)
                follow.append(FollowUpReport(p, result))
    return ProcedureReport(therapy, made, source.settings.get("patient_name"), source.settings.get("birth_date"),
                           tuple(blocks), tuple(follow), asked=procedure.id)  # fmt: skip


def trial_report(source: DiarySource, trial_id: int, made: date) -> ProcedureReport:
    """The report of one stimulator trial; LookupError when the diary has no such trial."""
    diaries = source.procedure_diaries
    trial = next((t for t in diaries.trials() if t.id == trial_id), None)
    if trial is None:
        raise LookupError(trial_id)
    therapy = source.therapies.get(trial.therapy_id)
    days = tuple(d for d in diaries.days(trial_id) if d.day <= made)
    start, _ = trial.baseline()
    result = trial_result(trial, days, source.checkins.between(start, made), source.therapies.all(),
                          source.therapies.regimens(), source.doses.between(start, made))  # fmt: skip
    return ProcedureReport(therapy, made, source.settings.get("patient_name"), source.settings.get("birth_date"),
                           trial=TrialReport(trial, days, result))  # fmt: skip


def listing(source: DiarySource) -> str:
    """The procedures and trials a report can be made of, for a message: "procedures 3 (Medial branch block,
    2026-10-03), 4 (…); trials 1 (Spinal cord stimulator, 2026-10-20)" or "no procedure or trial"."""
    procedures = [f"{p.id} ({t.name}, {p.day.isoformat()})" for t, p in source.therapies.procedures_between(
        date.min, date.max)]  # fmt: skip
    names = {t.id: t.name for t in source.therapies.all()}
    trials = [
        f"{t.id} ({names.get(t.therapy_id, '')}, {t.start.isoformat()})" for t in source.procedure_diaries.trials()
    ]
    parts = []
    if procedures:
        parts.append("procedures " + ", ".join(procedures))
    if trials:
        parts.append("trials " + ", ".join(trials))
    return "; ".join(parts) or "no procedure or trial"


def report_choices(source: DiarySource, tr: Translator = ENGLISH) -> list[tuple[str, str, int]]:
    """The procedure diaries a report can be printed for, as (label, "procedure" or "trial", id), newest first:
    procedures with a block sheet or follow-ups due by their kind, and stimulator trials."""
    diaries = source.procedure_diaries
    found: list[tuple[date, str, str, int]] = []
    for therapy, p in source.therapies.procedures_between(date.min, date.max):
        if p.id is not None and (diaries.sheet(p.id) is not None or follow_up_days(therapy.kind)):
            found.append((p.day, f"{therapy.name}, {p.day.isoformat()}", "procedure", p.id))
    names = {t.id: t.name for t in source.therapies.all()}
    for trial in diaries.trials():
        if trial.id is not None:
            label = tr("{name} trial, {start} to {end}").format(
                name=names.get(trial.therapy_id, ""), start=trial.start.isoformat(), end=trial.end.isoformat()
            )
            found.append((trial.start, label, "trial", trial.id))
    return [(label, kind, key) for _, label, kind, key in sorted(found, reverse=True)]
