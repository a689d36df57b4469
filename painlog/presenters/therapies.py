"""What the Therapies page decides, without Qt: the therapies listed, which one is chosen, what each action
writes, and what becomes of it.

The page (painlog/ui/therapies_page.py) lays out the list and the buttons, words everything and asks the
person through its dialogs; it forwards each choice and button here, through `TherapiesView`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Protocol

from painlog.domain import clock
from painlog.domain.errors import KnownProblemError, ValidationError
from painlog.domain.therapy import Procedure, Regimen, SideEffect, Therapy, current_regimen
from painlog.domain.vocabulary import THERAPY_KINDS

ACTIONS = ("change", "stop", "restart", "procedure", "relief", "edit", "delete")  # what a chosen therapy offers


@dataclass(frozen=True)
class Row:
    """One therapy in the list, with what its line says."""

    therapy: Therapy
    regimens: tuple[Regimen, ...]  # oldest first
    procedures: tuple[Procedure, ...]  # oldest first
    current: Regimen | None  # current_regimen()
    running: bool  # a procedure, or a regimen not over: shown in the normal colour, else greyed


@dataclass(frozen=True)
class Group:
    kind: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Chosen:
    """What the detail part shows: the therapy chosen (None: none), its history, the actions it allows."""

    therapy: Therapy | None
    diary_empty: bool  # no therapy at all yet: the page says what to do first
    regimens: tuple[Regimen, ...] = ()
    procedures: tuple[Procedure, ...] = ()
    actions: frozenset[str] = frozenset()  # of ACTIONS


@dataclass(frozen=True)
class EffectRow:
    effect: SideEffect
    cause: Therapy | None  # the therapy it is thought to be from, if still in the diary


class Line(Enum):
    """The message line beside the button that asked: what an action did is said where the person looks."""

    TOP = "top"  # Add a therapy, Report a side effect
    ACTIONS = "actions"  # the chosen therapy's buttons
    EFFECTS = "effects"  # Delete side effect


class Done(Enum):
    THERAPY_ADDED = "therapy added"
    DETAILS_SAVED = "details saved"
    DOSE_CHANGED = "dose changed"
    STARTED_AGAIN = "started again"
    STOPPED = "stopped"
    DATE_ADDED = "date added"
    RELIEF_RECORDED = "relief recorded"
    THERAPY_DELETED = "therapy deleted"  # text: its name
    SIDE_EFFECT_RECORDED = "side effect recorded"
    SIDE_EFFECT_DELETED = "side effect deleted"


@dataclass(frozen=True)
class Said:
    line: Line
    done: Done | None  # None: refused, and nothing of it was kept
    text: str = ""  # the refusal's sentence, or the name a done action names
    error: Exception | None = field(default=None, compare=False)  # the refusal, for the view to word in its language


class TherapiesView(Protocol):
    """What the page shows and asks for this presenter; the widget words it all. An ask_ returns None when the
    person cancelled."""

    def show_therapies(self, groups: Sequence[Group], chosen: int | None) -> None: ...
    def show_chosen(self, chosen: Chosen) -> None: ...
    def show_side_effects(self, rows: Sequence[EffectRow]) -> None: ...
    def say(self, said: Said) -> None: ...
    def clear_lines_but(self, line: Line) -> None: ...  # an older message elsewhere is no longer news
    def ask_therapy(self, therapy: Therapy | None) -> tuple[Therapy, Regimen | Procedure | None] | None: ...
    def ask_regimen(self, therapy: Therapy, base: Regimen, restart: bool) -> tuple[date, Regimen] | None: ...
    def ask_stop(self, therapy: Therapy, current: Regimen) -> tuple[date, str] | None: ...
    def ask_procedure(self, therapy: Therapy) -> Procedure | None: ...
    def ask_relief(self, procedure: Procedure) -> tuple[int, datetime] | None: ...
    def ask_side_effect(self, therapies: list[Therapy]) -> SideEffect | None: ...
    def confirm_delete_therapy(self, therapy: Therapy, counts: Mapping[str, int]) -> bool: ...
    def confirm_delete_side_effect(self, row: EffectRow) -> bool: ...
    def diary_changed(self) -> None: ...


class TherapyStore(Protocol):
    """The therapies; a write that breaks a rule or that the diary refuses raises ValidationError or
    KnownProblemError, and nothing of it is kept."""

    def all(self) -> list[Therapy]: ...
    def regimens(self, therapy_id: int | None = None) -> list[Regimen]: ...
    def procedures(self, therapy_id: int | None = None) -> list[Procedure]: ...
    def current(self, therapy_id: int) -> Regimen | None: ...
    def history_counts(self, therapy_id: int) -> dict[str, int]: ...
    def add(self, therapy: Therapy, first: Regimen | Procedure | None = None) -> Therapy: ...
    def update(self, therapy: Therapy) -> None: ...
    def delete(self, therapy_id: int) -> None: ...
    def change_dose(self, therapy_id: int, new: Regimen, on: date) -> Regimen: ...
    def start_regimen(self, regimen: Regimen) -> Regimen: ...
    def stop(self, therapy_id: int, on: date, reason: str | None) -> None: ...
    def add_procedure(self, procedure: Procedure) -> Procedure: ...
    def record_relief(self, procedure_id: int, percent: int, at: datetime) -> Procedure: ...


class SideEffectStore(Protocol):
    def all(self) -> list[SideEffect]: ...
    def add(self, effect: SideEffect) -> SideEffect: ...
    def delete(self, effect_id: int) -> None: ...


class TherapiesPresenter:
    """The therapies by kind, one of them chosen; each action asks the person, writes, and says what it did."""

    def __init__(self, view: TherapiesView, therapies: TherapyStore, side_effects: SideEffectStore, *,
                 today: Callable[[], date] = clock.today) -> None:  # fmt: skip
        self.view = view
        self._therapies = therapies
        self._side_effects = side_effects
        self._today = today
        self._by_id: dict[int, Therapy] = {}
        self.chosen_id: int | None = None
        self._listing = False

    # ----- showing ---------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the therapies again, keeping the one chosen (or choosing `select`)."""
        select = select if select is not None else self.chosen_id
        today = self._today()
        self._by_id = {t.id: t for t in self._therapies.all() if t.id is not None}
        regimens, procedures = self._therapies.regimens(), self._therapies.procedures()
        groups = []
        for kind in THERAPY_KINDS:
            rows = []
            for therapy in (t for t in self._by_id.values() if t.kind == kind):
                own = tuple(r for r in regimens if r.therapy_id == therapy.id)
                running = therapy.is_procedure or any(r.end is None or r.end >= today for r in own)
                dates = tuple(p for p in procedures if p.therapy_id == therapy.id)
                rows.append(Row(therapy, own, dates, current_regimen(own, today), running))
            if rows:
                groups.append(Group(kind, tuple(rows)))
        self.chosen_id = select if select in self._by_id else None
        self._listing = True  # the list being rebuilt is not the person choosing
        try:
            self.view.show_therapies(groups, self.chosen_id)
        finally:
            self._listing = False
        self._show_chosen()
        effects = reversed(self._side_effects.all())  # newest first
        self.view.show_side_effects([EffectRow(effect, self._therapy(effect.therapy_id)) for effect in effects])

    def choose(self, therapy_id: int | None) -> None:
        """The person chose a therapy in the list (None: a group title, or nothing)."""
        if self._listing:
            return
        self.chosen_id = therapy_id if therapy_id in self._by_id else None
        self._show_chosen()

    def chosen(self) -> Therapy | None:
        return self._therapy(self.chosen_id)

    def _therapy(self, therapy_id: int | None) -> Therapy | None:
        return self._by_id.get(therapy_id) if therapy_id is not None else None

    def procedure(self, procedure_id: int | None) -> Procedure | None:
        """One procedure date of the chosen therapy, as the diary holds it now."""
        therapy = self.chosen()
        if therapy is None or not therapy.is_procedure or procedure_id is None:
            return None
        return next((p for p in self._therapies.procedures(self.chosen_id) if p.id == procedure_id), None)

    def _show_chosen(self) -> None:
        therapy = self.chosen()
        if therapy is None or self.chosen_id is None:
            self.view.show_chosen(Chosen(None, diary_empty=not self._by_id))
            return
        if therapy.is_procedure:
            procedures = tuple(self._therapies.procedures(self.chosen_id))
            actions = {"edit", "delete", "procedure"} | ({"relief"} if procedures else set())
            self.view.show_chosen(Chosen(therapy, False, procedures=procedures, actions=frozenset(actions)))
            return
        regimens = tuple(self._therapies.regimens(self.chosen_id))
        running = self._therapies.current(self.chosen_id) is not None
        actions = {"edit", "delete"} | ({"change", "stop"} if running else {"restart"} if regimens else set())
        self.view.show_chosen(Chosen(therapy, False, regimens=regimens, actions=frozenset(actions)))

    # ----- acting ----------------------------------------------------------------------------------

    def _do(self, write: Callable[[], object], line: Line, done: Done, select: int | None = None,
            text: str = "") -> bool:  # fmt: skip
        """Run a write; on success read everything again and say so, on a refusal say why, in the message line
        beside the button that asked (`line`). Nothing is half-kept."""
        self.view.clear_lines_but(line)
        try:
            write()
        except (ValidationError, KnownProblemError) as error:
            self.view.say(Said(line, None, str(error), error))
            return False
        self.view.say(Said(line, done, text))
        self.reload(select=select)
        self.view.diary_changed()
        return True

    def _chosen(self) -> tuple[int, Therapy] | None:
        therapy = self.chosen()
        return (self.chosen_id, therapy) if therapy is not None and self.chosen_id is not None else None

    def add_therapy(self) -> None:
        answer = self.view.ask_therapy(None)
        if answer is None:
            return
        therapy, first = answer
        added: list[Therapy] = []
        if self._do(lambda: added.append(self._therapies.add(therapy, first)), Line.TOP, Done.THERAPY_ADDED):
            self.reload(select=added[0].id)

    def edit(self) -> None:
        chosen = self._chosen()
        answer = self.view.ask_therapy(chosen[1]) if chosen else None
        if chosen and answer is not None:
            self._do(lambda: self._therapies.update(answer[0]), Line.ACTIONS, Done.DETAILS_SAVED, chosen[0])

    def change_dose(self) -> None:
        chosen = self._chosen()
        current = self._therapies.current(chosen[0]) if chosen else None
        if chosen is None or current is None:
            return
        therapy_id, therapy = chosen
        answer = self.view.ask_regimen(therapy, current, restart=False)
        if answer is not None:
            day, regimen = answer
            self._do(lambda: self._therapies.change_dose(therapy_id, regimen, day), Line.ACTIONS,
                     Done.DOSE_CHANGED, therapy_id)  # fmt: skip

    def restart(self) -> None:
        chosen = self._chosen()
        regimens = self._therapies.regimens(chosen[0]) if chosen else []
        if chosen is None or not regimens:
            return
        answer = self.view.ask_regimen(chosen[1], regimens[-1], restart=True)
        if answer is not None:
            regimen = answer[1]
            self._do(lambda: self._therapies.start_regimen(regimen), Line.ACTIONS, Done.STARTED_AGAIN, chosen[0])

    def stop(self) -> None:
        chosen = self._chosen()
        current = self._therapies.current(chosen[0]) if chosen else None
        if chosen is None or current is None:
            return
        therapy_id, therapy = chosen
        answer = self.view.ask_stop(therapy, current)
        if answer is not None:
            day, reason = answer
            self._do(lambda: self._therapies.stop(therapy_id, day, reason), Line.ACTIONS, Done.STOPPED, therapy_id)

    def add_procedure(self) -> None:
        chosen = self._chosen()
        procedure = self.view.ask_procedure(chosen[1]) if chosen else None
        if chosen and procedure is not None:
            self._do(lambda: self._therapies.add_procedure(procedure), Line.ACTIONS, Done.DATE_ADDED, chosen[0])

    def record_relief(self, procedure_id: int | None) -> None:
        """Relief after one procedure date of the chosen therapy (the one chosen in its history)."""
        procedure = self.procedure(procedure_id)
        if procedure is None or procedure_id is None:
            return
        answer = self.view.ask_relief(procedure)
        if answer is not None:
            percent, at = answer
            self._do(lambda: self._therapies.record_relief(procedure_id, percent, at), Line.ACTIONS,
                     Done.RELIEF_RECORDED, self.chosen_id)  # fmt: skip

    def delete(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        therapy_id, therapy = chosen
        if self.view.confirm_delete_therapy(therapy, self._therapies.history_counts(therapy_id)):
            self._do(lambda: self._therapies.delete(therapy_id), Line.ACTIONS, Done.THERAPY_DELETED,
                     text=therapy.name)  # fmt: skip

    def report_side_effect(self) -> None:
        effect = self.view.ask_side_effect(list(self._by_id.values()))
        if effect is not None:
            self._do(lambda: self._side_effects.add(effect), Line.TOP, Done.SIDE_EFFECT_RECORDED)

    def delete_side_effect(self, row: EffectRow | None) -> None:
        effect_id = row.effect.id if row else None
        if row is None or effect_id is None or not self.view.confirm_delete_side_effect(row):
            return
        self._do(lambda: self._side_effects.delete(effect_id), Line.EFFECTS, Done.SIDE_EFFECT_DELETED)
