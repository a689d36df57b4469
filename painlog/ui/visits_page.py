"""Visits and goals: the next appointment and the questions for it, what past visits decided, goals."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from painlog.domain import clock
from painlog.domain.visits import Goal, Visit, next_visit, past_visits
from painlog.storage.visits import GoalRepository, VisitRepository
from painlog.ui import dialogs, read_only
from painlog.ui.feedback import attempt
from painlog.ui.form_dialog import FormDialog, date_input, date_of
from painlog.ui.plain_text import plain_label, tooltip
from painlog.ui.section import Section
from painlog.ui.style import set_font, set_tone
from painlog.ui.words import GOAL_STATUS_WORDS, long_day, tr, word
from painlog.ui.wrapping_label import WrappingLabel
from painlog.wording import QT_TR_NOOP


class VisitDialog(FormDialog):
    """Book or change an appointment; for a past one, also what was decided."""

    what = QT_TR_NOOP("this visit")

    def __init__(self, parent: QWidget | None, *, visit: Visit, title: str, with_outcome: bool) -> None:
        super().__init__(parent, title)
        self._visit = visit
        self.day = date_input(visit.day)
        self.clinician = QLineEdit(visit.clinician)
        self.clinician.setPlaceholderText(tr("for example: Dr Reyes, pain clinic"))
        self.outcome = QPlainTextEdit(visit.outcome)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(tr("What was decided: changes to medication, tests, referrals…"))
        self.form.addRow(tr("Date"), self.day)
        self.form.addRow(tr("With"), self.clinician)
        self.form.addRow(tr("What was decided"), self.outcome)
        self.form.setRowVisible(self.outcome, with_outcome)

    def value(self) -> Visit:
        return dataclasses.replace(
            self._visit, day=date_of(self.day), clinician=self.clinician.text().strip(),
            outcome=self.outcome.toPlainText().strip(),
        ).validated()  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget | None, *, visit: Visit, title: str, with_outcome: bool = False) -> Visit | None:
        return cls.run(cls(parent, visit=visit, title=title, with_outcome=with_outcome))


class GoalDialog(FormDialog):
    what = QT_TR_NOOP("this goal")

    def __init__(self, parent: QWidget | None, *, today: date) -> None:
        super().__init__(parent, tr("Add a goal"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("In your own words, for example: walk 20 minutes without stopping"))
        self.start = date_input(today, latest=clock.latest_day())
        self.form.addRow(tr("Goal"), self.text)
        self.form.addRow(tr("Since"), self.start)

    def value(self) -> Goal:
        return Goal(self.text.text().strip(), date_of(self.start)).validated()

    @classmethod
    def ask(cls, parent: QWidget | None, *, today: date) -> Goal | None:
        return cls.run(cls(parent, today=today))


def _section(title: str) -> tuple[Section, QVBoxLayout]:
    group = Section(title)
    return group, group.content


def _buttons(*pairs: tuple[str, Callable[[], object]]) -> tuple[QHBoxLayout, list[QPushButton]]:
    row = QHBoxLayout()
    made = []
    for text, slot in pairs:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        made.append(button)
    row.addStretch(1)
    return row, made


def _message_line(box: QVBoxLayout) -> QLabel:
    """A line under a section's buttons that says what they just did, or why not."""
    line = plain_label()
    line.setWordWrap(True)
    box.addWidget(line)
    return line


