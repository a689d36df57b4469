"""The "How I'm coping" page: the mood and anxiety questionnaires (latest, change, every one taken) and the
answers about how things have changed (PGIC). The page lays out; Coping (coping_actions.py) does the work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from painlog.domain.screens import GAD7, PHQ9, Screen, standing
from painlog.ui import coping_words as words
from painlog.ui import dialogs, read_only
from painlog.ui.coping_actions import Coping
from painlog.ui.feedback import say
from painlog.ui.flow_layout import FlowLayout
from painlog.ui.plain_text import plain_label
from painlog.ui.section import Section
from painlog.ui.style import set_font
from painlog.ui.words import day_words, tr
from painlog.wording import QT_TR_NOOP

INTRO = QT_TR_NOOP(
    "These are the short questionnaires pain clinics use to ask how your mood and worries have been over the "
    "last two weeks (PHQ for mood, GAD for worry and anxiety). They do not diagnose anything: the scores help "
    "you and your clinician see how things change, alongside your pain."
)
EMPTY = QT_TR_NOOP("You have not answered any of them yet. Start with four short questions; it takes about a minute.")
SELF_HARM = QT_TR_NOOP(
    "On {day} you answered that you have had thoughts that you would be better off dead or of hurting yourself. "
    "Please tell your clinician now, and turn to someone at once if those thoughts come back."
)
COLUMNS = (QT_TR_NOOP("Date"), QT_TR_NOOP("Questionnaire"), QT_TR_NOOP("Score"), QT_TR_NOOP("Result"))


class CopingPage(QWidget):
    def __init__(self, coping: Coping, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coping = coping
        self._screens: list[Screen] = []
        self.message = plain_label()
        self.message.setWordWrap(True)
        coping.said.connect(lambda text, ok: say(self.message, text, "saved" if ok else "error"))
        coping.changed.connect(self.reload)

        take = Section(tr("Questionnaires"))
        self.intro = QLabel(tr.known(INTRO))
        self.intro.setWordWrap(True)
        self.empty = QLabel(tr.known(EMPTY))
        self.empty.setWordWrap(True)
        set_font(self.empty, bold=True)
        self.start_button = QPushButton(tr("Start: four short questions"))
        set_font(self.start_button, bold=True)
        self.start_button.clicked.connect(lambda: coping.take_short_forms(self))
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        self.phq9_button = QPushButton(tr("Mood: PHQ-9 (9 questions)"))
        self.phq9_button.clicked.connect(lambda: coping.take(self, PHQ9.code))
        self.gad7_button = QPushButton(tr("Worry: GAD-7 (7 questions)"))
        self.gad7_button.clicked.connect(lambda: coping.take(self, GAD7.code))
        self.short_button = QPushButton(tr("Short forms: PHQ-2 and GAD-2 (4 questions)"))
        self.short_button.clicked.connect(lambda: coping.take_short_forms(self))
        self.settings_button = QPushButton(tr("Settings…"))
        row = QWidget()
        buttons = FlowLayout(row)  # wraps on a narrow window or large text rather than widening the page
        for button in (self.phq9_button, self.gad7_button, self.short_button, self.settings_button):
            buttons.addWidget(button)
        box = take.content
        box.addWidget(self.intro)
        box.addWidget(self.empty)
        box.addLayout(start_row)
        box.addWidget(row)

        self.latest_section = Section(tr("Latest"))
        self.latest: dict[str, QLabel] = {}
        for topic in ("depression", "anxiety"):
            heading = QLabel(tr.known(words.TOPIC_WORDS[topic]))
            set_font(heading, bold=True)
            self.latest[topic] = QLabel()
            self.latest[topic].setWordWrap(True)
            self.latest_section.content.addWidget(heading)
            self.latest_section.content.addWidget(self.latest[topic])
        self.self_harm = QLabel()
        self.self_harm.setWordWrap(True)
        set_font(self.self_harm, bold=True)  # calm: said plainly, not in the colour of an error
        self.help_button = QPushButton(tr("Where to turn now…"))
        self.help_button.clicked.connect(lambda: coping.show_crisis(self))
        help_row = QHBoxLayout()
        help_row.addWidget(self.self_harm, 1)
        help_row.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        self.latest_section.content.addLayout(help_row)

        self.history_section = Section(tr("Every questionnaire"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr.known(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(tr("Every questionnaire"))
        self.table.setMinimumHeight(160)
        self.delete_button = QPushButton(tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        delete_row = QHBoxLayout()
        delete_row.addStretch(1)
        delete_row.addWidget(self.delete_button)
        self.history_section.content.addWidget(self.table)
        self.history_section.content.addLayout(delete_row)

        self.change_section = Section(tr("How things have changed"))
        self.impressions = QListWidget()
        self.impressions.setMaximumHeight(140)
        self.impressions.setWordWrap(True)
        self.impressions.setAccessibleName(tr("How things have changed"))
        self.impression_due = QLabel()
        self.impression_due.setWordWrap(True)
        self.impression_button = QPushButton(tr("Answer…"))
        self.impression_button.clicked.connect(lambda: coping.ask_impression(self))
        due_row = QHBoxLayout()
        due_row.addWidget(self.impression_due, 1)
        due_row.addWidget(self.impression_button)
        self.change_section.content.addWidget(self.impressions)
        self.change_section.content.addLayout(due_row)

        body = QWidget()
        sections = QVBoxLayout(body)
        for section in (take, self.latest_section, self.history_section, self.change_section):
            sections.addWidget(section)
        sections.addStretch(1)
        scroll = QScrollArea()  # its own, like Today's form: word-wrapped sentences take the height they need
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        if coping.read_only:
            read_only.lock(self.start_button, self.phq9_button, self.gad7_button, self.short_button,
                           self.delete_button, self.impression_button, self.settings_button)  # fmt: skip
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()  # visits, therapies or a restored diary may have changed what is due and what is kept
        super().showEvent(event)

    def reload(self) -> None:
        today = self.coping.today()
        self._screens = self.coping.source.screens.all()
        empty = not self._screens
        self.empty.setVisible(empty)
        self.start_button.setVisible(empty)
        for section in (self.latest_section, self.history_section):
            section.setVisible(not empty)
        for topic, label in self.latest.items():
            found = standing(self._screens, topic, today)
            label.setText(words.standing_words(found, today, tr) if found else tr("Not answered yet."))
        phq9 = [s for s in self._screens if s.instrument == PHQ9.code]
        latest_harm = phq9[-1] if phq9 and phq9[-1].self_harm else None
        self.self_harm.setVisible(latest_harm is not None)
        self.help_button.setVisible(latest_harm is not None)
        if latest_harm is not None:
            self.self_harm.setText(tr.known(SELF_HARM).format(day=day_words(latest_harm.day, today)))
        self._fill_table()
        self._fill_impressions()

    def _fill_table(self) -> None:
        newest = list(reversed(self._screens))
        self.table.setRowCount(len(newest))
        for row, screen in enumerate(newest):
            cells = (screen.day.isoformat(), screen.instrument, f"{screen.total} / {screen.form.highest}",
                     words.result_words(screen, tr))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, screen)
                self.table.setItem(row, column, item)
        if newest:
            self.table.selectRow(0)
        self.delete_button.setEnabled(bool(newest))

    def _fill_impressions(self) -> None:
        day = self.coping.today()
        changes = self.coping.changes()
        self.impressions.clear()
        answered = list(reversed(self.coping.source.impressions.all()))
        for impression in answered:
            self.impressions.addItem(words.impression_words(impression, changes, day, tr))
        if not answered:
            self.impressions.addItem(tr("No answers yet: you are asked after each visit and some weeks after a "
                                        "therapy starts or its dose changes."))  # fmt: skip
        due = self.coping.impression_due()
        self.impression_due.setText(due[1] if due else tr("No question is due today."))
        self.impression_button.setVisible(due is not None)

    def selected(self) -> Screen | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def delete_selected(self) -> None:
        screen = self.selected()
        if screen is None:
            return
        text = tr("Delete the {form} of {day} (score {total})? This cannot be undone.").format(
            form=screen.instrument, day=screen.day.isoformat(), total=screen.total
        )
        if dialogs.confirm(self, text, tr("Delete")):
            self.coping.delete(screen)
