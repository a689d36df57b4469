"""The Therapies page: what the patient is prescribed, grouped by kind, with each therapy's history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
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
from painlog.domain.therapy import Procedure, Regimen, Therapy
from painlog.domain.vocabulary import THERAPY_KINDS
from painlog.storage.side_effects import SideEffectRepository
from painlog.storage.therapies import TherapyRepository
from painlog.ui import dialogs, read_only
from painlog.ui.feedback import attempt
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
    tr,
    word,
)

if TYPE_CHECKING:
    from painlog.ui.procedure_diaries import ProcedureDiaries


def therapy_status(therapy: Therapy, regimens: list[Regimen], procedures: list[Procedure], today: date) -> str:
    """One line for the list: the current regimen, the last procedure, or when it stopped."""
    if therapy.is_procedure:
        if not procedures:
            return tr("no date recorded")
        last = procedures[-1]
        more = tr(" (and {n} before)").format(n=len(procedures) - 1) if len(procedures) > 1 else ""
        return describe_procedure(last) + more
    current = next((r for r in regimens if r.active_on(today) or (r.end is None and r.start > today)), None)
    if current is not None:
        return f"{describe_regimen(current)} · {describe_period(current)}"
    if regimens:
        return describe_period(regimens[-1])
    return tr("no regimen recorded")


class TherapiesPage(QWidget):
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
        self._therapies = therapies
        self._side_effects = side_effects
        self._today = today

        self.add_button = QPushButton(tr("Add a therapy…"))
        self.add_button.clicked.connect(self.add_therapy)
        self.side_effect_button = QPushButton(tr("Report a side effect…"))
        self.side_effect_button.clicked.connect(self.report_side_effect)
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
        self.tree.currentItemChanged.connect(lambda *_: (self._show_selected(), self._show_diaries()))

        self.title = plain_label()
        set_font(self.title, bold=True, grow=3)
        self.details = plain_label()
        self.details.setWordWrap(True)
        self.history = QListWidget()
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, slot in (
            ("change", tr("Change dose…"), self.change_dose),
            ("stop", tr("Stop…"), self.stop),
            ("restart", tr("Start again…"), self.restart),
            ("procedure", tr("Add a date…"), self.add_procedure),
            ("relief", tr("Record relief…"), self.record_relief),
            ("edit", tr("Edit details…"), self.edit),
            ("delete", tr("Delete…"), self.delete),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.action_message = plain_label()  # what the buttons just above it did, or why not
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
        detail_box.addLayout(actions)
        detail_box.addWidget(self.action_message)
        if diaries is not None:  # a block diary, follow-ups, a stimulator trial
            from painlog.ui.procedure_actions import ProcedureActions

            self.procedure_actions = ProcedureActions(diaries, self.action_message)  # said beside its buttons
            detail_box.addWidget(self.procedure_actions)
            self.history.currentRowChanged.connect(lambda *_: self._show_diaries())

        self.effects = QListWidget()
        self.effects.setMaximumHeight(130)
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

    # ----- showing ---------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        select = select if select is not None else self.selected_id()
        today = self._today()
        self.tree.clear()
        self._by_id = {t.id: t for t in self._therapies.all()}
        regimens = self._therapies.regimens()
        procedures = self._therapies.procedures()
        chosen_item = None
        for kind in THERAPY_KINDS:
            members = [t for t in self._by_id.values() if t.kind == kind]
            if not members:
                continue
            group = QTreeWidgetItem([word(KIND_GROUP_WORDS, kind)])
            set_group_font(group)
            self.tree.addTopLevelItem(group)
            for therapy in members:
                own_regimens = [r for r in regimens if r.therapy_id == therapy.id]
                own_procedures = [p for p in procedures if p.therapy_id == therapy.id]
                status = therapy_status(therapy, own_regimens, own_procedures, today)
                item = QTreeWidgetItem([therapy.name, status])
                item.setData(0, Qt.ItemDataRole.UserRole, therapy.id)
                item.setToolTip(1, tooltip(status))
                running = therapy.is_procedure or any(r.end is None or r.end >= today for r in own_regimens)
                if not running:
                    for column in (0, 1):
                        item.setForeground(column, tone_colour("hint"))
                group.addChild(item)
                if therapy.id == select:
                    chosen_item = item
            group.setExpanded(True)
        if self.tree.topLevelItemCount() == 0:
            self.tree.addTopLevelItem(QTreeWidgetItem([tr("No therapies yet."), tr("Press “Add a therapy…”.")]))
        self.tree.setCurrentItem(chosen_item)
        self._show_selected()
        self._show_diaries()
        self._show_side_effects()

    def selected_id(self) -> int | None:
        item = self.tree.currentItem() if hasattr(self, "tree") else None
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def select(self, therapy_id: int) -> None:
        self.reload(select=therapy_id)

    def _selected(self) -> Therapy | None:
        therapy_id = self.selected_id()
        return self._by_id.get(therapy_id) if therapy_id is not None else None

    def _show_selected(self) -> None:
        therapy = self._selected()
        self.history.clear()
        self.history.setAccessibleName(tr("History of {name}").format(name=therapy.name) if therapy else "")
        for button in self.buttons.values():
            button.setEnabled(False)
        if therapy is None and not self._by_id:  # a new diary: what to do first
            self.title.setText(tr("No therapies yet"))
            self.details.setText(
                tr(
                    "Press “Add a therapy…” at the top of this page to add a medicine, injection "
                    "or other treatment you were prescribed; its doses and changes show here."
                )
            )
            return
        if therapy is None:
            self.title.setText(tr("Choose a therapy in the list above"))
            self.details.setText(tr("Its doses, changes and procedures show here."))
            return
        self.title.setText(therapy.name)
        facts = [word(KIND_WORDS, therapy.kind)]
        if therapy.ingredient:
            facts.append(tr("generic name: {name}").format(name=therapy.ingredient))
        if therapy.target:
            facts.append(tr("for {target}").format(target=therapy.target))
        if therapy.prescriber:
            facts.append(tr("prescribed by {who}").format(who=therapy.prescriber))
        if therapy.notes:
            facts.append(therapy.notes)
        self.details.setText(" · ".join(facts))
        self.buttons["edit"].setEnabled(True)
        self.buttons["delete"].setEnabled(True)
        if therapy.is_procedure:
            procedures = self._therapies.procedures(therapy.id)
            for procedure in procedures:
                item = QListWidgetItem(describe_procedure(procedure))
                item.setData(Qt.ItemDataRole.UserRole, procedure.id)
                self.history.addItem(item)
            self.history.setCurrentRow(len(procedures) - 1)
            self.buttons["procedure"].setEnabled(True)
            self.buttons["relief"].setEnabled(bool(procedures))
            return
        regimens = self._therapies.regimens(therapy.id)
        for regimen in regimens:
            self.history.addItem(f"{describe_period(regimen)}: {describe_regimen(regimen)}")
        running = self._therapies.current(therapy.id)
        self.buttons["change"].setEnabled(running is not None)
        self.buttons["stop"].setEnabled(running is not None)
        self.buttons["restart"].setEnabled(running is None and bool(regimens))

    def _show_diaries(self) -> None:
        if self.procedure_actions is None:
            return
        therapy = self._selected()
        item = self.history.currentItem()
        procedure_id = item.data(Qt.ItemDataRole.UserRole) if item is not None and therapy else None
        procedures = self._therapies.procedures(therapy.id) if therapy and therapy.is_procedure else []
        procedure = next((p for p in procedures if p.id == procedure_id), None)
        self.procedure_actions.show_for(therapy, procedure)

    def _show_side_effects(self) -> None:
        self.effects.clear()
        for effect in reversed(self._side_effects.all()):
            cause = self._by_id.get(effect.therapy_id)
            text = f"{effect.day.isoformat()} · {word(SEVERITY_WORDS, effect.severity)} · {effect.description}"
            if cause:
                text += tr(" · thought to be from {name}").format(name=cause.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, effect.id)
            self.effects.addItem(item)
        self.delete_effect_button.setEnabled(self.effects.count() > 0)

    # ----- acting ----------------------------------------------------------------------------------

    def _do(self, write: Callable[[], object], done: str, select: int | None = None, *,
            where: QLabel | None = None) -> bool:  # fmt: skip
        """Run a write; on success reload and say so, on a refusal say why, in the message line beside the
        button that asked for it (`where`; the top line by default). Nothing is half-kept."""
        where = where or self.message
        for line in (self.message, self.action_message, self.effect_message):
            if line is not where:
                line.clear()  # an older message elsewhere is no longer news
        if not attempt(where, write, done):
            return False
        self.reload(select=select)
        self.changed.emit()
        return True

    def add_therapy(self) -> None:
        answer = TherapyDialog.ask(self, today=self._today())
        if answer is None:
            return
        therapy, first = answer
        stored: list[Therapy] = []
        if self._do(lambda: stored.append(self._therapies.add(therapy, first)), tr("Therapy added.")):
            self.select(stored[0].id)

    def edit(self) -> None:
        therapy = self._selected()
        answer = TherapyDialog.ask(self, today=self._today(), therapy=therapy) if therapy else None
        if answer is not None:
            self._do(lambda: self._therapies.update(answer[0]), tr("Details saved."), therapy.id,
                     where=self.action_message)  # fmt: skip

    def change_dose(self) -> None:
        therapy = self._selected()
        current = self._therapies.current(therapy.id) if therapy else None
        if therapy is None or current is None:
            return
        answer = RegimenDialog.ask(self, therapy=therapy, base=current, today=self._today())
        if answer is not None:
            day, regimen = answer
            self._do(lambda: self._therapies.change_dose(therapy.id, regimen, day), tr("Dose changed."), therapy.id,
                     where=self.action_message)  # fmt: skip

    def restart(self) -> None:
        therapy = self._selected()
        regimens = self._therapies.regimens(therapy.id) if therapy else []
        if therapy is None or not regimens:
            return
        answer = RegimenDialog.ask(self, therapy=therapy, base=regimens[-1], today=self._today(), restart=True)
        if answer is not None:
            self._do(lambda: self._therapies.start_regimen(answer[1]), tr("Started again."), therapy.id,
                     where=self.action_message)  # fmt: skip

    def stop(self) -> None:
        therapy = self._selected()
        current = self._therapies.current(therapy.id) if therapy else None
        if therapy is None or current is None:
            return
        answer = StopDialog.ask(self, therapy=therapy, current=current, today=self._today())
        if answer is not None:
            day, reason = answer
            self._do(lambda: self._therapies.stop(therapy.id, day, reason), tr("Stopped."), therapy.id,
                     where=self.action_message)  # fmt: skip

    def add_procedure(self) -> None:
        therapy = self._selected()
        procedure = ProcedureDialog.ask(self, therapy=therapy, today=self._today()) if therapy else None
        if procedure is not None:
            self._do(lambda: self._therapies.add_procedure(procedure), tr("Date added."), therapy.id,
                     where=self.action_message)  # fmt: skip

    def record_relief(self) -> None:
        therapy = self._selected()
        item = self.history.currentItem()
        if therapy is None or item is None:
            return
        procedure = next(
            p for p in self._therapies.procedures(therapy.id) if p.id == item.data(Qt.ItemDataRole.UserRole)
        )
        answer = ReliefDialog.ask(self, procedure=procedure)
        if answer is not None:
            percent, at = answer
            self._do(lambda: self._therapies.record_relief(procedure.id, percent, at), tr("Relief recorded."),
                     therapy.id, where=self.action_message)  # fmt: skip

    def delete(self) -> None:
        therapy = self._selected()
        if therapy is None:
            return
        counts = self._therapies.history_counts(therapy.id)
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
        if dialogs.confirm(self, question, tr("Delete")):
            self._do(lambda: self._therapies.delete(therapy.id), tr("{name} was deleted.").format(name=therapy.name),
                     where=self.action_message)  # fmt: skip

    def report_side_effect(self) -> None:
        effect = SideEffectDialog.ask(self, therapies=list(self._by_id.values()), today=self._today())
        if effect is not None:
            self._do(lambda: self._side_effects.add(effect), tr("Side effect recorded."))

    def delete_side_effect(self) -> None:
        item = self.effects.currentItem() or self.effects.item(0)
        if item is None:
            return
        if dialogs.confirm(self, tr("Delete this side effect?\n{text}").format(text=item.text()), tr("Delete")):
            effect_id = item.data(Qt.ItemDataRole.UserRole)
            self._do(lambda: self._side_effects.delete(effect_id), tr("Side effect deleted."),
                     where=self.effect_message)  # fmt: skip


def set_group_font(item: QTreeWidgetItem) -> None:
    font = item.font(0)
    font.setBold(True)
    item.setFont(0, font)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