class VisitsPage(QWidget):
    def __init__(
        self,
        visits: VisitRepository,
        goals: GoalRepository,
        *,
        today: Callable[[], date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._visits = visits
        self._goals = goals
        self._today = today
        self.message = plain_label()
        self.message.setWordWrap(True)

        upcoming, box = _section(tr("Next appointment"))
        self.next_label = WrappingLabel()
        set_font(self.next_label, bold=True, grow=2)
        row, (self.book_button,) = _buttons((tr("Book or change…"), self.book))
        box.addWidget(self.next_label)  # on a line of its own: a long day and name wrap, whole, in any language
        box.addLayout(row)
        questions_label = QLabel(tr("Questions to ask (add them whenever they come to mind):"))
        box.addWidget(questions_label)
        self.questions = QListWidget()
        questions_label.setBuddy(self.questions)
        box.addWidget(self.questions)
        self.question_input = QLineEdit()
        self.question_input.setPlaceholderText(tr("Type a question and press Enter"))
        self.question_input.setAccessibleName(tr("New question for the next appointment"))
        self.question_input.returnPressed.connect(self.add_question)
        add_row, (self.add_question_button, self.remove_question_button) = _buttons(
            (tr("Add question"), self.add_question), (tr("Remove question"), self.remove_question)
        )
        add_row.insertWidget(0, self.question_input, 4)
        box.addLayout(add_row)
        self.next_message = _message_line(box)  # what booking or a question just did, or why not

        past, past_box = _section(tr("Past visits"))
        self.no_past = plain_label(tr("No past visits yet. “Add a past visit…” records one and what was decided."))
        self.no_past.setWordWrap(True)
        past_box.addWidget(self.no_past)
        self.past = QListWidget()
        self.past.setAccessibleName(tr("Past visits"))
        self.past.setWordWrap(True)
        self.past.itemDoubleClicked.connect(self._outcome_of_clicked)
        past_box.addWidget(self.past)
        past_row, (self.outcome_button, self.add_past_button) = _buttons(
            (tr("Record what was decided…"), self.record_outcome), (tr("Add a past visit…"), self.add_past_visit)
        )
        past_box.addLayout(past_row)
        self.past_message = _message_line(past_box)

        goals_section, goals_box = _section(tr("Goals"))
        self.no_goals = plain_label(
            tr("No goals yet. “Add a goal…” keeps one in your own words, for example “walk 20 minutes”.")
        )
        self.no_goals.setWordWrap(True)
        goals_box.addWidget(self.no_goals)
        self.goals = QListWidget()
        self.goals.setAccessibleName(tr("Goals"))
        goals_box.addWidget(self.goals)
        goal_row, goal_buttons = _buttons(
            (tr("Add a goal…"), self.add_goal),
            (tr("Mark achieved"), lambda: self.set_goal_status("achieved")),
            (tr("Working on it again"), lambda: self.set_goal_status("active")),
            (tr("Drop"), lambda: self.set_goal_status("dropped")),
        )
        self.goal_buttons = goal_buttons
        goals_box.addLayout(goal_row)
        self.goal_message = _message_line(goals_box)

        self.summary_button = QPushButton(tr("Visit summary for the doctor…"))
        set_font(self.summary_button, bold=True)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.summary_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(upcoming, 3)
        layout.addWidget(past, 2)
        layout.addWidget(goals_section, 2)
        self.reload()

    def set_read_only(self) -> None:
        """Another painlog has the diary open: visits and goals can be looked at here, not changed."""
        read_only.lock(self.book_button, self.question_input, self.add_question_button, self.remove_question_button,
                       self.outcome_button, self.add_past_button, *self.goal_buttons)  # fmt: skip

    # ----- showing ---------------------------------------------------------------------------------

    def reload(self) -> None:
        today = self._today()
        visits = self._visits.all()
        self.next = next_visit(visits, today)
        if self.next is None:
            self.next_label.setText(tr("No appointment booked yet."))
        else:
            when = long_day(self.next.day)
            with_whom = tr(" with {who}").format(who=self.next.clinician) if self.next.clinician else ""
            self.next_label.setText(when + with_whom)
        self.questions.clear()
        for question in self.next.questions if self.next else ():
            self.questions.addItem(question)
        self.remove_question_button.setEnabled(self.questions.count() > 0)
        self.past.clear()
        for visit in reversed(past_visits(visits, today)):
            decided = visit.outcome.replace("\n", " ") if visit.outcome else tr("(decision not recorded yet)")
            who = f" · {visit.clinician}" if visit.clinician else ""
            item = QListWidgetItem(f"{visit.day.isoformat()}{who} — {decided}")
            item.setData(Qt.ItemDataRole.UserRole, visit)
            item.setToolTip(tooltip(decided))
            self.past.addItem(item)
        self.outcome_button.setEnabled(self.past.count() > 0)
        self.no_past.setVisible(self.past.count() == 0)
        self.goals.clear()
        for goal in self._goals.all():
            status = word(GOAL_STATUS_WORDS, goal.status)
            when = f" {goal.achieved.isoformat()}" if goal.achieved else tr(" (since {day})").format(day=goal.start)
            item = QListWidgetItem(f"{goal.text} — {status}{when}")
            item.setData(Qt.ItemDataRole.UserRole, goal)
            self.goals.addItem(item)
        for button in self.goal_buttons[1:]:
            button.setEnabled(self.goals.count() > 0)
        self.no_goals.setVisible(self.goals.count() == 0)

    def _do(self, write: Callable[[], object], done: str, where: QLabel) -> bool:
        """Run a write and say what it did, or why not, in `where`: the message line under the buttons used."""
        for line in (self.message, self.next_message, self.past_message, self.goal_message):
            if line is not where:
                line.clear()  # an older message elsewhere is no longer news
        if not attempt(where, write, done):
            return False
        self.reload()
        return True

    # ----- the next visit and its questions --------------------------------------------------------

    def book(self) -> bool:
        base = self.next or Visit(self._today() + timedelta(weeks=4))
        # Today's visit is still the next one (domain/visits.py): what was decided can be written the same day.
        today = self.next is not None and self.next.day == self._today()
        visit = VisitDialog.ask(self, visit=base, title=tr("Next appointment"), with_outcome=today)
        if visit is None:
            return False
        return self._do(lambda: self._visits.save(visit), tr("Appointment saved."), self.next_message)

    def add_question(self) -> None:
        question = " ".join(self.question_input.text().split())
        if not question:
            return
        if self.next is None:
            set_tone(self.next_message, "normal")
            self.next_message.setText(tr("First say when the next appointment is; the question is kept for it."))
            if not self.book() or self.next is None:
                return
        visit = dataclasses.replace(self.next, questions=(*self.next.questions, question))
        if self._do(lambda: self._visits.save(visit), tr("Question added."), self.next_message):
            self.question_input.clear()

    def remove_question(self) -> None:
        row = self.questions.currentRow()
        if self.next is None or row < 0:
            return
        questions = tuple(q for i, q in enumerate(self.next.questions) if i != row)
        visit = dataclasses.replace(self.next, questions=questions)
        self._do(lambda: self._visits.save(visit), tr("Question removed."), self.next_message)

    # ----- past visits -----------------------------------------------------------------------------

    def record_outcome(self) -> None:
        item = self.past.currentItem() or self.past.item(0)
        if item is None:
            return
        visit: Visit = item.data(Qt.ItemDataRole.UserRole)
        updated = VisitDialog.ask(
            self, visit=visit, title=tr("Visit of {day}").format(day=visit.day.isoformat()), with_outcome=True
        )
        if updated is not None:
            self._do(lambda: self._visits.save(updated), tr("Visit saved."), self.past_message)

    def add_past_visit(self) -> None:
        yesterday = self._today() - timedelta(days=1)
        visit = VisitDialog.ask(self, visit=Visit(yesterday), title=tr("A past visit"), with_outcome=True)
        if visit is not None:
            self._do(lambda: self._visits.save(visit), tr("Visit added."), self.past_message)

    def _outcome_of_clicked(self, _item: QListWidgetItem) -> None:
        if self.outcome_button.isEnabled():
            self.record_outcome()

    # ----- goals -----------------------------------------------------------------------------------

    def add_goal(self) -> None:
        goal = GoalDialog.ask(self, today=self._today())
        if goal is not None:
            self._do(lambda: self._goals.save(goal), tr("Goal added."), self.goal_message)

    def set_goal_status(self, status: str) -> None:
        item = self.goals.currentItem()
        if item is None:
            set_tone(self.goal_message, "normal")
            self.goal_message.setText(tr("Choose a goal in the list first."))
            return
        goal: Goal = item.data(Qt.ItemDataRole.UserRole)
        achieved = self._today() if status == "achieved" else None
        updated = dataclasses.replace(goal, status=status, achieved=achieved)
        if status == "dropped" and not dialogs.confirm(
            self, tr("Drop the goal “{text}”?").format(text=goal.text), tr("Drop")
        ):
            return
        self._do(lambda: self._goals.save(updated), tr("Goal updated."), self.goal_message)
