"""The Therapies page's rules without Qt: a fake page drives TherapiesPresenter over a diary file in tmp_path."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta

import pytest

from painlog.domain.errors import KnownProblemError
from painlog.domain.therapy import Procedure, Regimen, SideEffect, Therapy
from painlog.presenters.therapies import (
    Chosen,
    Done,
    EffectRow,
    Group,
    Line,
    Said,
    TherapiesPresenter,
    current_regimen,
)

TODAY = date.today()
MONTH_AGO = TODAY - timedelta(days=30)


class FakePage:
    """The page as the presenter sees it: what it was told, and answers given in advance to what it asks."""

    def __init__(self) -> None:
        self.lists: list[tuple[Sequence[Group], int | None]] = []
        self.chosen: list[Chosen] = []
        self.effects: list[Sequence[EffectRow]] = []
        self.said: list[Said] = []
        self.kept_lines: list[Line] = []
        self.asked: list[tuple[str, object]] = []
        self.answers: dict[str, object] = {}
        self.confirms = True
        self.changed = 0
        self.presenter: TherapiesPresenter | None = None

    def _ask(self, what: str, about: object) -> object:
        self.asked.append((what, about))
        return self.answers.get(what)

    def show_therapies(self, groups: Sequence[Group], chosen: int | None) -> None:
        self.lists.append((groups, chosen))
        assert self.presenter is not None
        self.presenter.choose(None)  # as the tree does when it is cleared

    def show_chosen(self, chosen: Chosen) -> None:
        self.chosen.append(chosen)

    def show_side_effects(self, rows: Sequence[EffectRow]) -> None:
        self.effects.append(rows)

    def say(self, said: Said) -> None:
        self.said.append(said)

    def clear_lines_but(self, line: Line) -> None:
        self.kept_lines.append(line)

    def ask_therapy(self, therapy: Therapy | None) -> tuple[Therapy, Regimen | Procedure | None] | None:
        return self._ask("therapy", therapy)  # type: ignore[return-value]

    def ask_regimen(self, therapy: Therapy, base: Regimen, restart: bool) -> tuple[date, Regimen] | None:
        return self._ask("restart" if restart else "regimen", base)  # type: ignore[return-value]

    def ask_stop(self, therapy: Therapy, current: Regimen) -> tuple[date, str] | None:
        return self._ask("stop", current)  # type: ignore[return-value]

    def ask_procedure(self, therapy: Therapy) -> Procedure | None:
        return self._ask("procedure", therapy)  # type: ignore[return-value]

    def ask_relief(self, procedure: Procedure) -> tuple[int, datetime] | None:
        return self._ask("relief", procedure)  # type: ignore[return-value]

    def ask_side_effect(self, therapies: list[Therapy]) -> SideEffect | None:
        return self._ask("side effect", [t.name for t in therapies])  # type: ignore[return-value]

    def confirm_delete_therapy(self, therapy: Therapy, counts: Mapping[str, int]) -> bool:
        self.asked.append(("delete", dict(counts)))
        return self.confirms

    def confirm_delete_side_effect(self, row: EffectRow) -> bool:
        self.asked.append(("delete side effect", row.effect.description))
        return self.confirms

    def diary_changed(self) -> None:
        self.changed += 1


@pytest.fixture
def page(diary):
    view = FakePage()
    view.presenter = TherapiesPresenter(view, diary.therapies, diary.side_effects, today=lambda: TODAY)
    view.presenter.reload()
    return view


@pytest.fixture
def gabapentin(diary, page) -> Therapy:
    """A medication taken for a month, in the list the page shows."""
    first = Regimen(0, MONTH_AGO, dose_amount=300, dose_unit="mg", route="oral", times_per_day=3)
    added = diary.therapies.add(Therapy("medication", "Gabapentin", ingredient="gabapentin"), first)
    page.presenter.reload()
    return added


def names(groups: Sequence[Group]) -> list[tuple[str, list[tuple[str, bool]]]]:
    return [(g.kind, [(row.therapy.name, row.running) for row in g.rows]) for g in groups]


def test_a_regimen_is_current_while_it_runs_or_before_it_starts():
    ended = Regimen(1, TODAY - timedelta(days=20), end=TODAY - timedelta(days=1))
    running = Regimen(1, TODAY, dose_amount=100)
    booked = Regimen(1, TODAY + timedelta(days=3))
    assert current_regimen([ended, running], TODAY) == running
    assert current_regimen([ended, booked], TODAY) == booked
    assert current_regimen([ended], TODAY) is None
    assert current_regimen([Regimen(1, TODAY - timedelta(days=9), end=TODAY)], TODAY) is not None  # its last day


def test_an_empty_diary_says_what_to_do_first(page):
    assert page.lists[-1] == ([], None)
    assert page.chosen[-1] == Chosen(None, diary_empty=True)


def test_the_list_is_grouped_by_kind_and_a_stopped_therapy_is_not_running(diary, page):
    diary.therapies.add(Therapy("injection", "Epidural steroid"))
    stopped = diary.therapies.add(Therapy("medication", "Naproxen"), Regimen(0, MONTH_AGO, dose_amount=250))
    diary.therapies.stop(stopped.id, TODAY - timedelta(days=2), "not_helping")
    diary.therapies.add(Therapy("medication", "Duloxetine"), Regimen(0, TODAY - timedelta(days=5), dose_amount=30))
    page.presenter.reload()
    groups, chosen = page.lists[-1]
    assert names(groups) == [
        ("medication", [("Duloxetine", True), ("Naproxen", False)]),  # by name, as the diary lists them
        ("injection", [("Epidural steroid", True)]),
    ]
    assert chosen is None
    assert page.chosen[-1] == Chosen(None, diary_empty=False)  # points at the list


def test_a_running_medication_can_change_dose_or_stop_and_a_stopped_one_start_again(diary, page, gabapentin):
    page.presenter.choose(gabapentin.id)
    assert page.chosen[-1].therapy == gabapentin
    assert page.chosen[-1].actions == {"edit", "delete", "change", "stop"}
    assert [r.dose_amount for r in page.chosen[-1].regimens] == [300]
    diary.therapies.stop(gabapentin.id, TODAY, "finished")
    page.presenter.choose(gabapentin.id)
    assert page.chosen[-1].actions == {"edit", "delete", "restart"}


def test_a_procedure_takes_dates_and_relief_once_it_has_one(diary, page):
    block = diary.therapies.add(Therapy("nerve_block", "Medial branch block"))
    page.presenter.reload(select=block.id)
    assert page.lists[-1][1] == block.id
    assert page.chosen[-1].actions == {"edit", "delete", "procedure"}
    page.answers["procedure"] = Procedure(block.id, TODAY - timedelta(days=3), site="L4-L5")
    page.presenter.add_procedure()
    assert page.said[-1] == Said(Line.ACTIONS, Done.DATE_ADDED)
    assert page.chosen[-1].actions == {"edit", "delete", "procedure", "relief"}
    procedure_id = page.chosen[-1].procedures[0].id
    page.answers["relief"] = (60, datetime.combine(TODAY - timedelta(days=3), datetime.min.time()).replace(hour=15))
    page.presenter.record_relief(procedure_id)
    assert diary.therapies.procedures(block.id)[0].relief_percent == 60
    assert page.said[-1] == Said(Line.ACTIONS, Done.RELIEF_RECORDED)
    assert page.changed == 2


def test_the_list_being_rebuilt_does_not_lose_the_chosen_therapy(page, gabapentin):
    page.presenter.reload(select=gabapentin.id)
    page.presenter.reload()  # the fake tree says "nothing chosen" while it is cleared, as the real one does
    assert page.presenter.chosen_id == gabapentin.id
    assert page.lists[-1][1] == gabapentin.id and page.chosen[-1].therapy == gabapentin


def test_change_dose_closes_the_old_regimen_and_says_so_beside_the_buttons(diary, page, gabapentin):
    page.presenter.choose(gabapentin.id)
    page.answers["regimen"] = (TODAY, Regimen(gabapentin.id, TODAY, dose_amount=600, dose_unit="mg", times_per_day=3))
    page.presenter.change_dose()
    assert page.asked[-1][1].dose_amount == 300  # the dialog starts from the running regimen
    assert [(r.start, r.end, r.dose_amount) for r in diary.therapies.regimens(gabapentin.id)] == [
        (MONTH_AGO, TODAY - timedelta(days=1), 300),
        (TODAY, None, 600),
    ]
    assert page.kept_lines[-1] is Line.ACTIONS and page.said[-1] == Said(Line.ACTIONS, Done.DOSE_CHANGED)
    assert page.presenter.chosen_id == gabapentin.id and page.changed == 1


def test_a_cancelled_dialog_writes_and_says_nothing(diary, page, gabapentin):
    page.presenter.choose(gabapentin.id)
    for act in (page.presenter.change_dose, page.presenter.stop, page.presenter.edit, page.presenter.add_therapy):
        act()
    assert [what for what, _ in page.asked] == ["regimen", "stop", "therapy", "therapy"]
    assert page.said == [] and page.changed == 0
    assert len(diary.therapies.regimens(gabapentin.id)) == 1


def test_a_broken_rule_is_said_beside_the_button_and_nothing_is_kept(diary, page, gabapentin):
    page.presenter.choose(gabapentin.id)
    page.answers["stop"] = (MONTH_AGO - timedelta(days=1), "cost")  # before it started
    page.presenter.stop()
    said = page.said[-1]
    assert said.line is Line.ACTIONS and said.done is None and said.text
    assert diary.therapies.current(gabapentin.id) is not None and page.changed == 0


def test_a_write_the_diary_refuses_leaves_everything_as_it_was(diary, page, gabapentin, monkeypatch):
    def full(*args: object) -> None:
        raise KnownProblemError("The disk is full, so nothing was saved")

    monkeypatch.setattr(diary.therapies, "stop", full)
    page.presenter.choose(gabapentin.id)
    shown = len(page.lists)
    page.answers["stop"] = (TODAY, "cost")
    page.presenter.stop()
    assert page.said[-1] == Said(Line.ACTIONS, None, "The disk is full, so nothing was saved")
    assert len(page.lists) == shown and page.changed == 0  # nothing re-read: nothing changed


def test_a_bug_in_a_write_is_not_turned_into_a_sentence(diary, page, gabapentin, monkeypatch):
    monkeypatch.setattr(diary.therapies, "stop", lambda *args: [][0])
    page.presenter.choose(gabapentin.id)
    page.answers["stop"] = (TODAY, "cost")
    with pytest.raises(IndexError):
        page.presenter.stop()


def test_adding_a_therapy_chooses_it(diary, page, gabapentin):
    page.answers["therapy"] = (Therapy("medication", "Duloxetine"), Regimen(0, TODAY, dose_amount=30))
    page.presenter.add_therapy()
    added = next(t for t in diary.therapies.all() if t.name == "Duloxetine")
    assert page.said[-1] == Said(Line.TOP, Done.THERAPY_ADDED)
    assert page.presenter.chosen_id == added.id and page.chosen[-1].therapy == added


def test_deleting_a_therapy_asks_with_what_goes_with_it(diary, page, gabapentin):
    diary.side_effects.add(SideEffect(TODAY, "Dizzy", "mild", therapy_id=gabapentin.id))
    page.presenter.choose(gabapentin.id)
    page.confirms = False
    page.presenter.delete()
    assert page.asked[-1] == ("delete", {"regimens": 1, "procedures": 0, "doses": 0, "side_effects": 1})
    assert [t.name for t in diary.therapies.all()] == ["Gabapentin"]
    page.confirms = True
    page.presenter.delete()
    assert diary.therapies.all() == []
    assert page.said[-1] == Said(Line.ACTIONS, Done.THERAPY_DELETED, "Gabapentin")
    assert page.presenter.chosen_id is None and page.chosen[-1] == Chosen(None, diary_empty=True)
    assert page.effects[-1][0].cause is None  # the side effect stays, no longer linked


def test_side_effects_are_listed_newest_first_and_deleted_after_asking(diary, page, gabapentin):
    page.answers["side effect"] = SideEffect(TODAY - timedelta(days=2), "Dizzy", "mild", therapy_id=gabapentin.id)
    page.presenter.report_side_effect()
    assert page.asked[-1] == ("side effect", ["Gabapentin"])
    page.answers["side effect"] = SideEffect(TODAY, "Tired", "moderate")
    page.presenter.report_side_effect()
    assert page.said[-1] == Said(Line.TOP, Done.SIDE_EFFECT_RECORDED)
    rows = page.effects[-1]
    assert [(r.effect.description, r.cause.name if r.cause else None) for r in rows] == [
        ("Tired", None),
        ("Dizzy", "Gabapentin"),
    ]
    page.presenter.delete_side_effect(rows[1])
    assert page.asked[-1] == ("delete side effect", "Dizzy")
    assert [e.description for e in diary.side_effects.all()] == ["Tired"]
    assert page.kept_lines[-1] is Line.EFFECTS and page.said[-1] == Said(Line.EFFECTS, Done.SIDE_EFFECT_DELETED)
