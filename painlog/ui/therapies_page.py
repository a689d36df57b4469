"""The Therapies page: what the patient is prescribed, grouped by kind, with each therapy's history."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from painlog.domain import clock
from painlog.domain.therapy import Procedure, Regimen, SideEffect, Therapy
from painlog.presenters.therapies import Chosen, Done, EffectRow, Group, Line, Row, Said, TherapiesPresenter
from painlog.storage.side_effects import SideEffectRepository
from painlog.storage.therapies import TherapyRepository
from painlog.ui import dialogs, read_only
from painlog.ui.feedback import say
from painlog.ui.flow_layout import FlowLayout
from painlog.ui.plain_text import plain_label, tooltip
from painlog.ui.style import set_font, tone_colour
from painlog.ui.therapy_dialogs import (
    ProcedureDialog,
    RegimenDialog,
    ReliefDialog,
    SideEffectDialog,
    StopDialog,
    TherapyDialog,
)
from painlog.ui.words import (
    KIND_GROUP_WORDS,
    KIND_WORDS,
    SEVERITY_WORDS,
    describe_period,
    describe_procedure,
    describe_regimen,
    refusal,
    tr,
    word,
)

if TYPE_CHECKING:
    from painlog.ui.procedure_diaries import ProcedureDiaries


def therapy_status(row: Row) -> str:
    """One line for the list: the current regimen, the last procedure, or when it stopped."""
    if row.therapy.is_procedure:
        if not row.procedures:
            return tr("no date recorded")
        last = row.procedures[-1]
        more = tr(" (and {n} before)").format(n=len(row.procedures) - 1) if len(row.procedures) > 1 else ""
        return describe_procedure(last) + more
    if row.current is not None:
        return f"{describe_regimen(row.current)} · {describe_period(row.current)}"
    if row.regimens:
        return describe_period(row.regimens[-1])
    return tr("no regimen recorded")


class TherapiesPage(QWidget):
    """The therapies and their side effects, laid out; what is listed, chosen and written, and what an action
    says, TherapiesPresenter decides (this page is its TherapiesView)."""

    changed = Signal()  # therapies, doses or side effects changed

    def __init__(
        self,
        therapies: TherapyRepository,
        side_effects: SideEffectRepository,
        *,
        today: Callable[[], date] = clock.today,
        diaries: ProcedureDiaries | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.procedure_actions = None
        self._today = today
        self.presenter = TherapiesPresenter(self, therapies, side_effects, today=today)

        self.add_button = QPushButton(tr("Add a therapy…"))
        self.add_button.clicked.connect(self.presenter.add_therapy)
        self.side_effect_button = QPushButton(tr("Report a side effect…"))
        self.side_effect_button.clicked.connect(self.presenter.report_side_effect)
        self.message = plain_label()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.side_effect_button)
        top.addWidget(self.message, 1)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("Therapies"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Therapy"), tr("Now")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(
            lambda item, _before: self.presenter.choose(item.data(0, Qt.ItemDataRole.UserRole) if item else None)
        )

        self.title = plain_label()
        self.title.setWordWrap(True)  # a long name, or a longer language, wraps rather than widening the page
        set_font(self.title, bold=True, grow=3)
        self.details = plain_label()
        self.details.setWordWrap(True)
        self.history = QListWidget()
        self.history.setMinimumHeight(rows_tall(self.history, 2))  # on a small screen the therapies keep the room
        self.buttons: dict[str, QPushButton] = {}
        action_row = QWidget()
        actions = FlowLayout(action_row)  # wraps on a narrow window or in a longer language rather than widening it
        for key, text, slot in (
            ("change", tr("Change dose…"), self.presenter.change_dose),
            ("stop", tr("Stop…"), self.presenter.stop),
            ("restart", tr("Start again…"), self.presenter.restart),
            ("procedure", tr("Add a date…"), self.presenter.add_procedure),
            ("relief", tr("Record relief…"), self.record_relief),
            ("edit", tr("Edit details…"), self.presenter.edit),
            ("delete", tr("Delete…"), self.presenter.delete),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            actions.addWidget(button)
        self.action_message = MessageLine()  # what the buttons just above it did, or why not
        self.action_message.setWordWrap(True)
        detail = QWidget()
        detail_box = QVBoxLayout(detail)
        detail_box.addWidget(self.title)
        detail_box.addWidget(self.details)
        history_label = QLabel(tr("History"))
        set_font(history_label, bold=True)
        history_label.setBuddy(self.history)
        detail_box.addWidget(history_label)
        detail_box.addWidget(self.history, 1)
        detail_box.addWidget(action_row)
        detail_box.addWidget(self.action_message)
        if diaries is not None:  # a block diary, follow-ups, a stimulator trial
            from painlog.ui.procedure_actions import ProcedureActions

            self.procedure_actions = ProcedureActions(diaries, self.action_message)  # said beside its buttons
            detail_box.addWidget(self.procedure_actions)
            self.history.currentRowChanged.connect(lambda *_: self._show_diaries())

        self.effects = QListWidget()
        self.effects.setMaximumHeight(rows_tall(self.effects, 4))  # more scroll: the therapies come first
        self.delete_effect_button = QPushButton(tr("Delete side effect…"))
        self.delete_effect_button.clicked.connect(self.delete_side_effect)
        effects_label = QLabel(tr("Side effects"))
        set_font(effects_label, bold=True)
        effects_label.setBuddy(self.effects)
        self.effect_message = plain_label()  # beside the button that deletes one
        self.effect_message.setWordWrap(True)
        effects_row = QHBoxLayout()
        effects_row.addWidget(effects_label)
        effects_row.addStretch(1)
        effects_row.addWidget(self.effect_message, 4)
        effects_row.addWidget(self.delete_effect_button)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 4)
        layout.addLayout(effects_row)
        layout.addWidget(self.effects, 1)  # on a small screen the therapies keep most of the room
        self.reload()

    def set_read_only(self) -> None:
        """Another painlog has the diary open: therapies can be looked at here, not changed."""
        read_only.lock(self.add_button, self.side_effect_button, *self.buttons.values(), self.delete_effect_button)

    # ----- what the rest of the window asks of the page (the presenter decides) -------------------

    def reload(self, select: int | None = None) -> None:
        self.presenter.reload(select)

    def selected_id(self) -> int | None:
        return self.presenter.chosen_id

    def select(self, therapy_id: int) -> None:
        self.presenter.reload(select=therapy_id)

    def report_side_effect(self) -> None:
        self.presenter.report_side_effect()

    def record_relief(self) -> None:
        """Relief after the procedure date chosen in the history."""
        self.presenter.record_relief(self._history_procedure_id())

    def delete_side_effect(self) -> None:
        item = self.effects.currentItem() or self.effects.item(0)
        self.presenter.delete_side_effect(item.data(Qt.ItemDataRole.UserRole) if item else None)

    # ----- TherapiesView: showing what the presenter decided ---------------------------------------

    def show_therapies(self, groups: Sequence[Group], chosen: int | None) -> None:
        self.tree.clear()
        chosen_item = None
        for group_rows in groups:
            group = QTreeWidgetItem([word(KIND_GROUP_WORDS, group_rows.kind)])
            set_group_font(group)
            self.tree.addTopLevelItem(group)
            for row in group_rows.rows:
                status = therapy_status(row)
                item = QTreeWidgetItem([row.therapy.name, status])
                item.setData(0, Qt.ItemDataRole.UserRole, row.therapy.id)
                item.setToolTip(1, tooltip(status))
                if not row.running:
                    for column in (0, 1):
                        item.setForeground(column, tone_colour("hint"))
                group.addChild(item)
                if row.therapy.id == chosen:
                    chosen_item = item
            group.setExpanded(True)
        if self.tree.topLevelItemCount() == 0:
            self.tree.addTopLevelItem(QTreeWidgetItem([tr("No therapies yet."), tr("Press “Add a therapy…”.")]))
        if chosen_item is None:
            self.tree.setCurrentIndex(QModelIndex())
        else:
            self.tree.setCurrentItem(chosen_item)

    def show_chosen(self, chosen: Chosen) -> None:
        therapy = chosen.therapy
        self.history.clear()
        self.history.setAccessibleName(tr("History of {name}").format(name=therapy.name) if therapy else "")
        for key, button in self.buttons.items():
            button.setEnabled(key in chosen.actions)
        if therapy is None and chosen.diary_empty:  # a new diary: what to do first
            self.title.setText(tr("No therapies yet"))
            self.details.setText(
                tr(
                    "Press “Add a therapy…” at the top of this page to add a medicine, injection "
                    "or other treatment you were prescribed; its doses and changes show here."
                )
            )
        elif therapy is None:
            self.title.setText(tr("Choose a therapy in the list above"))
            self.details.setText(tr("Its doses, changes and procedures show here."))
        else:
            self.title.setText(therapy.name)
            self.details.setText(" · ".join(therapy_facts(therapy)))
        for procedure in chosen.procedures:
            item = QListWidgetItem(describe_procedure(procedure))
            item.setData(Qt.ItemDataRole.UserRole, procedure.id)
            self.history.addItem(item)
        if chosen.procedures:
            self.history.setCurrentRow(len(chosen.procedures) - 1)
        for regimen in chosen.regimens:
            self.history.addItem(f"{describe_period(regimen)}: {describe_regimen(regimen)}")
        self._show_diaries()

    def show_side_effects(self, rows: Sequence[EffectRow]) -> None:
        self.effects.clear()
        for row in rows:
            item = QListWidgetItem(effect_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.effects.addItem(item)
        self.delete_effect_button.setEnabled(self.effects.count() > 0)

    def say(self, said: Said) -> None:
        if said.done is None:
            say(self._line(said.line), refusal(said.error) if said.error else said.text, "error")
            return
        done = {
            Done.THERAPY_ADDED: tr("Therapy added."),
            Done.DETAILS_SAVED: tr("Details saved."),
            Done.DOSE_CHANGED: tr("Dose changed."),
            Done.STARTED_AGAIN: tr("Started again."),
            Done.STOPPED: tr("Stopped."),
            Done.DATE_ADDED: tr("Date added."),
            Done.RELIEF_RECORDED: tr("Relief recorded."),
            Done.THERAPY_DELETED: tr("{name} was deleted.").format(name=said.text),
            Done.SIDE_EFFECT_RECORDED: tr("Side effect recorded."),
            Done.SIDE_EFFECT_DELETED: tr("Side effect deleted."),
        }
        say(self._line(said.line), done[said.done], "saved")

    def clear_lines_but(self, line: Line) -> None:
        for label in (self.message, self.action_message, self.effect_message):
            if label is not self._line(line):
                label.clear()

    def _line(self, line: Line) -> QLabel:
        """The message line beside the buttons `line` names."""
        return {Line.TOP: self.message, Line.ACTIONS: self.action_message, Line.EFFECTS: self.effect_message}[line]

    def ask_therapy(self, therapy: Therapy | None) -> tuple[Therapy, Regimen | Procedure | None] | None:
        return TherapyDialog.ask(self, today=self._today(), therapy=therapy)

    def ask_regimen(self, therapy: Therapy, base: Regimen, restart: bool) -> tuple[date, Regimen] | None:
        return RegimenDialog.ask(self, therapy=therapy, base=base, today=self._today(), restart=restart)

    def ask_stop(self, therapy: Therapy, current: Regimen) -> tuple[date, str] | None:
        return StopDialog.ask(self, therapy=therapy, current=current, today=self._today())

    def ask_procedure(self, therapy: Therapy) -> Procedure | None:
        return ProcedureDialog.ask(self, therapy=therapy, today=self._today())

    def ask_relief(self, procedure: Procedure) -> tuple[int, datetime] | None:
        return ReliefDialog.ask(self, procedure=procedure)

    def ask_side_effect(self, therapies: list[Therapy]) -> SideEffect | None:
        return SideEffectDialog.ask(self, therapies=therapies, today=self._today())

    def confirm_delete_therapy(self, therapy: Therapy, counts: Mapping[str, int]) -> bool:
        parts = [tr("%n dose period(s)", None, counts["regimens"])] if counts["regimens"] else []
        parts += [tr("%n procedure date(s)", None, counts["procedures"])] if counts["procedures"] else []
        parts += [tr("%n logged dose(s)", None, counts["doses"])] if counts["doses"] else []
        if parts:
            question = tr("Delete {name} and everything recorded with it ({what})? This cannot be undone.").format(
                name=therapy.name, what=", ".join(parts))  # fmt: skip
        else:
            question = tr("Delete {name}? This cannot be undone.").format(name=therapy.name)
        if counts["side_effects"]:
            question = tr("{question} %n side effect(s) recorded with it will stay in the diary, no longer linked "
                          "to it.", None, counts["side_effects"]).format(question=question)  # fmt: skip
        return dialogs.confirm(self, question, tr("Delete"))

    def confirm_delete_side_effect(self, row: EffectRow) -> bool:
        return dialogs.confirm(self, tr("Delete this side effect?\n{text}").format(text=effect_text(row)), tr("Delete"))

    def diary_changed(self) -> None:
        self.changed.emit()

    # ----- the widget's own --------------------------------------------------------------------------

    def _history_procedure_id(self) -> int | None:
        item = self.history.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_diaries(self) -> None:
        if self.procedure_actions is not None:
            therapy = self.presenter.chosen()
            procedure_id = self._history_procedure_id() if therapy else None
            self.procedure_actions.show_for(therapy, self.presenter.procedure(procedure_id))


def therapy_facts(therapy: Therapy) -> list[str]:
    """What the detail part says about a therapy under its name."""
    facts = [word(KIND_WORDS, therapy.kind)]
    if therapy.ingredient:
        facts.append(tr("generic name: {name}").format(name=therapy.ingredient))
    if therapy.target:
        facts.append(tr("for {target}").format(target=therapy.target))
    if therapy.prescriber:
        facts.append(tr("prescribed by {who}").format(who=therapy.prescriber))
    if therapy.notes:
        facts.append(therapy.notes)
    return facts


def effect_text(row: EffectRow) -> str:
    """A side effect in its list, and in the question before it is deleted."""
    effect = row.effect
    text = f"{effect.day.isoformat()} · {word(SEVERITY_WORDS, effect.severity)} · {effect.description}"
    if row.cause:
        text += tr(" · thought to be from {name}").format(name=row.cause.name)
    return text


def set_group_font(item: QTreeWidgetItem) -> None:
    font = item.font(0)
    font.setBold(True)
    item.setFont(0, font)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)


def rows_tall(view: QListWidget, rows: int) -> int:
    """The height of `rows` lines of a list, at its font (which grows with the text size), with its frame."""
    return rows * view.fontMetrics().lineSpacing() + 2 * view.frameWidth() + 4


class MessageLine(QLabel):
    """A message line that takes no room while it says nothing: on a small screen the therapy list gets it."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what the patient typed
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()
